/*++
/* NAME
/*	test_smtp_reply 1
/* SUMMARY
/*	unit tests for reading SMTP server replies
/* SYNOPSIS
/*	test_smtp_reply
/* DESCRIPTION
/*	smtp_reply(3) is compiled into this program. A child process
/*	writes what a server would send into a pipe, then closes it or
/*	holds it open; the test reads replies from the other end under
/*	a short deadline: single and multi-line replies, CRLF and LF,
/*	enhanced status codes that agree or not, malformed codes, a
/*	code change in mid-reply, replies that follow each other,
/*	10,000 lines, a 1 MB line with and without a newline, NUL and
/*	8-bit bytes, end of file and errors.
/*--*/

#include <sys_defs.h>
#include <signal.h>
#include <string.h>
#include <time.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <unit_test.h>

#include <smtp/smtp_reply.c>

#define HOLD	1			/* child keeps the pipe open */
#define CLOSE	0			/* child closes it when done */

static pid_t server_pid;
static SMTP_RESP *resp;

/* server_write - write everything, or die */

static void server_write(int fd, const char *data, size_t len)
{
    ssize_t n;

    while (len > 0) {
	if ((n = write(fd, data, len)) <= 0)
	    _exit(1);
	data += n;
	len -= n;
    }
}

/* server_open - a stream that reads what a child writes */

static VSTREAM *server_open(const char *data, size_t len, int hold,
			            int deadline)
{
    VSTREAM *fp;
    int     fds[2];

    if (pipe(fds) < 0)
	msg_fatal("pipe: %m");
    fflush(stdout);
    if ((server_pid = fork()) < 0)
	msg_fatal("fork: %m");
    if (server_pid == 0) {
	close(fds[0]);
	server_write(fds[1], data, len);
	if (hold)
	    pause();
	_exit(0);
    }
    close(fds[1]);
    fp = vstream_fdopen(fds[0], O_RDONLY);
    vstream_set_deadline(fp, deadline);
    return (fp);
}

/* server_close - done with the child */

static void server_close(VSTREAM *fp)
{
    int     status;

    (void) kill(server_pid, SIGTERM);
    (void) waitpid(server_pid, &status, 0);
    (void) vstream_fclose(fp);
}

/* server_text - open a stream on a string */

static VSTREAM *server_text(const char *text)
{
    return (server_open(text, strlen(text), CLOSE, 2));
}

/* test_single - one line, CRLF */

static void test_single(void)
{
    VSTREAM *fp = server_text("220 mx.example.com ESMTP ready\r\n");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 220);
    server_close(fp);
    UNIT_ASSERT_INT(resp->code, 220);
    UNIT_ASSERT_STR(vstring_str(resp->str), "220 mx.example.com ESMTP ready");
    UNIT_ASSERT_STR(resp->text, "mx.example.com ESMTP ready");
    UNIT_ASSERT_STR(resp->dsn, "2.0.0");
    UNIT_ASSERT_INT(resp->lines, 1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_NONE);
}

/* test_multi - EHLO reply, LF and CRLF mixed */

static void test_multi(void)
{
    VSTREAM *fp = server_text("250-mx.example.com\r\n250-PIPELINING\n"
			      "250-SIZE 10240000\r\n250 8BITMIME\n");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    server_close(fp);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250-mx.example.com\n"
		    "250-PIPELINING\n250-SIZE 10240000\n250 8BITMIME");
    UNIT_ASSERT_INT(resp->lines, 4);
    UNIT_ASSERT(strncmp(resp->text, "mx.example.com\n250-", 19) == 0);
    UNIT_ASSERT_STR(resp->dsn, "2.0.0");
}

/* test_enhanced - enhanced status codes */

static void test_enhanced(void)
{
    VSTREAM *fp = server_text("550 5.1.1 <a@b>: Recipient address rejected\r\n"
			      "550 2.1.1 class disagrees\r\n"
			      "451-4.7.1 try\r\n451 later\r\n"
			      "250-2.1.0\r\n250 Sender ok\r\n"
			      "250 2.1.0x not a code\r\n"
			      "421 4.4.2\r\n");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 550);
    UNIT_ASSERT_STR(resp->dsn, "5.1.1");
    UNIT_ASSERT_STR(resp->text, "<a@b>: Recipient address rejected");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 550);
    UNIT_ASSERT_STR(resp->dsn, "5.0.0");
    UNIT_ASSERT_STR(resp->text, "2.1.1 class disagrees");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 451);
    UNIT_ASSERT_STR(resp->dsn, "4.7.1");
    UNIT_ASSERT_STR(resp->text, "try\n451 later");

    /* A status code alone on the first line of a longer reply. */
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_STR(resp->dsn, "2.1.0");
    UNIT_ASSERT_INT(resp->lines, 2);

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_STR(resp->dsn, "2.0.0");
    UNIT_ASSERT_STR(resp->text, "2.1.0x not a code");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 421);
    UNIT_ASSERT_STR(resp->dsn, "4.4.2");
    UNIT_ASSERT_STR(resp->text, "");
    server_close(fp);
}

