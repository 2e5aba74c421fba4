/*++
/* NAME
/*	connect 3h
/* SUMMARY
/*	client sides of local endpoints
/* SYNOPSIS
/*	#include <connect.h>
/* DESCRIPTION
/*	unix_connect(path, block_mode, timeout) connects a unix-domain
/*	stream socket; unix_dgram_connect(path, block_mode) a datagram
/*	socket. block_mode is BLOCKING or NON_BLOCKING (iostuff(3h));
/*	the result is a close-on-exec descriptor in that mode, or -1
/*	with errno set. The listening sides are in listen(3h).
/*--*/

#ifndef _CONNECT_H_INCLUDED_
#define _CONNECT_H_INCLUDED_

#include <sys_defs.h>

extern int unix_connect(const char *, int, int);
extern int unix_dgram_connect(const char *, int);

#endif
