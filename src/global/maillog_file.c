/*++
/* NAME
/*	maillog_file 3
/* SUMMARY
/*	append lines to the maillog_file
/* SYNOPSIS
/*	#include <maillog_file.h>
/*
/*	int	maillog_file_allowed(path, prefixes)
/*	const char *path;
/*	const char *prefixes;
/*
/*	int	maillog_file_open(mf, path, why)
/*	MAILLOG_FILE *mf;
/*	const char *path;
/*	VSTRING	*why;
/*
/*	int	maillog_file_write(mf, line, len)
/*	MAILLOG_FILE *mf;
/*	const char *line;
/*	size_t	len;
/*
/*	void	maillog_file_close(mf)
/*	MAILLOG_FILE *mf;
/*
/*	int	maillog_file_once(path, line, len, why)
/*	const char *path;
/*	const char *line;
/*	size_t	len;
/*	VSTRING	*why;
/* DESCRIPTION
/*	maillog_file_allowed() returns 1 when path starts with one of
/*	the comma or blank separated prefixes (maillog_file_prefixes),
/*	0 otherwise.
/*
/*	maillog_file_open() opens path for appending, creating it with
/*	mode 0644. As Postfix's logfile writer, it refuses a directory,
/*	a file with more than one hard link, and a symbolic link unless
/*	the link and its directory belong to root and the directory is
/*	writable by root only (/dev/stdout is such a link). The names
/*	/dev/stdout and /dev/stderr are not opened: the standard output
/*	or error descriptor is duplicated instead, which also works when
/*	it is a socket (journald, some supervisors). It returns 0, or
/*	-1 with the reason in why.
/*
/*	maillog_file_write() appends one line and a newline with one
/*	write(2) (lines from several writers never interleave). Before
/*	writing to a file outside /dev it checks that path still names
/*	the open file, and reopens it if not: that is how a rotation
/*	("postfix logrotate" renames the file) takes effect without a
/*	signal. The line is cut at MAILLOG_LINE_MAX bytes. It returns
/*	0, or -1 after a write or reopen error (errno set).
/*
/*	maillog_file_close() closes the file.
/*
/*	maillog_file_once() opens, writes one line and closes (the
/*	fallback of commands when postlogd is not running).
/* DIAGNOSTICS
/*	Problems are reported to the caller; nothing is logged here
/*	(this code runs inside the logging channel).
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <iostuff.h>
#include <maillog_line.h>
#include <maillog_file.h>

#define MAILLOG_FILE_DEV	"/dev/"

/* maillog_file_allowed - path starts with one of the prefixes */

int     maillog_file_allowed(const char *path, const char *prefixes)
{
    const char *cp = prefixes;
    size_t  len;

    for (;;) {
	cp += strspn(cp, ", \t\r\n");
	if (*cp == 0)
	    return (0);
	len = strcspn(cp, ", \t\r\n");
	if (strncmp(path, cp, len) == 0)
	    return (1);
	cp += len;
    }
}

/* maillog_file_symlink_ok - a root-owned link in a root-only directory */

static int maillog_file_symlink_ok(const char *path, const struct stat *lst)
{
    char    dir[256];
    const char *slash;
    struct stat st;
    size_t  len;

    if (lst->st_uid != 0 || (slash = strrchr(path, '/')) == 0)
	return (0);
    len = slash == path ? 1 : (size_t) (slash - path);
    if (len >= sizeof(dir))
	return (0);
    memcpy(dir, path, len);
    dir[len] = 0;
    return (stat(dir, &st) == 0 && st.st_uid == 0
	    && (st.st_mode & (S_IWGRP | S_IWOTH)) == 0);
}

/* maillog_file_open - open the log file for appending, safely */

