/*++
/* NAME
/*	test_qmgr_logic 1
/* SUMMARY
/*	unit tests for the queue manager's decisions
/* SYNOPSIS
/*	test_qmgr_logic
/* DESCRIPTION
/*	The qmgr(8) modules are compiled into this program (they are
/*	not part of the library): retry backoff, expiry and warning
/*	times, the concurrency window, recipient routing with
/*	transport_maps (inline: tables), relayhost, relay_domains and
/*	local domains, back-pressure when the pools are exhausted
/*	(transports, destinations, batches by recipient limit), the
/*	connection caching flags of delivery requests, and the warning
/*	that one destination clogs the active queue.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <unit_test.h>

#include <qmgr/qmgr.c>
#include <qmgr/qmgr_active.c>
#include <qmgr/qmgr_defer.c>
#include <qmgr/qmgr_deliver.c>
#include <qmgr/qmgr_entry.c>
#include <qmgr/qmgr_message.c>
#include <qmgr/qmgr_queue.c>
#include <qmgr/qmgr_resolve.c>
#include <qmgr/qmgr_scan.c>
#include <qmgr/qmgr_transport.c>

/* test_backoff - next attempt, expiry, warning */

static void test_backoff(void)
{
    /* A new message waits the minimum, an old one the maximum. */
    UNIT_ASSERT_INT(qmgr_defer_backoff(1000, 1000, 300, 4000), 300);
    UNIT_ASSERT_INT(qmgr_defer_backoff(1000, 400, 300, 4000), 600);
    UNIT_ASSERT_INT(qmgr_defer_backoff(100000, 0, 300, 4000), 4000);
    /* A clock that went back never gives a negative delay. */
    UNIT_ASSERT_INT(qmgr_defer_backoff(100, 5000, 300, 4000), 300);
    /* The intervals double: each retry comes at twice the age. */
    {
	time_t  arrival = 0;
	time_t  now = 300;
	int     delay;
	int     n;

	for (n = 0; n < 4; n++) {
	    delay = qmgr_defer_backoff(now, arrival, 300, 4000);
	    UNIT_ASSERT_INT(delay, 300 << n);
	    now += delay;
	}
	UNIT_ASSERT_INT(qmgr_defer_backoff(now, arrival, 300, 4000), 4000);
    }
    UNIT_ASSERT(qmgr_defer_expired(1000, 1000, 0));
    UNIT_ASSERT(!qmgr_defer_expired(1000, 999, 5));
    UNIT_ASSERT(qmgr_defer_expired(1005, 1000, 5));
    UNIT_ASSERT(!qmgr_defer_warn_due(0, 100000));
    UNIT_ASSERT(!qmgr_defer_warn_due(2000, 1999));
    UNIT_ASSERT(qmgr_defer_warn_due(2000, 2000));
}

/* test_window - concurrency feedback in integers */

static void test_window(void)
{
    int     window = 5;
    int     success = 0;
    int     failures = 0;
    int     n;

    /* One more after as many successes as the window is wide. */
    for (n = 0; n < 4; n++)
	UNIT_ASSERT_INT(qmgr_window_up(&window, &success, 20), 5);
    UNIT_ASSERT_INT(qmgr_window_up(&window, &success, 20), 6);
    for (n = 0; n < 100; n++)
	(void) qmgr_window_up(&window, &success, 8);
    UNIT_ASSERT_INT(window, 8);

    /* Failures narrow it; enough of them make the destination dead. */
    window = 5;
    UNIT_ASSERT_INT(qmgr_window_down(&window, &failures, 1), 0);
    UNIT_ASSERT_INT(window, 4);
    UNIT_ASSERT_INT(qmgr_window_down(&window, &failures, 1), 0);
    UNIT_ASSERT_INT(qmgr_window_down(&window, &failures, 1), 1);
    UNIT_ASSERT_INT(window, 2);
    /* A larger cohort limit tolerates more. */
    window = 5;
    failures = 0;
    for (n = 0; n < 3; n++)
	UNIT_ASSERT_INT(qmgr_window_down(&window, &failures, 3), 0);
    UNIT_ASSERT_INT(window, 2);
    UNIT_ASSERT_INT(qmgr_window_down(&window, &failures, 3), 1);
    UNIT_ASSERT_INT(window, 1);
    /* A window of one never goes to zero. */
    window = 1;
    failures = 0;
    UNIT_ASSERT_INT(qmgr_window_down(&window, &failures, 1), 1);
    UNIT_ASSERT_INT(window, 1);
}

