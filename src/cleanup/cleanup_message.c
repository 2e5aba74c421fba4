/*++
/* NAME
/*	cleanup_message 3
/* SUMMARY
/*	process message content: headers and body
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_message(state, type, data, len)
/*	CLEANUP_STATE *state;
/*	int	type;
/*	char	*data;
/*	ssize_t	len;
/* DESCRIPTION
/*	cleanup_message() takes the content records (NORM: a line,
/*	CONT: a piece of a longer line) up to XTRA. With
/*	cleanup_replace_stray_cr_lf, CR and LF bytes inside a record
/*	become spaces.
/*
/*	Headers are collected one logical header at a time (the first
/*	line and its continuation lines) in a buffer of
/*	header_size_limit bytes; what does not fit is cut off, as
/*	Postfix does. The header section ends at an empty line or at
/*	the first line that is neither a header nor a continuation line.
/*	Then, per header:
/* .IP \(bu
/*	Received: headers are counted; more than hopcount_limit is a
/*	mail loop (CLEANUP_STAT_HOPS).
/* .IP \(bu
/*	Headers named in message_drop_headers (Bcc, Resent-Bcc,
/*	Return-Path, Content-Length by default) are removed.
/* .IP \(bu
/*	Addresses in sender headers (From, Sender, Reply-To, Errors-To,
/*	Return-Receipt-To and their Resent- forms) and recipient
/*	headers (To, Cc, Apparently-To, Resent-To, Resent-Cc) are
/*	rewritten: canonical form, canonical tables, masquerading;
/*	display names and comments stay as they were. A header with too
/*	many tokens (header_address_token_limit) is left alone.
/* .PP
/*	At the end of the headers, missing headers are added after
/*	the others: Date:, Message-ID: and From: (from the envelope
/*	sender and full name), or their Resent- forms when the message
/*	has Resent- headers; To: with undisclosed_recipients_header
/*	when there is no recipient header and that parameter is set.
/*	The message ID is logged as "QUEUEID: message-id=<...>".
/*
/*	The body is copied as it is. message_size_limit bounds the
/*	content: beyond it the message is refused with CLEANUP_STAT_SIZE
/*	and nothing more is written.
/* DIAGNOSTICS
/*	Warnings for mail loops and oversized messages.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <time.h>

/* Utility library. */

#include <msg.h>
#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <record.h>
#include <cleanup_user.h>
#include <cleanup_hdr.h>
#include <rewrite.h>

/* Application-specific. */

#include "cleanup.h"

 /*
  * Context for the header address rewriter.
  */
typedef struct CLEANUP_HDR_CTX {
    CLEANUP_STATE *state;
    const char *text;			/* the header */
    size_t  done;			/* copied up to here */
    int     class;			/* CLEANUP_CLASS_HDR_* */
} CLEANUP_HDR_CTX;

/* cleanup_message_addr - rewrite one header address */

static int cleanup_message_addr(void *context, const char *addr,
				        size_t start, size_t end)
{
    CLEANUP_HDR_CTX *ctx = context;
    CLEANUP_STATE *state = ctx->state;

    vstring_memcat(state->hdr_out, ctx->text + ctx->done, start - ctx->done);
    vstring_strcat(state->hdr_out,
		   rewrite_addr_quote(state->quoted,
				  cleanup_addr_header(state, addr, ctx->class)));
    ctx->done = end;
    return (0);
}

/* cleanup_message_rewrite - rewrite the addresses of a header */

static void cleanup_message_rewrite(CLEANUP_STATE *state, size_t value_start,
				            int class)
{
    CLEANUP_HDR_CTX ctx;
    const char *text = vstring_str(state->header);
    size_t  len = VSTRING_LEN(state->header);

    ctx.state = state;
    ctx.text = text + value_start;
    ctx.done = 0;
    ctx.class = class;
    vstring_memcpy(state->hdr_out, text, value_start);
    if (rewrite_addr_scan(ctx.text, len - value_start,
			  var_header_address_token_limit,
			  cleanup_message_addr, &ctx) < 0
	|| vstring_overflowed(state->hdr_out)) {
	cleanup_out_header(state, text, len);
	return;
    }
    vstring_memcat(state->hdr_out, ctx.text + ctx.done,
		   len - value_start - ctx.done);
    cleanup_out_header(state, vstring_str(state->hdr_out),
		       VSTRING_LEN(state->hdr_out));
}

