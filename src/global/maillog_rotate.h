/*++
/* NAME
/*	maillog_rotate 3h
/* SUMMARY
/*	rotate the maillog_file ("postfix logrotate")
/* SYNOPSIS
/*	#include <maillog_rotate.h>
/*--*/

#ifndef _MAILLOG_ROTATE_H_INCLUDED_
#define _MAILLOG_ROTATE_H_INCLUDED_

#include <sys_defs.h>
#include <time.h>
#include <vstring.h>

extern int maillog_rotate(time_t, VSTRING *, VSTRING *);

#endif
