/*++
/* NAME
/*	mail_connect 3h
/* SUMMARY
/*	connect to an internal service
/* SYNOPSIS
/*	#include <mail_connect.h>
/*--*/

#ifndef _MAIL_CONNECT_H_INCLUDED_
#define _MAIL_CONNECT_H_INCLUDED_

#include <sys_defs.h>
#include <vstream.h>
#include <vstring.h>

extern VSTREAM *mail_connect(const char *, const char *, int);
extern VSTREAM *mail_connect_wait(const char *, const char *);
extern int mail_connect_place(VSTREAM *, char *, size_t, const char *,
			              const char *, int);
extern const char *mail_service_path(VSTRING *, const char *, const char *);

extern int mail_connect_wait_delay;	/* seconds between attempts */
extern int mail_connect_wait_tries;	/* attempts before giving up */

#endif
