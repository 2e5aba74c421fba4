/*++
/* NAME
/*	test_deliver_request 1
/* SUMMARY
/*	unit tests for deliver_request(3), deliver_completed(3) and
/*	the bounce client
/* SYNOPSIS
/*	test_deliver_request
/* DESCRIPTION
/*	In a temporary queue directory: a request sent with
/*	deliver_request_send() arrives whole through
/*	deliver_request_read(); hostile requests (bad counts, IDs,
/*	offsets, times, flags, missing and extra attributes, truncated
/*	input, recipient strings over the arena, values over
/*	ATTR_VALUE_MAX) are refused with one warning, while every
/*	envelope string and one recipient of maximal size fit together;
/*	the reply round trip; deliver_completed() marks RCPT
/*	records done in place and refuses other offsets; the bounce
/*	client speaks bounce_proto(3h) to a test server, and falls
/*	back to a deferral when the bounce service is missing; sent()
/*	records NOTIFY=SUCCESS recipients in the trace log, once, and
/*	defers them when the trace service is missing.
/* DIAGNOSTICS
/*	One line per test, then a summary; exit status 1 on failure.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <iostuff.h>
#include <listen.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <record.h>
#include <rec_type.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <deliver_request.h>
#include <bounce_proto.h>
#include <bounce_client.h>
#include <unit_test.h>

static char queue_dir[] = "/tmp/test_deliver_request.XXXXXX";
static int warnings;
static char last_warning[1024];
static char last_info[2048];
static long rcpt_offset[2];
static long from_offset;
static char queue_id[] = "ABCDE12345";

/* capture - count warnings, keep the last lines */

static void capture(int level, const char *text)
{
    if (level == MSG_WARN) {
	warnings++;
	snprintf(last_warning, sizeof(last_warning), "%s", text);
    } else if (level == MSG_INFO) {
	snprintf(last_info, sizeof(last_info), "%s", text);
    }
}

/* make_queue_file - a small queue file in active/ */

static int make_queue_file(void)
{
    VSTREAM *fp;

    if ((fp = vstream_fopen("active/ABCDE12345", O_RDWR | O_CREAT | O_TRUNC,
			    0600)) == 0)
	return (-1);
    rec_fprintf(fp, REC_TYPE_TIME, "%ld %ld", 1000L, 0L);
    from_offset = (long) vstream_ftell(fp);
    rec_fputs(fp, REC_TYPE_FROM, "sender@example.com");
    rcpt_offset[0] = (long) vstream_ftell(fp);
    rec_fputs(fp, REC_TYPE_RCPT, "one@example.com");
    rcpt_offset[1] = (long) vstream_ftell(fp);
    rec_fputs(fp, REC_TYPE_RCPT, "two@example.com");
    rec_fputs(fp, REC_TYPE_MESG, "");
    rec_fputs(fp, REC_TYPE_NORM, "Subject: test");
    rec_fputs(fp, REC_TYPE_XTRA, "");
    rec_fputs(fp, REC_TYPE_END, "");
    return (vstream_fclose(fp));
}

/* fill_request - the qmgr side of a two-recipient request */

static void fill_request(DELIVER_REQUEST *req, RECIPIENT *rcpt)
{
    memset(req, 0, sizeof(*req));
    req->flags = DEL_REQ_FLAG_RECORD;
    req->queue_name = "active";
    req->queue_id = queue_id;
    req->data_offset = 123;
    req->data_size = 456;
    req->nexthop = "5.1.1 no such user";
    req->encoding = "8bit";
    req->sendopts = 0;
    req->sender = "sender@example.com";
    req->envelope_id = "env-1";
    req->dsn_ret = 2;
    req->log_ident = "";
    req->msg_stats.incoming_arrival.tv_sec = 1000;
    req->msg_stats.incoming_arrival.tv_usec = 250000;
    req->msg_stats.active_arrival.tv_sec = 1001;
    req->msg_stats.active_arrival.tv_usec = 0;
    rcpt[0].orig_addr = "root";
    rcpt[0].address = "one@example.com";
    rcpt[0].dsn_orcpt = "rfc822;root@example.com";
    rcpt[0].dsn_notify = 6;
    rcpt[0].offset = rcpt_offset[0];
    rcpt[1].orig_addr = "";
    rcpt[1].address = "two@example.com";
    rcpt[1].dsn_orcpt = "";
    rcpt[1].dsn_notify = 0;
    rcpt[1].offset = rcpt_offset[1];
    req->rcpt = rcpt;
    req->rcpt_count = 2;
}

