/*++
/* NAME
/*	test_port_net 1
/* SUMMARY
/*	unit tests for port_net(3h)
/* SYNOPSIS
/*	test_port_net
/* DESCRIPTION
/*	Numeric address conversion both ways, and a TCP connection on
/*	127.0.0.1 (a port the kernel picks) made, accepted and used only
/*	through the port_* functions, with the event loop and the timed
/*	I/O on top, as a daemon will use them.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <signal.h>

#include <events.h>
#include <iostuff.h>
#include <port_net.h>
#include <unit_test.h>

/* test_inet_pton_ntop - numeric addresses only */

static void test_inet_pton_ntop(void)
{
    struct in_addr a4;
    struct in6_addr a6;
    char    buf[INET6_ADDRSTRLEN];
    unsigned char *bytes = (unsigned char *) &a4;

    UNIT_ASSERT_INT(port_inet_pton(AF_INET, "192.0.2.10", &a4), 1);
    UNIT_ASSERT(bytes[0] == 192 && bytes[1] == 0 && bytes[2] == 2 && bytes[3] == 10);
    UNIT_ASSERT_STR(port_inet_ntop(AF_INET, &a4, buf, sizeof(buf)), "192.0.2.10");
    UNIT_ASSERT_INT(port_inet_pton(AF_INET, "192.0.2", &a4), 0);
    UNIT_ASSERT_INT(port_inet_pton(AF_INET, "localhost", &a4), 0);
    UNIT_ASSERT_INT(port_inet_pton(AF_INET, "256.1.1.1", &a4), 0);
    UNIT_ASSERT_INT(port_inet_pton(AF_INET6, "2001:db8::1", &a6), 1);
    UNIT_ASSERT_STR(port_inet_ntop(AF_INET6, &a6, buf, sizeof(buf)), "2001:db8::1");
    UNIT_ASSERT_INT(port_inet_pton(AF_INET6, "::ffff:192.0.2.1", &a6), 1);
    UNIT_ASSERT_INT(port_inet_pton(AF_INET6, "2001:db8:::1", &a6), 0);
    /* Too small a buffer is an error, not an overflow. */
    UNIT_ASSERT(port_inet_ntop(AF_INET6, &a6, buf, 4) == 0);
    UNIT_ASSERT_INT(errno, ENOSPC);
}

/* listen_loopback - listening socket on 127.0.0.1, any port */

static int listen_loopback(struct sockaddr_in *sin)
{
    socklen_t len = sizeof(*sin);
    int     on = 1;
    int     fd;

    if ((fd = port_socket(AF_INET, SOCK_STREAM, 0)) < 0)
	return (-1);
    memset(sin, 0, sizeof(*sin));
    sin->sin_family = AF_INET;
    sin->sin_port = 0;
    if (port_inet_pton(AF_INET, "127.0.0.1", &sin->sin_addr) != 1
	|| port_setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) < 0
	|| port_bind(fd, (struct sockaddr *) sin, sizeof(*sin)) < 0
	|| port_listen(fd, 5) < 0
	|| port_getsockname(fd, (struct sockaddr *) sin, &len) < 0) {
	port_close(fd);
	return (-1);
    }
    return (fd);
}

 /*
  * Server side: accept from the event loop, echo one line back.
  */
static int accepted_fd = -1;

/* accept_event - read callback of the listening socket */

static void accept_event(int event, void *context)
{
    int     listen_fd = *(int *) context;

    if (event == EVENT_READ)
	accepted_fd = port_accept(listen_fd, (struct sockaddr *) 0,
				  (socklen_t *) 0);
}

/* test_tcp_loopback - connect, accept, send, receive, shut down */

