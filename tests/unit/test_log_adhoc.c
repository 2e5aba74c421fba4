/*++
/* NAME
/*	test_log_adhoc 1
/* SUMMARY
/*	unit tests for log_adhoc(3)
/* SYNOPSIS
/*	test_log_adhoc
/* DESCRIPTION
/*	The delivery log line, byte for byte as Postfix writes it:
/*	delay formats (two significant digits, the resolution limit,
/*	rounding, values below the resolution), the delays split over
/*	the stages that were reached, orig_to and conn_use, a clock
/*	that went backwards, and the line that log_adhoc() logs.
/* DIAGNOSTICS
/*	One line per test, then a summary; exit status 1 on failure.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <mail_params.h>
#include <log_adhoc.h>
#include <unit_test.h>

static char logged[2048];

/* capture - keep the last info line */

static void capture(int level, const char *text)
{
    if (level == MSG_INFO)
	snprintf(logged, sizeof(logged), "%s", text);
}

/* delay - format one time */

static const char *delay(long sec, long usec, int digits)
{
    static VSTRING *buf;

    if (buf == 0)
	buf = vstring_alloc(10);
    vstring_reset(buf);
    log_adhoc_delay(buf, sec, usec, digits);
    return (vstring_str(buf));
}

/* test_delay - Postfix's delay formats */

static void test_delay(void)
{
    UNIT_ASSERT_STR(delay(0, 0, 2), "0");
    UNIT_ASSERT_STR(delay(0, 3000, 2), "0");
    UNIT_ASSERT_STR(delay(0, 5000, 2), "0.01");
    UNIT_ASSERT_STR(delay(0, 10000, 2), "0.01");
    UNIT_ASSERT_STR(delay(0, 123456, 2), "0.12");
    UNIT_ASSERT_STR(delay(0, 500000, 2), "0.5");
    UNIT_ASSERT_STR(delay(0, 999000, 2), "1");
    UNIT_ASSERT_STR(delay(1, 230000, 2), "1.2");
    UNIT_ASSERT_STR(delay(1, 250000, 2), "1.3");
    UNIT_ASSERT_STR(delay(1, 0, 2), "1");
    UNIT_ASSERT_STR(delay(9, 960000, 2), "10");
    UNIT_ASSERT_STR(delay(12, 300000, 2), "12");
    UNIT_ASSERT_STR(delay(12, 500000, 2), "13");
    UNIT_ASSERT_STR(delay(123, 400000, 2), "123");
    UNIT_ASSERT_STR(delay(86400, 0, 2), "86400");
    /* The resolution limit. */
    UNIT_ASSERT_STR(delay(0, 400000, 0), "0");
    UNIT_ASSERT_STR(delay(0, 600000, 0), "1");
    UNIT_ASSERT_STR(delay(3, 600000, 0), "4");
    UNIT_ASSERT_STR(delay(0, 40000, 1), "0");
    UNIT_ASSERT_STR(delay(0, 50000, 1), "0.1");
    UNIT_ASSERT_STR(delay(0, 1, 6), "0.000001");
    UNIT_ASSERT_STR(delay(0, 123, 6), "0.00012");
    UNIT_ASSERT_STR(delay(0, 1234, 3), "0.001");
    UNIT_ASSERT_STR(delay(0, 12345, 6), "0.012");
    UNIT_ASSERT_STR(delay(2, 345678, 6), "2.3");
    /* Out-of-range input. */
    UNIT_ASSERT_STR(delay(-5, 0, 2), "0");
    UNIT_ASSERT_STR(delay(0, 2500000, 2), "2.5");
    UNIT_ASSERT_STR(delay(0, 1, 9), "0.000001");
}

/* tv - set a time stamp */

static void tv(struct timeval *t, long sec, long usec)
{
    t->tv_sec = sec;
    t->tv_usec = usec;
}

/* test_line - the whole line, every stage reached */

