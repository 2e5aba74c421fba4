/*++
/* NAME
/*	pickup 8
/* SUMMARY
/*	Postlet local mail pickup
/* SYNOPSIS
/*	pickup [generic Postlet daemon options]
/* DESCRIPTION
/*	pickup moves local submissions from the maildrop queue to
/*	cleanup(8). master(8) runs one pickup process; it wakes up when
/*	postdrop(1) triggers public/pickup and on master's timer (the
/*	wakeup column of master.cf, 60 seconds by default), and then
/*	looks at every file in maildrop/.
/*
/*	Any local user can write to maildrop/, so nothing in a file is
/*	trusted. A file is opened with O_NOFOLLOW and must be a regular
/*	file with one link. A file without the ready mode (owner
/*	execute bit) is still being written and is left alone (it is
/*	recognised by its mode before it is opened, so a file that
/*	the submitting user still keeps private causes no warning), unless
/*	it is older than $daemon_timeout: then its writer is gone and
/*	it is removed as an abandoned submission. The records are first
/*	checked from start to END (maildrop_rec(3)); only a complete,
/*	well-formed file is sent to cleanup, with the records a user
/*	may not set dropped. A bad file is logged as "warning:
/*	maildrop/ID: reason" and moved to corrupt/ (removed when that
/*	fails); it never stops other mail.
/*
/*	For every message pickup logs "QUEUEID: uid=UID from=<sender>"
/*	with the queue ID that cleanup gave, as Postfix does, and it
/*	removes the maildrop file only after cleanup reported that the
/*	queue file is safely on disk. When cleanup is not available or
/*	reports a temporary error the file stays for the next scan.
/*	Cleanup is asked to bounce mail that it refuses for good (too
/*	large, no valid recipient): the user's sendmail has long
/*	finished, so a bounce is the only way to tell the sender.
/*	The mail's source class (smtputf8_autodetect_classes) is
/*	"sendmail", or "verify" for a sendmail -bv request (its
/*	trace_flags attribute asks for a verification report).
/*
/*	Memory: the record buffer, the sender and the file stream are
/*	set up once, in one block of pages: the stream's buffer fills
/*	the first page, and a short sender and short records share the
/*	next one. Nothing is allocated per message besides what the
/*	queue scan needs (opendir(3)).
/* CONFIGURATION PARAMETERS
/*	queue_directory, line_length_limit, daemon_timeout, ipc_timeout,
/*	and the generic daemon parameters (max_idle, max_use, ...).
/* DIAGNOSTICS
/*	Problems and transactions are logged to the mail log.
/* SEE ALSO
/*	sendmail(1), postdrop(1), cleanup(8), master(8)
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <vstream.h>
#include <record.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <cleanup_user.h>
#include <cleanup_client.h>
#include <maildrop_rec.h>
#include <mail_server.h>

 /*
  * Set up once: the record buffer, the sender, the file stream and its
  * buffer.
  */
static VSTRING pickup_buf_space;
static VSTRING pickup_sender_space;
static VSTRING *pickup_buf = &pickup_buf_space;
static VSTRING *pickup_sender = &pickup_sender_space;
static VSTREAM pickup_stream;
static char *pickup_iobuf;

typedef enum {
    PICKUP_DONE,			/* handed over, or removed */
    PICKUP_LATER,			/* leave it for the next scan */
    PICKUP_BAD,				/* move it aside */
} PICKUP_RESULT;

#define PICKUP_CLEANUP_FLAGS	(CLEANUP_FLAG_MASK_EXTERNAL | CLEANUP_FLAG_BOUNCE)

static int pickup_class;		/* CLEANUP_FLAG_SRC_* of the file */

/* pickup_note_class - sendmail -bv asks for a report: class verify */

static void pickup_note_class(const char *data)
{
    size_t  len = sizeof(MAIL_ATTR_TRACE_FLAGS);

    if (strncmp(data, MAIL_ATTR_TRACE_FLAGS "=", len) == 0
	&& (atoi(data + len) & CLEANUP_TRACE_USR_VRFY))
	pickup_class = CLEANUP_FLAG_SRC_VERIFY;
}

/* pickup_check - read the whole file once through the checker */

