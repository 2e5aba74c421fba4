/*++
/* NAME
/*	postsuper 1
/* SUMMARY
/*	queue maintenance
/* SYNOPSIS
/*	postsuper [-psSv] [-c config_dir] [-d queue_id] [-h queue_id]
/*		[-H queue_id] [-r queue_id] [queue ...]
/* DESCRIPTION
/*	postsuper(1) deletes (-d), holds (-h), releases (-H) and
/*	requeues (-r) messages by queue ID, "ALL" (upper case) or "-"
/*	(IDs from standard input, one per line); queue names after the
/*	options restrict where it looks. -s checks the queue structure
/*	(files in the wrong hashed subdirectory are moved, file names
/*	that do not match their inode are renamed, -S checks long IDs
/*	too), -p purges temporary files and incomplete files older than
/*	POSTSUPER_TEMP_AGE. The -s, -S and -p work is done first, then
/*	the other requests in command line order.
/*
/*	A file is worked on only under an exclusive mail_queue_lock()
/*	taken without waiting: a message that qmgr or a delivery agent
/*	holds is skipped with a warning. Moves fsync both directories
/*	(mail_queue_rename()).
/*
/*	Requeue (-r) writes the message again as a maildrop file (the
/*	form sendmail and postdrop write: arrival time, sender,
/*	attributes users may set, the recipients not yet delivered, the
/*	content), makes it ready, and removes the queue file and its
/*	logs, so that pickup(8) and cleanup(8) process it like new mail
/*	(with a new queue ID; the rewriting context becomes "local").
/*
/*	Released messages (-H) get the current time as their file times,
/*	so that qmgr tries them at its next deferred queue scan.
/*
/*	See man/man1/postsuper.1 for the user documentation.
/* DIAGNOSTICS
/*	Per message "QUEUEID: removed", "placed on hold", "released from
/*	hold", "requeued"; then Postfix's summary lines ("Deleted: 3
/*	messages"). Problems are warnings; a bad option, queue name or
/*	ALL without a queue list where one is needed are fatal.
/*
/*	Everything goes to the mail log as for any other program
/*	(maillog_client(3): the postlog service when maillog_file is
/*	set, else syslog, with the tag $syslog_name/postsuper), and
/*	also to the standard error stream when that is a terminal, as
/*	Postfix does. Unlike Postfix, when postlogd is not running
/*	(postsuper is often run while the mail system is stopped) the
/*	lines are appended to maillog_file directly rather than lost.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/time.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstream.h>
#include <vstring.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_queue.h>
#include <maillog_client.h>
#include <record.h>
#include <rec_type.h>

#define POSTSUPER_TEMP_AGE	(7 * 24 * 3600)	/* incomplete files */
#define POSTSUPER_MAX_REQ	256		/* -d -h -H -r options */
#define POSTSUPER_MAX_QUEUES	16		/* queue arguments */
#define POSTSUPER_READY_MODE	(MAIL_QUEUE_STAT_READY | S_IRGRP | S_IROTH)

 /*
  * Requests, in command line order.
  */
typedef enum {
    PS_DELETE, PS_HOLD, PS_RELEASE, PS_REQUEUE,
} PS_OP;

typedef struct PS_REQ {
    PS_OP   op;
    const char *id;
} PS_REQ;

 /*
  * Per operation: where it looks by default, what it says, counters.
  */
static const char *const ps_op_queues[][5] = {
    [PS_DELETE] = {MAIL_QUEUE_HOLD, MAIL_QUEUE_INCOMING, MAIL_QUEUE_ACTIVE,
    MAIL_QUEUE_DEFERRED, 0},
    [PS_HOLD] = {MAIL_QUEUE_INCOMING, MAIL_QUEUE_ACTIVE, MAIL_QUEUE_DEFERRED, 0},
    [PS_RELEASE] = {MAIL_QUEUE_HOLD, 0},
    [PS_REQUEUE] = {MAIL_QUEUE_HOLD, MAIL_QUEUE_INCOMING, MAIL_QUEUE_ACTIVE,
    MAIL_QUEUE_DEFERRED, 0},
};
static const char *const ps_op_done[] = {
    [PS_DELETE] = "removed",
    [PS_HOLD] = "placed on hold",
    [PS_RELEASE] = "released from hold",
    [PS_REQUEUE] = "requeued",
};
static const char *const ps_op_summary[] = {
    [PS_DELETE] = "Deleted",
    [PS_HOLD] = "Placed on hold",
    [PS_RELEASE] = "Released from hold",
    [PS_REQUEUE] = "Requeued",
};
static int ps_op_count[4];
static int ps_op_asked[4];

 /*
  * Queues that hold message files, and the per-message logs.
  */