/* test_round_trip - send, read, open, mark, reply */

static void test_round_trip(void)
{
    DELIVER_REQUEST out;
    RECIPIENT rcpt[2];
    DELIVER_REQUEST *in = deliver_request_create(5);
    VSTREAM *qmgr;
    VSTREAM *agent;
    VSTRING *hop_status = vstring_alloc(10);
    VSTRING *hop_reason = vstring_alloc(10);
    DSN     hop;
    int     fds[2];
    int     status;

    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
    qmgr = vstream_fdopen(fds[0], O_RDWR);
    agent = vstream_fdopen(fds[1], O_RDWR);
    fill_request(&out, rcpt);

    /* The agent says it is ready first. */
    UNIT_ASSERT_INT(attr_print(agent, ATTR_FLAG_NONE,
			       SEND_ATTR_INT(MAIL_ATTR_STATUS, 0),
			       ATTR_TYPE_END), 0);
    UNIT_ASSERT_INT(deliver_request_ready(qmgr), 0);
    UNIT_ASSERT_INT(deliver_request_send(qmgr, &out), 0);
    /* deliver_request_read() sends another ready status: drop it. */
    UNIT_ASSERT_INT(deliver_request_read(agent, in), 0);
    UNIT_ASSERT_INT(deliver_request_ready(qmgr), 0);

    UNIT_ASSERT_INT(in->flags, DEL_REQ_FLAG_RECORD);
    UNIT_ASSERT_STR(in->queue_name, "active");
    UNIT_ASSERT_STR(in->queue_id, queue_id);
    UNIT_ASSERT_STR(in->log_ident, queue_id);
    UNIT_ASSERT_INT(in->data_offset, 123);
    UNIT_ASSERT_INT(in->data_size, 456);
    UNIT_ASSERT_STR(in->nexthop, "5.1.1 no such user");
    UNIT_ASSERT_STR(in->encoding, "8bit");
    UNIT_ASSERT_STR(in->sender, "sender@example.com");
    UNIT_ASSERT_STR(in->envelope_id, "env-1");
    UNIT_ASSERT_INT(in->dsn_ret, 2);
    UNIT_ASSERT_INT(in->msg_stats.incoming_arrival.tv_sec, 1000);
    UNIT_ASSERT_INT(in->msg_stats.incoming_arrival.tv_usec, 250000);
    UNIT_ASSERT_INT(in->msg_stats.active_arrival.tv_sec, 1001);
    UNIT_ASSERT(in->msg_stats.agent_handoff.tv_sec > 0);
    UNIT_ASSERT_INT(in->rcpt_count, 2);
    UNIT_ASSERT_STR(in->rcpt[0].orig_addr, "root");
    UNIT_ASSERT_STR(in->rcpt[0].address, "one@example.com");
    UNIT_ASSERT_STR(in->rcpt[0].dsn_orcpt, "rfc822;root@example.com");
    UNIT_ASSERT_INT(in->rcpt[0].dsn_notify, 6);
    UNIT_ASSERT_INT(in->rcpt[0].offset, rcpt_offset[0]);
    UNIT_ASSERT_STR(in->rcpt[1].orig_addr, "");
    UNIT_ASSERT_STR(in->rcpt[1].address, "two@example.com");
    UNIT_ASSERT_INT(in->rcpt[1].offset, rcpt_offset[1]);

    /* Open the queue file, mark the first recipient, reply. */
    UNIT_ASSERT_INT(deliver_request_open(in), 0);
    UNIT_ASSERT_INT(deliver_completed(in->fp, in->rcpt[0].offset), 0);
    dsn_simple(&hop, "4.4.1", "", "connect to mx.example.com:\ntimed out");
    UNIT_ASSERT_INT(deliver_request_done(agent, in, DEL_STAT_DEFER, &hop), 0);
    UNIT_ASSERT(in->fp == 0);
    UNIT_ASSERT_INT(deliver_request_reply(qmgr, &status, hop_status,
					  hop_reason), 0);
    UNIT_ASSERT_INT(status, DEL_STAT_DEFER);
    UNIT_ASSERT_STR(vstring_str(hop_status), "4.4.1");
    UNIT_ASSERT_STR(vstring_str(hop_reason), "connect to mx.example.com: timed out");

    /* A reply without a nexthop problem. */
    UNIT_ASSERT_INT(deliver_request_done(agent, in, DEL_STAT_OK, (DSN *) 0), 0);
    UNIT_ASSERT_INT(deliver_request_reply(qmgr, &status, hop_status,
					  hop_reason), 0);
    UNIT_ASSERT_INT(status, DEL_STAT_OK);
    UNIT_ASSERT_STR(vstring_str(hop_status), "");

    /* Bad replies from an agent. */
    warnings = 0;
    attr_print(agent, ATTR_FLAG_NONE, SEND_ATTR_INT(MAIL_ATTR_STATUS, 7),
	       SEND_ATTR_STR(MAIL_ATTR_DSN_STATUS, ""),
	       SEND_ATTR_STR(MAIL_ATTR_REASON, ""), ATTR_TYPE_END);
    UNIT_ASSERT_INT(deliver_request_reply(qmgr, &status, hop_status,
					  hop_reason), -1);
    attr_print(agent, ATTR_FLAG_NONE, SEND_ATTR_INT(MAIL_ATTR_STATUS, 1),
	       SEND_ATTR_STR(MAIL_ATTR_DSN_STATUS, "4.4.1x"),
	       SEND_ATTR_STR(MAIL_ATTR_REASON, ""), ATTR_TYPE_END);
    UNIT_ASSERT_INT(deliver_request_reply(qmgr, &status, hop_status,
					  hop_reason), -1);
    attr_print(agent, ATTR_FLAG_NONE, SEND_ATTR_INT(MAIL_ATTR_STATUS, 3),
	       ATTR_TYPE_END);
    UNIT_ASSERT_INT(deliver_request_ready(qmgr), -1);
    UNIT_ASSERT(warnings >= 3);

    vstream_fclose(qmgr);
    vstream_fclose(agent);
    vstring_free(hop_status);
    vstring_free(hop_reason);
    deliver_request_free(in);
}

