/*++
/* NAME
/*	smtp_data 3
/* SUMMARY
/*	send the message content
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	void	smtp_data_init()
/*
/*	int	smtp_data_send(state, io_error)
/*	SMTP_STATE *state;
/*	int	*io_error;
/* DESCRIPTION
/*	smtp_data_init() opens smtp_header_checks and smtp_body_checks
/*	(lmtp_* in LMTP mode) and sets the buffers aside, once at
/*	start-up.
/*
/*	smtp_data_send() copies the content of the request's queue file
/*	to the session's stream, after the server's 354 reply to DATA
/*	and before the final ".", which the caller sends. The content is
/*	the NORM (a line) and CONT (part of a line that goes on in the
/*	next record) records from the request's data_offset up to the
/*	XTRA record. The primary header is the part up to the first line
/*	that is neither a header ("Name:") nor a continuation line
/*	(starting with a blank or a tab); the rest is the body.
/*
/*	Each logical header (its first line and continuation lines,
/*	joined with newlines, as header_checks(5) describes) goes through
/*	these steps, when they are configured:
/* .IP \(bu
/*	smtp_header_checks. The actions for the SMTP client: REPLACE text
/*	(the text must be a header; the header is replaced), PREPEND text
/*	(the same; the text goes out before the header), IGNORE (the
/*	header is dropped), STRIP (dropped and logged), WARN and INFO
/*	(logged), DUNNO and OK (nothing). Actions that change the
/*	delivery (REJECT, DISCARD, HOLD, REDIRECT, FILTER, BCC, PASS,
/*	...) do not exist in the client: they are logged as unsupported
/*	and ignored, as Postfix does.
/* .IP \(bu
/*	smtp_generic_maps, for the headers that carry addresses (From,
/*	Sender, Reply-To, Errors-To, Return-Receipt-To, To, Cc, Bcc,
/*	Apparently-To and their Resent- forms): each address of the
/*	address list (rewrite_addr_scan(3): display names, comments,
/*	groups and quoting are understood and kept) is mapped with
/*	smtp_map_addr() and put back in external form. A header with
/*	more than 10240 tokens, or whose rewritten form would not fit,
/*	goes out unchanged.
/* .PP
/*	A logical header longer than 102400 bytes (Postfix's
/*	header_size_limit) is not inspected: it goes out as it is.
/*	Without header checks and generic maps, headers go out as they
/*	come.
/*
/*	Each body record (a line, or a piece of a long line: body_checks
/*	see "one physical line at a time, in chunks of at most
/*	$line_length_limit bytes") goes through smtp_body_checks, with
/*	the same actions; PREPEND puts its text on a line of its own
/*	before the record (ending the current line first when the record
/*	continues one). Empty lines are not looked up.
/*
/*	On the way out, a leading "." gets another "." (RFC 5321
/*	transparency), every line ends in CRLF, and with
/*	smtp_line_length_limit above 0 an output line that would be
/*	longer is broken with CRLF and a blank ("<CR><LF><SPACE>", in
/*	headers and in the body alike, as postconf(5) documents for
/*	Postfix). A CR or LF byte inside a record (a record never holds a
/*	line end; one that does comes from a broken or hostile client)
/*	goes out as a blank, so that nothing in the content can look like
/*	the end of the data to a server.
/*
/*	Writes are limited by smtp_data_xfer_timeout per write, or, with
/*	smtp_per_request_deadline, by a deadline for the whole content
/*	that starts at smtp_data_xfer_timeout and grows by one second per
/*	smtp_min_data_rate bytes sent.
/*
/*	smtp_data_send() returns 0 when everything was written (perhaps
/*	still buffered: the caller's next reply read flushes it), or -1:
/*	with *io_error set to the SMTP_IO_* condition when the connection
/*	failed, or with *io_error SMTP_IO_NONE and state->why set (4.3.0)
/*	when the queue file could not be read or a table lookup failed.
/*	After -1 the content is incomplete: the caller must not send the
/*	final "." on this connection.
/* DIAGNOSTICS
/*	Fatal: a table that cannot be opened. Warnings: queue file
/*	errors, table lookup failures, unsupported or malformed actions.
/*	Actions are logged as Postfix's smtp client does: "QUEUEID:
/*	ACTION: header|body TEXT: optional text", where ACTION is
/*	replace, prepend, strip, warning or info, and TEXT is the first 60
/*	bytes of the header or body line.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* Utility library. */

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <dict.h>

