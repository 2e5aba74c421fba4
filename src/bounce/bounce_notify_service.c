/*++
/* NAME
/*	bounce_notify_service 3
/* SUMMARY
/*	send a non-delivery notification
/* SYNOPSIS
/*	#include "bounce.h"
/*
/*	int	bounce_notify_service(log_queue, request)
/*	const char *log_queue;
/*	const BOUNCE_REQUEST *request;
/* DESCRIPTION
/*	bounce_notify_service() serves BOUNCE_CMD_FLUSH: the
/*	recipients in log_queue/queue_id (the bounce log after a
/*	delivery attempt, or the defer log when the message expired)
/*	are reported as failed to the sender and, per notify_classes,
/*	to the postmaster (bounce_notice_post(3)). The status code of
/*	each recipient is kept as logged (an expired recipient keeps
/*	its 4.X.Y code). The log is removed only after cleanup(8)
/*	accepted every notice.
/* DIAGNOSTICS
/*	BOUNCE_STAT_OK or BOUNCE_STAT_FAIL (the log is kept).
/*--*/

#include <sys_defs.h>
#include <errno.h>

#include <msg.h>
#include <mail_queue.h>
#include <bounce_proto.h>

#include "bounce.h"

/* bounce_notify_service - report failed recipients, then forget them */

int     bounce_notify_service(const char *log_queue, const BOUNCE_REQUEST *req)
{
    if (bounce_notice_post(BOUNCE_KIND_FAILED, log_queue, req)
	!= BOUNCE_STAT_OK)
	return (BOUNCE_STAT_FAIL);
    if (mail_queue_remove(log_queue, req->queue_id) < 0 && errno != ENOENT) {
	msg_warn("%s: remove %s log: %m", req->queue_id, log_queue);
	return (BOUNCE_STAT_FAIL);
    }
    return (BOUNCE_STAT_OK);
}
