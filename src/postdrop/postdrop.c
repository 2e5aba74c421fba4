/*++
/* NAME
/*	postdrop 1
/* SUMMARY
/*	Postlet mail posting utility
/* SYNOPSIS
/*	postdrop [-rv] [-c config_dir]
/* DESCRIPTION
/*	postdrop writes one message into the maildrop queue. It is run
/*	by sendmail(1); with a root install it is set-group-ID
/*	$setgid_group, so that users can write maildrop/ and no one
/*	else needs to. In single-user mode it runs as the user.
/*
/*	The protocol with sendmail: postdrop creates the file (named by
/*	its queue ID, mode 0600, its directory entry fsync'ed) and
/*	sends {queue_id} on standard output; it reads queue file
/*	records on standard input, checks each (maildrop_rec(3): the
/*	sequence, the envelope data, the attributes a user may set;
/*	any TIME from the caller is dropped in favour of postdrop's
/*	own), and writes them. After END it flushes the file, sets the
/*	ready mode (0744), fsyncs it, and only then replies {status,
/*	reason} with status 0 and exits 0; then it wakes up pickup(8)
/*	through public/$pickup_service_name. A malformed submission is
/*	refused with CLEANUP_STAT_BAD, a write error (a full disk) with
/*	CLEANUP_STAT_WRITE; either way the file is removed and the
/*	exit status is non-zero. When the input ends without END the
/*	submission was cancelled: the file is removed and postdrop
/*	exits 0 without a reply.
/*
/*	Only users on authorized_submit_users may submit: anyone else
/*	gets "postdrop: fatal: User name(uid) is not allowed to submit
/*	mail" and nothing is created. sendmail(1) makes the same check
/*	first.
/*
/*	Options: -c config_dir; -r (accepted, for compatibility); -v
/*	(verbose logging, only when run by root).
/*
/*	A set-gid postdrop run by a user other than root takes a
/*	configuration directory from -c or $MAIL_CONFIG other than the
/*	default only when the default main.cf lists it in
/*	alternate_config_directories or multi_instance_directories
/*	(mail_conf(3)): else a user could name a main.cf of their own,
/*	with another queue_directory and authorized_submit_users.
/* DIAGNOSTICS
/*	Problems go to standard error as "postdrop: warning: ..." or
/*	"postdrop: fatal: ...": a full disk, a missing queue
/*	directory, a malformed submission (with the user ID), an
/*	unauthorized configuration directory ("postdrop: error:
/*	unauthorized configuration directory name: DIR", then a fatal
/*	error that names the settings to add).
/* SEE ALSO
/*	sendmail(1), pickup(8), maildrop_rec(3)
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <vstream.h>
#include <attr.h>
#include <record.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <mail_trigger.h>
#include <cleanup_user.h>
#include <maildrop_rec.h>
#include <user_acl.h>

 /*
  * The file being written, for the clean-up on a fatal error or signal.
  */
static char postdrop_path[MAIL_QUEUE_ID_MAX + sizeof(MAIL_QUEUE_MAILDROP) + 2];

#define POSTDROP_READY_MODE	(MAIL_QUEUE_STAT_READY | S_IRGRP | S_IROTH)

/* postdrop_cleanup - remove an unfinished file */

static void postdrop_cleanup(void)
{
    if (postdrop_path[0]) {
	(void) unlink(postdrop_path);
	postdrop_path[0] = 0;
    }
}

/* postdrop_sig - a signal ends the submission */

static void postdrop_sig(int sig)
{
    if (postdrop_path[0])
	(void) unlink(postdrop_path);
    _exit(sig + 128);
}

/* postdrop_reply - tell sendmail how it went */

static void postdrop_reply(int status, const char *why)
{
    (void) attr_print(vstream_out, ATTR_FLAG_NONE,
		      SEND_ATTR_INT(MAIL_ATTR_STATUS, status),
		      SEND_ATTR_STR(MAIL_ATTR_REASON, why),
		      ATTR_TYPE_END);
    (void) vstream_fflush(vstream_out);
}

/* postdrop_trigger - wake up pickup, never waiting for it */

static void postdrop_trigger(void)
{
    char    req = TRIGGER_REQ_WAKEUP;

    if (mail_trigger(MAIL_CLASS_PUBLIC, var_pickup_service_name, &req, 1) < 0
	&& msg_verbose)
	msg_info("%s/%s: %m: the mail will be picked up later",
		 MAIL_CLASS_PUBLIC, var_pickup_service_name);
}

/* postdrop_main - the program */

