/*++
/* NAME
/*	smtp_chat 3
/* SUMMARY
/*	commands and replies on the session's connection
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	void	smtp_chat_cmd(session, format, ...)
/*	SMTP_SESSION *session;
/*	const char *format;
/*
/*	int	smtp_chat_flush(session)
/*	SMTP_SESSION *session;
/*
/*	SMTP_RESP *smtp_chat_resp(session)
/*	SMTP_SESSION *session;
/*
/*	void	smtp_chat_deadline(session, seconds)
/*	SMTP_SESSION *session;
/*	int	seconds;
/*
/*	void	smtp_chat_timeout(session, seconds)
/*	SMTP_SESSION *session;
/*	int	seconds;
/*
/*	void	smtp_chat_reset(session)
/*	SMTP_SESSION *session;
/*
/*	void	smtp_chat_notify(session)
/*	SMTP_SESSION *session;
/* DESCRIPTION
/*	smtp_chat_cmd() formats one command line into a static buffer
/*	and queues it, with CRLF, on session->stream without flushing.
/*	It is appended to session->transcript as "Out: COMMAND" and,
/*	when session->debug is set, logged as "> host[addr]: COMMAND".
/*
/*	A command line is at most SMTP_CHAT_CMD_LIMIT (1000) bytes
/*	before the CRLF: RFC 5321 allows 512 bytes, plus what the
/*	extensions we use add (SIZE, BODY, SMTPUTF8, NOTIFY, and an
/*	ORCPT of an xtext-encoded address). A longer command, or one
/*	that holds a CR or LF, can only come from an address that the
/*	layers before us should have refused, or from a bug. It is not
/*	sent: cut short it could name another recipient, and a line
/*	break would let the address inject commands. Instead a warning
/*	is logged, error_mask gets SMTP_ERROR_SOFTWARE, and the stream
/*	is marked as failed for writing (errno EMSGSIZE), so that the
/*	next smtp_chat_flush() or smtp_chat_resp() reports SMTP_IO_ERR
/*	and the caller gives up the session (the mail is deferred).
/*
/*	The process has one reply buffer, made on first use with
/*	smtp_reply_create() and kept in this module (SMTP_SESSION has
/*	no field for it): smtp_chat_resp() and smtp_chat_flush() always
/*	use that one, and smtp_chat_resp() returns it, so that the
/*	caller can keep the pointer in state->resp.
/*
/*	smtp_chat_flush() writes out the queued commands. It returns 0,
/*	or -1 after a write error or time-out; then the reply buffer
/*	says what happened: code -1, io_error SMTP_IO_TIME or
/*	SMTP_IO_ERR, no text.
/*
/*	smtp_chat_resp() flushes as smtp_chat_flush() does (a failure
/*	is returned as that reply), then reads one reply with
/*	smtp_reply_read() within the stream's current time limits. Each
/*	line that arrived, also of an incomplete reply, goes to the
/*	transcript as "In:  LINE" and, with debug, to the log as
/*	"< host[addr]: LINE".
/*
/*	smtp_chat_deadline() sets one time limit, seconds from now, for
/*	all I/O on the session until it is set again, and removes the
/*	per-I/O timeout. smtp_chat_timeout() sets a limit for each
/*	single read or write instead, and removes the deadline.
/*	seconds <= 0 removes the limit.
/*
/*	The transcript is a fixed-capacity string (smtp_session(3)):
/*	when it is full, the rest of the session is left out, and the
/*	notice says so. smtp_chat_reset() empties it.
/*
/*	smtp_chat_notify() looks at session->error_mask. When it holds
/*	a class that notify_classes lists ("protocol", "software",
/*	"resource"; the other classes of that parameter are the bounce
/*	service's), it posts a notice through cleanup(8), as the bounce
/*	service posts its notices: envelope sender double_bounce_sender
/*	(a notice that bounces is dropped, never bounced again),
/*	recipient error_notice_recipient, the headers
/* .nf
/*	    From: Mail Delivery System <MAILER-DAEMON@$myhostname>
/*	    To: Postmaster <$error_notice_recipient>
/*	    Subject: $mail_name SMTP client: errors from host[addr]
/*	    Auto-Submitted: auto-generated
/* .fi
/*	("LMTP client" in LMTP mode), a short explanation with the
/*	classes, and the transcript; then it empties the transcript.
/*	In any case it clears error_mask (a notice that cleanup did not
/*	take is not tried again; the transcript then stays).
/* DIAGNOSTICS
/*	Warnings: a command that is not sent; a notice that cleanup
/*	did not accept.
/* SEE ALSO
/*	smtp_reply(3), cleanup_client(3h)
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <msg.h>
#include <name_mask.h>
#include <vstream.h>
#include <vstring.h>
#include <stringops.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <record.h>
#include <rec_type.h>
#include <cleanup_client.h>
#include <cleanup_user.h>

#include "smtp.h"
#include "smtp_params.h"

#define SMTP_CHAT_CMD_LIMIT	1000	/* command bytes, without CRLF */
#define SMTP_CHAT_SHOW_MAX	100	/* command text in a warning */

