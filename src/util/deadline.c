/*++
/* NAME
/*	deadline 3
/* SUMMARY
/*	absolute time limits on the monotonic clock
/* SYNOPSIS
/*	#include <iostuff.h>
/*
/*	long long deadline_now()
/*
/*	long long deadline_set(timeout)
/*	int	timeout;
/*
/*	int	deadline_left(deadline)
/*	long long deadline;
/* DESCRIPTION
/*	deadline_now() returns the monotonic clock in milliseconds. The
/*	value is only meaningful relative to other readings in the same
/*	boot; it never goes back and does not follow changes of the
/*	wall clock.
/*
/*	deadline_set() returns the deadline that lies timeout seconds
/*	from now, or DEADLINE_NONE when timeout is negative. A timeout
/*	of zero gives a deadline that has already arrived: a wait with
/*	it only tests whether a descriptor is ready.
/*
/*	deadline_left() returns the milliseconds until the deadline,
/*	0 when it has passed, and -1 for DEADLINE_NONE: the timeout
/*	argument of poll(2). Values beyond INT_MAX are clipped.
/*
/*	A long long holds milliseconds for 290 million years, also on
/*	32-bit targets where long is 32 bits.
/* DIAGNOSTICS
/*	A monotonic clock that cannot be read is fatal.
/*--*/

#include <sys_defs.h>
#include <limits.h>
#include <time.h>

#include <msg.h>
#include <iostuff.h>

/* deadline_now - monotonic clock in milliseconds */

long long deadline_now(void)
{
    struct timespec ts;

    if (clock_gettime(CLOCK_MONOTONIC, &ts) < 0)
	msg_fatal("clock_gettime CLOCK_MONOTONIC: %m");
    return ((long long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
}

/* deadline_set - deadline timeout seconds from now */

long long deadline_set(int timeout)
{
    if (timeout < 0)
	return (DEADLINE_NONE);
    return (deadline_now() + (long long) timeout * 1000);
}

/* deadline_left - milliseconds to go, as a poll(2) timeout */

int     deadline_left(long long deadline)
{
    long long left;

    if (deadline == DEADLINE_NONE)
	return (-1);
    left = deadline - deadline_now();
    if (left <= 0)
	return (0);
    if (left > INT_MAX)
	return (INT_MAX);
    return ((int) left);
}
