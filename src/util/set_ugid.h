/*++
/* NAME
/*	set_ugid 3h
/* SUMMARY
/*	give up root privileges
/* SYNOPSIS
/*	#include <set_ugid.h>
/*--*/

#ifndef _SET_UGID_H_INCLUDED_
#define _SET_UGID_H_INCLUDED_

#include <sys_defs.h>
#include <sys/types.h>

extern void set_ugid(uid_t, gid_t);
extern void chroot_uid(const char *, uid_t, gid_t);

#endif