int     postdrop_main(int argc, char **argv)
{
    VSTRING *id = vstring_alloc(MAIL_QUEUE_ID_MAX);
    VSTRING *buf = vstring_alloc(100);
    VSTRING *why = vstring_alloc(100);
    MAILDROP_REC mr;
    struct timeval tv;
    VSTREAM *dst;
    uid_t   uid = getuid();
    const char *refused;
    int     status = CLEANUP_STAT_OK;
    int     type;
    int     verdict;
    int     ch;

    msg_stderr_init("postdrop");
    while ((ch = getopt(argc, argv, "c:rv")) > 0) {
	switch (ch) {
	case 'c':
	    mail_conf_set_dir(optarg);
	    break;
	case 'r':
	    break;
	case 'v':
	    if (geteuid() == 0 || getuid() == geteuid())
		msg_verbose++;
	    break;
	default:
	    msg_fatal("usage: %s [-c config_dir] [-v]", argv[0]);
	}
    }
    mail_conf_read();
    mail_params_init(params_common);
    mail_params_init(params_sendmail);
    if ((refused = user_acl_check(VAR_AUTHORIZED_SUBMIT_USERS,
				  var_authorized_submit_users, uid)) != 0)
	msg_fatal("User %s(%ld) is not allowed to submit mail",
		  refused, (long) uid);
    if (chdir(var_queue_directory) < 0)
	msg_fatal("chdir %s: %m", var_queue_directory);

    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    signal(SIGINT, postdrop_sig);
    signal(SIGQUIT, postdrop_sig);
    signal(SIGTERM, postdrop_sig);
    signal(SIGHUP, postdrop_sig);
    msg_cleanup(postdrop_cleanup);

    /*
     * The file, and its name for the caller. A stalled caller cannot keep
     * the file open for ever: pickup takes an unfinished file older than
     * daemon_timeout for abandoned.
     */
    if ((dst = mail_queue_enter(MAIL_QUEUE_MAILDROP, 0600, &tv, id)) == 0)
	msg_fatal("uid=%ld: create file %s/: %m", (long) uid,
		  MAIL_QUEUE_MAILDROP);
    snprintf(postdrop_path, sizeof(postdrop_path), "%s/%s",
	     MAIL_QUEUE_MAILDROP, vstring_str(id));
    vstream_set_timeout(vstream_in, var_daemon_timeout);
    if (attr_print(vstream_out, ATTR_FLAG_NONE,
		   SEND_ATTR_STR(MAIL_ATTR_QUEUEID, vstring_str(id)),
		   ATTR_TYPE_END) != 0)
	msg_fatal("uid=%ld: cannot reply to sendmail", (long) uid);
    rec_fprintf(dst, REC_TYPE_TIME, "%ld %ld", (long) tv.tv_sec,
		(long) tv.tv_usec);

    /*
     * Copy and check. After a refusal, read on to END so that sendmail is
     * not killed by SIGPIPE before it has read the reply.
     */
    maildrop_rec_init(&mr);
    (void) maildrop_rec_next(&mr, REC_TYPE_TIME, "", 0);
    for (;;) {
	type = rec_get(vstream_in, buf, var_line_length_limit);
	if (type == REC_TYPE_EOF) {		/* cancelled */
	    postdrop_cleanup();
	    exit(0);
	}
	if (type == REC_TYPE_ERROR)
	    msg_fatal("uid=%ld: malformed input", (long) uid);
	if (status != CLEANUP_STAT_OK) {
	    if (type == REC_TYPE_END)
		break;
	    continue;
	}
	if (type == REC_TYPE_TIME)
	    continue;
	verdict = maildrop_rec_next(&mr, type, vstring_str(buf),
				    (ssize_t) VSTRING_LEN(buf));
	if (verdict == MAILDROP_REC_SKIP) {
	    msg_warn("uid=%ld: %s", (long) uid, MAILDROP_REC_WHY(&mr));
	    continue;
	}
	if (verdict == MAILDROP_REC_BAD) {
	    msg_warn("uid=%ld: %s", (long) uid, MAILDROP_REC_WHY(&mr));
	    vstring_strcpy(why, MAILDROP_REC_WHY(&mr));
	    status = CLEANUP_STAT_BAD;
	    if (type == REC_TYPE_END)
		break;
	    continue;
	}
	if (rec_put(dst, type, vstring_str(buf), (ssize_t) VSTRING_LEN(buf)) != type) {
	    status = CLEANUP_STAT_WRITE;
	    vstring_sprintf(why, "error writing %s: %m", postdrop_path);
	    msg_warn("uid=%ld: %s", (long) uid, vstring_str(why));
	}
	if (verdict == MAILDROP_REC_DONE)
	    break;
    }

    /*
     * Durable before success: data and mode on disk (the directory entry
     * was made durable by mail_queue_enter()).
     */
    if (status == CLEANUP_STAT_OK
	&& (vstream_fflush(dst) != 0
	    || fchmod(vstream_fileno(dst), POSTDROP_READY_MODE) < 0
	    || vstream_fsync(dst) != 0)) {
	status = CLEANUP_STAT_WRITE;
	vstring_sprintf(why, "error writing %s: %m", postdrop_path);
	msg_warn("uid=%ld: %s", (long) uid, vstring_str(why));
    }
    if (vstream_fclose(dst) != 0 && status == CLEANUP_STAT_OK) {
	status = CLEANUP_STAT_WRITE;
	vstring_sprintf(why, "error writing %s: %m", postdrop_path);
	msg_warn("uid=%ld: %s", (long) uid, vstring_str(why));
    }
    if (status != CLEANUP_STAT_OK) {
	postdrop_cleanup();
	postdrop_reply(status, vstring_str(why));
	exit(1);
    }
    postdrop_path[0] = 0;			/* it is the system's now */
    postdrop_reply(CLEANUP_STAT_OK, "");
    postdrop_trigger();
    exit(0);
}
