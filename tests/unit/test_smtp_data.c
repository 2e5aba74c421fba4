/*++
/* NAME
/*	test_smtp_data 1
/* SUMMARY
/*	unit tests for the smtp client's message content output
/* SYNOPSIS
/*	test_smtp_data
/* DESCRIPTION
/*	smtp_data.c and smtp_map.c are compiled in; the chat layer's
/*	time limit calls are replaced by recorders. Each test writes a
/*	queue file with the record functions (an envelope record, then
/*	the content from data_offset, then XTRA and END), sends it to a
/*	file or a pipe, and compares the bytes: CRLF line ends,
/*	dot-stuffing, line breaking at smtp_line_length_limit, long lines
/*	in CONT records, stray CR/LF, header_checks and body_checks
/*	(regexp: tables) with their actions and log lines, generic(5)
/*	mapping of address headers (inline: table), oversized headers,
/*	lookup failures, queue file errors and a broken connection.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <record.h>
#include <dsn_buf.h>
#include <unit_test.h>

#include <smtp/smtp_data.c>
#include <smtp/smtp_map.c>

SMTP_PARAMS smtp_par;

 /*
  * The chat layer's time limits, recorded.
  */
static int fake_timeout = -1;
static int fake_deadline = -1;

void    smtp_chat_timeout(SMTP_SESSION *session, int seconds)
{
    (void) session;
    fake_timeout = seconds;
}

void    smtp_chat_deadline(SMTP_SESSION *session, int seconds)
{
    (void) session;
    fake_deadline = seconds;
}

static char test_dir[] = "/tmp/test_smtp_data.XXXXXX";
static char queue_path[200];
static char out_path[200];
static char hchecks_path[200];
static char bchecks_path[200];
static char hchecks_spec[220];
static char bchecks_spec[220];

static SMTP_STATE state;
static SMTP_SESSION session;
static DELIVER_REQUEST request;
static VSTREAM *queue_fp;
static VSTRING *output;
static VSTRING *logged;

/* capture - keep log lines */

static void capture(int level, const char *text)
{
    vstring_sprintf_append(logged, "%s%s\n",
			   level == MSG_WARN ? "warning: " : "", text);
}

/* write_file - a table file */

static void write_file(const char *path, const char *text)
{
    FILE   *fp = fopen(path, "w");

    if (fp == 0 || fputs(text, fp) == EOF || fclose(fp) != 0)
	msg_fatal("write %s: %m", path);
}

/* configure - settings and tables for the next tests */

static void configure(int limit, const char *hchecks, const char *bchecks,
		              const char *generic)
{
    smtp_par.proto = "smtp";
    smtp_par.line_length_limit = limit;
    smtp_par.header_checks = hchecks;
    smtp_par.body_checks = bchecks;
    smtp_par.generic_maps = generic;
    smtp_par.discard_ehlo_keyword_address_maps = "";
    smtp_par.data_xfer_timeout = 180;
    smtp_par.min_data_rate = 500;
    smtp_par.per_request_deadline = 0;
    smtp_map_init();
    smtp_data_init();
}

/* queue - start a queue file: an envelope record, then the content */

static void queue(void)
{
    if (queue_fp)
	vstream_fclose(queue_fp);
    if ((queue_fp = vstream_fopen(queue_path, O_RDWR | O_CREAT | O_TRUNC,
				  0600)) == 0)
	msg_fatal("open %s: %m", queue_path);
    rec_fputs(queue_fp, REC_TYPE_FROM, "sender@example.com");
    rec_fprintf(queue_fp, REC_TYPE_MESG, REC_TYPE_MESG_FORMAT, 0L);
    request.data_offset = (long) vstream_ftell(queue_fp);
}

/* norm, cont - content records */

static void norm(const char *text)
{
    rec_fputs(queue_fp, REC_TYPE_NORM, text);
}

static void cont(const char *text)
{
    rec_fputs(queue_fp, REC_TYPE_CONT, text);
}

/* end - the end of the content and of the file */

static void end(void)
{
    request.data_size = (long) vstream_ftell(queue_fp) - request.data_offset;
    rec_fputs(queue_fp, REC_TYPE_XTRA, "");
    rec_fputs(queue_fp, REC_TYPE_END, "");
    if (vstream_fflush(queue_fp) != 0)
	msg_fatal("write %s: %m", queue_path);
}

/* send_to - run smtp_data_send() with output to a stream */

static int send_to(VSTREAM *out, int *io_error)
{
    request.fp = queue_fp;
    request.queue_id = "QID";
    session.stream = out;
    state.request = &request;
    state.session = &session;
    vstring_reset(logged);
    dsb_reset(state.why);
    return (smtp_data_send(&state, io_error));
}

