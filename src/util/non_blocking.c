/*++
/* NAME
/*	non_blocking 3
/* SUMMARY
/*	set or clear non-blocking mode
/* SYNOPSIS
/*	#include <iostuff.h>
/*
/*	int	non_blocking(fd, on)
/*	int	fd;
/*	int	on;
/* DESCRIPTION
/*	non_blocking() puts fd in non-blocking mode (on is
/*	NON_BLOCKING) or in blocking mode (BLOCKING), and returns the
/*	mode it was in before, so that the caller can restore it. The
/*	descriptor may be a socket (through port_fcntl()), a pipe or a
/*	terminal.
/* DIAGNOSTICS
/*	A descriptor whose mode cannot be read or set (not open) is
/*	fatal.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>

#include <msg.h>
#include <port_net.h>
#include <iostuff.h>

/* non_blocking - set or clear O_NONBLOCK, return the old mode */

int     non_blocking(int fd, int on)
{
    int     flags;
    int     old;

    if ((flags = port_fcntl(fd, F_GETFL, 0)) < 0)
	msg_fatal("non_blocking: fcntl F_GETFL fd %d: %m", fd);
    old = (flags & O_NONBLOCK) ? NON_BLOCKING : BLOCKING;
    if (old != (on ? NON_BLOCKING : BLOCKING)
	&& port_fcntl(fd, F_SETFL, flags ^ O_NONBLOCK) < 0)
	msg_fatal("non_blocking: fcntl F_SETFL fd %d: %m", fd);
    return (old);
}
