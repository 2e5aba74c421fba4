/*++
/* NAME
/*	inet_listen 3
/* SUMMARY
/*	listen on a TCP socket
/* SYNOPSIS
/*	#include <listen.h>
/*
/*	int	inet_listen(addr, port, backlog, why)
/*	const char *addr;
/*	const char *port;
/*	int	backlog;
/*	VSTRING	*why;
/* DESCRIPTION
/*	inet_listen() binds a TCP socket to a numeric IPv4 or IPv6
/*	address and a numeric port (1-65535) and listens with the given
/*	backlog. SO_REUSEADDR is set so that a restart does not wait for
/*	old connections to time out; an IPv6 socket is IPv6-only, so
/*	that "0.0.0.0" and "::" can be bound side by side. All socket
/*	calls go through port_net(3h). The result is non-blocking and
/*	close-on-exec.
/* DIAGNOSTICS
/*	-1 with errno set and the reason in why (when not null).
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>

#include <port_net.h>
#include <iostuff.h>
#include <stringops.h>
#include <listen.h>

/* inet_listen - bind and listen on a TCP endpoint */

int     inet_listen(const char *addr, const char *port, int backlog,
		            VSTRING *why)
{
    struct sockaddr_in sin;
    struct sockaddr_in6 sin6;
    struct sockaddr *sa;
    socklen_t salen;
    const char *what;
    int     family;
    int     sock = -1;
    int     on = 1;
    int     saved;
    long    num;

    if (!alldig(port) || strlen(port) > 5 || (num = atol(port)) < 1
	|| num > 65535) {
	errno = EINVAL;
	what = "bad port number";
	goto fail;
    }
    memset(&sin, 0, sizeof(sin));
    memset(&sin6, 0, sizeof(sin6));
    if (port_inet_pton(AF_INET, addr, &sin.sin_addr) == 1) {
	family = AF_INET;
	sin.sin_family = AF_INET;
	sin.sin_port = htons((unsigned short) num);
	sa = (struct sockaddr *) &sin;
	salen = sizeof(sin);
    } else if (port_inet_pton(AF_INET6, addr, &sin6.sin6_addr) == 1) {
	family = AF_INET6;
	sin6.sin6_family = AF_INET6;
	sin6.sin6_port = htons((unsigned short) num);
	sa = (struct sockaddr *) &sin6;
	salen = sizeof(sin6);
    } else {
	errno = EINVAL;
	what = "bad numeric address";
	goto fail;
    }
    if ((sock = port_socket(family, SOCK_STREAM, 0)) < 0) {
	what = "socket";
	goto fail;
    }
    if (port_setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) < 0) {
	what = "setsockopt SO_REUSEADDR";
	goto fail;
    }
    if (family == AF_INET6
	&& port_setsockopt(sock, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof(on)) < 0) {
	what = "setsockopt IPV6_V6ONLY";
	goto fail;
    }
    if (port_bind(sock, sa, salen) < 0) {
	what = "bind";
	goto fail;
    }
    if (port_listen(sock, backlog) < 0) {
	what = "listen";
	goto fail;
    }
    non_blocking(sock, NON_BLOCKING);
    close_on_exec(sock, CLOSE_ON_EXEC);
    return (sock);

fail:
    saved = errno;
    if (why)
	vstring_sprintf(why, "%s %s port %s: %s", what, addr, port,
			strerror(saved));
    if (sock >= 0)
	(void) port_close(sock);
    errno = saved;
    return (-1);
}