int     maillog_file_open(MAILLOG_FILE *mf, const char *path, VSTRING *why)
{
    struct stat lst;
    struct stat st;
    int     flags = O_WRONLY | O_APPEND | O_CREAT | O_NOCTTY;
    int     fd;

    mf->path = path;
    mf->fd = -1;
    mf->fixed = (strncmp(path, MAILLOG_FILE_DEV, sizeof(MAILLOG_FILE_DEV) - 1) == 0);
    if (strcmp(path, "/dev/stdout") == 0 || strcmp(path, "/dev/stderr") == 0) {
	if ((fd = dup(strcmp(path, "/dev/stdout") == 0 ? 1 : 2)) < 0) {
	    vstring_sprintf(why, "cannot duplicate %s: %s", path, strerror(errno));
	    return (-1);
	}
    } else {
	if (lstat(path, &lst) < 0) {
	    flags |= O_NOFOLLOW | O_EXCL;
	} else if (S_ISLNK(lst.st_mode)) {
	    if (!maillog_file_symlink_ok(path, &lst)) {
		vstring_sprintf(why, "file is a symbolic link");
		return (-1);
	    }
	    flags &= ~O_CREAT;
	} else {
	    flags = (flags & ~O_CREAT) | O_NOFOLLOW;
	}
	if ((fd = open(path, flags, 0644)) < 0 && errno == EEXIST)
	    fd = open(path, (flags & ~(O_CREAT | O_EXCL)), 0644);
	if (fd < 0 && errno == EISDIR) {
	    vstring_sprintf(why, "file is a directory");
	    return (-1);
	} else if (fd < 0) {
	    vstring_sprintf(why, "cannot open file: %s", strerror(errno));
	    return (-1);
	}
    }
    if (fstat(fd, &st) < 0) {
	vstring_sprintf(why, "cannot get file status: %s", strerror(errno));
    } else if (S_ISDIR(st.st_mode)) {
	vstring_sprintf(why, "file is a directory");
    } else if (S_ISREG(st.st_mode) && st.st_nlink != 1) {
	vstring_sprintf(why, "file has %lu hard links", (unsigned long) st.st_nlink);
    } else {
	close_on_exec(fd, CLOSE_ON_EXEC);
	mf->fd = fd;
	mf->dev = st.st_dev;
	mf->ino = st.st_ino;
	return (0);
    }
    (void) close(fd);
    return (-1);
}

/* maillog_file_renamed - path no longer names the open file */

static int maillog_file_renamed(MAILLOG_FILE *mf)
{
    struct stat st;

    if (mf->fixed)
	return (0);
    return (stat(mf->path, &st) < 0 || st.st_dev != mf->dev
	    || st.st_ino != mf->ino);
}

/* maillog_file_write - append one line, reopening after a rotation */

int     maillog_file_write(MAILLOG_FILE *mf, const char *line, size_t len)
{
    char    buf[MAILLOG_LINE_MAX + 1];
    VSTRING *why;
    char    whybuf[256];
    VSTRING whymem;
    ssize_t n;

    if (mf->fd < 0 || maillog_file_renamed(mf)) {
	maillog_file_close(mf);
	why = &whymem;
	vstring_init_mem(why, whybuf, sizeof(whybuf));
	if (maillog_file_open(mf, mf->path, why) < 0)
	    return (-1);
    }
    if (len > MAILLOG_LINE_MAX)
	len = MAILLOG_LINE_MAX;
    memcpy(buf, line, len);
    buf[len++] = '\n';
    do {
	n = write(mf->fd, buf, len);
    } while (n < 0 && errno == EINTR);
    return (n == (ssize_t) len ? 0 : -1);
}

/* maillog_file_close - close the log file */

void    maillog_file_close(MAILLOG_FILE *mf)
{
    if (mf->fd >= 0)
	(void) close(mf->fd);
    mf->fd = -1;
}

/* maillog_file_once - open, append one line, close */

int     maillog_file_once(const char *path, const char *line, size_t len,
			          VSTRING *why)
{
    MAILLOG_FILE mf;
    int     ret;

    if (maillog_file_open(&mf, path, why) < 0)
	return (-1);
    if ((ret = maillog_file_write(&mf, line, len)) < 0)
	vstring_sprintf(why, "write error: %s", strerror(errno));
    maillog_file_close(&mf);
    return (ret);
}
