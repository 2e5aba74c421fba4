/*++
/* NAME
/*	qmgr_active 3
/* SUMMARY
/*	the active queue: in, out, recovery
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	int	qmgr_active_feed(queue, id, all)
/*	const char *queue;
/*	const char *id;
/*	int	all;
/*
/*	void	qmgr_active_done(message)
/*	QMGR_MESSAGE *message;
/*
/*	void	qmgr_active_recover()
/* DESCRIPTION
/*	qmgr_active_feed() takes one file of incoming/ or deferred/
/*	into the active queue and reads it. It is left alone when it
/*	is not complete yet (no READY mark; in incoming/, a file older
/*	than a day without it is moved to corrupt/), when its retry
/*	time (the modification time in deferred/) has not come and all
/*	is zero, or when another process (postsuper) has it locked.
/*	Otherwise it is locked (shared, kept while active), its defer
/*	log of the previous attempt is removed (this attempt makes a
/*	new one), and it is moved to active/. A file that cannot be
/*	read is moved to corrupt/. The result is 1 when the file came
/*	in, 0 otherwise.
/*
/*	qmgr_active_done() finishes a message whose recipients in
/*	memory are all dealt with: it reads the next recipients of a
/*	big message, or, when all are done, as Postfix does:
/* .IP \(bu
/*	a bounce log makes the bounce service send the non-delivery
/*	notification (and remove the log); a trace log (sendmail -v,
/*	-bv) the report. If the service fails, the message is kept as
/*	deferred: nothing is removed before the notification is out.
/* .IP \(bu
/*	a deferred message past maximal_queue_lifetime
/*	(bounce_queue_lifetime for a null sender) is returned to the
/*	sender through the defer service, and is then finished;
/*	otherwise, once delay_warning_time has passed, the defer
/*	service sends a delay warning, once (the WARN record is set to
/*	zero afterwards).
/* .IP \(bu
/*	a deferred message goes to deferred/ with its next attempt time
/*	as modification time (qmgr_defer_backoff()); a finished one is
/*	removed ("QUEUEID: removed"), or moved to saved/ when
/*	dont_remove is set.
/* .PP
/*	qmgr_active_recover() moves every file left in active/ by an
/*	earlier qmgr process back to incoming/.
/* DIAGNOSTICS
/*	Warnings for files that cannot be moved or read.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* Utility library. */

#include <msg.h>
#include <vstring.h>
#include <events.h>

/* Global library. */

#include <mail_params.h>
#include <mail_queue.h>
#include <deliver_request.h>
#include <bounce_proto.h>
#include <bounce_client.h>

/* Application-specific. */

#include "qmgr.h"

 /*
  * A file in incoming/ without the READY mark is still being written;
  * after this long, its writer is gone.
  */
#define QMGR_ACTIVE_INCOMPLETE_AGE	86400

#define QMGR_PATH_SIZE	(2 * MAIL_QUEUE_ID_MAX + 64)

/* qmgr_active_corrupt - move a bad file aside */

static void qmgr_active_corrupt(const char *queue, const char *id, int fd)
{
    msg_warn("saving corrupt file \"%s\" from queue \"%s\" to queue \"%s\"",
	     id, queue, MAIL_QUEUE_CORRUPT);
    if (fchmod(fd, MAIL_QUEUE_STAT_CORRUPT) < 0)
	msg_warn("%s: chmod: %m", id);
    if (mail_queue_rename(id, queue, MAIL_QUEUE_CORRUPT) < 0)
	msg_warn("%s: move to %s: %m", id, MAIL_QUEUE_CORRUPT);
}

/* qmgr_active_same - is the open file still the one at its path */

static int qmgr_active_same(const char *queue, const char *id,
			            const struct stat *st)
{
    char    pathbuf[QMGR_PATH_SIZE];
    VSTRING path;
    struct stat now;

    vstring_init_mem(&path, pathbuf, sizeof(pathbuf));
    return (stat(mail_queue_path(&path, queue, id), &now) == 0
	    && now.st_ino == st->st_ino && now.st_dev == st->st_dev);
}

/* qmgr_active_feed - take one file into the active queue */

