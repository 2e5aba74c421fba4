/*++
/* NAME
/*	qmgr_defer 3
/* SUMMARY
/*	deferral and retry decisions
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	void	qmgr_defer_now(message, rcpt, status, reason)
/*	QMGR_MESSAGE *message;
/*	const RECIPIENT *rcpt;
/*	const char *status;
/*	const char *reason;
/*
/*	void	qmgr_defer_entry(entry, status, reason)
/*	QMGR_ENTRY *entry;
/*	const char *status;
/*	const char *reason;
/*
/*	void	qmgr_defer_todo(queue, status, reason)
/*	QMGR_QUEUE *queue;
/*	const char *status;
/*	const char *reason;
/*
/*	int	qmgr_defer_backoff(now, arrival, min_backoff, max_backoff)
/*	time_t	now;
/*	time_t	arrival;
/*	int	min_backoff;
/*	int	max_backoff;
/*
/*	int	qmgr_defer_expired(now, arrival, lifetime)
/*	time_t	now;
/*	time_t	arrival;
/*	int	lifetime;
/*
/*	int	qmgr_defer_warn_due(warn_time, now)
/*	long	warn_time;
/*	time_t	now;
/* DESCRIPTION
/*	qmgr_defer_now() defers one recipient without a delivery
/*	attempt (dead destination or transport, table failure): the
/*	defer service logs it (and "status=deferred" with relay=none is
/*	logged), and the message is marked for a retry.
/*	qmgr_defer_entry() does that for every recipient of an entry.
/*	qmgr_defer_todo() for every waiting entry of a queue (the
/*	entries are finished; the queue may be released after the
/*	last).
/*
/*	qmgr_defer_backoff() is the time to the next attempt of a
/*	deferred message, as Postfix computes it: the age of the
/*	message, at least min_backoff and at most max_backoff. As the
/*	age grows with every retry, the intervals roughly double from
/*	minimal_backoff_time up to maximal_backoff_time.
/*
/*	qmgr_defer_expired() tells whether a message has been queued
/*	for lifetime seconds (0: one attempt only).
/*
/*	qmgr_defer_warn_due() tells whether a delay warning is due:
/*	a WARN time is set and has come.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <vstring.h>

/* Global library. */

#include <dsn.h>
#include <msg_stats.h>
#include <bounce_client.h>

/* Application-specific. */

#include "qmgr.h"

/* qmgr_defer_now - defer a recipient without an attempt */

void    qmgr_defer_now(QMGR_MESSAGE *message, const RECIPIENT *rcpt,
		               const char *status, const char *reason)
{
    MSG_STATS stats;
    DSN     dsn;

    memset(&stats, 0, sizeof(stats));
    stats.incoming_arrival = message->arrival;
    stats.active_arrival = message->active_arrival;
    (void) defer_append(message->tflags, message->queue_id, &stats, rcpt,
			"none", dsn_simple(&dsn, status, "delayed", reason));
    message->flags |= QMGR_MSG_FLAG_DEFER;
}

/* qmgr_defer_entry - defer every recipient of an entry */

void    qmgr_defer_entry(QMGR_ENTRY *entry, const char *status,
			         const char *reason)
{
    static VSTRING *orig;
    static VSTRING *addr;
    static VSTRING *orcpt;
    QMGR_RCPT *rcpt;
    RECIPIENT out;

    if (orig == 0) {
	orig = vstring_alloc(100);
	addr = vstring_alloc(100);
	orcpt = vstring_alloc(100);
    }
    for (rcpt = entry->rcpt_head; rcpt; rcpt = rcpt->next) {
	if (qmgr_message_rcpt(rcpt, &out, orig, addr, orcpt) == 0)
	    qmgr_defer_now(entry->message, &out, status, reason);
	else
	    entry->message->flags |= QMGR_MSG_FLAG_DEFER;
    }
}

/* qmgr_defer_todo - defer everything that waits for a queue */

void    qmgr_defer_todo(QMGR_QUEUE *queue, const char *status,
			        const char *reason)
{
    QMGR_ENTRY *entry;
    int     last;

    while ((entry = qmgr_entry_select(queue)) != 0) {
	last = (queue->todo == 0);
	qmgr_defer_entry(entry, status, reason);
	qmgr_entry_done(entry);
	if (last)
	    break;
    }
}

/* qmgr_defer_backoff - time to the next attempt */

int     qmgr_defer_backoff(time_t now, time_t arrival, int min_backoff,
			           int max_backoff)
{
    time_t  delay = now - arrival;

    if (delay > max_backoff)
	delay = max_backoff;
    if (delay < min_backoff)
	delay = min_backoff;
    return ((int) delay);
}

/* qmgr_defer_expired - has a message been queued too long */

int     qmgr_defer_expired(time_t now, time_t arrival, int lifetime)
{
    return (now - arrival >= lifetime);
}

/* qmgr_defer_warn_due - is a delay warning due */

int     qmgr_defer_warn_due(long warn_time, time_t now)
{
    return (warn_time > 0 && now >= warn_time);
}
