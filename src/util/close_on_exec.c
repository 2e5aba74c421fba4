/*++
/* NAME
/*	close_on_exec 3
/* SUMMARY
/*	set or clear the close-on-exec flag
/* SYNOPSIS
/*	#include <iostuff.h>
/*
/*	int	close_on_exec(fd, on)
/*	int	fd;
/*	int	on;
/* DESCRIPTION
/*	close_on_exec() makes fd close when the process executes
/*	another program (on is CLOSE_ON_EXEC) or stay open
/*	(PASS_ON_EXEC), and returns the previous setting. master(8)
/*	passes only the descriptors a child needs; everything else is
/*	marked close-on-exec.
/* DIAGNOSTICS
/*	A descriptor whose flags cannot be read or set (not open) is
/*	fatal.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>

#include <msg.h>
#include <iostuff.h>

/* close_on_exec - set or clear FD_CLOEXEC, return the old setting */

int     close_on_exec(int fd, int on)
{
    int     flags;
    int     old;

    if ((flags = fcntl(fd, F_GETFD, 0)) < 0)
	msg_fatal("close_on_exec: fcntl F_GETFD fd %d: %m", fd);
    old = (flags & FD_CLOEXEC) ? CLOSE_ON_EXEC : PASS_ON_EXEC;
    if (old != (on ? CLOSE_ON_EXEC : PASS_ON_EXEC)
	&& fcntl(fd, F_SETFD, flags ^ FD_CLOEXEC) < 0)
	msg_fatal("close_on_exec: fcntl F_SETFD fd %d: %m", fd);
    return (old);
}
