/*++
/* NAME
/*	qmgr_queue 3
/* SUMMARY
/*	per-destination queues
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	void	qmgr_queue_table_init(size)
/*	int	size;
/*
/*	QMGR_QUEUE *qmgr_queue_find(transport, nexthop)
/*	QMGR_TRANSPORT *transport;
/*	const char *nexthop;
/*
/*	void	qmgr_queue_release(queue)
/*	QMGR_QUEUE *queue;
/*
/*	int	qmgr_queue_ready(queue, now)
/*	QMGR_QUEUE *queue;
/*	time_t	now;
/*
/*	void	qmgr_queue_success(queue)
/*	QMGR_QUEUE *queue;
/*
/*	int	qmgr_queue_failure(queue, status, reason)
/*	QMGR_QUEUE *queue;
/*	const char *status;
/*	const char *reason;
/*
/*	void	qmgr_queue_throttle(queue, status, reason)
/*	QMGR_QUEUE *queue;
/*	const char *status;
/*	const char *reason;
/*
/*	void	qmgr_queue_unthrottle(queue)
/*	QMGR_QUEUE *queue;
/*
/*	int	qmgr_queue_conn_flags(queue)
/*	QMGR_QUEUE *queue;
/*
/*	void	qmgr_queue_clog_check(queue, active_limit, now)
/*	QMGR_QUEUE *queue;
/*	int	active_limit;
/*	time_t	now;
/*
/*	int	qmgr_window_up(window, success, limit)
/*	int	*window;
/*	int	*success;
/*	int	limit;
/*
/*	int	qmgr_window_down(window, failures, cohort_limit)
/*	int	*window;
/*	int	*failures;
/*	int	cohort_limit;
/* DESCRIPTION
/*	A queue is one destination: a transport and a nexthop (compared
/*	without regard to case). qmgr_queue_table_init() makes the
/*	lookup table once (buckets for size queues). qmgr_queue_find()
/*	returns the queue, made on first use with the transport's
/*	initial concurrency, or a null pointer when the pool is
/*	exhausted or the nexthop too long. qmgr_queue_release() gives
/*	an idle, live queue back.
/*
/*	qmgr_queue_ready() tells whether another delivery may start:
/*	the queue is alive, has work, has room in its window, and, with
/*	a rate delay, nothing in progress and its time has come.
/*
/*	Concurrency, in integers: qmgr_window_up() counts a success and
/*	widens the window by one after as many successes as the window
/*	is wide (Postfix's default positive feedback, 1/window per
/*	success), up to limit. qmgr_window_down() narrows it by one
/*	(not below 1) per failure of the whole destination and returns
/*	non-zero when the failures since the last success reach
/*	window times cohort_limit: the destination is dead.
/*	qmgr_queue_success() and qmgr_queue_failure() apply them;
/*	qmgr_queue_failure() throttles a dead queue and returns
/*	non-zero then.
/*
/*	qmgr_queue_throttle() marks a destination dead for
/*	minimal_backoff_time seconds: its waiting recipients are
/*	deferred with "delivery temporarily suspended: reason", and so
/*	are new ones until it comes back. Other destinations go on.
/*	qmgr_queue_unthrottle() brings it back with the initial window.
/*
/*	qmgr_queue_conn_flags() is called when a delivery request has
/*	just been taken from a queue. It returns DEL_REQ_FLAG_CONN_STORE
/*	when the queue still has mail waiting (a backlog: the agent may
/*	keep its connection for the next request), plus
/*	DEL_REQ_FLAG_CONN_LOAD when the queue's previous request was
/*	given CONN_STORE (a cached connection may be waiting), and
/*	remembers the first for the next request.
/*
/*	qmgr_queue_clog_check() logs Postfix's warning "mail for
/*	nexthop is using up N of M active queue entries" when the
/*	queue's requests (waiting and in progress) take half or more of
/*	the active_limit, at most once per qmgr_clog_warn_time seconds
/*	per destination (0 turns it off), when helpful_warnings is on.
/* DIAGNOSTICS
/*	The clog warning above.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include <ctype.h>

/* Utility library. */

#include <msg.h>
#include <mymalloc.h>
#include <events.h>
#include <pool.h>

/* Global library. */

#include <mail_params.h>
#include <deliver_request.h>

/* Application-specific. */

#include "qmgr.h"

static QMGR_QUEUE **qmgr_queue_table;
static unsigned qmgr_queue_mask;

/*
  * Destinations per bucket when every queue object is in use. Most of the
  * time there are a few destinations; the table has pages of its own that
  * the kernel zeroes (mymalloc_pages()), so only the buckets in use cost
  * memory.
  */
#define QMGR_QUEUE_PER_BUCKET	8

/* qmgr_queue_table_init - the lookup table, once */

void    qmgr_queue_table_init(int size)
{
    unsigned buckets = 16;

    while (buckets < (unsigned) size / QMGR_QUEUE_PER_BUCKET
	   && buckets < (1U << 20))
	buckets <<= 1;
    qmgr_queue_table = (QMGR_QUEUE **)
	mymalloc_pages(buckets * sizeof(QMGR_QUEUE *));
    qmgr_queue_mask = buckets - 1;
}

/* qmgr_queue_hash - bucket of a destination */

static unsigned qmgr_queue_hash(QMGR_TRANSPORT *transport, const char *nexthop)
{
    unsigned h = 0;
    const char *cp;

    for (cp = transport->name; *cp; cp++)
	h = h * 31 + (unsigned char) *cp;
    for (cp = nexthop; *cp; cp++)
	h = h * 31 + (unsigned) tolower((unsigned char) *cp);
    return (h & qmgr_queue_mask);
}

