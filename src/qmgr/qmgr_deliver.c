/*++
/* NAME
/*	qmgr_deliver 3
/* SUMMARY
/*	hand batches to the delivery agents
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	void	qmgr_deliver_schedule()
/*
/*	int	qmgr_deliver_busy()
/* DESCRIPTION
/*	qmgr_deliver_schedule() starts deliveries while there is room:
/*	for each live transport, the destinations take turns (round
/*	robin), each within its concurrency window and rate delay, and
/*	all deliveries together within the delivery pool
/*	(default_process_limit). It runs before every event loop round.
/*
/*	A delivery connects to private/TRANSPORT without waiting
/*	(NON_BLOCKING), and is then driven by the event loop: when the
/*	agent's ready status can be read, the request is written (it
/*	fits the socket buffer in the usual case; a write waits at most
/*	qmgr_ipc_timeout), and when the reply can be read it is taken
/*	in. qmgr never waits for an agent to accept or to finish.
/*
/*	The reply: recipients that the agent finished are marked done
/*	in the queue file by the agent itself; DEL_STAT_DEFER marks the
/*	message for a retry. A failure of the whole destination (a
/*	nexthop status in the reply) narrows its window and may make it
/*	dead; a reply without one widens it. An agent that cannot be
/*	reached makes its transport dead for transport_retry_time (the
/*	batch is deferred with "mail transport unavailable"); a broken
/*	conversation defers the batch with "unknown mail transport
/*	error".
/*
/*	Connection caching on demand: a request carries
/*	DEL_REQ_FLAG_CONN_STORE when its destination still has mail
/*	waiting after it was taken (the agent may keep the connection
/*	for the next request), and DEL_REQ_FLAG_CONN_LOAD when the
/*	destination's previous request carried CONN_STORE (the agent
/*	may look for a cached connection); see qmgr_queue_conn_flags().
/*	Whether the agent caches is its own setting
/*	(smtp_connection_cache_on_demand).
/*
/*	qmgr_deliver_busy() is the number of deliveries in progress.
/* DIAGNOSTICS
/*	"warning: connect to transport private/NAME: reason" when an
/*	agent cannot be reached.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <errno.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <events.h>
#include <iostuff.h>
#include <pool.h>

/* Global library. */

#include <mail_params.h>
#include <mail_proto.h>
#include <mail_connect.h>
#include <mail_queue.h>
#include <deliver_request.h>

/* Application-specific. */

#include "qmgr.h"

#define QMGR_DELIVER_UNAVAIL	"mail transport unavailable"
#define QMGR_DELIVER_UNKNOWN	"unknown mail transport error"

/* qmgr_deliver_finish - end one delivery */

static void qmgr_deliver_finish(QMGR_DELIVER *deliver)
{
    QMGR_ENTRY *entry = deliver->entry;

    if (deliver->stream) {
	event_disable_readwrite(vstream_fileno(deliver->stream));
	(void) vstream_fclose(deliver->stream);
    }
    pool_free(qmgr_deliver_pool, deliver);
    qmgr_entry_done(entry);
}

/* qmgr_deliver_fail - the batch did not get through */

static void qmgr_deliver_fail(QMGR_DELIVER *deliver, const char *reason)
{
    QMGR_ENTRY *entry = deliver->entry;

    qmgr_defer_entry(entry, "4.3.0", reason);
    qmgr_transport_throttle(entry->queue->transport, reason);
    qmgr_deliver_finish(deliver);
}

/* qmgr_deliver_rcpt_add - one recipient's strings, one after the other */

static void qmgr_deliver_rcpt_add(VSTRING *arena, const RECIPIENT *rcpt)
{
    vstring_memcat(arena, rcpt->orig_addr, strlen(rcpt->orig_addr) + 1);
    vstring_memcat(arena, rcpt->address, strlen(rcpt->address) + 1);
    vstring_memcat(arena, rcpt->dsn_orcpt, strlen(rcpt->dsn_orcpt) + 1);
}

/* qmgr_deliver_rcpt_point - point the recipients at their strings */

static void qmgr_deliver_rcpt_point(RECIPIENT *rcpts, int count, char *cp)
{
    int     n;

    for (n = 0; n < count; n++) {
	rcpts[n].orig_addr = cp;
	cp += strlen(cp) + 1;
	rcpts[n].address = cp;
	cp += strlen(cp) + 1;
	rcpts[n].dsn_orcpt = cp;
	cp += strlen(cp) + 1;
    }
}

