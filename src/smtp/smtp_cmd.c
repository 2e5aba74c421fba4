/*++
/* NAME
/*	smtp_cmd 3
/* SUMMARY
/*	MAIL FROM and RCPT TO command lines
/* SYNOPSIS
/*	#include "smtp_proto.h"
/*
/*	const char *smtp_xtext(out, text)
/*	VSTRING	*out;
/*	const char *text;
/*
/*	const char *smtp_cmd_mail(buf, sender, request, features, quote)
/*	VSTRING	*buf;
/*	const char *sender;
/*	const DELIVER_REQUEST *request;
/*	int	features;
/*	int	quote;
/*
/*	const char *smtp_cmd_rcpt(buf, address, rcpt, features, quote)
/*	VSTRING	*buf;
/*	const char *address;
/*	const RECIPIENT *rcpt;
/*	int	features;
/*	int	quote;
/* DESCRIPTION
/*	smtp_xtext() appends text to out in RFC 3461 xtext form: bytes
/*	from "!" to "~" stand for themselves, except "+" and "=", which,
/*	like every other byte, become "+" and two upper-case hex digits.
/*
/*	smtp_cmd_mail() writes "MAIL FROM:<sender>" into buf, followed
/*	by, in this order:
/* .IP "SIZE=n"
/*	when the server announced SIZE; n is the content size.
/* .IP "BODY=8BITMIME or BODY=7BIT"
/*	when the server announced 8BITMIME and the message was declared
/*	8bit or 7bit. Postlet does no MIME conversion (Postfix's
/*	disable_mime_output_conversion = yes): 8-bit content goes out as
/*	it is to a server without 8BITMIME, and the server decides.
/* .IP "RET=FULL or RET=HDRS, ENVID=xtext"
/*	when the server announced DSN and the message has them.
/* .IP SMTPUTF8
/*	when the message asks for SMTPUTF8 and the server offered it.
/* .PP
/*	smtp_cmd_rcpt() writes "RCPT TO:<address>" into buf, and when
/*	the server announced DSN: "NOTIFY=NEVER" or a comma list of
/*	SUCCESS, FAILURE and DELAY when the recipient has NOTIFY bits, and
/*	"ORCPT=" with the xtext form of the recipient's DSN ORCPT
/*	("type;address"; a value without a type is taken as rfc822),
/*	or, when it has none but an original address is known, of
/*	"rfc822;" and that address (quoted as the envelope is).
/*
/*	With quote, the localpart of an address is quoted where RFC 5321
/*	requires it (quote_822_local(3)); otherwise the address goes out
/*	as it is stored. The null sender is "<>".
/* DIAGNOSTICS
/*	None: the inputs are bounded (see smtp_proto(3h)), and so are
/*	the results.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <vstring.h>

/* Global library. */

#include <attr.h>
#include <deliver_request.h>
#include <dsn.h>
#include <smtputf8.h>
#include <quote_822_local.h>

/* Application-specific. */

#include "smtp.h"
#include "smtp_proto.h"

/* smtp_xtext - append RFC 3461 xtext */

const char *smtp_xtext(VSTRING *out, const char *text)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *cp;

    for (cp = (const unsigned char *) text; *cp; cp++) {
	if (*cp >= '!' && *cp <= '~' && *cp != '+' && *cp != '=') {
	    vstring_addch(out, *cp);
	} else {
	    vstring_addch(out, '+');
	    vstring_addch(out, hex[*cp >> 4]);
	    vstring_addch(out, hex[*cp & 0xf]);
	}
    }
    return (vstring_str(out));
}

/* smtp_cmd_addr - append an address, quoted or not */

static void smtp_cmd_addr(VSTRING *buf, const char *addr, int quote)
{
    static VSTRING *quoted;
    static char quoted_mem[2 * SMTP_MAP_RESULT_MAX + 8];
    static VSTRING quoted_buf;

    if (!quote || *addr == 0) {
	vstring_strcat(buf, addr);
	return;
    }
    if (quoted == 0) {
	vstring_init_mem(&quoted_buf, quoted_mem, sizeof(quoted_mem));
	quoted = &quoted_buf;
    }
    vstring_strcat(buf, quote_822_local(quoted, addr));
}

