/*++
/* NAME
/*	postfix 3h
/* SUMMARY
/*	postfix(1) internal interfaces
/* SYNOPSIS
/*	#include "postfix.h"
/*--*/

#ifndef _POSTFIX_H_INCLUDED_
#define _POSTFIX_H_INCLUDED_

#include <sys_defs.h>
#include <sys/types.h>

 /*
  * postfix.c: who runs what.
  */
extern gid_t postfix_setgid_gid;	/* setgid_group (or our group) */

 /*
  * postfix_check.c: queue directories, permissions, master.cf upgrades.
  */
#define POSTFIX_CHECK_CREATE	(1<<0)	/* create what is missing */
#define POSTFIX_CHECK_FIX	(1<<1)	/* set owner and mode */
#define POSTFIX_CHECK_WARN	(1<<2)	/* warn about what is wrong */

extern int postfix_check_dirs(int);
extern int postfix_check_fatal(void);
extern int postfix_upgrade_master(void);

#endif
