/*++
/* NAME
/*	chroot_uid 3
/* SUMMARY
/*	enter a chroot jail and give up root privileges
/* SYNOPSIS
/*	#include <set_ugid.h>
/*
/*	void	chroot_uid(root_dir, uid, gid)
/*	const char *root_dir;
/*	uid_t	uid;
/*	gid_t	gid;
/* DESCRIPTION
/*	chroot_uid() changes the root directory to root_dir (unless it
/*	is a null pointer) and makes it the current directory, then
/*	gives up root privileges with set_ugid(uid, gid), unless uid is
/*	0: a privileged service only enters the jail. Look up names
/*	before calling: the password file is outside the jail.
/* DIAGNOSTICS
/*	Fatal: chroot(2) or chdir(2) failed; see set_ugid(3).
/*--*/

#include <sys_defs.h>
#include <unistd.h>

#include <msg.h>
#include <set_ugid.h>

/* chroot_uid - enter a jail, then drop privileges */

void    chroot_uid(const char *root_dir, uid_t uid, gid_t gid)
{
    if (root_dir != 0) {
	if (chroot(root_dir) < 0)
	    msg_fatal("chroot(%s): %m", root_dir);
	if (chdir("/") < 0)
	    msg_fatal("chdir(/): %m");
    }
    if (uid != 0)
	set_ugid(uid, gid);
}
