/*++
/* NAME
/*	bounce_append 3
/* SUMMARY
/*	bounce a recipient
/* SYNOPSIS
/*	#include <bounce_client.h>
/*
/*	int	bounce_append(flags, id, stats, rcpt, relay, dsn)
/*	int	flags;
/*	const char *id;
/*	const MSG_STATS *stats;
/*	const RECIPIENT *rcpt;
/*	const char *relay;
/*	const DSN *dsn;
/* DESCRIPTION
/*	bounce_append() reports that delivery to one recipient failed
/*	for good: the DSN (action "failed") goes to the bounce service
/*	(bounce_service_name), which adds it to the message's bounce
/*	log for the non-delivery notification, and the delivery is
/*	logged with "status=bounced". With DEL_REQ_FLAG_RECORD the
/*	trace log must take it too.
/*
/*	When the bounce (or trace) service fails, the recipient is
/*	deferred instead (defer_append() with status 4.3.0 and the
/*	reason "bounce or trace service failure"): a bounce that was not
/*	recorded must not be lost.
/*
/*	With DEL_REQ_FLAG_USR_VRFY (sendmail -bv) nothing is delivered
/*	or logged: the outcome goes to the trace log as "undeliverable".
/* DIAGNOSTICS
/*	0 when the bounce was recorded (the caller marks the recipient
/*	done with deliver_completed(3)), -1 otherwise.
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <vstring.h>
#include <mail_params.h>
#include <deliver_request.h>
#include <log_adhoc.h>
#include <bounce_client.h>

/* bounce_append - bounce one recipient */

int     bounce_append(int flags, const char *id, const MSG_STATS *stats,
		              const RECIPIENT *rcpt, const char *relay,
		              const DSN *dsn)
{
    static VSTRING *why;
    DSN     my_dsn;

    if (flags & DEL_REQ_FLAG_USR_VRFY) {
	bounce_client_clean(&my_dsn, dsn, DSN_ACTION_UNDELIVERABLE);
	return (trace_append(flags, id, stats, rcpt, relay, &my_dsn));
    }
    bounce_client_clean(&my_dsn, dsn, DSN_ACTION_FAILED);
    if (bounce_client_append(var_bounce_service_name, flags, id, rcpt,
			     &my_dsn) == 0
	&& ((flags & DEL_REQ_FLAG_RECORD) == 0
	    || trace_append(flags, id, stats, rcpt, relay, &my_dsn) == 0)) {
	log_adhoc(id, stats, rcpt, relay, &my_dsn, "bounced");
	return (0);
    }
    if (why == 0)
	why = vstring_alloc(100);
    vstring_sprintf(why, "%s or %s service failure",
		    var_bounce_service_name, var_trace_service_name);
    my_dsn.status = "4.3.0";
    my_dsn.reason = vstring_str(why);
    return (defer_append(flags, id, stats, rcpt, relay, &my_dsn));
}