/* cleanup_message_header - one complete logical header */

static void cleanup_message_header(CLEANUP_STATE *state)
{
    char   *text = vstring_str(state->header);
    size_t  len = VSTRING_LEN(state->header);
    size_t  name_len = cleanup_hdr_name(text, len);
    size_t  value_start;
    CLEANUP_HDR_INFO info;
    const char *cp;

    if (name_len == 0) {
	cleanup_out_header(state, text, len);
	return;
    }
    info = cleanup_hdr_info(text, name_len);
    if (info.flags & CLEANUP_HDR_FLAG_RESENT)
	state->resent_seen |= 1 << info.id;
    else
	state->headers_seen |= 1 << info.id;
    if (info.id == CLEANUP_HDR_RECEIVED
	&& ++state->hop_count > var_hopcount_limit) {
	msg_info("%s: reject: too many hops (%d Received: headers)",
		 vstring_str(state->queue_id), state->hop_count);
	state->errs |= CLEANUP_STAT_HOPS;
    }
    if (cleanup_hdr_in_list(text, name_len, var_message_drop_headers))
	return;
    value_start = strchr(text, ':') - text + 1;
    if (info.id == CLEANUP_HDR_MESSAGE_ID
	&& (info.flags & CLEANUP_HDR_FLAG_RESENT) == 0) {
	for (cp = text + value_start; *cp == ' ' || *cp == '\t'; cp++)
	     /* void */ ;
	vstring_strncpy(state->msg_id, cp, strcspn(cp, "\n"));
    }
    if (info.flags & CLEANUP_HDR_FLAG_SENDER)
	cleanup_message_rewrite(state, value_start, CLEANUP_CLASS_HDR_FROM);
    else if (info.flags & CLEANUP_HDR_FLAG_RCPT)
	cleanup_message_rewrite(state, value_start, CLEANUP_CLASS_HDR_RCPT);
    else
	cleanup_out_header(state, text, len);
}

/* cleanup_message_quote_phrase - a display name, quoted when needed */

static void cleanup_message_quote_phrase(VSTRING *out, const char *name)
{
    const char *cp;

    if (name[strcspn(name, "()<>@,;:\\\".[]")] == 0) {
	vstring_strcat(out, name);
	return;
    }
    vstring_addch(out, '"');
    for (cp = name; *cp; cp++) {
	if (*cp == '"' || *cp == '\\')
	    vstring_addch(out, '\\');
	vstring_addch(out, *cp);
    }
    vstring_addch(out, '"');
}

/* cleanup_message_missing - add missing headers, log the message ID */