/* qmgr_queue_find - look up or make a destination */

QMGR_QUEUE *qmgr_queue_find(QMGR_TRANSPORT *transport, const char *nexthop)
{
    unsigned h = qmgr_queue_hash(transport, nexthop);
    QMGR_QUEUE *queue;

    for (queue = qmgr_queue_table[h]; queue; queue = queue->hash_next)
	if (queue->transport == transport
	    && strcasecmp(queue->nexthop, nexthop) == 0)
	    return (queue);
    if (strlen(nexthop) > QMGR_NEXTHOP_LEN
	|| (queue = (QMGR_QUEUE *) pool_alloc(qmgr_queue_pool)) == 0)
	return (0);
    memset(queue, 0, sizeof(*queue));
    queue->transport = transport;
    (void) snprintf(queue->nexthop, sizeof(queue->nexthop), "%s", nexthop);
    queue->window = transport->init_window;
    queue->hash_next = qmgr_queue_table[h];
    qmgr_queue_table[h] = queue;
    queue->prev = transport->queue_tail;
    if (transport->queue_tail)
	transport->queue_tail->next = queue;
    else
	transport->queue_head = queue;
    transport->queue_tail = queue;
    return (queue);
}

/* qmgr_queue_release - give an idle queue back */

void    qmgr_queue_release(QMGR_QUEUE *queue)
{
    QMGR_TRANSPORT *transport = queue->transport;
    QMGR_QUEUE **qp;

    if (queue->todo > 0 || queue->busy > 0 || queue->dead)
	return;
    for (qp = qmgr_queue_table + qmgr_queue_hash(transport, queue->nexthop);
	 *qp != queue; qp = &(*qp)->hash_next)
	if (*qp == 0)
	    msg_panic("qmgr_queue_release: %s not in table", queue->nexthop);
    *qp = queue->hash_next;
    if (queue->prev)
	queue->prev->next = queue->next;
    else
	transport->queue_head = queue->next;
    if (queue->next)
	queue->next->prev = queue->prev;
    else
	transport->queue_tail = queue->prev;
    pool_free(qmgr_queue_pool, queue);
}

/* qmgr_queue_ready - may another delivery start */

int     qmgr_queue_ready(QMGR_QUEUE *queue, time_t now)
{
    if (queue->dead || queue->todo == 0 || queue->busy >= queue->window)
	return (0);
    if (queue->transport->rate_delay > 0)
	return (queue->busy == 0 && now >= queue->next_time);
    return (1);
}

/* qmgr_window_up - positive feedback */

int     qmgr_window_up(int *window, int *success, int limit)
{
    if (++*success >= *window) {
	*success = 0;
	if (*window < limit)
	    *window += 1;
    }
    return (*window);
}

/* qmgr_window_down - negative feedback; non-zero: dead */

int     qmgr_window_down(int *window, int *failures, int cohort_limit)
{
    *failures += 1;
    if (*window > 1)
	*window -= 1;
    return (*failures >= *window * cohort_limit);
}

/* qmgr_queue_success - a delivery reached the destination */

void    qmgr_queue_success(QMGR_QUEUE *queue)
{
    queue->failures = 0;
    (void) qmgr_window_up(&queue->window, &queue->success,
			  queue->transport->dest_limit);
}

/* qmgr_queue_failure - the destination failed as a whole */

int     qmgr_queue_failure(QMGR_QUEUE *queue, const char *status,
			           const char *reason)
{
    queue->success = 0;
    if (qmgr_window_down(&queue->window, &queue->failures,
			 queue->transport->cohort_limit)) {
	qmgr_queue_throttle(queue, status, reason);
	return (1);
    }
    return (0);
}

/* qmgr_queue_throttle - declare a destination dead */

void    qmgr_queue_throttle(QMGR_QUEUE *queue, const char *status,
			            const char *reason)
{
    if (queue->dead == 0) {
	queue->dead = 1;
	(void) snprintf(queue->dsn_status, sizeof(queue->dsn_status), "%s",
			*status == '4' ? status : "4.0.0");
	(void) snprintf(queue->reason, sizeof(queue->reason),
			"delivery temporarily suspended: %s", reason);
    }
    queue->dead_until = event_time() + var_minimal_backoff_time;
    qmgr_defer_todo(queue, queue->dsn_status, queue->reason);
}

/* qmgr_queue_unthrottle - try a dead destination again */

void    qmgr_queue_unthrottle(QMGR_QUEUE *queue)
{
    queue->dead = 0;
    queue->dead_until = 0;
    queue->failures = 0;
    queue->success = 0;
    queue->window = queue->transport->init_window;
    qmgr_queue_release(queue);
}

/* qmgr_queue_conn_flags - connection caching flags of the next request */

int     qmgr_queue_conn_flags(QMGR_QUEUE *queue)
{
    int     flags = 0;

    if (queue->conn_store)
	flags |= DEL_REQ_FLAG_CONN_LOAD;
    if (queue->todo > 0)
	flags |= DEL_REQ_FLAG_CONN_STORE;
    queue->conn_store = (queue->todo > 0);
    return (flags);
}

/* qmgr_queue_clog_check - one destination takes over the active queue */

void    qmgr_queue_clog_check(QMGR_QUEUE *queue, int active_limit, time_t now)
{
    int     length = queue->todo + queue->busy;

    if (!var_helpful_warnings || var_qmgr_clog_warn_time <= 0
	|| length < (active_limit + 1) / 2 || now < queue->clog_next)
	return;
    msg_warn("mail for %s is using up %d of %d active queue entries",
	     queue->nexthop, length, active_limit);
    queue->clog_next = now + var_qmgr_clog_warn_time;
}
