/*++
/* NAME
/*	bounce_notice 3
/* SUMMARY
/*	decide who gets a notice, and post it through cleanup
/* SYNOPSIS
/*	#include "bounce.h"
/*
/*	int	bounce_notice_post(kind, log_queue, request)
/*	int	kind;
/*	const char *log_queue;
/*	const BOUNCE_REQUEST *request;
/*
/*	int	bounce_notify_classes(list)
/*	const char *list;
/* DESCRIPTION
/*	bounce_notice_post() reads the log log_queue/queue_id and the
/*	original message queue_name/queue_id, and posts the notices
/*	of one kind (BOUNCE_KIND_*) as new messages through the
/*	cleanup(8) service, each with its own log line
/*	("ID: sender non-delivery notification: NEWID"):
/* .IP "to the sender"
/*	with the null sender, when the log holds at least one
/*	recipient that the notice shows (bounce_mime_wanted(): DSN
/*	NOTIFY); not for mail from the null sender or from
/*	double_bounce_sender.
/* .IP "to the postmaster"
/*	with double_bounce_sender as sender, headers only: a copy of a
/*	non-delivery notification to bounce_notice_recipient when
/*	notify_classes has "bounce"; of a delay warning to
/*	delay_notice_recipient with "delay". A failed message from the
/*	null sender (a bounce that bounced) goes to
/*	2bounce_notice_recipient when notify_classes has "2bounce" or
/*	"bounce", and is otherwise dropped; a failed message from
/*	double_bounce_sender is dropped with a warning (never a third
/*	bounce).
/* .PP
/*	A missing log means there is nothing to report. A missing or
/*	unreadable original message still gets its notice, without the
/*	third part.
/*
/*	bounce_notify_classes() turns a notify_classes value into
/*	BOUNCE_CLASS_* bits; an unknown name is a warning.
/* DIAGNOSTICS
/*	bounce_notice_post() returns BOUNCE_STAT_OK when every notice
/*	was accepted by cleanup (or none was due), BOUNCE_STAT_FAIL
/*	otherwise (the caller keeps the log and the client tries
/*	again).
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <msg.h>
#include <name_mask.h>
#include <vstream.h>
#include <vstring.h>
#include <stringops.h>
#include <mymalloc.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <record.h>
#include <rec_type.h>
#include <cleanup_client.h>
#include <cleanup_user.h>
#include <bounce_proto.h>

#include "bounce.h"

static BOUNCE_LOG_ENTRY *bounce_notice_entry;
static VSTRING *bounce_notice_line;

static const NAME_MASK bounce_classes[] = {
    {"bounce", BOUNCE_CLASS_BOUNCE},
    {"2bounce", BOUNCE_CLASS_2BOUNCE},
    {"delay", BOUNCE_CLASS_DELAY},
    {"resource", BOUNCE_CLASS_RESOURCE},
    {"software", BOUNCE_CLASS_SOFTWARE},
    {"policy", BOUNCE_CLASS_POLICY},
    {"protocol", BOUNCE_CLASS_PROTOCOL},
    {"data", 0},
    {0, 0},
};

/* bounce_notify_classes - notify_classes as bits */

int     bounce_notify_classes(const char *list)
{
    return (name_mask(VAR_NOTIFY_CLASSES, bounce_classes, list,
		      NAME_MASK_WARN));
}

/* bounce_notice_send - one notice through cleanup */

static int bounce_notice_send(BOUNCE_NOTICE *n, const char *from,
			              BOUNCE_LOG *log, VSTREAM *orig,
			              off_t content)
{
    CLEANUP_CLIENT cc;
    VSTREAM *out;
    char    reason[200];
    unsigned status;

    if (orig && vstream_fseek(orig, content, SEEK_SET) < 0) {
	msg_warn("%s: seek original message: %m", n->queue_id);
	orig = 0;
    }
    if (cleanup_client_open(&cc, MAIL_CLASS_PUBLIC,
			    CLEANUP_FLAG_MASK_INTERNAL | CLEANUP_FLAG_SRC_BOUNCE,
			    var_ipc_timeout) < 0)
	return (BOUNCE_STAT_FAIL);
    out = CLEANUP_CLIENT_STREAM(&cc);
    n->new_id = CLEANUP_CLIENT_QUEUE_ID(&cc);
    n->now = time((time_t *) 0);
    (void) rec_fputs(out, REC_TYPE_FROM, from);
    (void) rec_fputs(out, REC_TYPE_RCPT, n->recipient);
    (void) rec_fputs(out, REC_TYPE_MESG, "");
    if (bounce_mime_write(out, n, log, bounce_notice_entry, orig) < 0
	|| rec_fputs(out, REC_TYPE_XTRA, "") != REC_TYPE_XTRA
	|| rec_fputs(out, REC_TYPE_END, "") != REC_TYPE_END) {
	msg_warn("%s: error writing to %s service", n->queue_id,
		 var_cleanup_service_name);
	cleanup_client_abort(&cc);
	return (BOUNCE_STAT_FAIL);
    }
    status = cleanup_client_finish(&cc, reason, sizeof(reason));
    if (status != CLEANUP_STAT_OK) {
	msg_warn("%s: %s not posted: %s", n->queue_id,
		 bounce_template_log(n->kind, n->to),
		 reason[0] ? reason : cleanup_strerror(status));
	return (BOUNCE_STAT_FAIL);
    }
    msg_info("%s: %s: %s", n->queue_id, bounce_template_log(n->kind, n->to),
	     n->new_id);
    return (BOUNCE_STAT_OK);
}

