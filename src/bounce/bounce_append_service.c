/*++
/* NAME
/*	bounce_append_service 3
/* SUMMARY
/*	add a recipient's outcome to a per-message log
/* SYNOPSIS
/*	#include "bounce.h"
/*
/*	int	bounce_append_service(log_queue, id, entry)
/*	const char *log_queue;
/*	const char *id;
/*	const BOUNCE_LOG_ENTRY *entry;
/* DESCRIPTION
/*	bounce_append_service() appends one record (bounce_log(3)) to
/*	log_queue/id (bounce, defer or trace), creating the log when
/*	needed (mode 0600). The record goes out in one write(2) under
/*	an exclusive lock; then the file is fsync'ed, and for a new log
/*	its directory too. Only then is BOUNCE_STAT_OK returned: the
/*	agent may mark the recipient done.
/*
/*	When the log does not end with an empty line (a crash or a
/*	full disk cut a record short), a line break is written first
/*	so that the broken record ends there: the reader skips it and
/*	reads this one. A failed write is undone with ftruncate(2).
/* DIAGNOSTICS
/*	A warning and BOUNCE_STAT_FAIL for an entry that
/*	bounce_log_entry_check() refuses and for any I/O error.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <mail_queue.h>
#include <bounce_proto.h>

#include "bounce.h"

static VSTRING *bounce_append_buf;

/* bounce_append_tail - what the log needs before a new record */

static const char *bounce_append_tail(int fd, off_t size)
{
    char    tail[2];
    off_t   from = size >= 2 ? size - 2 : 0;
    ssize_t len = size >= 2 ? 2 : (ssize_t) size;

    if (size == 0)
	return ("");
    if (pread(fd, tail, (size_t) len, from) != len)
	return (0);
    if (tail[len - 1] != '\n')
	return ("\n\n");
    if (len == 1 || tail[0] != '\n')
	return ("\n");
    return ("");
}

/* bounce_append_service - one record, durably */

int     bounce_append_service(const char *log_queue, const char *id,
			              const BOUNCE_LOG_ENTRY *e)
{
    const char *why;
    const char *prefix;
    off_t   size;
    ssize_t len;
    int     created = 0;
    int     fd;

    if ((why = bounce_log_entry_check(e)) != 0) {
	msg_warn("%s: %s record refused: %s", id, log_queue, why);
	return (BOUNCE_STAT_FAIL);
    }
    if (bounce_append_buf == 0)
	bounce_append_buf = vstring_fixed(2 + 12 * BOUNCE_LOG_LINE_MAX + 1);
    if ((fd = mail_queue_open_fd(log_queue, id, O_RDWR | O_APPEND, 0)) < 0
	&& errno == ENOENT) {
	fd = mail_queue_open_fd(log_queue, id, O_RDWR | O_APPEND | O_CREAT,
				0600);
	created = 1;
    }
    if (fd < 0) {
	msg_warn("%s: open %s log: %m", id, log_queue);
	return (BOUNCE_STAT_FAIL);
    }
    if (mail_queue_lock(fd, MAIL_QUEUE_LOCK_EXCLUSIVE) < 0
	|| (size = lseek(fd, (off_t) 0, SEEK_END)) < 0
	|| (prefix = bounce_append_tail(fd, size)) == 0) {
	msg_warn("%s: %s log: %m", id, log_queue);
	(void) close(fd);
	return (BOUNCE_STAT_FAIL);
    }
    if (*prefix)
	msg_warn("%s: %s log: closing a record cut short", id, log_queue);
    vstring_strcpy(bounce_append_buf, prefix);
    (void) bounce_log_format(bounce_append_buf, e);
    len = (ssize_t) VSTRING_LEN(bounce_append_buf);
    if (write(fd, vstring_str(bounce_append_buf), (size_t) len) != len
	|| fsync(fd) < 0
	|| (created && mail_queue_sync_dir(log_queue, id) < 0)) {
	msg_warn("%s: write %s log: %m", id, log_queue);
	if (ftruncate(fd, size) == 0)
	    (void) fsync(fd);
	(void) close(fd);
	return (BOUNCE_STAT_FAIL);
    }
    if (close(fd) < 0) {
	msg_warn("%s: close %s log: %m", id, log_queue);
	return (BOUNCE_STAT_FAIL);
    }
    return (BOUNCE_STAT_OK);
}