static const char *const ps_msg_queues[] = {
    MAIL_QUEUE_MAILDROP, MAIL_QUEUE_INCOMING, MAIL_QUEUE_ACTIVE,
    MAIL_QUEUE_DEFERRED, MAIL_QUEUE_HOLD, MAIL_QUEUE_CORRUPT, 0,
};
static const char *const ps_log_queues[] = {
    MAIL_QUEUE_BOUNCE, MAIL_QUEUE_DEFER, MAIL_QUEUE_TRACE, 0,
};

static const char *ps_restrict[POSTSUPER_MAX_QUEUES + 1];
static VSTRING *ps_path;
static VSTRING *ps_path2;
static VSTRING *ps_buf;
static VSTRING *ps_id;

/* ps_usage - complain and exit */

static NORETURN ps_usage(void)
{
    msg_fatal_status(EXIT_FAILURE, "usage: postsuper [-psSv] [-c config_dir] "
		     "[-d queue_id] [-h queue_id] [-H queue_id] "
		     "[-r queue_id] [queue...]");
}

/* ps_in_list - is a name in a null-terminated list? */

static int ps_in_list(const char *const * list, const char *name)
{
    for (; *list; list++)
	if (strcmp(*list, name) == 0)
	    return (1);
    return (0);
}

/* ps_wanted - may this operation look in this queue? */

static int ps_wanted(PS_OP op, const char *queue)
{
    if (!ps_in_list(ps_op_queues[op], queue))
	return (0);
    return (ps_restrict[0] == 0 || ps_in_list(ps_restrict, queue));
}

/* ps_remove_logs - remove the per-message logs of a message */

static void ps_remove_logs(const char *id)
{
    const char *const * qp;

    for (qp = ps_log_queues; *qp; qp++)
	if (mail_queue_remove(*qp, id) < 0 && errno != ENOENT)
	    msg_warn("remove %s: %m", mail_queue_path(ps_path, *qp, id));
}

/* ps_requeue_copy - write a queue file again as a maildrop file */

static int ps_requeue_copy(VSTREAM *src, VSTREAM *dst)
{
    char   *name;
    char   *value;
    size_t  nlen;
    size_t  vlen;
    int     type;
    int     in_content = 0;

    for (;;) {
	if ((type = rec_get(src, ps_buf, 0)) < 0)
	    return (-1);
	switch (type) {
	case REC_TYPE_TIME:
	case REC_TYPE_FULL:
	case REC_TYPE_FROM:
	case REC_TYPE_ORCP:
	case REC_TYPE_RCPT:
	case REC_TYPE_DSN_ORCPT:
	case REC_TYPE_DSN_NOTIFY:
	case REC_TYPE_NORM:
	case REC_TYPE_CONT:
	case REC_TYPE_XTRA:
	    break;
	case REC_TYPE_MESG:
	    in_content = 1;
	    vstring_truncate(ps_buf, 0);
	    break;
	case REC_TYPE_ATTR:
	    if (split_nameval(vstring_str(ps_buf), &name, &value) != 0)
		continue;
	    if (strcmp(name, MAIL_ATTR_RWR_CONTEXT) == 0
		|| strcmp(name, MAIL_ATTR_LOG_IDENT) == 0)
		continue;
	    /* name and value point into ps_buf: join them in place. */
	    nlen = strlen(name);
	    vlen = strlen(value);
	    memmove(vstring_str(ps_buf), name, nlen);
	    vstring_str(ps_buf)[nlen] = '=';
	    memmove(vstring_str(ps_buf) + nlen + 1, value, vlen);
	    vstring_truncate(ps_buf, nlen + 1 + vlen);
	    break;
	case REC_TYPE_END:
	    if (!in_content)
		return (-1);
	    if (rec_put(dst, type, "", 0) < 0 || vstream_fflush(dst) != 0)
		return (-1);
	    return (0);
	default:
	    /* SIZE, CTIME, WARN, DONE, DRCP: the mail system's own. */
	    continue;
	}
	if (rec_put(dst, type, vstring_str(ps_buf), (ssize_t) VSTRING_LEN(ps_buf)) < 0)
	    return (-1);
    }
}

/* ps_requeue - replace a queue file by a maildrop file */

