/*++
/* NAME
/*	bounce_mime 3
/* SUMMARY
/*	RFC 3464 delivery status notification layout
/* SYNOPSIS
/*	#include "bounce.h"
/*
/*	int	bounce_mime_wanted(notice, entry)
/*	const BOUNCE_NOTICE *notice;
/*	const BOUNCE_LOG_ENTRY *entry;
/*
/*	int	bounce_mime_arrival(orig, arrival)
/*	VSTREAM	*orig;
/*	time_t	*arrival;
/*
/*	int	bounce_mime_write(out, notice, log, entry, orig)
/*	VSTREAM	*out;
/*	const BOUNCE_NOTICE *notice;
/*	BOUNCE_LOG *log;
/*	BOUNCE_LOG_ENTRY *entry;
/*	VSTREAM	*orig;
/* DESCRIPTION
/*	bounce_mime_wanted() says whether a log entry belongs in a
/*	notice. Copies for the postmaster show every entry. A sender's
/*	non-delivery notification shows the recipients whose DSN
/*	NOTIFY is unset or has FAILURE; a delay warning those with
/*	DELAY or unset; a delivery report (trace) every recipient for
/*	sendmail -v (DEL_REQ_FLAG_RECORD), otherwise only those that
/*	asked for SUCCESS; a verification report every recipient.
/*	NOTIFY=NEVER is never shown to the sender.
/*
/*	bounce_mime_arrival() reads the envelope of the original
/*	queue file from the start up to its MESG record, leaving the
/*	stream at the first content record, and stores the arrival
/*	time of the TIME record (0 when there is none). It returns 0,
/*	or -1 with a warning when the file is not a queue file.
/*
/*	bounce_mime_write() writes the content of a notice as NORM
/*	records on out (the caller sends the envelope before and XTRA,
/*	END after), in the layout that Postfix uses:
/* .IP headers
/*	From, Subject, To, Auto-Submitted: auto-replied, MIME-Version,
/*	Content-Type: multipart/report; report-type=delivery-status
/*	with the boundary "new_id.now/hostname",
/*	Content-Transfer-Encoding (8bit when the original was 8bit).
/* .IP "part 1: text/plain"
/*	Content-Description: Notification; our text (bounce_template(3))
/*	and one line per recipient: "<rcpt>: reason".
/* .IP "part 2: message/delivery-status"
/*	Content-Description: Delivery report; Original-Envelope-Id
/*	(when given), Reporting-MTA, X-Postfix-Queue-ID,
/*	X-Postfix-Sender, Arrival-Date; then per recipient
/*	Final-Recipient, Original-Recipient (when known), Action,
/*	Status, Remote-MTA (when known), Diagnostic-Code (the
/*	remote reply, or "X-Postfix; reason").
/* .IP "part 3: message/rfc822 or text/rfc822-headers"
/*	The original message: the whole of it for a sender's
/*	non-delivery notification unless RET=HDRS, the header only
/*	otherwise. It is streamed from orig (positioned by
/*	bounce_mime_arrival()) record by record and cut at a record
/*	boundary so that at most bounce_size_limit bytes (counting a
/*	newline per line) are returned; 0 means no limit. The part is
/*	left out when orig is a null pointer.
/* .PP
/*	Text that comes from the request (sender, envelope ID) has
/*	control characters replaced with "?" so that it cannot end a
/*	header line. Lines are built in a fixed buffer: one that does
/*	not fit is cut.
/* DIAGNOSTICS
/*	bounce_mime_write() returns 0, or -1 when the output stream
/*	failed or the log could not be rewound. A malformed original
/*	queue file ends the third part with a warning.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <record.h>
#include <rec_type.h>
#include <dsn.h>
#include <deliver_request.h>
#include <cleanup_hdr.h>

#include "bounce.h"

#define BOUNCE_MIME_LINE_MAX	(4 * ATTR_VALUE_MAX + 256)
#define BOUNCE_MIME_REC_MAX	(64 * 1024)

static VSTRING *bm_line;		/* one output line */
static VSTRING *bm_safe;		/* sanitised text */
static VSTRING *bm_rec;			/* original message record */
static VSTRING *bm_date;		/* Arrival-Date */