/* read_hostile - feed bytes to deliver_request_read() */

static int read_hostile(const char *data, int limit)
{
    DELIVER_REQUEST *in = deliver_request_create(limit);
    VSTREAM *agent;
    int     fds[2];
    int     status;
    ssize_t len = (ssize_t) strlen(data);

    if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) < 0)
	return (-2);
    if (fork() == 0) {
	(void) close(fds[1]);
	(void) write_buf(fds[0], data, (size_t) len, 0);
	(void) shutdown(fds[0], SHUT_WR);
	while (read(fds[0], last_info, sizeof(last_info)) > 0)
	     /* void */ ;
	_exit(0);
    }
    (void) close(fds[0]);
    agent = vstream_fdopen(fds[1], O_RDWR);
    vstream_set_timeout(agent, 10);
    status = deliver_request_read(agent, in);
    vstream_fclose(agent);
    (void) wait((int *) 0);
    if (status == 0 && in->rcpt_count < 1)
	status = -3;
    deliver_request_free(in);
    return (status);
}

#define ENV(flags, queue, id, nexthop, ret, time_usec, count) \
    "flags=" flags "\nqueue_name=" queue "\nqueue_id=" id \
    "\ndata_offset=10\ndata_size=20\nnexthop=" nexthop \
    "\nencoding=\nsendopts=0\nsender=\nenvelope_id=\ndsn_ret=" ret \
    "\nlog_ident=\narrival_time=1000\narrival_usec=" time_usec \
    "\nactive_time=1001\nactive_usec=0\nrecipient_count=" count "\n\n"
#define GOOD_ENV(count) ENV("0", "active", "ABCDE12345", "x", "0", "0", count)
#define RCPT(addr, notify, offset) \
    "orig_rcpt=\nrcpt=" addr "\ndsn_orcpt=\ndsn_notify=" notify \
    "\noffset=" offset "\n\n"
#define GOOD_RCPT RCPT("u@example.com", "0", "40")

/* test_hostile - malformed requests are refused with a warning */

