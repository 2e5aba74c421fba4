/*++
/* NAME
/*	iostuff 3h
/* SUMMARY
/*	descriptor modes, waiting, and I/O with time limits
/* SYNOPSIS
/*	#include <iostuff.h>
/* DESCRIPTION
/*	Time limits come in two forms. A timeout is a number of seconds
/*	for one call (timed_read(), read_wait(), ...). A deadline is an
/*	absolute time in milliseconds on the monotonic clock
/*	(deadline_set()), shared by every call that works on one
/*	request: a command line, a reply, a TLS record. With a deadline,
/*	a peer that trickles one byte per second cannot stretch the time
/*	limit by resetting it on each read, which is the behaviour of
/*	Postfix's smtp_per_record_deadline and smtp_per_request_deadline.
/*	The monotonic clock does not jump when the wall clock is set
/*	(routers without a real-time clock set it after boot).
/*--*/

#ifndef _IOSTUFF_H_INCLUDED_
#define _IOSTUFF_H_INCLUDED_

#include <sys_defs.h>

 /*
  * Descriptor modes; both functions return the previous mode.
  */
#define BLOCKING	0
#define NON_BLOCKING	1
#define PASS_ON_EXEC	0
#define CLOSE_ON_EXEC	1

extern int non_blocking(int, int);
extern int close_on_exec(int, int);

 /*
  * Deadlines: milliseconds on the monotonic clock.
  */
#define DEADLINE_NONE	(-1LL)		/* no time limit */

extern long long deadline_now(void);
extern long long deadline_set(int);
extern int deadline_left(long long);

 /*
  * Waiting for a descriptor: 0 when ready, -1 with errno ETIMEDOUT or
  * another error.
  */
#define POLL_FD_READ	0
#define POLL_FD_WRITE	1

extern int poll_fd(int, int, long long);
extern int read_wait(int, int);
extern int write_wait(int, int);

 /*
  * I/O with a time limit: like read(2) and write(2), a short count is
  * normal; -1 with errno ETIMEDOUT when time ran out.
  */
extern ssize_t timed_read(int, void *, size_t, int);
extern ssize_t deadline_read(int, void *, size_t, long long);
extern ssize_t timed_write(int, const void *, size_t, int);
extern ssize_t deadline_write(int, const void *, size_t, long long);
extern ssize_t write_buf(int, const void *, size_t, long long);

#endif