static int ps_requeue(const char *queue, const char *id, int fd)
{
    VSTREAM *src;
    VSTREAM *dst;
    int     ok;

    if ((dst = mail_queue_enter(MAIL_QUEUE_MAILDROP, 0600, 0, ps_id)) == 0) {
	msg_warn("%s: create maildrop file: %m", id);
	return (-1);
    }
    src = vstream_fdopen(dup(fd), O_RDONLY);
    ok = (ps_requeue_copy(src, dst) == 0);
    (void) vstream_fclose(src);
    if (!ok)
	msg_warn("%s: %s: bad queue file or write error; left in place",
		 id, mail_queue_path(ps_path, queue, id));
    else if (vstream_fsync(dst) != 0
	     || fchmod(vstream_fileno(dst), POSTSUPER_READY_MODE) < 0
	     || vstream_fsync(dst) != 0) {
	msg_warn("%s: write maildrop file: %m", id);
	ok = 0;
    }
    (void) vstream_fclose(dst);
    if (!ok) {
	(void) mail_queue_remove(MAIL_QUEUE_MAILDROP, vstring_str(ps_id));
	return (-1);
    }
    if (mail_queue_remove(queue, id) < 0)
	msg_warn("remove %s: %m", mail_queue_path(ps_path, queue, id));
    ps_remove_logs(id);
    return (0);
}

/* ps_one_queue - do an operation on a message in one queue */

static int ps_one_queue(PS_OP op, const char *queue, const char *id)
{
    int     fd;
    int     ret = -1;

    if ((fd = mail_queue_open_fd(queue, id, O_RDWR, 0)) < 0) {
	if (errno != ENOENT)
	    msg_warn("open %s: %m", mail_queue_path(ps_path, queue, id));
	return (-1);
    }
    if (mail_queue_lock(fd, MAIL_QUEUE_LOCK_EXCLUSIVE | MAIL_QUEUE_LOCK_NOWAIT) < 0) {
	msg_warn("%s: message is in use by another process; skipped", id);
	(void) close(fd);
	return (0);
    }
    switch (op) {
    case PS_DELETE:
	if ((ret = mail_queue_remove(queue, id)) == 0)
	    ps_remove_logs(id);
	else
	    msg_warn("remove %s: %m", mail_queue_path(ps_path, queue, id));
	break;
    case PS_HOLD:
	if ((ret = mail_queue_rename(id, queue, MAIL_QUEUE_HOLD)) < 0)
	    msg_warn("%s: move to %s: %m", id, MAIL_QUEUE_HOLD);
	break;
    case PS_RELEASE:
	if ((ret = mail_queue_rename(id, queue, MAIL_QUEUE_DEFERRED)) < 0)
	    msg_warn("%s: move to %s: %m", id, MAIL_QUEUE_DEFERRED);
	else if (futimens(fd, 0) < 0)
	    msg_warn("%s: reset time stamps: %m", id);
	break;
    case PS_REQUEUE:
	ret = ps_requeue(queue, id, fd);
	break;
    }
    (void) close(fd);
    if (ret == 0) {
	msg_info("%s: %s", id, ps_op_done[op]);
	ps_op_count[op]++;
    }
    return (0);
}

/* ps_one - do an operation on a message, wherever it is */

static void ps_one(PS_OP op, const char *id)
{
    const char *const * qp;

    if (!mail_queue_id_ok(id)) {
	msg_warn("invalid mail queue id: %s", id);
	return;
    }
    for (qp = ps_op_queues[op]; *qp; qp++)
	if (ps_wanted(op, *qp) && ps_one_queue(op, *qp, id) == 0)
	    return;
}

/* ps_all - do an operation on every message of its queues */

static void ps_all(PS_OP op)
{
    const char *const * qp;
    MAIL_QUEUE_SCAN *scan;
    const char *name;

    for (qp = ps_op_queues[op]; *qp; qp++) {
	if (!ps_wanted(op, *qp))
	    continue;
	if ((scan = mail_queue_scan_open(*qp)) == 0) {
	    msg_warn("open queue %s: %m", *qp);
	    continue;
	}
	while ((name = mail_queue_scan_next(scan)) != 0)
	    if (mail_queue_id_ok(name))
		(void) ps_one_queue(op, *qp, name);
	mail_queue_scan_close(scan);
    }
}

/* ps_stdin - do an operation on every ID read from standard input */

static void ps_stdin(PS_OP op)
{
    VSTRING *line = vstring_alloc(100);
    char   *cp;
    char   *id;

    while (vstream_get_line(vstream_in, line, 1024) > 0) {
	cp = vstring_str(line);
	while ((id = mystrtok(&cp, " \t\r\n")) != 0)
	    ps_one(op, id);
    }
    vstring_free(line);
}