static void test_tcp_loopback(void)
{
    struct sockaddr_in sin;
    struct sockaddr_in peer;
    socklen_t len = sizeof(peer);
    int     listen_fd;
    int     client_fd;
    int     err = -1;
    char    buf[100];
    char    text[INET_ADDRSTRLEN];
    ssize_t n;
    long long limit;

    listen_fd = listen_loopback(&sin);
    UNIT_ASSERT(listen_fd >= 0);
    UNIT_ASSERT(ntohs(sin.sin_port) != 0);

    /* Non-blocking connect, completion seen as writability. */
    UNIT_ASSERT((client_fd = port_socket(AF_INET, SOCK_STREAM, 0)) >= 0);
    non_blocking(client_fd, NON_BLOCKING);
    if (port_connect(client_fd, (struct sockaddr *) &sin, sizeof(sin)) < 0)
	UNIT_ASSERT(errno == EINPROGRESS);
    event_enable_read(listen_fd, accept_event, &listen_fd);
    limit = deadline_now() + 10000;
    while (accepted_fd < 0 && deadline_now() < limit)
	event_loop(1);
    event_disable_readwrite(listen_fd);
    UNIT_ASSERT(accepted_fd >= 0);
    UNIT_ASSERT_INT(write_wait(client_fd, 5), 0);
    len = sizeof(err);
    UNIT_ASSERT(port_getsockopt(client_fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0);
    UNIT_ASSERT_INT(err, 0);

    /* Each side knows the other's address. */
    len = sizeof(peer);
    UNIT_ASSERT(port_getpeername(accepted_fd, (struct sockaddr *) &peer, &len) == 0);
    UNIT_ASSERT_STR(port_inet_ntop(AF_INET, &peer.sin_addr, text, sizeof(text)),
		    "127.0.0.1");
    len = sizeof(peer);
    UNIT_ASSERT(port_getpeername(client_fd, (struct sockaddr *) &peer, &len) == 0);
    UNIT_ASSERT_INT(peer.sin_port, sin.sin_port);

    /* Data both ways: port_send/port_recv and the timed I/O. */
    UNIT_ASSERT_INT(port_send(client_fd, "EHLO x\r\n", 8, 0), 8);
    UNIT_ASSERT_INT(read_wait(accepted_fd, 5), 0);
    UNIT_ASSERT_INT(port_recv(accepted_fd, buf, sizeof(buf), 0), 8);
    UNIT_ASSERT(memcmp(buf, "EHLO x\r\n", 8) == 0);
    UNIT_ASSERT_INT(write_buf(accepted_fd, "250 ok\r\n", 8, deadline_set(5)), 8);
    UNIT_ASSERT_INT(timed_read(client_fd, buf, sizeof(buf), 5), 8);
    UNIT_ASSERT(memcmp(buf, "250 ok\r\n", 8) == 0);

    /* Nothing more: a time-out, then end of file after shutdown. */
    UNIT_ASSERT_INT(timed_read(client_fd, buf, sizeof(buf), 0), -1);
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    UNIT_ASSERT_INT(port_shutdown(accepted_fd, SHUT_WR), 0);
    n = timed_read(client_fd, buf, sizeof(buf), 5);
    UNIT_ASSERT_INT(n, 0);

    /*
     * A peer that is gone: EPIPE, not a signal. The first send may still
     * succeed; the peer's reset fails the next one.
     */
    UNIT_ASSERT_INT(port_close(accepted_fd), 0);
    UNIT_ASSERT(read_wait(client_fd, 5) == 0);
    limit = deadline_now() + 10000;
    while ((n = port_send(client_fd, "x", 1, 0)) == 1 && deadline_now() < limit)
	(void) read_wait(client_fd, 1);
    UNIT_ASSERT_INT(n, -1);
    UNIT_ASSERT(errno == EPIPE || errno == ECONNRESET);
    UNIT_ASSERT_INT(port_close(client_fd), 0);
    UNIT_ASSERT_INT(port_close(listen_fd), 0);
}

/* test_fcntl - non-blocking mode through port_fcntl() */

static void test_fcntl(void)
{
    int     fd = port_socket(AF_INET, SOCK_STREAM, 0);
    int     flags;

    UNIT_ASSERT(fd >= 0);
    UNIT_ASSERT((flags = port_fcntl(fd, F_GETFL, 0)) >= 0);
    UNIT_ASSERT((flags & O_NONBLOCK) == 0);
    UNIT_ASSERT(port_fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0);
    UNIT_ASSERT(port_fcntl(fd, F_GETFL, 0) & O_NONBLOCK);
    UNIT_ASSERT_INT(port_close(fd), 0);
    UNIT_ASSERT_INT(port_close(fd), -1);
    UNIT_ASSERT_INT(errno, EBADF);
}

int     main(void)
{
    event_init(64, 4);
    UNIT_RUN(test_inet_pton_ntop);
    UNIT_RUN(test_tcp_loopback);
    UNIT_RUN(test_fcntl);
    return (UNIT_SUMMARY());
}