static PICKUP_RESULT pickup_check(const char *id, VSTREAM *fp)
{
    MAILDROP_REC mr;
    int     type;
    int     verdict;

    maildrop_rec_init(&mr);
    vstring_reset(pickup_sender);
    pickup_class = CLEANUP_FLAG_SRC_SENDMAIL;
    for (;;) {
	type = rec_get(fp, pickup_buf, var_line_length_limit);
	if (type == REC_TYPE_EOF) {
	    msg_warn("%s/%s: premature end of file", MAIL_QUEUE_MAILDROP, id);
	    return (PICKUP_BAD);
	}
	if (type == REC_TYPE_ERROR) {
	    msg_warn("%s/%s: malformed record", MAIL_QUEUE_MAILDROP, id);
	    return (PICKUP_BAD);
	}
	verdict = maildrop_rec_next(&mr, type, vstring_str(pickup_buf),
				    (ssize_t) VSTRING_LEN(pickup_buf));
	if (verdict == MAILDROP_REC_BAD) {
	    msg_warn("%s/%s: %s", MAIL_QUEUE_MAILDROP, id,
		     MAILDROP_REC_WHY(&mr));
	    return (PICKUP_BAD);
	}
	if (type == REC_TYPE_FROM)
	    vstring_strcpy(pickup_sender, vstring_str(pickup_buf));
	if (type == REC_TYPE_ATTR && verdict == MAILDROP_REC_OK)
	    pickup_note_class(vstring_str(pickup_buf));
	if (verdict == MAILDROP_REC_DONE)
	    return (PICKUP_DONE);
    }
}

/* pickup_copy - send the checked file to cleanup */

static PICKUP_RESULT pickup_copy(const char *id, VSTREAM *fp,
				         const struct stat *st)
{
    CLEANUP_CLIENT cc;
    MAILDROP_REC mr;
    char    reason[200];
    unsigned status;
    int     type;
    int     verdict;

    if (vstream_fseek(fp, (off_t) 0, SEEK_SET) < 0) {
	msg_warn("%s/%s: seek: %m", MAIL_QUEUE_MAILDROP, id);
	return (PICKUP_LATER);
    }
    if (cleanup_client_open(&cc, MAIL_CLASS_PUBLIC,
			    PICKUP_CLEANUP_FLAGS | pickup_class,
			    var_ipc_timeout) < 0)
	return (PICKUP_LATER);
    msg_info("%s: uid=%d from=<%s>", CLEANUP_CLIENT_QUEUE_ID(&cc),
	     (int) st->st_uid, vstring_str(pickup_sender));
    maildrop_rec_init(&mr);
    do {
	type = rec_get(fp, pickup_buf, var_line_length_limit);
	verdict = maildrop_rec_next(&mr, type, vstring_str(pickup_buf),
				    (ssize_t) VSTRING_LEN(pickup_buf));
	if (verdict == MAILDROP_REC_BAD) {	/* changed under our feet */
	    msg_warn("%s/%s: %s", MAIL_QUEUE_MAILDROP, id,
		     MAILDROP_REC_WHY(&mr));
	    cleanup_client_abort(&cc);
	    return (PICKUP_BAD);
	}
	if (verdict == MAILDROP_REC_SKIP) {
	    msg_warn("%s/%s: uid=%d: %s", MAIL_QUEUE_MAILDROP, id,
		     (int) st->st_uid, MAILDROP_REC_WHY(&mr));
	    continue;
	}
	if (rec_put(CLEANUP_CLIENT_STREAM(&cc), type, vstring_str(pickup_buf),
		    (ssize_t) VSTRING_LEN(pickup_buf)) != type) {
	    msg_warn("%s: error writing to %s service",
		     CLEANUP_CLIENT_QUEUE_ID(&cc), var_cleanup_service_name);
	    cleanup_client_abort(&cc);
	    return (PICKUP_LATER);
	}
    } while (verdict != MAILDROP_REC_DONE);

    status = cleanup_client_finish(&cc, reason, sizeof(reason));
    if (status == CLEANUP_STAT_OK)
	return (PICKUP_DONE);
    msg_warn("%s/%s: %s", MAIL_QUEUE_MAILDROP, id,
	     reason[0] ? reason : cleanup_strerror(status));
    return ((status & CLEANUP_STAT_MASK_TEMP) ? PICKUP_LATER : PICKUP_BAD);
}

/* pickup_aside - a bad file goes to corrupt/ */

static void pickup_aside(const char *id)
{
    if (mail_queue_rename(id, MAIL_QUEUE_MAILDROP, MAIL_QUEUE_CORRUPT) == 0)
	msg_warn("%s/%s: moved to %s/", MAIL_QUEUE_MAILDROP, id,
		 MAIL_QUEUE_CORRUPT);
    else if (mail_queue_remove(MAIL_QUEUE_MAILDROP, id) == 0)
	msg_warn("%s/%s: removed", MAIL_QUEUE_MAILDROP, id);
    else if (errno != ENOENT)
	msg_warn("%s/%s: cannot move aside or remove: %m",
		 MAIL_QUEUE_MAILDROP, id);
}

/* pickup_unfinished - a file without the ready mode */