/* Global library. */

#include <mail_params.h>
#include <maps.h>
#include <record.h>
#include <rec_type.h>
#include <cleanup_hdr.h>
#include <rewrite.h>
#include <deliver_request.h>
#include <dsn_buf.h>

/* Application-specific. */

#include "smtp.h"
#include "smtp_params.h"
#include "smtp_proto.h"

#define SMTP_DATA_HDR_MAX	102400	/* Postfix's header_size_limit */
#define SMTP_DATA_TOKEN_LIMIT	10240	/* header_address_token_limit */
#define SMTP_DATA_REC_MIN	8192	/* smallest content record buffer */
#define SMTP_DATA_LOG_TEXT	60	/* line text shown in action logs */
#define SMTP_DATA_RATE_STEP	8192	/* deadline update interval, bytes */

 /*
  * Header collection.
  */
#define SMTP_HDR_NONE	0		/* no header in progress */
#define SMTP_HDR_BUF	1		/* collecting a logical header */
#define SMTP_HDR_PASS	2		/* writing a header as it comes */

 /*
  * What a table action asks for.
  */
#define SMTP_ACT_KEEP	0		/* send the line */
#define SMTP_ACT_DROP	1		/* IGNORE, STRIP */
#define SMTP_ACT_REPLACE 2		/* send the text instead */
#define SMTP_ACT_PREPEND 3		/* send the text, then the line */

 /*
  * Per-process configuration, made by smtp_data_init().
  */
static MAPS *smtp_data_hchecks;		/* smtp_header_checks */
static MAPS *smtp_data_bchecks;		/* smtp_body_checks */
static VSTRING *smtp_data_rec;		/* one content record */
static int smtp_data_rec_max;		/* its capacity */
static VSTRING *smtp_data_hdr;		/* one logical header */
static VSTRING *smtp_data_hdr_out;	/* the same, rewritten */
static VSTRING *smtp_data_addr;		/* one header address, mapped */
static VSTRING *smtp_data_quoted;	/* the same, external form */

 /*
  * Per-message state.
  */
typedef struct SMTP_DATA {
    SMTP_STATE *state;
    VSTREAM *out;			/* the connection */
    const char *queue_id;		/* for logging */
    int     limit;			/* output line length, 0: none */
    int     col;			/* bytes on the output line */
    int     prev_cont;			/* the last record was CONT */
    int     in_header;			/* still in the primary header */
    int     hdr_state;			/* SMTP_HDR_* */
    long    sent;			/* bytes written */
    long    next_check;			/* when to move the deadline */
    time_t  start;			/* when the content started */
} SMTP_DATA;

/* smtp_data_init - open the tables, set buffers aside */

void    smtp_data_init(void)
{
    char    title[100];

    smtp_data_rec_max = var_line_length_limit > SMTP_DATA_REC_MIN ?
	var_line_length_limit : SMTP_DATA_REC_MIN;
    smtp_data_rec = vstring_fixed(smtp_data_rec_max);
    smtp_data_hchecks = smtp_data_bchecks = 0;
    smtp_data_hdr = 0;
    if (*smtp_par.header_checks) {
	snprintf(title, sizeof(title), "%s_header_checks", smtp_par.proto);
	smtp_data_hchecks = maps_create(title, smtp_par.header_checks,
					DICT_FLAG_NONE);
    }
    if (*smtp_par.body_checks) {
	snprintf(title, sizeof(title), "%s_body_checks", smtp_par.proto);
	smtp_data_bchecks = maps_create(title, smtp_par.body_checks,
					DICT_FLAG_NONE);
    }
    if (smtp_data_hchecks || *smtp_par.generic_maps) {
	smtp_data_hdr = vstring_fixed(SMTP_DATA_HDR_MAX);
	smtp_data_hdr_out = vstring_fixed(2 * SMTP_DATA_HDR_MAX);
	smtp_data_addr = vstring_fixed(SMTP_MAP_RESULT_MAX + 1);
	smtp_data_quoted = vstring_fixed(2 * SMTP_MAP_RESULT_MAX + 8);
    }
}