/* qmgr_deliver_send - build and send the request */

static int qmgr_deliver_send(QMGR_DELIVER *deliver)
{
    static VSTRING *sender;
    static VSTRING *envid;
    static VSTRING *arena;
    static RECIPIENT *rcpts;
    static VSTRING *orig;
    static VSTRING *addr;
    static VSTRING *orcpt;
    QMGR_ENTRY *entry = deliver->entry;
    QMGR_MESSAGE *message = entry->message;
    DELIVER_REQUEST request;
    QMGR_RCPT *rcpt;
    int     n;

    /*
     * The recipient array is sized for the largest request, in pages of
     * its own: only the part that requests use is ever touched.
     */
    if (sender == 0) {
	sender = vstring_alloc(100);
	envid = vstring_alloc(100);
	orig = vstring_alloc(100);
	addr = vstring_alloc(100);
	orcpt = vstring_alloc(100);
	arena = vstring_alloc(1024);
	rcpts = (RECIPIENT *)
	    mymalloc_pages(DELIVER_REQUEST_RCPT_CAP * sizeof(*rcpts));
    }
    if (entry->rcpt_count > DELIVER_REQUEST_RCPT_CAP)
	msg_panic("qmgr_deliver_send: %d recipients", entry->rcpt_count);
    if (qmgr_message_record(message, message->sender_offset, sender) < 0
	|| qmgr_message_envid(message, envid) < 0)
	return (-1);

    /*
     * The strings go into one buffer, which may move as it grows; the
     * pointers are set when it is complete.
     */
    vstring_reset(arena);
    for (n = 0, rcpt = entry->rcpt_head; rcpt; rcpt = rcpt->next, n++) {
	if (qmgr_message_rcpt(rcpt, rcpts + n, orig, addr, orcpt) < 0)
	    return (-1);
	qmgr_deliver_rcpt_add(arena, rcpts + n);
    }
    qmgr_deliver_rcpt_point(rcpts, entry->rcpt_count, vstring_str(arena));
    memset(&request, 0, sizeof(request));
    request.flags = message->tflags | deliver->flags;
    request.queue_name = MAIL_QUEUE_ACTIVE;
    request.queue_id = message->queue_id;
    request.data_offset = message->data_offset;
    request.data_size = message->data_size;
    request.nexthop = entry->queue->nexthop;
    request.encoding = message->encoding;
    request.sendopts = message->sendopts;
    request.sender = vstring_str(sender);
    request.envelope_id = vstring_str(envid);
    request.dsn_ret = message->dsn_ret;
    request.log_ident = message->queue_id;
    request.msg_stats.incoming_arrival = message->arrival;
    request.msg_stats.active_arrival = message->active_arrival;
    request.rcpt = rcpts;
    request.rcpt_count = entry->rcpt_count;
    request.rcpt_limit = DELIVER_REQUEST_RCPT_CAP;
    if (deliver_request_send(deliver->stream, &request) < 0
	|| vstream_fflush(deliver->stream) != 0)
	return (-1);
    return (0);
}

/* qmgr_deliver_reply - the agent's final word */

static void qmgr_deliver_reply(QMGR_DELIVER *deliver)
{
    static VSTRING *hop_status;
    static VSTRING *hop_reason;
    QMGR_ENTRY *entry = deliver->entry;
    QMGR_QUEUE *queue = entry->queue;
    int     status;

    if (hop_status == 0) {
	hop_status = vstring_alloc(10);
	hop_reason = vstring_alloc(100);
    }
    if (deliver_request_reply(deliver->stream, &status, hop_status,
			      hop_reason) < 0) {
	msg_warn("%s: %s: no reply from the %s agent", entry->message->queue_id,
		 QMGR_DELIVER_UNKNOWN, queue->transport->name);
	qmgr_defer_entry(entry, "4.3.0", QMGR_DELIVER_UNKNOWN);
	(void) qmgr_queue_failure(queue, "4.3.0", QMGR_DELIVER_UNKNOWN);
    } else {
	if (status == DEL_STAT_DEFER)
	    entry->message->flags |= QMGR_MSG_FLAG_DEFER;
	if (VSTRING_LEN(hop_status) > 0)
	    (void) qmgr_queue_failure(queue, vstring_str(hop_status),
				      VSTRING_LEN(hop_reason) ?
				      vstring_str(hop_reason) : "unknown error");
	else
	    qmgr_queue_success(queue);
    }
    if (queue->transport->rate_delay > 0)
	queue->next_time = event_time() + queue->transport->rate_delay;
    qmgr_deliver_finish(deliver);
}

