/*++
/* NAME
/*	mail_addr_find 3h
/* SUMMARY
/*	look up an address in tables, the way Postfix does
/* SYNOPSIS
/*	#include <mail_addr_find.h>
/*--*/

#ifndef _MAIL_ADDR_FIND_H_INCLUDED_
#define _MAIL_ADDR_FIND_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>
#include <maps.h>

 /*
  * Which key forms to try; see mail_addr_find(3).
  */
#define MAIL_ADDR_FIND_FULL	(1<<0)	/* user+ext@domain */
#define MAIL_ADDR_FIND_NOEXT	(1<<1)	/* user@domain */
#define MAIL_ADDR_FIND_LOCALPART (1<<2)	/* user+ext, user */
#define MAIL_ADDR_FIND_AT_DOMAIN (1<<3)	/* @domain */

#define MAIL_ADDR_FIND_DEFAULT \
	(MAIL_ADDR_FIND_FULL | MAIL_ADDR_FIND_NOEXT | MAIL_ADDR_FIND_LOCALPART \
	 | MAIL_ADDR_FIND_AT_DOMAIN)

extern const char *mail_addr_find(MAPS *, const char *, const char *, int, VSTRING *);
extern const char *mail_addr_split(const char *, const char *);

#endif
