/*++
/* NAME
/*	master_lock 3
/* SUMMARY
/*	one master per instance: pid file and data directory lock
/* SYNOPSIS
/*	#include "master.h"
/*
/*	int	master_lock_pid_file(path, why)
/*	const char *path;
/*	VSTRING	*why;
/*
/*	int	master_lock_data_file(path, uid, gid, why)
/*	const char *path;
/*	uid_t	uid;
/*	gid_t	gid;
/*	VSTRING	*why;
/*
/*	int	master_lock_test(path)
/*	const char *path;
/*
/*	long	master_lock_read_pid(path)
/*	const char *path;
/* DESCRIPTION
/*	master_lock_pid_file() opens (creating with mode 0644) the pid
/*	file, normally $queue_directory/pid/master.pid, takes an
/*	exclusive flock() without waiting, and writes our process ID in
/*	Postfix's layout (right-aligned in a fixed width, newline). The
/*	descriptor stays open, close-on-exec, for the life of master.
/*
/*	master_lock_data_file() does the same for
/*	$data_directory/master.lock; when uid is not our own, the file
/*	is created as that user (mail_owner owns data_directory).
/*
/*	master_lock_test() tells whether a master holds the lock on
/*	path: 1 when it does, 0 when the file is absent or unlocked.
/*	postfix(1) uses it for start, stop, status and friends.
/*
/*	master_lock_read_pid() returns the first number in the pid
/*	file, or -1.
/* DIAGNOSTICS
/*	master_lock_pid_file() and master_lock_data_file() return -1
/*	with the reason in why; an existing lock reads "unable to set
/*	exclusive lock: the mail system is already running".
/*--*/

#include <sys_defs.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <iostuff.h>
#include "master.h"

/* master_lock_open - open, lock and write our pid */

static int master_lock_open(const char *path, VSTRING *why)
{
    char    buf[64];
    int     fd;
    int     len;

    if ((fd = open(path, O_RDWR | O_CREAT, 0644)) < 0) {
	vstring_sprintf(why, "open lock file %s: %s", path, strerror(errno));
	return (-1);
    }
    if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
	if (errno == EWOULDBLOCK)
	    vstring_sprintf(why, "open lock file %s: unable to set exclusive"
			    " lock: the mail system is already running", path);
	else
	    vstring_sprintf(why, "open lock file %s: unable to set exclusive"
			    " lock: %s", path, strerror(errno));
	(void) close(fd);
	return (-1);
    }
    len = snprintf(buf, sizeof(buf), "%*lu\n", (int) sizeof(unsigned long) * 4,
		   (unsigned long) getpid());
    if (ftruncate(fd, 0) < 0 || write(fd, buf, len) != len) {
	vstring_sprintf(why, "cannot update lock file %s: %s",
			path, strerror(errno));
	(void) close(fd);
	return (-1);
    }
    close_on_exec(fd, CLOSE_ON_EXEC);
    return (fd);
}

/* master_lock_pid_file - lock the pid file */

int     master_lock_pid_file(const char *path, VSTRING *why)
{
    return (master_lock_open(path, why));
}

/* master_lock_data_file - lock data_directory/master.lock as its owner */

int     master_lock_data_file(const char *path, uid_t uid, gid_t gid,
			              VSTRING *why)
{
    int     fd;
    int     saved;

    if (uid == geteuid())
	return (master_lock_open(path, why));
    if (setegid(gid) < 0 || seteuid(uid) < 0) {
	vstring_sprintf(why, "set effective user %ld: %s",
			(long) uid, strerror(errno));
	return (-1);
    }
    fd = master_lock_open(path, why);
    saved = errno;
    if (seteuid(getuid()) < 0 || setegid(getgid()) < 0) {
	vstring_sprintf(why, "restore privileges: %s", strerror(errno));
	if (fd >= 0)
	    (void) close(fd);
	return (-1);
    }
    errno = saved;
    return (fd);
}

/* master_lock_test - is a master holding this lock? */

int     master_lock_test(const char *path)
{
    int     fd;
    int     held;

    if ((fd = open(path, O_RDONLY)) < 0)
	return (0);
    if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
	held = (errno == EWOULDBLOCK);
    } else {
	held = 0;
    }
    (void) close(fd);
    return (held);
}

/* master_lock_read_pid - the first number in a pid file */

long    master_lock_read_pid(const char *path)
{
    char    buf[64];
    ssize_t len;
    long    pid;
    char   *end;
    int     fd;

    if ((fd = open(path, O_RDONLY)) < 0)
	return (-1);
    len = read(fd, buf, sizeof(buf) - 1);
    (void) close(fd);
    if (len <= 0)
	return (-1);
    buf[len] = 0;
    pid = strtol(buf, &end, 10);
    if (end == buf || pid < 1)
	return (-1);
    return (pid);
}
