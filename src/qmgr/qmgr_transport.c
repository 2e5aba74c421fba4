/*++
/* NAME
/*	qmgr_transport 3
/* SUMMARY
/*	per-transport state
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	QMGR_TRANSPORT *qmgr_transport_find(name)
/*	const char *name;
/*
/*	QMGR_TRANSPORT *qmgr_transport_list()
/*
/*	void	qmgr_transport_throttle(transport, reason)
/*	QMGR_TRANSPORT *transport;
/*	const char *reason;
/*
/*	void	qmgr_transport_unthrottle(transport)
/*	QMGR_TRANSPORT *transport;
/*
/*	void	qmgr_transport_flush_dead()
/*
/*	int	qmgr_transport_tick(now)
/*	time_t	now;
/* DESCRIPTION
/*	qmgr_transport_find() returns the transport of a name, made on
/*	first use with its limits from main.cf:
/*	transport_destination_concurrency_limit (0: as many as qmgr
/*	runs deliveries), transport_initial_destination_concurrency,
/*	transport_destination_recipient_limit (deliver_request_limit()),
/*	transport_destination_rate_delay (when set, one delivery at a
/*	time per destination, that far apart) and
/*	transport_destination_concurrency_failed_cohort_limit. It
/*	returns a null pointer when the transport pool is exhausted or
/*	the name is too long.
/*
/*	qmgr_transport_throttle() marks a transport whose agent cannot
/*	be reached as dead for transport_retry_time seconds, and defers
/*	the recipients waiting for it with the reason.
/*	qmgr_transport_unthrottle() brings it back.
/*
/*	qmgr_transport_flush_dead() brings back every dead transport
/*	and destination (the "F" trigger, postqueue -f).
/*
/*	qmgr_transport_tick() brings back transports and destinations
/*	whose time has come, and tells whether something is waiting
/*	for a time (the event loop then wakes up within a second).
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <stdio.h>

/* Utility library. */

#include <msg.h>
#include <mymalloc.h>
#include <events.h>
#include <pool.h>

/* Global library. */

#include <mail_params.h>
#include <mail_conf.h>
#include <deliver_request.h>

/* Application-specific. */

#include "qmgr.h"

static QMGR_TRANSPORT *qmgr_transports;

/* qmgr_transport_list - all transports */

QMGR_TRANSPORT *qmgr_transport_list(void)
{
    return (qmgr_transports);
}

/* qmgr_transport_find - look up or make a transport */

QMGR_TRANSPORT *qmgr_transport_find(const char *name)
{
    QMGR_TRANSPORT *transport;

    for (transport = qmgr_transports; transport; transport = transport->next)
	if (strcmp(transport->name, name) == 0)
	    return (transport);
    if (strlen(name) > QMGR_NAME_LEN || *name == 0
	|| (transport = (QMGR_TRANSPORT *) pool_alloc(qmgr_transport_pool)) == 0)
	return (0);
    memset(transport, 0, sizeof(*transport));
    (void) snprintf(transport->name, sizeof(transport->name), "%s", name);
    transport->dest_limit =
	mail_params_transport_int(name, "_destination_concurrency_limit");
    if (transport->dest_limit <= 0
	|| transport->dest_limit > pool_count(qmgr_deliver_pool))
	transport->dest_limit = pool_count(qmgr_deliver_pool);
    transport->init_window =
	mail_params_transport_int(name, "_initial_destination_concurrency");
    if (transport->init_window > transport->dest_limit)
	transport->init_window = transport->dest_limit;
    transport->rcpt_limit = deliver_request_limit(name);
    transport->rcpt_space = deliver_request_space(transport->rcpt_limit);
    transport->rate_delay =
	mail_params_transport_int(name, "_destination_rate_delay");
    transport->cohort_limit = mail_params_transport_int(name,
			      "_destination_concurrency_failed_cohort_limit");
    if (transport->cohort_limit < 1)
	transport->cohort_limit = 1;
    transport->next = qmgr_transports;
    qmgr_transports = transport;
    return (transport);
}

/* qmgr_transport_throttle - the agent cannot be reached */

void    qmgr_transport_throttle(QMGR_TRANSPORT *transport, const char *reason)
{
    QMGR_QUEUE *queue;
    QMGR_QUEUE *next;

    if (transport->dead == 0) {
	transport->dead = 1;
	(void) snprintf(transport->reason, sizeof(transport->reason), "%s",
			reason);
    }
    transport->dead_until = event_time() + var_transport_retry_time;
    for (queue = transport->queue_head; queue; queue = next) {
	next = queue->next;
	qmgr_defer_todo(queue, "4.3.0", transport->reason);
    }
}

/* qmgr_transport_unthrottle - try the agent again */

void    qmgr_transport_unthrottle(QMGR_TRANSPORT *transport)
{
    transport->dead = 0;
    transport->dead_until = 0;
}

/* qmgr_transport_flush_dead - forget all dead states */

void    qmgr_transport_flush_dead(void)
{
    QMGR_TRANSPORT *transport;
    QMGR_QUEUE *queue;
    QMGR_QUEUE *next;

    for (transport = qmgr_transports; transport; transport = transport->next) {
	qmgr_transport_unthrottle(transport);
	for (queue = transport->queue_head; queue; queue = next) {
	    next = queue->next;
	    if (queue->dead)
		qmgr_queue_unthrottle(queue);
	}
    }
}

/* qmgr_transport_tick - timed state changes */

int     qmgr_transport_tick(time_t now)
{
    QMGR_TRANSPORT *transport;
    QMGR_QUEUE *queue;
    QMGR_QUEUE *next;
    int     waiting = 0;

    for (transport = qmgr_transports; transport; transport = transport->next) {
	if (transport->dead) {
	    if (now >= transport->dead_until)
		qmgr_transport_unthrottle(transport);
	    else
		waiting = 1;
	}
	for (queue = transport->queue_head; queue; queue = next) {
	    next = queue->next;
	    if (queue->dead) {
		if (now >= queue->dead_until)
		    qmgr_queue_unthrottle(queue);
		else
		    waiting = 1;
	    } else if (queue->todo > 0 && queue->next_time > now) {
		waiting = 1;
	    }
	}
    }
    return (waiting);
}
