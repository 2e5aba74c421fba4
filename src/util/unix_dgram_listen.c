/*++
/* NAME
/*	unix_dgram_listen 3
/* SUMMARY
/*	listen on a unix-domain datagram socket
/* SYNOPSIS
/*	#include <listen.h>
/*
/*	int	unix_dgram_listen(path, why)
/*	const char *path;
/*	VSTRING	*why;
/* DESCRIPTION
/*	unix_dgram_listen() removes any old file at path and binds a
/*	datagram socket there with mode 0666 (the directory controls
/*	access). The result is non-blocking and close-on-exec.
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

/* unix_dgram_listen - bind a unix-domain datagram socket */

int     unix_dgram_listen(const char *path, VSTRING *why)
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
    if ((sock = socket(AF_UNIX, SOCK_DGRAM, 0)) < 0) {
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
