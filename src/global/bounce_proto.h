/*++
/* NAME
/*	bounce_proto 3h
/* SUMMARY
/*	requests to the bounce, defer and trace services
/* SYNOPSIS
/*	#include <bounce_proto.h>
/* DESCRIPTION
/*	One daemon, bounce(8), serves three services of master.cf:
/*	"bounce" (bounce_service_name), "defer" (defer_service_name)
/*	and "trace" (trace_service_name), all under private/. Each
/*	keeps one log file per message in the queue directory of the
/*	same name (bounce/ID, defer/ID, trace/ID). A client connects,
/*	sends one request as an attribute list, reads the reply
/*	{status} (0: done; anything else: failed) and disconnects.
/*
/*	Every request starts with {request, flags}: the command number
/*	below and the delivery request flags (DEL_REQ_FLAG_*).
/* .IP BOUNCE_CMD_APPEND
/*	{request, flags, queue_id, orig_rcpt, rcpt, dsn_orcpt,
/*	dsn_notify, offset, dsn_status, dsn_action, reason,
/*	dsn_diag_type, dsn_diag_text, dsn_mta_type, dsn_mta_name}:
/*	add one recipient's outcome to the service's log for queue_id.
/*	Delivery agents send it (bounce_append(), defer_append(),
/*	trace_append(), sent() in bounce_client(3)). The status is 0
/*	only after the record is written and fsync'ed: an agent then
/*	marks a bounced recipient done in the queue file.
/* .IP BOUNCE_CMD_FLUSH
/*	{request, flags, queue_name, queue_id, encoding, sendopts,
/*	sender, envelope_id, dsn_ret}: send the sender a non-delivery
/*	notification for the recipients in the log, then remove the
/*	log (bounce: after a delivery attempt; defer: when the message
/*	expires, maximal_queue_lifetime). The message itself is read
/*	from queue_name/queue_id.
/* .IP BOUNCE_CMD_WARN
/*	Same attributes: the defer service sends a delay warning
/*	(delay_warning_time) for the recipients in the defer log and
/*	keeps the log.
/* .IP BOUNCE_CMD_TRACE
/*	Same attributes: the trace service sends the delivery report
/*	of sendmail -v (every recipient's outcome, success included)
/*	and removes the log.
/* .IP BOUNCE_CMD_VERIFY
/*	Same attributes: the trace service sends the address
/*	verification report of sendmail -bv (what delivery would do;
/*	nothing was delivered) and removes the log.
/* .PP
/*	A daemon treats any other request number, a missing or extra
/*	attribute, an invalid queue name or ID, or a dsn_status that
/*	dsn_valid(3) refuses as a protocol error: one warning, no log
/*	record, a non-zero status.
/*--*/

#ifndef _BOUNCE_PROTO_H_INCLUDED_
#define _BOUNCE_PROTO_H_INCLUDED_

#define BOUNCE_CMD_APPEND	0	/* one recipient's outcome */
#define BOUNCE_CMD_FLUSH	1	/* non-delivery notification */
#define BOUNCE_CMD_WARN		2	/* delay warning */
#define BOUNCE_CMD_TRACE	3	/* sendmail -v report */
#define BOUNCE_CMD_VERIFY	4	/* sendmail -bv report */

#define BOUNCE_STAT_OK		0	/* reply status: done */
#define BOUNCE_STAT_FAIL	1	/* reply status: not done */

#endif
