/*++
/* NAME
/*	user_acl 3h
/* SUMMARY
/*	check a user against a list of user names
/* SYNOPSIS
/*	#include <user_acl.h>
/*--*/

#ifndef _USER_ACL_H_INCLUDED_
#define _USER_ACL_H_INCLUDED_

#include <sys/types.h>

extern const char *user_acl_check(const char *, const char *, uid_t);

#endif