/* bounce_notice_count - log entries that a notice shows */

static int bounce_notice_count(BOUNCE_NOTICE *n, BOUNCE_LOG *log)
{
    int     count = 0;

    if (bounce_log_rewind(log) < 0)
	return (-1);
    while (bounce_log_read(log, bounce_notice_entry) > 0)
	if (bounce_mime_wanted(n, bounce_notice_entry))
	    count++;
    return (count);
}

/* bounce_notice_post - every notice of one kind for one message */

int     bounce_notice_post(int kind, const char *log_queue,
			           const BOUNCE_REQUEST *req)
{
    BOUNCE_NOTICE n;
    BOUNCE_LOG log;
    VSTREAM *lp;
    VSTREAM *orig;
    off_t   content = 0;
    static int classes = -1;
    int     from_null = (*req->sender == 0);
    int     from_2bounce = (strcasecmp(req->sender,
					   var_double_bounce_sender) == 0);
    int     status = BOUNCE_STAT_OK;
    int     count;
    char    logname[MAIL_QUEUE_ID_MAX + 64];

    if (bounce_notice_entry == 0) {
	bounce_notice_entry = bounce_log_entry_create();
	bounce_notice_line = vstring_fixed(BOUNCE_LOG_LINE_MAX);
	classes = bounce_notify_classes(var_notify_classes);
    }
    if ((lp = mail_queue_open(log_queue, req->queue_id, O_RDONLY, 0)) == 0) {
	if (errno == ENOENT)
	    return (BOUNCE_STAT_OK);
	msg_warn("%s: open %s log: %m", req->queue_id, log_queue);
	return (BOUNCE_STAT_FAIL);
    }
    snprintf(logname, sizeof(logname), "%s/%s", log_queue, req->queue_id);
    bounce_log_init(&log, lp, logname, bounce_notice_line);
    memset(&n, 0, sizeof(n));
    n.kind = kind;
    n.flags = req->flags;
    n.queue_id = req->queue_id;
    n.sender = req->sender;
    n.envelope_id = req->envelope_id;
    n.encoding = req->encoding;
    n.dsn_ret = req->dsn_ret;
    n.hostname = var_myhostname;
    n.mail_name = var_mail_name;
    n.size_limit = var_bounce_size_limit;
    if ((orig = mail_queue_open(req->queue_name, req->queue_id,
				O_RDONLY, 0)) == 0) {
	msg_warn("%s: open original message %s/%s: %m", req->queue_id,
		 req->queue_name, req->queue_id);
    } else if (bounce_mime_arrival(orig, &n.arrival) < 0
	       || (content = vstream_ftell(orig)) < 0) {
	(void) vstream_fclose(orig);
	orig = 0;
    }

    /*
     * The sender's notice.
     */
    n.to = BOUNCE_TO_SENDER;
    n.recipient = req->sender;
    if (!from_null && !from_2bounce) {
	if ((count = bounce_notice_count(&n, &log)) < 0)
	    status = BOUNCE_STAT_FAIL;
	else if (count > 0)
	    status = bounce_notice_send(&n, "", &log, orig, content);
    }

    /*
     * The postmaster's.
     */
    n.recipient = 0;
    if (kind == BOUNCE_KIND_FAILED && from_2bounce) {
	msg_warn("%s: undeliverable notice from <%s> dropped",
		 req->queue_id, req->sender);
    } else if (kind == BOUNCE_KIND_FAILED && from_null) {
	if (classes & (BOUNCE_CLASS_2BOUNCE | BOUNCE_CLASS_BOUNCE)) {
	    n.to = BOUNCE_TO_2BOUNCE;
	    n.recipient = var_2bounce_notice_recipient;
	}
    } else if (kind == BOUNCE_KIND_FAILED) {
	if (classes & BOUNCE_CLASS_BOUNCE) {
	    n.to = BOUNCE_TO_POSTMASTER;
	    n.recipient = var_bounce_notice_recipient;
	}
    } else if (kind == BOUNCE_KIND_DELAYED) {
	if (classes & BOUNCE_CLASS_DELAY) {
	    n.to = BOUNCE_TO_POSTMASTER;
	    n.recipient = var_delay_notice_recipient;
	}
    }
    if (status == BOUNCE_STAT_OK && n.recipient != 0
	&& bounce_notice_count(&n, &log) > 0)
	status = bounce_notice_send(&n, var_double_bounce_sender, &log,
				    orig, content);
    if (orig)
	(void) vstream_fclose(orig);
    (void) vstream_fclose(lp);
    return (status);
}
