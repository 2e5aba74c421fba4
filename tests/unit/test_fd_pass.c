/*++
/* NAME
/*	test_fd_pass 1
/* SUMMARY
/*	unit tests for fd_pass(3h)
/* SYNOPSIS
/*	test_fd_pass
/* DESCRIPTION
/*	Descriptors passed over a socketpair: a pipe end that works on
/*	the other side (close-on-exec set), bytes after the message left
/*	for the next reader, a message without a descriptor (EBADMSG,
/*	its byte consumed), a message with two descriptors (the extra
/*	one closed: its pipe sees end of file), end of input, a
/*	time-out on a non-blocking socket, and a peer that has gone.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>

#include <iostuff.h>
#include <fd_pass.h>
#include <unit_test.h>

/* send_two - one byte with two descriptors, as a hostile peer might */

static int send_two(int sock, int fd1, int fd2)
{
    struct msghdr msg;
    struct iovec iov;
    struct cmsghdr *cmsg;
    union {
	struct cmsghdr align;
	char    buf[CMSG_SPACE(2 * sizeof(int))];
    }       ctl;
    int     fds[2];
    char    byte = 0;

    fds[0] = fd1;
    fds[1] = fd2;
    memset(&msg, 0, sizeof(msg));
    memset(&ctl, 0, sizeof(ctl));
    iov.iov_base = &byte;
    iov.iov_len = 1;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = sizeof(ctl.buf);
    cmsg = CMSG_FIRSTHDR(&msg);
    cmsg->cmsg_level = SOL_SOCKET;
    cmsg->cmsg_type = SCM_RIGHTS;
    cmsg->cmsg_len = CMSG_LEN(sizeof(fds));
    memcpy(CMSG_DATA(cmsg), fds, sizeof(fds));
    return (sendmsg(sock, &msg, 0) == 1 ? 0 : -1);
}

/* test_pass_pipe - the received pipe end reaches the same pipe */

static void test_pass_pipe(void)
{
    int     sv[2];
    int     pfd[2];
    int     fd;
    char    buf[10];

    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    UNIT_ASSERT(pipe(pfd) == 0);
    UNIT_ASSERT_INT(fd_send(sv[0], pfd[1]), 0);
    UNIT_ASSERT(write(sv[0], "abc", 3) == 3);
    close(pfd[1]);
    fd = fd_recv(sv[1], 5);
    UNIT_ASSERT(fd >= 0);
    UNIT_ASSERT(fcntl(fd, F_GETFD) & FD_CLOEXEC);
    UNIT_ASSERT(write(fd, "hello", 5) == 5);
    close(fd);
    UNIT_ASSERT_INT(read(pfd[0], buf, sizeof(buf)), 5);
    UNIT_ASSERT(memcmp(buf, "hello", 5) == 0);
    /* All writers closed: the received copy was the last one. */
    UNIT_ASSERT_INT(read(pfd[0], buf, sizeof(buf)), 0);
    /* Only the message's byte was read: what followed is still there. */
    UNIT_ASSERT_INT(read(sv[1], buf, sizeof(buf)), 3);
    UNIT_ASSERT(memcmp(buf, "abc", 3) == 0);
    close(pfd[0]);
    close(sv[0]);
    close(sv[1]);
}

/* test_no_descriptor - a plain byte is EBADMSG and is consumed */

static void test_no_descriptor(void)
{
    int     sv[2];
    char    buf[10];

    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    UNIT_ASSERT(write(sv[0], "xyz", 3) == 3);
    errno = 0;
    UNIT_ASSERT_INT(fd_recv(sv[1], 5), -1);
    UNIT_ASSERT_INT(errno, EBADMSG);
    UNIT_ASSERT_INT(read(sv[1], buf, sizeof(buf)), 2);
    UNIT_ASSERT(memcmp(buf, "yz", 2) == 0);
    close(sv[0]);
    close(sv[1]);
}

/* test_two_descriptors - the first is returned, the extra is closed */

static void test_two_descriptors(void)
{
    int     sv[2];
    int     p1[2];
    int     p2[2];
    int     fd;
    char    buf[10];

    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    UNIT_ASSERT(pipe(p1) == 0);
    UNIT_ASSERT(pipe(p2) == 0);
    UNIT_ASSERT_INT(send_two(sv[0], p1[1], p2[1]), 0);
    close(p1[1]);
    close(p2[1]);
    fd = fd_recv(sv[1], 5);
    UNIT_ASSERT(fd >= 0);
    UNIT_ASSERT(write(fd, "1", 1) == 1);
    UNIT_ASSERT_INT(read(p1[0], buf, sizeof(buf)), 1);
    close(fd);
    UNIT_ASSERT_INT(read(p1[0], buf, sizeof(buf)), 0);
    /* No copy of the second pipe's write end is left open anywhere. */
    non_blocking(p2[0], NON_BLOCKING);
    UNIT_ASSERT_INT(read(p2[0], buf, sizeof(buf)), 0);
    close(p1[0]);
    close(p2[0]);
    close(sv[0]);
    close(sv[1]);
}

/* test_end_of_input - the peer closed: ECONNRESET */

static void test_end_of_input(void)
{
    int     sv[2];

    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    close(sv[0]);
    errno = 0;
    UNIT_ASSERT_INT(fd_recv(sv[1], 5), -1);
    UNIT_ASSERT_INT(errno, ECONNRESET);
    close(sv[1]);
}

/* test_timeout - nothing arrives on a non-blocking socket */

static void test_timeout(void)
{
    int     sv[2];
    long long start;

    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    non_blocking(sv[1], NON_BLOCKING);
    start = deadline_now();
    errno = 0;
    UNIT_ASSERT_INT(fd_recv(sv[1], 1), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    UNIT_ASSERT(deadline_now() - start >= 900);
    close(sv[0]);
    close(sv[1]);
}

/* test_send_errors - a peer that has gone, a descriptor that is not open */

static void test_send_errors(void)
{
    int     sv[2];
    int     pfd[2];

    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    UNIT_ASSERT(pipe(pfd) == 0);
    close(sv[1]);
    errno = 0;
    UNIT_ASSERT_INT(fd_send(sv[0], pfd[0]), -1);
    UNIT_ASSERT_INT(errno, EPIPE);
    close(sv[0]);
    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    close(pfd[1]);
    errno = 0;
    UNIT_ASSERT_INT(fd_send(sv[0], pfd[1]), -1);
    UNIT_ASSERT_INT(errno, EBADF);
    close(pfd[0]);
    close(sv[0]);
    close(sv[1]);
}

int     main(void)
{
    UNIT_RUN(test_pass_pipe);
    UNIT_RUN(test_no_descriptor);
    UNIT_RUN(test_two_descriptors);
    UNIT_RUN(test_end_of_input);
    UNIT_RUN(test_timeout);
    UNIT_RUN(test_send_errors);
    return (UNIT_SUMMARY());
}