/* ps_is_temp - is this a temporary name "usec.pid"? */

static int ps_is_temp(const char *name)
{
    const char *dot = strchr(name, '.');
    size_t  len = strlen(name);

    return (dot != 0 && dot > name && dot < name + len - 1
	    && strspn(name, "0123456789") == (size_t) (dot - name)
	    && strspn(dot + 1, "0123456789") == len - (size_t) (dot - name) - 1);
}

/* ps_fix_name - rename a file whose name is not its inode's ID */

static void ps_fix_name(const char *queue, const char *dir, const char *name,
			        struct stat *st, int *fixed)
{
    struct timeval tv;

    (void) gettimeofday(&tv, (struct timezone *) 0);
    mail_queue_id_make(ps_id, st->st_ino, &tv);
    vstring_sprintf(ps_path, "%s/%s", dir, name);
    mail_queue_path(ps_path2, queue, vstring_str(ps_id));
    if (access(vstring_str(ps_path2), F_OK) == 0) {
	msg_warn("%s: cannot rename to %s: name is taken",
		 vstring_str(ps_path), vstring_str(ps_path2));
	return;
    }
    if ((rename(vstring_str(ps_path), vstring_str(ps_path2)) < 0
	 && (errno != ENOENT || mail_queue_mkdirs(vstring_str(ps_path2)) < 0
	     || rename(vstring_str(ps_path), vstring_str(ps_path2)) < 0))
	|| mail_queue_sync_dir(queue, vstring_str(ps_id)) < 0) {
	msg_warn("rename %s to %s: %m", vstring_str(ps_path), vstring_str(ps_path2));
	return;
    }
    msg_info("%s: renamed to match inode number: %s", name, vstring_str(ps_id));
    (*fixed)++;
}

/* ps_check_queue - structure check and purge of one queue */

static void ps_check_queue(const char *queue, int structure, int strict,
			           int purge, int *fixed)
{
    MAIL_QUEUE_SCAN *scan;
    const char *name;
    const char *dir;
    struct stat st;
    ino_t   ino;
    int     msg_queue = ps_in_list(ps_msg_queues, queue);
    int     old;

    if ((scan = mail_queue_scan_open(queue)) == 0) {
	if (errno != ENOENT)
	    msg_warn("open queue %s: %m", queue);
	return;
    }
    while ((name = mail_queue_scan_next(scan)) != 0) {
	dir = mail_queue_scan_dir(scan);
	vstring_sprintf(ps_path, "%s/%s", dir, name);
	if (lstat(vstring_str(ps_path), &st) < 0)
	    continue;
	old = (time((time_t *) 0) > st.st_mtime + POSTSUPER_TEMP_AGE);
	if (!S_ISREG(st.st_mode) || (ps_is_temp(name) && old && (purge || structure))
	    || (purge && msg_queue && old && mail_queue_id_ok(name)
		&& (st.st_mode & S_IXUSR) == 0)) {
	    if (unlink(vstring_str(ps_path)) == 0)
		msg_info("%s: removed old temporary or bogus file", vstring_str(ps_path));
	    else
		msg_warn("remove %s: %m", vstring_str(ps_path));
	    continue;
	}
	if (!structure || ps_is_temp(name))
	    continue;
	if (!mail_queue_id_ok(name)) {
	    msg_warn("bogus file name: %s", vstring_str(ps_path));
	    continue;
	}
	if (msg_queue && (mail_queue_id_inode(name, &ino) < 0 || ino != st.st_ino)
	    && (strict || strchr(name, 'z') == 0)) {
	    ps_fix_name(queue, dir, name, &st, fixed);
	    continue;
	}
	if (strcmp(dir, mail_queue_dir(ps_path2, queue, name)) != 0) {
	    mail_queue_path(ps_path2, queue, name);
	    if ((rename(vstring_str(ps_path), vstring_str(ps_path2)) < 0
		 && (errno != ENOENT || mail_queue_mkdirs(vstring_str(ps_path2)) < 0
		   || rename(vstring_str(ps_path), vstring_str(ps_path2)) < 0))
		|| mail_queue_sync_dir(queue, name) < 0)
		msg_warn("rename %s to %s: %m", vstring_str(ps_path), vstring_str(ps_path2));
	}
    }
    mail_queue_scan_close(scan);
}

#define POSTSUPER_LOG_FLAGS \
	(MAILLOG_CLIENT_FLAG_STDERR_TTY | MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK)

/* postsuper_main - the program */

