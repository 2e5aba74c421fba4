/*++
/* NAME
/*	sendmail_smtp 3
/* SUMMARY
/*	sendmail -bs: SMTP on standard input and output
/* SYNOPSIS
/*	#include "sendmail.h"
/*
/*	int	sendmail_smtp(defaults, config_dir)
/*	const SENDMAIL_ENV *defaults;
/*	const char *config_dir;
/* DESCRIPTION
/*	sendmail_smtp() holds an RFC 5321 dialog with a local program on
/*	standard input and output, and submits each message through
/*	postdrop(1) as a sendmail call does. The session is an explicit
/*	state machine: START (no transaction), MAIL (sender known), RCPT
/*	(at least one recipient); DATA moves back to START.
/*
/*	Commands: HELO, EHLO (PIPELINING, SIZE, 8BITMIME, DSN,
/*	SMTPUTF8 with smtputf8_enable, ENHANCEDSTATUSCODES), MAIL FROM
/*	with SIZE, BODY, RET, ENVID and SMTPUTF8, RCPT TO with NOTIFY
/*	and ORCPT, DATA (dot-unstuffing; a line
/*	longer than $line_length_limit continues in the next record),
/*	RSET, NOOP, VRFY (252), HELP, QUIT. Input lines end in LF or
/*	CRLF. A MAIL FROM without DSN options takes the full name of
/*	the user (defaults).
/*
/*	ORCPT=addr-type;xtext (RFC 3461) is decoded and kept as the
/*	recipient's DSN original recipient ("rfc822;user@example.com"),
/*	which delivery status notifications show as Original-Recipient.
/*	It must decode to printable text of at most 500 bytes with a
/*	non-empty type made of letters, digits and '-', a ';' and a
/*	non-empty address; otherwise, or when NOTIFY or ORCPT comes
/*	twice, the command gets 501 and the recipient is not taken.
/*
/*	MAIL FROM with SMTPUTF8 (RFC 6531; refused as an unsupported
/*	option when smtputf8_enable is off) makes the message ask for
/*	SMTPUTF8 delivery: an "smtputf8" attribute with the REQUESTED
/*	bit goes with it to cleanup(8), which adds the places where it
/*	finds non-ASCII text. With strict_smtputf8, a MAIL FROM or RCPT
/*	TO address with a byte above 127 in a transaction without
/*	SMTPUTF8 gets "553 5.6.7 Must declare SMTPUTF8 to send unicode
/*	address".
/*
/*	The result is the exit status: EX_OK after QUIT or end of input.
/* DIAGNOSTICS
/*	SMTP replies; a message that cannot be queued gets 451 (try
/*	again) or 554.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <string.h>
#include <stdlib.h>
#include <sysexits.h>

#include <msg.h>
#include <mymalloc.h>
#include <argv.h>
#include <vstring.h>
#include <vstream.h>
#include <stringops.h>
#include <record.h>
#include <mail_params.h>
#include <cleanup_user.h>
#include <smtp_cmd_parse.h>
#include <smtputf8.h>
#include "sendmail.h"

typedef enum {
    SMTP_STATE_START,			/* no transaction */
    SMTP_STATE_MAIL,			/* after MAIL FROM */
    SMTP_STATE_RCPT,			/* after a RCPT TO */
} SMTP_STATE;

typedef struct SMTP_SESSION {
    SMTP_STATE state;
    SENDMAIL_ENV env;			/* this transaction's envelope */
    const SENDMAIL_ENV *defaults;	/* from the command line */
    VSTRING *sender;
    VSTRING *envid;
    ARGV   *rcpt;			/* notify, orcpt, address per rcpt */
    VSTRING *orcpt;			/* decoded ORCPT */
    VSTRING *line;
    VSTRING *addr;
    const char *config_dir;
} SMTP_SESSION;

#define SMTP_LINE_MAX	4096		/* longest command line */
#define SMTP_ORCPT_MAX	500		/* RFC 3461 section 4.2 */

/* smtp_reply - one reply line */

static void PRINTFLIKE(1, 2) smtp_reply(const char *fmt,...)
{
    va_list ap;

    va_start(ap, fmt);
    vstream_vfprintf(vstream_out, fmt, ap);
    va_end(ap);
    vstream_fputs("\r\n", vstream_out);
    vstream_fflush(vstream_out);
}

/* smtp_get - one input line, CR LF removed; -1 at end; 1 if cut short */

