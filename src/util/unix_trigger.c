/*++
/* NAME
/*	unix_trigger 3
/* SUMMARY
/*	wake up a server on a unix-domain socket
/* SYNOPSIS
/*	#include <trigger.h>
/*
/*	int	unix_trigger(path, buf, len)
/*	const char *path;
/*	const char *buf;
/*	ssize_t	len;
/* DESCRIPTION
/*	unix_trigger() connects to the stream socket at path without
/*	waiting, writes the len bytes of buf without waiting and closes
/*	the connection: the request stays queued on the server's side
/*	until it accepts the connection and reads it. When the endpoint
/*	is a datagram socket (connect(2) says EPROTOTYPE) the bytes go
/*	as one datagram instead.
/*
/*	A server that cannot take the request now (a full backlog, a
/*	full socket buffer) is one that has wakeups pending already:
/*	the connection attempt fails with EAGAIN, or a full buffer
/*	counts as success, so that a client never hangs on a busy
/*	server.
/* DIAGNOSTICS
/*	0, or -1 with errno set (ENOENT, ECONNREFUSED: no server).
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <errno.h>
#include <unistd.h>

#include <msg.h>
#include <iostuff.h>
#include <connect.h>
#include <trigger.h>

/* unix_trigger - write a wakeup request to a unix-domain socket */

int     unix_trigger(const char *path, const char *buf, ssize_t len)
{
    ssize_t n;
    int     sock;
    int     saved;

    if (len <= 0)
	msg_panic("unix_trigger: bad length %ld", (long) len);
    if ((sock = unix_connect(path, NON_BLOCKING, 0)) < 0) {
	if (errno != EPROTOTYPE
	    || (sock = unix_dgram_connect(path, NON_BLOCKING)) < 0)
	    return (-1);
    }
    do {
	n = send(sock, buf, len, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    saved = errno;
    (void) close(sock);
    if (n < 0 && saved != EAGAIN && saved != EWOULDBLOCK) {
	errno = saved;
	return (-1);
    }
    if (msg_verbose)
	msg_info("unix_trigger: %s: %s", path, n < 0 ? "buffer full" : "sent");
    return (0);
}
