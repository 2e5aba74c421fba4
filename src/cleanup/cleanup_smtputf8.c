/*++
/* NAME
/*	cleanup_smtputf8 3
/* SUMMARY
/*	SMTPUTF8 request and autodetection
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_smtputf8_init()
/*
/*	void	cleanup_smtputf8_attr(state, value)
/*	CLEANUP_STATE *state;
/*	const char *value;
/*
/*	void	cleanup_smtputf8_text(state, where, text, len)
/*	CLEANUP_STATE *state;
/*	int	where;
/*	const char *text;
/*	size_t	len;
/*
/*	void	cleanup_smtputf8_final(state)
/*	CLEANUP_STATE *state;
/* DESCRIPTION
/*	These decide a message's SMTPUTF8 flags (smtputf8(3h)), as
/*	Postfix's cleanup does: with smtputf8_enable off a message has
/*	none. Otherwise it asks for SMTPUTF8 (REQUESTED) when the client
/*	said so, or when the client's source class (cleanup_user(3h))
/*	is listed in smtputf8_autodetect_classes and the envelope
/*	sender, an envelope recipient or a header holds a byte above
/*	127. A message that asks for SMTPUTF8 also gets the SENDER,
/*	RECIPIENT and HEADER bits for the places where such bytes were
/*	seen (the addresses as written to the queue file, after
/*	rewriting; every header as written, also those that cleanup
/*	adds).
/*
/*	cleanup_smtputf8_init() reads smtputf8_autodetect_classes
/*	(names separated by commas or blanks: sendmail, smtpd, qmqpd,
/*	forward, bounce, notify, verify, all; an unknown name is
/*	ignored with a warning).
/*
/*	cleanup_smtputf8_attr() takes the value of an smtputf8
/*	attribute from the client ("smtputf8=N", N a decimal number:
/*	sendmail -bs writes 1 for "MAIL FROM:<...> SMTPUTF8"; a queue
/*	file requeued with postsuper -r brings what cleanup wrote before).
/*	Only its REQUESTED bit is kept: cleanup finds the rest itself.
/*	Anything but 1 to 3 decimal digits is a protocol error
/*	(CLEANUP_STAT_BAD).
/*
/*	cleanup_smtputf8_text() notes where non-ASCII text was seen:
/*	where is SMTPUTF8_FLAG_SENDER, _RECIPIENT or _HEADER.
/*
/*	cleanup_smtputf8_final() writes the result, when it is not
/*	zero, as an "smtputf8=N" attribute record. cleanup calls it
/*	at the end of the extracted section, the only place where the
/*	flags are known (headers follow the envelope, recipients taken
/*	from headers follow the content); qmgr(8) reads the attributes
/*	of both the envelope and the extracted section.
/* DIAGNOSTICS
/*	Warnings: an unknown class name; a malformed attribute.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Utility library. */

#include <msg.h>
#include <name_mask.h>
#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <rec_type.h>
#include <cleanup_user.h>
#include <smtputf8.h>

/* Application-specific. */

#include "cleanup.h"

static int cleanup_smtputf8_classes;	/* CLEANUP_FLAG_SRC_ bits */

/* cleanup_smtputf8_init - the classes to autodetect */

void    cleanup_smtputf8_init(void)
{
    static const NAME_MASK classes[] = {
	{"sendmail", CLEANUP_FLAG_SRC_SENDMAIL},
	{"smtpd", CLEANUP_FLAG_SRC_SMTPD},
	{"qmqpd", CLEANUP_FLAG_SRC_QMQPD},
	{"forward", CLEANUP_FLAG_SRC_FORWARD},
	{"bounce", CLEANUP_FLAG_SRC_BOUNCE},
	{"notify", CLEANUP_FLAG_SRC_NOTIFY},
	{"verify", CLEANUP_FLAG_SRC_VERIFY},
	{"all", CLEANUP_FLAG_SRC_MASK},
	{0, 0},
    };
    cleanup_smtputf8_classes = name_mask(VAR_SMTPUTF8_AUTODETECT_CLASSES,
					 classes,
					 var_smtputf8_autodetect_classes,
					 NAME_MASK_WARN);
}

/* cleanup_smtputf8_attr - the client's own request */

void    cleanup_smtputf8_attr(CLEANUP_STATE *state, const char *value)
{
    size_t  len = strspn(value, "0123456789");

    if (len == 0 || len > 3 || value[len] != 0) {
	msg_warn("%s: bad %s attribute value: %.20s",
		 vstring_str(state->queue_id), MAIL_ATTR_SMTPUTF8, value);
	state->errs |= CLEANUP_STAT_BAD;
	return;
    }
    if (atoi(value) & SMTPUTF8_FLAG_REQUESTED)
	state->smtputf8 |= SMTPUTF8_FLAG_REQUESTED;
}

/* cleanup_smtputf8_text - note non-ASCII text */

void    cleanup_smtputf8_text(CLEANUP_STATE *state, int where,
			              const char *text, size_t len)
{
    size_t  i;

    if (state->smtputf8 & where)
	return;
    for (i = 0; i < len; i++) {
	if ((unsigned char) text[i] > 127) {
	    state->smtputf8 |= where;
	    return;
	}
    }
}

/* cleanup_smtputf8_final - decide, and write the attribute */

void    cleanup_smtputf8_final(CLEANUP_STATE *state)
{
    int     flags = state->smtputf8;

    if (var_smtputf8_enable == 0)
	flags = 0;
    else if ((flags & SMTPUTF8_FLAG_REQUESTED) == 0
	     && (state->flags & cleanup_smtputf8_classes) != 0
	     && (flags & SMTPUTF8_FLAG_NEEDED) != 0)
	flags |= SMTPUTF8_FLAG_REQUESTED;
    else if ((flags & SMTPUTF8_FLAG_REQUESTED) == 0)
	flags = 0;
    state->smtputf8 = flags;
    if (flags != 0)
	cleanup_out_format(state, REC_TYPE_ATTR, "%s=%d",
			   MAIL_ATTR_SMTPUTF8, flags);
}