/* smtp_cmd_mail - MAIL FROM with its parameters */

const char *smtp_cmd_mail(VSTRING *buf, const char *sender,
			          const DELIVER_REQUEST *request,
			          int features, int quote)
{
    vstring_strcpy(buf, "MAIL FROM:<");
    smtp_cmd_addr(buf, sender, quote);
    vstring_addch(buf, '>');
    if (features & SMTP_FEATURE_SIZE)
	vstring_sprintf_append(buf, " SIZE=%ld", request->data_size);
    if (features & SMTP_FEATURE_8BITMIME) {
	if (strcmp(request->encoding, "8bit") == 0)
	    vstring_strcat(buf, " BODY=8BITMIME");
	else if (strcmp(request->encoding, "7bit") == 0)
	    vstring_strcat(buf, " BODY=7BIT");
    }
    if (features & SMTP_FEATURE_DSN) {
	if (request->dsn_ret == DSN_RET_FULL)
	    vstring_strcat(buf, " RET=FULL");
	else if (request->dsn_ret == DSN_RET_HDRS)
	    vstring_strcat(buf, " RET=HDRS");
	if (*request->envelope_id) {
	    vstring_strcat(buf, " ENVID=");
	    smtp_xtext(buf, request->envelope_id);
	}
    }
    if ((features & SMTP_FEATURE_SMTPUTF8)
	&& (request->sendopts & SMTPUTF8_FLAG_REQUESTED))
	vstring_strcat(buf, " SMTPUTF8");
    return (vstring_str(buf));
}

/* smtp_cmd_rcpt - RCPT TO with its parameters */

const char *smtp_cmd_rcpt(VSTRING *buf, const char *address,
			          const RECIPIENT *rcpt, int features,
			          int quote)
{
    static VSTRING *orcpt;
    static char orcpt_mem[2 * ATTR_VALUE_MAX + 16];
    static VSTRING orcpt_buf;
    int     notify = rcpt->dsn_notify;

    vstring_strcpy(buf, "RCPT TO:<");
    smtp_cmd_addr(buf, address, quote);
    vstring_addch(buf, '>');
    if ((features & SMTP_FEATURE_DSN) == 0)
	return (vstring_str(buf));
    if (notify & DSN_NOTIFY_NEVER) {
	vstring_strcat(buf, " NOTIFY=NEVER");
    } else if (notify & DSN_NOTIFY_ANY) {
	vstring_strcat(buf, " NOTIFY=");
	if (notify & DSN_NOTIFY_SUCCESS)
	    vstring_strcat(buf, "SUCCESS,");
	if (notify & DSN_NOTIFY_FAILURE)
	    vstring_strcat(buf, "FAILURE,");
	if (notify & DSN_NOTIFY_DELAY)
	    vstring_strcat(buf, "DELAY,");
	vstring_truncate(buf, VSTRING_LEN(buf) - 1);
    }
    if (*rcpt->dsn_orcpt == 0 && *rcpt->orig_addr == 0)
	return (vstring_str(buf));
    if (orcpt == 0) {
	vstring_init_mem(&orcpt_buf, orcpt_mem, sizeof(orcpt_mem));
	orcpt = &orcpt_buf;
    }
    if (*rcpt->dsn_orcpt) {
	vstring_strcpy(orcpt, strchr(rcpt->dsn_orcpt, ';') ? "" : "rfc822;");
	vstring_strcat(orcpt, rcpt->dsn_orcpt);
    } else {
	vstring_strcpy(orcpt, "rfc822;");
	smtp_cmd_addr(orcpt, rcpt->orig_addr, quote);
    }
    vstring_strcat(buf, " ORCPT=");
    smtp_xtext(buf, vstring_str(orcpt));
    return (vstring_str(buf));
}