/* smtp_data_deadline - move the whole-content deadline */

static void smtp_data_deadline(SMTP_DATA *dp)
{
    long long left;

    left = (long long) dp->start + smtp_par.data_xfer_timeout - time((time_t *) 0);
    if (smtp_par.min_data_rate > 0)
	left += dp->sent / smtp_par.min_data_rate;
    if (left > INT_MAX)
	left = INT_MAX;
    smtp_chat_deadline(dp->state->session, left > 0 ? (int) left : 1);
    dp->next_check = dp->sent + SMTP_DATA_RATE_STEP;
}

/* smtp_data_write - bytes to the stream, counted */

static void smtp_data_write(SMTP_DATA *dp, const char *text, size_t len)
{
    (void) vstream_fwrite(dp->out, text, len);
    dp->sent += len;
    if (smtp_par.per_request_deadline && dp->sent >= dp->next_check)
	smtp_data_deadline(dp);
}

/* smtp_data_text - text onto the current output line */

static void smtp_data_text(SMTP_DATA *dp, const char *text, size_t len)
{
    size_t  room;

    while (len > 0) {
	if (dp->limit > 0 && dp->col >= dp->limit) {
	    smtp_data_write(dp, "\r\n ", 3);
	    dp->col = 1;
	}
	if (dp->col == 0 && *text == '.')
	    smtp_data_write(dp, ".", 1);
	room = len;
	if (dp->limit > 0 && room > (size_t) (dp->limit - dp->col))
	    room = dp->limit > dp->col ? (size_t) (dp->limit - dp->col) : 1;
	smtp_data_write(dp, text, room);
	dp->col += room;
	text += room;
	len -= room;
    }
}

/* smtp_data_eol - end the output line */

static void smtp_data_eol(SMTP_DATA *dp)
{
    smtp_data_write(dp, "\r\n", 2);
    dp->col = 0;
}

/* smtp_data_lines - newline-separated lines, each ended unless open */

static void smtp_data_lines(SMTP_DATA *dp, const char *text, size_t len,
			            int last_open)
{
    const char *nl;

    for (;;) {
	nl = memchr(text, '\n', len);
	smtp_data_text(dp, text, nl ? (size_t) (nl - text) : len);
	if (nl == 0)
	    break;
	smtp_data_eol(dp);
	len -= nl + 1 - text;
	text = nl + 1;
    }
    if (!last_open)
	smtp_data_eol(dp);
}

/* smtp_data_show - the start of a line, printable, for the log */

static const char *smtp_data_show(char *buf, const char *text)
{
    int     n;

    for (n = 0; n < SMTP_DATA_LOG_TEXT && text[n]; n++)
	buf[n] = ((unsigned char) text[n] < ' ' || text[n] == 0x7f) ?
	    ' ' : text[n];
    buf[n] = 0;
    return (buf);
}

/* smtp_data_action - carry out a table result */