/* resolve - route one address, "transport nexthop" */

static const char *resolve(QMGR_RESOLVE_CONF *conf, const char *addr)
{
    static VSTRING *out;
    VSTRING *transport = vstring_alloc(10);
    VSTRING *nexthop = vstring_alloc(10);

    if (out == 0)
	out = vstring_alloc(100);
    if (qmgr_resolve(conf, addr, transport, nexthop) != QMGR_RESOLVE_OK)
	vstring_strcpy(out, "RETRY");
    else
	vstring_sprintf(out, "%s %s", vstring_str(transport),
			vstring_str(nexthop));
    vstring_free(transport);
    vstring_free(nexthop);
    return (vstring_str(out));
}

/* test_resolve - transport_maps, relayhost, classes */

static void test_resolve(void)
{
    QMGR_RESOLVE_CONF conf;

    rewrite_local_init("gw.example, localhost");
    memset(&conf, 0, sizeof(conf));
    conf.default_transport = "smtp";
    conf.relay_transport = "relay";
    conf.local_transport = "local:$myhostname";
    conf.relayhost = "";
    conf.relay_domains = "lan.example";
    conf.myhostname = "gw.example";

    /* Address classes without tables. */
    UNIT_ASSERT_STR(resolve(&conf, "a@example.org"), "smtp example.org");
    UNIT_ASSERT_STR(resolve(&conf, "a@lan.example"), "relay lan.example");
    UNIT_ASSERT_STR(resolve(&conf, "a@pc.lan.example"), "relay pc.lan.example");
    UNIT_ASSERT_STR(resolve(&conf, "a@notlan.example"), "smtp notlan.example");
    UNIT_ASSERT_STR(resolve(&conf, "root@gw.example"),
		    "error 5.1.1 local delivery is not available");
    UNIT_ASSERT_STR(resolve(&conf, "root"),
		    "error 5.1.1 local delivery is not available");
    conf.local_transport = "lmtp:unix:private/dovecot-lmtp";
    UNIT_ASSERT_STR(resolve(&conf, "root@GW.example"),
		    "lmtp unix:private/dovecot-lmtp");
    conf.local_transport = "relay";
    UNIT_ASSERT_STR(resolve(&conf, "root@gw.example"), "relay gw.example");

    /* relayhost for remote mail, not for a transport's own nexthop. */
    conf.relayhost = "[smarthost]:587";
    UNIT_ASSERT_STR(resolve(&conf, "a@example.org"), "smtp [smarthost]:587");
    conf.default_transport = "smtp:[other]";
    UNIT_ASSERT_STR(resolve(&conf, "a@example.org"), "smtp [other]");
    conf.default_transport = "smtp";

    /* transport_maps: address, domain, parent domain, catch-all. */
    conf.transport_maps = maps_create("transport_maps",
			     "inline:{ discard.example=discard:, "
			     "special@example.org=error:5.7.1, "
			     ".sub.example=smtp:[mx.sub]:25, "
			     "keep.example=:[kept], "
			     "onlyt.example=lmtp, "
			     "{ * = error:5.1.2 no route } }",
			     DICT_FLAG_FOLD_FIX);
    UNIT_ASSERT_STR(resolve(&conf, "x@discard.example"),
		    "discard [smarthost]:587");
    UNIT_ASSERT_STR(resolve(&conf, "special@example.org"), "error 5.7.1");
    UNIT_ASSERT_STR(resolve(&conf, "x@a.b.sub.example"), "smtp [mx.sub]:25");
    UNIT_ASSERT_STR(resolve(&conf, "x@keep.example"), "smtp [kept]");
    UNIT_ASSERT_STR(resolve(&conf, "x@onlyt.example"), "lmtp [smarthost]:587");
    UNIT_ASSERT_STR(resolve(&conf, "x@elsewhere.example"), "error 5.1.2 no route");
    /* The parent form does not match the domain itself. */
    UNIT_ASSERT_STR(resolve(&conf, "x@sub.example"), "error 5.1.2 no route");
    maps_free(conf.transport_maps);
}

