/*++
/* NAME
/*	test_smtp_proto 1
/* SUMMARY
/*	unit tests for the smtp client's conversation logic
/* SYNOPSIS
/*	test_smtp_proto
/* DESCRIPTION
/*	smtp_proto.c (with smtp_ehlo.c, smtp_cmd.c and smtp_map.c) is
/*	compiled in; the layers around it are replaced by scripted
/*	fakes: the chat layer records the commands and hands out replies
/*	from a script, the content writer records that it ran, and the
/*	outcome functions keep a log of what each recipient got, with
/*	the rules of smtp_status(3) (5XX bounces; 4XX defers on the
/*	final server and is left for the next one otherwise).
/*
/*	The tests check the order of commands and replies (pipelined
/*	groups, one at a time without PIPELINING), the greeting and
/*	EHLO/HELO/LHLO choices, keyword discarding, the mapping of
/*	replies to recipients for SMTP and LMTP, and the texts and
/*	statuses of failures.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <dsn_buf.h>
#include <smtputf8.h>
#include <unit_test.h>

#include <smtp/smtp_proto.c>
#include <smtp/smtp_ehlo.c>
#include <smtp/smtp_cmd.c>
#include <smtp/smtp_map.c>

SMTP_PARAMS smtp_par;

static VSTRING *transcript;		/* "> command", "< reply" lines */
static VSTRING *outcomes;		/* what recipients got */
static VSTRING *logged;			/* log lines */
static const char *script[100];		/* replies to hand out */
static int script_pos;
static int data_result;			/* what the content writer does */
static int data_io_error;
static int sasl_result;
static SMTP_RESP fake_resp;

#define UCH(c)	((unsigned char) (c))

static SMTP_STATE state;
static SMTP_SESSION session;
static DELIVER_REQUEST request;
static RECIPIENT rcpts[20];
static int flags[20];

/* capture - keep log lines */

static void capture(int level, const char *text)
{
    vstring_sprintf_append(logged, "%s%s\n",
			   level == MSG_WARN ? "warning: " : "", text);
}

 /*
  * The chat layer.
  */
void    smtp_chat_cmd(SMTP_SESSION *s, const char *fmt,...)
{
    va_list ap;

    (void) s;
    vstring_strcat(transcript, "> ");
    va_start(ap, fmt);
    vstring_vsprintf_append(transcript, fmt, ap);
    va_end(ap);
    vstring_addch(transcript, '\n');
}

int     smtp_chat_flush(SMTP_SESSION *s)
{
    (void) s;
    vstring_strcat(transcript, "(flush)\n");
    return (0);
}

void    smtp_chat_deadline(SMTP_SESSION *s, int seconds)
{
    (void) s;
    (void) seconds;
}

SMTP_RESP *smtp_chat_resp(SMTP_SESSION *s)
{
    const char *reply = script[script_pos] ? script[script_pos++] : "EOF";
    SMTP_RESP *resp = &fake_resp;
    const char *cp;

    (void) s;
    vstring_strcpy(resp->str, reply);
    resp->io_error = SMTP_IO_NONE;
    if (strcmp(reply, "EOF") == 0 || strcmp(reply, "TIME") == 0) {
	resp->code = -1;
	resp->io_error = (*reply == 'E' ? SMTP_IO_EOF : SMTP_IO_TIME);
	vstring_reset(resp->str);
	strcpy(resp->dsn, "4.4.2");
    } else if (reply[0] < '2' || reply[0] > '5' || !isdigit(UCH(reply[1]))
	       || !isdigit(UCH(reply[2])) || strchr(" -", reply[3]) == 0) {
	resp->code = 0;
	strcpy(resp->dsn, "4.5.0");
    } else {
	resp->code = atoi(reply);
	cp = reply + 4;
	if (cp[0] == reply[0] && cp[1] == '.')
	    snprintf(resp->dsn, sizeof(resp->dsn), "%.*s",
		     (int) strcspn(cp, " \n"), cp);
	else
	    snprintf(resp->dsn, sizeof(resp->dsn), "%c.0.0", reply[0]);
    }
    vstring_sprintf_append(transcript, "< %.*s\n", (int) strcspn(reply, "\n"),
			   reply);
    return (resp);
}

 /*
  * The content and SASL.
  */
