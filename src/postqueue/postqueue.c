/*++
/* NAME
/*	postqueue 1
/* SUMMARY
/*	mail queue control for users
/* SYNOPSIS
/*	postqueue [-v] [-c config_dir] -f | -i queue_id | -j | -p | -s site
/* DESCRIPTION
/*	postqueue(1) is what users and sendmail(1) (mailq, sendmail -bp,
/*	sendmail -q) run to see and flush the queue. It is installed
/*	set-gid setgid_group (or runs as the one user of a single-user
/*	instance) and reaches the mail system only through public/.
/*
/*	-p lists the queue in Postfix's mailq format, -j as JSON lines
/*	(showq_format(3)). The listing comes from showq(8). When showq
/*	cannot be reached (the mail system is not running) and the
/*	caller may read the queue directory (the administrator, or the
/*	user of a single-user instance), postqueue(1) reads the queue
/*	itself and prints the same listing: a stopped system is exactly
/*	when an administrator wants to look (Postfix's postqueue does the
/*	same for root), with a warning on stderr. Otherwise it fails as
/*	Postfix does ("Queue report unavailable - mail system is down").
/*
/*	-f asks qmgr(8) to retry every message now: it sends the
/*	requests "forget dead destinations", "scan all", "scan
/*	deferred" and "scan incoming" to public/qmgr (queue_service_name).
/*
/*	-i queue_id schedules one deferred message: its file's time is
/*	set to now and it is marked MAIL_QUEUE_STAT_UNTHROTTLE, then qmgr
/*	is asked to scan the deferred queue. Without Postfix's flush(8)
/*	service this needs write access to the queue file (root, or the
/*	user of a single-user instance).
/*
/*	-s site: Postlet has no per-destination flush service
/*	(fast_flush_domains); -s site checks the name and flushes the
/*	whole queue as -f does, saying so.
/*
/*	-c config_dir reads main.cf from config_dir; a set-gid
/*	postqueue gives up its group privilege first, so that a user's
/*	own configuration cannot reach the real queue as setgid_group.
/*	-v logs more.
/*
/*	See man/man1/postqueue.1 for the user documentation.
/* DIAGNOSTICS
/*	Exit status 0 on success; EX_USAGE for bad usage, EX_UNAVAILABLE
/*	when the mail system is down, EX_PROTOCOL for a malformed reply
/*	from showq(8).
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>
#include <utime.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <iostuff.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <mail_connect.h>
#include <mail_trigger.h>
#include <showq_scan.h>
#include <showq_format.h>
#include <showq_proto.h>

#define STR(x)	vstring_str(x)

typedef enum {
    PQ_NONE, PQ_FLUSH, PQ_ONE, PQ_JSON, PQ_LIST, PQ_SITE,
} PQ_MODE;

/* pq_usage - how to call */

static NORETURN pq_usage(void)
{
    msg_fatal_status(EX_USAGE, "usage: postqueue -f | postqueue -i queueid"
		     " | postqueue -j | postqueue -p | postqueue -s site");
}

/* pq_format_one - hand one message to the formatter */

static void pq_format_one(SHOWQ_MSG *msg, void *context)
{
    showq_format_msg((SHOWQ_FORMAT *) context, msg);
}

/* pq_list - postqueue -p and -j */

static void pq_list(int format)
{
    SHOWQ_FORMAT *fmt = showq_format_alloc(vstream_out, format);
    SHOWQ_MSG *msg = showq_msg_alloc();
    VSTREAM *showq;
    int     got;

    if ((showq = mail_connect(MAIL_CLASS_PUBLIC, var_showq_service_name,
			      BLOCKING)) != 0) {
	while ((got = showq_proto_recv(showq, msg)) > 0)
	    showq_format_msg(fmt, msg);
	if (got < 0)
	    msg_fatal_status(EX_PROTOCOL, "malformed showq server response");
	(void) vstream_fclose(showq);
    } else if (access(MAIL_QUEUE_INCOMING, R_OK | X_OK) == 0) {
	msg_warn("mail system is down; reading the queue directly"
		 " (connect to %s service: %m)", var_showq_service_name);
	(void) showq_scan(msg, pq_format_one, (void *) fmt);
    } else {
	msg_fatal_status(EX_UNAVAILABLE,
			 "Queue report unavailable - mail system is down");
    }
    showq_format_end(fmt);
    if (vstream_ferror(vstream_out))
	msg_fatal_status(EX_IOERR, "write error on standard output: %m");
    showq_format_free(fmt);
    showq_msg_free(msg);
}