static void test_hostile(void)
{
    static const struct {
	const char *data;
	const char *why;
    }       cases[] = {
	{GOOD_ENV("0"), "recipient count"},
	{GOOD_ENV("4") GOOD_RCPT GOOD_RCPT GOOD_RCPT GOOD_RCPT, "recipient count"},
	{GOOD_ENV("-1"), "recipient count"},
	{GOOD_ENV("2") GOOD_RCPT, "recipient 2"},
	{GOOD_ENV("1"), "recipient 1"},
	{ENV("0", "active", "../etc", "x", "0", "0", "1") GOOD_RCPT, "queue id"},
	{ENV("0", "act/ive", "ABCDE", "x", "0", "0", "1") GOOD_RCPT, "queue name"},
	{ENV("0", "active", "ABCDE", "", "0", "0", "1") GOOD_RCPT, "empty nexthop"},
	{ENV("0", "active", "ABCDE", "x", "3", "0", "1") GOOD_RCPT, "dsn_ret"},
	{ENV("0", "active", "ABCDE", "x", "0", "1000000", "1") GOOD_RCPT, "arrival"},
	{ENV("0", "active", "ABCDE", "x", "0", "-1", "1") GOOD_RCPT, "arrival"},
	{ENV("64", "active", "ABCDE", "x", "0", "0", "1") GOOD_RCPT, "flags"},
	{ENV("0x", "active", "ABCDE", "x", "0", "0", "1") GOOD_RCPT, "request"},
	{GOOD_ENV("1") RCPT("", "0", "40"), "empty recipient"},
	{GOOD_ENV("1") RCPT("u@x", "3", "40"), "dsn_notify"},
	{GOOD_ENV("1") RCPT("u@x", "0", "0"), "offset"},
	{GOOD_ENV("1") RCPT("u@x", "0", "-5"), "offset"},
	{GOOD_ENV("1") "orig_rcpt=\nrcpt=u@x\n\n", "recipient 1"},
	{GOOD_ENV("1") RCPT("u@x", "0", "40") "extra=1\n\n", ""},
	{"flags=0\nqueue_name=active\n", "request"},
	{"", "request"},
	{"status=0\n\n", "request"},
    };
    size_t  i;
    int     status;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
	warnings = 0;
	last_warning[0] = 0;
	status = read_hostile(cases[i].data, 3);
	if (*cases[i].why == 0) {
	    /* Trailing garbage after a whole request is the next request's problem. */
	    UNIT_ASSERT_INT(status, 0);
	    continue;
	}
	if (status != -1 || warnings < 1 || strstr(last_warning, cases[i].why) == 0)
	    UNIT_FAIL("case %lu: status %d, %d warnings, last \"%s\", want \"%s\"",
		      (unsigned long) i, status, warnings, last_warning,
		      cases[i].why);
    }
    UNIT_ASSERT_INT(read_hostile(GOOD_ENV("1") GOOD_RCPT, 3), 0);
}

/* test_arena - recipient strings beyond the arena are refused */

