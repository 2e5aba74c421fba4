/*++
/* NAME
/*	showq_scan 3h
/* SUMMARY
/*	read the queue for a queue listing
/* SYNOPSIS
/*	#include <showq_scan.h>
/* DESCRIPTION
/*	See showq_scan(3).
/*--*/

#ifndef _SHOWQ_SCAN_H_INCLUDED_
#define _SHOWQ_SCAN_H_INCLUDED_

#include <vstring.h>

 /*
  * One message as a listing shows it. Strings are printable (see
  * showq_scan(3)); the buffers are reused from message to message.
  */
typedef struct SHOWQ_MSG {
    const char *queue;			/* queue name */
    VSTRING *id;			/* queue ID */
    long long arrival;			/* arrival time, seconds */
    long long size;			/* message size */
    int     forced_expire;		/* postsuper -e mark */
    VSTRING *sender;			/* MAILER-DAEMON for <> */
    VSTRING *rcpts;			/* to-do recipients, NUL after each */
    int     rcpt_count;
    VSTRING *log;			/* defer log: address NUL reason NUL */
    int     log_count;
    int     has_log;			/* a defer log exists */
    VSTRING *buf;			/* record buffer */
    VSTRING *tmp;			/* conversions */
    VSTRING *path;			/* file names */
    VSTRING *log_rcpt;			/* defer log reader */
    VSTRING *log_reason;
} SHOWQ_MSG;

typedef void (*SHOWQ_RCPT_FN) (const char *, const char *, void *);
typedef void (*SHOWQ_MSG_FN) (SHOWQ_MSG *, void *);

extern SHOWQ_MSG *showq_msg_alloc(void);
extern void showq_msg_free(SHOWQ_MSG *);
extern void showq_msg_reset(SHOWQ_MSG *, const char *, const char *);
extern int showq_msg_read(SHOWQ_MSG *, const char *, const char *, const char *);
extern void showq_msg_add_rcpt(SHOWQ_MSG *, const char *);
extern void showq_msg_add_log(SHOWQ_MSG *, const char *, const char *);
extern void showq_msg_walk(SHOWQ_MSG *, SHOWQ_RCPT_FN, void *);
extern int showq_scan(SHOWQ_MSG *, SHOWQ_MSG_FN, void *);
extern const char *showq_printable(VSTRING *, const char *);
extern const char *showq_address(VSTRING *, VSTRING *, const char *);

 /*
  * Longest string a listing carries (it must fit an IPC attribute).
  */
#define SHOWQ_STRING_MAX	4000

 /*
  * Postfix's "postsuper -e" mark on a queue file.
  */
#define SHOWQ_STAT_EXPIRE	S_IXGRP

#endif
