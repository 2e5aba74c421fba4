/*++
/* NAME
/*	deliver_request 3h
/* SUMMARY
/*	the delivery request between qmgr and a delivery agent
/* SYNOPSIS
/*	#include <deliver_request.h>
/* DESCRIPTION
/*	One delivery request: one message, one nexthop, up to the
/*	transport's destination recipient limit of recipients. See
/*	deliver_request(3) for the conversation and its checks.
/*
/*	The string fields point into the request's own buffers (agent
/*	side) or to the caller's strings (qmgr side, for
/*	deliver_request_send()). Recipient strings share one arena of
/*	deliver_request_space(limit) bytes, sized at start-up: a
/*	request whose recipients' strings (each
/*	deliver_request_rcpt_size() bytes) do not fit is refused, so
/*	qmgr splits its batches by that measure as well as by count.
/*	One recipient always fits.
/*--*/

#ifndef _DELIVER_REQUEST_H_INCLUDED_
#define _DELIVER_REQUEST_H_INCLUDED_

#include <sys_defs.h>
#include <vstream.h>
#include <vstring.h>
#include <msg_stats.h>
#include <recipient.h>
#include <dsn.h>

 /*
  * Request flags.
  */
#define DEL_REQ_FLAG_USR_VRFY	(1<<0)	/* sendmail -bv: report, no delivery */
#define DEL_REQ_FLAG_RECORD	(1<<1)	/* sendmail -v: trace every outcome */
#define DEL_REQ_FLAG_CONN_LOAD	(1<<2)	/* may use a cached connection */
#define DEL_REQ_FLAG_CONN_STORE	(1<<3)	/* may cache the connection */
#define DEL_REQ_FLAG_ALL	((1<<4) - 1)

 /*
  * Reply status: every recipient is finished (delivered, or bounced and
  * marked done), or some are left for another attempt.
  */
#define DEL_STAT_OK		0
#define DEL_STAT_DEFER		1

 /*
  * String space per recipient that the arena is sized for (on average);
  * any one recipient (three values of at most ATTR_VALUE_MAX) always fits.
  */
#define DELIVER_REQUEST_RCPT_SPACE	1024

 /*
  * The most recipients per request, also for a limit of 0 ("no limit").
  */
#define DELIVER_REQUEST_RCPT_CAP	1000

typedef struct DELIVER_REQUEST {
    VSTREAM *fp;			/* open queue file, or null */
    int     flags;			/* DEL_REQ_FLAG_* */
    const char *queue_name;		/* active, usually */
    const char *queue_id;		/* queue file name */
    long    data_offset;		/* start of content */
    long    data_size;			/* content size */
    const char *nexthop;		/* destination */
    const char *encoding;		/* 7bit, 8bit, or empty */
    int     sendopts;			/* SMTPUTF8 and friends */
    const char *sender;			/* envelope sender, or empty */
    const char *envelope_id;		/* DSN ENVID, or empty */
    int     dsn_ret;			/* DSN RET, or 0 */
    const char *log_ident;		/* queue ID to log */
    MSG_STATS msg_stats;		/* arrival, hand-off, ... */
    RECIPIENT *rcpt;			/* recipients */
    int     rcpt_count;			/* recipients in use */
    int     rcpt_limit;			/* recipient capacity */
    struct DELIVER_REQUEST_BUF *buf;	/* private: the agent's buffers */
} DELIVER_REQUEST;

 /*
  * Agent side.
  */
extern DELIVER_REQUEST *deliver_request_create(int);
extern int deliver_request_read(VSTREAM *, DELIVER_REQUEST *);
extern int deliver_request_open(DELIVER_REQUEST *);
extern int deliver_request_done(VSTREAM *, DELIVER_REQUEST *, int, const DSN *);
extern void deliver_request_free(DELIVER_REQUEST *);
extern int deliver_completed(VSTREAM *, long);

 /*
  * Sizes, for both sides.
  */
extern int deliver_request_limit(const char *);
extern size_t deliver_request_space(int);
extern size_t deliver_request_rcpt_size(const RECIPIENT *);

 /*
  * qmgr side.
  */
extern int deliver_request_ready(VSTREAM *);
extern int deliver_request_send(VSTREAM *, const DELIVER_REQUEST *);
extern int deliver_request_reply(VSTREAM *, int *, VSTRING *, VSTRING *);

#endif