/* run - run smtp_data_send() into a file, return its status */

static int run(void)
{
    VSTREAM *out;
    FILE   *fp;
    char    buf[4096];
    size_t  n;
    int     io_error;
    int     ret;

    if ((out = vstream_fopen(out_path, O_RDWR | O_CREAT | O_TRUNC, 0600)) == 0)
	msg_fatal("open %s: %m", out_path);
    ret = send_to(out, &io_error);
    if (io_error != SMTP_IO_NONE)
	msg_fatal("unexpected I/O error %d", io_error);
    if (vstream_fclose(out) != 0)
	msg_fatal("close %s: %m", out_path);
    vstring_reset(output);
    if ((fp = fopen(out_path, "r")) == 0)
	msg_fatal("open %s: %m", out_path);
    while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
	vstring_memcat(output, buf, n);
    fclose(fp);
    return (ret);
}

#define OUT	vstring_str(output)

/* test_plain - line ends, dot-stuffing, header/body split */

static void test_plain(void)
{
    configure(998, "", "", "");
    queue();
    norm("From: a@example.com");
    norm("Subject: hi");
    norm("\tthere");
    norm("");
    norm(".");
    norm("..x");
    norm(" .y");
    norm("");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "From: a@example.com\r\nSubject: hi\r\n\tthere\r\n"
		    "\r\n..\r\n...x\r\n .y\r\n\r\n");
    UNIT_ASSERT_INT(fake_timeout, 180);

    /* A record with a stray CR or LF: a blank on the way out. */
    queue();
    norm("Subject: a\rb");
    norm("");
    norm("x\n.\ny");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "Subject: a b\r\n\r\nx . y\r\n");

    /* Content that ends in the middle of a line, or has no body. */
    queue();
    norm("Subject: a");
    cont("To: b");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "Subject: a\r\nTo: b\r\n");

    /* A first line that is not a header starts the body. */
    queue();
    norm(".not a header");
    norm("Subject: body text");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "..not a header\r\nSubject: body text\r\n");
}

/* test_long_lines - CONT records and smtp_line_length_limit */

static void test_long_lines(void)
{
    configure(10, "", "", "");
    queue();
    norm("Subject: 0123456789abc");
    norm("");
    norm("0123456789");
    cont("0123");
    cont(".456");
    norm("789xyz");
    norm("");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "Subject: 0\r\n 123456789\r\n abc\r\n\r\n"
		    "0123456789\r\n"
		    "0123.45678\r\n 9xyz\r\n\r\n");

    /* Without a limit, CONT pieces make one line. */
    configure(0, "", "", "");
    queue();
    norm("Subject: x");
    norm("");
    cont(".abc");
    cont("def");
    norm("ghi");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "Subject: x\r\n\r\n..abcdefghi\r\n");

    /* A limit of 1 still makes progress. */
    configure(1, "", "", "");
    queue();
    norm("");
    norm("abc");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "\r\na\r\n b\r\n c\r\n");
}

/* test_header_checks - the actions on headers */

static void test_header_checks(void)
{
    write_file(hchecks_path,
	       "/^Subject: drop/ IGNORE\n"
	       "/^Subject: strip/ STRIP stripped it\n"
	       "/^Subject: replace/ REPLACE Subject: replaced\n"
	       "/^Subject: prepend/ PREPEND X-Added: yes\n"
	       "/^Subject: warn/ WARN watch out\n"
	       "/^Subject: info/ info\n"
	       "/^Subject: reject/ REJECT no\n"
	       "/^Subject: bad/ REPLACE not a header\n"
	       "/^Subject: dunno/ DUNNO\n"
	       "/^X-Multi: a.*b$/ REPLACE X-Multi: joined\n");
    configure(998, hchecks_spec, "", "");
    queue();
    norm("Subject: drop me");
    norm("Subject: strip me");
    norm("Subject: replace me");
    norm("Subject: prepend me");
    norm("Subject: warn me");
    norm("Subject: info me");
    norm("Subject: reject me");
    norm("Subject: bad");
    norm("Subject: dunno");
    norm("X-Multi: a");
    norm("\tb");
    norm("");
    norm("Subject: drop in the body");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "Subject: replaced\r\n"
		    "X-Added: yes\r\nSubject: prepend me\r\n"
		    "Subject: warn me\r\n"
		    "Subject: info me\r\n"
		    "Subject: reject me\r\n"
		    "Subject: bad\r\n"
		    "Subject: dunno\r\n"
		    "X-Multi: joined\r\n"
		    "\r\nSubject: drop in the body\r\n");
    UNIT_ASSERT_STR(vstring_str(logged),
		    "QID: strip: header Subject: strip me: stripped it\n"
		    "QID: replace: header Subject: replace me: Subject: replaced\n"
		    "QID: prepend: header Subject: prepend me: X-Added: yes\n"
		    "QID: warning: header Subject: warn me: watch out\n"
		    "QID: info: header Subject: info me\n"
		    "warning: QID: unsupported action \"REJECT\" in "
		    "smtp_header_checks map: ignored\n"
		    "warning: QID: bad REPLACE header text \"not a header\" in "
		    "smtp_header_checks map -- need \"headername: headervalue\"\n"
		    "QID: replace: header X-Multi: a  b: X-Multi: joined\n");
}