/* bm_init - fixed buffers, once */

static void bm_init(void)
{
    if (bm_line == 0) {
	bm_line = vstring_fixed(BOUNCE_MIME_LINE_MAX);
	bm_safe = vstring_fixed(ATTR_VALUE_MAX);
	bm_rec = vstring_fixed(BOUNCE_MIME_REC_MAX);
	bm_date = vstring_fixed(200);
    }
}

/* bm_clean - text without control characters */

static const char *bm_clean(const char *text)
{
    char   *cp;

    vstring_strcpy(bm_safe, text);
    for (cp = vstring_str(bm_safe); *cp; cp++)
	if ((unsigned char) *cp < 0x20 || *cp == 0x7f)
	    *cp = '?';
    return (vstring_str(bm_safe));
}

/* bm_put - write the line buffer as one NORM record */

static void bm_put(VSTREAM *out)
{
    (void) rec_put(out, REC_TYPE_NORM, vstring_str(bm_line),
		   (ssize_t) VSTRING_LEN(bm_line));
}

/* bm_printf - format and write one line */

static void PRINTFLIKE(2, 3) bm_printf(VSTREAM *out, const char *fmt,...)
{
    va_list ap;

    vstring_reset(bm_line);
    va_start(ap, fmt);
    vstring_vsprintf_append(bm_line, fmt, ap);
    va_end(ap);
    bm_put(out);
}

/* bm_template - one paragraph line with %h and %n expanded */

static void bm_template(VSTREAM *out, const BOUNCE_NOTICE *n, const char *text)
{
    const char *cp;

    vstring_reset(bm_line);
    for (cp = text; *cp; cp++) {
	if (cp[0] == '%' && cp[1] == 'h') {
	    vstring_strcat(bm_line, n->hostname);
	    cp++;
	} else if (cp[0] == '%' && cp[1] == 'n') {
	    vstring_strcat(bm_line, n->mail_name);
	    cp++;
	} else {
	    vstring_addch(bm_line, *cp);
	}
    }
    bm_put(out);
}

/* bounce_mime_wanted - does an entry belong in this notice */

int     bounce_mime_wanted(const BOUNCE_NOTICE *n, const BOUNCE_LOG_ENTRY *e)
{
    if (n->to != BOUNCE_TO_SENDER)
	return (1);
    if (e->dsn_notify & DSN_NOTIFY_NEVER)
	return (0);
    switch (n->kind) {
    case BOUNCE_KIND_FAILED:
	return (e->dsn_notify == 0 || (e->dsn_notify & DSN_NOTIFY_FAILURE));
    case BOUNCE_KIND_DELAYED:
	return (e->dsn_notify == 0 || (e->dsn_notify & DSN_NOTIFY_DELAY));
    case BOUNCE_KIND_TRACE:
	return ((n->flags & DEL_REQ_FLAG_RECORD)
		|| (e->dsn_notify & DSN_NOTIFY_SUCCESS));
    default:
	return (1);
    }
}

/* bounce_mime_arrival - read the envelope up to the content */

int     bounce_mime_arrival(VSTREAM *orig, time_t *arrival)
{
    int     type;

    bm_init();
    *arrival = 0;
    for (;;) {
	type = rec_get(orig, bm_rec, BOUNCE_MIME_REC_MAX);
	if (type == REC_TYPE_MESG)
	    return (0);
	if (type == REC_TYPE_TIME)
	    *arrival = (time_t) atol(vstring_str(bm_rec));
	if (type == REC_TYPE_EOF || type == REC_TYPE_ERROR
	    || type == REC_TYPE_END) {
	    msg_warn("original message: no content found");
	    return (-1);
	}
    }
}

/* bm_action - the Action: value of an entry */

