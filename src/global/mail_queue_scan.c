/*++
/* NAME
/*	mail_queue_scan 3
/* SUMMARY
/*	walk a queue, hashed subdirectories included
/* SYNOPSIS
/*	#include <mail_queue.h>
/*
/*	MAIL_QUEUE_SCAN *mail_queue_scan_open(queue)
/*	const char *queue;
/*
/*	const char *mail_queue_scan_next(scan)
/*	MAIL_QUEUE_SCAN *scan;
/*
/*	const char *mail_queue_scan_dir(scan)
/*	MAIL_QUEUE_SCAN *scan;
/*
/*	void	mail_queue_scan_close(scan)
/*	MAIL_QUEUE_SCAN *scan;
/* DESCRIPTION
/*	mail_queue_scan_open() starts a walk of a queue directory
/*	(relative to the current directory, normally queue_directory).
/*
/*	mail_queue_scan_next() returns the name of the next entry that
/*	is not a directory, or a null pointer when the walk is done.
/*	A directory with a one-character name is a hashed subdirectory
/*	and is walked too, down to MAIL_QUEUE_MAX_DEPTH levels, whatever
/*	hash_queue_depth says now (postsuper -s finds files left at an
/*	old depth). Other directories, "." and "..", are skipped. The
/*	name is not validated: test it with mail_queue_id_ok(). It stays
/*	valid until the next call.
/*
/*	mail_queue_scan_dir() returns the directory in which the last
/*	name was found ("deferred/3").
/*
/*	mail_queue_scan_close() ends a walk.
/*
/*	A walk is one allocation; opendir(3) allocates one more per
/*	level. Files added or removed during a walk may or may not be
/*	seen, as with readdir(3).
/* DIAGNOSTICS
/*	mail_queue_scan_open() returns a null pointer with errno set
/*	when the queue directory cannot be opened. A subdirectory that
/*	cannot be opened is reported with a warning and skipped.
/*--*/

#include <sys_defs.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <msg.h>
#include <mymalloc.h>
#include <mail_queue.h>

#define MQS_PATH_MAX	(32 + 2 * MAIL_QUEUE_MAX_DEPTH + 2)

struct MAIL_QUEUE_SCAN {
    DIR    *dirs[MAIL_QUEUE_MAX_DEPTH + 1];	/* one per level */
    int     level;				/* deepest open level */
    char    path[MQS_PATH_MAX];		/* directory of that level */
    char    found[MQS_PATH_MAX];		/* directory of last name */
    char    name[256];			/* last name */
};

/* mail_queue_scan_open - start walking a queue */

MAIL_QUEUE_SCAN *mail_queue_scan_open(const char *queue)
{
    MAIL_QUEUE_SCAN *scan;
    DIR    *dir;

    if (!mail_queue_name_ok(queue))
	msg_panic("mail_queue_scan_open: bad queue name \"%s\"", queue);
    if ((dir = opendir(queue)) == 0)
	return (0);
    scan = (MAIL_QUEUE_SCAN *) mymalloc(sizeof(*scan));
    scan->dirs[0] = dir;
    scan->level = 0;
    (void) snprintf(scan->path, sizeof(scan->path), "%s", queue);
    scan->found[0] = 0;
    scan->name[0] = 0;
    return (scan);
}

/* mqs_is_dir - is this entry a directory (without following links)? */

static int mqs_is_dir(MAIL_QUEUE_SCAN *scan, struct dirent *dp)
{
    char    path[MQS_PATH_MAX + 256];
    struct stat st;

    if (dp->d_type != DT_UNKNOWN)
	return (dp->d_type == DT_DIR);
    (void) snprintf(path, sizeof(path), "%s/%s", scan->path, dp->d_name);
    return (lstat(path, &st) == 0 && S_ISDIR(st.st_mode));
}

/* mail_queue_scan_next - the next file name in the walk */

const char *mail_queue_scan_next(MAIL_QUEUE_SCAN *scan)
{
    struct dirent *dp;
    DIR    *dir;
    char   *slash;

    while (scan->level >= 0) {
	if ((dp = readdir(scan->dirs[scan->level])) == 0) {
	    (void) closedir(scan->dirs[scan->level]);
	    if (scan->level-- > 0 && (slash = strrchr(scan->path, '/')) != 0)
		*slash = 0;
	    continue;
	}
	if (strcmp(dp->d_name, ".") == 0 || strcmp(dp->d_name, "..") == 0)
	    continue;
	if (!mqs_is_dir(scan, dp)) {
	    (void) snprintf(scan->name, sizeof(scan->name), "%s", dp->d_name);
	    (void) snprintf(scan->found, sizeof(scan->found), "%s", scan->path);
	    return (scan->name);
	}
	if (dp->d_name[1] != 0 || scan->level >= MAIL_QUEUE_MAX_DEPTH)
	    continue;
	(void) snprintf(scan->path + strlen(scan->path),
			sizeof(scan->path) - strlen(scan->path),
			"/%s", dp->d_name);
	if ((dir = opendir(scan->path)) == 0) {
	    msg_warn("open directory %s: %m", scan->path);
	    *strrchr(scan->path, '/') = 0;
	    continue;
	}
	scan->dirs[++scan->level] = dir;
    }
    return (0);
}

/* mail_queue_scan_dir - where the last name was found */

const char *mail_queue_scan_dir(MAIL_QUEUE_SCAN *scan)
{
    return (scan->found);
}

/* mail_queue_scan_close - end a walk */

void    mail_queue_scan_close(MAIL_QUEUE_SCAN *scan)
{
    while (scan->level >= 0)
	(void) closedir(scan->dirs[scan->level--]);
    myfree(scan);
}