static int smtp_data_action(SMTP_DATA *dp, MAPS *maps, const char *where,
			            const char *line, const char *value,
			            const char **arg)
{
    char    shown[SMTP_DATA_LOG_TEXT + 1];
    size_t  len = strcspn(value, " \t");
    const char *text = value + len + strspn(value + len, " \t");
    const char *logged;

#define SMTP_ACTION_IS(name) \
	(len == sizeof(name) - 1 && strncasecmp(value, (name), len) == 0)

    *arg = text;
    if (SMTP_ACTION_IS("DUNNO") || SMTP_ACTION_IS("OK"))
	return (SMTP_ACT_KEEP);
    if (SMTP_ACTION_IS("IGNORE"))
	return (SMTP_ACT_DROP);
    if (SMTP_ACTION_IS("REPLACE") || SMTP_ACTION_IS("PREPEND")) {
	if (*text == 0) {
	    msg_warn("%s: %s action without text in %s map",
		     dp->queue_id, SMTP_ACTION_IS("REPLACE") ?
		     "REPLACE" : "PREPEND", maps->title);
	    return (SMTP_ACT_KEEP);
	}
	if (strcmp(where, "header") == 0
	    && cleanup_hdr_name(text, strlen(text)) == 0) {
	    msg_warn("%s: bad %.*s header text \"%.100s\" in %s map -- "
		     "need \"headername: headervalue\"",
		     dp->queue_id, (int) len, value, text, maps->title);
	    return (SMTP_ACT_KEEP);
	}
    }
    if (SMTP_ACTION_IS("REPLACE"))
	logged = "replace";
    else if (SMTP_ACTION_IS("PREPEND"))
	logged = "prepend";
    else if (SMTP_ACTION_IS("STRIP"))
	logged = "strip";
    else if (SMTP_ACTION_IS("WARN"))
	logged = "warning";
    else if (SMTP_ACTION_IS("INFO"))
	logged = "info";
    else {
	msg_warn("%s: unsupported action \"%.*s\" in %s map: ignored",
		 dp->queue_id, (int) (len > 100 ? 100 : len), value,
		 maps->title);
	return (SMTP_ACT_KEEP);
    }
    if (*text)
	msg_info("%s: %s: %s %s: %s", dp->queue_id, logged, where,
		 smtp_data_show(shown, line), text);
    else
	msg_info("%s: %s: %s %s", dp->queue_id, logged, where,
		 smtp_data_show(shown, line));
    if (SMTP_ACTION_IS("REPLACE"))
	return (SMTP_ACT_REPLACE);
    if (SMTP_ACTION_IS("PREPEND"))
	return (SMTP_ACT_PREPEND);
    if (SMTP_ACTION_IS("STRIP"))
	return (SMTP_ACT_DROP);
    return (SMTP_ACT_KEEP);
}

/* smtp_data_check - look a line up in a checks table */

static int smtp_data_check(SMTP_DATA *dp, MAPS *maps, const char *where,
			           const char *line, const char **arg)
{
    const char *value;

    if (maps == 0 || *line == 0)
	return (SMTP_ACT_KEEP);
    if ((value = maps_find(maps, line, 0)) == 0) {
	if (maps->error != DICT_ERR_NONE) {
	    msg_warn("%s: %s map lookup problem", dp->queue_id, maps->title);
	    return (-1);
	}
	return (SMTP_ACT_KEEP);
    }
    return (smtp_data_action(dp, maps, where, line, value, arg));
}

 /*
  * Context of the header address rewriter.
  */
typedef struct SMTP_DATA_REWRITE {
    const char *text;			/* the header value */
    size_t  done;			/* copied up to here */
    int     failed;			/* a lookup failed */
} SMTP_DATA_REWRITE;

/* smtp_data_rewrite_addr - map one header address */

static int smtp_data_rewrite_addr(void *context, const char *addr,
				          size_t start, size_t end)
{
    SMTP_DATA_REWRITE *ctx = (SMTP_DATA_REWRITE *) context;
    int     found;

    if ((found = smtp_map_addr(addr, smtp_data_addr)) < 0) {
	ctx->failed = 1;
	return (-1);
    }
    if (found > 0) {
	vstring_memcat(smtp_data_hdr_out, ctx->text + ctx->done,
		       start - ctx->done);
	vstring_strcat(smtp_data_hdr_out,
		       rewrite_addr_quote(smtp_data_quoted,
					  vstring_str(smtp_data_addr)));
	ctx->done = end;
    }
    return (0);
}

/* smtp_data_rewrite - generic(5) mapping of an address header */

