/*++
/* NAME
/*	smtp_proto 3
/* SUMMARY
/*	the SMTP and LMTP conversation
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	int	smtp_helo(state)
/*	SMTP_STATE *state;
/*
/*	int	smtp_xfer(state)
/*	SMTP_STATE *state;
/*
/*	int	smtp_rset(state)
/*	SMTP_STATE *state;
/*
/*	int	smtp_quit(state)
/*	SMTP_STATE *state;
/* DESCRIPTION
/*	These functions talk to the server of state->session over the
/*	commands and replies of smtp_chat(3), and report what happens to
/*	recipients through smtp_status(3). Every reply is read under a
/*	deadline: the timeout parameter of the command it answers. All
/*	return 0 when the session may go on (another transaction, RSET,
/*	QUIT or the connection cache), and -1 when it must not: the
/*	connection broke, the server broke the protocol, or the content
/*	was cut off; the caller then closes the connection without more
/*	commands. Before it returns -1, every failure is reported: each
/*	recipient not finished got the reason (a recipient with a
/*	temporary failure is left for the next server unless this is the
/*	final one).
/*
/*	smtp_helo() starts a new session; a session from the connection
/*	cache (SMTP_FEATURE_FROM_CACHE) did this before and is left
/*	alone. In order:
/* .IP \(bu
/*	The greeting, under smtp_helo_timeout. A 5XX greeting with
/*	smtp_skip_5xx_greeting counts as a temporary failure, so that the
/*	next server is tried; otherwise its status counts as it is. The
/*	reason: "host NAME[ADDR] refused to talk to me: REPLY".
/* .IP \(bu
/*	LHLO (LMTP, always), EHLO, or HELO with smtp_helo_name. SMTP
/*	sends HELO with smtp_never_send_ehlo, and when
/*	smtp_always_send_ehlo is off and the greeting does not have the
/*	word ESMTP; otherwise EHLO, and HELO after all when EHLO gets an
/*	error other than 421, as Postfix does. A helo name that is empty
/*	or holds blanks or control characters is a configuration error:
/*	it is logged, and myhostname is used.
/* .IP \(bu
/*	The EHLO/LHLO features (smtp_ehlo(3)), without the keywords that
/*	smtp_discard_ehlo_keyword_address_maps lists for the server's
/*	address or else smtp_discard_ehlo_keywords lists; the keywords
/*	are logged as "discarding EHLO keywords: ..." unless the list has
/*	"silent-discard".
/* .IP \(bu
/*	With smtp_sasl_auth_enable, smtp_sasl_auth().
/* .PP
/*	smtp_xfer() sends the request's message to the recipients that
/*	are not finished. First, what would fail anyway fails at once
/*	(every recipient bounces; the session stays usable):
/* .IP \(bu
/*	"message size N exceeds size limit L of server NAME[ADDR]"
/*	(5.3.4) when the server's SIZE is above 0 and below the size of
/*	the content;
/* .IP \(bu
/*	"SMTPUTF8 is required, but was not offered by host NAME[ADDR]"
/*	(5.6.7) when the message needs SMTPUTF8 (non-ASCII envelope or
/*	headers) and the server does not offer it. A message that only
/*	asked for SMTPUTF8 is sent without.
/* .PP
/*	Then MAIL FROM, a RCPT TO per recipient, and DATA (see
/*	smtp_cmd(3) for the parameters), with the envelope addresses
/*	mapped by smtp_generic_maps. With PIPELINING the commands go out
/*	in groups of up to 4096 bytes without waiting (DATA included, as
/*	RFC 2920 allows), and the replies of a group are read before the
/*	next group goes out, so that neither side can block the other;
/*	without PIPELINING each reply is read before the next command.
/*	Replies map to commands by position (an extra reply from a
/*	misbehaving server shifts them, as with Postfix). What the
/*	replies mean:
/* .IP "MAIL FROM"
/*	Not 2XX: every recipient gets the reply ("host NAME[ADDR] said:
/*	REPLY (in reply to MAIL FROM command)"); nothing more is sent, the
/*	replies to commands already sent are read.
/* .IP "RCPT TO"
/*	2XX: the recipient is accepted. Otherwise it gets the reply.
/* .IP DATA
/*	354 (or another 3XX): the content follows (smtp_data(3)), then
/*	".". Without an accepted recipient DATA is not sent; when it went
/*	out pipelined, a server that answers 354 all the same breaks RFC
/*	2920 and would take an empty message: the connection is closed
/*	without a word (-1). Not 3XX: the accepted recipients get the
/*	reply.
/* .IP "end of DATA"
/*	SMTP: one reply for all accepted recipients; 2XX delivers them
/*	(smtp_rcpt_done()). LMTP: one reply per accepted recipient, in
/*	order, each for its recipient. A reply that does not come
/*	(connection lost, timeout) leaves the recipients it was for with
/*	"... while sending end of data -- message may be sent more than
/*	once" (4.4.2): the server may have delivered, but a message is
/*	never lost, so it is tried again.
/* .PP
/*	A connection that breaks before the reply to DATA fails the
/*	recipients left with "lost connection with NAME[ADDR] while
/*	ACTIVITY" or "conversation with NAME[ADDR] timed out while
/*	ACTIVITY" (4.4.2), where ACTIVITY is "receiving the initial server
/*	greeting", "performing the EHLO handshake" (LHLO, HELO), "sending
/*	MAIL FROM", "sending RCPT TO", "sending DATA command" or "sending
/*	message body". A malformed reply is a protocol error
/*	(SMTP_ERROR_PROTOCOL for notify_classes): its command fails with
/*	4.5.0 and the connection is closed, since the replies that follow
/*	cannot be trusted to line up. A table lookup failure (generic
/*	maps, EHLO discard table) defers every recipient left with 4.3.0
/*	"table lookup failure".
/*
/*	When smtp_xfer() returns 0 it sets session->may_cache when the
/*	session is in order and holds no transaction: after the reply to
/*	".", or when MAIL FROM was refused or never sent. A transaction
/*	that the server still holds (every recipient or DATA refused)
/*	leaves may_cache off: such a session is ended with QUIT, or made
/*	clean with smtp_rset() first by a caller that wants to keep it.
/*
/*	smtp_rset() sends RSET (smtp_rset_timeout): 0 for a 2XX reply,
/*	otherwise -1 (the session is not reused).
/*
/*	smtp_quit() sends QUIT (smtp_quit_timeout) and reads the reply
/*	unless smtp_skip_quit_response is set; the reply's code does not
/*	matter. -1 when the connection broke.
/*
/*	The timeouts, helo name and switches are the lmtp_* parameters in
/*	LMTP mode (smtp_params(3h)).
/* DIAGNOSTICS
/*	Warnings: a bad helo name, a server that accepts DATA without a
/*	recipient, table lookup failures. Info: discarded EHLO keywords.
/* SEE ALSO
/*	smtp_chat(3), commands and replies
/*	smtp_status(3), outcomes
/*	smtp_data(3), the content
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <strings.h>

/* Utility library. */

