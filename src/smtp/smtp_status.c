/*++
/* NAME
/*	smtp_status 3
/* SUMMARY
/*	report what happened to each recipient
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	void	smtp_rcpt_done(state, n, resp)
/*	SMTP_STATE *state;
/*	int	n;
/*	const SMTP_RESP *resp;
/*
/*	void	smtp_rcpt_fail(state, n)
/*	SMTP_STATE *state;
/*	int	n;
/*
/*	void	smtp_site_fail(state)
/*	SMTP_STATE *state;
/*
/*	void	smtp_mesg_fail(state)
/*	SMTP_STATE *state;
/*
/*	void	smtp_defer_all(state)
/*	SMTP_STATE *state;
/*
/*	void	smtp_bounce_all(state)
/*	SMTP_STATE *state;
/*
/*	void	smtp_reply_why(state, resp, command)
/*	SMTP_STATE *state;
/*	const SMTP_RESP *resp;
/*	const char *command;
/*
/*	void	smtp_io_why(state, io_error, activity)
/*	SMTP_STATE *state;
/*	int	io_error;
/*	const char *activity;
/* DESCRIPTION
/*	Every outcome of a delivery attempt goes through here, so that
/*	the rules are in one place (see smtp(3h) for each function):
/* .IP \(bu
/*	A recipient is finished once: sent, bounced, or deferred for
/*	good. The queue file marks it done only when the bounce or
/*	sent record is safely written (deliver_completed()); otherwise
/*	the request ends with DEL_STAT_DEFER and qmgr tries again.
/* .IP \(bu
/*	A temporary failure (4.X.Y) from a server that is not the last
/*	one to try leaves the recipient for the next server; from the
/*	final server it is a deferral. A permanent failure (5.X.Y)
/*	bounces at once.
/* .IP \(bu
/*	The relay in the log is the server's "name[address]:port", or
/*	"none" when no server was reached.
/* .IP \(bu
/*	A success DSN for NOTIFY=SUCCESS is ours to send only when the
/*	next hop does not speak DSN (action "relayed"); an SMTP server
/*	that announced DSN got the NOTIFY parameter and reports itself.
/*	An LMTP server delivers: action "delivered".
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <bounce_client.h>
#include <deliver_request.h>
#include <dsn_buf.h>

#include "smtp.h"
#include "smtp_params.h"

/* smtp_relay - the relay= text of the current server */

static const char *smtp_relay(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;

    return (session->stream != 0 && session->namaddrport[0] ?
	    session->namaddrport : "none");
}

/* smtp_rcpt_finish - mark recipient n finished */

static void smtp_rcpt_finish(SMTP_STATE *state, int n)
{
    if ((state->rcpt_flags[n] & SMTP_RCPT_DONE) == 0) {
	state->rcpt_flags[n] |= SMTP_RCPT_DONE;
	state->rcpt_left -= 1;
    }
}

/* smtp_rcpt_report - bounce or defer recipient n with state->why */

static void smtp_rcpt_report(SMTP_STATE *state, int n, int final)
{
    DELIVER_REQUEST *request = state->request;
    RECIPIENT *rcpt = request->rcpt + n;
    const char *status = vstring_str(state->why->status);
    DSN     dsn;

    if (state->rcpt_flags[n] & SMTP_RCPT_DONE)
	return;
    if (status[0] == '5') {
	(void) dsb_dsn(&dsn, state->why, DSN_ACTION_FAILED);
	if (bounce_append(request->flags, request->queue_id,
			  &request->msg_stats, rcpt, smtp_relay(state),
			  &dsn) != 0
	    || deliver_completed(request->fp, rcpt->offset) != 0)
	    state->status = DEL_STAT_DEFER;
    } else if (final) {
	(void) dsb_dsn(&dsn, state->why, DSN_ACTION_DELAYED);
	(void) defer_append(request->flags, request->queue_id,
			    &request->msg_stats, rcpt, smtp_relay(state),
			    &dsn);
	state->status = DEL_STAT_DEFER;
    } else {
	return;					/* for the next server */
    }
    smtp_rcpt_finish(state, n);
}

