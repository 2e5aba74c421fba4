/*++
/* NAME
/*	port_net 3h
/* SUMMARY
/*	network portability layer
/* SYNOPSIS
/*	#include <port_net.h>
/* DESCRIPTION
/*	Every network operation in Postlet goes through these
/*	functions. They are the subset of the BSD socket interface that
/*	lwIP's socket API also provides, with the same arguments, the
/*	same results and the same errno values as the system calls they
/*	are named after: -1 with errno set on error, nothing retried on
/*	EINTR, no name service (port_inet_pton() and port_inet_ntop()
/*	convert numeric addresses only).
/*
/*	port_read() and port_write() transfer data on a descriptor of any
/*	kind (socket, pipe, terminal); port_fcntl() supports F_GETFL and
/*	F_SETFL with O_NONBLOCK, which is all that lwIP's fcntl() knows.
/*
/*	Types and constants keep their standard names (struct sockaddr,
/*	socklen_t, struct pollfd, POLLIN, AF_INET, SOL_SOCKET, ...); lwIP
/*	provides the same names through its compat/posix headers, which
/*	an lwIP board puts on the include path.
/*
/*	Unix-domain IPC, fork/exec, signals and files are POSIX only and
/*	do not go through this layer.
/* PORTS
/*	The implementation is chosen by path, the way musl lets an
/*	architecture file replace the generic file of the same name:
/*	port/posix/port_net.c is the generic one, on top of the system
/*	calls. A port for an lwIP system adds port/lwip/port_net.c,
/*	defining the same functions with lwip_socket(), lwip_poll(),
/*	lwip_inet_pton() and so on, and its board file builds each
/*	port/lwip/NAME.c in place of port/posix/NAME.c; posix files that
/*	have no lwip replacement are still built. Nothing above port/
/*	changes.
/*--*/

#ifndef _PORT_NET_H_INCLUDED_
#define _PORT_NET_H_INCLUDED_

#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <poll.h>
#include <fcntl.h>

extern int port_socket(int, int, int);
extern int port_bind(int, const struct sockaddr *, socklen_t);
extern int port_listen(int, int);
extern int port_accept(int, struct sockaddr *, socklen_t *);
extern int port_connect(int, const struct sockaddr *, socklen_t);
extern int port_poll(struct pollfd *, unsigned int, int);
extern ssize_t port_send(int, const void *, size_t, int);
extern ssize_t port_recv(int, void *, size_t, int);
extern ssize_t port_read(int, void *, size_t);
extern ssize_t port_write(int, const void *, size_t);
extern int port_setsockopt(int, int, int, const void *, socklen_t);
extern int port_getsockopt(int, int, int, void *, socklen_t *);
extern int port_getsockname(int, struct sockaddr *, socklen_t *);
extern int port_getpeername(int, struct sockaddr *, socklen_t *);
extern int port_fcntl(int, int, int);
extern int port_shutdown(int, int);
extern int port_close(int);
extern int port_inet_pton(int, const char *, void *);
extern const char *port_inet_ntop(int, const void *, char *, socklen_t);

#endif