static int smtp_get(VSTRING *line, size_t limit)
{
    int     ch;

    vstring_reset(line);
    while ((ch = VSTREAM_GETC(vstream_in)) != VSTREAM_EOF && ch != '\n') {
	vstring_addch(line, ch);
	if (VSTRING_LEN(line) >= limit)
	    return (1);
    }
    if (ch == VSTREAM_EOF && VSTRING_LEN(line) == 0)
	return (-1);
    if (VSTRING_LEN(line) > 0 && vstring_end(line)[-1] == '\r')
	vstring_truncate(line, VSTRING_LEN(line) - 1);
    return (0);
}

/* smtp_reset - forget the transaction */

static void smtp_reset(SMTP_SESSION *sess)
{
    sess->state = SMTP_STATE_START;
    sess->env = *sess->defaults;
    argv_truncate(sess->rcpt, 0);
}

/* smtp_utf8_refused - strict_smtputf8: a non-ASCII address needs SMTPUTF8 */

static int smtp_utf8_refused(SMTP_SESSION *sess)
{
    const unsigned char *cp;

    if (!var_strict_smtputf8 || sess->env.smtputf8)
	return (0);
    for (cp = (unsigned char *) vstring_str(sess->addr); *cp; cp++) {
	if (*cp > 127) {
	    smtp_reply("553 5.6.7 Must declare SMTPUTF8 to send unicode address");
	    return (1);
	}
    }
    return (0);
}

/* smtp_mail - MAIL FROM */

static void smtp_mail(SMTP_SESSION *sess, char *arg)
{
    char   *params;
    char   *name;
    char   *value;

    if (sess->state != SMTP_STATE_START) {
	smtp_reply("503 5.5.1 Error: nested MAIL command");
	return;
    }
    if (smtp_cmd_path(arg, "FROM:", sess->addr, &params) < 0) {
	smtp_reply("501 5.5.4 Syntax: MAIL FROM:<address>");
	return;
    }
    sess->env = *sess->defaults;		/* nothing of a refused MAIL */
    while (smtp_cmd_param(&params, &name, &value)) {
	if (strcmp(name, "SIZE") == 0 && value && alldig(value)) {
	    if (var_message_size_limit > 0 && (strlen(value) > 18
			    || atoll(value) > (long long) var_message_size_limit)) {
		smtp_reply("552 5.3.4 Message size exceeds fixed limit");
		return;
	    }
	} else if (strcmp(name, "BODY") == 0 && value
		   && strcasecmp(value, "8BITMIME") == 0) {
	    sess->env.encoding = "8bit";
	} else if (strcmp(name, "BODY") == 0 && value
		   && strcasecmp(value, "7BIT") == 0) {
	    sess->env.encoding = "7bit";
	} else if (strcmp(name, "RET") == 0 && value
		   && strcasecmp(value, "FULL") == 0) {
	    sess->env.dsn_ret = 1;
	} else if (strcmp(name, "RET") == 0 && value
		   && strcasecmp(value, "HDRS") == 0) {
	    sess->env.dsn_ret = 2;
	} else if (strcmp(name, "ENVID") == 0 && value
		   && smtp_cmd_xtext(sess->envid, value) == 0
		   && VSTRING_LEN(sess->envid) <= 100
		   && allprint(vstring_str(sess->envid))) {
	    sess->env.envid = vstring_str(sess->envid);
	} else if (strcmp(name, "SMTPUTF8") == 0 && value == 0
		   && var_smtputf8_enable) {
	    sess->env.smtputf8 = SMTPUTF8_FLAG_REQUESTED;
	} else {
	    smtp_reply("555 5.5.4 Unsupported option: %.100s", name);
	    return;
	}
    }
    if (smtp_utf8_refused(sess))
	return;
    vstring_strcpy(sess->sender, vstring_str(sess->addr));
    sess->env.sender = vstring_str(sess->sender);
    sess->state = SMTP_STATE_MAIL;
    smtp_reply("250 2.1.0 Ok");
}

/* smtp_notify - parse a NOTIFY value */

static int smtp_notify(const char *value)
{
    char   *copy = mystrdup(value);
    char   *bp = copy;
    char   *word;
    int     mask = 0;

    while ((word = mystrtok(&bp, ",")) != 0) {
	if (strcasecmp(word, "NEVER") == 0)
	    mask |= 1;
	else if (strcasecmp(word, "SUCCESS") == 0)
	    mask |= 2;
	else if (strcasecmp(word, "FAILURE") == 0)
	    mask |= 4;
	else if (strcasecmp(word, "DELAY") == 0)
	    mask |= 8;
	else {
	    mask = 0;
	    break;
	}
    }
    myfree(copy);
    return ((mask & 1) && mask != 1 ? 0 : mask);
}