int     qmgr_active_feed(const char *queue, const char *id, int all)
{
    QMGR_MESSAGE *message;
    struct stat st;
    int     fd;

    if ((fd = mail_queue_open_fd(queue, id, O_RDWR, 0)) < 0) {
	if (errno != ENOENT)
	    msg_warn("%s: open %s file: %m", id, queue);
	return (0);
    }
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
	msg_warn("%s: %s file is not a regular file", id, queue);
	(void) close(fd);
	return (0);
    }
    if ((st.st_mode & MAIL_QUEUE_STAT_READY) != MAIL_QUEUE_STAT_READY) {
	if (strcmp(queue, MAIL_QUEUE_INCOMING) == 0
	    && st.st_mtime + QMGR_ACTIVE_INCOMPLETE_AGE < event_time()
	    && mail_queue_lock(fd, MAIL_QUEUE_LOCK_EXCLUSIVE
			       | MAIL_QUEUE_LOCK_NOWAIT) == 0)
	    qmgr_active_corrupt(queue, id, fd);
	(void) close(fd);
	return (0);
    }
    if (strcmp(queue, MAIL_QUEUE_DEFERRED) == 0 && all == 0
	&& st.st_mtime > event_time()) {
	(void) close(fd);
	return (0);
    }
    if (mail_queue_lock(fd, MAIL_QUEUE_LOCK_SHARED | MAIL_QUEUE_LOCK_NOWAIT) < 0
	|| !qmgr_active_same(queue, id, &st)) {
	if (msg_verbose)
	    msg_info("%s: busy or moved, skipped", id);
	(void) close(fd);
	return (0);
    }
    if ((message = qmgr_message_alloc(id, fd)) == 0) {
	(void) close(fd);
	return (0);
    }
    if (mail_queue_remove(MAIL_QUEUE_DEFER, id) < 0 && errno != ENOENT)
	msg_warn("%s: remove %s log: %m", id, MAIL_QUEUE_DEFER);
    if (mail_queue_rename(id, queue, MAIL_QUEUE_ACTIVE) < 0) {
	msg_warn("%s: move to %s: %m", id, MAIL_QUEUE_ACTIVE);
	qmgr_message_free(message);
	return (0);
    }
    if (qmgr_message_read(message) < 0) {
	qmgr_active_corrupt(MAIL_QUEUE_ACTIVE, id, fd);
	qmgr_message_free(message);
	return (1);
    }
    if (message->refcount == 0)
	qmgr_active_done(message);
    return (1);
}

/* qmgr_active_log_exists - does a per-message log exist */

static int qmgr_active_log_exists(const char *queue, const char *id)
{
    char    pathbuf[QMGR_PATH_SIZE];
    VSTRING path;

    vstring_init_mem(&path, pathbuf, sizeof(pathbuf));
    return (access(mail_queue_path(&path, queue, id), F_OK) == 0);
}

/* qmgr_active_request - ask the bounce, defer or trace service */

static int qmgr_active_request(QMGR_MESSAGE *message, const char *service,
			               int command, int flags, VSTRING *sender)
{
    static VSTRING *envid;

    if (envid == 0)
	envid = vstring_alloc(100);
    if (qmgr_message_envid(message, envid) < 0)
	return (-1);
    return (bounce_client_request(service, command, flags, MAIL_QUEUE_ACTIVE,
				  message->queue_id, message->encoding,
				  message->sendopts, vstring_str(sender),
				  vstring_str(envid), message->dsn_ret));
}

/*
 * qmgr_active_notify - bounce, trace, expiry and warning notices. A trace
 * log without sendmail -v or -bv holds the recipients that asked for
 * NOTIFY=SUCCESS: their report goes out once the message is finished.
 */

static void qmgr_active_notify(QMGR_MESSAGE *message, VSTRING *sender)
{
    const char *id = message->queue_id;
    int     lifetime;

    if (qmgr_active_log_exists(MAIL_QUEUE_BOUNCE, id)
	&& qmgr_active_request(message, var_bounce_service_name,
			       BOUNCE_CMD_FLUSH, 0, sender) != 0) {
	msg_warn("%s: %s service failure", id, var_bounce_service_name);
	message->flags |= QMGR_MSG_FLAG_DEFER;
    }
    if (((message->tflags & (DEL_REQ_FLAG_RECORD | DEL_REQ_FLAG_USR_VRFY))
	 || (message->flags & QMGR_MSG_FLAG_DEFER) == 0)
	&& qmgr_active_log_exists(MAIL_QUEUE_TRACE, id)
	&& qmgr_active_request(message, var_trace_service_name,
			       (message->tflags & DEL_REQ_FLAG_USR_VRFY) ?
			       BOUNCE_CMD_VERIFY : BOUNCE_CMD_TRACE,
			       message->tflags, sender) != 0) {
	msg_warn("%s: %s service failure", id, var_trace_service_name);
	message->flags |= QMGR_MSG_FLAG_DEFER;
    }
    if ((message->flags & QMGR_MSG_FLAG_DEFER) == 0)
	return;
    lifetime = message->sender_empty ?
	var_bounce_queue_lifetime : var_maximal_queue_lifetime;
    if (qmgr_defer_expired(event_time(), message->arrival.tv_sec, lifetime)) {
	msg_info("%s: from=<%s>, status=expired, returned to sender",
		 id, vstring_str(sender));
	if (qmgr_active_request(message, var_defer_service_name,
				BOUNCE_CMD_FLUSH, 0, sender) == 0)
	    message->flags &= ~QMGR_MSG_FLAG_DEFER;
	else
	    msg_warn("%s: %s service failure", id, var_defer_service_name);
    } else if (qmgr_defer_warn_due(message->warn_time, event_time())) {
	if (qmgr_active_request(message, var_defer_service_name,
				BOUNCE_CMD_WARN, 0, sender) == 0)
	    qmgr_message_warned(message);
	else
	    msg_warn("%s: %s service failure", id, var_defer_service_name);
    }
}