int     smtp_data_send(SMTP_STATE *st, int *io_error)
{
    vstring_strcat(transcript, "> [content]\n");
    *io_error = data_io_error;
    if (data_result < 0 && data_io_error == SMTP_IO_NONE)
	dsb_simple(st->why, "4.3.0", "unreadable mail queue entry");
    return (data_result);
}

int     smtp_sasl_auth(SMTP_STATE *st)
{
    vstring_strcat(transcript, "(auth)\n");
    if (sasl_result < 0)
	dsb_simple(st->why, "4.7.0", "SASL authentication failed; test");
    return (sasl_result);
}

 /*
  * The outcomes, with smtp_status(3)'s rules.
  */
static void report(SMTP_STATE *st, int n, int final)
{
    const char *status = vstring_str(st->why->status);

    if (st->rcpt_flags[n] & SMTP_RCPT_DONE)
	return;
    if (status[0] != '5' && !final) {
	vstring_sprintf_append(outcomes, "left %d: %s %s\n", n, status,
			       vstring_str(st->why->reason));
	return;
    }
    vstring_sprintf_append(outcomes, "%s %d: %s %s\n",
			   status[0] == '5' ? "bounce" : "defer", n, status,
			   vstring_str(st->why->reason));
    st->rcpt_flags[n] |= SMTP_RCPT_DONE;
    st->rcpt_left -= 1;
}

void    smtp_rcpt_done(SMTP_STATE *st, int n, const SMTP_RESP *resp)
{
    vstring_sprintf_append(outcomes, "sent %d: %s\n", n,
			   vstring_str(resp->str));
    st->rcpt_flags[n] |= SMTP_RCPT_DONE;
    st->rcpt_left -= 1;
}

void    smtp_rcpt_fail(SMTP_STATE *st, int n)
{
    report(st, n, st->final_server);
}

void    smtp_site_fail(SMTP_STATE *st)
{
    int     n;

    for (n = 0; n < st->request->rcpt_count; n++)
	report(st, n, st->final_server);
}

void    smtp_mesg_fail(SMTP_STATE *st)
{
    int     n;

    for (n = 0; n < st->request->rcpt_count; n++)
	if (st->rcpt_flags[n] & SMTP_RCPT_ACCEPTED)
	    report(st, n, st->final_server);
}

void    smtp_defer_all(SMTP_STATE *st)
{
    int     n;

    for (n = 0; n < st->request->rcpt_count; n++)
	report(st, n, 1);
}

void    smtp_reply_why(SMTP_STATE *st, const SMTP_RESP *resp,
		               const char *command)
{
    if (resp->code <= 0)
	st->session->error_mask |= SMTP_ERROR_PROTOCOL;
    dsb_formal(st->why, resp->code <= 0 ? "4.5.0" : resp->dsn,
	       vstring_str(resp->str), st->session->host,
	       "host %s said: %s (in reply to %s command)",
	       st->session->namaddr, vstring_str(resp->str), command);
}

void    smtp_io_why(SMTP_STATE *st, int io_error, const char *activity)
{
    dsb_simple(st->why, "4.4.2", "%s with %s %s %s",
	       io_error == SMTP_IO_TIME ? "conversation" : "lost connection",
	       st->session->namaddr,
	       io_error == SMTP_IO_TIME ? "timed out while" : "while",
	       activity);
}

/* setup - a request with recipients, a fresh session and settings */