#include <msg.h>
#include <vstream.h>
#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <deliver_request.h>
#include <dsn_buf.h>
#include <smtputf8.h>

/* Application-specific. */

#include "smtp.h"
#include "smtp_params.h"
#include "smtp_proto.h"

#define SMTP_XFER_WINDOW	4096	/* pipelined command bytes per group */

 /*
  * The commands of a transaction, in the order they go out.
  */
#define SMTP_XFER_MAIL	0
#define SMTP_XFER_RCPT	1
#define SMTP_XFER_DATA	2
#define SMTP_XFER_NONE	3		/* nothing (more) to send */

 /*
  * Where a transaction is.
  */
typedef struct SMTP_XFER {
    SMTP_STATE *state;
    VSTRING *cmd;			/* the next command, composed */
    int     cmd_kind;			/* SMTP_XFER_*, or NONE */
    int     cmd_rcpt;			/* its recipient */
    int     mail_sent;			/* MAIL FROM went out */
    int     mail_read;			/* and its reply came */
    int     mail_ok;			/* and it was 2XX */
    int     next_rcpt;			/* first recipient to look at */
    int     rcpt_sent;			/* RCPT commands sent */
    int     rcpt_read;			/* RCPT replies read */
    int     recv_rcpt;			/* first recipient to map a reply to */
    int     accepted;			/* RCPT replies 2XX */
    int     data_sent;			/* DATA went out */
    int     data_ok;			/* and got 354 */
    int     pending;			/* replies not read */
    int     abort;			/* send nothing more */
} SMTP_XFER;