static int smtp_data_rewrite(SMTP_DATA *dp, VSTRING *hdr, const char **text,
			             size_t *len)
{
    size_t  name_len = cleanup_hdr_name(vstring_str(hdr), VSTRING_LEN(hdr));
    CLEANUP_HDR_INFO info;
    SMTP_DATA_REWRITE ctx;
    size_t  value_start;

    info = cleanup_hdr_info(vstring_str(hdr), name_len);
    if ((info.flags & (CLEANUP_HDR_FLAG_SENDER | CLEANUP_HDR_FLAG_RCPT)) == 0)
	return (0);
    value_start = strchr(vstring_str(hdr), ':') - vstring_str(hdr) + 1;
    ctx.text = vstring_str(hdr) + value_start;
    ctx.done = 0;
    ctx.failed = 0;
    vstring_memcpy(smtp_data_hdr_out, vstring_str(hdr), value_start);
    if (rewrite_addr_scan(ctx.text, VSTRING_LEN(hdr) - value_start,
			  SMTP_DATA_TOKEN_LIMIT, smtp_data_rewrite_addr,
			  &ctx) < 0) {
	if (ctx.failed) {
	    dsb_simple(dp->state->why, "4.3.0", "table lookup failure");
	    return (-1);
	}
	return (0);
    }
    vstring_memcat(smtp_data_hdr_out, ctx.text + ctx.done,
		   VSTRING_LEN(hdr) - value_start - ctx.done);
    if (vstring_overflowed(smtp_data_hdr_out))
	return (0);
    *text = vstring_str(smtp_data_hdr_out);
    *len = VSTRING_LEN(smtp_data_hdr_out);
    return (0);
}

/* smtp_data_header - inspect and send one buffered logical header */

static int smtp_data_header(SMTP_DATA *dp)
{
    VSTRING *hdr = smtp_data_hdr;
    const char *text;
    size_t  len;
    const char *arg;

    dp->hdr_state = SMTP_HDR_NONE;
    switch (smtp_data_check(dp, smtp_data_hchecks, "header",
			    vstring_str(hdr), &arg)) {
    case -1:
	dsb_simple(dp->state->why, "4.3.0", "table lookup failure");
	return (-1);
    case SMTP_ACT_DROP:
	return (0);
    case SMTP_ACT_REPLACE:
	vstring_strcpy(hdr, arg);
	break;
    case SMTP_ACT_PREPEND:
	smtp_data_lines(dp, arg, strlen(arg), 0);
	break;
    }
    text = vstring_str(hdr);
    len = VSTRING_LEN(hdr);
    if (*smtp_par.generic_maps && smtp_data_rewrite(dp, hdr, &text, &len) < 0)
	return (-1);
    smtp_data_lines(dp, text, len, 0);
    return (0);
}

/* smtp_data_spill - give up on a header that does not fit */

static void smtp_data_spill(SMTP_DATA *dp, int last_open)
{
    smtp_data_lines(dp, vstring_str(smtp_data_hdr),
		    VSTRING_LEN(smtp_data_hdr), last_open);
    dp->hdr_state = SMTP_HDR_PASS;
}

/* smtp_data_hdr_rec - one record of the primary header; 1: not a header */

static int smtp_data_hdr_rec(SMTP_DATA *dp, int type, const char *data,
			             size_t len)
{
    VSTRING *hdr = smtp_data_hdr;
    int     new_line = !dp->prev_cont;
    int     more = (dp->hdr_state != SMTP_HDR_NONE
		    && (!new_line || (len > 0 && (*data == ' ' || *data == '\t'))));

    /*
     * A new header, or the end of the headers.
     */
    if (!more) {
	if (dp->hdr_state == SMTP_HDR_BUF && smtp_data_header(dp) < 0)
	    return (-1);
	dp->hdr_state = SMTP_HDR_NONE;
	if (len == 0 || cleanup_hdr_name(data, len) == 0)
	    return (1);
	if (hdr != 0 && len <= hdr->cap) {
	    vstring_memcpy(hdr, data, len);
	    dp->hdr_state = SMTP_HDR_BUF;
	} else {
	    smtp_data_text(dp, data, len);
	    dp->hdr_state = SMTP_HDR_PASS;
	}
    }

    /*
     * More of the header in progress: the rest of a long line, or a
     * continuation line.
     */
    else if (dp->hdr_state == SMTP_HDR_BUF) {
	if (VSTRING_LEN(hdr) + new_line + len > hdr->cap) {
	    smtp_data_spill(dp, !new_line);
	    smtp_data_text(dp, data, len);
	} else {
	    if (new_line)
		vstring_addch(hdr, '\n');
	    vstring_memcat(hdr, data, len);
	}
    } else {
	smtp_data_text(dp, data, len);
    }
    if (type == REC_TYPE_NORM && dp->hdr_state == SMTP_HDR_PASS)
	smtp_data_eol(dp);
    return (0);
}

