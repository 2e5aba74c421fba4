/*++
/* NAME
/*	error 8
/* SUMMARY
/*	Postlet error/retry mail delivery agent
/* SYNOPSIS
/*	error [generic daemon options]
/* DESCRIPTION
/*	The error(8) delivery agent takes delivery requests from
/*	qmgr(8) and fails every recipient on purpose: mail that
/*	transport_maps (or a relocated or access decision) sends to
/*	"error:text" never leaves the machine.
/*
/*	Under its usual service name (error) each recipient is bounced:
/*	bounce_append() records it for the non-delivery notification
/*	and the log says "relay=none, ..., status=bounced (text)".
/*	Under the service name "retry" each recipient is deferred
/*	instead (defer_append(), "status=deferred"), and qmgr tries
/*	again later.
/*
/*	The text is the request's nexthop: the part after "error:" in
/*	the transport table. When it starts with an enhanced status
/*	code ("5.1.1 no such user") that code is the delivery status
/*	and the rest is the reason; otherwise the status is 5.0.0
/*	(4.0.0 for retry). A code of the wrong class for the service
/*	gets the service's class (a bounce always has a 5.X.Y status,
/*	a deferral a 4.X.Y one), as RFC 3464 requires of a report.
/*
/*	A bounced recipient is marked done in the queue file once the
/*	bounce service has its record; when the bounce service fails,
/*	the recipient is deferred and tried again.
/* CONFIGURATION PARAMETERS
/*	transport_destination_recipient_limit (and its default,
/*	default_destination_recipient_limit): recipients per request;
/*	bounce_service_name, defer_service_name, trace_service_name;
/*	delay_logging_resolution_limit; ipc_timeout; and the generic
/*	daemon parameters (max_use, max_idle, ...).
/* DIAGNOSTICS
/*	One log line per recipient; a warning for a request that
/*	breaks the protocol or a queue file that cannot be opened (the
/*	request is deferred).
/* SEE ALSO
/*	discard(8), qmgr(8), bounce(8), master(5)
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <vstream.h>
#include <mail_server.h>
#include <deliver_request.h>
#include <bounce_client.h>
#include <dsn.h>

#define ERROR_SERVICE_RETRY	"retry"

typedef int (*ERROR_APPEND_FN) (int, const char *, const MSG_STATS *,
				        const RECIPIENT *, const char *,
				        const DSN *);

static DELIVER_REQUEST *error_request;

/* error_deliver - fail every recipient of a request */

static int error_deliver(DELIVER_REQUEST *request, const char *def_status,
			         ERROR_APPEND_FN append)
{
    DSN_SPLIT dp;
    DSN     dsn;
    RECIPIENT *rcpt;
    int     result = DEL_STAT_OK;
    int     n;

    dsn_split(&dp, def_status, request->nexthop);
    dp.status[0] = def_status[0];
    dsn_simple(&dsn, dp.status, "", dp.text);
    for (n = 0; n < request->rcpt_count; n++) {
	rcpt = request->rcpt + n;
	if (append(request->flags, request->queue_id, &request->msg_stats,
		   rcpt, "none", &dsn) != 0
	    || deliver_completed(request->fp, rcpt->offset) != 0)
	    result = DEL_STAT_DEFER;
    }
    return (result);
}

/* error_service - serve one connection from qmgr */

static void error_service(VSTREAM *client, char *service, char **argv)
{
    int     status;

    if (argv[0])
	msg_fatal("unexpected command-line argument: %s", argv[0]);
    if (deliver_request_read(client, error_request) < 0)
	return;
    if (deliver_request_open(error_request) < 0) {
	msg_warn("%s: open queue file %s/%s: %m", error_request->queue_id,
		 error_request->queue_name, error_request->queue_id);
	status = DEL_STAT_DEFER;
    } else if (strcmp(service, ERROR_SERVICE_RETRY) == 0) {
	status = error_deliver(error_request, "4.0.0", defer_append);
    } else {
	status = error_deliver(error_request, "5.0.0", bounce_append);
    }
    (void) deliver_request_done(client, error_request, status, (DSN *) 0);
}

/* error_post_init - size the request once */

static void error_post_init(char *service, char **argv)
{
    (void) argv;
    error_request = deliver_request_create(deliver_request_limit(service));
}

/* error_main - the multi-call entry */

int     error_main(int argc, char **argv)
{
    single_server_main(argc, argv, error_service,
		       CA_MAIL_SERVER_POST_INIT, error_post_init,
		       CA_MAIL_SERVER_END);
}