/* test_body_checks - the actions on body lines */

static void test_body_checks(void)
{
    write_file(bchecks_path,
	       "/^secret/ REPLACE censored\n"
	       "/^drop/ IGNORE\n"
	       "/^before/ PREPEND inserted\n"
	       "/^$/ REPLACE never\n"
	       "/^Subject/ REPLACE body only\n");
    configure(998, "", bchecks_spec, "");
    queue();
    norm("Subject: headers are not body");
    norm("");
    norm("secret text");
    norm("drop this");
    norm("before this");
    norm("keep");
    cont("start ");
    cont("drop the middle ");
    norm("end");
    cont("drop ");
    norm("end");
    norm("");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "Subject: headers are not body\r\n\r\n"
		    "censored\r\n"
		    "inserted\r\nbefore this\r\n"
		    "keep\r\n"
		    "start end\r\n"
		    "end\r\n\r\n");
    UNIT_ASSERT(strstr(vstring_str(logged),
		       "QID: replace: body secret text: censored\n") != 0);
}

/* test_generic - smtp_generic_maps in address headers */

static void test_generic(void)
{
    configure(998, "", "", "inline:{ {a@local.example = alice@example.com},"
	      " {@old.example = @new.example}, {who = \"x y\"@example.com} }");
    queue();
    norm("From: Alice <a@local.example>, b@old.example (comment)");
    norm("To: c@other.example,");
    norm(" \"Group\": a@local.example;");
    norm("Resent-Cc: who@old.example");
    norm("Subject: a@local.example");
    norm("");
    norm("a@local.example");
    end();
    UNIT_ASSERT_INT(run(), 0);
    UNIT_ASSERT_STR(OUT, "From: Alice <alice@example.com>, b@new.example "
		    "(comment)\r\n"
		    "To: c@other.example,\r\n \"Group\": alice@example.com;\r\n"
		    "Resent-Cc: who@new.example\r\n"
		    "Subject: a@local.example\r\n"
		    "\r\na@local.example\r\n");

    /* The envelope mapping itself. */
    {
	VSTRING *result = vstring_fixed(SMTP_MAP_RESULT_MAX + 1);

	UNIT_ASSERT_INT(smtp_map_addr("A@Local.Example", result), 1);
	UNIT_ASSERT_STR(vstring_str(result), "alice@example.com");
	UNIT_ASSERT_INT(smtp_map_addr("x@old.example", result), 1);
	UNIT_ASSERT_STR(vstring_str(result), "x@new.example");
	UNIT_ASSERT_INT(smtp_map_addr("nobody@else.example", result), 0);
	UNIT_ASSERT_STR(vstring_str(result), "nobody@else.example");
	UNIT_ASSERT_INT(smtp_map_addr("", result), 0);
	UNIT_ASSERT_STR(vstring_str(result), "");
	vstring_free(result);
    }
}

/* test_big_header - a header beyond the limit goes out as it is */

static void test_big_header(void)
{
    char    line[1001];
    int     n;
    long    expect;

    write_file(hchecks_path, "/^X-Big:/ REPLACE X-Big: small\n");
    configure(0, hchecks_spec, "", "");
    memset(line, 'x', sizeof(line) - 1);
    line[0] = '\t';
    line[sizeof(line) - 1] = 0;
    queue();
    norm("X-Big: start");
    for (n = 0; n < 110; n++)
	norm(line);
    norm("X-Big: short");
    norm("");
    end();
    UNIT_ASSERT_INT(run(), 0);
    expect = 14 + 110L * 1002 + 14 + 2;
    UNIT_ASSERT_INT(VSTRING_LEN(output), expect);
    UNIT_ASSERT(strncmp(OUT, "X-Big: start\r\n\txxx", 18) == 0);
    UNIT_ASSERT_STR(OUT + expect - 18, "\r\nX-Big: small\r\n\r\n");
}

/* test_failures - lookup failures and bad queue files */