static void setup(int lmtp, int features, int count)
{
    static char addrs[20][40];
    int     n;

    memset(&smtp_par, 0, sizeof(smtp_par));
    smtp_par.lmtp = lmtp;
    smtp_par.proto = lmtp ? "lmtp" : "smtp";
    smtp_par.helo_cmd = lmtp ? "LHLO" : "EHLO";
    smtp_par.helo_name = "client.example";
    smtp_par.always_send_ehlo = 1;
    smtp_par.skip_5xx_greeting = 1;
    smtp_par.skip_quit_response = 1;
    smtp_par.quote_rfc821_envelope = 1;
    smtp_par.discard_ehlo_keywords = "";
    smtp_par.discard_ehlo_keyword_address_maps = "";
    smtp_par.generic_maps = "";
    smtp_map_init();

    memset(&request, 0, sizeof(request));
    request.queue_id = "QID";
    request.sender = "s@example.com";
    request.encoding = "8bit";
    request.envelope_id = "";
    request.data_size = 1000;
    request.rcpt = rcpts;
    request.rcpt_count = count;
    for (n = 0; n < count; n++) {
	snprintf(addrs[n], sizeof(addrs[n]), "r%d@example.net", n);
	rcpts[n].address = addrs[n];
	rcpts[n].orig_addr = "";
	rcpts[n].dsn_orcpt = "";
	rcpts[n].dsn_notify = 0;
	flags[n] = 0;
    }
    memset(&session, 0, sizeof(session));
    strcpy(session.host, "mx.example");
    strcpy(session.addr, "192.0.2.1");
    strcpy(session.namaddr, "mx.example[192.0.2.1]");
    session.features = features;
    state.request = &request;
    state.session = &session;
    state.lmtp = lmtp;
    state.rcpt_flags = flags;
    state.rcpt_left = count;
    state.final_server = 0;
    dsb_reset(state.why);
    vstring_reset(transcript);
    vstring_reset(outcomes);
    vstring_reset(logged);
    script_pos = 0;
    script[0] = 0;
    data_result = 0;
    data_io_error = SMTP_IO_NONE;
    sasl_result = 0;
}

/* replies - the server's side of the conversation */

static void replies(const char *first,...)
{
    va_list ap;
    const char *cp;
    int     n = 0;

    va_start(ap, first);
    for (cp = first; cp != 0; cp = va_arg(ap, const char *))
	script[n++] = cp;
    va_end(ap);
    script[n] = 0;
    script_pos = 0;
}

#define TRANSCRIPT	vstring_str(transcript)
#define OUTCOMES	vstring_str(outcomes)

/* test_greeting - greeting and EHLO/HELO choices */

