/*++
/* NAME
/*	timed_write 3
/* SUMMARY
/*	write with a time limit
/* SYNOPSIS
/*	#include <iostuff.h>
/*
/*	ssize_t	timed_write(fd, buf, len, timeout)
/*	int	fd;
/*	const void *buf;
/*	size_t	len;
/*	int	timeout;
/*
/*	ssize_t	deadline_write(fd, buf, len, deadline)
/*	int	fd;
/*	const void *buf;
/*	size_t	len;
/*	long long deadline;
/* DESCRIPTION
/*	deadline_write() waits until fd is writable or the deadline has
/*	passed, then writes once, like write(2): the result is the
/*	number of bytes written, which may be fewer than len (a
/*	non-blocking descriptor with little room), or -1. A write that
/*	is interrupted or finds no room after all (EINTR, EAGAIN) goes
/*	back to waiting. write_buf(3) writes everything.
/*
/*	For the time limit to hold, fd should be non-blocking: a
/*	blocking write(2) of more than there is room for waits until
/*	all of it is written, however long that takes.
/*
/*	timed_write() is deadline_write() with a deadline timeout
/*	seconds from now (negative: no limit).
/* DIAGNOSTICS
/*	-1 with errno ETIMEDOUT when time ran out; otherwise -1 with the
/*	error of poll(2) or write(2) (EPIPE when the reader went away,
/*	provided SIGPIPE is ignored).
/*--*/

#include <sys_defs.h>
#include <errno.h>

#include <port_net.h>
#include <iostuff.h>

/* deadline_write - write once, waiting no longer than the deadline */

ssize_t deadline_write(int fd, const void *buf, size_t len, long long deadline)
{
    ssize_t n;

    for (;;) {
	if (poll_fd(fd, POLL_FD_WRITE, deadline) < 0)
	    return (-1);
	if ((n = port_write(fd, buf, len)) >= 0)
	    return (n);
	if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK)
	    return (-1);
    }
}

/* timed_write - write once, waiting no longer than timeout seconds */

ssize_t timed_write(int fd, const void *buf, size_t len, int timeout)
{
    return (deadline_write(fd, buf, len, deadline_set(timeout)));
}