static void test_arena(void)
{
    VSTRING *data = vstring_alloc(100000);
    char    addr[4001];
    char    big[ATTR_VALUE_MAX + 1];
    int     n;

    memset(big, 'b', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;

    memset(addr, 'a', sizeof(addr) - 1);
    addr[sizeof(addr) - 1] = 0;
    vstring_strcpy(data, GOOD_ENV("20"));
    for (n = 0; n < 20; n++)
	vstring_sprintf_append(data, "orig_rcpt=\nrcpt=%s\ndsn_orcpt=\n"
			       "dsn_notify=0\noffset=40\n\n", addr);
    warnings = 0;
    UNIT_ASSERT_INT(read_hostile(vstring_str(data), 20), -1);
    UNIT_ASSERT(strstr(last_warning, "exceed") != 0);

    /* One recipient of maximal size always fits. */
    vstring_strcpy(data, GOOD_ENV("1"));
    vstring_sprintf_append(data, "orig_rcpt=%s\nrcpt=%s\ndsn_orcpt=%s\n"
			   "dsn_notify=0\noffset=40\n\n", addr, addr, addr);
    UNIT_ASSERT_INT(read_hostile(vstring_str(data), 1), 0);

    /* So do envelope strings of maximal size, beside such a recipient. */
    vstring_sprintf(data, "flags=0\nqueue_name=active\nqueue_id=ABCDE12345\n"
		    "data_offset=10\ndata_size=20\nnexthop=%s\nencoding=%s\n"
		    "sendopts=0\nsender=%s\nenvelope_id=%s\ndsn_ret=0\n"
		    "log_ident=%s\narrival_time=1000\narrival_usec=0\n"
		    "active_time=1001\nactive_usec=0\nrecipient_count=1\n\n"
		    "orig_rcpt=%s\nrcpt=%s\ndsn_orcpt=%s\n"
		    "dsn_notify=0\noffset=40\n\n",
		    big, big, big, big, big, big, big, big);
    UNIT_ASSERT_INT(read_hostile(vstring_str(data), 1), 0);

    /* One byte more is refused, as before. */
    vstring_sprintf(data, "flags=0\nqueue_name=active\nqueue_id=ABCDE12345\n"
		    "data_offset=10\ndata_size=20\nnexthop=x\nencoding=\n"
		    "sendopts=0\nsender=%sb\n", big);
    warnings = 0;
    UNIT_ASSERT_INT(read_hostile(vstring_str(data), 1), -1);
    UNIT_ASSERT(strstr(last_warning, "request attributes") != 0);
    UNIT_ASSERT(deliver_request_space(1) >= 3 * (ATTR_VALUE_MAX + 1));
    UNIT_ASSERT_INT(deliver_request_space(50), 50 * DELIVER_REQUEST_RCPT_SPACE);
    vstring_free(data);
}

/* record_type - the type byte at an offset of the queue file */

static int record_type(long offset)
{
    int     fd = open("active/ABCDE12345", O_RDONLY);
    unsigned char ch = 0;

    if (fd < 0 || pread(fd, &ch, 1, (off_t) offset) != 1)
	ch = 0;
    if (fd >= 0)
	(void) close(fd);
    return (ch);
}

/* test_completed - RCPT becomes DONE; other offsets are refused */

static void test_completed(void)
{
    VSTREAM *fp;

    UNIT_ASSERT_INT(make_queue_file(), 0);
    UNIT_ASSERT_INT(record_type(rcpt_offset[1]), REC_TYPE_RCPT);
    fp = mail_queue_open("active", queue_id, O_RDWR, 0);
    UNIT_ASSERT(fp != 0);
    UNIT_ASSERT_INT(deliver_completed(fp, rcpt_offset[1]), 0);
    UNIT_ASSERT_INT(record_type(rcpt_offset[1]), REC_TYPE_DONE);
    UNIT_ASSERT_INT(record_type(rcpt_offset[0]), REC_TYPE_RCPT);
    UNIT_ASSERT_INT(deliver_completed(fp, rcpt_offset[1]), 0);
    warnings = 0;
    UNIT_ASSERT_INT(deliver_completed(fp, from_offset), -1);
    UNIT_ASSERT_INT(record_type(from_offset), REC_TYPE_FROM);
    UNIT_ASSERT_INT(deliver_completed(fp, 0), -1);
    UNIT_ASSERT_INT(deliver_completed(fp, -1), -1);
    UNIT_ASSERT_INT(deliver_completed(fp, 1000000), -1);
    UNIT_ASSERT_INT(warnings, 4);
    vstream_fclose(fp);
}

/* bounce_server - accept one APPEND request, check it, reply */

static void bounce_server(int lsock, int reply)
{
    VSTRING *s[12];
    VSTREAM *fp;
    int     req;
    int     flags;
    int     notify;
    long long offset;
    int     fd;
    int     i;
    int     bad = 0;

    for (i = 0; i < 12; i++)
	s[i] = vstring_alloc(10);
    if (read_wait(lsock, 10) < 0 || (fd = accept(lsock, 0, 0)) < 0)
	_exit(2);
    fp = vstream_fdopen(fd, O_RDWR);
    if (attr_scan(fp, ATTR_FLAG_STRICT,
		  RECV_ATTR_INT(MAIL_ATTR_REQ, &req),
		  RECV_ATTR_INT(MAIL_ATTR_FLAGS, &flags),
		  RECV_ATTR_STR(MAIL_ATTR_QUEUEID, s[0]),
		  RECV_ATTR_STR(MAIL_ATTR_ORCPT, s[1]),
		  RECV_ATTR_STR(MAIL_ATTR_RECIP, s[2]),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_ORCPT, s[3]),
		  RECV_ATTR_INT(MAIL_ATTR_DSN_NOTIFY, &notify),
		  RECV_ATTR_LONG(MAIL_ATTR_OFFSET, &offset),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_STATUS, s[4]),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_ACTION, s[5]),
		  RECV_ATTR_STR(MAIL_ATTR_REASON, s[6]),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_MTYPE, s[7]),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_MTEXT, s[8]),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_MTA_TYPE, s[9]),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_MTA_NAME, s[10]),
		  ATTR_TYPE_END) != 15)
	_exit(3);
    bad |= (req != BOUNCE_CMD_APPEND) || flags != 0 || notify != 4
	|| offset != 77;
    bad |= strcmp(vstring_str(s[0]), "ABCDE12345") != 0;
    bad |= strcmp(vstring_str(s[1]), "orig@example.com") != 0;
    bad |= strcmp(vstring_str(s[2]), "u@example.com") != 0;
    bad |= strcmp(vstring_str(s[3]), "rfc822;u@example.com") != 0;
    bad |= strcmp(vstring_str(s[4]), "5.1.1") != 0;
    bad |= strcmp(vstring_str(s[5]), "failed") != 0;
    bad |= strcmp(vstring_str(s[6]), "user unknown here") != 0;
    bad |= strcmp(vstring_str(s[7]), "smtp") != 0;
    bad |= strcmp(vstring_str(s[8]), "550 5.1.1 user unknown") != 0;
    bad |= strcmp(vstring_str(s[9]), "dns") != 0;
    bad |= strcmp(vstring_str(s[10]), "mx.example.com") != 0;
    attr_print(fp, ATTR_FLAG_NONE, SEND_ATTR_INT(MAIL_ATTR_STATUS, reply),
	       ATTR_TYPE_END);
    vstream_fclose(fp);
    _exit(bad ? 4 : 0);
}

