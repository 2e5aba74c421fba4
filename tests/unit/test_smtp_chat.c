/*++
/* NAME
/*	test_smtp_chat 1
/* SUMMARY
/*	unit tests for commands and replies on a session
/* SYNOPSIS
/*	test_smtp_chat
/* DESCRIPTION
/*	smtp_chat(3) and smtp_reply(3) are compiled into this program.
/*	The session's stream is one end of a socket pair; the test
/*	plays the server on the other end. Commands are queued until a
/*	reply is read (pipelining), transcribed and logged with debug;
/*	over-long commands and commands with line breaks are not sent
/*	and make the session fail; write errors and deadlines give
/*	code -1; the transcript is bounded; smtp_chat_notify() posts
/*	the notice to a fake cleanup(8) service in a temporary queue
/*	directory, only for the classes that notify_classes lists.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <listen.h>
#include <iostuff.h>
#include <attr.h>
#include <record.h>
#include <rec_type.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <unit_test.h>

#include <smtp/smtp_params.c>
#include <smtp/smtp_reply.c>
#include <smtp/smtp_chat.c>

static SMTP_SESSION session;
static int peer = -1;			/* the server's end */
static VSTRING *logged;			/* msg(3) output, one line each */

/* capture - keep what is logged */

static void capture(int level, const char *text)
{
    if (level == MSG_WARN)
	vstring_strcat(logged, "warning: ");
    vstring_strcat(logged, text);
    vstring_strcat(logged, "\n");
}

/* session_open - a session on a fresh socket pair */

static void session_open(size_t transcript_size)
{
    int     sv[2];

    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0)
	msg_fatal("socketpair: %m");
    memset(&session, 0, sizeof(session));
    session.stream = vstream_fdopen(sv[0], O_RDWR);
    strcpy(session.host, "mx.example.com");
    strcpy(session.addr, "192.0.2.1");
    strcpy(session.namaddr, "mx.example.com[192.0.2.1]");
    session.port = 25;
    session.debug = 1;
    session.transcript = vstring_fixed(transcript_size);
    smtp_chat_deadline(&session, 2);
    peer = sv[1];
    vstring_reset(logged);
}

/* session_close - done with the pair */

static void session_close(void)
{
    (void) vstream_fclose(session.stream);
    vstring_free(session.transcript);
    if (peer >= 0)
	close(peer);
    peer = -1;
}

/* peer_send - the server says something */

static void peer_send(const char *text)
{
    if (write(peer, text, strlen(text)) != (ssize_t) strlen(text))
	msg_fatal("write: %m");
}

/* peer_recv - what the client sent, without waiting */

static const char *peer_recv(void)
{
    static char buf[4096];
    ssize_t n;

    n = recv(peer, buf, sizeof(buf) - 1, MSG_DONTWAIT);
    buf[n > 0 ? n : 0] = 0;
    return (buf);
}

/* test_conversation - command, reply, transcript, debug log */

