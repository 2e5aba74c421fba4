/*++
/* NAME
/*	maildrop_rec 3
/* SUMMARY
/*	check the record sequence of a local submission
/* SYNOPSIS
/*	#include <maildrop_rec.h>
/*
/*	void	maildrop_rec_init(mr)
/*	MAILDROP_REC *mr;
/*
/*	int	maildrop_rec_next(mr, type, data, len)
/*	MAILDROP_REC *mr;
/*	int	type;
/*	const char *data;
/*	ssize_t	len;
/*
/*	const char *MAILDROP_REC_WHY(mr)
/* DESCRIPTION
/*	A maildrop file is written by any local user (through sendmail
/*	and postdrop, or by hand), so postdrop(1) checks what sendmail
/*	sends and pickup(8) checks the file again, record by record,
/*	with this state machine. The accepted form is what sendmail
/*	writes (record(3h), rec_type(3h)):
/* .IP envelope
/*	At most one TIME (postdrop's own) and one FULL, exactly one
/*	FROM, ATTR records, and recipients: DSN_ORCPT, DSN_NOTIFY and
/*	ORCP, each at most once, before the RCPT they belong to. Then
/*	MESG.
/* .IP content
/*	NORM and CONT, then XTRA.
/* .IP extracted
/*	Recipients as in the envelope (sendmail -t), and the smtputf8
/*	attribute (where cleanup(8) writes it in a queue file that
/*	postsuper -r puts back into maildrop/), then END.
/* .PP
/*	There must be at least one RCPT. Envelope data must not hold a
/*	NUL byte or a control character (content may hold anything).
/*	An ATTR must be "name=value" with a name that users may set:
/*	envelope_id, dsn_ret (1 or 2), encoding (7bit or 8bit),
/*	rewrite_context (local), trace_flags (a number below 65536) and smtputf8
/*	(a number); other names are dropped (MAILDROP_REC_SKIP) so that
/*	a user cannot set what only the mail system may.
/*
/*	maildrop_rec_init() prepares the state for a new file.
/*
/*	maildrop_rec_next() takes the next record (type and data as
/*	rec_get() gave them: data is null-terminated) and returns MAILDROP_REC_OK (copy it),
/*	MAILDROP_REC_SKIP (drop it, the reason is in MAILDROP_REC_WHY),
/*	MAILDROP_REC_DONE (the END record of a complete submission) or
/*	MAILDROP_REC_BAD (the whole submission is malformed; the reason
/*	is in MAILDROP_REC_WHY). After BAD or DONE every further record
/*	is BAD.
/* DIAGNOSTICS
/*	None: callers log the reason with the file's name.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <rec_type.h>
#include <maildrop_rec.h>

#define STREQ(x, y)	(strcmp((x), (y)) == 0)

/* maildrop_rec_bad - refuse the submission */

static int maildrop_rec_bad(MAILDROP_REC *mr, const char *why, int type)
{
    snprintf(mr->why, sizeof(mr->why), "%s (record type %d)", why, type);
    mr->state = MAILDROP_REC_FINISHED;
    mr->rcpt_count = -1;			/* nothing is DONE after this */
    return (MAILDROP_REC_BAD);
}

/* maildrop_rec_text - envelope data is printable text */

static int maildrop_rec_text(const char *data, ssize_t len)
{
    ssize_t i;

    for (i = 0; i < len; i++)
	if ((unsigned char) data[i] < 0x20 || data[i] == 0x7f)
	    return (0);
    return (1);
}

/* maildrop_rec_number - a small decimal number in the given range */

static int maildrop_rec_number(const char *value, int lo, int hi)
{
    int     n = 0;

    if (*value == 0 || strlen(value) > 6)
	return (0);
    for (; *value; value++) {
	if (*value < '0' || *value > '9')
	    return (0);
	n = n * 10 + *value - '0';
    }
    return (n >= lo && n <= hi);
}

/* maildrop_rec_attr - an attribute that users may set */

static int maildrop_rec_attr(MAILDROP_REC *mr, const char *data, ssize_t len)
{
    char    name[32];
    const char *eq = memchr(data, '=', len);
    const char *value;
    size_t  nlen;

    if (eq == 0 || eq == data || (nlen = eq - data) >= sizeof(name)) {
	snprintf(mr->why, sizeof(mr->why), "malformed attribute record");
	return (MAILDROP_REC_SKIP);
    }
    memcpy(name, data, nlen);
    name[nlen] = 0;
    value = eq + 1;
    if ((STREQ(name, MAIL_ATTR_ENVID) && strlen(value) <= 100)
	|| (STREQ(name, MAIL_ATTR_RET) && maildrop_rec_number(value, 1, 2))
	|| (STREQ(name, MAIL_ATTR_ENCODING)
	    && (STREQ(value, "7bit") || STREQ(value, "8bit")))
	|| (STREQ(name, MAIL_ATTR_RWR_CONTEXT) && STREQ(value, "local"))
	|| (STREQ(name, MAIL_ATTR_TRACE_FLAGS)
	    && maildrop_rec_number(value, 0, 65535))
	|| (STREQ(name, MAIL_ATTR_SMTPUTF8)
	    && maildrop_rec_number(value, 0, 255))) {
	mr->attr_count++;
	return (MAILDROP_REC_OK);
    }
    snprintf(mr->why, sizeof(mr->why), "ignoring attribute record: %.30s",
	     name);
    return (MAILDROP_REC_SKIP);
}