static void test_line(void)
{
    VSTRING *buf = vstring_alloc(100);
    MSG_STATS stats;
    RECIPIENT rcpt = {"", "user@example.com", "", 0, 100};
    DSN     dsn;
    struct timeval now;

    memset(&stats, 0, sizeof(stats));
    tv(&stats.incoming_arrival, 1000, 0);
    tv(&stats.active_arrival, 1000, 10000);
    tv(&stats.agent_handoff, 1000, 30000);
    tv(&stats.conn_setup_done, 1000, 530000);
    tv(&stats.deliver_done, 1001, 230000);
    tv(&now, 5000, 0);
    dsn_simple(&dsn, "2.0.0", "delivered", "250 2.0.0 Ok: queued as 4F2A");
    UNIT_ASSERT_STR(log_adhoc_format(buf, "3F2A81C0D4", &stats, &rcpt,
				     "mx.example.com[192.0.2.1]:25", &dsn,
				     "sent", &now),
		    "3F2A81C0D4: to=<user@example.com>, "
		    "relay=mx.example.com[192.0.2.1]:25, delay=1.2, "
		    "delays=0.01/0.02/0.5/0.7, dsn=2.0.0, "
		    "status=sent (250 2.0.0 Ok: queued as 4F2A)");

    /* orig_to when it differs beyond case; conn_use from the reuse count. */
    rcpt.orig_addr = "root";
    stats.reuse_count = 2;
    UNIT_ASSERT_STR(log_adhoc_format(buf, "ID", &stats, &rcpt, "none", &dsn,
				     "sent", &now),
		    "ID: to=<user@example.com>, orig_to=<root>, relay=none, "
		    "conn_use=3, delay=1.2, delays=0.01/0.02/0.5/0.7, "
		    "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4F2A)");
    rcpt.orig_addr = "USER@Example.COM";
    stats.reuse_count = 0;
    UNIT_ASSERT(strstr(log_adhoc_format(buf, "ID", &stats, &rcpt, "none",
					&dsn, "sent", &now), "orig_to") == 0);
    vstring_free(buf);
}

/* test_stages - stages not reached, the end taken from now */

static void test_stages(void)
{
    VSTRING *buf = vstring_alloc(100);
    MSG_STATS stats;
    RECIPIENT rcpt = {"", "u@example.com", "", 0, 100};
    DSN     dsn;
    struct timeval now;

    dsn_simple(&dsn, "5.0.0", "failed", "no such user");
    memset(&stats, 0, sizeof(stats));
    tv(&stats.incoming_arrival, 1000, 0);
    tv(&stats.active_arrival, 1002, 0);
    tv(&stats.agent_handoff, 1002, 500000);
    tv(&now, 1003, 0);

    /* No connection (error, discard): the rest goes to d. */
    UNIT_ASSERT_STR(log_adhoc_format(buf, "ID", &stats, &rcpt, "none", &dsn,
				     "bounced", &now),
		    "ID: to=<u@example.com>, relay=none, delay=3, "
		    "delays=2/0.5/0/0.5, dsn=5.0.0, status=bounced (no such user)");

    /* No agent (qmgr bounced it): the rest goes to b. */
    memset(&stats.agent_handoff, 0, sizeof(stats.agent_handoff));
    UNIT_ASSERT_STR(log_adhoc_format(buf, "ID", &stats, &rcpt, "none", &dsn,
				     "bounced", &now),
		    "ID: to=<u@example.com>, relay=none, delay=3, "
		    "delays=2/1/0/0, dsn=5.0.0, status=bounced (no such user)");

    /* No queue manager: all of it is a. */
    memset(&stats.active_arrival, 0, sizeof(stats.active_arrival));
    UNIT_ASSERT_STR(log_adhoc_format(buf, "ID", &stats, &rcpt, "none", &dsn,
				     "bounced", &now),
		    "ID: to=<u@example.com>, relay=none, delay=3, "
		    "delays=3/0/0/0, dsn=5.0.0, status=bounced (no such user)");

    /* A clock set back counts 0. */
    tv(&now, 999, 0);
    UNIT_ASSERT_STR(log_adhoc_format(buf, "ID", &stats, &rcpt, "none", &dsn,
				     "deferred", &now),
		    "ID: to=<u@example.com>, relay=none, delay=0, "
		    "delays=0/0/0/0, dsn=5.0.0, status=deferred (no such user)");
    vstring_free(buf);
}

/* test_logged - log_adhoc() logs the line with msg_info() */

static void test_logged(void)
{
    MSG_STATS stats;
    RECIPIENT rcpt = {"", "u@example.com", "", 0, 100};
    DSN     dsn;

    memset(&stats, 0, sizeof(stats));
    tv(&stats.incoming_arrival, 1000, 0);
    tv(&stats.deliver_done, 1000, 20000);
    dsn_simple(&dsn, "2.0.0", "delivered", "discard");
    logged[0] = 0;
    log_adhoc("ABC", &stats, &rcpt, "none", &dsn, "sent");
    UNIT_ASSERT_STR(logged, "ABC: to=<u@example.com>, relay=none, "
		    "delay=0.02, delays=0.02/0/0/0, dsn=2.0.0, "
		    "status=sent (discard)");
}

int     main(void)
{
    var_delay_logging_resolution_limit = 2;
    msg_output_reset();
    msg_output(capture);
    UNIT_RUN(test_delay);
    UNIT_RUN(test_line);
    UNIT_RUN(test_stages);
    UNIT_RUN(test_logged);
    return (UNIT_SUMMARY());
}