static SMTP_RESP *smtp_chat_buf;	/* the process's reply buffer */
static char smtp_chat_cmd_buf[SMTP_CHAT_CMD_LIMIT + 1];
static int smtp_chat_classes = -1;	/* notify_classes as SMTP_ERROR_* */

 /*
  * The notify_classes names that concern this client.
  */
static const NAME_MASK smtp_chat_class_names[] = {
    {"protocol", SMTP_ERROR_PROTOCOL},
    {"software", SMTP_ERROR_SOFTWARE},
    {"resource", SMTP_ERROR_RESOURCE},
    {0, 0},
};

/* smtp_chat_buffer - the one reply buffer */

static SMTP_RESP *smtp_chat_buffer(void)
{
    if (smtp_chat_buf == 0)
	smtp_chat_buf = smtp_reply_create();
    return (smtp_chat_buf);
}

/* smtp_chat_append - one transcript line, printable */

static void smtp_chat_append(SMTP_SESSION *session, const char *prefix,
			             const char *text, size_t len)
{
    VSTRING *tp = session->transcript;
    size_t  n;
    unsigned char ch;

    if (vstring_overflowed(tp))
	return;
    vstring_strcat(tp, prefix);
    for (n = 0; n < len; n++) {
	ch = (unsigned char) text[n];
	vstring_addch(tp, ch >= 0x20 && ch < 0x7f ? ch : '?');
    }
    vstring_addch(tp, '\n');
}

/* smtp_chat_cmd - queue one command */

void    smtp_chat_cmd(SMTP_SESSION *session, const char *fmt,...)
{
    char   *cmd = smtp_chat_cmd_buf;
    va_list ap;
    int     len;
    const char *problem = 0;

    va_start(ap, fmt);
    len = vsnprintf(cmd, sizeof(smtp_chat_cmd_buf), fmt, ap);
    va_end(ap);
    if (len < 0 || len > SMTP_CHAT_CMD_LIMIT)
	problem = "longer than 1000 bytes";
    else if (strpbrk(cmd, "\r\n") != 0)
	problem = "line break in command";
    if (problem) {
	if (len < 0)
	    cmd[0] = 0;
	else if (len > SMTP_CHAT_SHOW_MAX)
	    cmd[SMTP_CHAT_SHOW_MAX] = 0;
	msg_warn("%s: command not sent: %s: %s%s", session->namaddr,
		 problem, printable(cmd, '?'),
		 len > SMTP_CHAT_SHOW_MAX ? "..." : "");
	session->error_mask |= SMTP_ERROR_SOFTWARE;
	errno = EMSGSIZE;
	vstream_io_error(session->stream, VSTREAM_FLAG_WERR);
	return;
    }
    if (session->debug)
	msg_info("> %s: %s", session->namaddr, cmd);
    smtp_chat_append(session, "Out: ", cmd, len);
    (void) vstream_fwrite(session->stream, cmd, len);
    (void) vstream_fwrite(session->stream, "\r\n", 2);
}

/* smtp_chat_flush - write out queued commands */

int     smtp_chat_flush(SMTP_SESSION *session)
{
    SMTP_RESP *resp;

    if (vstream_fflush(session->stream) == 0)
	return (0);
    resp = smtp_chat_buffer();
    vstring_reset(resp->str);
    resp->code = -1;
    resp->io_error = (vstream_ftimeout(session->stream) ?
		      SMTP_IO_TIME : SMTP_IO_ERR);
    resp->lines = 0;
    resp->text = vstring_str(resp->str);
    (void) dsn_from_reply(resp->dsn, -1);
    return (-1);
}

/* smtp_chat_resp - flush, read one reply, transcribe it */

SMTP_RESP *smtp_chat_resp(SMTP_SESSION *session)
{
    SMTP_RESP *resp = smtp_chat_buffer();
    const char *line;
    const char *end;
    const char *next;

    if (smtp_chat_flush(session) < 0)
	return (resp);
    (void) smtp_reply_read(session->stream, resp);
    for (line = vstring_str(resp->str); *line; line = next) {
	if ((end = strchr(line, '\n')) != 0) {
	    next = end + 1;
	} else {
	    end = line + strlen(line);
	    next = end;
	}
	smtp_chat_append(session, "In:  ", line, end - line);
	if (session->debug)
	    msg_info("< %s: %.*s", session->namaddr, (int) (end - line), line);
    }
    return (resp);
}

/* smtp_chat_deadline - one time limit for everything from now on */

