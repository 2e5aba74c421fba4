/*++
/* NAME
/*	unix_dgram_connect 3
/* SUMMARY
/*	connect to a unix-domain datagram socket
/* SYNOPSIS
/*	#include <connect.h>
/*
/*	int	unix_dgram_connect(path, block_mode)
/*	const char *path;
/*	int	block_mode;
/* DESCRIPTION
/*	unix_dgram_connect() makes a datagram socket whose default
/*	destination is the socket bound at path (postlogd's postlog
/*	service, for example), close-on-exec and in the given
/*	block_mode. With NON_BLOCKING, send(2) to a server whose
/*	receive queue is full fails with EAGAIN instead of waiting.
/* DIAGNOSTICS
/*	-1 with errno set: ENAMETOOLONG for a path that does not fit a
/*	socket address, otherwise the error of socket(2) or connect(2)
/*	(ENOENT, ECONNREFUSED: no server; EPROTOTYPE: the endpoint is a
/*	stream socket).
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <iostuff.h>
#include <connect.h>

/* unix_dgram_connect - connect to a unix-domain datagram socket */

int     unix_dgram_connect(const char *path, int block_mode)
{
    struct sockaddr_un sun;
    int     sock;
    int     saved;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(sun.sun_path)) {
	errno = ENAMETOOLONG;
	return (-1);
    }
    strcpy(sun.sun_path, path);
    if ((sock = socket(AF_UNIX, SOCK_DGRAM, 0)) < 0)
	return (-1);
    close_on_exec(sock, CLOSE_ON_EXEC);
    non_blocking(sock, block_mode);
    if (connect(sock, (struct sockaddr *) &sun, sizeof(sun)) < 0) {
	saved = errno;
	(void) close(sock);
	errno = saved;
	return (-1);
    }
    return (sock);
}