/* run_bounce - bounce_append() against a test server */

static int run_bounce(int reply, int *result)
{
    VSTRING *why = vstring_alloc(10);
    RECIPIENT rcpt = {"orig@example.com", "u@example.com",
    "rfc822;u@example.com", 4, 77};
    MSG_STATS stats;
    DSN     dsn = {"5.1.1", "", "user unknown\nhere", "smtp",
    "550 5.1.1 user unknown", "dns", "mx.example.com"};
    int     lsock;
    int     status;
    pid_t   pid;

    memset(&stats, 0, sizeof(stats));
    stats.incoming_arrival.tv_sec = 1000;
    (void) unlink("private/bounce");
    if ((lsock = unix_listen("private/bounce", 10, why)) < 0)
	return (-1);
    if ((pid = fork()) == 0)
	bounce_server(lsock, reply);
    *result = bounce_append(0, queue_id, &stats, &rcpt, "none", &dsn);
    (void) close(lsock);
    (void) unlink("private/bounce");
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
	return (-1);
    vstring_free(why);
    return (WEXITSTATUS(status));
}

/* test_bounce_client - append requests, service failures */

static void test_bounce_client(void)
{
    RECIPIENT rcpt = {"", "u@example.com", "", 0, 77};
    MSG_STATS stats;
    DSN     dsn;
    int     result;

    /* The bounce service takes it: logged as bounced. */
    warnings = 0;
    UNIT_ASSERT_INT(run_bounce(BOUNCE_STAT_OK, &result), 0);
    UNIT_ASSERT_INT(result, 0);
    UNIT_ASSERT(strncmp(last_info, "ABCDE12345: to=<u@example.com>, "
			"orig_to=<orig@example.com>, relay=none, delay=",
			63) == 0);
    UNIT_ASSERT(strstr(last_info, ", dsn=5.1.1, status=bounced "
		       "(user unknown here)") != 0);
    UNIT_ASSERT_INT(warnings, 0);

    /* The bounce service refuses: the recipient is deferred. */
    UNIT_ASSERT_INT(run_bounce(BOUNCE_STAT_FAIL, &result), 0);
    UNIT_ASSERT_INT(result, -1);
    UNIT_ASSERT(strstr(last_info, ", dsn=4.3.0, status=deferred "
		       "(bounce or trace service failure)") != 0);
    UNIT_ASSERT(strstr(last_warning, "defer service failure") != 0);

    /* No defer service at all: still logged as deferred, with a warning. */
    memset(&stats, 0, sizeof(stats));
    dsn_simple(&dsn, "4.4.1", "", "connection timed out");
    warnings = 0;
    UNIT_ASSERT_INT(defer_append(0, queue_id, &stats, &rcpt, "none", &dsn), -1);
    UNIT_ASSERT(strstr(last_info, ", dsn=4.4.1, status=deferred "
		       "(connection timed out)") != 0);
    UNIT_ASSERT_INT(warnings, 1);

    /* sent() needs no service unless asked to record. */
    dsn_simple(&dsn, "2.0.0", "", "discarded");
    warnings = 0;
    UNIT_ASSERT_INT(sent(0, queue_id, &stats, &rcpt, "none", &dsn), 0);
    UNIT_ASSERT(strstr(last_info, ", dsn=2.0.0, status=sent (discarded)") != 0);
    UNIT_ASSERT_INT(sent(DEL_REQ_FLAG_RECORD, queue_id, &stats, &rcpt,
			 "none", &dsn), -1);
    UNIT_ASSERT(strstr(last_info, ", dsn=4.3.0, status=deferred "
		       "(trace service failure)") != 0);

    /* A verification probe logs nothing and needs the trace service. */
    last_info[0] = 0;
    UNIT_ASSERT_INT(sent(DEL_REQ_FLAG_USR_VRFY, queue_id, &stats, &rcpt,
			 "none", &dsn), -1);
    UNIT_ASSERT_STR(last_info, "");

    /* A bad status code is replaced, never sent. */
    dsn_simple(&dsn, "9.9", "", "odd");
    warnings = 0;
    UNIT_ASSERT_INT(defer_append(0, queue_id, &stats, &rcpt, "none", &dsn), -1);
    UNIT_ASSERT(strstr(last_info, ", dsn=4.0.0, status=deferred (odd)") != 0);
    UNIT_ASSERT_INT(warnings, 2);
}