/* test_pools - back-pressure instead of growth */

static void test_pools(void)
{
    QMGR_TRANSPORT *t1;
    QMGR_TRANSPORT *t2;
    QMGR_QUEUE *q[4];
    QMGR_MESSAGE *m1;
    QMGR_MESSAGE *m2;
    QMGR_RCPT r[4];
    QMGR_ENTRY *head;
    int     n;

    mail_conf_update("smtp_destination_recipient_limit", "2");
    mail_conf_update("smtp_destination_concurrency_limit", "3");
    mail_conf_update("initial_destination_concurrency", "5");
    var_qmgr_clog_warn_time = 0;
    qmgr_pools_init(2, 3, 4, 2);

    /* Transports: two fit, the third does not; names are looked up. */
    t1 = qmgr_transport_find("smtp");
    t2 = qmgr_transport_find("discard");
    UNIT_ASSERT(t1 != 0 && t2 != 0 && t1 != t2);
    UNIT_ASSERT(qmgr_transport_find("smtp") == t1);
    UNIT_ASSERT(qmgr_transport_find("lmtp") == 0);
    UNIT_ASSERT_INT(t1->rcpt_limit, 2);
    UNIT_ASSERT_INT(t1->dest_limit, 3);
    UNIT_ASSERT_INT(t1->init_window, 3);
    UNIT_ASSERT_INT(t2->dest_limit, 4);

    /* Destinations: three fit; names compare without case. */
    q[0] = qmgr_queue_find(t1, "a.example");
    q[1] = qmgr_queue_find(t1, "b.example");
    q[2] = qmgr_queue_find(t2, "a.example");
    UNIT_ASSERT(q[0] && q[1] && q[2] && q[0] != q[2]);
    UNIT_ASSERT(qmgr_queue_find(t1, "A.Example") == q[0]);
    UNIT_ASSERT(qmgr_queue_find(t1, "c.example") == 0);
    /* An idle queue goes back to the pool and makes room. */
    qmgr_queue_release(q[1]);
    q[3] = qmgr_queue_find(t1, "c.example");
    UNIT_ASSERT(q[3] != 0);

    /* Messages: two fit. */
    m1 = qmgr_message_alloc("ABCDEF1234", -1);
    m2 = qmgr_message_alloc("ABCDEF1235", -1);
    UNIT_ASSERT(m1 != 0 && m2 != 0);
    UNIT_ASSERT(qmgr_message_alloc("ABCDEF1236", -1) == 0);

    /* Batches: at most the recipient limit, one message each. */
    for (n = 0; n < 4; n++) {
	r[n].message = n < 2 ? m1 : m2;
	r[n].first = r[n].offset = 100 + n;
    }
    UNIT_ASSERT_INT(qmgr_entry_add(q[0], r + 0, 10), 1);
    UNIT_ASSERT_INT(qmgr_entry_add(q[0], r + 1, 10), 0);
    UNIT_ASSERT_INT(qmgr_entry_add(q[0], r + 2, 10), 1);
    UNIT_ASSERT_INT(q[0]->todo, 2);
    UNIT_ASSERT_INT(q[0]->todo_head->rcpt_count, 2);
    UNIT_ASSERT(qmgr_queue_ready(q[0], 0));
    head = q[0]->todo_head;
    UNIT_ASSERT(qmgr_entry_select(q[0]) == head);
    UNIT_ASSERT_INT(q[0]->todo, 1);
    UNIT_ASSERT_INT(q[0]->busy, 1);
    UNIT_ASSERT_INT(t1->busy, 1);
    /* A dead destination is not ready, and others stay ready. */
    q[0]->dead = 1;
    UNIT_ASSERT(!qmgr_queue_ready(q[0], 0));
    UNIT_ASSERT(!qmgr_queue_ready(q[3], 0));
    UNIT_ASSERT_INT(qmgr_entry_add(q[3], r + 3, 10), 1);
    UNIT_ASSERT(qmgr_queue_ready(q[3], 0));
}

/* test_conn_cache - CONN_STORE with a backlog, CONN_LOAD after a STORE */