/* test_malformed - bad codes end the reply with code 0 */

static void test_malformed(void)
{
    static const char *const bad[] = {	/* as sent, as kept */
	"25 ok", "25 ok", "2500 ok", "2500 ok", "2x0 ok", "2x0 ok",
	"x250 ok", "x250 ok", "hello", "hello", "", "", "150 ok", "150 ok",
	"650 ok", "650 ok", "050 ok", "050 ok", "250\tok", "250?ok",
	"250_ok", "250_ok", " 250 ok", " 250 ok", "25", "25", 0,
    };
    const char *const *cpp;
    VSTRING *buf = vstring_alloc(100);
    VSTREAM *fp;

    for (cpp = bad; *cpp; cpp += 2) {
	vstring_sprintf(buf, "%s\r\n221 next\r\n", cpp[0]);
	fp = server_text(vstring_str(buf));
	UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 0);
	UNIT_ASSERT_STR(vstring_str(resp->str), cpp[1]);
	UNIT_ASSERT_STR(resp->text, cpp[1]);
	UNIT_ASSERT_STR(resp->dsn, "4.5.0");
	UNIT_ASSERT_INT(resp->lines, 1);
	/* The malformed line ended the reply; the next one is intact. */
	UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 221);
	server_close(fp);
    }

    /* A malformed line after a good one ends the reply too. */
    fp = server_text("250-first\r\nnonsense\r\n250 next\r\n");
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250-first\nnonsense");
    UNIT_ASSERT_INT(resp->lines, 2);
    UNIT_ASSERT_STR(resp->dsn, "4.5.0");
    UNIT_ASSERT(strncmp(resp->text, "first\n", 6) == 0);
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_STR(resp->text, "next");
    server_close(fp);
    vstring_free(buf);
}

/* test_bare_code - a code without text */

static void test_bare_code(void)
{
    VSTREAM *fp = server_text("250-\r\n250\r\n354\n");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250-\n250");
    UNIT_ASSERT_INT(resp->lines, 2);
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 354);
    UNIT_ASSERT_STR(resp->text, "");
    UNIT_ASSERT_STR(resp->dsn, "4.5.0");
    server_close(fp);
}

/* test_sequence - the reader stops at the end of each reply */

static void test_sequence(void)
{
    VSTREAM *fp = server_text("250 a\r\n250-b\r\n250 c\r\n354 d\r\n");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250 a");
    UNIT_ASSERT_INT(resp->lines, 1);
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250-b\n250 c");
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 354);
    UNIT_ASSERT_STR(resp->text, "d");
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_EOF);
    UNIT_ASSERT_INT(resp->lines, 0);
    UNIT_ASSERT_STR(vstring_str(resp->str), "");
    server_close(fp);
}

/* test_code_change - a different code in mid-reply is malformed */

static void test_code_change(void)
{
    VSTREAM *fp = server_text("250-a\r\n550 b\r\n250 c\r\n");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250-a\n550 b");
    UNIT_ASSERT_STR(resp->dsn, "4.5.0");
    UNIT_ASSERT_INT(resp->lines, 2);
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_STR(resp->text, "c");
    server_close(fp);

    fp = server_text("451-4.3.0 a\r\n452-b\r\n452 c\r\n");
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp->str), "451-4.3.0 a\n452-b");
    UNIT_ASSERT_STR(resp->dsn, "4.5.0");
    server_close(fp);
}

/* test_many_lines - 10,000 lines are read, the text is cut */

static void test_many_lines(void)
{
    VSTRING *buf = vstring_alloc(200000);
    VSTREAM *fp;
    int     n;

    for (n = 1; n < 10000; n++)
	vstring_sprintf_append(buf, "250-line %d\r\n", n);
    vstring_strcat(buf, "250 last\r\n221 bye\r\n");
    fp = server_open(vstring_str(buf), VSTRING_LEN(buf), CLOSE, 5);
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_INT(resp->lines, 10000);
    UNIT_ASSERT_INT(VSTRING_LEN(resp->str), SMTP_REPLY_TEXT_LIMIT);
    UNIT_ASSERT(strncmp(vstring_str(resp->str), "250-line 1\n250-line 2\n", 22) == 0);
    UNIT_ASSERT_STR(resp->dsn, "2.0.0");
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 221);
    UNIT_ASSERT_STR(resp->text, "bye");
    server_close(fp);
    vstring_free(buf);
}

/* test_long_line - a 1 MB line with a newline is cut */

static void test_long_line(void)
{
    size_t  len = 1024 * 1024;
    char   *data = malloc(len + 100);
    VSTREAM *fp;
    size_t  n;

    memcpy(data, "550 5.7.1 ", 10);
    memset(data + 10, 'x', len);
    memcpy(data + 10 + len, "\r\n221 bye\r\n", 11);
    fp = server_open(data, len + 21, CLOSE, 5);
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 550);
    UNIT_ASSERT_STR(resp->dsn, "5.7.1");
    UNIT_ASSERT_INT(VSTRING_LEN(resp->str), SMTP_REPLY_LINE_LIMIT);
    UNIT_ASSERT_INT(strlen(resp->text), SMTP_REPLY_LINE_LIMIT - 10);
    for (n = 10; n < SMTP_REPLY_LINE_LIMIT; n++)
	UNIT_ASSERT(vstring_str(resp->str)[n] == 'x');
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 221);
    server_close(fp);
    free(data);
}

