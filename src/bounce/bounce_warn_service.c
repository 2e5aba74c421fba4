/*++
/* NAME
/*	bounce_warn_service 3
/* SUMMARY
/*	send a delay warning
/* SYNOPSIS
/*	#include "bounce.h"
/*
/*	int	bounce_warn_service(log_queue, request)
/*	const char *log_queue;
/*	const BOUNCE_REQUEST *request;
/* DESCRIPTION
/*	bounce_warn_service() serves BOUNCE_CMD_WARN on the defer
/*	service: the recipients in the defer log whose DSN NOTIFY
/*	allows it are reported to the sender with "Action: delayed"
/*	and the message header only; with "delay" in notify_classes
/*	the postmaster (delay_notice_recipient) gets a copy. The log
/*	is kept: delivery goes on.
/* DIAGNOSTICS
/*	BOUNCE_STAT_OK or BOUNCE_STAT_FAIL.
/*--*/

#include <sys_defs.h>

#include "bounce.h"

/* bounce_warn_service - warn about late mail */

int     bounce_warn_service(const char *log_queue, const BOUNCE_REQUEST *req)
{
    return (bounce_notice_post(BOUNCE_KIND_DELAYED, log_queue, req));
}
