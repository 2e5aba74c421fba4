/*++
/* NAME
/*	trace_append 3
/* SUMMARY
/*	record a recipient's outcome in the trace log
/* SYNOPSIS
/*	#include <bounce_client.h>
/*
/*	int	trace_append(flags, id, stats, rcpt, relay, dsn)
/*	int	flags;
/*	const char *id;
/*	const MSG_STATS *stats;
/*	const RECIPIENT *rcpt;
/*	const char *relay;
/*	const DSN *dsn;
/* DESCRIPTION
/*	trace_append() adds the outcome of one recipient (its DSN,
/*	action included) to the message's trace log through the trace
/*	service (trace_service_name). The trace log becomes the report
/*	of sendmail -v (DEL_REQ_FLAG_RECORD) or sendmail -bv
/*	(DEL_REQ_FLAG_USR_VRFY). The relay is part of the reason, as
/*	the report shows it. Nothing is logged on success.
/* DIAGNOSTICS
/*	0 on success; -1 and a warning when the trace service failed.
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <vstring.h>
#include <attr.h>
#include <mail_params.h>
#include <bounce_client.h>

/* trace_append - add to the trace log */

int     trace_append(int flags, const char *id, const MSG_STATS *stats,
		             const RECIPIENT *rcpt, const char *relay,
		             const DSN *dsn)
{
    static VSTRING *why;
    DSN     my_dsn;

    (void) stats;
    if (why == 0)
	why = vstring_fixed(ATTR_VALUE_MAX);
    bounce_client_clean(&my_dsn, dsn, (const char *) 0);
    vstring_sprintf(why, "\"%s\": %s", relay, my_dsn.reason);
    my_dsn.reason = vstring_str(why);
    if (bounce_client_append(var_trace_service_name, flags, id, rcpt,
			     &my_dsn) != 0) {
	msg_warn("%s: %s service failure", id, var_trace_service_name);
	return (-1);
    }
    return (0);
}
