/*++
/* NAME
/*	cleanup_user 3h
/* SUMMARY
/*	what a client of cleanup(8) may ask for, and what it is told
/* SYNOPSIS
/*	#include <cleanup_user.h>
/*
/*	const char *cleanup_strerror(status)
/*	unsigned status;
/*
/*	const CLEANUP_STAT_DETAIL *cleanup_stat_detail(status)
/*	unsigned status;
/* DESCRIPTION
/*	A client of the cleanup(8) service (pickup, sendmail -bs,
/*	bounce) sends a flags word right after it received the queue
/*	ID; cleanup answers, after the last record, with a status word
/*	and a reason. Both words are bit masks.
/*
/*	Request flags:
/* .IP CLEANUP_FLAG_BOUNCE
/*	When the message is refused for a permanent reason (too big,
/*	no recipients), make a bounce of it rather than telling the
/*	client to give up: the status then becomes OK. Postlet's
/*	clients do not set it (the status goes back to the sender, who
/*	still has the message); it is here for bounce(8)'s own notices.
/* .IP CLEANUP_FLAG_HOLD
/*	Put the message in the hold queue instead of incoming.
/* .IP CLEANUP_FLAG_DISCARD
/*	Accept the message and throw it away (status OK, logged).
/* .IP CLEANUP_FLAG_BCC_OK
/*	always_bcc, sender_bcc_maps and recipient_bcc_maps apply.
/* .IP CLEANUP_FLAG_MAP_OK
/*	The canonical, masquerade, virtual alias and alias tables
/*	apply. Bounce notices to the postmaster leave it out when the
/*	address must not be rewritten again.
/* .IP CLEANUP_FLAG_SMTP_REPLY
/*	The client wants a reason text that it can hand on to an SMTP
/*	client ("5.3.4 message file too big").
/* .PP
/*	Source class: at most one CLEANUP_FLAG_SRC_ bit says where the
/*	mail comes from, with the names of smtputf8_autodetect_classes:
/*	CLEANUP_FLAG_SRC_SENDMAIL (pickup, for sendmail(1) and postdrop),
/*	CLEANUP_FLAG_SRC_VERIFY (pickup, for a sendmail -bv request: its
/*	trace_flags attribute has CLEANUP_TRACE_USR_VRFY),
/*	CLEANUP_FLAG_SRC_BOUNCE (notices of bounce(8)),
/*	CLEANUP_FLAG_SRC_NOTIFY (the SMTP client's postmaster notices),
/*	and CLEANUP_FLAG_SRC_SMTPD, CLEANUP_FLAG_SRC_QMQPD and
/*	CLEANUP_FLAG_SRC_FORWARD for the servers of those names. cleanup
/*	autodetects SMTPUTF8 (smtputf8(3h)) for the classes that
/*	smtputf8_autodetect_classes lists; mail without a class is never
/*	autodetected.
/* .PP
/*	CLEANUP_FLAG_MASK_EXTERNAL is what pickup and sendmail -bs send
/*	for mail that users submit; CLEANUP_FLAG_MASK_INTERNAL is what
/*	bounce(8) sends for notices it makes itself.
/*
/*	Status bits (CLEANUP_STAT_OK is all clear):
/* .IP CLEANUP_STAT_BAD
/*	The client broke the protocol (a record out of place, no END).
/* .IP CLEANUP_STAT_WRITE
/*	The queue file could not be written (disk full, I/O error).
/* .IP CLEANUP_STAT_SIZE
/*	The message is larger than message_size_limit.
/* .IP CLEANUP_STAT_CONT
/*	The message content was refused.
/* .IP CLEANUP_STAT_HOPS
/*	Too many Received: headers (hopcount_limit): a mail loop.
/* .IP CLEANUP_STAT_RCPT
/*	No recipients, none in the envelope and none from headers.
/* .IP CLEANUP_STAT_DEFER
/*	A lookup table was not available: try again later.
/* .IP CLEANUP_STAT_NOPERM
/*	The client may not use this service.
/* .PP
/*	CLEANUP_STAT_MASK_TEMP holds the bits that mean "try again
/*	later"; any other bit set means the message is refused for good.
/*
/*	cleanup_strerror() returns the text for the most important bit
/*	of a status word, for log lines ("message file too big").
/*
/*	cleanup_stat_detail() returns the same as a table entry with
/*	the SMTP reply code and the enhanced status code, for replies
/*	and bounces. Both accept any value; an unknown bit gives a
/*	generic temporary error.
/*--*/