static void test_greeting(void)
{
    /* EHLO, features, the banner's ESMTP not needed by default. */
    setup(0, 0, 1);
    replies("220 mx.example", "250-mx.example\n250-PIPELINING\n250 SIZE 5000",
	    (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "< 220 mx.example\n> EHLO client.example\n"
		    "< 250-mx.example\n");
    UNIT_ASSERT_INT(session.features, SMTP_FEATURE_ESMTP
		    | SMTP_FEATURE_PIPELINING | SMTP_FEATURE_SIZE);
    UNIT_ASSERT_INT(session.size_limit, 5000);

    /* smtp_always_send_ehlo = no: EHLO only after an ESMTP banner. */
    setup(0, 0, 1);
    smtp_par.always_send_ehlo = 0;
    replies("220 mx.example", "250 mx.example", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "< 220 mx.example\n> HELO client.example\n"
		    "< 250 mx.example\n");
    UNIT_ASSERT_INT(session.features, 0);
    setup(0, 0, 1);
    smtp_par.always_send_ehlo = 0;
    replies("220 mx.example esmtp ready", "250 mx.example", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT(strstr(TRANSCRIPT, "> EHLO client.example\n") != 0);

    /* smtp_never_send_ehlo. */
    setup(0, 0, 1);
    smtp_par.never_send_ehlo = 1;
    replies("220 mx.example ESMTP", "250 mx.example", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT(strstr(TRANSCRIPT, "> HELO client.example\n") != 0);

    /* EHLO refused: HELO; but not after 421. */
    setup(0, 0, 1);
    replies("220 mx.example", "502 5.5.2 what", "250 mx.example", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "< 220 mx.example\n> EHLO client.example\n"
		    "< 502 5.5.2 what\n> HELO client.example\n"
		    "< 250 mx.example\n");
    setup(0, 0, 1);
    replies("220 mx.example", "421 4.3.2 bye", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES, "left 0: 4.3.2 host mx.example[192.0.2.1] "
		    "refused to talk to me: 421 4.3.2 bye\n");

    /* LMTP: always LHLO, no HELO after a refusal. */
    setup(1, 0, 1);
    state.final_server = 1;
    replies("220 lmtp.example", "500 5.5.1 no", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), -1);
    UNIT_ASSERT_STR(TRANSCRIPT, "< 220 lmtp.example\n> LHLO client.example\n"
		    "< 500 5.5.1 no\n");
    UNIT_ASSERT_STR(OUTCOMES, "bounce 0: 5.5.1 host mx.example[192.0.2.1] "
		    "refused to talk to me: 500 5.5.1 no\n");

    /* A cached session says nothing. */
    setup(0, SMTP_FEATURE_FROM_CACHE | SMTP_FEATURE_PIPELINING, 1);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "");
}

/* test_greeting_failures - refusals and broken connections */

static void test_greeting_failures(void)
{
    /* 5XX greeting: the next server, unless skipping is off. */
    setup(0, 0, 2);
    replies("554-mx.example\n554 5.7.1 go away", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES,
		    "left 0: 4.0.0 host mx.example[192.0.2.1] refused to talk "
		    "to me: 554-mx.example 554 5.7.1 go away\n"
		    "left 1: 4.0.0 host mx.example[192.0.2.1] refused to talk "
		    "to me: 554-mx.example 554 5.7.1 go away\n");
    setup(0, 0, 1);
    smtp_par.skip_5xx_greeting = 0;
    replies("554 5.7.1 go away", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES, "bounce 0: 5.7.1 host mx.example[192.0.2.1] "
		    "refused to talk to me: 554 5.7.1 go away\n");

    /* Lost connection, timeout, garbage. */
    setup(0, 0, 1);
    state.final_server = 1;
    replies("EOF", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES, "defer 0: 4.4.2 lost connection with "
		    "mx.example[192.0.2.1] while receiving the initial server "
		    "greeting\n");
    setup(0, 0, 1);
    state.final_server = 1;
    replies("220 ok", "TIME", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES, "defer 0: 4.4.2 conversation with "
		    "mx.example[192.0.2.1] timed out while performing the EHLO "
		    "handshake\n");
    setup(0, 0, 1);
    state.final_server = 1;
    replies("hello there", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), -1);
    UNIT_ASSERT(session.error_mask & SMTP_ERROR_PROTOCOL);
    UNIT_ASSERT_STR(OUTCOMES, "defer 0: 4.5.0 host mx.example[192.0.2.1] "
		    "refused to talk to me: hello there\n");

    /* SASL failure. */
    setup(0, 0, 1);
    smtp_par.sasl_auth_enable = 1;
    sasl_result = -1;
    replies("220 ok", "250-mx\n250 AUTH PLAIN", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), -1);
    UNIT_ASSERT(strstr(TRANSCRIPT, "(auth)\n") != 0);
    UNIT_ASSERT_STR(session.sasl_mechs, "PLAIN");
    UNIT_ASSERT_STR(OUTCOMES, "left 0: 4.7.0 SASL authentication failed; "
		    "test\n");
}

/* test_discard - EHLO keyword discarding */