/* maildrop_rec_recipient - the records of one recipient */

static int maildrop_rec_recipient(MAILDROP_REC *mr, int type,
				          const char *data)
{
    int     bit;

    switch (type) {
    case REC_TYPE_DSN_ORCPT:
	bit = 1;
	break;
    case REC_TYPE_DSN_NOTIFY:
	if (!maildrop_rec_number(data, 1, 15))
	    return (maildrop_rec_bad(mr, "bad DSN notify record", type));
	bit = 2;
	break;
    case REC_TYPE_ORCP:
	bit = 4;
	break;
    case REC_TYPE_RCPT:
	mr->pending = 0;
	mr->rcpt_count++;
	return (MAILDROP_REC_OK);
    default:
	return (maildrop_rec_bad(mr, "unexpected record", type));
    }
    if (mr->pending & bit)
	return (maildrop_rec_bad(mr, "repeated recipient record", type));
    mr->pending |= bit;
    return (MAILDROP_REC_OK);
}

/* maildrop_rec_init - start a new submission */

void    maildrop_rec_init(MAILDROP_REC *mr)
{
    memset(mr, 0, sizeof(*mr));
    mr->state = MAILDROP_REC_ENVELOPE;
}

/* maildrop_rec_next - check one record */

int     maildrop_rec_next(MAILDROP_REC *mr, int type, const char *data,
			          ssize_t len)
{
    mr->why[0] = 0;
    if (len < 0 || (data == 0 && len > 0))
	return (maildrop_rec_bad(mr, "bad record length", type));

    /*
     * Envelope data is text without NULs: rec_get() terminates it, and
     * a NUL would cut an address short without anyone noticing.
     */
    if (mr->state != MAILDROP_REC_CONTENT && !maildrop_rec_text(data, len))
	return (maildrop_rec_bad(mr, "control character in envelope record",
				 type));

    switch (mr->state) {
    case MAILDROP_REC_ENVELOPE:
	switch (type) {
	case REC_TYPE_TIME:
	    if (mr->time_count++ > 0 || mr->from_count || mr->full_count)
		return (maildrop_rec_bad(mr, "misplaced time record", type));
	    return (MAILDROP_REC_OK);
	case REC_TYPE_FULL:
	    if (mr->full_count++ > 0)
		return (maildrop_rec_bad(mr, "repeated full name record", type));
	    return (MAILDROP_REC_OK);
	case REC_TYPE_FROM:
	    if (mr->from_count++ > 0)
		return (maildrop_rec_bad(mr, "repeated sender record", type));
	    return (MAILDROP_REC_OK);
	case REC_TYPE_ATTR:
	    if (mr->pending)
		return (maildrop_rec_bad(mr, "attribute inside recipient", type));
	    return (maildrop_rec_attr(mr, data, len));
	case REC_TYPE_MESG:
	    if (mr->pending)
		return (maildrop_rec_bad(mr, "recipient without address", type));
	    if (mr->from_count == 0)
		return (maildrop_rec_bad(mr, "no sender record", type));
	    mr->state = MAILDROP_REC_CONTENT;
	    return (MAILDROP_REC_OK);
	default:
	    return (maildrop_rec_recipient(mr, type, data));
	}
    case MAILDROP_REC_CONTENT:
	switch (type) {
	case REC_TYPE_NORM:
	case REC_TYPE_CONT:
	    return (MAILDROP_REC_OK);
	case REC_TYPE_XTRA:
	    mr->state = MAILDROP_REC_EXTRACTED;
	    return (MAILDROP_REC_OK);
	default:
	    return (maildrop_rec_bad(mr, "unexpected record in content", type));
	}
    case MAILDROP_REC_EXTRACTED:
	if (type == REC_TYPE_ATTR && mr->pending == 0
	    && strncmp(data, MAIL_ATTR_SMTPUTF8 "=",
		       sizeof(MAIL_ATTR_SMTPUTF8)) == 0)
	    return (maildrop_rec_attr(mr, data, len));
	if (type != REC_TYPE_END)
	    return (maildrop_rec_recipient(mr, type, data));
	if (mr->pending)
	    return (maildrop_rec_bad(mr, "recipient without address", type));
	if (mr->rcpt_count <= 0)
	    return (maildrop_rec_bad(mr, "no recipient record", type));
	mr->state = MAILDROP_REC_FINISHED;
	return (MAILDROP_REC_DONE);
    case MAILDROP_REC_FINISHED:
    default:
	return (maildrop_rec_bad(mr, "record after end of file", type));
    }
}