#ifndef _CLEANUP_USER_H_INCLUDED_
#define _CLEANUP_USER_H_INCLUDED_

 /*
  * Request flags.
  */
#define CLEANUP_FLAG_NONE	0
#define CLEANUP_FLAG_BOUNCE	(1<<0)	/* bounce refused mail */
#define CLEANUP_FLAG_HOLD	(1<<2)	/* to the hold queue */
#define CLEANUP_FLAG_DISCARD	(1<<3)	/* accept and throw away */
#define CLEANUP_FLAG_BCC_OK	(1<<4)	/* automatic BCC allowed */
#define CLEANUP_FLAG_MAP_OK	(1<<5)	/* address mapping allowed */
#define CLEANUP_FLAG_SMTP_REPLY	(1<<7)	/* reason in SMTP form */
#define CLEANUP_FLAG_SRC_SENDMAIL (1<<10)	/* class sendmail */
#define CLEANUP_FLAG_SRC_SMTPD	(1<<11)	/* class smtpd */
#define CLEANUP_FLAG_SRC_QMQPD	(1<<12)	/* class qmqpd */
#define CLEANUP_FLAG_SRC_FORWARD (1<<13)	/* class forward */
#define CLEANUP_FLAG_SRC_BOUNCE	(1<<14)	/* class bounce */
#define CLEANUP_FLAG_SRC_NOTIFY	(1<<15)	/* class notify */
#define CLEANUP_FLAG_SRC_VERIFY	(1<<16)	/* class verify */
#define CLEANUP_FLAG_SRC_MASK \
	(CLEANUP_FLAG_SRC_SENDMAIL | CLEANUP_FLAG_SRC_SMTPD \
	 | CLEANUP_FLAG_SRC_QMQPD | CLEANUP_FLAG_SRC_FORWARD \
	 | CLEANUP_FLAG_SRC_BOUNCE | CLEANUP_FLAG_SRC_NOTIFY \
	 | CLEANUP_FLAG_SRC_VERIFY)

#define CLEANUP_FLAG_MASK_EXTERNAL \
	(CLEANUP_FLAG_BCC_OK | CLEANUP_FLAG_MAP_OK)
#define CLEANUP_FLAG_MASK_INTERNAL CLEANUP_FLAG_MAP_OK
#define CLEANUP_FLAG_MASK_ALL \
	(CLEANUP_FLAG_BOUNCE | CLEANUP_FLAG_HOLD | CLEANUP_FLAG_DISCARD \
	 | CLEANUP_FLAG_BCC_OK | CLEANUP_FLAG_MAP_OK | CLEANUP_FLAG_SMTP_REPLY \
	 | CLEANUP_FLAG_SRC_MASK)

 /*
  * The trace_flags attribute bits (Postfix's values in queue files): a
  * verification request (sendmail -bv) and a report of every delivery
  * attempt (sendmail -v). qmgr turns them into DEL_REQ_FLAG_USR_VRFY and
  * DEL_REQ_FLAG_RECORD.
  */
#define CLEANUP_TRACE_USR_VRFY	(1<<9)
#define CLEANUP_TRACE_RECORD	(1<<10)

 /*
  * Status bits.
  */
#define CLEANUP_STAT_OK		0
#define CLEANUP_STAT_BAD	(1<<0)	/* protocol error */
#define CLEANUP_STAT_WRITE	(1<<1)	/* cannot write queue file */
#define CLEANUP_STAT_SIZE	(1<<2)	/* message too big */
#define CLEANUP_STAT_CONT	(1<<3)	/* content refused */
#define CLEANUP_STAT_HOPS	(1<<4)	/* mail loop */
#define CLEANUP_STAT_RCPT	(1<<6)	/* no recipients */
#define CLEANUP_STAT_DEFER	(1<<8)	/* table not available */
#define CLEANUP_STAT_NOPERM	(1<<9)	/* not allowed */

#define CLEANUP_STAT_MASK_TEMP \
	(CLEANUP_STAT_BAD | CLEANUP_STAT_WRITE | CLEANUP_STAT_DEFER)

 /*
  * The texts, with SMTP and enhanced status codes.
  */
typedef struct CLEANUP_STAT_DETAIL {
    unsigned status;			/* one CLEANUP_STAT_ bit */
    int     smtp;			/* SMTP reply code */
    const char *dsn;			/* enhanced status code */
    const char *text;			/* what went wrong */
} CLEANUP_STAT_DETAIL;

extern const char *cleanup_strerror(unsigned);
extern const CLEANUP_STAT_DETAIL *cleanup_stat_detail(unsigned);

#endif