void    smtp_chat_deadline(SMTP_SESSION *session, int seconds)
{
    vstream_set_timeout(session->stream, 0);
    vstream_set_deadline(session->stream, seconds);
}

/* smtp_chat_timeout - a time limit for each read or write */

void    smtp_chat_timeout(SMTP_SESSION *session, int seconds)
{
    vstream_set_deadline(session->stream, 0);
    vstream_set_timeout(session->stream, seconds);
}

/* smtp_chat_reset - start a new transcript */

void    smtp_chat_reset(SMTP_SESSION *session)
{
    vstring_reset(session->transcript);
}

/* smtp_chat_post - the notice through cleanup */

static int smtp_chat_post(SMTP_SESSION *session, int classes)
{
    CLEANUP_CLIENT cc;
    VSTREAM *out;
    const char *text = vstring_str(session->transcript);
    const char *end;
    char    reason[200];
    int     status;
    int     n;

    if (cleanup_client_open(&cc, MAIL_CLASS_PUBLIC,
			    CLEANUP_FLAG_MASK_INTERNAL | CLEANUP_FLAG_SRC_NOTIFY,
			    var_ipc_timeout) < 0)
	return (-1);
    out = CLEANUP_CLIENT_STREAM(&cc);
    (void) rec_fputs(out, REC_TYPE_FROM, var_double_bounce_sender);
    (void) rec_fputs(out, REC_TYPE_RCPT, var_error_notice_recipient);
    (void) rec_fputs(out, REC_TYPE_MESG, "");
    (void) rec_fprintf(out, REC_TYPE_NORM,
		       "From: Mail Delivery System <MAILER-DAEMON@%s>",
		       var_myhostname);
    (void) rec_fprintf(out, REC_TYPE_NORM, "To: Postmaster <%s>",
		       var_error_notice_recipient);
    (void) rec_fprintf(out, REC_TYPE_NORM,
		       "Subject: %s %s client: errors from %s",
		       var_mail_name, smtp_par.lmtp ? "LMTP" : "SMTP",
		       session->namaddr);
    (void) rec_fputs(out, REC_TYPE_NORM, "Auto-Submitted: auto-generated");
    (void) rec_fputs(out, REC_TYPE_NORM, "");
    (void) rec_fprintf(out, REC_TYPE_NORM,
		       "This is the mail system at host %s.", var_myhostname);
    (void) rec_fputs(out, REC_TYPE_NORM, "");
    (void) rec_fprintf(out, REC_TYPE_NORM,
		       "The %s client met errors of a class that notify_classes",
		       smtp_par.lmtp ? "LMTP" : "SMTP");
    (void) rec_fprintf(out, REC_TYPE_NORM,
		       "asks to report, in its session with %s:",
		       session->namaddr);
    for (n = 0; smtp_chat_class_names[n].name; n++)
	if (classes & smtp_chat_class_names[n].mask)
	    (void) rec_fprintf(out, REC_TYPE_NORM, "    %s",
			       smtp_chat_class_names[n].name);
    (void) rec_fputs(out, REC_TYPE_NORM, "");
    (void) rec_fputs(out, REC_TYPE_NORM,
		     "Transcript of the session (Out: sent, In: received):");
    (void) rec_fputs(out, REC_TYPE_NORM, "");
    for (; *text; text = (*end ? end + 1 : end)) {
	end = text + strcspn(text, "\n");
	(void) rec_put(out, REC_TYPE_NORM, text, end - text);
    }
    if (vstring_overflowed(session->transcript))
	(void) rec_fputs(out, REC_TYPE_NORM,
			 "(the rest of the session did not fit)");
    (void) rec_fputs(out, REC_TYPE_XTRA, "");
    if (rec_fputs(out, REC_TYPE_END, "") != REC_TYPE_END
	|| vstream_ferror(out)) {
	msg_warn("error writing to %s service", var_cleanup_service_name);
	cleanup_client_abort(&cc);
	return (-1);
    }
    status = cleanup_client_finish(&cc, reason, sizeof(reason));
    if (status != CLEANUP_STAT_OK) {
	msg_warn("notice of errors from %s not posted: %s",
		 session->namaddr, reason);
	return (-1);
    }
    return (0);
}

/* smtp_chat_notify - tell the postmaster about errors */

void    smtp_chat_notify(SMTP_SESSION *session)
{
    int     classes;

    if (smtp_chat_classes < 0)
	smtp_chat_classes = name_mask(VAR_NOTIFY_CLASSES,
				      smtp_chat_class_names,
				      var_notify_classes, 0);
    classes = session->error_mask & smtp_chat_classes;
    session->error_mask = 0;
    if (classes != 0 && smtp_chat_post(session, classes) == 0)
	smtp_chat_reset(session);
}
