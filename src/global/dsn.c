/*++
/* NAME
/*	dsn 3
/* SUMMARY
/*	enhanced status codes: check, split off, derive
/* SYNOPSIS
/*	#include <dsn.h>
/*
/*	size_t	dsn_valid(text)
/*	const char *text;
/*
/*	DSN_SPLIT *dsn_split(sp, def_status, text)
/*	DSN_SPLIT *sp;
/*	const char *def_status;
/*	const char *text;
/*
/*	DSN_SPLIT *dsn_reply_split(sp, reply_code, text)
/*	DSN_SPLIT *sp;
/*	int	reply_code;
/*	const char *text;
/*
/*	int	dsn_from_reply(status, reply_code)
/*	char	status[DSN_STATUS_SIZE];
/*	int	reply_code;
/*
/*	const char *dsn_clean(buf, text, max_len)
/*	VSTRING	*buf;
/*	const char *text;
/*	size_t	max_len;
/*
/*	DSN	*dsn_simple(dsn, status, action, reason)
/*	DSN	*dsn;
/*	const char *status;
/*	const char *action;
/*	const char *reason;
/* DESCRIPTION
/*	dsn_valid() tells whether text starts with an enhanced status
/*	code as RFC 3463 writes it: a class digit 2, 4 or 5, a dot, a
/*	subject of 1-3 digits, a dot, a detail of 1-3 digits, then the
/*	end of the text or a blank. It returns the length of the code,
/*	or 0.
/*
/*	dsn_split() separates a leading enhanced status code from the
/*	text that follows it (the blanks between them are skipped).
/*	Text without a code gets def_status (which must be a valid
/*	code) and is kept whole. The error(8) transport uses this on
/*	its nexthop ("5.1.1 no such user" or just "no such user").
/*
/*	dsn_reply_split() does the same for the text of a server reply
/*	(after the three-digit code): a leading enhanced code is used
/*	only when its class agrees with the reply code's first digit;
/*	one that disagrees stays in the text, and the status falls back
/*	to the reply class (see dsn_from_reply()).
/*
/*	dsn_from_reply() stores the default status of a reply code:
/*	"2.0.0", "4.0.0" or "5.0.0" for 2xx, 4xx and 5xx. Any other
/*	code (a garbled or unexpected reply) gives "4.5.0" (a protocol
/*	problem, temporary: the mail stays queued) and the result -1;
/*	otherwise the result is 0.
/*
/*	dsn_clean() copies text into buf for an IPC attribute or a log
/*	line: control characters (line breaks included; text from a
/*	remote server may hold anything) become blanks, and the copy
/*	ends after max_len bytes. It returns the copy's text.
/*
/*	dsn_simple() fills in a DSN with a status, an action and a
/*	reason, and empty diagnostic and MTA fields.
/* DIAGNOSTICS
/*	Panic: an invalid def_status (a bug in the caller).
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <dsn.h>

#define DSN_DIGIT(c)	((c) >= '0' && (c) <= '9')
#define DSN_BLANK(c)	((c) == ' ' || (c) == '\t')

/* dsn_digits - length of a run of 1-3 digits, or 0 */

static size_t dsn_digits(const char *cp)
{
    size_t  n;

    for (n = 0; n < 4 && DSN_DIGIT(cp[n]); n++)
	 /* void */ ;
    return (n >= 1 && n <= 3 ? n : 0);
}

/* dsn_valid - length of a leading enhanced status code, or 0 */

size_t  dsn_valid(const char *text)
{
    const char *cp = text;
    size_t  n;

    if (*cp != '2' && *cp != '4' && *cp != '5')
	return (0);
    if (*++cp != '.')
	return (0);
    if ((n = dsn_digits(++cp)) == 0)
	return (0);
    cp += n;
    if (*cp != '.')
	return (0);
    if ((n = dsn_digits(++cp)) == 0)
	return (0);
    cp += n;
    if (*cp != 0 && !DSN_BLANK(*cp))
	return (0);
    return ((size_t) (cp - text));
}

/* dsn_take - copy a code, skip the blanks after it */

static DSN_SPLIT *dsn_take(DSN_SPLIT *sp, const char *text, size_t len)
{
    memcpy(sp->status, text, len);
    sp->status[len] = 0;
    for (text += len; DSN_BLANK(*text); text++)
	 /* void */ ;
    sp->text = text;
    return (sp);
}

/* dsn_split - separate a leading status code from text */

DSN_SPLIT *dsn_split(DSN_SPLIT *sp, const char *def_status, const char *text)
{
    size_t  len;

    if ((len = dsn_valid(text)) != 0)
	return (dsn_take(sp, text, len));
    if ((len = dsn_valid(def_status)) == 0 || def_status[len] != 0)
	msg_panic("dsn_split: bad default status \"%s\"", def_status);
    memcpy(sp->status, def_status, len + 1);
    sp->text = text;
    return (sp);
}

/* dsn_from_reply - default status of a reply code */

int     dsn_from_reply(char *status, int reply_code)
{
    if (reply_code >= 200 && reply_code <= 599 && reply_code / 100 != 3) {
	status[0] = '0' + reply_code / 100;
	memcpy(status + 1, ".0.0", 5);
	return (0);
    }
    memcpy(status, "4.5.0", 6);
    return (-1);
}

/* dsn_reply_split - status code of a server reply */

DSN_SPLIT *dsn_reply_split(DSN_SPLIT *sp, int reply_code, const char *text)
{
    size_t  len;

    if (dsn_from_reply(sp->status, reply_code) == 0
	&& (len = dsn_valid(text)) != 0 && text[0] == sp->status[0])
	return (dsn_take(sp, text, len));
    sp->text = text;
    return (sp);
}

/* dsn_simple - status, action and reason only */

DSN    *dsn_simple(DSN *dsn, const char *status, const char *action,
		           const char *reason)
{
    dsn->status = status;
    dsn->action = action;
    dsn->reason = reason;
    dsn->dtype = "";
    dsn->dtext = "";
    dsn->mtype = "";
    dsn->mname = "";
    return (dsn);
}

/* dsn_clean - text without control characters, bounded */

const char *dsn_clean(VSTRING *buf, const char *text, size_t max_len)
{
    const unsigned char *cp;
    size_t  n;

    vstring_reset(buf);
    for (cp = (const unsigned char *) text, n = 0; *cp && n < max_len; cp++, n++)
	vstring_addch(buf, *cp < 0x20 || *cp == 0x7f ? ' ' : *cp);
    return (vstring_str(buf));
}