/*
 * smtp_proto_buf - fixed scratch buffers, set aside once. They are used
 * from their start and seldom filled: laid out one after the other, the
 * short ones first, the parts in use share pages.
 */
static VSTRING *smtp_proto_buf(int which)
{
    static struct {
	VSTRING bufs[4];
	char    reply[SMTP_REPLY_TEXT_LIMIT + 1];
	char    shown[1024];
	char    addr[SMTP_MAP_RESULT_MAX + 1];
	char    cmd[SMTP_CMD_SIZE];
    }       mem;
    static int done;

    if (!done) {
	vstring_init_mem(mem.bufs + 0, mem.reply, sizeof(mem.reply));
	vstring_init_mem(mem.bufs + 1, mem.shown, sizeof(mem.shown));
	vstring_init_mem(mem.bufs + 2, mem.cmd, sizeof(mem.cmd));
	vstring_init_mem(mem.bufs + 3, mem.addr, sizeof(mem.addr));
	done = 1;
    }
    return (mem.bufs + which);
}

#define SMTP_BUF_REPLY	0		/* reply text on one line */
#define SMTP_BUF_SHOWN	1		/* EHLO keywords for the log */
#define SMTP_BUF_CMD	2		/* a command */
#define SMTP_BUF_ADDR	3		/* a mapped address */

/* smtp_helo_name - the name to greet with, checked once per setting */

static const char *smtp_helo_name(void)
{
    static const char *checked;
    static const char *name;
    const unsigned char *cp;

    if (checked != smtp_par.helo_name) {
	checked = name = smtp_par.helo_name;
	for (cp = (const unsigned char *) name; *cp; cp++)
	    if (*cp <= ' ' || *cp >= 0x7f)
		break;
	if (*name == 0 || *cp != 0) {
	    msg_warn("bad %s value \"%s\": using \"%s\"", smtp_par.lmtp ?
		     "lmtp_lhlo_name" : "smtp_helo_name", name, var_myhostname);
	    name = var_myhostname;
	}
    }
    return (name);
}

/* smtp_one_line - a reply's lines joined by blanks */

static const char *smtp_one_line(const SMTP_RESP *resp)
{
    VSTRING *buf = smtp_proto_buf(SMTP_BUF_REPLY);
    char   *cp;

    vstring_strcpy(buf, vstring_str(resp->str));
    for (cp = vstring_str(buf); (cp = strchr(cp, '\n')) != 0; cp++)
	*cp = ' ';
    return (vstring_str(buf));
}

/* smtp_io_fail - a broken connection fails what is left */

static int smtp_io_fail(SMTP_STATE *state, int io_error, const char *activity)
{
    smtp_io_why(state, io_error, activity);
    smtp_site_fail(state);
    return (-1);
}

/* smtp_refused - the server will not talk to us */

static int smtp_refused(SMTP_STATE *state, const SMTP_RESP *resp,
			        int soften_5xx)
{
    SMTP_SESSION *session = state->session;
    char    status[DSN_STATUS_SIZE];

    if (resp->code <= 0) {
	session->error_mask |= SMTP_ERROR_PROTOCOL;
	strcpy(status, "4.5.0");
    } else {
	strcpy(status, resp->dsn);
	if (soften_5xx && status[0] == '5')
	    status[0] = '4';
    }
    dsb_formal(state->why, status, vstring_str(resp->str), session->host,
	       "host %s refused to talk to me: %s", session->namaddr,
	       smtp_one_line(resp));
    smtp_site_fail(state);
    return (-1);
}

/* smtp_ehlo_discard - the EHLO features to ignore; -1: lookup failure */