static void test_conn_cache(void)
{
    QMGR_TRANSPORT *t;
    QMGR_QUEUE *q;
    QMGR_MESSAGE *m[3];
    QMGR_RCPT r[4];
    int     n;

    var_qmgr_clog_warn_time = 0;
    qmgr_pools_init(3, 8, 4, 2);
    t = qmgr_transport_find("relay");
    q = qmgr_queue_find(t, "[relay.example]");
    UNIT_ASSERT(t != 0 && q != 0);
    for (n = 0; n < 3; n++) {
	m[n] = qmgr_message_alloc("ABCDEF0000", -1);
	UNIT_ASSERT(m[n] != 0);
	r[n].message = m[n];
	r[n].first = r[n].offset = 100 + n;
	UNIT_ASSERT_INT(qmgr_entry_add(q, r + n, 10), 1);
    }

    /* Three waiting: the first two leave a backlog behind them. */
    UNIT_ASSERT(qmgr_entry_select(q) != 0);
    UNIT_ASSERT_INT(qmgr_queue_conn_flags(q), DEL_REQ_FLAG_CONN_STORE);
    UNIT_ASSERT(qmgr_entry_select(q) != 0);
    UNIT_ASSERT_INT(qmgr_queue_conn_flags(q),
		    DEL_REQ_FLAG_CONN_STORE | DEL_REQ_FLAG_CONN_LOAD);
    /* The last one may use the cached connection, and keeps none. */
    UNIT_ASSERT(qmgr_entry_select(q) != 0);
    UNIT_ASSERT_INT(qmgr_queue_conn_flags(q), DEL_REQ_FLAG_CONN_LOAD);
    /* Later mail for an idle destination: neither. */
    r[3].message = m[0];
    r[3].first = r[3].offset = 200;
    UNIT_ASSERT_INT(qmgr_entry_add(q, r + 3, 10), 1);
    UNIT_ASSERT(qmgr_entry_select(q) != 0);
    UNIT_ASSERT_INT(qmgr_queue_conn_flags(q), 0);
}

 /*
  * Warnings logged by the code under test.
  */
static int clog_warnings;

static void capture(int level, const char *text)
{
    if (level == MSG_WARN && strstr(text, "is using up") != 0)
	clog_warnings++;
}

/* test_clog - one destination takes half the active queue */

static void test_clog(void)
{
    QMGR_QUEUE queue;

    memset(&queue, 0, sizeof(queue));
    (void) snprintf(queue.nexthop, sizeof(queue.nexthop), "slow.example");
    msg_output_reset();
    msg_output(capture);
    var_helpful_warnings = 1;
    var_qmgr_clog_warn_time = 300;

    /* Under half: quiet. Half or more: once per qmgr_clog_warn_time. */
    queue.todo = 40;
    queue.busy = 9;
    qmgr_queue_clog_check(&queue, 100, 1000);
    UNIT_ASSERT_INT(clog_warnings, 0);
    queue.busy = 10;
    qmgr_queue_clog_check(&queue, 100, 1000);
    UNIT_ASSERT_INT(clog_warnings, 1);
    qmgr_queue_clog_check(&queue, 100, 1299);
    UNIT_ASSERT_INT(clog_warnings, 1);
    qmgr_queue_clog_check(&queue, 100, 1300);
    UNIT_ASSERT_INT(clog_warnings, 2);
    /* Off with a zero time, or without helpful_warnings. */
    var_qmgr_clog_warn_time = 0;
    qmgr_queue_clog_check(&queue, 100, 5000);
    var_qmgr_clog_warn_time = 300;
    var_helpful_warnings = 0;
    qmgr_queue_clog_check(&queue, 100, 6000);
    UNIT_ASSERT_INT(clog_warnings, 2);
    msg_output_reset();
}

int     main(void)
{
    mail_params_init(params_common);
    mail_params_init(params_qmgr);
    mail_params_init(params_rewrite);
    UNIT_RUN(test_backoff);
    UNIT_RUN(test_window);
    UNIT_RUN(test_resolve);
    UNIT_RUN(test_pools);
    UNIT_RUN(test_conn_cache);
    UNIT_RUN(test_clog);
    return (UNIT_SUMMARY());
}