static void test_conversation(void)
{
    SMTP_RESP *resp;

    session_open(4096);
    peer_send("220 mx.example.com ESMTP\r\n");
    resp = smtp_chat_resp(&session);
    UNIT_ASSERT_INT(resp->code, 220);

    smtp_chat_cmd(&session, "EHLO %s", "relay.example.org");
    /* Queued, not sent. */
    UNIT_ASSERT_STR(peer_recv(), "");
    peer_send("250-mx.example.com\r\n250 PIPELINING\r\n");
    resp = smtp_chat_resp(&session);
    UNIT_ASSERT(resp == smtp_chat_buf);
    UNIT_ASSERT_INT(resp->code, 250);
    UNIT_ASSERT_INT(resp->lines, 2);
    UNIT_ASSERT_STR(peer_recv(), "EHLO relay.example.org\r\n");

    /* Pipelined: two commands, one flush, two replies. */
    smtp_chat_cmd(&session, "MAIL FROM:<%s>", "a@example.org");
    smtp_chat_cmd(&session, "RCPT TO:<%s>", "b@example.com");
    UNIT_ASSERT_STR(peer_recv(), "");
    UNIT_ASSERT_INT(smtp_chat_flush(&session), 0);
    UNIT_ASSERT_STR(peer_recv(), "MAIL FROM:<a@example.org>\r\n"
		    "RCPT TO:<b@example.com>\r\n");
    peer_send("250 2.1.0 Ok\r\n550 5.1.1 <b@example.com>: unknown\x01\r\n");
    UNIT_ASSERT_INT(smtp_chat_resp(&session)->code, 250);
    resp = smtp_chat_resp(&session);
    UNIT_ASSERT_INT(resp->code, 550);
    UNIT_ASSERT_STR(resp->dsn, "5.1.1");

    UNIT_ASSERT_STR(vstring_str(session.transcript),
		    "In:  220 mx.example.com ESMTP\n"
		    "Out: EHLO relay.example.org\n"
		    "In:  250-mx.example.com\n"
		    "In:  250 PIPELINING\n"
		    "Out: MAIL FROM:<a@example.org>\n"
		    "Out: RCPT TO:<b@example.com>\n"
		    "In:  250 2.1.0 Ok\n"
		    "In:  550 5.1.1 <b@example.com>: unknown?\n");
    UNIT_ASSERT(strstr(vstring_str(logged),
		       "> mx.example.com[192.0.2.1]: EHLO relay.example.org\n"
		       "< mx.example.com[192.0.2.1]: 250-mx.example.com\n"
		       "< mx.example.com[192.0.2.1]: 250 PIPELINING\n") != 0);

    /* Without debug, nothing is logged; the transcript goes on. */
    session.debug = 0;
    vstring_reset(logged);
    smtp_chat_cmd(&session, "QUIT");
    peer_send("221 Bye\r\n");
    UNIT_ASSERT_INT(smtp_chat_resp(&session)->code, 221);
    UNIT_ASSERT_STR(vstring_str(logged), "");
    UNIT_ASSERT(strstr(vstring_str(session.transcript),
		       "Out: QUIT\nIn:  221 Bye\n") != 0);
    smtp_chat_reset(&session);
    UNIT_ASSERT_STR(vstring_str(session.transcript), "");
    session_close();
}

/* test_refused - commands that are not sent */

static void test_refused(void)
{
    char    addr[1000];
    SMTP_RESP *resp;

    /* 1000 bytes go out. */
    session_open(4096);
    memset(addr, 'a', sizeof(addr));
    smtp_chat_cmd(&session, "RCPT TO:<%.*s>", 990, addr);
    UNIT_ASSERT_INT(smtp_chat_flush(&session), 0);
    UNIT_ASSERT_INT(strlen(peer_recv()), 1002);
    UNIT_ASSERT_INT(session.error_mask, 0);

    /* 1001 bytes do not, and the session is over. */
    smtp_chat_cmd(&session, "RCPT TO:<%.*s>", 991, addr);
    UNIT_ASSERT(strstr(vstring_str(logged), "warning: mx.example.com[192.0.2.1]: "
		       "command not sent: longer than 1000 bytes: RCPT TO:<aaa")
		!= 0);
    UNIT_ASSERT(strstr(vstring_str(logged), "aaa...\n") != 0);
    UNIT_ASSERT_INT(session.error_mask, SMTP_ERROR_SOFTWARE);
    UNIT_ASSERT_INT(smtp_chat_flush(&session), -1);
    resp = smtp_chat_resp(&session);
    UNIT_ASSERT_INT(resp->code, -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_ERR);
    UNIT_ASSERT_STR(resp->dsn, "4.5.0");
    UNIT_ASSERT_STR(peer_recv(), "");
    session_close();

    /* A line break would inject a command. */
    session_open(4096);
    smtp_chat_cmd(&session, "RCPT TO:<%s>", "x@y>\r\nDATA\r\n<");
    UNIT_ASSERT(strstr(vstring_str(logged), "command not sent: line break in "
		       "command: RCPT TO:<x@y>??DATA?" "?<>\n") != 0);
    UNIT_ASSERT_INT(smtp_chat_flush(&session), -1);
    UNIT_ASSERT_STR(peer_recv(), "");
    UNIT_ASSERT(strstr(vstring_str(session.transcript), "DATA") == 0);
    session_close();
}

/* test_write_error - the server went away */

static void test_write_error(void)
{
    SMTP_RESP *resp;

    session_open(4096);
    close(peer);
    peer = -1;
    smtp_chat_cmd(&session, "MAIL FROM:<>");
    resp = smtp_chat_resp(&session);
    UNIT_ASSERT_INT(resp->code, -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_ERR);
    session_close();

    /* Nothing to write, then end of file. */
    session_open(4096);
    peer_send("250-partial\r\n");
    close(peer);
    peer = -1;
    resp = smtp_chat_resp(&session);
    UNIT_ASSERT_INT(resp->code, -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_EOF);
    UNIT_ASSERT_STR(vstring_str(session.transcript), "In:  250-partial\n");
    session_close();
}

/* test_deadline - a silent server, deadline and timeout */