static int smtp_ehlo_discard(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    VSTRING *shown = smtp_proto_buf(SMTP_BUF_SHOWN);
    const char *words;
    int     error;
    int     mask;

    if ((words = smtp_map_ehlo_words(session->addr, &error)) == 0) {
	if (error) {
	    dsb_simple(state->why, "4.3.0", "table lookup failure");
	    smtp_defer_all(state);
	    return (-1);
	}
	words = smtp_par.discard_ehlo_keywords;
    }
    mask = smtp_ehlo_mask(words, shown);
    if (VSTRING_LEN(shown) > 0 && (mask & SMTP_EHLO_SILENT) == 0)
	msg_info("discarding EHLO keywords: %s", vstring_str(shown));
    return (mask & ~SMTP_EHLO_SILENT);
}

 /*
  * smtp_ehlo() results besides 0 and -1.
  */
#define SMTP_EHLO_FALLBACK	1	/* try HELO */

/* smtp_ehlo - EHLO or LHLO */

static int smtp_ehlo(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    SMTP_RESP *resp;
    int     discard;

    smtp_chat_deadline(session, smtp_par.helo_timeout);
    smtp_chat_cmd(session, "%s %s", smtp_par.helo_cmd, smtp_helo_name());
    resp = smtp_chat_resp(session);
    if (resp->code < 0)
	return (smtp_io_fail(state, resp->io_error, smtp_par.lmtp ?
			     "performing the LHLO handshake" :
			     "performing the EHLO handshake"));
    if (resp->code / 100 != 2) {
	if (resp->code == 0 || resp->code == 421 || smtp_par.lmtp)
	    return (smtp_refused(state, resp, 0));
	return (SMTP_EHLO_FALLBACK);
    }
    if ((discard = smtp_ehlo_discard(state)) < 0)
	return (-1);
    smtp_ehlo_parse(session, vstring_str(resp->str), discard);
    return (0);
}

/* smtp_helo_cmd - HELO */

static int smtp_helo_cmd(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    SMTP_RESP *resp;

    smtp_chat_deadline(session, smtp_par.helo_timeout);
    smtp_chat_cmd(session, "HELO %s", smtp_helo_name());
    resp = smtp_chat_resp(session);
    if (resp->code < 0)
	return (smtp_io_fail(state, resp->io_error,
			     "performing the HELO handshake"));
    if (resp->code / 100 != 2)
	return (smtp_refused(state, resp, 0));
    return (0);
}

/* smtp_helo - greeting, EHLO/HELO/LHLO, AUTH */

int     smtp_helo(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    SMTP_RESP *resp;
    int     esmtp_banner;
    int     ret;

    if (session->features & SMTP_FEATURE_FROM_CACHE)
	return (0);
    session->features = 0;
    session->size_limit = 0;
    session->sasl_mechs[0] = 0;

    smtp_chat_deadline(session, smtp_par.helo_timeout);
    resp = smtp_chat_resp(session);
    if (resp->code < 0)
	return (smtp_io_fail(state, resp->io_error,
			     "receiving the initial server greeting"));
    if (resp->code / 100 != 2)
	return (smtp_refused(state, resp, smtp_par.skip_5xx_greeting));
    esmtp_banner = (strcasestr(vstring_str(resp->str), "ESMTP") != 0);

    if (smtp_par.lmtp) {
	ret = smtp_ehlo(state);
    } else if (smtp_par.never_send_ehlo
	       || (!smtp_par.always_send_ehlo && !esmtp_banner)) {
	ret = smtp_helo_cmd(state);
    } else if ((ret = smtp_ehlo(state)) == SMTP_EHLO_FALLBACK) {
	ret = smtp_helo_cmd(state);
    }
    if (ret < 0)
	return (-1);
    if (smtp_par.sasl_auth_enable && smtp_sasl_auth(state) < 0) {
	smtp_site_fail(state);
	return (-1);
    }
    return (0);
}

/* smtp_xfer_check - what this server cannot take; 1: all bounced */

