/*++
/* NAME
/*	unix_listen 3
/* SUMMARY
/*	listen on unix-domain stream and datagram sockets
/* SYNOPSIS
/*	#include <listen.h>
/*
/*	int	unix_listen(path, backlog, why)
/*	const char *path;
/*	int	backlog;
/*	VSTRING	*why;
/*
/*	int	unix_dgram_listen(path, why)
/*	const char *path;
/*	VSTRING	*why;
/* DESCRIPTION
/*	Both functions remove any old file at path and bind a socket
/*	there with mode 0666 (access is controlled by the directory:
/*	public/ or private/). unix_listen() makes a stream socket and
/*	listens with the given backlog; unix_dgram_listen() makes a
/*	datagram socket. The result is non-blocking and close-on-exec.
/* DIAGNOSTICS
/*	-1 with errno set and the reason in why (when not null).
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/stat.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <iostuff.h>
#include <listen.h>

/* unix_bind_listen - bind a unix-domain socket; listen if backlog > 0 */

static int unix_bind_listen(const char *path, int type, int backlog,
			            VSTRING *why)
{
    struct sockaddr_un sun;
    const char *what;
    int     sock = -1;
    int     saved;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(sun.sun_path)) {
	errno = ENAMETOOLONG;
	what = "socket path too long";
	goto fail;
    }
    strcpy(sun.sun_path, path);
    if ((sock = socket(AF_UNIX, type, 0)) < 0) {
	what = "socket";
	goto fail;
    }
    if (unlink(path) < 0 && errno != ENOENT) {
	what = "remove old socket";
	goto fail;
    }
    if (bind(sock, (struct sockaddr *) &sun, sizeof(sun)) < 0) {
	what = "bind";
	goto fail;
    }
    if (chmod(path, 0666) < 0) {
	what = "chmod";
	goto fail;
    }
    if (backlog > 0 && listen(sock, backlog) < 0) {
	what = "listen";
	goto fail;
    }
    non_blocking(sock, NON_BLOCKING);
    close_on_exec(sock, CLOSE_ON_EXEC);
    return (sock);

fail:
    saved = errno;
    if (why)
	vstring_sprintf(why, "%s %s: %s", what, path, strerror(saved));
    if (sock >= 0)
	(void) close(sock);
    errno = saved;
    return (-1);
}

/* unix_listen - bind and listen on a unix-domain stream socket */

int     unix_listen(const char *path, int backlog, VSTRING *why)
{
    return (unix_bind_listen(path, SOCK_STREAM, backlog > 0 ? backlog : 1, why));
}

/* unix_dgram_listen - bind a unix-domain datagram socket */

int     unix_dgram_listen(const char *path, VSTRING *why)
{
    return (unix_bind_listen(path, SOCK_DGRAM, 0, why));
}
