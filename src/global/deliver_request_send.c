/*++
/* NAME
/*	deliver_request_send 3
/* SUMMARY
/*	queue manager side of the delivery protocol
/* SYNOPSIS
/*	#include <deliver_request.h>
/*
/*	int	deliver_request_ready(agent)
/*	VSTREAM	*agent;
/*
/*	int	deliver_request_send(agent, request)
/*	VSTREAM	*agent;
/*	const DELIVER_REQUEST *request;
/*
/*	int	deliver_request_reply(agent, status, hop_status, hop_reason)
/*	VSTREAM	*agent;
/*	int	*status;
/*	VSTRING	*hop_status;
/*	VSTRING	*hop_reason;
/* DESCRIPTION
/*	The queue manager's half of the conversation in mail_proto(3h).
/*
/*	deliver_request_ready() reads the agent's ready status (qmgr
/*	waits for the stream to become readable first, so that a slow
/*	agent never blocks it). It returns 0, or -1 when the agent sent
/*	something else or nothing.
/*
/*	deliver_request_send() sends a request that the caller filled
/*	in: the envelope fields, msg_stats.incoming_arrival and
/*	.active_arrival, and rcpt_count recipients. The caller keeps
/*	each batch within the agent's limits (count, and
/*	deliver_request_space() of recipient strings) and sends values
/*	without newlines (attr(3) refuses them as a bug). It returns
/*	0, or -1 when the agent could not be written to.
/*
/*	deliver_request_reply() reads the final reply: the status
/*	(DEL_STAT_OK or DEL_STAT_DEFER), and for a failure of the whole
/*	nexthop its status code and reason (both empty otherwise). It
/*	returns 0, or -1 for a broken connection or a malformed reply
/*	(a status that is neither, a status code that dsn_valid()
/*	refuses), with a warning.
/* DIAGNOSTICS
/*	Warnings for malformed replies.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_proto.h>
#include <rec_type.h>
#include <deliver_request.h>

/* deliver_request_ready - read the agent's ready status */

int     deliver_request_ready(VSTREAM *agent)
{
    int     status;

    if (attr_scan(agent, ATTR_FLAG_STRICT,
		  RECV_ATTR_INT(MAIL_ATTR_STATUS, &status),
		  ATTR_TYPE_END) != 1)
	return (-1);
    if (status != 0) {
	msg_warn("deliver_request: agent ready status %d", status);
	return (-1);
    }
    return (0);
}

/* deliver_request_end - end a list, flush later */

static int deliver_request_end(VSTREAM *agent)
{
    VSTREAM_PUTC('\n', agent);
    return (vstream_ferror(agent) ? -1 : 0);
}

/* deliver_request_send - send a request to an agent */

int     deliver_request_send(VSTREAM *agent, const DELIVER_REQUEST *request)
{
    const MSG_STATS *stats = &request->msg_stats;
    const RECIPIENT *rcpt;
    int     n;

    if (attr_print(agent, ATTR_FLAG_MORE,
		   SEND_ATTR_INT(MAIL_ATTR_FLAGS, request->flags),
		   SEND_ATTR_STR(MAIL_ATTR_QUEUE, request->queue_name),
		   SEND_ATTR_STR(MAIL_ATTR_QUEUEID, request->queue_id),
		   SEND_ATTR_LONG(MAIL_ATTR_DATA_OFFSET, request->data_offset),
		   SEND_ATTR_LONG(MAIL_ATTR_DATA_SIZE, request->data_size),
		   SEND_ATTR_STR(MAIL_ATTR_NEXTHOP, request->nexthop),
		   SEND_ATTR_STR(MAIL_ATTR_ENCODING, request->encoding),
		   SEND_ATTR_INT(MAIL_ATTR_SENDOPTS, request->sendopts),
		   SEND_ATTR_STR(MAIL_ATTR_SENDER, request->sender),
		   SEND_ATTR_STR(MAIL_ATTR_ENVID, request->envelope_id),
		   SEND_ATTR_INT(MAIL_ATTR_RET, request->dsn_ret),
		   SEND_ATTR_STR(MAIL_ATTR_LOG_IDENT, request->log_ident),
		   SEND_ATTR_LONG(MAIL_ATTR_ARRIVAL,
				  stats->incoming_arrival.tv_sec),
		   SEND_ATTR_LONG(MAIL_ATTR_ARRIVAL_USEC,
				  stats->incoming_arrival.tv_usec),
		   SEND_ATTR_LONG(MAIL_ATTR_ACTIVE, stats->active_arrival.tv_sec),
		   SEND_ATTR_LONG(MAIL_ATTR_ACTIVE_USEC,
				  stats->active_arrival.tv_usec),
		   SEND_ATTR_INT(MAIL_ATTR_RCPT_COUNT, request->rcpt_count),
		   ATTR_TYPE_END) != 0
	|| deliver_request_end(agent) != 0)
	return (-1);
    for (n = 0; n < request->rcpt_count; n++) {
	rcpt = request->rcpt + n;
	if (attr_print(agent, n + 1 < request->rcpt_count ?
		       ATTR_FLAG_MORE : ATTR_FLAG_NONE,
		       SEND_ATTR_STR(MAIL_ATTR_ORCPT, rcpt->orig_addr),
		       SEND_ATTR_STR(MAIL_ATTR_RECIP, rcpt->address),
		       SEND_ATTR_STR(MAIL_ATTR_DSN_ORCPT, rcpt->dsn_orcpt),
		       SEND_ATTR_INT(MAIL_ATTR_DSN_NOTIFY, rcpt->dsn_notify),
		       SEND_ATTR_LONG(MAIL_ATTR_OFFSET, rcpt->offset),
		       ATTR_TYPE_END) != 0
	    || (n + 1 < request->rcpt_count && deliver_request_end(agent) != 0))
	    return (-1);
    }
    return (0);
}

/* deliver_request_reply - read an agent's final reply */

int     deliver_request_reply(VSTREAM *agent, int *status,
			              VSTRING *hop_status, VSTRING *hop_reason)
{
    if (attr_scan(agent, ATTR_FLAG_STRICT,
		  RECV_ATTR_INT(MAIL_ATTR_STATUS, status),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_STATUS, hop_status),
		  RECV_ATTR_STR(MAIL_ATTR_REASON, hop_reason),
		  ATTR_TYPE_END) != 3)
	return (-1);
    if (*status != DEL_STAT_OK && *status != DEL_STAT_DEFER) {
	msg_warn("deliver_request: bad delivery status %d", *status);
	return (-1);
    }
    if (VSTRING_LEN(hop_status) != 0
	&& (VSTRING_LEN(hop_status) > DSN_STATUS_LEN
	    || dsn_valid(vstring_str(hop_status)) != VSTRING_LEN(hop_status))) {
	msg_warn("deliver_request: bad nexthop status \"%.20s\"",
		 vstring_str(hop_status));
	return (-1);
    }
    return (0);
}