static int smtp_xfer_check(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    DELIVER_REQUEST *request = state->request;

    if ((session->features & SMTP_FEATURE_SIZE) && session->size_limit > 0
	&& request->data_size > session->size_limit) {
	dsb_simple(state->why, "5.3.4",
		   "message size %ld exceeds size limit %ld of server %s",
		   request->data_size, session->size_limit, session->namaddr);
	smtp_site_fail(state);
	return (1);
    }
    if ((request->sendopts & SMTPUTF8_FLAG_NEEDED)
	&& (session->features & SMTP_FEATURE_SMTPUTF8) == 0) {
	dsb_simple(state->why, "5.6.7",
		   "SMTPUTF8 is required, but was not offered by host %s",
		   session->namaddr);
	smtp_site_fail(state);
	return (1);
    }
    return (0);
}

/* smtp_xfer_lookup_fail - a table failed: defer everything, send no more */

static void smtp_xfer_lookup_fail(SMTP_XFER *xp)
{
    dsb_simple(xp->state->why, "4.3.0", "table lookup failure");
    smtp_defer_all(xp->state);
    xp->abort = 1;
}

/*
 * smtp_xfer_next - compose the next command; its kind, NONE: no more. A
 * MAIL or RCPT command is composed once (its address lookup is not
 * repeated) and kept until it goes out; whether DATA goes out is
 * decided anew each time, as RCPT replies come in.
 */

static int smtp_xfer_next(SMTP_XFER *xp)
{
    SMTP_STATE *state = xp->state;
    DELIVER_REQUEST *request = state->request;
    int     features = state->session->features;
    VSTRING *addr = smtp_proto_buf(SMTP_BUF_ADDR);
    int     n;

    if (xp->abort)
	return (SMTP_XFER_NONE);
    if (xp->cmd_kind == SMTP_XFER_MAIL || xp->cmd_kind == SMTP_XFER_RCPT)
	return (xp->cmd_kind);
    if (!xp->mail_sent) {
	if (smtp_map_addr(request->sender, addr) < 0) {
	    smtp_xfer_lookup_fail(xp);
	    return (SMTP_XFER_NONE);
	}
	smtp_cmd_mail(xp->cmd, vstring_str(addr), request, features,
		      smtp_par.quote_rfc821_envelope);
	return (xp->cmd_kind = SMTP_XFER_MAIL);
    }
    for (n = xp->next_rcpt; n < request->rcpt_count; n++) {
	if (state->rcpt_flags[n] & SMTP_RCPT_DONE)
	    continue;
	if (smtp_map_addr(request->rcpt[n].address, addr) < 0) {
	    smtp_xfer_lookup_fail(xp);
	    return (SMTP_XFER_NONE);
	}
	smtp_cmd_rcpt(xp->cmd, vstring_str(addr), request->rcpt + n,
		      features, smtp_par.quote_rfc821_envelope);
	xp->cmd_rcpt = n;
	return (xp->cmd_kind = SMTP_XFER_RCPT);
    }
    xp->next_rcpt = n;

    /*
     * DATA, unless every RCPT reply is in and none was 2XX.
     */
    if (xp->data_sent || (xp->rcpt_read == xp->rcpt_sent && xp->accepted == 0))
	return (SMTP_XFER_NONE);
    vstring_strcpy(xp->cmd, "DATA");
    return (xp->cmd_kind = SMTP_XFER_DATA);
}

/* smtp_xfer_timeout - the time limit for a command's reply */

static int smtp_xfer_timeout(int kind)
{
    switch (kind) {
    case SMTP_XFER_MAIL:
	return (smtp_par.mail_timeout);
    case SMTP_XFER_RCPT:
	return (smtp_par.rcpt_timeout);
    default:
	return (smtp_par.data_init_timeout);
    }
}

/* smtp_xfer_send - send commands, up to a group's worth */