/* smtp_rcpt_done - recipient n was delivered */

void    smtp_rcpt_done(SMTP_STATE *state, int n, const SMTP_RESP *resp)
{
    DELIVER_REQUEST *request = state->request;
    RECIPIENT rcpt = request->rcpt[n];
    DSN     dsn;
    const char *action = DSN_ACTION_DELIVERED;

    if (state->rcpt_flags[n] & SMTP_RCPT_DONE)
	return;
    if (!state->lmtp) {
	if (state->session->features & SMTP_FEATURE_DSN)
	    rcpt.dsn_notify &= ~DSN_NOTIFY_SUCCESS;
	else
	    action = DSN_ACTION_RELAYED;
    }
    (void) dsb_formal(state->why, resp->dsn, vstring_str(resp->str),
		      state->session->host, "%s", vstring_str(resp->str));
    (void) dsb_dsn(&dsn, state->why, action);
    if (sent(request->flags, request->queue_id, &request->msg_stats,
	     &rcpt, smtp_relay(state), &dsn) != 0
	|| deliver_completed(request->fp, rcpt.offset) != 0)
	state->status = DEL_STAT_DEFER;
    smtp_rcpt_finish(state, n);
}

/* smtp_rcpt_fail - recipient n failed */

void    smtp_rcpt_fail(SMTP_STATE *state, int n)
{
    smtp_rcpt_report(state, n, state->final_server);
}

/* smtp_site_fail - every recipient left failed */

void    smtp_site_fail(SMTP_STATE *state)
{
    int     n;

    for (n = 0; n < state->request->rcpt_count; n++)
	smtp_rcpt_report(state, n, state->final_server);
}

/* smtp_mesg_fail - every recipient of this transaction failed */

void    smtp_mesg_fail(SMTP_STATE *state)
{
    int     n;

    for (n = 0; n < state->request->rcpt_count; n++)
	if (state->rcpt_flags[n] & SMTP_RCPT_ACCEPTED)
	    smtp_rcpt_report(state, n, state->final_server);
}

/* smtp_defer_all - finish every recipient left, final or not */

void    smtp_defer_all(SMTP_STATE *state)
{
    int     n;

    for (n = 0; n < state->request->rcpt_count; n++)
	smtp_rcpt_report(state, n, 1);
}

/* smtp_bounce_all - the same; the status decides */

void    smtp_bounce_all(SMTP_STATE *state)
{
    if (vstring_str(state->why->status)[0] != '5')
	msg_panic("smtp_bounce_all: status %s is not permanent",
		  vstring_str(state->why->status));
    smtp_defer_all(state);
}

/* smtp_reply_why - a failure that a server stated */

void    smtp_reply_why(SMTP_STATE *state, const SMTP_RESP *resp,
		               const char *command)
{
    SMTP_SESSION *session = state->session;
    const char *status = resp->dsn;

    if (resp->code < 400) {
	status = "4.5.0";			/* garbled, or a success where
						 * none belongs */
	session->error_mask |= SMTP_ERROR_PROTOCOL;
    }
    (void) dsb_formal(state->why, status, vstring_str(resp->str),
		      session->host, "host %s said: %s (in reply to %s command)",
		      session->namaddr, vstring_str(resp->str), command);
}

/* smtp_io_why - a conversation that broke */

void    smtp_io_why(SMTP_STATE *state, int io_error, const char *activity)
{
    SMTP_SESSION *session = state->session;

    switch (io_error) {
    case SMTP_IO_TIME:
	(void) dsb_simple(state->why, "4.4.2",
			  "conversation with %s timed out while %s",
			  session->namaddr, activity);
	break;
    default:
	(void) dsb_simple(state->why, "4.4.2",
			  "lost connection with %s while %s",
			  session->namaddr, activity);
	break;
    }
}