int     postsuper_main(int argc, char **argv)
{
    static const char *const ops = "dhHr";
    PS_REQ *reqs = (PS_REQ *) mymalloc(sizeof(*reqs) * POSTSUPER_MAX_REQ);
    int     nreq = 0;
    int     structure = 0;
    int     strict = 0;
    int     purge = 0;
    int     fixed = 0;
    int     nqueue = 0;
    const char *const * qp;
    int     ch;
    int     i;

    maillog_client_init("postsuper", POSTSUPER_LOG_FLAGS);
    opterr = 0;
    while ((ch = getopt(argc, argv, "c:d:h:H:pr:sSv")) > 0) {
	switch (ch) {
	case 'c':
	    mail_conf_set_dir(optarg);
	    break;
	case 'd':
	case 'h':
	case 'H':
	case 'r':
	    if (nreq >= POSTSUPER_MAX_REQ)
		msg_fatal("too many -d -h -H -r options (at most %d; use \"-\")",
			  POSTSUPER_MAX_REQ);
	    reqs[nreq].op = (PS_OP) (strchr(ops, ch) - ops);
	    reqs[nreq].id = optarg;
	    ps_op_asked[reqs[nreq].op] = 1;
	    nreq++;
	    break;
	case 'p':
	    purge = 1;
	    break;
	case 'S':
	    strict = 1;
	    /* FALLTHROUGH */
	case 's':
	    structure = 1;
	    break;
	case 'v':
	    msg_verbose++;
	    break;
	default:
	    ps_usage();
	}
    }
    for (; optind < argc; optind++) {
	if (!ps_in_list(ps_msg_queues, argv[optind])
	    && !ps_in_list(ps_log_queues, argv[optind]))
	    msg_fatal("invalid directory name: %s", argv[optind]);
	if (nqueue >= POSTSUPER_MAX_QUEUES)
	    msg_fatal("too many queue names");
	ps_restrict[nqueue++] = argv[optind];
    }
    mail_conf_read();
    mail_params_init(params_common);
    maillog_client_init("postsuper", POSTSUPER_LOG_FLAGS);
    if (chdir(var_queue_directory) < 0)
	msg_fatal("chdir %s: %m", var_queue_directory);
    ps_path = vstring_alloc(100);
    ps_path2 = vstring_alloc(100);
    ps_buf = vstring_alloc(100);
    ps_id = vstring_alloc(30);

    /*
     * Structure and purge first, over the given queues or all of them.
     */
    if (structure || purge) {
	for (qp = ps_msg_queues; *qp; qp++)
	    if (nqueue == 0 || ps_in_list(ps_restrict, *qp))
		ps_check_queue(*qp, structure, strict, purge, &fixed);
	for (qp = ps_log_queues; *qp; qp++)
	    if (nqueue == 0 || ps_in_list(ps_restrict, *qp))
		ps_check_queue(*qp, structure, strict, purge, &fixed);
    }

    /*
     * Then the requests, in order.
     */
    for (i = 0; i < nreq; i++) {
	if (strcmp(reqs[i].id, "ALL") == 0)
	    ps_all(reqs[i].op);
	else if (strcmp(reqs[i].id, "-") == 0)
	    ps_stdin(reqs[i].op);
	else
	    ps_one(reqs[i].op, reqs[i].id);
    }

    /*
     * Report, in Postfix's order.
     */
    if (ps_op_asked[PS_REQUEUE])
	msg_info("%s: %d message%s", ps_op_summary[PS_REQUEUE],
		 ps_op_count[PS_REQUEUE], ps_op_count[PS_REQUEUE] != 1 ? "s" : "");
    if (ps_op_asked[PS_DELETE])
	msg_info("%s: %d message%s", ps_op_summary[PS_DELETE],
		 ps_op_count[PS_DELETE], ps_op_count[PS_DELETE] != 1 ? "s" : "");
    if (ps_op_asked[PS_HOLD])
	msg_info("%s: %d message%s", ps_op_summary[PS_HOLD],
		 ps_op_count[PS_HOLD], ps_op_count[PS_HOLD] != 1 ? "s" : "");
    if (ps_op_asked[PS_RELEASE])
	msg_info("%s: %d message%s", ps_op_summary[PS_RELEASE],
		 ps_op_count[PS_RELEASE], ps_op_count[PS_RELEASE] != 1 ? "s" : "");
    if (fixed > 0) {
	msg_info("Renamed to match inode number: %d message%s", fixed,
		 fixed != 1 ? "s" : "");
	msg_warn("QUEUE FILE NAMES WERE CHANGED TO MATCH INODE NUMBERS");
    }
    myfree(reqs);
    return (EXIT_SUCCESS);
}
