/*++
/* NAME
/*	qmgr 8
/* SUMMARY
/*	queue manager
/* SYNOPSIS
/*	qmgr [generic Postfix daemon options]
/* DESCRIPTION
/*	qmgr(8) moves messages from incoming/ (and, when their retry
/*	time has come, from deferred/) into active/, reads their
/*	envelopes, resolves every recipient to a transport and nexthop,
/*	and hands batches of recipients to the delivery agents
/*	(private/TRANSPORT: discard, error, smtp, ...) with per
/*	destination concurrency windows. After the attempts it removes
/*	a finished message, asks the bounce service for the
/*	notifications that are due, or moves the message to deferred/
/*	with its next attempt time as the file's modification time.
/*	See qmgr(8) in man/man8 for the parameters and the decisions.
/*
/*	Triggers (one byte each, on public/qmgr): "I" and "W" scan
/*	incoming/, "D" scans deferred/, "A" scans deferred/ ignoring
/*	the retry times, "F" forgets dead destinations and transports.
/*	master's wakeup timer sends "W"; deferred/ is also scanned
/*	every queue_run_delay seconds.
/*
/*	At start-up, files left in active/ by a previous process are
/*	moved back to incoming/: nothing is lost by a crash.
/*
/*	Memory: every message, recipient, destination, transport and
/*	delivery comes from a fixed pool sized at start-up; when no
/*	message has been active for a few seconds, the pools give the
/*	memory they touched back to the kernel. Active
/*	messages keep their queue file open (with a shared lock), so
/*	qmgr_message_active_limit is also capped by the descriptors
/*	qmgr reserves (QMGR_FD_LIMIT, less the deliveries and some
/*	for tables and scans: 124 messages with default_process_limit
/*	100). That cap also bounds the memory a backlog can take, so
/*	that the resident size stays flat under any load.
/* DIAGNOSTICS
/*	Problems are logged; see the manual page.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <mymalloc.h>
#include <events.h>
#include <pool.h>

/* Global library. */

#include <mail_params.h>
#include <mail_conf.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <maps.h>
#include <rewrite.h>
#include <deliver_request.h>
#include <mail_server.h>

/* Application-specific. */

#include "qmgr.h"

 /*
  * Descriptors qmgr asks the event loop for: one per active message (the
  * open queue file), one per agent connection, and some for tables.
  */
#define QMGR_FD_LIMIT		256
#define QMGR_FD_RESERVE		32	/* tables, bounce client, scans */

 /*
  * Files fed into the active queue per event loop round.
  */
#define QMGR_FEED_BATCH		20

 /*
  * Seconds without an active message after which the pools give their
  * memory back.
  */
#define QMGR_TRIM_DELAY		2

POOL   *qmgr_message_pool;
POOL   *qmgr_rcpt_pool;
POOL   *qmgr_entry_pool;
POOL   *qmgr_queue_pool;
POOL   *qmgr_transport_pool;
POOL   *qmgr_deliver_pool;
MAPS   *qmgr_transport_maps;

 /*
  * Transports: a master.cf has a few dozen services at most.
  */
#define QMGR_TRANSPORT_MAX	64

/* qmgr_pools_init - size every pool once */

void    qmgr_pools_init(int messages, int recipients, int deliveries,
			        int transports)
{
    qmgr_message_pool = pool_create("message", sizeof(QMGR_MESSAGE), messages);
    qmgr_rcpt_pool = pool_create("recipient", sizeof(QMGR_RCPT), recipients);
    qmgr_entry_pool = pool_create("entry", sizeof(QMGR_ENTRY), recipients);
    qmgr_queue_pool = pool_create("queue", sizeof(QMGR_QUEUE), recipients);
    qmgr_transport_pool = pool_create("transport", sizeof(QMGR_TRANSPORT),
				      transports);
    qmgr_deliver_pool = pool_create("deliver", sizeof(QMGR_DELIVER)
				    + vstream_sizeof() + QMGR_DELIVER_BUFSIZE,
				    deliveries);
    qmgr_queue_table_init(recipients);
}

/* qmgr_pools_trim - give back the pages of the pools that are idle */

static void qmgr_pools_trim(int event, void *context)
{
    (void) event;
    (void) context;
    pool_trim(qmgr_message_pool);
    pool_trim(qmgr_rcpt_pool);
    pool_trim(qmgr_entry_pool);
    pool_trim(qmgr_queue_pool);
    pool_trim(qmgr_deliver_pool);
}

/* qmgr_deferred_run - periodic scan of the deferred queue */

static void qmgr_deferred_run(int event, void *context)
{
    (void) event;
    (void) context;
    qmgr_scan_request(MAIL_QUEUE_DEFERRED, QMGR_SCAN_START);
    event_request_timer(qmgr_deferred_run, (void *) 0, var_queue_run_delay);
}

