/*++
/* NAME
/*	unix_connect 3
/* SUMMARY
/*	connect to a unix-domain stream socket
/* SYNOPSIS
/*	#include <connect.h>
/*
/*	int	unix_connect(path, block_mode, timeout)
/*	const char *path;
/*	int	block_mode;
/*	int	timeout;
/* DESCRIPTION
/*	unix_connect() connects a new stream socket to the server that
/*	listens at path and returns it close-on-exec, in the given
/*	block_mode (BLOCKING or NON_BLOCKING).
/*
/*	With NON_BLOCKING the connection attempt never waits: a server
/*	whose queue of pending connections is full gives -1 with errno
/*	EAGAIN at once. With BLOCKING and a positive timeout, such a
/*	server is tried again (every UNIX_CONNECT_RETRY_MS milliseconds)
/*	until the connection succeeds or timeout seconds have passed;
/*	a timeout of 0 waits as long as connect(2) does.
/* DIAGNOSTICS
/*	-1 with errno set: ENAMETOOLONG for a path that does not fit a
/*	socket address, ETIMEDOUT when time ran out, otherwise the error
/*	of socket(2) or connect(2) (ENOENT, ECONNREFUSED: no server;
/*	EPROTOTYPE: the endpoint is a datagram socket).
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include <iostuff.h>
#include <connect.h>

#define UNIX_CONNECT_RETRY_MS	50	/* while the backlog is full */

/* unix_connect - connect to a unix-domain stream socket */

int     unix_connect(const char *path, int block_mode, int timeout)
{
    struct sockaddr_un sun;
    long long deadline;
    int     sock;
    int     saved;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(sun.sun_path)) {
	errno = ENAMETOOLONG;
	return (-1);
    }
    strcpy(sun.sun_path, path);
    if ((sock = socket(AF_UNIX, SOCK_STREAM, 0)) < 0)
	return (-1);
    close_on_exec(sock, CLOSE_ON_EXEC);
    if (block_mode == NON_BLOCKING || timeout > 0)
	non_blocking(sock, NON_BLOCKING);
    deadline = (timeout > 0 ? deadline_set(timeout) : DEADLINE_NONE);
    while (connect(sock, (struct sockaddr *) &sun, sizeof(sun)) < 0) {
	if (errno == EINTR)
	    continue;
	if (errno == EINPROGRESS && block_mode == BLOCKING) {
	    socklen_t len = sizeof(saved);

	    if (poll_fd(sock, POLL_FD_WRITE, deadline) < 0)
		goto fail;
	    if (getsockopt(sock, SOL_SOCKET, SO_ERROR, &saved, &len) < 0)
		goto fail;
	    if (saved == 0)
		break;
	    errno = saved;
	    goto fail;
	}
	if (errno != EAGAIN || block_mode != BLOCKING)
	    goto fail;
	if (deadline_left(deadline) == 0) {
	    errno = ETIMEDOUT;
	    goto fail;
	}
	(void) poll((struct pollfd *) 0, 0, UNIX_CONNECT_RETRY_MS);
    }
    if (block_mode == BLOCKING)
	non_blocking(sock, BLOCKING);
    return (sock);

fail:
    saved = errno;
    (void) close(sock);
    errno = saved;
    return (-1);
}