static void smtp_xfer_send(SMTP_XFER *xp)
{
    SMTP_SESSION *session = xp->state->session;
    int     window = (session->features & SMTP_FEATURE_PIPELINING) ?
    SMTP_XFER_WINDOW : 0;
    ssize_t used = 0;
    ssize_t len;
    int     kind;

    while ((kind = smtp_xfer_next(xp)) != SMTP_XFER_NONE) {
	len = VSTRING_LEN(xp->cmd) + 2;
	if (xp->pending > 0 && used + len > window)
	    break;
	smtp_chat_deadline(session, smtp_xfer_timeout(kind));
	smtp_chat_cmd(session, "%s", vstring_str(xp->cmd));
	used += len;
	xp->pending += 1;
	xp->cmd_kind = SMTP_XFER_NONE;
	if (kind == SMTP_XFER_MAIL) {
	    xp->mail_sent = 1;
	} else if (kind == SMTP_XFER_RCPT) {
	    xp->rcpt_sent += 1;
	    xp->next_rcpt = xp->cmd_rcpt + 1;
	} else {
	    xp->data_sent = 1;
	}
    }
}

/* smtp_xfer_rcpt_reply - the reply to one RCPT TO */

static int smtp_xfer_rcpt_reply(SMTP_XFER *xp, const SMTP_RESP *resp)
{
    SMTP_STATE *state = xp->state;
    int     n;

    xp->rcpt_read += 1;
    if (xp->abort)
	return (resp->code == 0 ? -1 : 0);
    for (n = xp->recv_rcpt; n < state->request->rcpt_count; n++)
	if ((state->rcpt_flags[n] & SMTP_RCPT_DONE) == 0)
	    break;
    if (n >= state->request->rcpt_count)
	msg_panic("smtp_xfer_rcpt_reply: no recipient for RCPT reply %d",
		  xp->rcpt_read);
    xp->recv_rcpt = n + 1;
    if (resp->code / 100 == 2) {
	state->rcpt_flags[n] |= SMTP_RCPT_ACCEPTED;
	xp->accepted += 1;
	return (0);
    }
    smtp_reply_why(state, resp, "RCPT TO");
    if (resp->code == 0) {
	smtp_site_fail(state);
	return (-1);
    }
    smtp_rcpt_fail(state, n);
    return (0);
}

/* smtp_xfer_data_reply - the reply to DATA */

static int smtp_xfer_data_reply(SMTP_XFER *xp, const SMTP_RESP *resp)
{
    SMTP_STATE *state = xp->state;
    SMTP_SESSION *session = state->session;

    if (resp->code / 100 == 3) {
	if (xp->abort || xp->accepted == 0) {
	    msg_warn("%s: host %s accepted DATA without a valid recipient: "
		     "closing the connection", state->request->queue_id,
		     session->namaddr);
	    session->error_mask |= SMTP_ERROR_PROTOCOL;
	    return (-1);
	}
	xp->data_ok = 1;
	return (0);
    }
    if (resp->code == 0) {
	smtp_reply_why(state, resp, "DATA");
	smtp_site_fail(state);
	return (-1);
    }
    if (!xp->abort && xp->accepted > 0) {
	smtp_reply_why(state, resp, "DATA");
	smtp_mesg_fail(state);
    }
    return (0);
}

/* smtp_xfer_reply - read and act on the reply to the oldest command */

static int smtp_xfer_reply(SMTP_XFER *xp)
{
    SMTP_STATE *state = xp->state;
    SMTP_SESSION *session = state->session;
    SMTP_RESP *resp;
    int     kind;

    kind = !xp->mail_read ? SMTP_XFER_MAIL :
	xp->rcpt_read < xp->rcpt_sent ? SMTP_XFER_RCPT : SMTP_XFER_DATA;
    smtp_chat_deadline(session, smtp_xfer_timeout(kind));
    resp = smtp_chat_resp(session);
    xp->pending -= 1;
    switch (kind) {
    case SMTP_XFER_MAIL:
	xp->mail_read = 1;
	if (resp->code < 0)
	    return (smtp_io_fail(state, resp->io_error, "sending MAIL FROM"));
	if (resp->code / 100 == 2) {
	    xp->mail_ok = 1;
	    return (0);
	}
	smtp_reply_why(state, resp, "MAIL FROM");
	smtp_site_fail(state);
	xp->abort = 1;
	return (resp->code == 0 ? -1 : 0);
    case SMTP_XFER_RCPT:
	if (resp->code < 0)
	    return (smtp_io_fail(state, resp->io_error, "sending RCPT TO"));
	return (smtp_xfer_rcpt_reply(xp, resp));
    default:
	if (resp->code < 0)
	    return (smtp_io_fail(state, resp->io_error, "sending DATA command"));
	return (smtp_xfer_data_reply(xp, resp));
    }
}