/* test_endless_line - 1 MB without a newline ends with the deadline */

static void test_endless_line(void)
{
    size_t  len = 1024 * 1024;
    char   *data = malloc(len);
    VSTREAM *fp;
    time_t  start;

    memset(data, '2', len);
    fp = server_open(data, len, HOLD, 1);
    start = time((time_t *) 0);
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), -1);
    UNIT_ASSERT(time((time_t *) 0) - start <= 3);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_TIME);
    UNIT_ASSERT_INT(VSTRING_LEN(resp->str), SMTP_REPLY_LINE_LIMIT);
    UNIT_ASSERT_INT(resp->lines, 1);
    UNIT_ASSERT_STR(resp->dsn, "4.5.0");
    server_close(fp);
    free(data);
}

/* test_silent - a server that says nothing */

static void test_silent(void)
{
    VSTREAM *fp = server_open("250-wait", 8, HOLD, 1);

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_TIME);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250-wait");
    UNIT_ASSERT_STR(resp->text, "wait");
    server_close(fp);
}

/* test_bytes - NUL, controls, CR and 8-bit become '?' */

static void test_bytes(void)
{
    static const char data[] = "250 a\0b\377c\rd\001e\177\r\r\n";
    VSTREAM *fp = server_open(data, sizeof(data) - 1, CLOSE, 2);

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 250);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250 a?b?c?d?e??");
    UNIT_ASSERT_INT(VSTRING_LEN(resp->str), 15);
    server_close(fp);

    /* A NUL where the separator belongs makes the line malformed. */
    fp = server_open("250\0ok\r\n", 8, CLOSE, 2);
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250?ok");
    server_close(fp);
}

/* test_eof - the connection ends before the reply does */

static void test_eof(void)
{
    VSTREAM *fp = server_text("250-a\r\n250-b");

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_EOF);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250-a\n250-b");
    UNIT_ASSERT_INT(resp->lines, 2);
    UNIT_ASSERT_STR(resp->dsn, "4.5.0");
    server_close(fp);

    /* A complete line without its newline is not a reply. */
    fp = server_text("250 ok");
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_EOF);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250 ok");
    server_close(fp);

    fp = server_text("250-a\r\n");
    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), -1);
    UNIT_ASSERT_STR(vstring_str(resp->str), "250-a");
    UNIT_ASSERT_INT(resp->lines, 1);
    server_close(fp);
}

/* test_error - a read error */

static void test_error(void)
{
    VSTREAM *fp = vstream_fdopen(dup(1), O_WRONLY);

    UNIT_ASSERT_INT(smtp_reply_read(fp, resp), -1);
    UNIT_ASSERT_INT(resp->io_error, SMTP_IO_ERR);
    (void) vstream_fclose(fp);
}

/* test_line - classification of single lines */

static void test_line(void)
{
    int     code = -5;

    UNIT_ASSERT_INT(smtp_reply_line("250 ok", 6, &code), 1);
    UNIT_ASSERT_INT(code, 250);
    UNIT_ASSERT_INT(smtp_reply_line("354", 3, &code), 1);
    UNIT_ASSERT_INT(code, 354);
    UNIT_ASSERT_INT(smtp_reply_line("599-x", 5, &code), 2);
    UNIT_ASSERT_INT(code, 599);
    UNIT_ASSERT_INT(smtp_reply_line("200-", 4, &code), 2);
    UNIT_ASSERT_INT(code, 200);
    code = -5;
    UNIT_ASSERT_INT(smtp_reply_line("250 ok", 2, &code), 0);
    UNIT_ASSERT_INT(smtp_reply_line("199 x", 5, &code), 0);
    UNIT_ASSERT_INT(smtp_reply_line("600 x", 5, &code), 0);
    UNIT_ASSERT_INT(smtp_reply_line("25a x", 5, &code), 0);
    UNIT_ASSERT_INT(smtp_reply_line("2500", 4, &code), 0);
    UNIT_ASSERT_INT(smtp_reply_line("", 0, &code), 0);
    UNIT_ASSERT_INT(code, -5);
}

int     main(void)
{
    resp = smtp_reply_create();
    UNIT_RUN(test_line);
    UNIT_RUN(test_single);
    UNIT_RUN(test_multi);
    UNIT_RUN(test_enhanced);
    UNIT_RUN(test_malformed);
    UNIT_RUN(test_bare_code);
    UNIT_RUN(test_sequence);
    UNIT_RUN(test_code_change);
    UNIT_RUN(test_many_lines);
    UNIT_RUN(test_long_line);
    UNIT_RUN(test_endless_line);
    UNIT_RUN(test_silent);
    UNIT_RUN(test_bytes);
    UNIT_RUN(test_eof);
    UNIT_RUN(test_error);
    return (UNIT_SUMMARY());
}
