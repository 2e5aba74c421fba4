/*++
/* NAME
/*	showq_proto 3
/* SUMMARY
/*	the showq(8) protocol
/* SYNOPSIS
/*	#include <showq_proto.h>
/*
/*	int	showq_proto_send(stream, msg)
/*	VSTREAM	*stream;
/*	SHOWQ_MSG *msg;
/*
/*	int	showq_proto_recv(stream, msg)
/*	VSTREAM	*stream;
/*	SHOWQ_MSG *msg;
/* DESCRIPTION
/*	showq(8) sends the listing to its client as attribute lists
/*	(attr(3h)), one group per message: {queue_name, queue_id,
/*	arrival_time, size, forced_expire, sender, flags (1: the
/*	message has a defer log), log_count, recipient_count}, then
/*	log_count lists {rcpt, reason} (the defer log entries), then
/*	recipient_count lists {rcpt} (the to-do recipients). The
/*	listing ends when the server closes the connection. The client
/*	formats the listing (showq_format(3)).
/*
/*	showq_proto_send() sends one message; the result is 0, or -1
/*	after a write error.
/*
/*	showq_proto_recv() receives one message into msg; the result is
/*	1, 0 at the end of the listing, or -1 after a protocol error
/*	(with a warning): an unknown queue name, a bad queue ID, bad
/*	counts, missing or extra attributes.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <showq_scan.h>
#include <showq_proto.h>

#define STR(x)	vstring_str(x)

#define SHOWQ_ATTR_FORCED	"forced_expire"
#define SHOWQ_ATTR_LOG_COUNT	"log_count"
#define SHOWQ_FLAG_LOG		1

static const char *const showq_proto_queues[] = {
    MAIL_QUEUE_MAILDROP, MAIL_QUEUE_ACTIVE, MAIL_QUEUE_INCOMING,
    MAIL_QUEUE_DEFERRED, MAIL_QUEUE_HOLD, 0,
};

/* showq_proto_send - one message */

int     showq_proto_send(VSTREAM *fp, SHOWQ_MSG *msg)
{
    const char *cp;
    const char *reason;
    int     n;

    attr_print(fp, ATTR_FLAG_NONE,
	       SEND_ATTR_STR(MAIL_ATTR_QUEUE, msg->queue),
	       SEND_ATTR_STR(MAIL_ATTR_QUEUEID, STR(msg->id)),
	       SEND_ATTR_LONG(MAIL_ATTR_ARRIVAL, msg->arrival),
	       SEND_ATTR_LONG(MAIL_ATTR_SIZE, msg->size),
	       SEND_ATTR_INT(SHOWQ_ATTR_FORCED, msg->forced_expire),
	       SEND_ATTR_STR(MAIL_ATTR_SENDER, STR(msg->sender)),
	       SEND_ATTR_INT(MAIL_ATTR_FLAGS, msg->has_log ? SHOWQ_FLAG_LOG : 0),
	       SEND_ATTR_INT(SHOWQ_ATTR_LOG_COUNT, msg->log_count),
	       SEND_ATTR_INT(MAIL_ATTR_RCPT_COUNT, msg->rcpt_count),
	       ATTR_TYPE_END);
    for (cp = STR(msg->log), n = 0; n < msg->log_count; n++) {
	reason = cp + strlen(cp) + 1;
	attr_print(fp, ATTR_FLAG_NONE,
		   SEND_ATTR_STR(MAIL_ATTR_RECIP, cp),
		   SEND_ATTR_STR(MAIL_ATTR_WHY, reason),
		   ATTR_TYPE_END);
	cp = reason + strlen(reason) + 1;
    }
    for (cp = STR(msg->rcpts), n = 0; n < msg->rcpt_count; n++) {
	attr_print(fp, ATTR_FLAG_NONE,
		   SEND_ATTR_STR(MAIL_ATTR_RECIP, cp),
		   ATTR_TYPE_END);
	cp += strlen(cp) + 1;
    }
    return (vstream_ferror(fp) ? -1 : 0);
}

/* showq_proto_recv - one message */

int     showq_proto_recv(VSTREAM *fp, SHOWQ_MSG *msg)
{
    const char *const * qp;
    int     forced;
    int     flags;
    int     log_count;
    int     rcpt_count;
    int     n;
    int     got;

    got = attr_scan(fp, ATTR_FLAG_STRICT,
		    RECV_ATTR_STR(MAIL_ATTR_QUEUE, msg->buf),
		    RECV_ATTR_STR(MAIL_ATTR_QUEUEID, msg->tmp),
		    RECV_ATTR_LONG(MAIL_ATTR_ARRIVAL, &msg->arrival),
		    RECV_ATTR_LONG(MAIL_ATTR_SIZE, &msg->size),
		    RECV_ATTR_INT(SHOWQ_ATTR_FORCED, &forced),
		    RECV_ATTR_STR(MAIL_ATTR_SENDER, msg->sender),
		    RECV_ATTR_INT(MAIL_ATTR_FLAGS, &flags),
		    RECV_ATTR_INT(SHOWQ_ATTR_LOG_COUNT, &log_count),
		    RECV_ATTR_INT(MAIL_ATTR_RCPT_COUNT, &rcpt_count),
		    ATTR_TYPE_END);
    if (got == 0)
	return (0);
    if (got != 9)
	return (-1);
    for (qp = showq_proto_queues; *qp; qp++)
	if (strcmp(*qp, STR(msg->buf)) == 0)
	    break;
    if (*qp == 0 || !mail_queue_id_ok(STR(msg->tmp))
	|| log_count < 0 || rcpt_count < 0) {
	msg_warn("showq: bad message group for queue %.100s, ID %.100s",
		 STR(msg->buf), STR(msg->tmp));
	return (-1);
    }
    vstring_reset(msg->rcpts);
    msg->rcpt_count = 0;
    vstring_reset(msg->log);
    msg->log_count = 0;
    msg->queue = *qp;
    vstring_strcpy(msg->id, STR(msg->tmp));
    msg->forced_expire = (forced != 0);
    for (n = 0; n < log_count; n++) {
	if (attr_scan(fp, ATTR_FLAG_STRICT,
		      RECV_ATTR_STR(MAIL_ATTR_RECIP, msg->log_rcpt),
		      RECV_ATTR_STR(MAIL_ATTR_WHY, msg->log_reason),
		      ATTR_TYPE_END) != 2)
	    return (-1);
	showq_msg_add_log(msg, STR(msg->log_rcpt), STR(msg->log_reason));
    }
    msg->has_log = (flags & SHOWQ_FLAG_LOG) != 0;
    for (n = 0; n < rcpt_count; n++) {
	if (attr_scan(fp, ATTR_FLAG_STRICT,
		      RECV_ATTR_STR(MAIL_ATTR_RECIP, msg->tmp),
		      ATTR_TYPE_END) != 1)
	    return (-1);
	showq_msg_add_rcpt(msg, STR(msg->tmp));
    }
    return (1);
}
