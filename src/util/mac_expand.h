/*++
/* NAME
/*	mac_expand 3h
/* SUMMARY
/*	expand $name references
/* SYNOPSIS
/*	#include <mac_expand.h>
/*--*/

#ifndef _MAC_EXPAND_H_INCLUDED_
#define _MAC_EXPAND_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

 /*
  * The lookup callback returns the value of a name, or a null pointer
  * when the name is undefined.
  */
typedef const char *(*MAC_EXP_LOOKUP_FN) (const char *, void *);

 /*
  * Flags.
  */
#define MAC_EXP_FLAG_NONE	0
#define MAC_EXP_FLAG_RECURSE	(1<<0)	/* expand looked-up values too */

 /*
  * Result bits.
  */
#define MAC_EXP_OK		0
#define MAC_EXP_UNDEF		(1<<0)	/* some name was undefined */
#define MAC_EXP_ERROR		(1<<1)	/* syntax error or limit hit */

 /*
  * Limits that keep hostile input from taking unbounded time or memory.
  */
#define MAC_EXP_DEPTH_MAX	100	/* nested references and lookups */
#define MAC_EXP_WORK_MAX	(1024 * 1024)	/* bytes parsed plus output */

extern int mac_expand(VSTRING *, const char *, int, MAC_EXP_LOOKUP_FN,
		              void *, VSTRING *);

#endif