/* smtp_orcpt - decode and check an ORCPT value */

static int smtp_orcpt(VSTRING *orcpt, const char *value)
{
    const char *cp;
    const char *semi;

    if (smtp_cmd_xtext(orcpt, value) < 0
	|| VSTRING_LEN(orcpt) > SMTP_ORCPT_MAX
	|| !allprint(vstring_str(orcpt))
	|| (semi = strchr(vstring_str(orcpt), ';')) == 0
	|| semi == vstring_str(orcpt) || semi[1] == 0)
	return (-1);
    for (cp = vstring_str(orcpt); cp < semi; cp++)
	if (!isalnum((unsigned char) *cp) && *cp != '-')
	    return (-1);
    return (0);
}

/* smtp_rcpt - RCPT TO */

static void smtp_rcpt(SMTP_SESSION *sess, char *arg)
{
    char    notify_buf[16];
    char   *params;
    char   *name;
    char   *value;
    int     notify = sess->env.dsn_notify;
    int     seen_notify = 0;
    int     seen_orcpt = 0;

    if (sess->state == SMTP_STATE_START) {
	smtp_reply("503 5.5.1 Error: need MAIL command");
	return;
    }
    if (smtp_cmd_path(arg, "TO:", sess->addr, &params) < 0
	|| VSTRING_LEN(sess->addr) == 0) {
	smtp_reply("501 5.5.4 Syntax: RCPT TO:<address>");
	return;
    }
    if (smtp_utf8_refused(sess))
	return;
    vstring_reset(sess->orcpt);
    while (smtp_cmd_param(&params, &name, &value)) {
	if ((strcmp(name, "NOTIFY") == 0 && seen_notify++)
	    || (strcmp(name, "ORCPT") == 0 && seen_orcpt++)) {
	    smtp_reply("501 5.5.4 Error: multiple %s parameters", name);
	    return;
	} else if (strcmp(name, "NOTIFY") == 0 && value
		   && (notify = smtp_notify(value)) != 0) {
	     /* accepted */ ;
	} else if (strcmp(name, "ORCPT") == 0) {
	    if (value == 0 || smtp_orcpt(sess->orcpt, value) < 0) {
		smtp_reply("501 5.5.4 Error: Bad ORCPT parameter syntax");
		return;
	    }
	} else {
	    smtp_reply("555 5.5.4 Unsupported option: %.100s", name);
	    return;
	}
    }
    snprintf(notify_buf, sizeof(notify_buf), "%d", notify);
    argv_add(sess->rcpt, notify_buf, vstring_str(sess->orcpt),
	     vstring_str(sess->addr), ARGV_END);
    sess->state = SMTP_STATE_RCPT;
    smtp_reply("250 2.1.5 Ok");
}

/* smtp_data - DATA: the message, to postdrop */

static int smtp_data(SMTP_SESSION *sess)
{
    SENDMAIL_POST post;
    SENDMAIL_ENV env;
    VSTRING *why;
    int     status;
    int     cut;
    int     prev_cut = 0;
    char   *cp;
    int     i;

    if (sess->state != SMTP_STATE_RCPT) {
	smtp_reply(sess->state == SMTP_STATE_START ?
		   "503 5.5.1 Error: need MAIL command" :
		   "503 5.5.1 Error: need RCPT command");
	return (0);
    }
    sendmail_post_open(&post, sess->config_dir);
    sendmail_envelope(post.to, &sess->env);
    for (i = 0; i + 2 < sess->rcpt->argc; i += 3) {
	env = sess->env;
	env.dsn_notify = atoi(sess->rcpt->argv[i]);
	env.dsn_orcpt = sess->rcpt->argv[i + 1];
	sendmail_rcpt(post.to, &env, sess->rcpt->argv[i + 2]);
    }
    if (rec_put(post.to, REC_TYPE_MESG, "", 0) != REC_TYPE_MESG)
	sendmail_write_error("error writing queue file");
    smtp_reply("354 End data with <CR><LF>.<CR><LF>");
    vstream_fflush(vstream_out);
    for (;;) {
	if ((cut = smtp_get(sess->line, var_line_length_limit)) < 0) {
	    sendmail_post_abort(&post);
	    return (-1);			/* lost the client */
	}
	cp = vstring_str(sess->line);
	if (!prev_cut && cut == 0 && strcmp(cp, ".") == 0)
	    break;
	if (!prev_cut && *cp == '.')
	    cp++;
	if (rec_put(post.to, cut ? REC_TYPE_CONT : REC_TYPE_NORM, cp,
		    (ssize_t) (vstring_end(sess->line) - cp)) < 0)
	    sendmail_write_error("error writing queue file");
	prev_cut = cut;
    }
    if (rec_put(post.to, REC_TYPE_XTRA, "", 0) != REC_TYPE_XTRA
	|| rec_put(post.to, REC_TYPE_END, "", 0) != REC_TYPE_END)
	sendmail_write_error("error writing queue file");
    why = vstring_alloc(100);
    vstring_strcpy(sess->addr, vstring_str(post.queue_id));
    status = sendmail_post_finish(&post, why);
    if (status == CLEANUP_STAT_OK)
	smtp_reply("250 2.0.0 Ok: queued as %s", vstring_str(sess->addr));
    else if (status & CLEANUP_STAT_MASK_TEMP)
	smtp_reply("451 4.3.0 Error: %s", VSTRING_LEN(why) ?
		   vstring_str(why) : cleanup_strerror(status));
    else
	smtp_reply("554 5.7.1 Error: %s", VSTRING_LEN(why) ?
		   vstring_str(why) : cleanup_strerror(status));
    vstring_free(why);
    smtp_reset(sess);
    return (0);
}