static const char *bm_action(const BOUNCE_NOTICE *n, const BOUNCE_LOG_ENTRY *e)
{
    switch (n->kind) {
    case BOUNCE_KIND_FAILED:
	return (DSN_ACTION_FAILED);
    case BOUNCE_KIND_DELAYED:
	return (DSN_ACTION_DELAYED);
    default:
	return (vstring_str(e->action));
    }
}

/* bm_human - part 1 */

static int bm_human(VSTREAM *out, const BOUNCE_NOTICE *n, BOUNCE_LOG *log,
		            BOUNCE_LOG_ENTRY *e, const char *boundary)
{
    const BOUNCE_TEMPLATE *t = bounce_template(n->kind, n->to);
    const char *const * cpp;

    bm_printf(out, "--%s", boundary);
    bm_printf(out, "Content-Description: Notification");
    bm_printf(out, "Content-Type: text/plain; charset=%s",
	      strcmp(n->encoding, "8bit") == 0 ? "utf-8" : "us-ascii");
    bm_printf(out, "%s", "");
    for (cpp = t->text; *cpp; cpp++)
	bm_template(out, n, *cpp);
    bm_printf(out, "%s", "");
    if (bounce_log_rewind(log) < 0)
	return (-1);
    while (bounce_log_read(log, e) > 0) {
	if (!bounce_mime_wanted(n, e))
	    continue;
	if (VSTRING_LEN(e->orig_rcpt) > 0
	    && strcmp(vstring_str(e->orig_rcpt), vstring_str(e->rcpt)) != 0)
	    bm_printf(out, "<%s> (originally <%s>): %s", vstring_str(e->rcpt),
		      vstring_str(e->orig_rcpt), vstring_str(e->reason));
	else
	    bm_printf(out, "<%s>: %s", vstring_str(e->rcpt),
		      vstring_str(e->reason));
	bm_printf(out, "%s", "");
    }
    return (0);
}

/* bm_report - part 2 */

static int bm_report(VSTREAM *out, const BOUNCE_NOTICE *n, BOUNCE_LOG *log,
		             BOUNCE_LOG_ENTRY *e, const char *boundary)
{
    bm_printf(out, "--%s", boundary);
    bm_printf(out, "Content-Description: Delivery report");
    bm_printf(out, "Content-Type: message/delivery-status");
    bm_printf(out, "%s", "");
    if (*n->envelope_id)
	bm_printf(out, "Original-Envelope-Id: %s", bm_clean(n->envelope_id));
    bm_printf(out, "Reporting-MTA: dns; %s", n->hostname);
    bm_printf(out, "X-Postfix-Queue-ID: %s", n->queue_id);
    bm_printf(out, "X-Postfix-Sender: rfc822; %s", bm_clean(n->sender));
    if (n->arrival > 0)
	bm_printf(out, "Arrival-Date: %s",
		  cleanup_hdr_date(bm_date, n->arrival));
    if (bounce_log_rewind(log) < 0)
	return (-1);
    while (bounce_log_read(log, e) > 0) {
	if (!bounce_mime_wanted(n, e))
	    continue;
	bm_printf(out, "%s", "");
	bm_printf(out, "Final-Recipient: rfc822; %s", vstring_str(e->rcpt));
	if (VSTRING_LEN(e->dsn_orcpt) > 0)
	    bm_printf(out, "Original-Recipient: %s", vstring_str(e->dsn_orcpt));
	else if (VSTRING_LEN(e->orig_rcpt) > 0)
	    bm_printf(out, "Original-Recipient: rfc822; %s",
		      vstring_str(e->orig_rcpt));
	bm_printf(out, "Action: %s", bm_action(n, e));
	bm_printf(out, "Status: %s", vstring_str(e->status));
	if (VSTRING_LEN(e->mtype) > 0 && VSTRING_LEN(e->mname) > 0)
	    bm_printf(out, "Remote-MTA: %s; %s", vstring_str(e->mtype),
		      vstring_str(e->mname));
	if (VSTRING_LEN(e->dtype) > 0)
	    bm_printf(out, "Diagnostic-Code: %s; %s", vstring_str(e->dtype),
		      vstring_str(e->dtext));
	else
	    bm_printf(out, "Diagnostic-Code: X-Postfix; %s",
		      vstring_str(e->reason));
    }
    bm_printf(out, "%s", "");
    return (0);
}