/* qmgr_active_defer - to deferred/, with the next attempt time */

static void qmgr_active_defer(QMGR_MESSAGE *message)
{
    struct timespec times[2];
    int     delay;

    delay = qmgr_defer_backoff(event_time(), message->arrival.tv_sec,
			       var_minimal_backoff_time,
			       var_maximal_backoff_time);
    if (msg_verbose)
	msg_info("%s: next attempt in %d s", message->queue_id, delay);
    times[0].tv_sec = times[1].tv_sec = event_time() + delay;
    times[0].tv_nsec = times[1].tv_nsec = 0;
    if (futimens(message->fd, times) < 0)
	msg_warn("%s: set next attempt time: %m", message->queue_id);
    if (mail_queue_rename(message->queue_id, MAIL_QUEUE_ACTIVE,
			  MAIL_QUEUE_DEFERRED) < 0)
	msg_warn("%s: move to %s: %m", message->queue_id, MAIL_QUEUE_DEFERRED);
}

/* qmgr_active_remove - a finished message goes away */

static void qmgr_active_remove(QMGR_MESSAGE *message)
{
    const char *id = message->queue_id;

    if (var_dont_remove) {
	if (mail_queue_rename(id, MAIL_QUEUE_ACTIVE, MAIL_QUEUE_SAVED) < 0)
	    msg_warn("%s: move to %s: %m", id, MAIL_QUEUE_SAVED);
	else
	    msg_info("%s: saved", id);
    } else if (mail_queue_remove(MAIL_QUEUE_ACTIVE, id) < 0) {
	msg_warn("%s: remove: %m", id);
	return;
    } else {
	(void) mail_queue_sync_dir(MAIL_QUEUE_ACTIVE, id);
	msg_info("%s: removed", id);
    }
    if (mail_queue_remove(MAIL_QUEUE_DEFER, id) < 0 && errno != ENOENT)
	msg_warn("%s: remove %s log: %m", id, MAIL_QUEUE_DEFER);
}

/* qmgr_active_done - all recipients in memory are dealt with */

void    qmgr_active_done(QMGR_MESSAGE *message)
{
    static VSTRING *sender;

    if (message->refcount != 0 || message->rcpt_count != 0)
	msg_panic("qmgr_active_done: %s: %d entries, %d recipients",
		  message->queue_id, message->refcount, message->rcpt_count);
    if (message->rcpt_next != 0 && (message->flags & QMGR_MSG_FLAG_BAD) == 0) {
	if (qmgr_message_read(message) < 0) {
	    message->flags |= QMGR_MSG_FLAG_BAD;
	} else if (message->refcount > 0) {
	    return;
	} else if (message->rcpt_next != 0) {
	    message->flags |= QMGR_MSG_FLAG_DEFER;
	}
    }
    if (message->flags & QMGR_MSG_FLAG_BAD) {
	qmgr_active_corrupt(MAIL_QUEUE_ACTIVE, message->queue_id, message->fd);
	qmgr_message_free(message);
	return;
    }
    if (sender == 0)
	sender = vstring_alloc(100);
    if (qmgr_message_record(message, message->sender_offset, sender) < 0) {
	qmgr_active_corrupt(MAIL_QUEUE_ACTIVE, message->queue_id, message->fd);
	qmgr_message_free(message);
	return;
    }
    qmgr_active_notify(message, sender);
    if (message->flags & QMGR_MSG_FLAG_DEFER)
	qmgr_active_defer(message);
    else
	qmgr_active_remove(message);
    qmgr_message_free(message);
}

/* qmgr_active_recover - back to incoming/ after a crash */

void    qmgr_active_recover(void)
{
    MAIL_QUEUE_SCAN *scan;
    const char *id;

    if ((scan = mail_queue_scan_open(MAIL_QUEUE_ACTIVE)) == 0) {
	msg_warn("open queue %s: %m", MAIL_QUEUE_ACTIVE);
	return;
    }
    while ((id = mail_queue_scan_next(scan)) != 0) {
	if (!mail_queue_id_ok(id))
	    continue;
	if (mail_queue_rename(id, MAIL_QUEUE_ACTIVE, MAIL_QUEUE_INCOMING) < 0)
	    msg_warn("%s: move from %s to %s: %m", id,
		     MAIL_QUEUE_ACTIVE, MAIL_QUEUE_INCOMING);
	else if (msg_verbose)
	    msg_info("%s: moved back to %s", id, MAIL_QUEUE_INCOMING);
    }
    mail_queue_scan_close(scan);
}