static void test_deadline(void)
{
    SMTP_RESP *resp;
    time_t  start;

    session_open(4096);
    smtp_chat_timeout(&session, 7);
    UNIT_ASSERT_INT(session.stream->timeout, 7);
    UNIT_ASSERT(session.stream->deadline == DEADLINE_NONE);
    smtp_chat_deadline(&session, 1);
    UNIT_ASSERT_INT(session.stream->timeout, 0);
    UNIT_ASSERT(session.stream->deadline != DEADLINE_NONE);

    /* One byte now and then does not stretch the deadline. */
    start = time((time_t *) 0);
    peer_send("2");
    smtp_chat_cmd(&session, "DATA");
    resp = smtp_chat_resp(&session);
    UNIT_ASSERT_INT(resp->code, -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_TIME);
    UNIT_ASSERT(time((time_t *) 0) - start <= 3);
    UNIT_ASSERT_STR(vstring_str(session.transcript), "Out: DATA\nIn:  2\n");
    session_close();
}

/* test_transcript_full - the transcript is cut, never grown */

static void test_transcript_full(void)
{
    int     n;

    session_open(64);
    session.debug = 0;
    for (n = 0; n < 20; n++) {
	smtp_chat_cmd(&session, "NOOP %d", n);
	(void) smtp_chat_flush(&session);
	(void) peer_recv();
    }
    UNIT_ASSERT_INT(VSTRING_LEN(session.transcript), 64);
    UNIT_ASSERT(vstring_overflowed(session.transcript));
    UNIT_ASSERT(strncmp(vstring_str(session.transcript),
			"Out: NOOP 0\nOut: NOOP 1\n", 24) == 0);
    smtp_chat_reset(&session);
    UNIT_ASSERT_INT(VSTRING_LEN(session.transcript), 0);
    UNIT_ASSERT(!vstring_overflowed(session.transcript));
    session_close();
}

static char queue_dir[] = "/tmp/test_smtp_chat.XXXXXX";
static char cleanup_path[200];

/* fake_cleanup - accept one message, write its records to fd */

static void fake_cleanup(int lsock, int out_fd, int status)
{
    VSTREAM *fp;
    VSTRING *buf = vstring_alloc(100);
    int     flags;
    int     type;
    int     fd;

    non_blocking(lsock, BLOCKING);		/* unix_listen() made it
						 * non-blocking */
    if ((fd = accept(lsock, 0, 0)) < 0)
	_exit(1);
    fp = vstream_fdopen(fd, O_RDWR);
    vstream_set_deadline(fp, 5);
    if (attr_print(fp, ATTR_FLAG_NONE, SEND_ATTR_STR(MAIL_ATTR_QUEUEID, "4F2A1"),
		   ATTR_TYPE_END) != 0
	|| vstream_fflush(fp) != 0
	|| attr_scan(fp, ATTR_FLAG_STRICT, RECV_ATTR_INT(MAIL_ATTR_FLAGS, &flags),
		     ATTR_TYPE_END) != 1)
	_exit(1);
    do {
	type = rec_get(fp, buf, 0);
	if (type == REC_TYPE_ERROR || type == REC_TYPE_EOF)
	    _exit(1);
	dprintf(out_fd, "%c %s\n", type, vstring_str(buf));
    } while (type != REC_TYPE_END);
    if (attr_print(fp, ATTR_FLAG_NONE, SEND_ATTR_INT(MAIL_ATTR_STATUS, status),
		   SEND_ATTR_STR(MAIL_ATTR_REASON, status ? "queue file write error" : ""),
		   ATTR_TYPE_END) != 0 || vstream_fflush(fp) != 0)
	_exit(1);
    (void) vstream_fclose(fp);
    _exit(0);
}

/* notify_run - smtp_chat_notify() against a fake cleanup */

static const char *notify_run(int status)
{
    static char result[8192];
    VSTRING *why = vstring_alloc(100);
    int     lsock;
    int     fds[2];
    pid_t   pid;
    ssize_t n;
    size_t  len = 0;
    int     wstatus;

    if ((lsock = unix_listen(cleanup_path, 5, why)) < 0)
	msg_fatal("%s", vstring_str(why));
    if (pipe(fds) < 0)
	msg_fatal("pipe: %m");
    fflush(stdout);
    if ((pid = fork()) == 0) {
	close(fds[0]);
	fake_cleanup(lsock, fds[1], status);
    }
    close(fds[1]);
    close(lsock);
    smtp_chat_notify(&session);
    while (len < sizeof(result) - 1
	   && (n = read(fds[0], result + len, sizeof(result) - 1 - len)) > 0)
	len += n;
    result[len] = 0;
    close(fds[0]);
    (void) waitpid(pid, &wstatus, 0);
    (void) unlink(cleanup_path);
    vstring_free(why);
    return (result);
}