/* sendmail_smtp - the dialog */

int     sendmail_smtp(const SENDMAIL_ENV *defaults, const char *config_dir)
{
    SMTP_SESSION sess;
    char   *verb;
    char   *arg;
    int     cut;

    sess.defaults = defaults;
    sess.sender = vstring_alloc(100);
    sess.envid = vstring_alloc(100);
    sess.rcpt = argv_alloc(30);
    sess.orcpt = vstring_alloc(100);
    sess.line = vstring_alloc(SMTP_LINE_MAX);
    sess.addr = vstring_alloc(100);
    sess.config_dir = config_dir;
    smtp_reset(&sess);

    smtp_reply("220 %s ESMTP %s", var_myhostname, var_mail_name);
    vstream_fflush(vstream_out);
    for (;;) {
	if ((cut = smtp_get(sess.line, SMTP_LINE_MAX)) < 0)
	    break;
	if (cut) {
	    while ((cut = smtp_get(sess.line, SMTP_LINE_MAX)) > 0)
		 /* skip the rest */ ;
	    smtp_reply("500 5.5.0 Error: line too long");
	    if (cut < 0)
		break;
	    continue;
	}
	verb = smtp_cmd_verb(vstring_str(sess.line), &arg);
	if (strcmp(verb, "HELO") == 0 || strcmp(verb, "EHLO") == 0) {
	    if (*arg == 0) {
		smtp_reply("501 Syntax: %s hostname", verb);
		continue;
	    }
	    smtp_reset(&sess);
	    if (strcmp(verb, "HELO") == 0) {
		smtp_reply("250 %s", var_myhostname);
		continue;
	    }
	    smtp_reply("250-%s", var_myhostname);
	    smtp_reply("250-PIPELINING");
	    if (var_message_size_limit > 0)
		smtp_reply("250-SIZE %ld", var_message_size_limit);
	    else
		smtp_reply("250-SIZE");
	    smtp_reply("250-8BITMIME");
	    smtp_reply("250-DSN");
	    if (var_smtputf8_enable)
		smtp_reply("250-SMTPUTF8");
	    smtp_reply("250 ENHANCEDSTATUSCODES");
	} else if (strcmp(verb, "MAIL") == 0) {
	    smtp_mail(&sess, arg);
	} else if (strcmp(verb, "RCPT") == 0) {
	    smtp_rcpt(&sess, arg);
	} else if (strcmp(verb, "DATA") == 0) {
	    if (smtp_data(&sess) < 0)
		break;
	} else if (strcmp(verb, "RSET") == 0) {
	    smtp_reset(&sess);
	    smtp_reply("250 2.0.0 Ok");
	} else if (strcmp(verb, "NOOP") == 0) {
	    smtp_reply("250 2.0.0 Ok");
	} else if (strcmp(verb, "VRFY") == 0) {
	    smtp_reply("252 2.0.0 Send some mail, I'll try my best");
	} else if (strcmp(verb, "HELP") == 0) {
	    smtp_reply("214 2.0.0 HELO EHLO MAIL RCPT DATA RSET NOOP VRFY QUIT");
	} else if (strcmp(verb, "QUIT") == 0) {
	    smtp_reply("221 2.0.0 Bye");
	    break;
	} else {
	    smtp_reply("502 5.5.2 Error: command not recognized");
	}
    }
    vstream_fflush(vstream_out);
    return (EX_OK);
}