/* smtp_xfer_done - the replies to the final dot */

static int smtp_xfer_done(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    DELIVER_REQUEST *request = state->request;
    SMTP_RESP *resp = 0;
    int     n;

#define SMTP_XFER_OPEN(n) \
	((state->rcpt_flags[n] & (SMTP_RCPT_ACCEPTED | SMTP_RCPT_DONE)) \
	 == SMTP_RCPT_ACCEPTED)

    for (n = 0; n < request->rcpt_count; n++) {
	if (!SMTP_XFER_OPEN(n))
	    continue;
	if (resp == 0 || state->lmtp) {
	    smtp_chat_deadline(session, smtp_par.data_done_timeout);
	    resp = smtp_chat_resp(session);
	    if (resp->code < 0) {
		smtp_io_why(state, resp->io_error, "sending end of data -- "
			    "message may be sent more than once");
		smtp_mesg_fail(state);
		return (-1);
	    }
	    if (resp->code / 100 != 2)
		smtp_reply_why(state, resp, "end of DATA");
	}
	if (resp->code / 100 == 2) {
	    smtp_rcpt_done(state, n, resp);
	} else if (resp->code == 0) {
	    smtp_mesg_fail(state);
	    return (-1);
	} else {
	    smtp_rcpt_fail(state, n);
	}
    }
    return (0);
}

/* smtp_xfer - one message */

int     smtp_xfer(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    DELIVER_REQUEST *request = state->request;
    SMTP_XFER xfer;
    int     io_error;
    int     n;

    session->may_cache = 0;
    if (state->rcpt_left == 0 || smtp_xfer_check(state)) {
	session->may_cache = 1;
	return (0);
    }
    for (n = 0; n < request->rcpt_count; n++)
	state->rcpt_flags[n] &= ~SMTP_RCPT_ACCEPTED;
    memset(&xfer, 0, sizeof(xfer));
    xfer.state = state;
    xfer.cmd = smtp_proto_buf(SMTP_BUF_CMD);
    xfer.cmd_kind = SMTP_XFER_NONE;

    /*
     * MAIL FROM, RCPT TO, DATA: send a group, read its replies.
     */
    for (;;) {
	smtp_xfer_send(&xfer);
	if (xfer.pending == 0)
	    break;
	while (xfer.pending > 0)
	    if (smtp_xfer_reply(&xfer) < 0)
		return (-1);
    }
    if (!xfer.data_ok) {
	session->may_cache = !xfer.mail_ok;
	return (0);
    }

    /*
     * The content and the final dot.
     */
    if (smtp_data_send(state, &io_error) < 0) {
	if (io_error != SMTP_IO_NONE)
	    smtp_io_why(state, io_error, "sending message body");
	smtp_mesg_fail(state);
	return (-1);
    }
    smtp_chat_cmd(session, ".");
    if (smtp_xfer_done(state) < 0)
	return (-1);
    session->may_cache = 1;
    return (0);
}

/* smtp_rset - end a transaction */

int     smtp_rset(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    SMTP_RESP *resp;

    smtp_chat_deadline(session, smtp_par.rset_timeout);
    smtp_chat_cmd(session, "RSET");
    resp = smtp_chat_resp(session);
    if (resp->code / 100 == 2)
	return (0);
    session->may_cache = 0;
    if (resp->code == 0)
	session->error_mask |= SMTP_ERROR_PROTOCOL;
    return (-1);
}

/* smtp_quit - end the session */

int     smtp_quit(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;

    smtp_chat_deadline(session, smtp_par.quit_timeout);
    smtp_chat_cmd(session, "QUIT");
    if (smtp_par.skip_quit_response)
	return (smtp_chat_flush(session) < 0 ? -1 : 0);
    return (smtp_chat_resp(session)->code < 0 ? -1 : 0);
}
