/*++
/* NAME
/*	test_msg 1
/* SUMMARY
/*	unit tests for msg(3)
/* SYNOPSIS
/*	test_msg
/* DESCRIPTION
/*	Levels and output channels, "%m" expansion, errno preservation,
/*	the stderr line format, over-long messages, the exit status of
/*	fatal errors and the cleanup function, the error limit, panics,
/*	and syslog facility names.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <syslog.h>

#include <msg.h>
#include <unit_test.h>

#define PANIC_STATUS	(128 + SIGABRT)

static char last_text[4096];
static int last_level = -1;
static int outputs;

/* capture - output channel that keeps the last message */

static void capture(int level, const char *text)
{
    outputs++;
    last_level = level;
    snprintf(last_text, sizeof(last_text), "%s", text);
}

/* capture_too - a second channel */

static void capture_too(int level, const char *text)
{
    (void) level;
    (void) text;
    outputs++;
}

/* start_capture - route messages to capture() only */

static void start_capture(void)
{
    msg_output_reset();
    msg_output(capture);
    outputs = 0;
    last_level = -1;
    last_text[0] = 0;
}

/* test_levels - each function reports its level */

static void test_levels(void)
{
    start_capture();
    msg_info("info %d", 1);
    UNIT_ASSERT_INT(last_level, MSG_INFO);
    UNIT_ASSERT_STR(last_text, "info 1");
    msg_warn("warn %s", "two");
    UNIT_ASSERT_INT(last_level, MSG_WARN);
    UNIT_ASSERT_STR(last_text, "warn two");
    msg_error("error %c", '3');
    UNIT_ASSERT_INT(last_level, MSG_ERROR);
    UNIT_ASSERT_STR(last_text, "error 3");
    UNIT_ASSERT_INT(outputs, 3);
    msg_output_reset();
}

/* test_channels - every channel gets every message, once */

static void test_channels(void)
{
    start_capture();
    msg_output(capture_too);
    msg_output(capture);		/* already there: ignored */
    msg_info("both");
    UNIT_ASSERT_INT(outputs, 2);
    msg_output_reset();
}

/* test_percent_m - "%m" is the text of errno at the call */

static void test_percent_m(void)
{
    char    want[300];

    start_capture();
    errno = ENOENT;
    msg_warn("open %s: %m", "/nonexistent");
    snprintf(want, sizeof(want), "open /nonexistent: %s", strerror(ENOENT));
    UNIT_ASSERT_STR(last_text, want);
    UNIT_ASSERT_INT(errno, ENOENT);

    errno = EACCES;
    msg_info("%m, %d, %m", 7);
    snprintf(want, sizeof(want), "%s, 7, %s", strerror(EACCES), strerror(EACCES));
    UNIT_ASSERT_STR(last_text, want);

    errno = EPERM;
    msg_info("100%% sure, %%m is literal");
    UNIT_ASSERT_STR(last_text, "100% sure, %m is literal");

    errno = EPERM;
    msg_info("%%%m");
    snprintf(want, sizeof(want), "%%%s", strerror(EPERM));
    UNIT_ASSERT_STR(last_text, want);

    errno = 0;
    msg_info("no errno: %m");
    snprintf(want, sizeof(want), "no errno: %s", strerror(0));
    UNIT_ASSERT_STR(last_text, want);
    msg_output_reset();
}

/* test_errno_kept - logging does not change errno */

static void test_errno_kept(void)
{
    start_capture();
    errno = EINTR;
    msg_info("x");
    msg_warn("y: %m");
    UNIT_ASSERT_INT(errno, EINTR);
    msg_output_reset();
}

/* test_long_message - an over-long message is cut, not overflowed */

static void test_long_message(void)
{
    static char big[10000];

    memset(big, 'x', sizeof(big) - 1);
    start_capture();
    msg_info("%s%s", big, "tail");
    UNIT_ASSERT(strlen(last_text) > 1000);
    UNIT_ASSERT(strlen(last_text) < 4000);
    UNIT_ASSERT(strstr(last_text, "tail") == 0);
    errno = ENOENT;
    msg_info("%s: %m", big);
    UNIT_ASSERT(strlen(last_text) < 4000);
    msg_output_reset();
}

/* read_stderr_of - run fn with fd 2 on a pipe; return what it wrote */

static void read_stderr_of(void (*fn) (void), char *buf, size_t len)
{
    int     fds[2];
    int     saved = dup(2);
    ssize_t n;

    buf[0] = 0;
    if (saved < 0 || pipe(fds) < 0)
	return;
    dup2(fds[1], 2);
    close(fds[1]);
    fn();
    dup2(saved, 2);
    close(saved);
    n = read(fds[0], buf, len - 1);
    buf[n > 0 ? n : 0] = 0;
    close(fds[0]);
}

/* default_output - no channel: stderr with the program name */

static void default_output(void)
{
    msg_output_reset();
    msg_warn("to stderr");
}

/* stderr_output - the stderr channel */

static void stderr_output(void)
{
    msg_output_reset();
    msg_stderr_init("postconf");
    msg_error("bad thing");
    msg_info("note");
    msg_output_reset();
}

/* test_stderr_format - "program: level: text" lines */

