/*++
/* NAME
/*	poll_fd 3
/* SUMMARY
/*	wait until a descriptor is ready
/* SYNOPSIS
/*	#include <iostuff.h>
/*
/*	int	poll_fd(fd, request, deadline)
/*	int	fd;
/*	int	request;
/*	long long deadline;
/*
/*	int	read_wait(fd, timeout)
/*	int	fd;
/*	int	timeout;
/*
/*	int	write_wait(fd, timeout)
/*	int	fd;
/*	int	timeout;
/* DESCRIPTION
/*	poll_fd() waits until fd is readable (request POLL_FD_READ) or
/*	writable (POLL_FD_WRITE), or until the deadline (see
/*	deadline(3)) has passed. An interrupted wait is resumed with
/*	the time that is left. An error or hang-up condition counts as
/*	ready: the read or write that follows reports it.
/*
/*	read_wait() and write_wait() do the same with a timeout in
/*	seconds; a negative timeout waits without limit, a zero timeout
/*	does not wait.
/*
/*	All three return 0 when the descriptor is ready, and -1 with
/*	errno ETIMEDOUT when time ran out, EBADF when fd is not open,
/*	or the error of poll(2).
/* DIAGNOSTICS
/*	Panic: a request that is neither POLL_FD_READ nor POLL_FD_WRITE.
/*--*/

#include <sys_defs.h>
#include <errno.h>

#include <msg.h>
#include <port_net.h>
#include <iostuff.h>

/* poll_fd - wait for readable or writable, until a deadline */

int     poll_fd(int fd, int request, long long deadline)
{
    struct pollfd pfd;
    int     n;

    if (request != POLL_FD_READ && request != POLL_FD_WRITE)
	msg_panic("poll_fd: bad request %d", request);
    pfd.fd = fd;
    pfd.events = (request == POLL_FD_READ ? POLLIN : POLLOUT);
    for (;;) {
	pfd.revents = 0;
	if ((n = port_poll(&pfd, 1, deadline_left(deadline))) < 0) {
	    if (errno == EINTR)
		continue;
	    return (-1);
	}
	if (n == 0) {
	    errno = ETIMEDOUT;
	    return (-1);
	}
	if (pfd.revents & POLLNVAL) {
	    errno = EBADF;
	    return (-1);
	}
	return (0);
    }
}

/* read_wait - wait until readable, with a timeout in seconds */

int     read_wait(int fd, int timeout)
{
    return (poll_fd(fd, POLL_FD_READ, deadline_set(timeout)));
}

/* write_wait - wait until writable, with a timeout in seconds */

int     write_wait(int fd, int timeout)
{
    return (poll_fd(fd, POLL_FD_WRITE, deadline_set(timeout)));
}