/* pq_flush - postqueue -f */

static void pq_flush(void)
{
    static const char req[] = {
	QMGR_REQ_FLUSH_DEAD, QMGR_REQ_SCAN_ALL, QMGR_REQ_SCAN_DEFERRED,
	QMGR_REQ_SCAN_INCOMING,
    };

    if (mail_trigger(MAIL_CLASS_PUBLIC, var_queue_service_name,
		     req, sizeof(req)) < 0)
	msg_fatal_status(EX_UNAVAILABLE,
			 "Cannot flush mail queue - mail system is down");
}

/* pq_one - postqueue -i */

static void pq_one(const char *id)
{
    static const char req[] = {QMGR_REQ_SCAN_DEFERRED};
    VSTRING *path = vstring_alloc(100);
    struct stat st;

    if (!mail_queue_id_ok(id))
	msg_fatal_status(EX_USAGE, "invalid queue id: %s", id);
    mail_queue_path(path, MAIL_QUEUE_DEFERRED, id);
    if (stat(STR(path), &st) < 0) {
	if (errno != ENOENT)
	    msg_fatal_status(EX_UNAVAILABLE, "%s: %m", STR(path));
	msg_warn("%s: not in the deferred queue", id);
	vstring_free(path);
	return;
    }
    if (utime(STR(path), (struct utimbuf *) 0) < 0
	|| chmod(STR(path), (st.st_mode & 07777)
		 | MAIL_QUEUE_STAT_UNTHROTTLE) < 0)
	msg_fatal_status(EX_NOPERM, "cannot schedule %s: %m", id);
    if (mail_trigger(MAIL_CLASS_PUBLIC, var_queue_service_name,
		     req, sizeof(req)) < 0)
	msg_fatal_status(EX_UNAVAILABLE,
			 "Cannot flush mail queue - mail system is down");
    vstring_free(path);
}

/* pq_site - postqueue -s */

static void pq_site(const char *site)
{
    const unsigned char *cp;

    if (*site == 0)
	msg_fatal_status(EX_USAGE, "empty site name");
    for (cp = (const unsigned char *) site; *cp; cp++)
	if (*cp <= ' ' || *cp == 0x7f || *cp == '/')
	    msg_fatal_status(EX_USAGE, "bad site name: %s", site);
    msg_info("no per-site flush service: flushing the whole queue for %s",
	     site);
    pq_flush();
}

/* postqueue_main - the multi-call entry */

int     postqueue_main(int argc, char **argv)
{
    PQ_MODE mode = PQ_NONE;
    const char *arg = 0;
    int     ch;

    msg_stderr_init("postqueue");
    opterr = 0;
    while ((ch = getopt(argc, argv, "c:fi:jps:v")) > 0) {
	switch (ch) {
	case 'c':
	    if (getgid() != getegid() && setgid(getgid()) < 0)
		msg_fatal_status(EX_OSERR, "setgid: %m");
	    mail_conf_set_dir(optarg);
	    break;
	case 'f':
	case 'i':
	case 'j':
	case 'p':
	case 's':
	    if (mode != PQ_NONE)
		pq_usage();
	    mode = (ch == 'f' ? PQ_FLUSH : ch == 'i' ? PQ_ONE :
		    ch == 'j' ? PQ_JSON : ch == 'p' ? PQ_LIST : PQ_SITE);
	    arg = optarg;
	    break;
	case 'v':
	    msg_verbose++;
	    break;
	default:
	    pq_usage();
	}
    }
    if (mode == PQ_NONE || argc > optind)
	pq_usage();
    mail_conf_read();
    mail_params_init(params_common);
    if (chdir(var_queue_directory) < 0)
	msg_fatal_status(EX_UNAVAILABLE, "chdir %s: %m", var_queue_directory);
    switch (mode) {
    case PQ_LIST:
	pq_list(SHOWQ_FORMAT_MAILQ);
	break;
    case PQ_JSON:
	pq_list(SHOWQ_FORMAT_JSON);
	break;
    case PQ_FLUSH:
	pq_flush();
	break;
    case PQ_ONE:
	pq_one(arg);
	break;
    case PQ_SITE:
	pq_site(arg);
	break;
    case PQ_NONE:
	pq_usage();
    }
    return (EX_OK);
}