static void test_discard(void)
{
    setup(0, 0, 1);
    smtp_par.discard_ehlo_keywords = "pipelining, silent-discard";
    replies("220 ok", "250-mx\n250-PIPELINING\n250 DSN", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT_INT(session.features, SMTP_FEATURE_ESMTP | SMTP_FEATURE_DSN);
    UNIT_ASSERT_STR(vstring_str(logged), "");

    setup(0, 0, 1);
    smtp_par.discard_ehlo_keywords = "pipelining";
    smtp_par.discard_ehlo_keyword_address_maps =
	"inline:{ {192.0.2.1 = dsn starttls} }";
    smtp_map_init();
    replies("220 ok", "250-mx\n250-PIPELINING\n250 DSN", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT_INT(session.features,
		    SMTP_FEATURE_ESMTP | SMTP_FEATURE_PIPELINING);
    UNIT_ASSERT_STR(vstring_str(logged),
		    "discarding EHLO keywords: DSN STARTTLS\n");

    /* Another address: the main.cf list. */
    strcpy(session.addr, "192.0.2.2");
    vstring_reset(logged);
    replies("220 ok", "250-mx\n250-PIPELINING\n250 DSN", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT_INT(session.features, SMTP_FEATURE_ESMTP | SMTP_FEATURE_DSN);
    UNIT_ASSERT_STR(vstring_str(logged),
		    "discarding EHLO keywords: PIPELINING\n");
}

/* test_plain_xfer - one command at a time */

static void test_plain_xfer(void)
{
    setup(0, SMTP_FEATURE_ESMTP, 3);
    state.final_server = 1;
    replies("250 2.1.0 ok", "250 2.1.5 ok", "550 5.1.1 no such user",
	    "450 4.2.0 later", "354 go", "250 2.0.0 queued as X", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT,
		    "> MAIL FROM:<s@example.com>\n< 250 2.1.0 ok\n"
		    "> RCPT TO:<r0@example.net>\n< 250 2.1.5 ok\n"
		    "> RCPT TO:<r1@example.net>\n< 550 5.1.1 no such user\n"
		    "> RCPT TO:<r2@example.net>\n< 450 4.2.0 later\n"
		    "> DATA\n< 354 go\n> [content]\n> .\n"
		    "< 250 2.0.0 queued as X\n");
    UNIT_ASSERT_STR(OUTCOMES,
		    "bounce 1: 5.1.1 host mx.example[192.0.2.1] said: 550 5.1.1 "
		    "no such user (in reply to RCPT TO command)\n"
		    "defer 2: 4.2.0 host mx.example[192.0.2.1] said: 450 4.2.0 "
		    "later (in reply to RCPT TO command)\n"
		    "sent 0: 250 2.0.0 queued as X\n");
    UNIT_ASSERT_INT(state.rcpt_left, 0);
    UNIT_ASSERT_INT(session.may_cache, 1);

    /* Every recipient refused: no DATA, and the session is not clean. */
    setup(0, SMTP_FEATURE_ESMTP, 1);
    replies("250 ok", "550 5.1.1 no", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "> MAIL FROM:<s@example.com>\n< 250 ok\n"
		    "> RCPT TO:<r0@example.net>\n< 550 5.1.1 no\n");
    UNIT_ASSERT_INT(session.may_cache, 0);

    /* MAIL FROM refused: nothing more, and no transaction is open. */
    setup(0, SMTP_FEATURE_ESMTP, 2);
    replies("553 5.1.8 bad sender", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "> MAIL FROM:<s@example.com>\n"
		    "< 553 5.1.8 bad sender\n");
    UNIT_ASSERT_STR(OUTCOMES,
		    "bounce 0: 5.1.8 host mx.example[192.0.2.1] said: 553 5.1.8 "
		    "bad sender (in reply to MAIL FROM command)\n"
		    "bounce 1: 5.1.8 host mx.example[192.0.2.1] said: 553 5.1.8 "
		    "bad sender (in reply to MAIL FROM command)\n");
    UNIT_ASSERT_INT(session.may_cache, 1);

    /* DATA refused. */
    setup(0, SMTP_FEATURE_ESMTP, 1);
    replies("250 ok", "250 ok", "554 5.5.1 no valid recipients", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(OUTCOMES,
		    "bounce 0: 5.5.1 host mx.example[192.0.2.1] said: 554 5.5.1 "
		    "no valid recipients (in reply to DATA command)\n");

    /* Refused after the content. */
    setup(0, SMTP_FEATURE_ESMTP, 1);
    replies("250 ok", "250 ok", "354 go", "452 4.3.1 full", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(OUTCOMES,
		    "left 0: 4.3.1 host mx.example[192.0.2.1] said: 452 4.3.1 "
		    "full (in reply to end of DATA command)\n");
}

/* test_pipelined - groups of commands, replies in order */

static void test_pipelined(void)
{
    setup(0, SMTP_FEATURE_ESMTP | SMTP_FEATURE_PIPELINING, 2);
    replies("250 ok", "250 ok", "550 5.1.1 no", "354 go", "250 2.0.0 queued",
	    (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT,
		    "> MAIL FROM:<s@example.com>\n"
		    "> RCPT TO:<r0@example.net>\n"
		    "> RCPT TO:<r1@example.net>\n"
		    "> DATA\n"
		    "< 250 ok\n< 250 ok\n< 550 5.1.1 no\n< 354 go\n"
		    "> [content]\n> .\n< 250 2.0.0 queued\n");
    UNIT_ASSERT_STR(OUTCOMES,
		    "bounce 1: 5.1.1 host mx.example[192.0.2.1] said: 550 5.1.1 "
		    "no (in reply to RCPT TO command)\n"
		    "sent 0: 250 2.0.0 queued\n");

    /* MAIL refused: the other replies are read, nothing else sent. */
    setup(0, SMTP_FEATURE_ESMTP | SMTP_FEATURE_PIPELINING, 1);
    replies("451 4.3.0 try later", "503 5.5.1 MAIL first",
	    "503 5.5.1 MAIL first", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "> MAIL FROM:<s@example.com>\n"
		    "> RCPT TO:<r0@example.net>\n> DATA\n"
		    "< 451 4.3.0 try later\n< 503 5.5.1 MAIL first\n"
		    "< 503 5.5.1 MAIL first\n");
    UNIT_ASSERT_STR(OUTCOMES,
		    "left 0: 4.3.0 host mx.example[192.0.2.1] said: 451 4.3.0 "
		    "try later (in reply to MAIL FROM command)\n");
    UNIT_ASSERT_INT(session.may_cache, 1);

    /* A server that takes DATA without a recipient: hang up. */
    setup(0, SMTP_FEATURE_ESMTP | SMTP_FEATURE_PIPELINING, 1);
    state.final_server = 1;
    replies("250 ok", "550 5.1.1 no", "354 go", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), -1);
    UNIT_ASSERT(strstr(TRANSCRIPT, "[content]") == 0);
    UNIT_ASSERT(session.error_mask & SMTP_ERROR_PROTOCOL);
    UNIT_ASSERT_STR(vstring_str(logged), "warning: QID: host "
		    "mx.example[192.0.2.1] accepted DATA without a valid "
		    "recipient: closing the connection\n");

    /* Many recipients: groups of at most 4096 bytes. */
    {
	const char *cp;
	const char *first_reply;
	int     n;

	setup(0, SMTP_FEATURE_ESMTP | SMTP_FEATURE_PIPELINING, 20);
	for (n = 0; n < 20; n++)
	    rcpts[n].address = "a-rather-long-recipient-address-to-fill-"
		"the-pipeline-window-faster-than-usual-this-is-long@"
		"example.net.example.net.example.net.example.net."
		"example.net.example.net.example.net.example.net."
		"example.net.example.net.example.net.example.net";
	for (n = 0; n < 21; n++)
	    script[n] = "250 ok";
	script[21] = "354 go";
	script[22] = "250 queued";
	script[23] = 0;
	UNIT_ASSERT_INT(smtp_xfer(&state), 0);
	first_reply = strstr(TRANSCRIPT, "< ");
	UNIT_ASSERT(first_reply != 0);
	UNIT_ASSERT(first_reply - TRANSCRIPT > 2000);
	UNIT_ASSERT(first_reply - TRANSCRIPT <= 4096 + 2 * 20);
	cp = strstr(first_reply, "> RCPT");
	UNIT_ASSERT(cp != 0);
	UNIT_ASSERT_INT(state.rcpt_left, 0);
    }
}

/* test_lmtp - one reply per accepted recipient */

static void test_lmtp(void)
{
    setup(1, SMTP_FEATURE_ESMTP | SMTP_FEATURE_PIPELINING, 4);
    state.final_server = 1;
    replies("250 ok", "250 ok", "550 5.1.1 unknown", "250 ok", "250 ok",
	    "354 go", "250 2.0.0 r0 ok", "452 4.2.2 r2 over quota", "EOF",
	    (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES,
		    "bounce 1: 5.1.1 host mx.example[192.0.2.1] said: 550 5.1.1 "
		    "unknown (in reply to RCPT TO command)\n"
		    "sent 0: 250 2.0.0 r0 ok\n"
		    "defer 2: 4.2.2 host mx.example[192.0.2.1] said: 452 4.2.2 "
		    "r2 over quota (in reply to end of DATA command)\n"
		    "defer 3: 4.4.2 lost connection with mx.example[192.0.2.1] "
		    "while sending end of data -- message may be sent more than "
		    "once\n");
    UNIT_ASSERT_INT(session.may_cache, 0);

    setup(1, SMTP_FEATURE_ESMTP, 2);
    replies("250 ok", "250 ok", "250 ok", "354 go", "250 a", "250 b",
	    (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(OUTCOMES, "sent 0: 250 a\nsent 1: 250 b\n");
    UNIT_ASSERT_INT(session.may_cache, 1);
}

/* test_xfer_failures - broken connections and garbage */

static void test_xfer_failures(void)
{
    setup(0, SMTP_FEATURE_ESMTP, 2);
    state.final_server = 1;
    replies("250 ok", "250 ok", "EOF", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES,
		    "defer 0: 4.4.2 lost connection with mx.example[192.0.2.1] "
		    "while sending RCPT TO\n"
		    "defer 1: 4.4.2 lost connection with mx.example[192.0.2.1] "
		    "while sending RCPT TO\n");

    setup(0, SMTP_FEATURE_ESMTP, 1);
    state.final_server = 1;
    replies("250 ok", "250 ok", "TIME", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES, "defer 0: 4.4.2 conversation with "
		    "mx.example[192.0.2.1] timed out while sending DATA "
		    "command\n");

    setup(0, SMTP_FEATURE_ESMTP, 1);
    state.final_server = 1;
    data_result = -1;
    data_io_error = SMTP_IO_ERR;
    replies("250 ok", "250 ok", "354 go", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), -1);
    UNIT_ASSERT(strstr(TRANSCRIPT, "> .") == 0);
    UNIT_ASSERT_STR(OUTCOMES, "defer 0: 4.4.2 lost connection with "
		    "mx.example[192.0.2.1] while sending message body\n");

    /* A queue file problem: no final dot either. */
    setup(0, SMTP_FEATURE_ESMTP, 1);
    data_result = -1;
    replies("250 ok", "250 ok", "354 go", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), -1);
    UNIT_ASSERT(strstr(TRANSCRIPT, "> .") == 0);
    UNIT_ASSERT_STR(OUTCOMES, "left 0: 4.3.0 unreadable mail queue entry\n");

    setup(0, SMTP_FEATURE_ESMTP, 1);
    state.final_server = 1;
    replies("250 ok", "250 ok", "354 go", "EOF", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), -1);
    UNIT_ASSERT_STR(OUTCOMES, "defer 0: 4.4.2 lost connection with "
		    "mx.example[192.0.2.1] while sending end of data -- message "
		    "may be sent more than once\n");

    /* A malformed reply: 4.5.0, the session ends. */
    setup(0, SMTP_FEATURE_ESMTP, 2);
    state.final_server = 1;
    replies("250 ok", "25O ok", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), -1);
    UNIT_ASSERT(session.error_mask & SMTP_ERROR_PROTOCOL);
    UNIT_ASSERT_STR(OUTCOMES,
		    "defer 0: 4.5.0 host mx.example[192.0.2.1] said: 25O ok "
		    "(in reply to RCPT TO command)\n"
		    "defer 1: 4.5.0 host mx.example[192.0.2.1] said: 25O ok "
		    "(in reply to RCPT TO command)\n");
}

/* test_checks - size and SMTPUTF8 before anything is sent */

static void test_checks(void)
{
    setup(0, SMTP_FEATURE_ESMTP | SMTP_FEATURE_SIZE, 1);
    session.size_limit = 999;
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "");
    UNIT_ASSERT_STR(OUTCOMES, "bounce 0: 5.3.4 message size 1000 exceeds "
		    "size limit 999 of server mx.example[192.0.2.1]\n");
    UNIT_ASSERT_INT(session.may_cache, 1);

    /* The limit itself is fine, and so is no limit. */
    setup(0, SMTP_FEATURE_ESMTP | SMTP_FEATURE_SIZE, 1);
    session.size_limit = 1000;
    replies("250 ok", "250 ok", "354 go", "250 ok", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT(strstr(TRANSCRIPT, "> MAIL FROM:<s@example.com> SIZE=1000 "
		       "BODY=8BITMIME\n") == 0);
    UNIT_ASSERT(strstr(TRANSCRIPT, "> MAIL FROM:<s@example.com> SIZE=1000\n")
		!= 0);

    setup(0, SMTP_FEATURE_ESMTP, 1);
    request.sendopts = SMTPUTF8_FLAG_REQUESTED | SMTPUTF8_FLAG_HEADER;
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(OUTCOMES, "bounce 0: 5.6.7 SMTPUTF8 is required, but was "
		    "not offered by host mx.example[192.0.2.1]\n");

    setup(0, SMTP_FEATURE_ESMTP, 1);
    request.sendopts = SMTPUTF8_FLAG_REQUESTED;
    replies("250 ok", "250 ok", "354 go", "250 ok", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT(strstr(TRANSCRIPT, "> MAIL FROM:<s@example.com>\n") != 0);
    UNIT_ASSERT_STR(OUTCOMES, "sent 0: 250 ok\n");

    /* Nothing left to do. */
    setup(0, SMTP_FEATURE_ESMTP, 1);
    state.rcpt_left = 0;
    flags[0] = SMTP_RCPT_DONE;
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "");
}

/* test_generic_envelope - smtp_generic_maps on MAIL FROM and RCPT TO */

static void test_generic_envelope(void)
{
    setup(0, SMTP_FEATURE_ESMTP, 2);
    smtp_par.generic_maps = "inline:{ s@example.com=public@example.org,"
	" {r1@example.net = odd name@example.org} }";
    smtp_map_init();
    flags[0] = SMTP_RCPT_DONE;
    state.rcpt_left = 1;
    replies("250 ok", "250 ok", "354 go", "250 ok", (char *) 0);
    UNIT_ASSERT_INT(smtp_xfer(&state), 0);
    UNIT_ASSERT(strstr(TRANSCRIPT, "> MAIL FROM:<public@example.org>\n"
		       "< 250 ok\n> RCPT TO:<\"odd name\"@example.org>\n") != 0);
    UNIT_ASSERT_STR(OUTCOMES, "sent 1: 250 ok\n");
}

/* test_rset_quit - the end of a transaction or a session */

static void test_rset_quit(void)
{
    setup(0, SMTP_FEATURE_ESMTP, 1);
    replies("250 ok", "500 what", (char *) 0);
    UNIT_ASSERT_INT(smtp_rset(&state), 0);
    session.may_cache = 1;
    UNIT_ASSERT_INT(smtp_rset(&state), -1);
    UNIT_ASSERT_INT(session.may_cache, 0);

    setup(0, SMTP_FEATURE_ESMTP, 1);
    UNIT_ASSERT_INT(smtp_quit(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "> QUIT\n(flush)\n");
    setup(0, SMTP_FEATURE_ESMTP, 1);
    smtp_par.skip_quit_response = 0;
    replies("221 bye", (char *) 0);
    UNIT_ASSERT_INT(smtp_quit(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "> QUIT\n< 221 bye\n");
    setup(0, SMTP_FEATURE_ESMTP, 1);
    smtp_par.skip_quit_response = 0;
    UNIT_ASSERT_INT(smtp_quit(&state), -1);
}

/* test_helo_name - a bad helo name */

static void test_helo_name(void)
{
    setup(0, 0, 1);
    smtp_par.helo_name = "bad name";
    replies("220 ok", "250 ok", (char *) 0);
    UNIT_ASSERT_INT(smtp_helo(&state), 0);
    UNIT_ASSERT_STR(TRANSCRIPT, "< 220 ok\n> EHLO host.example\n< 250 ok\n");
    UNIT_ASSERT_STR(vstring_str(logged), "warning: bad smtp_helo_name value "
		    "\"bad name\": using \"host.example\"\n");
}

int     main(void)
{
    transcript = vstring_alloc(1000);
    outcomes = vstring_alloc(1000);
    logged = vstring_alloc(1000);
    fake_resp.str = vstring_alloc(100);
    state.why = dsb_create();
    msg_output(capture);
    mail_conf_update("myhostname", "host.example");
    mail_params_init(params_common);

    UNIT_RUN(test_helo_name);
    UNIT_RUN(test_greeting);
    UNIT_RUN(test_greeting_failures);
    UNIT_RUN(test_discard);
    UNIT_RUN(test_plain_xfer);
    UNIT_RUN(test_pipelined);
    UNIT_RUN(test_lmtp);
    UNIT_RUN(test_xfer_failures);
    UNIT_RUN(test_checks);
    UNIT_RUN(test_generic_envelope);
    UNIT_RUN(test_rset_quit);
    return (UNIT_SUMMARY());
}
