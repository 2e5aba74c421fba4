/*++
/* NAME
/*	mail_proto 3h
/* SUMMARY
/*	service names and attribute names of the internal protocols
/* SYNOPSIS
/*	#include <mail_proto.h>
/* DESCRIPTION
/*	The names that clients and servers of the internal services
/*	agree on. Services are unix-domain sockets (or fifos) under
/*	queue_directory: "public/NAME" for those that unprivileged
/*	commands reach (pickup, qmgr, showq, postlog), "private/NAME"
/*	for the rest. Attribute lists travel as described in attr(3h);
/*	message content as records (record(3h)).
/*
/*	Cleanup: the client connects; cleanup sends {queue_id}; the
/*	client sends {flags}, then the content records ending with END;
/*	cleanup replies {status, reason} only after the queue file and
/*	its directory entry are fsync'ed.
/*
/*	Delivery: qmgr connects to the transport's service; the agent
/*	says it is ready with {status=0}; qmgr sends the request
/*	{flags, queue_name, queue_id, data_offset, data_size, nexthop,
/*	encoding, sendopts, sender, envelope_id, dsn_ret, log_ident,
/*	arrival_time, arrival_usec, active_time, active_usec,
/*	recipient_count} and then one list per recipient {orig_rcpt,
/*	rcpt, dsn_orcpt, dsn_notify, offset}; the agent reports each
/*	recipient to bounce/defer/trace (marking it done in the queue
/*	file once it is delivered or its bounce is logged) and replies
/*	{status, dsn_status, reason}: status 0 when every recipient is
/*	finished, 1 when some are left; a non-empty dsn_status says
/*	that the whole nexthop failed (qmgr throttles it). See
/*	deliver_request(3) for the checks, bounce_proto(3h) for the
/*	bounce, defer and trace services.
/*
/*	Triggers: a one-byte request written to a wakeup endpoint
/*	(fifo or unix socket): TRIGGER_REQ_WAKEUP and friends.
/*--*/

#ifndef _MAIL_PROTO_H_INCLUDED_
#define _MAIL_PROTO_H_INCLUDED_

 /*
  * Service classes (subdirectories of queue_directory).
  */
#define MAIL_CLASS_PUBLIC	"public"
#define MAIL_CLASS_PRIVATE	"private"

 /*
  * Service names as in master.cf.
  */
#define MAIL_SERVICE_PICKUP	"pickup"
#define MAIL_SERVICE_CLEANUP	"cleanup"
#define MAIL_SERVICE_QUEUE	"qmgr"
#define MAIL_SERVICE_BOUNCE	"bounce"
#define MAIL_SERVICE_DEFER	"defer"
#define MAIL_SERVICE_TRACE	"trace"
#define MAIL_SERVICE_SHOWQ	"showq"
#define MAIL_SERVICE_POSTLOG	"postlog"
#define MAIL_SERVICE_ERROR	"error"
#define MAIL_SERVICE_DISCARD	"discard"
#define MAIL_SERVICE_SCACHE	"scache"
#define MAIL_SERVICE_TLSMGR	"tlsmgr"

 /*
  * Trigger requests (one byte).
  */
#define TRIGGER_REQ_WAKEUP	'W'	/* something new to do */
#define QMGR_REQ_SCAN_DEFERRED	'D'	/* scan deferred queue */
#define QMGR_REQ_SCAN_INCOMING	'I'	/* scan incoming queue */
#define QMGR_REQ_FLUSH_DEAD	'F'	/* forget dead destinations */
#define QMGR_REQ_SCAN_ALL	'A'	/* ignore next-attempt times */

 /*
  * Status codes in replies.
  */
#define MAIL_STAT_OK		0
#define MAIL_STAT_FAIL		1	/* temporary */
#define MAIL_STAT_BOUNCE	2	/* permanent */

 /*
  * Attribute names.
  */
#define MAIL_ATTR_REQ		"request"
#define MAIL_ATTR_STATUS	"status"
#define MAIL_ATTR_REASON	"reason"
#define MAIL_ATTR_FLAGS		"flags"
#define MAIL_ATTR_QUEUE		"queue_name"
#define MAIL_ATTR_QUEUEID	"queue_id"
#define MAIL_ATTR_OFFSET	"offset"
#define MAIL_ATTR_SIZE		"size"
#define MAIL_ATTR_NEXTHOP	"nexthop"
#define MAIL_ATTR_SENDER	"sender"
#define MAIL_ATTR_RCPT_COUNT	"recipient_count"
#define MAIL_ATTR_ORCPT		"orig_rcpt"
#define MAIL_ATTR_RECIP		"rcpt"
#define MAIL_ATTR_DSN_ORCPT	"dsn_orcpt"
#define MAIL_ATTR_DSN_NOTIFY	"dsn_notify"
#define MAIL_ATTR_DSN_STATUS	"dsn_status"
#define MAIL_ATTR_DSN_ACTION	"dsn_action"
#define MAIL_ATTR_DSN_MTYPE	"dsn_diag_type"
#define MAIL_ATTR_DSN_MTEXT	"dsn_diag_text"
#define MAIL_ATTR_WHY		"reason"
#define MAIL_ATTR_RELAY		"relay"
#define MAIL_ATTR_ARRIVAL	"arrival_time"
#define MAIL_ATTR_SENDOPTS	"sendopts"
#define MAIL_ATTR_DATA_OFFSET	"data_offset"
#define MAIL_ATTR_DATA_SIZE	"data_size"
#define MAIL_ATTR_ARRIVAL_USEC	"arrival_usec"
#define MAIL_ATTR_ACTIVE	"active_time"
#define MAIL_ATTR_ACTIVE_USEC	"active_usec"
#define MAIL_ATTR_DSN_MTA_TYPE	"dsn_mta_type"
#define MAIL_ATTR_DSN_MTA_NAME	"dsn_mta_name"

#endif