/* qmgr_deliver_event - the agent has something for us */

static void qmgr_deliver_event(int event, void *context)
{
    QMGR_DELIVER *deliver = (QMGR_DELIVER *) context;
    int     fd = vstream_fileno(deliver->stream);

    (void) event;
    event_disable_readwrite(fd);
    if (deliver->state == QMGR_DELIVER_STATE_READY) {
	if (deliver_request_ready(deliver->stream) < 0) {
	    msg_warn("%s: agent %s is not ready", deliver->entry->message->queue_id,
		     deliver->entry->queue->transport->name);
	    qmgr_deliver_fail(deliver, QMGR_DELIVER_UNAVAIL);
	    return;
	}
	if (qmgr_deliver_send(deliver) < 0) {
	    msg_warn("%s: cannot send the request to the %s agent",
		     deliver->entry->message->queue_id,
		     deliver->entry->queue->transport->name);
	    qmgr_deliver_fail(deliver, QMGR_DELIVER_UNKNOWN);
	    return;
	}
	deliver->state = QMGR_DELIVER_STATE_REPLY;
	event_enable_read(fd, qmgr_deliver_event, (void *) deliver);
    } else {
	qmgr_deliver_reply(deliver);
    }
}

/* qmgr_deliver_start - connect to the agent for one batch */

static void qmgr_deliver_start(QMGR_QUEUE *queue)
{
    QMGR_TRANSPORT *transport = queue->transport;
    QMGR_DELIVER *deliver;
    QMGR_ENTRY *entry;

    if ((deliver = (QMGR_DELIVER *) pool_alloc(qmgr_deliver_pool)) == 0)
	return;
    if ((entry = qmgr_entry_select(queue)) == 0)
	msg_panic("qmgr_deliver_start: nothing to do for %s", queue->nexthop);
    deliver->entry = entry;
    deliver->flags = qmgr_queue_conn_flags(queue);
    deliver->stream = (VSTREAM *) (deliver + 1);
    deliver->buf = (char *) deliver->stream + vstream_sizeof();
    if (mail_connect_place(deliver->stream, deliver->buf, QMGR_DELIVER_BUFSIZE,
			   MAIL_CLASS_PRIVATE, transport->name,
			   NON_BLOCKING) < 0) {
	msg_warn("connect to transport %s/%s: %m",
		 MAIL_CLASS_PRIVATE, transport->name);
	deliver->stream = 0;
	qmgr_deliver_fail(deliver, QMGR_DELIVER_UNAVAIL);
	return;
    }
    vstream_set_timeout(deliver->stream, var_qmgr_ipc_timeout);
    deliver->state = QMGR_DELIVER_STATE_READY;
    event_enable_read(vstream_fileno(deliver->stream), qmgr_deliver_event,
		      (void *) deliver);
}

/* qmgr_deliver_next - the next destination of a transport, round robin */

static QMGR_QUEUE *qmgr_deliver_next(QMGR_TRANSPORT *transport, time_t now)
{
    QMGR_QUEUE *queue;

    for (queue = transport->queue_head; queue; queue = queue->next) {
	if (!qmgr_queue_ready(queue, now))
	    continue;
	if (queue != transport->queue_tail) {
	    if (queue->prev)
		queue->prev->next = queue->next;
	    else
		transport->queue_head = queue->next;
	    queue->next->prev = queue->prev;
	    queue->prev = transport->queue_tail;
	    queue->next = 0;
	    transport->queue_tail->next = queue;
	    transport->queue_tail = queue;
	}
	return (queue);
    }
    return (0);
}

/* qmgr_deliver_schedule - start what may start */

void    qmgr_deliver_schedule(void)
{
    QMGR_TRANSPORT *transport;
    QMGR_QUEUE *queue;
    time_t  now = event_time();

    for (transport = qmgr_transport_list(); transport; transport = transport->next) {
	while (transport->dead == 0
	       && pool_in_use(qmgr_deliver_pool) < pool_count(qmgr_deliver_pool)
	       && (queue = qmgr_deliver_next(transport, now)) != 0)
	    qmgr_deliver_start(queue);
    }
}

/* qmgr_deliver_busy - deliveries in progress */

int     qmgr_deliver_busy(void)
{
    return (pool_in_use(qmgr_deliver_pool));
}
