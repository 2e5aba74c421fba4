/*++
/* NAME
/*	test_iostuff 1
/* SUMMARY
/*	unit tests for iostuff(3h)
/* SYNOPSIS
/*	test_iostuff
/* DESCRIPTION
/*	Descriptor modes, deadlines, waiting, timed reads and writes on
/*	pipes: time-outs, partial transfers, end of file, a peer that
/*	trickles one byte at a time against a deadline, and write_buf()
/*	against a slow and a stuck reader. Time limits are whole seconds
/*	with generous margins, so that the tests also pass under qemu.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>

#include <msg.h>
#include <iostuff.h>
#include <unit_test.h>

#define PANIC_STATUS	(128 + SIGABRT)

/* test_non_blocking - set, report and clear O_NONBLOCK */

static void test_non_blocking(void)
{
    int     fds[2];

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT_INT(non_blocking(fds[0], NON_BLOCKING), BLOCKING);
    UNIT_ASSERT(fcntl(fds[0], F_GETFL) & O_NONBLOCK);
    UNIT_ASSERT_INT(non_blocking(fds[0], NON_BLOCKING), NON_BLOCKING);
    UNIT_ASSERT_INT(non_blocking(fds[0], BLOCKING), NON_BLOCKING);
    UNIT_ASSERT((fcntl(fds[0], F_GETFL) & O_NONBLOCK) == 0);
    UNIT_ASSERT_INT(non_blocking(fds[0], BLOCKING), BLOCKING);
    close(fds[0]);
    close(fds[1]);
}

/* test_close_on_exec - set, report and clear FD_CLOEXEC */

static void test_close_on_exec(void)
{
    int     fds[2];

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT_INT(close_on_exec(fds[1], CLOSE_ON_EXEC), PASS_ON_EXEC);
    UNIT_ASSERT(fcntl(fds[1], F_GETFD) & FD_CLOEXEC);
    UNIT_ASSERT_INT(close_on_exec(fds[1], CLOSE_ON_EXEC), CLOSE_ON_EXEC);
    UNIT_ASSERT_INT(close_on_exec(fds[1], PASS_ON_EXEC), CLOSE_ON_EXEC);
    UNIT_ASSERT((fcntl(fds[1], F_GETFD) & FD_CLOEXEC) == 0);
    close(fds[0]);
    close(fds[1]);
}

/* do_bad_fd_mode - mode change on a descriptor that is not open */

static void do_bad_fd_mode(void *context)
{
    int     fd = dup(0);

    close(fd);
    if (context)
	non_blocking(fd, NON_BLOCKING);
    else
	close_on_exec(fd, CLOSE_ON_EXEC);
}

/* test_bad_fd_mode - that is fatal */

static void test_bad_fd_mode(void)
{
    UNIT_ASSERT_INT(unit_exit_status(do_bad_fd_mode, "nb"), 1);
    UNIT_ASSERT_INT(unit_exit_status(do_bad_fd_mode, 0), 1);
}

/* test_deadline - arithmetic of deadlines */

static void test_deadline(void)
{
    long long now = deadline_now();
    long long later;
    int     left;

    UNIT_ASSERT(now >= 0);
    UNIT_ASSERT(deadline_now() >= now);
    UNIT_ASSERT(deadline_set(-1) == DEADLINE_NONE);
    UNIT_ASSERT_INT(deadline_left(DEADLINE_NONE), -1);
    UNIT_ASSERT_INT(deadline_left(deadline_set(0)), 0);
    UNIT_ASSERT_INT(deadline_left(now - 5000), 0);
    left = deadline_left(deadline_set(5));
    UNIT_ASSERT(left > 4000 && left <= 5000);
    UNIT_ASSERT_INT(deadline_left(now + 10000000000000LL), INT_MAX);
    later = deadline_set(INT_MAX);
    UNIT_ASSERT(later - now >= (long long) INT_MAX * 1000);
}

/* test_wait - read_wait(), write_wait() and poll_fd() */

