/*++
/* NAME
/*	vstream_raw 3
/* SUMMARY
/*	stream input and output on the descriptor
/* SYNOPSIS
/*	#include <vstream.h>
/*
/*	ssize_t	vstream_raw_read(stream, buf, len, deadline, context)
/*	VSTREAM	*stream;
/*	void	*buf;
/*	size_t	len;
/*	long long deadline;
/*	void	*context;
/*
/*	ssize_t	vstream_raw_write(stream, buf, len, deadline, context)
/*	VSTREAM	*stream;
/*	const void *buf;
/*	size_t	len;
/*	long long deadline;
/*	void	*context;
/* DESCRIPTION
/*	These are the functions through which a stream reads and writes
/*	its descriptor, unless vstream_set_io() put others in their
/*	place. A replacement (a TLS layer) has the same interface and
/*	calls these to move its own data over the descriptor.
/*
/*	Each transfers data once, like read(2) and write(2): the result
/*	is the number of bytes transferred, which may be less than len,
/*	0 at end of input, or -1 with errno set. Before the transfer
/*	they wait until the descriptor is ready or the deadline
/*	(iostuff(3h)) has passed; with DEADLINE_NONE they wait as long
/*	as it takes. An interrupted call (EINTR) is repeated, and so is
/*	one that found the descriptor not ready after all (EAGAIN on a
/*	non-blocking descriptor), after waiting again. The context
/*	argument is not used.
/*
/*	I/O goes through port_read(), port_write() and, for sockets,
/*	port_send() (port_net(3h)), which asks the system not to raise
/*	SIGPIPE. On a pipe whose reader went away, vstream_raw_write()
/*	blocks SIGPIPE for the duration of the write and discards the
/*	signal that the write raised, so that the process is not killed
/*	and the write fails with EPIPE, without changing how the rest
/*	of the program handles SIGPIPE.
/* DIAGNOSTICS
/*	-1 with errno ETIMEDOUT when the deadline passed; otherwise -1
/*	with the error of poll(2), read(2), write(2) or send(2).
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <signal.h>
#include <time.h>

#include <iostuff.h>
#include <port_net.h>
#include <vstream.h>

/* vstream_retry - whether to wait and try a failed transfer again */

static int vstream_retry(int fd, int request, long long deadline)
{
    if (errno == EINTR)
	return (1);
    if (errno != EAGAIN && errno != EWOULDBLOCK)
	return (0);
    /* With a deadline, the loop waits before each attempt anyway. */
    return (deadline != DEADLINE_NONE || poll_fd(fd, request, deadline) == 0);
}

/* vstream_raw_read - read once, waiting no longer than the deadline */

ssize_t vstream_raw_read(VSTREAM *stream, void *buf, size_t len,
			         long long deadline, void *context)
{
    ssize_t n;

    (void) context;
    for (;;) {
	if (deadline != DEADLINE_NONE
	    && poll_fd(stream->fd, POLL_FD_READ, deadline) < 0)
	    return (-1);
	if ((n = port_read(stream->fd, buf, len)) >= 0)
	    return (n);
	if (!vstream_retry(stream->fd, POLL_FD_READ, deadline))
	    return (-1);
    }
}

/* vstream_pipe_write - write to a pipe without being killed by SIGPIPE */

static ssize_t vstream_pipe_write(int fd, const void *buf, size_t len)
{
    static const struct timespec no_wait;
    sigset_t pipe_set;
    sigset_t saved_set;
    ssize_t n;
    int     saved_errno;

    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    (void) sigprocmask(SIG_BLOCK, &pipe_set, &saved_set);
    n = port_write(fd, buf, len);
    saved_errno = errno;

    /*
     * The signal is pending now, unless the program had blocked it
     * already: then it may be the program's own, and stays.
     */
    if (n < 0 && saved_errno == EPIPE && !sigismember(&saved_set, SIGPIPE))
	(void) sigtimedwait(&pipe_set, (siginfo_t *) 0, &no_wait);
    (void) sigprocmask(SIG_SETMASK, &saved_set, (sigset_t *) 0);
    errno = saved_errno;
    return (n);
}

/* vstream_raw_write - write once, waiting no longer than the deadline */

ssize_t vstream_raw_write(VSTREAM *stream, const void *buf, size_t len,
			          long long deadline, void *context)
{
    ssize_t n;

    (void) context;
    for (;;) {
	if (deadline != DEADLINE_NONE
	    && poll_fd(stream->fd, POLL_FD_WRITE, deadline) < 0)
	    return (-1);
	if (stream->flags & VSTREAM_FLAG_SOCK)
	    n = port_send(stream->fd, buf, len, 0);
	else if (stream->flags & VSTREAM_FLAG_FIFO)
	    n = vstream_pipe_write(stream->fd, buf, len);
	else
	    n = port_write(stream->fd, buf, len);
	if (n >= 0)
	    return (n);
	if (!vstream_retry(stream->fd, POLL_FD_WRITE, deadline))
	    return (-1);
    }
}
