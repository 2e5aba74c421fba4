/*++
/* NAME
/*	fifo_trigger 3
/* SUMMARY
/*	wake up a server on a named pipe
/* SYNOPSIS
/*	#include <trigger.h>
/*
/*	int	fifo_trigger(path, buf, len)
/*	const char *path;
/*	const char *buf;
/*	ssize_t	len;
/* DESCRIPTION
/*	fifo_trigger() opens the fifo at path for writing without
/*	waiting, writes the len bytes of buf once without waiting, and
/*	closes it. A path that is not a fifo is refused (EINVAL) and
/*	left as it was. A fifo that nobody reads fails at once (ENXIO) instead
/*	of blocking the open; a fifo that is full already holds wakeups
/*	that the server has not read, so a write that fails with EAGAIN
/*	counts as success: a client never hangs on a full fifo. A
/*	request of at most PIPE_BUF bytes is written whole or not at all.
/* DIAGNOSTICS
/*	0, or -1 with errno set (ENOENT: no fifo; ENXIO: no server;
/*	EINVAL: not a fifo).
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <msg.h>
#include <iostuff.h>
#include <trigger.h>

/* fifo_trigger - write a wakeup request to a fifo */

int     fifo_trigger(const char *path, const char *buf, ssize_t len)
{
    struct stat st;
    ssize_t n;
    int     fd;
    int     saved;

    if (len <= 0)
	msg_panic("fifo_trigger: bad length %ld", (long) len);
    if ((fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)) < 0)
	return (-1);
    if (fstat(fd, &st) < 0 || !S_ISFIFO(st.st_mode)) {
	(void) close(fd);
	errno = EINVAL;
	return (-1);
    }
    do {
	n = write(fd, buf, len);
    } while (n < 0 && errno == EINTR);
    saved = errno;
    (void) close(fd);
    if (n < 0 && saved != EAGAIN && saved != EWOULDBLOCK) {
	errno = saved;
	return (-1);
    }
    if (msg_verbose)
	msg_info("fifo_trigger: %s: %s", path, n < 0 ? "fifo full" : "sent");
    return (0);
}