static void test_wait(void)
{
    int     fds[2];
    long long start;
    long long waited;
    char    ch;

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT_INT(write_wait(fds[1], 1), 0);
    UNIT_ASSERT_INT(read_wait(fds[0], 0), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    start = deadline_now();
    UNIT_ASSERT_INT(read_wait(fds[0], 1), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    waited = deadline_now() - start;
    UNIT_ASSERT(waited >= 900 && waited < 10000);
    UNIT_ASSERT(write(fds[1], "x", 1) == 1);
    UNIT_ASSERT_INT(read_wait(fds[0], 0), 0);
    UNIT_ASSERT_INT(read_wait(fds[0], -1), 0);
    UNIT_ASSERT_INT(poll_fd(fds[0], POLL_FD_READ, deadline_set(1)), 0);
    /* End of file counts as ready. */
    UNIT_ASSERT(read(fds[0], &ch, 1) == 1);
    close(fds[1]);
    UNIT_ASSERT(poll_fd(fds[0], POLL_FD_READ, DEADLINE_NONE) == 0);
    close(fds[0]);
    UNIT_ASSERT_INT(poll_fd(fds[0], POLL_FD_READ, deadline_set(1)), -1);
    UNIT_ASSERT_INT(errno, EBADF);
}

/* do_bad_request - poll_fd() with a request it does not know */

static void do_bad_request(void *context)
{
    (void) context;
    poll_fd(0, 7, DEADLINE_NONE);
}

/* test_bad_request - that is a bug */

static void test_bad_request(void)
{
    UNIT_ASSERT_INT(unit_exit_status(do_bad_request, 0), PANIC_STATUS);
}

/* test_timed_read - timeout, short read, end of file */

static void test_timed_read(void)
{
    int     fds[2];
    char    buf[100];
    long long start = deadline_now();

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT_INT(timed_read(fds[0], buf, sizeof(buf), 1), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    UNIT_ASSERT(deadline_now() - start >= 900);
    UNIT_ASSERT(write(fds[1], "abc", 3) == 3);
    UNIT_ASSERT_INT(timed_read(fds[0], buf, sizeof(buf), 1), 3);
    UNIT_ASSERT(memcmp(buf, "abc", 3) == 0);
    UNIT_ASSERT(write(fds[1], "defg", 4) == 4);
    UNIT_ASSERT_INT(timed_read(fds[0], buf, 2, 0), 2);
    UNIT_ASSERT_INT(timed_read(fds[0], buf + 2, 10, -1), 2);
    UNIT_ASSERT(memcmp(buf, "defg", 4) == 0);
    /* The same on a non-blocking descriptor. */
    non_blocking(fds[0], NON_BLOCKING);
    UNIT_ASSERT_INT(timed_read(fds[0], buf, sizeof(buf), 0), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    UNIT_ASSERT(write(fds[1], "h", 1) == 1);
    UNIT_ASSERT_INT(timed_read(fds[0], buf, sizeof(buf), 1), 1);
    close(fds[1]);
    UNIT_ASSERT_INT(timed_read(fds[0], buf, sizeof(buf), 1), 0);
    close(fds[0]);
}

/* trickle - child: one byte every half second, for up to 15 seconds */

static void trickle(int fd)
{
    int     i;

    for (i = 0; i < 30; i++) {
	if (write(fd, "t", 1) != 1)
	    break;
	usleep(500000);
    }
    _exit(0);
}

/* test_deadline_trickle - a trickling peer cannot stretch a deadline */

static void test_deadline_trickle(void)
{
    int     fds[2];
    pid_t   pid;
    long long start;
    long long deadline;
    long long took;
    char    ch;
    ssize_t n;
    int     got = 0;
    int     status;

    UNIT_ASSERT(pipe(fds) == 0);
    if ((pid = fork()) == 0) {
	close(fds[0]);
	trickle(fds[1]);
    }
    UNIT_ASSERT(pid > 0);
    close(fds[1]);

    /*
     * Each byte arrives well within a per-call timeout of 2 seconds, but
     * the whole "request" must arrive within 2 seconds of the start.
     */
    start = deadline_now();
    deadline = deadline_set(2);
    while ((n = deadline_read(fds[0], &ch, 1, deadline)) == 1)
	got++;
    took = deadline_now() - start;
    UNIT_ASSERT_INT(n, -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    UNIT_ASSERT(got >= 1);
    UNIT_ASSERT(took >= 1900 && took < 8000);

    /* A per-call timeout is reset by every byte. */
    UNIT_ASSERT_INT(timed_read(fds[0], &ch, 1, 2), 1);
    UNIT_ASSERT_INT(timed_read(fds[0], &ch, 1, 2), 1);

    kill(pid, SIGKILL);
    UNIT_ASSERT(waitpid(pid, &status, 0) == pid);
    close(fds[0]);
}

/* fill_pipe - write into a non-blocking pipe until it is full */

static size_t fill_pipe(int fd)
{
    static char junk[4096];
    size_t  total = 0;
    ssize_t n;

    while ((n = write(fd, junk, sizeof(junk))) > 0)
	total += n;
    return (total);
}

/* test_timed_write - room, no room, partial write, no reader */

static void test_timed_write(void)
{
    int     fds[2];
    static char buf[65536];
    char    drain[8192];
    ssize_t n;
    size_t  filled;

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT_INT(timed_write(fds[1], "abc", 3, 1), 3);
    UNIT_ASSERT(read(fds[0], drain, 3) == 3);
    non_blocking(fds[1], NON_BLOCKING);
    filled = fill_pipe(fds[1]);
    UNIT_ASSERT(filled > 0);
    UNIT_ASSERT_INT(timed_write(fds[1], buf, sizeof(buf), 1), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    UNIT_ASSERT_INT(timed_write(fds[1], buf, sizeof(buf), 0), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);

    /* Some room: a short count, not an error and not a wait. */
    UNIT_ASSERT(read(fds[0], drain, sizeof(drain)) == sizeof(drain));
    n = timed_write(fds[1], buf, sizeof(buf), 2);
    UNIT_ASSERT(n > 0 && n < (ssize_t) sizeof(buf));

    /* No reader: EPIPE (SIGPIPE is ignored). */
    close(fds[0]);
    UNIT_ASSERT_INT(timed_write(fds[1], "x", 1, 1), -1);
    UNIT_ASSERT_INT(errno, EPIPE);
    close(fds[1]);
}

/* slow_reader - child: read everything in small bites, report total */

static void slow_reader(int fd, size_t expect)
{
    char    buf[1000];
    size_t  total = 0;
    ssize_t n;

    while ((n = read(fd, buf, sizeof(buf))) > 0) {
	total += n;
	if (total % 100000 < 1000)
	    usleep(10000);
    }
    _exit(total == expect ? 0 : 1);
}

/* test_write_buf - everything arrives, in many partial writes */

static void test_write_buf(void)
{
    static char data[300000];
    int     fds[2];
    pid_t   pid;
    int     status;

    UNIT_ASSERT(pipe(fds) == 0);
    if ((pid = fork()) == 0) {
	close(fds[1]);
	slow_reader(fds[0], sizeof(data));
    }
    UNIT_ASSERT(pid > 0);
    close(fds[0]);
    non_blocking(fds[1], NON_BLOCKING);
    UNIT_ASSERT_INT(write_buf(fds[1], data, sizeof(data), deadline_set(30)),
		    sizeof(data));
    UNIT_ASSERT_INT(write_buf(fds[1], data, 0, deadline_set(0)), 0);
    close(fds[1]);
    UNIT_ASSERT(waitpid(pid, &status, 0) == pid);
    UNIT_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* test_write_buf_deadline - a stuck reader cannot hold the writer */

static void test_write_buf_deadline(void)
{
    static char data[1 << 20];
    int     fds[2];
    long long start;
    long long took;

    UNIT_ASSERT(pipe(fds) == 0);
    non_blocking(fds[1], NON_BLOCKING);
    start = deadline_now();
    UNIT_ASSERT_INT(write_buf(fds[1], data, sizeof(data), deadline_set(1)), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    took = deadline_now() - start;
    UNIT_ASSERT(took >= 900 && took < 10000);
    close(fds[0]);
    close(fds[1]);
}

int     main(void)
{
    signal(SIGPIPE, SIG_IGN);
    UNIT_RUN(test_non_blocking);
    UNIT_RUN(test_close_on_exec);
    UNIT_RUN(test_bad_fd_mode);
    UNIT_RUN(test_deadline);
    UNIT_RUN(test_wait);
    UNIT_RUN(test_bad_request);
    UNIT_RUN(test_timed_read);
    UNIT_RUN(test_deadline_trickle);
    UNIT_RUN(test_timed_write);
    UNIT_RUN(test_write_buf);
    UNIT_RUN(test_write_buf_deadline);
    return (UNIT_SUMMARY());
}