/* trace_server - accept APPEND requests, keep actions; count in status */

static void trace_server(int lsock, int count)
{
    VSTRING *s[11];
    VSTREAM *fp;
    int     req;
    int     flags;
    int     notify;
    long long offset;
    int     fd;
    int     i;
    int     n;
    int     bad = 0;

    for (i = 0; i < 11; i++)
	s[i] = vstring_alloc(10);
    for (n = 0; n < count; n++) {
	if (read_wait(lsock, 10) < 0 || (fd = accept(lsock, 0, 0)) < 0)
	    _exit(2);
	fp = vstream_fdopen(fd, O_RDWR);
	if (attr_scan(fp, ATTR_FLAG_STRICT,
		      RECV_ATTR_INT(MAIL_ATTR_REQ, &req),
		      RECV_ATTR_INT(MAIL_ATTR_FLAGS, &flags),
		      RECV_ATTR_STR(MAIL_ATTR_QUEUEID, s[0]),
		      RECV_ATTR_STR(MAIL_ATTR_ORCPT, s[1]),
		      RECV_ATTR_STR(MAIL_ATTR_RECIP, s[2]),
		      RECV_ATTR_STR(MAIL_ATTR_DSN_ORCPT, s[3]),
		      RECV_ATTR_INT(MAIL_ATTR_DSN_NOTIFY, &notify),
		      RECV_ATTR_LONG(MAIL_ATTR_OFFSET, &offset),
		      RECV_ATTR_STR(MAIL_ATTR_DSN_STATUS, s[4]),
		      RECV_ATTR_STR(MAIL_ATTR_DSN_ACTION, s[5]),
		      RECV_ATTR_STR(MAIL_ATTR_REASON, s[6]),
		      RECV_ATTR_STR(MAIL_ATTR_DSN_MTYPE, s[7]),
		      RECV_ATTR_STR(MAIL_ATTR_DSN_MTEXT, s[8]),
		      RECV_ATTR_STR(MAIL_ATTR_DSN_MTA_TYPE, s[9]),
		      RECV_ATTR_STR(MAIL_ATTR_DSN_MTA_NAME, s[10]),
		      ATTR_TYPE_END) != 15)
	    _exit(3);
	bad |= (req != BOUNCE_CMD_APPEND) || !(notify & DSN_NOTIFY_SUCCESS)
	    || offset != 77;
	bad |= strcmp(vstring_str(s[2]), "s@example.com") != 0;
	bad |= strcmp(vstring_str(s[4]), "2.0.0") != 0;
	bad |= strcmp(vstring_str(s[5]), n == 0 ?
		      DSN_ACTION_DELIVERED : DSN_ACTION_RELAYED) != 0;
	bad |= strcmp(vstring_str(s[6]), "\"mx.example.com\": 250 ok") != 0;
	attr_print(fp, ATTR_FLAG_NONE,
		   SEND_ATTR_INT(MAIL_ATTR_STATUS, BOUNCE_STAT_OK),
		   ATTR_TYPE_END);
	vstream_fclose(fp);
    }
    /* No further request may come. */
    if (read_wait(lsock, 1) == 0)
	bad = 1;
    _exit(bad ? 4 : 0);
}

