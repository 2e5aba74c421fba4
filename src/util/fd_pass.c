/*++
/* NAME
/*	fd_pass 3
/* SUMMARY
/*	pass an open descriptor over a unix-domain socket
/* SYNOPSIS
/*	#include <fd_pass.h>
/*
/*	int	fd_send(sock, fd)
/*	int	sock;
/*	int	fd;
/*
/*	int	fd_recv(sock, timeout)
/*	int	sock;
/*	int	timeout;
/* DESCRIPTION
/*	fd_send() sends one message of one NUL byte over the connected
/*	unix-domain stream socket sock, with a copy of the descriptor
/*	fd attached as SCM_RIGHTS ancillary data. The caller keeps fd
/*	and closes it when it no longer needs it. On a non-blocking
/*	socket whose send buffer is full the result is -1 with errno
/*	EAGAIN: wait with write_wait() first. SIGPIPE is not raised
/*	when the peer has gone (EPIPE instead).
/*
/*	fd_recv() reads exactly one byte from sock with recvmsg(2),
/*	waiting at most timeout seconds for it (0: without limit;
/*	sock may be non-blocking), and returns the descriptor that
/*	came with it, with close-on-exec set. Reading one byte and no
/*	more means that the bytes after the message (an attribute list,
/*	say) stay in the socket for a buffered reader.
/*
/*	The byte's value is not checked. A message that carries more
/*	than one descriptor (a hostile or confused peer) gives the
/*	first one; every other one that arrived is closed at once, and
/*	any that did not fit in the control buffer were discarded by
/*	the kernel.
/* DIAGNOSTICS
/*	Both return -1 with errno set on failure. fd_recv(): EBADMSG
/*	when the byte came without a descriptor (the byte is consumed),
/*	ECONNRESET at end of input, ETIMEDOUT when time ran out, or the
/*	error of recvmsg(2).
/*--*/

#include <sys_defs.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <iostuff.h>
#include <fd_pass.h>

 /*
  * Room for a few descriptors, so that a peer that sends several gets
  * them closed by us rather than only truncated.
  */
#define FD_PASS_ROOM	8

typedef union {
    struct cmsghdr align;
    char    buf[CMSG_SPACE(FD_PASS_ROOM * sizeof(int))];
} FD_PASS_CTL;

/* fd_send - send one descriptor with one data byte */

int     fd_send(int sock, int fd)
{
    struct msghdr msg;
    struct iovec iov;
    struct cmsghdr *cmsg;
    union {
	struct cmsghdr align;
	char    buf[CMSG_SPACE(sizeof(int))];
    }       ctl;
    char    byte = 0;
    ssize_t n;

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
    cmsg->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cmsg), &fd, sizeof(int));
    do {
	n = sendmsg(sock, &msg, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
	return (-1);
    if (n != 1) {
	errno = EIO;
	return (-1);
    }
    return (0);
}

/* fd_recv_collect - keep the first descriptor, close the others */

static int fd_recv_collect(struct msghdr *msg)
{
    struct cmsghdr *cmsg;
    size_t  count;
    size_t  i;
    int     result = -1;
    int     fd;

    for (cmsg = CMSG_FIRSTHDR(msg); cmsg != 0; cmsg = CMSG_NXTHDR(msg, cmsg)) {
	if (cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS
	    || cmsg->cmsg_len < CMSG_LEN(0))
	    continue;
	count = (cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int);
	for (i = 0; i < count; i++) {
	    memcpy(&fd, CMSG_DATA(cmsg) + i * sizeof(int), sizeof(int));
	    if (result < 0)
		result = fd;
	    else
		(void) close(fd);
	}
    }
    return (result);
}

/* fd_recv - receive one descriptor with one data byte */

int     fd_recv(int sock, int timeout)
{
    long long deadline = (timeout > 0 ? deadline_set(timeout) : DEADLINE_NONE);
    struct msghdr msg;
    struct iovec iov;
    FD_PASS_CTL ctl;
    char    byte;
    ssize_t n;
    int     fd;

    for (;;) {
	if (poll_fd(sock, POLL_FD_READ, deadline) < 0)
	    return (-1);
	memset(&msg, 0, sizeof(msg));
	memset(&ctl, 0, sizeof(ctl));
	iov.iov_base = &byte;
	iov.iov_len = 1;
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	msg.msg_control = ctl.buf;
	msg.msg_controllen = sizeof(ctl.buf);
	if ((n = recvmsg(sock, &msg, MSG_DONTWAIT)) >= 0)
	    break;
	if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK)
	    return (-1);
    }
    fd = fd_recv_collect(&msg);
    if (n == 0) {
	if (fd >= 0)
	    (void) close(fd);
	errno = ECONNRESET;
	return (-1);
    }
    if (fd < 0) {
	errno = EBADMSG;
	return (-1);
    }
    (void) close_on_exec(fd, CLOSE_ON_EXEC);
    return (fd);
}