static void test_failures(void)
{
    char    line[2001];

    /* A regexp result beyond the value limit is a lookup error. */
    write_file(hchecks_path, "/^(.*)$/ REPLACE $1$1$1$1$1$1$1$1$1$1\n");
    configure(998, hchecks_spec, "", "");
    memset(line, 'y', sizeof(line) - 1);
    memcpy(line, "X-Long: ", 8);
    line[sizeof(line) - 1] = 0;
    queue();
    norm(line);
    norm("");
    end();
    UNIT_ASSERT_INT(run(), -1);
    UNIT_ASSERT_STR(vstring_str(state.why->status), "4.3.0");
    UNIT_ASSERT_STR(vstring_str(state.why->reason), "table lookup failure");

    /* Content without its end. */
    configure(998, "", "", "");
    queue();
    norm("Subject: x");
    rec_fputs(queue_fp, REC_TYPE_END, "");
    vstream_fflush(queue_fp);
    UNIT_ASSERT_INT(run(), -1);
    UNIT_ASSERT_STR(vstring_str(state.why->status), "4.3.0");
    UNIT_ASSERT_STR(vstring_str(state.why->reason),
		    "unreadable mail queue entry");
    UNIT_ASSERT(strstr(vstring_str(logged),
		       "QID: unexpected record type in message content") != 0);

    queue();
    norm("Subject: x");
    vstream_fflush(queue_fp);
    UNIT_ASSERT_INT(run(), -1);
    UNIT_ASSERT(strstr(vstring_str(logged),
		       "QID: unexpected end of file in message content") != 0);
}

/* test_broken - the connection fails while the content goes out */

static void test_broken(void)
{
    char    line[1001];
    int     fds[2];
    int     io_error;
    int     n;
    VSTREAM *out;

    configure(998, "", "", "");
    memset(line, 'z', sizeof(line) - 1);
    line[sizeof(line) - 1] = 0;
    queue();
    norm("");
    for (n = 0; n < 100; n++)
	norm(line);
    end();
    if (pipe(fds) < 0)
	msg_fatal("pipe: %m");
    close(fds[0]);
    out = vstream_fdopen(fds[1], O_WRONLY);
    UNIT_ASSERT_INT(send_to(out, &io_error), -1);
    UNIT_ASSERT_INT(io_error, SMTP_IO_ERR);
    vstream_fpurge(out, VSTREAM_PURGE_BOTH);
    vstream_fclose(out);
}

/* test_deadline - smtp_per_request_deadline */

static void test_deadline(void)
{
    char    line[1001];
    int     n;

    configure(998, "", "", "");
    smtp_par.per_request_deadline = 1;
    memset(line, 'w', sizeof(line) - 1);
    line[sizeof(line) - 1] = 0;
    queue();
    norm("");
    for (n = 0; n < 50; n++)
	norm(line);
    end();
    fake_deadline = -1;
    UNIT_ASSERT_INT(run(), 0);
    /* 50 kbytes at 500 bytes/s: up to 100 s more than the base. */
    UNIT_ASSERT(fake_deadline > 180 && fake_deadline <= 180 + 100);
}

/* cleanup - remove the test files */

static void cleanup(void)
{
    unlink(queue_path);
    unlink(out_path);
    unlink(hchecks_path);
    unlink(bchecks_path);
    rmdir(test_dir);
}

int     main(void)
{
    int     ret;

    signal(SIGPIPE, SIG_IGN);
    if (mkdtemp(test_dir) == 0)
	msg_fatal("mkdtemp: %m");
    snprintf(queue_path, sizeof(queue_path), "%s/queue", test_dir);
    snprintf(out_path, sizeof(out_path), "%s/out", test_dir);
    snprintf(hchecks_path, sizeof(hchecks_path), "%s/hchecks", test_dir);
    snprintf(bchecks_path, sizeof(bchecks_path), "%s/bchecks", test_dir);
    snprintf(hchecks_spec, sizeof(hchecks_spec), "regexp:%s", hchecks_path);
    snprintf(bchecks_spec, sizeof(bchecks_spec), "regexp:%s", bchecks_path);
    output = vstring_alloc(1000);
    logged = vstring_alloc(1000);
    state.why = dsb_create();
    msg_output(capture);
    mail_conf_update("myhostname", "host.local.example");
    mail_conf_update("mydomain", "local.example");
    mail_params_init(params_common);

    UNIT_RUN(test_plain);
    UNIT_RUN(test_long_lines);
    UNIT_RUN(test_header_checks);
    UNIT_RUN(test_body_checks);
    UNIT_RUN(test_generic);
    UNIT_RUN(test_big_header);
    UNIT_RUN(test_failures);
    UNIT_RUN(test_broken);
    UNIT_RUN(test_deadline);
    ret = UNIT_SUMMARY();
    cleanup();
    return (ret);
}