/* bm_original - part 3, streamed and cut at the size limit */

static void bm_original(VSTREAM *out, const BOUNCE_NOTICE *n, VSTREAM *orig,
			        const char *boundary)
{
    const BOUNCE_TEMPLATE *t = bounce_template(n->kind, n->to);
    int     headers_only;
    long    length = 0;
    long    add;
    int     type;
    int     prev = REC_TYPE_NORM;

    headers_only = (n->to != BOUNCE_TO_SENDER || n->kind != BOUNCE_KIND_FAILED
		    || n->dsn_ret == DSN_RET_HDRS);
    bm_printf(out, "--%s", boundary);
    bm_printf(out, "Content-Description: %s", t->orig_desc);
    bm_printf(out, "Content-Type: %s", headers_only ?
	      "text/rfc822-headers" : "message/rfc822");
    bm_printf(out, "Content-Transfer-Encoding: %s",
	      strcmp(n->encoding, "8bit") == 0 ? "8bit" : "7bit");
    bm_printf(out, "%s", "");
    for (;;) {
	type = rec_get(orig, bm_rec, BOUNCE_MIME_REC_MAX);
	if (type != REC_TYPE_NORM && type != REC_TYPE_CONT) {
	    if (type != REC_TYPE_XTRA)
		msg_warn("%s: original message: unexpected end of content",
			 n->queue_id);
	    break;
	}
	if (headers_only && prev == REC_TYPE_NORM && type == REC_TYPE_NORM
	    && VSTRING_LEN(bm_rec) == 0)
	    break;
	add = (long) VSTRING_LEN(bm_rec) + (type == REC_TYPE_NORM);
	if (n->size_limit > 0 && length + add > n->size_limit)
	    break;
	length += add;
	(void) rec_put(out, type, vstring_str(bm_rec),
		       (ssize_t) VSTRING_LEN(bm_rec));
	prev = type;
    }
    if (prev == REC_TYPE_CONT)			/* end a line cut short */
	bm_printf(out, "%s", "");
    bm_printf(out, "%s", "");
}

/* bounce_mime_write - the whole notice content */

int     bounce_mime_write(VSTREAM *out, const BOUNCE_NOTICE *n,
			          BOUNCE_LOG *log, BOUNCE_LOG_ENTRY *e,
			          VSTREAM *orig)
{
    const BOUNCE_TEMPLATE *t = bounce_template(n->kind, n->to);
    char    boundary[200];

    bm_init();
    snprintf(boundary, sizeof(boundary), "%s.%ld/%s", n->new_id,
	     (long) n->now, n->hostname);
    bm_printf(out, "From: MAILER-DAEMON@%s (%s mail delivery system)",
	      n->hostname, n->mail_name);
    bm_printf(out, "Subject: %s", t->subject);
    bm_printf(out, "To: %s", bm_clean(n->recipient));
    bm_printf(out, "Auto-Submitted: auto-replied");
    bm_printf(out, "MIME-Version: 1.0");
    bm_printf(out, "Content-Type: multipart/report; report-type=delivery-status;");
    bm_printf(out, "\tboundary=\"%s\"", boundary);
    bm_printf(out, "Content-Transfer-Encoding: %s",
	      strcmp(n->encoding, "8bit") == 0 ? "8bit" : "7bit");
    bm_printf(out, "%s", "");
    bm_printf(out, "This is a delivery status report in MIME format.");
    bm_printf(out, "%s", "");
    if (bm_human(out, n, log, e, boundary) < 0
	|| bm_report(out, n, log, e, boundary) < 0)
	return (-1);
    if (orig)
	bm_original(out, n, orig, boundary);
    bm_printf(out, "--%s--", boundary);
    return (vstream_ferror(out) ? -1 : 0);
}
