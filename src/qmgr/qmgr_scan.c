/*++
/* NAME
/*	qmgr_scan 3
/* SUMMARY
/*	queue scans
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	void	qmgr_scan_request(queue, flags)
/*	const char *queue;
/*	int	flags;
/*
/*	int	qmgr_scan_feed(limit)
/*	int	limit;
/* DESCRIPTION
/*	qmgr_scan_request() asks for a scan of incoming/ or deferred/.
/*	A request while a scan of that queue is going on makes it start
/*	over when it ends (files may have arrived behind it).
/*	QMGR_SCAN_ALL ignores the next-attempt times of deferred files.
/*
/*	qmgr_scan_feed() looks at up to limit files of the scans and
/*	takes them into
/*	the active queue, incoming/ first, while the message and
/*	recipient pools have room. It returns non-zero when there is
/*	more to do right away, zero when the scans are done or the
/*	active queue is full (back-pressure: the scan resumes where it
/*	stopped when deliveries have freed room).
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <pool.h>

/* Global library. */

#include <mail_queue.h>

/* Application-specific. */

#include "qmgr.h"

typedef struct QMGR_SCAN {
    const char *queue;			/* incoming or deferred */
    MAIL_QUEUE_SCAN *scan;		/* walk in progress, or null */
    int     flags;			/* of the walk in progress */
    int     pending;			/* requested: QMGR_SCAN_* */
} QMGR_SCAN;

static QMGR_SCAN qmgr_scans[] = {
    {MAIL_QUEUE_INCOMING, 0, 0, 0},
    {MAIL_QUEUE_DEFERRED, 0, 0, 0},
};

#define QMGR_SCAN_COUNT	(sizeof(qmgr_scans) / sizeof(qmgr_scans[0]))

/* qmgr_scan_request - ask for a scan */

void    qmgr_scan_request(const char *queue, int flags)
{
    size_t  n;

    for (n = 0; n < QMGR_SCAN_COUNT; n++) {
	if (strcmp(qmgr_scans[n].queue, queue) == 0) {
	    qmgr_scans[n].pending |= flags;
	    return;
	}
    }
    msg_panic("qmgr_scan_request: unknown queue %s", queue);
}

/* qmgr_scan_room - can another message come in */

static int qmgr_scan_room(void)
{
    return (pool_in_use(qmgr_message_pool) < pool_count(qmgr_message_pool)
	    && pool_in_use(qmgr_rcpt_pool) < pool_count(qmgr_rcpt_pool));
}

/* qmgr_scan_next - next queue file name of one scan, or null */

static const char *qmgr_scan_next(QMGR_SCAN *sp)
{
    const char *name;

    for (;;) {
	if (sp->scan == 0) {
	    if ((sp->pending & QMGR_SCAN_START) == 0)
		return (0);
	    if ((sp->scan = mail_queue_scan_open(sp->queue)) == 0) {
		msg_warn("open queue %s: %m", sp->queue);
		sp->pending = 0;
		return (0);
	    }
	    sp->flags = sp->pending;
	    sp->pending = 0;
	    if (msg_verbose)
		msg_info("scan %s%s", sp->queue,
			 (sp->flags & QMGR_SCAN_ALL) ? " (all)" : "");
	}
	if ((name = mail_queue_scan_next(sp->scan)) != 0) {
	    if (mail_queue_id_ok(name))
		return (name);
	    continue;
	}
	mail_queue_scan_close(sp->scan);
	sp->scan = 0;
    }
}

/* qmgr_scan_feed - move files into the active queue */

int     qmgr_scan_feed(int limit)
{
    QMGR_SCAN *sp;
    const char *id;
    size_t  n;

    for (n = 0; n < QMGR_SCAN_COUNT; n++) {
	sp = qmgr_scans + n;
	while (limit > 0 && qmgr_scan_room()) {
	    if ((id = qmgr_scan_next(sp)) == 0)
		break;
	    (void) qmgr_active_feed(sp->queue, id, sp->flags & QMGR_SCAN_ALL);
	    limit--;
	}
	if (!qmgr_scan_room())
	    return (0);
	if (limit <= 0)
	    return (1);
    }
    return (0);
}
