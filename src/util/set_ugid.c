/*++
/* NAME
/*	set_ugid 3
/* SUMMARY
/*	give up root privileges
/* SYNOPSIS
/*	#include <set_ugid.h>
/*
/*	void	set_ugid(uid, gid)
/*	uid_t	uid;
/*	gid_t	gid;
/* DESCRIPTION
/*	set_ugid() makes the process run as uid with gid as its only
/*	group: supplementary groups first (setgroups()), then the group
/*	ID, then the user ID, real, effective and saved. A process that
/*	does not run as root cannot change its IDs; for it set_ugid()
/*	only checks that it has the IDs asked for already (single-user
/*	mode).
/* DIAGNOSTICS
/*	Panic: uid 0 (dropping privileges to root is a bug in the
/*	caller). Fatal: a failed system call, a non-root process with
/*	other IDs, or a process that could get root back afterwards.
/*--*/

#include <sys_defs.h>
#include <grp.h>
#include <unistd.h>

#include <msg.h>
#include <set_ugid.h>

/* set_ugid - change to an unprivileged user and group */

void    set_ugid(uid_t uid, gid_t gid)
{
    if (uid == 0)
	msg_panic("set_ugid: refusing to switch to user ID 0");
    if (geteuid() != 0 && getuid() != 0) {
	if (geteuid() != uid || getegid() != gid)
	    msg_fatal("set_ugid: cannot switch to user ID %ld group ID %ld: "
		      "not running as root", (long) uid, (long) gid);
	return;
    }
    if (setgroups(1, &gid) < 0)
	msg_fatal("setgroups(1, &%ld): %m", (long) gid);
    if (setgid(gid) < 0)
	msg_fatal("setgid(%ld): %m", (long) gid);
    if (setuid(uid) < 0)
	msg_fatal("setuid(%ld): %m", (long) uid);
    if (setuid(0) == 0 || geteuid() == 0)
	msg_fatal("set_ugid: root privileges could be regained");
    if (msg_verbose > 1)
	msg_info("set_ugid: user ID %ld group ID %ld", (long) uid, (long) gid);
}
