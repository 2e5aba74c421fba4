/*++
/* NAME
/*	sendmail 3h
/* SUMMARY
/*	sendmail(1) internal interfaces
/* SYNOPSIS
/*	#include "sendmail.h"
/*--*/

#ifndef _SENDMAIL_H_INCLUDED_
#define _SENDMAIL_H_INCLUDED_

#include <sys_defs.h>
#include <sys/types.h>

#include <argv.h>
#include <vstream.h>
#include <vstring.h>
#include <cleanup_user.h>

 /*
  * Trace flags (the trace_flags attribute): Postfix's values for a
  * verification request made by a user (-bv) and for a report of the
  * first delivery attempt (-v).
  */
#define SENDMAIL_TRACE_VERIFY	CLEANUP_TRACE_USR_VRFY
#define SENDMAIL_TRACE_RECORD	CLEANUP_TRACE_RECORD

 /*
  * What one message is: the envelope that the command line or the SMTP
  * dialog gave.
  */
typedef struct SENDMAIL_ENV {
    const char *sender;			/* internal form, "" for <> */
    const char *full_name;		/* or null */
    const char *encoding;		/* "7bit", "8bit" or null */
    const char *envid;			/* DSN ENVID or null */
    int     dsn_ret;			/* 0, 1 (full), 2 (hdrs) */
    int     dsn_notify;			/* 0 or DSN notify bits */
    const char *dsn_orcpt;		/* per recipient: "type;addr" or null */
    int     trace_flags;		/* SENDMAIL_TRACE_* */
    int     smtputf8;			/* SMTPUTF8_FLAG_REQUESTED or 0 */
} SENDMAIL_ENV;

 /*
  * Input options.
  */
#define SENDMAIL_FLAG_AEOF	(1<<0)	/* a line "." ends the message */
#define SENDMAIL_FLAG_XRCPT	(1<<1)	/* -t: recipients from headers */

 /*
  * sendmail_post.c: the postdrop(1) child.
  */
typedef struct SENDMAIL_POST {
    pid_t   pid;			/* postdrop process */
    VSTREAM *to;			/* records to postdrop */
    VSTREAM *from;			/* replies from postdrop */
    VSTRING *queue_id;			/* maildrop file name */
} SENDMAIL_POST;

extern void sendmail_post_open(SENDMAIL_POST *, const char *);
extern int sendmail_post_finish(SENDMAIL_POST *, VSTRING *);
extern void sendmail_post_abort(SENDMAIL_POST *);
extern const char *sendmail_program_path(VSTRING *, const char *);

 /*
  * sendmail_copy.c: the message from standard input, as records.
  */
extern int sendmail_copy(VSTREAM *, VSTREAM *, int, ARGV *, const char *);
extern void sendmail_envelope(VSTREAM *, const SENDMAIL_ENV *);
extern int sendmail_recipients(VSTREAM *, const SENDMAIL_ENV *, char **);
extern void sendmail_rcpt(VSTREAM *, const SENDMAIL_ENV *, const char *);

 /*
  * sendmail_smtp.c: sendmail -bs.
  */
extern int sendmail_smtp(const SENDMAIL_ENV *, const char *);

 /*
  * sendmail.c: exit with a status after a write error.
  */
extern NORETURN sendmail_write_error(const char *);

#endif
