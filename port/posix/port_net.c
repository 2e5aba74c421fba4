/*++
/* NAME
/*	port_net 3
/* SUMMARY
/*	network portability layer, POSIX system calls
/* SYNOPSIS
/*	#include <port_net.h>
/*
/*	int	port_socket(domain, type, protocol)
/*	int	port_bind(fd, addr, addrlen)
/*	int	port_listen(fd, backlog)
/*	int	port_accept(fd, addr, addrlen)
/*	int	port_connect(fd, addr, addrlen)
/*	int	port_poll(fds, nfds, timeout_ms)
/*	ssize_t	port_send(fd, buf, len, flags)
/*	ssize_t	port_recv(fd, buf, len, flags)
/*	ssize_t	port_read(fd, buf, len)
/*	ssize_t	port_write(fd, buf, len)
/*	int	port_setsockopt(fd, level, name, value, len)
/*	int	port_getsockopt(fd, level, name, value, lenp)
/*	int	port_getsockname(fd, addr, addrlen)
/*	int	port_getpeername(fd, addr, addrlen)
/*	int	port_fcntl(fd, cmd, arg)
/*	int	port_shutdown(fd, how)
/*	int	port_close(fd)
/*	int	port_inet_pton(family, text, addr)
/*	const char *port_inet_ntop(family, addr, buf, buflen)
/* DESCRIPTION
/*	This is the generic implementation of port_net(3h): each
/*	function calls the POSIX function of the same name, so that the
/*	behaviour is exactly the system's. The one addition: port_send()
/*	sets MSG_NOSIGNAL where the system has it, so that a peer that
/*	went away gives EPIPE instead of a SIGPIPE.
/*--*/

#include <sys_defs.h>
#include <unistd.h>

#include <port_net.h>

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL	0
#endif

/* port_socket - create an endpoint */

int     port_socket(int domain, int type, int protocol)
{
    return (socket(domain, type, protocol));
}

/* port_bind - give a socket its local address */

int     port_bind(int fd, const struct sockaddr *addr, socklen_t addrlen)
{
    return (bind(fd, addr, addrlen));
}

/* port_listen - accept connections on a socket */

int     port_listen(int fd, int backlog)
{
    return (listen(fd, backlog));
}

/* port_accept - take a pending connection */

int     port_accept(int fd, struct sockaddr *addr, socklen_t *addrlen)
{
    return (accept(fd, addr, addrlen));
}

/* port_connect - connect to a peer */

int     port_connect(int fd, const struct sockaddr *addr, socklen_t addrlen)
{
    return (connect(fd, addr, addrlen));
}

/* port_poll - wait for descriptor events */

int     port_poll(struct pollfd *fds, unsigned int nfds, int timeout_ms)
{
    return (poll(fds, (nfds_t) nfds, timeout_ms));
}

/* port_send - send data on a connected socket */

ssize_t port_send(int fd, const void *buf, size_t len, int flags)
{
    return (send(fd, buf, len, flags | MSG_NOSIGNAL));
}

/* port_recv - receive data from a socket */

ssize_t port_recv(int fd, void *buf, size_t len, int flags)
{
    return (recv(fd, buf, len, flags));
}

/* port_read - read from a descriptor of any kind */

ssize_t port_read(int fd, void *buf, size_t len)
{
    return (read(fd, buf, len));
}

/* port_write - write to a descriptor of any kind */

ssize_t port_write(int fd, const void *buf, size_t len)
{
    return (write(fd, buf, len));
}

/* port_setsockopt - set a socket option */

int     port_setsockopt(int fd, int level, int name, const void *value,
			        socklen_t len)
{
    return (setsockopt(fd, level, name, value, len));
}

/* port_getsockopt - get a socket option */

int     port_getsockopt(int fd, int level, int name, void *value,
			        socklen_t *lenp)
{
    return (getsockopt(fd, level, name, value, lenp));
}

/* port_getsockname - local address of a socket */

int     port_getsockname(int fd, struct sockaddr *addr, socklen_t *addrlen)
{
    return (getsockname(fd, addr, addrlen));
}

/* port_getpeername - remote address of a socket */

int     port_getpeername(int fd, struct sockaddr *addr, socklen_t *addrlen)
{
    return (getpeername(fd, addr, addrlen));
}

/* port_fcntl - descriptor status flags */

int     port_fcntl(int fd, int cmd, int arg)
{
    return (fcntl(fd, cmd, arg));
}

/* port_shutdown - shut down part of a connection */

int     port_shutdown(int fd, int how)
{
    return (shutdown(fd, how));
}

/* port_close - close a socket */

int     port_close(int fd)
{
    return (close(fd));
}

/* port_inet_pton - numeric address text to binary */

int     port_inet_pton(int family, const char *text, void *addr)
{
    return (inet_pton(family, text, addr));
}

/* port_inet_ntop - binary address to numeric text */

const char *port_inet_ntop(int family, const void *addr, char *buf,
			           socklen_t buflen)
{
    return (inet_ntop(family, addr, buf, buflen));
}