/* test_sent_notify_success - the trace log takes NOTIFY=SUCCESS */

static void test_sent_notify_success(void)
{
    VSTRING *why = vstring_alloc(10);
    RECIPIENT rcpt = {"", "s@example.com", "", DSN_NOTIFY_SUCCESS, 77};
    MSG_STATS stats;
    DSN     dsn;
    int     lsock;
    int     status;
    pid_t   pid;

    memset(&stats, 0, sizeof(stats));
    dsn_simple(&dsn, "2.0.0", "", "250 ok");

    /* No trace service: deferred, so that the notice is not lost. */
    (void) unlink("private/trace");
    warnings = 0;
    UNIT_ASSERT_INT(sent(0, queue_id, &stats, &rcpt, "mx.example.com", &dsn),
		    -1);
    UNIT_ASSERT(strstr(last_info, ", dsn=4.3.0, status=deferred "
		       "(trace service failure)") != 0);

    /*
     * The trace service takes "delivered", then the action the agent set
     * ("relayed") with sendmail -v as well: one record each time.
     */
    lsock = unix_listen("private/trace", 10, why);
    UNIT_ASSERT(lsock >= 0);
    if ((pid = fork()) == 0)
	trace_server(lsock, 2);
    UNIT_ASSERT_INT(sent(0, queue_id, &stats, &rcpt, "mx.example.com", &dsn),
		    0);
    UNIT_ASSERT(strstr(last_info, ", dsn=2.0.0, status=sent (250 ok)") != 0);
    dsn.action = DSN_ACTION_RELAYED;
    rcpt.dsn_notify = DSN_NOTIFY_SUCCESS | DSN_NOTIFY_FAILURE;
    UNIT_ASSERT_INT(sent(DEL_REQ_FLAG_RECORD, queue_id, &stats, &rcpt,
			 "mx.example.com", &dsn), 0);
    UNIT_ASSERT(strstr(last_info, ", dsn=2.0.0, status=sent (250 ok)") != 0);
    (void) close(lsock);
    (void) unlink("private/trace");
    UNIT_ASSERT(waitpid(pid, &status, 0) == pid);
    UNIT_ASSERT(WIFEXITED(status));
    UNIT_ASSERT_INT(WEXITSTATUS(status), 0);

    /* NOTIFY=FAILURE,DELAY alone needs no trace service. */
    rcpt.dsn_notify = DSN_NOTIFY_FAILURE | DSN_NOTIFY_DELAY;
    dsn.action = "";
    warnings = 0;
    UNIT_ASSERT_INT(sent(0, queue_id, &stats, &rcpt, "mx.example.com", &dsn),
		    0);
    UNIT_ASSERT_INT(warnings, 0);
    vstring_free(why);
}

int     main(void)
{
    char    cmd[256];
    int     status;

    signal(SIGPIPE, SIG_IGN);
    alarm(120);
    msg_output_reset();
    msg_output(capture);
    if (mkdtemp(queue_dir) == 0 || chdir(queue_dir) < 0) {
	perror(queue_dir);
	return (1);
    }
    mkdir("active", 0700);
    mkdir("private", 0700);
    var_queue_directory = queue_dir;
    var_ipc_timeout = 10;
    var_delay_logging_resolution_limit = 2;
    var_bounce_service_name = "bounce";
    var_defer_service_name = "defer";
    var_trace_service_name = "trace";
    var_hash_queue_names = "";
    if (make_queue_file() != 0) {
	perror("queue file");
	return (1);
    }
    UNIT_RUN(test_round_trip);
    UNIT_RUN(test_hostile);
    UNIT_RUN(test_arena);
    UNIT_RUN(test_completed);
    UNIT_RUN(test_bounce_client);
    UNIT_RUN(test_sent_notify_success);
    status = UNIT_SUMMARY();
    if (chdir("/") < 0)
	return (1);
    snprintf(cmd, sizeof(cmd), "rm -rf %s", queue_dir);
    if (system(cmd) != 0)
	return (1);
    return (status);
}
