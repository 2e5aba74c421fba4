/*++
/* NAME
/*	mail_user 3h
/* SUMMARY
/*	the user and groups of the mail system
/* SYNOPSIS
/*	#include <mail_user.h>
/*--*/

#ifndef _MAIL_USER_H_INCLUDED_
#define _MAIL_USER_H_INCLUDED_

#include <sys_defs.h>
#include <sys/types.h>

extern uid_t mail_user_uid;		/* mail_owner, or the invoking user */
extern gid_t mail_user_gid;		/* its primary group */
extern int mail_user_single;		/* single-user mode */

extern void mail_user_init(int);

#define MAIL_USER_FLAG_WARN	(1<<0)	/* say so when mail_owner is ignored */
extern gid_t mail_user_setgid_group(void);

#endif
