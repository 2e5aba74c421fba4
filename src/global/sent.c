/*++
/* NAME
/*	sent 3
/* SUMMARY
/*	report a successful delivery
/* SYNOPSIS
/*	#include <bounce_client.h>
/*
/*	int	sent(flags, id, stats, rcpt, relay, dsn)
/*	int	flags;
/*	const char *id;
/*	const MSG_STATS *stats;
/*	const RECIPIENT *rcpt;
/*	const char *relay;
/*	const DSN *dsn;
/* DESCRIPTION
/*	sent() logs a delivery with "status=sent". The DSN's action is
/*	kept when the caller set one ("relayed": the next hop does not
/*	do DSN), and is "delivered" otherwise. The trace log must take
/*	the outcome too, once, when the message asked for a delivery
/*	report (DEL_REQ_FLAG_RECORD, sendmail -v) or the recipient asked
/*	for a success notice (NOTIFY=SUCCESS, sendmail -N success): at
/*	the end of the message the trace service sends the sender the
/*	"delivered" or "relayed" report from that log. When the trace
/*	service fails the recipient is deferred instead (status 4.3.0),
/*	so that the report is not lost.
/*
/*	With DEL_REQ_FLAG_USR_VRFY (sendmail -bv) nothing was delivered
/*	and nothing is logged: the outcome goes to the trace log as
/*	"deliverable".
/* DIAGNOSTICS
/*	0 when the recipient is finished (the caller marks it done with
/*	deliver_completed(3)), -1 otherwise.
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <vstring.h>
#include <mail_params.h>
#include <deliver_request.h>
#include <log_adhoc.h>
#include <bounce_client.h>

/* sent - report a delivery */

int     sent(int flags, const char *id, const MSG_STATS *stats,
	             const RECIPIENT *rcpt, const char *relay,
	             const DSN *dsn)
{
    static VSTRING *why;
    DSN     my_dsn;
    int     report;

    if (flags & DEL_REQ_FLAG_USR_VRFY) {
	bounce_client_clean(&my_dsn, dsn, DSN_ACTION_DELIVERABLE);
	return (trace_append(flags, id, stats, rcpt, relay, &my_dsn));
    }
    bounce_client_clean(&my_dsn, dsn, dsn->action && *dsn->action ?
			dsn->action : DSN_ACTION_DELIVERED);
    report = (flags & DEL_REQ_FLAG_RECORD)
	|| (rcpt->dsn_notify & DSN_NOTIFY_SUCCESS);
    if (!report || trace_append(flags, id, stats, rcpt, relay, &my_dsn) == 0) {
	log_adhoc(id, stats, rcpt, relay, &my_dsn, "sent");
	return (0);
    }
    if (why == 0)
	why = vstring_alloc(100);
    vstring_sprintf(why, "%s service failure", var_trace_service_name);
    my_dsn.status = "4.3.0";
    my_dsn.reason = vstring_str(why);
    return (defer_append(flags, id, stats, rcpt, relay, &my_dsn));
}
