/*++
/* NAME
/*	trigger 3h
/* SUMMARY
/*	wake up a server without waiting for it
/* SYNOPSIS
/*	#include <trigger.h>
/* DESCRIPTION
/*	A trigger is a request of a few bytes written to a server's
/*	endpoint by a client that does not wait for an answer.
/*	fifo_trigger(path, buf, len) writes to a named pipe;
/*	unix_trigger(path, buf, len) to a unix-domain stream socket, or
/*	a datagram socket when the endpoint turns out to be one. Neither
/*	ever blocks. The result is 0, or -1 with errno set.
/*--*/

#ifndef _TRIGGER_H_INCLUDED_
#define _TRIGGER_H_INCLUDED_

#include <sys_defs.h>

extern int fifo_trigger(const char *, const char *, ssize_t);
extern int unix_trigger(const char *, const char *, ssize_t);

#endif
