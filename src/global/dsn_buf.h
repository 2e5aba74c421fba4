/*++
/* NAME
/*	dsn_buf 3h
/* SUMMARY
/*	a delivery status under construction
/* SYNOPSIS
/*	#include <dsn_buf.h>
/* DESCRIPTION
/*	A delivery agent collects the outcome of an attempt here, then
/*	passes it as a DSN to sent(), defer_append() or bounce_append().
/*	The strings are fixed-capacity buffers made once by
/*	dsb_create(): text that does not fit is cut, nothing grows on
/*	the per-message path.
/*
/*	dsb_simple() sets a status and a reason (printf-style) and
/*	clears the diagnostic and MTA fields: an outcome of our own
/*	making ("connect to host[addr]:25: Connection refused").
/*
/*	dsb_formal() does the same for an outcome that a remote server
/*	stated: dtype "smtp", dtext its reply, mtype "dns", mname its
/*	host name.
/*
/*	dsb_status() replaces only the status.
/*
/*	dsb_dsn() makes a DSN view of the buffer with the given action;
/*	the view points into the buffer and is valid until the buffer
/*	changes.
/*
/*	dsb_reset() empties everything.
/*--*/

#ifndef _DSN_BUF_H_INCLUDED_
#define _DSN_BUF_H_INCLUDED_

#include <sys_defs.h>
#include <stdarg.h>
#include <vstring.h>
#include <dsn.h>

typedef struct DSN_BUF {
    VSTRING *status;			/* "X.Y.Z" */
    VSTRING *reason;			/* for the log and the DSN */
    VSTRING *dtype;			/* "smtp" or "" */
    VSTRING *dtext;			/* server reply, or "" */
    VSTRING *mtype;			/* "dns" or "" */
    VSTRING *mname;			/* server name, or "" */
} DSN_BUF;

#define DSB_REASON_SIZE	1024		/* reason and dtext capacity */

extern DSN_BUF *dsb_create(void);
extern DSN_BUF *PRINTFLIKE(3, 4) dsb_simple(DSN_BUF *, const char *,
					            const char *,...);
extern DSN_BUF *PRINTFLIKE(5, 6) dsb_formal(DSN_BUF *, const char *,
					            const char *, const char *,
					            const char *,...);
extern DSN_BUF *dsb_status(DSN_BUF *, const char *);
extern DSN *dsb_dsn(DSN *, const DSN_BUF *, const char *);
extern void dsb_reset(DSN_BUF *);

#endif