/* test_notify - the postmaster notice */

static void test_notify(void)
{
    const char *posted;

    var_queue_directory = queue_dir;
    var_notify_classes = "resource, software, bounce";
    var_error_notice_recipient = "postmaster";
    var_double_bounce_sender = "double-bounce";
    var_myhostname = "relay.example.org";
    var_mail_name = "Postlet";
    var_cleanup_service_name = "cleanup";
    var_ipc_timeout = 5;
    smtp_chat_classes = -1;

    session_open(4096);
    peer_send("250 ok\r\n");
    smtp_chat_cmd(&session, "RSET");
    (void) smtp_chat_resp(&session);

    /* A class that notify_classes does not list: no notice. */
    session.error_mask = SMTP_ERROR_PROTOCOL;
    smtp_chat_notify(&session);
    UNIT_ASSERT_INT(session.error_mask, 0);
    UNIT_ASSERT_STR(vstring_str(session.transcript),
		    "Out: RSET\nIn:  250 ok\n");

    /* One that it lists. */
    session.error_mask = SMTP_ERROR_SOFTWARE | SMTP_ERROR_PROTOCOL;
    posted = notify_run(0);
    UNIT_ASSERT_STR(posted,
		    "S double-bounce\n"
		    "R postmaster\n"
		    "M \n"
		    "N From: Mail Delivery System <MAILER-DAEMON@relay.example.org>\n"
		    "N To: Postmaster <postmaster>\n"
		    "N Subject: Postlet SMTP client: errors from mx.example.com[192.0.2.1]\n"
		    "N Auto-Submitted: auto-generated\n"
		    "N \n"
		    "N This is the mail system at host relay.example.org.\n"
		    "N \n"
		    "N The SMTP client met errors of a class that notify_classes\n"
		    "N asks to report, in its session with mx.example.com[192.0.2.1]:\n"
		    "N     software\n"
		    "N \n"
		    "N Transcript of the session (Out: sent, In: received):\n"
		    "N \n"
		    "N Out: RSET\n"
		    "N In:  250 ok\n"
		    "X \n"
		    "E \n");
    UNIT_ASSERT_INT(session.error_mask, 0);
    UNIT_ASSERT_STR(vstring_str(session.transcript), "");

    /* cleanup refuses: a warning, the transcript stays. */
    smtp_chat_cmd(&session, "QUIT");
    session.error_mask = SMTP_ERROR_RESOURCE;
    vstring_reset(logged);
    posted = notify_run(CLEANUP_STAT_WRITE);
    UNIT_ASSERT(strstr(posted, "N     resource\n") != 0);
    UNIT_ASSERT(strstr(vstring_str(logged), "warning: notice of errors from "
	  "mx.example.com[192.0.2.1] not posted: queue file write error\n") != 0);
    UNIT_ASSERT_INT(session.error_mask, 0);
    UNIT_ASSERT_STR(vstring_str(session.transcript), "Out: QUIT\n");
    session_close();

    /* A cut transcript says so. */
    session_open(20);
    smtp_chat_cmd(&session, "EHLO relay.example.org");
    session.error_mask = SMTP_ERROR_SOFTWARE;
    posted = notify_run(0);
    UNIT_ASSERT(strstr(posted, "N Out: EHLO relay.exam\n"
		       "N (the rest of the session did not fit)\nX \n") != 0);
    session_close();
}

int     main(void)
{
    char    dir[sizeof(queue_dir) + 10];

    signal(SIGPIPE, SIG_IGN);
    logged = vstring_alloc(1000);
    msg_output_reset();
    msg_output(capture);
    if (mkdtemp(queue_dir) == 0)
	msg_fatal("mkdtemp: %m");
    snprintf(dir, sizeof(dir), "%s/public", queue_dir);
    if (mkdir(dir, 0700) < 0)
	msg_fatal("mkdir %s: %m", dir);
    snprintf(cleanup_path, sizeof(cleanup_path), "%s/cleanup", dir);
    UNIT_RUN(test_conversation);
    UNIT_RUN(test_refused);
    UNIT_RUN(test_write_error);
    UNIT_RUN(test_deadline);
    UNIT_RUN(test_transcript_full);
    UNIT_RUN(test_notify);
    (void) rmdir(dir);
    (void) rmdir(queue_dir);
    return (UNIT_SUMMARY());
}
