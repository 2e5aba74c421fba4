/*++
/* NAME
/*	qmgr_entry 3
/* SUMMARY
/*	delivery batches
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	int	qmgr_entry_add(queue, rcpt, space)
/*	QMGR_QUEUE *queue;
/*	QMGR_RCPT *rcpt;
/*	size_t	space;
/*
/*	QMGR_ENTRY *qmgr_entry_select(queue)
/*	QMGR_QUEUE *queue;
/*
/*	void	qmgr_entry_done(entry)
/*	QMGR_ENTRY *entry;
/* DESCRIPTION
/*	An entry is one delivery request: recipients of one message for
/*	one destination, at most the transport's recipient limit and
/*	its request space (deliver_request_space()).
/*
/*	qmgr_entry_add() appends a recipient (space: its
/*	deliver_request_rcpt_size()) to the last waiting entry of the
/*	queue when that is for the same message and has room, or to a
/*	new entry. It returns 1 when it made an entry (a new reference
/*	to the message), 0 otherwise. The entry pool is as large as the
/*	recipient pool, so a new entry always exists. A new entry may
/*	log the warning that the destination clogs the active queue
/*	(qmgr_queue_clog_check()).
/*
/*	qmgr_entry_select() takes the first waiting entry of a queue for
/*	delivery (or null when none waits) and counts it busy.
/*
/*	qmgr_entry_done() ends a selected entry: its recipients leave
/*	memory, the queue and transport counts drop, an idle queue is
/*	released, and the message loses a reference (the last one
/*	finishes it).
/*--*/

/* System library. */

#include <sys_defs.h>

/* Utility library. */

#include <msg.h>
#include <events.h>
#include <pool.h>

/* Application-specific. */

#include "qmgr.h"

/* qmgr_entry_add - add a recipient to a batch */

int     qmgr_entry_add(QMGR_QUEUE *queue, QMGR_RCPT *rcpt, size_t space)
{
    QMGR_TRANSPORT *transport = queue->transport;
    QMGR_ENTRY *entry = queue->todo_tail;
    int     made = 0;

    if (entry == 0 || entry->message != rcpt->message
	|| entry->rcpt_count >= transport->rcpt_limit
	|| entry->rcpt_space + space > transport->rcpt_space) {
	if ((entry = (QMGR_ENTRY *) pool_alloc(qmgr_entry_pool)) == 0)
	    msg_panic("qmgr_entry_add: entry pool exhausted");
	entry->message = rcpt->message;
	entry->queue = queue;
	entry->rcpt_head = entry->rcpt_tail = 0;
	entry->rcpt_count = 0;
	entry->rcpt_space = 0;
	entry->next = 0;
	if (queue->todo_tail)
	    queue->todo_tail->next = entry;
	else
	    queue->todo_head = entry;
	queue->todo_tail = entry;
	queue->todo++;
	made = 1;
	qmgr_queue_clog_check(queue, pool_count(qmgr_message_pool), event_time());
    }
    rcpt->next = 0;
    if (entry->rcpt_tail)
	entry->rcpt_tail->next = rcpt;
    else
	entry->rcpt_head = rcpt;
    entry->rcpt_tail = rcpt;
    entry->rcpt_count++;
    entry->rcpt_space += space;
    return (made);
}

/* qmgr_entry_select - take the next batch of a queue */

QMGR_ENTRY *qmgr_entry_select(QMGR_QUEUE *queue)
{
    QMGR_ENTRY *entry;

    if ((entry = queue->todo_head) == 0)
	return (0);
    if ((queue->todo_head = entry->next) == 0)
	queue->todo_tail = 0;
    entry->next = 0;
    queue->todo--;
    queue->busy++;
    queue->transport->busy++;
    return (entry);
}

/* qmgr_entry_done - a batch is finished */

void    qmgr_entry_done(QMGR_ENTRY *entry)
{
    QMGR_MESSAGE *message = entry->message;
    QMGR_QUEUE *queue = entry->queue;
    QMGR_RCPT *rcpt;
    QMGR_RCPT *next;

    for (rcpt = entry->rcpt_head; rcpt; rcpt = next) {
	next = rcpt->next;
	pool_free(qmgr_rcpt_pool, rcpt);
	message->rcpt_count--;
    }
    queue->busy--;
    queue->transport->busy--;
    pool_free(qmgr_entry_pool, entry);
    qmgr_queue_release(queue);
    qmgr_message_unref(message);
}
