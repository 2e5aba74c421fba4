/*++
/* NAME
/*	bounce 3h
/* SUMMARY
/*	bounce(8) internal interfaces
/* SYNOPSIS
/*	#include "bounce.h"
/* DESCRIPTION
/*	What the files of bounce(8) share: the log record, the log
/*	reader, the kinds of notice, the notice writer and the
/*	services.
/*--*/

#ifndef _BOUNCE_H_INCLUDED_
#define _BOUNCE_H_INCLUDED_

#include <sys_defs.h>
#include <time.h>

#include <vstream.h>
#include <vstring.h>

 /*
  * One recipient's record in a bounce, defer or trace log.
  */
typedef struct BOUNCE_LOG_ENTRY {
    VSTRING *rcpt;			/* recipient */
    VSTRING *orig_rcpt;			/* original recipient, or "" */
    VSTRING *dsn_orcpt;			/* DSN ORCPT, or "" */
    int     dsn_notify;			/* DSN NOTIFY bits, or 0 */
    long    offset;			/* RCPT record in the queue file */
    VSTRING *status;			/* "X.Y.Z" */
    VSTRING *action;			/* failed, delayed, ... */
    VSTRING *reason;			/* human-readable text */
    VSTRING *dtype;			/* diagnostic type, or "" */
    VSTRING *dtext;			/* diagnostic text */
    VSTRING *mtype;			/* remote MTA type, or "" */
    VSTRING *mname;			/* remote MTA name */
} BOUNCE_LOG_ENTRY;

 /*
  * bounce_log(3): the log file format, reading and writing.
  */
typedef struct BOUNCE_LOG {
    VSTREAM *fp;			/* the log, opened by the caller */
    const char *name;			/* for warnings */
    long    lineno;			/* last line read */
    long    seen;			/* lines already checked */
    int     errors;			/* records skipped */
    VSTRING *line;			/* line buffer */
} BOUNCE_LOG;

#define BOUNCE_LOG_LINE_MAX	(64 + 1 + 4096)	/* name=value */

extern BOUNCE_LOG_ENTRY *bounce_log_entry_create(void);
extern const char *bounce_log_entry_check(const BOUNCE_LOG_ENTRY *);
extern void bounce_log_init(BOUNCE_LOG *, VSTREAM *, const char *, VSTRING *);
extern int bounce_log_read(BOUNCE_LOG *, BOUNCE_LOG_ENTRY *);
extern int bounce_log_rewind(BOUNCE_LOG *);
extern int bounce_log_format(VSTRING *, const BOUNCE_LOG_ENTRY *);

 /*
  * The kinds of notice.
  */
#define BOUNCE_KIND_FAILED	0	/* non-delivery notification */
#define BOUNCE_KIND_DELAYED	1	/* delay warning */
#define BOUNCE_KIND_TRACE	2	/* sendmail -v, NOTIFY=SUCCESS */
#define BOUNCE_KIND_VERIFY	3	/* sendmail -bv */
#define BOUNCE_KIND_COUNT	4

 /*
  * Who a notice goes to.
  */
#define BOUNCE_TO_SENDER	0	/* the original sender */
#define BOUNCE_TO_POSTMASTER	1	/* a copy, headers only */
#define BOUNCE_TO_2BOUNCE	2	/* a bounce that bounced */

 /*
  * bounce_template(3): our texts.
  */
typedef struct BOUNCE_TEMPLATE {
    const char *subject;		/* Subject: header */
    const char *const *text;		/* human part, null-terminated */
    const char *orig_desc;		/* Content-Description: of part 3 */
} BOUNCE_TEMPLATE;

extern const BOUNCE_TEMPLATE *bounce_template(int, int);
extern const char *bounce_template_log(int, int);

 /*
  * bounce_mime(3): the notice. The request says what message it is about
  * and the notice what to write.
  */
typedef struct BOUNCE_NOTICE {
    int     kind;			/* BOUNCE_KIND_* */
    int     to;				/* BOUNCE_TO_* */
    int     flags;			/* request flags */
    const char *queue_id;		/* the original message */
    const char *new_id;			/* the notice's queue ID */
    const char *sender;			/* original sender */
    const char *envelope_id;		/* DSN ENVID, or "" */
    const char *recipient;		/* the notice's recipient */
    const char *encoding;		/* 7bit, 8bit or "" */
    int     dsn_ret;			/* DSN_RET_* or 0 */
    time_t  arrival;			/* of the original, or 0 */
    time_t  now;			/* for the boundary */
    const char *hostname;		/* myhostname */
    const char *mail_name;		/* mail_name */
    long    size_limit;			/* bounce_size_limit */
} BOUNCE_NOTICE;

extern int bounce_mime_wanted(const BOUNCE_NOTICE *, const BOUNCE_LOG_ENTRY *);
extern int bounce_mime_write(VSTREAM *, const BOUNCE_NOTICE *, BOUNCE_LOG *,
			             BOUNCE_LOG_ENTRY *, VSTREAM *);
extern int bounce_mime_arrival(VSTREAM *, time_t *);

 /*
  * A flush, warn, trace or verify request (bounce_proto(3h)).
  */
typedef struct BOUNCE_REQUEST {
    int     command;			/* BOUNCE_CMD_* */
    int     flags;			/* DEL_REQ_FLAG_* */
    const char *queue_name;		/* where the message is */
    const char *queue_id;		/* the message */
    const char *encoding;		/* 7bit, 8bit or "" */
    int     sendopts;			/* SMTPUTF8 and friends */
    const char *sender;			/* envelope sender */
    const char *envelope_id;		/* DSN ENVID */
    int     dsn_ret;			/* DSN RET */
} BOUNCE_REQUEST;

 /*
  * The services (bounce_*_service(3)). Each returns BOUNCE_STAT_OK or
  * BOUNCE_STAT_FAIL.
  */
extern int bounce_append_service(const char *, const char *,
				         const BOUNCE_LOG_ENTRY *);
extern int bounce_notify_service(const char *, const BOUNCE_REQUEST *);
extern int bounce_warn_service(const char *, const BOUNCE_REQUEST *);
extern int bounce_trace_service(const char *, const BOUNCE_REQUEST *);
extern int bounce_notice_post(int, const char *, const BOUNCE_REQUEST *);
extern int bounce_notify_classes(const char *);

#define BOUNCE_CLASS_BOUNCE	(1<<0)
#define BOUNCE_CLASS_2BOUNCE	(1<<1)
#define BOUNCE_CLASS_DELAY	(1<<2)
#define BOUNCE_CLASS_RESOURCE	(1<<3)
#define BOUNCE_CLASS_SOFTWARE	(1<<4)
#define BOUNCE_CLASS_POLICY	(1<<5)
#define BOUNCE_CLASS_PROTOCOL	(1<<6)

#endif
