/*++
/* NAME
/*	timed_read 3
/* SUMMARY
/*	read with a time limit
/* SYNOPSIS
/*	#include <iostuff.h>
/*
/*	ssize_t	timed_read(fd, buf, len, timeout)
/*	int	fd;
/*	void	*buf;
/*	size_t	len;
/*	int	timeout;
/*
/*	ssize_t	deadline_read(fd, buf, len, deadline)
/*	int	fd;
/*	void	*buf;
/*	size_t	len;
/*	long long deadline;
/* DESCRIPTION
/*	deadline_read() waits until fd is readable or the deadline has
/*	passed, then reads once, like read(2): the result is the number
/*	of bytes read (perhaps fewer than len), 0 at end of file, or -1.
/*	A read that is interrupted or finds no data after all (EINTR,
/*	EAGAIN on a non-blocking descriptor) goes back to waiting. fd
/*	may be blocking or non-blocking.
/*
/*	A caller that reads one request in several pieces passes the
/*	same deadline to each call, so that the whole request must
/*	arrive in time.
/*
/*	timed_read() is deadline_read() with a deadline timeout seconds
/*	from now (negative: no limit).
/* DIAGNOSTICS
/*	-1 with errno ETIMEDOUT when time ran out; otherwise -1 with the
/*	error of poll(2) or read(2).
/*--*/

#include <sys_defs.h>
#include <errno.h>

#include <port_net.h>
#include <iostuff.h>

/* deadline_read - read once, waiting no longer than the deadline */

ssize_t deadline_read(int fd, void *buf, size_t len, long long deadline)
{
    ssize_t n;

    for (;;) {
	if (poll_fd(fd, POLL_FD_READ, deadline) < 0)
	    return (-1);
	if ((n = port_read(fd, buf, len)) >= 0)
	    return (n);
	if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK)
	    return (-1);
    }
}

/* timed_read - read once, waiting no longer than timeout seconds */

ssize_t timed_read(int fd, void *buf, size_t len, int timeout)
{
    return (deadline_read(fd, buf, len, deadline_set(timeout)));
}
