/*++
/* NAME
/*	dsn 3h
/* SUMMARY
/*	delivery status of one recipient
/* SYNOPSIS
/*	#include <dsn.h>
/* DESCRIPTION
/*	A DSN describes what happened to one recipient, in the terms
/*	of RFC 3464: the enhanced status code (RFC 3463, "X.Y.Z"),
/*	the action (failed, delayed, delivered, relayed, expanded; or
/*	deliverable/undeliverable for address verification), a
/*	human-readable reason, the diagnostic (type "smtp" and the
/*	remote server's reply) and the remote MTA (type "dns" and its
/*	name). Empty strings stand for absent fields. The structure
/*	holds pointers only: the text belongs to the caller.
/*
/*	The DSN_NOTIFY_* bits are the RFC 3461 NOTIFY values as the
/*	queue file stores them (DSN_NOTIFY records) and sendmail -N
/*	makes them; DSN_RET_* the RET values (the dsn_ret attribute).
/*	0 means "not specified" for either.
/*--*/

#ifndef _DSN_H_INCLUDED_
#define _DSN_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

typedef struct DSN {
    const char *status;			/* "X.Y.Z" */
    const char *action;			/* failed, delayed, ... */
    const char *reason;			/* human-readable text */
    const char *dtype;			/* diagnostic type: "smtp" or "" */
    const char *dtext;			/* diagnostic text */
    const char *mtype;			/* remote MTA type: "dns" or "" */
    const char *mname;			/* remote MTA name */
} DSN;

 /*
  * Actions.
  */
#define DSN_ACTION_FAILED	"failed"
#define DSN_ACTION_DELAYED	"delayed"
#define DSN_ACTION_DELIVERED	"delivered"
#define DSN_ACTION_RELAYED	"relayed"
#define DSN_ACTION_EXPANDED	"expanded"
#define DSN_ACTION_DELIVERABLE	"deliverable"
#define DSN_ACTION_UNDELIVERABLE "undeliverable"

 /*
  * NOTIFY bits and RET values.
  */
#define DSN_NOTIFY_NEVER	(1<<0)
#define DSN_NOTIFY_SUCCESS	(1<<1)
#define DSN_NOTIFY_FAILURE	(1<<2)
#define DSN_NOTIFY_DELAY	(1<<3)
#define DSN_NOTIFY_ANY		(DSN_NOTIFY_SUCCESS | DSN_NOTIFY_FAILURE \
				 | DSN_NOTIFY_DELAY)
#define DSN_NOTIFY_OK(n)	((n) == 0 || (n) == DSN_NOTIFY_NEVER \
				 || ((n) & ~DSN_NOTIFY_ANY) == 0)

#define DSN_RET_FULL		1
#define DSN_RET_HDRS		2
#define DSN_RET_OK(r)		((r) >= 0 && (r) <= DSN_RET_HDRS)

 /*
  * An enhanced status code is at most "5.123.456": 9 bytes.
  */
#define DSN_STATUS_LEN		9
#define DSN_STATUS_SIZE		(DSN_STATUS_LEN + 1)

 /*
  * Validation and splitting.
  */
typedef struct DSN_SPLIT {
    char    status[DSN_STATUS_SIZE];	/* the code, or the default */
    const char *text;			/* the rest, blanks skipped */
} DSN_SPLIT;

extern size_t dsn_valid(const char *);
extern DSN_SPLIT *dsn_split(DSN_SPLIT *, const char *, const char *);
extern DSN_SPLIT *dsn_reply_split(DSN_SPLIT *, int, const char *);
extern int dsn_from_reply(char *, int);
extern const char *dsn_clean(VSTRING *, const char *, size_t);
extern DSN *dsn_simple(DSN *, const char *, const char *, const char *);

#endif