static void pickup_unfinished(const char *id, const struct stat *st)
{
    if (time((time_t *) 0) - st->st_mtime > var_daemon_timeout) {
	msg_warn("%s/%s: removing abandoned submission (uid=%d)",
		 MAIL_QUEUE_MAILDROP, id, (int) st->st_uid);
	if (mail_queue_remove(MAIL_QUEUE_MAILDROP, id) < 0 && errno != ENOENT)
	    msg_warn("%s/%s: remove: %m", MAIL_QUEUE_MAILDROP, id);
    }
}

/* pickup_file - one maildrop file */

static void pickup_file(const char *id)
{
    char    pathbuf[2 * MAIL_QUEUE_ID_MAX + 64];
    VSTRING path;
    struct stat st;
    PICKUP_RESULT result;
    int     fd;

    /*
     * A file that postdrop is still writing may not be readable by us yet
     * (mode 0600, another owner): skip it quietly, by its mode.
     */
    vstring_init_mem(&path, pathbuf, sizeof(pathbuf));
    if (lstat(mail_queue_path(&path, MAIL_QUEUE_MAILDROP, id), &st) == 0
	&& S_ISREG(st.st_mode) && (st.st_mode & S_IXUSR) == 0) {
	pickup_unfinished(id, &st);
	return;
    }
    if ((fd = mail_queue_open_fd(MAIL_QUEUE_MAILDROP, id,
				 O_RDONLY | O_NONBLOCK, 0)) < 0) {
	if (errno != ENOENT)
	    msg_warn("%s/%s: open: %m", MAIL_QUEUE_MAILDROP, id);
	if (errno == ELOOP)
	    pickup_aside(id);
	return;
    }
    if (fstat(fd, &st) < 0) {
	msg_warn("%s/%s: fstat: %m", MAIL_QUEUE_MAILDROP, id);
	(void) close(fd);
	return;
    }
    if (!S_ISREG(st.st_mode) || st.st_nlink != 1) {
	msg_warn("%s/%s: not a regular file with one link",
		 MAIL_QUEUE_MAILDROP, id);
	(void) close(fd);
	pickup_aside(id);
	return;
    }
    if ((st.st_mode & S_IXUSR) == 0) {
	(void) close(fd);
	pickup_unfinished(id, &st);
	return;
    }
    vstream_init(&pickup_stream, fd, O_RDONLY, pickup_iobuf, VSTREAM_BUFSIZE);
    vstream_set_timeout(&pickup_stream, var_ipc_timeout);
    if ((result = pickup_check(id, &pickup_stream)) == PICKUP_DONE)
	result = pickup_copy(id, &pickup_stream, &st);
    (void) vstream_fclose(&pickup_stream);
    switch (result) {
    case PICKUP_DONE:
	if (mail_queue_remove(MAIL_QUEUE_MAILDROP, id) < 0 && errno != ENOENT)
	    msg_warn("%s/%s: remove: %m", MAIL_QUEUE_MAILDROP, id);
	break;
    case PICKUP_BAD:
	pickup_aside(id);
	break;
    case PICKUP_LATER:
	break;
    }
}

/* pickup_service - a wakeup: scan maildrop/ */

static void pickup_service(char *buf, ssize_t len, char *service, char **argv)
{
    MAIL_QUEUE_SCAN *scan;
    const char *name;

    (void) buf;
    (void) len;
    (void) service;
    (void) argv;
    if ((scan = mail_queue_scan_open(MAIL_QUEUE_MAILDROP)) == 0) {
	msg_warn("open %s/: %m", MAIL_QUEUE_MAILDROP);
	return;
    }
    while ((name = mail_queue_scan_next(scan)) != 0)
	if (mail_queue_id_ok(name))
	    pickup_file(name);
    mail_queue_scan_close(scan);
}

/* pickup_init - buffers, once */

static void pickup_init(char *service, char **argv)
{
    size_t  string_mem = var_line_length_limit + 2;	/* and the null */
    char   *mem = mymalloc_pages(VSTREAM_BUFSIZE + 2 * string_mem);

    (void) service;
    (void) argv;
    pickup_iobuf = mem;
    vstring_init_mem(pickup_sender, mem + VSTREAM_BUFSIZE, string_mem);
    vstring_init_mem(pickup_buf, mem + VSTREAM_BUFSIZE + string_mem,
		     string_mem);
}

/* pickup_main - the daemon */

int     pickup_main(int argc, char **argv)
{
    trigger_server_main(argc, argv, pickup_service,
			CA_MAIL_SERVER_PARAMS, params_pickup,
			CA_MAIL_SERVER_POST_INIT, pickup_init,
			CA_MAIL_SERVER_SOLITARY,
			CA_MAIL_SERVER_END);
}