static void cleanup_message_missing(CLEANUP_STATE *state)
{
    static VSTRING *buf;
    VSTRING *quoted = state->quoted;
    int     seen = state->resent_seen ? state->resent_seen : state->headers_seen;
    const char *prefix = state->resent_seen ? "Resent-" : "";
    time_t  now = state->arrival.tv_sec;
    const char *sender;

    if (buf == 0)
	buf = vstring_fixed(4 * 8192);
    if ((seen & (1 << CLEANUP_HDR_DATE)) == 0) {
	vstring_sprintf(buf, "%sDate: ", prefix);
	vstring_strcat(buf, cleanup_hdr_date(quoted, now));
	cleanup_out_header(state, vstring_str(buf), VSTRING_LEN(buf));
    }
    if ((seen & (1 << CLEANUP_HDR_MESSAGE_ID)) == 0) {
	cleanup_hdr_msgid(quoted, now, vstring_str(state->queue_id),
			  var_myhostname);
	vstring_sprintf(buf, "%sMessage-Id: %s", prefix, vstring_str(quoted));
	cleanup_out_header(state, vstring_str(buf), VSTRING_LEN(buf));
	if (state->resent_seen == 0)
	    vstring_strcpy(state->msg_id, vstring_str(quoted));
    }
    if ((seen & (1 << CLEANUP_HDR_FROM)) == 0) {
	sender = VSTRING_LEN(state->sender) ?
	    vstring_str(state->sender) : var_empty_address_recipient;
	rewrite_addr_quote(quoted, sender);
	vstring_sprintf(buf, "%sFrom: ", prefix);
	if (VSTRING_LEN(state->full_name) && strcmp(var_header_from_format, "obsolete") == 0) {
	    vstring_sprintf_append(buf, "%s (", vstring_str(quoted));
	    vstring_strcat(buf, vstring_str(state->full_name));
	    vstring_addch(buf, ')');
	} else if (VSTRING_LEN(state->full_name)) {
	    cleanup_message_quote_phrase(buf, vstring_str(state->full_name));
	    vstring_sprintf_append(buf, " <%s>", vstring_str(quoted));
	} else {
	    vstring_strcat(buf, vstring_str(quoted));
	}
	cleanup_out_header(state, vstring_str(buf), VSTRING_LEN(buf));
    }
    if ((seen & ((1 << CLEANUP_HDR_TO) | (1 << CLEANUP_HDR_CC)
		 | (1 << CLEANUP_HDR_BCC))) == 0
	&& *var_undisclosed_recipients_header) {
	vstring_strcpy(buf, var_undisclosed_recipients_header);
	cleanup_out_header(state, vstring_str(buf), VSTRING_LEN(buf));
    }
    if (VSTRING_LEN(state->msg_id))
	msg_info("%s: message-id=%s", vstring_str(state->queue_id),
		 vstring_str(state->msg_id));
}

/* cleanup_message_end_headers - flush the last header, add missing ones */

static void cleanup_message_end_headers(CLEANUP_STATE *state)
{
    if (VSTRING_LEN(state->header)) {
	cleanup_message_header(state);
	vstring_reset(state->header);
    }
    cleanup_message_missing(state);
    state->phase = CLEANUP_PHASE_BODY;
}

/* cleanup_message_body - one body record */

static void cleanup_message_body(CLEANUP_STATE *state, int type,
				         const char *data, ssize_t len)
{
    cleanup_out(state, type, data, len);
    state->content_size += len + (type == REC_TYPE_NORM);
}

/* cleanup_message - one content record, or XTRA */

void    cleanup_message(CLEANUP_STATE *state, int type, char *data, ssize_t len)
{
    int     starts_line = !state->prev_cont;

    if (type == REC_TYPE_XTRA) {
	if (state->phase == CLEANUP_PHASE_HEADER)
	    cleanup_message_end_headers(state);
	state->phase = CLEANUP_PHASE_EXTRACTED;
	return;
    }
    if (type != REC_TYPE_NORM && type != REC_TYPE_CONT) {
	msg_warn("%s: content record type %d: unexpected record",
		 vstring_str(state->queue_id), type);
	state->errs |= CLEANUP_STAT_BAD;
	return;
    }
    if (var_cleanup_replace_stray_cr_lf)
	cleanup_hdr_stray_crlf(data, len);
    state->prev_cont = (type == REC_TYPE_CONT);

    if (state->phase == CLEANUP_PHASE_HEADER) {
	if (!starts_line) {
	    /* The rest of a long header line. */
	    vstring_memcat(state->header, data, len);
	    return;
	}
	if (len > 0 && (data[0] == ' ' || data[0] == '\t')
	    && VSTRING_LEN(state->header)) {
	    vstring_addch(state->header, '\n');
	    vstring_memcat(state->header, data, len);
	    return;
	}
	if (VSTRING_LEN(state->header)) {
	    cleanup_message_header(state);
	    vstring_reset(state->header);
	}
	if (len > 0 && cleanup_hdr_name(data, len) > 0) {
	    vstring_memcpy(state->header, data, len);
	    return;
	}
	cleanup_message_end_headers(state);
    }
    cleanup_message_body(state, type, data, len);
    if (var_message_size_limit > 0 && state->content_size > var_message_size_limit
	&& (state->errs & CLEANUP_STAT_SIZE) == 0) {
	msg_info("%s: reject: message file too big (limit %ld bytes)",
		 vstring_str(state->queue_id), var_message_size_limit);
	state->errs |= CLEANUP_STAT_SIZE;
    }
}
