/*++
/* NAME
/*	defer_append 3
/* SUMMARY
/*	defer delivery to a recipient
/* SYNOPSIS
/*	#include <bounce_client.h>
/*
/*	int	defer_append(flags, id, stats, rcpt, relay, dsn)
/*	int	flags;
/*	const char *id;
/*	const MSG_STATS *stats;
/*	const RECIPIENT *rcpt;
/*	const char *relay;
/*	const DSN *dsn;
/* DESCRIPTION
/*	defer_append() reports that delivery to one recipient failed
/*	for now: the DSN (action "delayed") goes to the defer service
/*	(defer_service_name), which adds it to the message's defer log
/*	(the reason that mailq shows, and the delay warning's text), and
/*	the delivery is logged with "status=deferred". With
/*	DEL_REQ_FLAG_RECORD it is also added to the trace log.
/*
/*	With DEL_REQ_FLAG_USR_VRFY (sendmail -bv) nothing is delivered
/*	or logged: the outcome goes to the trace log as "undeliverable".
/*
/*	The recipient stays to do in the queue file: qmgr tries it again
/*	after a back-off.
/* DIAGNOSTICS
/*	-1 (the recipient is not finished), or the trace_append()
/*	result for a verification. A failing defer or trace service is
/*	logged as a warning.
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <mail_params.h>
#include <deliver_request.h>
#include <log_adhoc.h>
#include <bounce_client.h>

/* defer_append - defer delivery to one recipient */

int     defer_append(int flags, const char *id, const MSG_STATS *stats,
		             const RECIPIENT *rcpt, const char *relay,
		             const DSN *dsn)
{
    DSN     my_dsn;

    if (flags & DEL_REQ_FLAG_USR_VRFY) {
	bounce_client_clean(&my_dsn, dsn, DSN_ACTION_UNDELIVERABLE);
	return (trace_append(flags, id, stats, rcpt, relay, &my_dsn));
    }
    bounce_client_clean(&my_dsn, dsn, DSN_ACTION_DELAYED);
    if (bounce_client_append(var_defer_service_name, flags, id, rcpt,
			     &my_dsn) != 0)
	msg_warn("%s: %s service failure", id, var_defer_service_name);
    log_adhoc(id, stats, rcpt, relay, &my_dsn, "deferred");
    if ((flags & DEL_REQ_FLAG_RECORD) != 0)
	(void) trace_append(flags, id, stats, rcpt, relay, &my_dsn);
    return (-1);
}
