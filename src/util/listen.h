/*++
/* NAME
/*	listen 3h
/* SUMMARY
/*	listening endpoints: unix, unix-dgram, fifo, inet
/* SYNOPSIS
/*	#include <listen.h>
/* DESCRIPTION
/*	The server sides of the endpoints that master(8) opens before
/*	it starts a service's processes. Each returns a descriptor in
/*	non-blocking, close-on-exec mode, or -1 with errno set and a
/*	reason (one line, for the log) in why, which may be null.
/*	A stale unix socket or fifo of the same name is removed first.
/*
/*	unix_listen(path, backlog, why) and unix_dgram_listen(path, why)
/*	bind a unix-domain stream or datagram socket; fifo_listen(path,
/*	mode, why) makes a named pipe and opens it for reading and
/*	writing, so that it never reports end of file.
/*
/*	inet_listen(addr, port, backlog, why) binds a TCP socket to a
/*	numeric IPv4 or IPv6 address (no brackets) and a numeric port,
/*	with SO_REUSEADDR, and IPV6_V6ONLY for IPv6. It goes through
/*	port_net(3h), so it works on lwIP as well.
/*--*/

#ifndef _LISTEN_H_INCLUDED_
#define _LISTEN_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

extern int unix_listen(const char *, int, VSTRING *);
extern int unix_dgram_listen(const char *, VSTRING *);
extern int fifo_listen(const char *, int, VSTRING *);
extern int inet_listen(const char *, const char *, int, VSTRING *);

#endif