static void test_stderr_format(void)
{
    char    buf[200];

    read_stderr_of(default_output, buf, sizeof(buf));
    UNIT_ASSERT_STR(buf, "postlet: warning: to stderr\n");
    read_stderr_of(stderr_output, buf, sizeof(buf));
    UNIT_ASSERT_STR(buf, "postconf: error: bad thing\npostconf: note\n");
    UNIT_ASSERT_STR(msg_progname, "postconf");
    msg_set_progname("postlet");
}

 /*
  * The cleanup function reports through a pipe that it ran.
  */
static int cleanup_fd = -1;

/* cleanup - note that cleanup ran */

static void cleanup(void)
{
    if (write(cleanup_fd, "c", 1) != 1)
	_exit(99);
}

/* cleanup_fatal - a cleanup function that fails itself */

static void cleanup_fatal(void)
{
    cleanup();
    msg_fatal("fatal inside cleanup");
}

/* do_fatal - msg_fatal() exits with status 1 after cleanup */

static void do_fatal(void *context)
{
    msg_output_reset();
    msg_output(capture);
    msg_cleanup(context ? cleanup_fatal : cleanup);
    msg_fatal("cannot continue: %d", 42);
}

/* do_fatal_status - msg_fatal_status() exits with the given status */

static void do_fatal_status(void *context)
{
    (void) context;
    msg_output_reset();
    msg_output(capture);
    msg_fatal_status(75, "temporary failure");
}

/* do_panic - msg_panic() aborts */

static void do_panic(void *context)
{
    (void) context;
    msg_output_reset();
    msg_output(capture);
    msg_panic("bug: %s", "invariant broken");
}

/* do_errors - too many msg_error() calls end the program */

static void do_errors(void *context)
{
    int     i;

    msg_output_reset();
    msg_output(capture);
    for (i = 0; i < *(int *) context; i++)
	msg_error("error %d", i);
    _exit(0);
}

/* capture_3 - a third channel */

static void capture_3(int level, const char *text)
{
    capture_too(level, text);
}

/* capture_4 - a fourth channel */

static void capture_4(int level, const char *text)
{
    capture_too(level, text);
}

/* capture_5 - one channel too many */

static void capture_5(int level, const char *text)
{
    capture_too(level, text);
}

/* do_too_many_channels - more output channels than fit */

static void do_too_many_channels(void *context)
{
    (void) context;
    msg_output_reset();
    msg_output(capture);
    msg_output(capture_too);
    msg_output(capture_3);
    msg_output(capture_4);
    msg_output(capture_5);
}

/* cleanup_count - bytes the cleanup functions wrote (non-blocking fd) */

static int cleanup_count(int fd)
{
    char    buf[10];
    ssize_t n = read(fd, buf, sizeof(buf));

    return (n < 0 ? 0 : (int) n);
}

/* test_fatal - exit status and cleanup */

static void test_fatal(void)
{
    int     fds[2];

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT(fcntl(fds[0], F_SETFL, O_NONBLOCK) == 0);
    cleanup_fd = fds[1];
    UNIT_ASSERT_INT(unit_exit_status(do_fatal, 0), 1);
    UNIT_ASSERT_INT(cleanup_count(fds[0]), 1);
    /* A fatal error inside cleanup exits at once, cleanup runs once. */
    UNIT_ASSERT_INT(unit_exit_status(do_fatal, "recursive"), 1);
    UNIT_ASSERT_INT(cleanup_count(fds[0]), 1);
    UNIT_ASSERT_INT(unit_exit_status(do_fatal_status, 0), 75);
    close(fds[0]);
    close(fds[1]);
}

/* test_panic - panic aborts */

static void test_panic(void)
{
    UNIT_ASSERT_INT(unit_exit_status(do_panic, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_too_many_channels, 0), PANIC_STATUS);
}

/* test_error_limit - the 13th msg_error() is fatal */

static void test_error_limit(void)
{
    int     twelve = 12;
    int     thirteen = 13;

    UNIT_ASSERT_INT(unit_exit_status(do_errors, &twelve), 0);
    UNIT_ASSERT_INT(unit_exit_status(do_errors, &thirteen), 1);
}

/* test_syslog_facility - facility names */

static void test_syslog_facility(void)
{
    UNIT_ASSERT_INT(msg_syslog_facility("mail"), LOG_MAIL);
    UNIT_ASSERT_INT(msg_syslog_facility("MAIL"), LOG_MAIL);
    UNIT_ASSERT_INT(msg_syslog_facility("local3"), LOG_LOCAL3);
    UNIT_ASSERT_INT(msg_syslog_facility("daemon"), LOG_DAEMON);
    UNIT_ASSERT_INT(msg_syslog_facility("bogus"), -1);
    UNIT_ASSERT_INT(msg_syslog_facility(""), -1);
}

int     main(void)
{
    /* First: the error count is process-wide and children inherit it. */
    UNIT_RUN(test_error_limit);
    UNIT_RUN(test_levels);
    UNIT_RUN(test_channels);
    UNIT_RUN(test_percent_m);
    UNIT_RUN(test_errno_kept);
    UNIT_RUN(test_long_message);
    UNIT_RUN(test_stderr_format);
    UNIT_RUN(test_fatal);
    UNIT_RUN(test_panic);
    UNIT_RUN(test_syslog_facility);
    return (UNIT_SUMMARY());
}
