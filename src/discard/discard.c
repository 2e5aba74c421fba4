/*++
/* NAME
/*	discard 8
/* SUMMARY
/*	Postlet discard mail delivery agent
/* SYNOPSIS
/*	discard [generic daemon options]
/* DESCRIPTION
/*	The discard(8) delivery agent takes delivery requests from
/*	qmgr(8) and throws the mail away: every recipient is reported
/*	as delivered ("relay=none, ..., dsn=2.0.0, status=sent (text)")
/*	and marked done in the queue file. It is the transport for
/*	"discard:" in transport_maps and the like, and the quickest
/*	way out of the system for tests and benchmarks.
/*
/*	The text is the request's nexthop: the part after "discard:"
/*	in the transport table (qmgr uses the recipient's domain when
/*	it is empty). A leading enhanced status code becomes the
/*	delivery status, with class 2 (a 5.X.Y code is logged as
/*	2.X.Y); the default is 2.0.0.
/*
/*	With sendmail -v the outcome is also recorded for the delivery
/*	report; with sendmail -bv nothing is discarded and the report
/*	says "deliverable".
/* CONFIGURATION PARAMETERS
/*	transport_destination_recipient_limit (and its default,
/*	default_destination_recipient_limit): recipients per request;
/*	trace_service_name; delay_logging_resolution_limit;
/*	ipc_timeout; and the generic daemon parameters.
/* DIAGNOSTICS
/*	One log line per recipient; a warning for a request that
/*	breaks the protocol or a queue file that cannot be opened (the
/*	request is deferred).
/* SEE ALSO
/*	error(8), qmgr(8), master(5)
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <vstream.h>
#include <mail_server.h>
#include <deliver_request.h>
#include <bounce_client.h>
#include <dsn.h>

static DELIVER_REQUEST *discard_request;

/* discard_deliver - report every recipient as delivered */

static int discard_deliver(DELIVER_REQUEST *request)
{
    DSN_SPLIT dp;
    DSN     dsn;
    RECIPIENT *rcpt;
    int     result = DEL_STAT_OK;
    int     n;

    dsn_split(&dp, "2.0.0", request->nexthop);
    dp.status[0] = '2';
    dsn_simple(&dsn, dp.status, DSN_ACTION_DELIVERED, dp.text);
    for (n = 0; n < request->rcpt_count; n++) {
	rcpt = request->rcpt + n;
	if (sent(request->flags, request->queue_id, &request->msg_stats,
		 rcpt, "none", &dsn) != 0
	    || deliver_completed(request->fp, rcpt->offset) != 0)
	    result = DEL_STAT_DEFER;
    }
    return (result);
}

/* discard_service - serve one connection from qmgr */

static void discard_service(VSTREAM *client, char *service, char **argv)
{
    int     status;

    (void) service;
    if (argv[0])
	msg_fatal("unexpected command-line argument: %s", argv[0]);
    if (deliver_request_read(client, discard_request) < 0)
	return;
    if (deliver_request_open(discard_request) < 0) {
	msg_warn("%s: open queue file %s/%s: %m", discard_request->queue_id,
		 discard_request->queue_name, discard_request->queue_id);
	status = DEL_STAT_DEFER;
    } else {
	status = discard_deliver(discard_request);
    }
    (void) deliver_request_done(client, discard_request, status, (DSN *) 0);
}

/* discard_post_init - size the request once */

static void discard_post_init(char *service, char **argv)
{
    (void) argv;
    discard_request = deliver_request_create(deliver_request_limit(service));
}

/* discard_main - the multi-call entry */

int     discard_main(int argc, char **argv)
{
    single_server_main(argc, argv, discard_service,
		       CA_MAIL_SERVER_POST_INIT, discard_post_init,
		       CA_MAIL_SERVER_END);
}