/* smtp_data_body_rec - one body record */

static int smtp_data_body_rec(SMTP_DATA *dp, int type, const char *data,
			              size_t len)
{
    const char *arg;

    switch (smtp_data_check(dp, smtp_data_bchecks, "body", data, &arg)) {
    case -1:
	dsb_simple(dp->state->why, "4.3.0", "table lookup failure");
	return (-1);
    case SMTP_ACT_DROP:
	if (type == REC_TYPE_NORM && dp->prev_cont)
	    smtp_data_eol(dp);
	return (0);
    case SMTP_ACT_REPLACE:
	data = arg;
	len = strlen(arg);
	break;
    case SMTP_ACT_PREPEND:
	if (dp->prev_cont)
	    smtp_data_eol(dp);
	smtp_data_text(dp, arg, strlen(arg));
	smtp_data_eol(dp);
	break;
    }
    smtp_data_text(dp, data, len);
    if (type == REC_TYPE_NORM)
	smtp_data_eol(dp);
    return (0);
}

/* smtp_data_io - the condition of a failed stream */

static int smtp_data_io(VSTREAM *fp)
{
    return (vstream_ftimeout(fp) ? SMTP_IO_TIME : SMTP_IO_ERR);
}

/* smtp_data_send - copy the content to the server */

int     smtp_data_send(SMTP_STATE *state, int *io_error)
{
    DELIVER_REQUEST *request = state->request;
    SMTP_DATA dp;
    int     type;
    char   *data;
    size_t  len;
    int     ret;

    *io_error = SMTP_IO_NONE;
    dp.state = state;
    dp.out = state->session->stream;
    dp.queue_id = request->queue_id;
    dp.limit = smtp_par.line_length_limit;
    dp.col = 0;
    dp.prev_cont = 0;
    dp.in_header = 1;
    dp.hdr_state = SMTP_HDR_NONE;
    dp.sent = 0;
    dp.start = time((time_t *) 0);
    if (smtp_par.per_request_deadline)
	smtp_data_deadline(&dp);
    else
	smtp_chat_timeout(state->session, smtp_par.data_xfer_timeout);

    if (vstream_fseek(request->fp, request->data_offset, SEEK_SET) < 0) {
	msg_warn("%s: seek queue file: %m", request->queue_id);
	dsb_simple(state->why, "4.3.0", "unreadable mail queue entry");
	return (-1);
    }
    for (;;) {
	type = rec_get(request->fp, smtp_data_rec, smtp_data_rec_max);
	if (type == REC_TYPE_XTRA)
	    break;
	if (type != REC_TYPE_NORM && type != REC_TYPE_CONT) {
	    msg_warn("%s: %s in message content", request->queue_id,
		     type == REC_TYPE_EOF ? "unexpected end of file" :
		     type == REC_TYPE_ERROR ? "bad record" :
		     "unexpected record type");
	    dsb_simple(state->why, "4.3.0", "unreadable mail queue entry");
	    return (-1);
	}
	data = vstring_str(smtp_data_rec);
	len = VSTRING_LEN(smtp_data_rec);
	cleanup_hdr_stray_crlf(data, len);
	ret = 1;
	if (dp.in_header && (ret = smtp_data_hdr_rec(&dp, type, data, len)) < 0)
	    return (-1);
	if (ret > 0) {
	    dp.in_header = 0;
	    if (smtp_data_body_rec(&dp, type, data, len) < 0)
		return (-1);
	}
	dp.prev_cont = (type == REC_TYPE_CONT);
	if (vstream_ferror(dp.out)) {
	    *io_error = smtp_data_io(dp.out);
	    return (-1);
	}
    }
    if (dp.hdr_state == SMTP_HDR_BUF) {
	if (smtp_data_header(&dp) < 0)
	    return (-1);
    } else if (dp.prev_cont) {
	smtp_data_eol(&dp);
    }
    if (vstream_ferror(dp.out)) {
	*io_error = smtp_data_io(dp.out);
	return (-1);
    }
    return (0);
}
