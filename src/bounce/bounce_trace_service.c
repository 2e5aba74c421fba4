/*++
/* NAME
/*	bounce_trace_service 3
/* SUMMARY
/*	send a delivery or address verification report
/* SYNOPSIS
/*	#include "bounce.h"
/*
/*	int	bounce_trace_service(log_queue, request)
/*	const char *log_queue;
/*	const BOUNCE_REQUEST *request;
/* DESCRIPTION
/*	bounce_trace_service() serves BOUNCE_CMD_TRACE and
/*	BOUNCE_CMD_VERIFY on the trace service. The sender gets a
/*	report of the recipients in the trace log with the action
/*	each one logged: for sendmail -v (DEL_REQ_FLAG_RECORD) every
/*	recipient, otherwise those that asked for NOTIFY=SUCCESS; for
/*	sendmail -bv (verify) every recipient, "deliverable" or
/*	"undeliverable". The log is removed after cleanup(8) accepted
/*	the report.
/* DIAGNOSTICS
/*	BOUNCE_STAT_OK or BOUNCE_STAT_FAIL (the log is kept).
/*--*/

#include <sys_defs.h>
#include <errno.h>

#include <msg.h>
#include <mail_queue.h>
#include <bounce_proto.h>

#include "bounce.h"

/* bounce_trace_service - report, then forget */

int     bounce_trace_service(const char *log_queue, const BOUNCE_REQUEST *req)
{
    int     kind = (req->command == BOUNCE_CMD_VERIFY ?
		    BOUNCE_KIND_VERIFY : BOUNCE_KIND_TRACE);

    if (bounce_notice_post(kind, log_queue, req) != BOUNCE_STAT_OK)
	return (BOUNCE_STAT_FAIL);
    if (mail_queue_remove(log_queue, req->queue_id) < 0 && errno != ENOENT) {
	msg_warn("%s: remove %s log: %m", req->queue_id, log_queue);
	return (BOUNCE_STAT_FAIL);
    }
    return (BOUNCE_STAT_OK);
}