/* qmgr_trigger - wakeup requests */

static void qmgr_trigger(char *buf, ssize_t len, char *service, char **argv)
{
    int     incoming = 0;
    int     deferred = 0;
    ssize_t i;

    (void) service;
    (void) argv;
    for (i = 0; i < len; i++) {
	if (msg_verbose)
	    msg_info("request: %d (%c)", buf[i],
		     buf[i] > ' ' && buf[i] < 127 ? buf[i] : '?');
	switch (buf[i]) {
	case QMGR_REQ_FLUSH_DEAD:
	    qmgr_transport_flush_dead();
	    break;
	case QMGR_REQ_SCAN_ALL:
	    deferred |= QMGR_SCAN_ALL;
	    /* FALLTHROUGH */
	case QMGR_REQ_SCAN_DEFERRED:
	    deferred |= QMGR_SCAN_START;
	    break;
	case QMGR_REQ_SCAN_INCOMING:
	case TRIGGER_REQ_WAKEUP:
	    incoming |= QMGR_SCAN_START;
	    break;
	default:
	    if (msg_verbose)
		msg_info("request ignored");
	    break;
	}
    }
    if (incoming)
	qmgr_scan_request(MAIL_QUEUE_INCOMING, incoming);
    if (deferred)
	qmgr_scan_request(MAIL_QUEUE_DEFERRED, deferred);
}

/* qmgr_loop - feed the active queue, start deliveries */

static int qmgr_loop(char *service, char **argv)
{
    int     more;
    int     timed;

    (void) service;
    (void) argv;
    more = qmgr_scan_feed(QMGR_FEED_BATCH);
    timed = qmgr_transport_tick(event_time());
    qmgr_deliver_schedule();
    if (pool_in_use(qmgr_message_pool) == 0
	&& pool_touched(qmgr_message_pool) > 0)
	event_request_timer(qmgr_pools_trim, (void *) 0, QMGR_TRIM_DELAY);
    return (more ? 0 : timed ? 1 : -1);
}

/* qmgr_post_init - pools, tables, recovery, first scans */

static void qmgr_post_init(char *service, char **argv)
{
    int     messages;
    int     deliveries;

    (void) service;
    (void) argv;
    mail_params_init(params_rewrite);
    mail_params_init(params_master);		/* default_process_limit */
    rewrite_local_init(var_mydestination);
    if (*var_transport_maps)
	qmgr_transport_maps = maps_create(VAR_TRANSPORT_MAPS, var_transport_maps,
					  DICT_FLAG_FOLD_FIX);
    if (var_maximal_backoff_time < var_minimal_backoff_time) {
	msg_warn("%s is smaller than %s: using %d",
		 VAR_MAXIMAL_BACKOFF_TIME, VAR_MINIMAL_BACKOFF_TIME,
		 var_minimal_backoff_time);
	var_maximal_backoff_time = var_minimal_backoff_time;
    }
    deliveries = var_default_process_limit > 0 ? var_default_process_limit : 1;
    if (deliveries > (QMGR_FD_LIMIT - QMGR_FD_RESERVE) / 2)
	deliveries = (QMGR_FD_LIMIT - QMGR_FD_RESERVE) / 2;
    messages = var_qmgr_message_active_limit;
    if (messages > QMGR_FD_LIMIT - QMGR_FD_RESERVE - deliveries) {
	messages = QMGR_FD_LIMIT - QMGR_FD_RESERVE - deliveries;
	msg_info("%s: using %d (one open queue file per active message)",
		 VAR_QMGR_MESSAGE_ACTIVE_LIMIT, messages);
    }
    qmgr_pools_init(messages, var_qmgr_message_recipient_limit, deliveries,
		    QMGR_TRANSPORT_MAX);
    qmgr_active_recover();
    qmgr_scan_request(MAIL_QUEUE_INCOMING, QMGR_SCAN_START);
    qmgr_deferred_run(0, (void *) 0);
}

/* qmgr_main - the queue manager */

int     qmgr_main(int argc, char **argv)
{
    trigger_server_main(argc, argv, qmgr_trigger,
			CA_MAIL_SERVER_PARAMS, params_qmgr,
			CA_MAIL_SERVER_POST_INIT, qmgr_post_init,
			CA_MAIL_SERVER_LOOP, qmgr_loop,
			CA_MAIL_SERVER_SOLITARY,
			CA_MAIL_SERVER_UNLIMITED,
			CA_MAIL_SERVER_FD_LIMIT, QMGR_FD_LIMIT,
			CA_MAIL_SERVER_END);
}
