/*++
/* NAME
/*	cleanup_envelope 3
/* SUMMARY
/*	process envelope records
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_envelope(state, type, data, len)
/*	CLEANUP_STATE *state;
/*	int	type;
/*	const char *data;
/*	ssize_t	len;
/* DESCRIPTION
/*	cleanup_envelope() takes the envelope records from the client
/*	in the order of rec_type(3h): TIME (written as is, or made up
/*	from the arrival time when the client sent none), FULL, FROM
/*	(exactly one), ATTR ("name=value"), and per recipient
/*	DSN_ORCPT, DSN_NOTIFY, ORCP before its RCPT. MESG ends the
/*	envelope: cleanup writes its own MESG record (with room for the
/*	offset of the extracted section) and moves on to the content.
/*	An smtputf8 attribute is not copied: it is the client's SMTPUTF8
/*	request (cleanup_smtputf8(3)), and cleanup writes the message's
/*	flags itself at the end.
/*	Any other record, a second FROM, or an ATTR without "=" is a
/*	protocol error (CLEANUP_STAT_BAD).
/* DIAGNOSTICS
/*	Warnings for protocol errors.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <stdlib.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <vstream.h>
#include <vstring.h>

/* Global library. */

#include <record.h>
#include <mail_params.h>
#include <cleanup_user.h>

/* Application-specific. */

#include "cleanup.h"

/* cleanup_envelope_warn - WARN record: when to warn about delayed mail */

static void cleanup_envelope_warn(CLEANUP_STATE *state, long arrival)
{
    /* Fixed width: qmgr zeroes it in place once the warning is sent. */
    if (var_delay_warning_time > 0)
	cleanup_out_format(state, REC_TYPE_WARN, REC_TYPE_MESG_FORMAT,
			   arrival + (long) var_delay_warning_time);
}

/* cleanup_envelope_time - TIME and WARN records, once, before FROM */

static void cleanup_envelope_time(CLEANUP_STATE *state)
{
    if (state->have_time == 0) {
	cleanup_out_format(state, REC_TYPE_TIME, "%ld %ld",
			   (long) state->arrival.tv_sec,
			   (long) state->arrival.tv_usec);
	cleanup_envelope_warn(state, (long) state->arrival.tv_sec);
	state->have_time = 1;
    }
}

/* cleanup_envelope_bad - protocol error */

static void cleanup_envelope_bad(CLEANUP_STATE *state, int type, const char *why)
{
    msg_warn("%s: envelope record type %d: %s",
	     vstring_str(state->queue_id), type, why);
    state->errs |= CLEANUP_STAT_BAD;
}

/* cleanup_envelope - one envelope record */

void    cleanup_envelope(CLEANUP_STATE *state, int type, const char *data,
			         ssize_t len)
{
    if ((ssize_t) strlen(data) != len) {
	cleanup_envelope_bad(state, type, "null byte in record");
	return;
    }
    switch (type) {
    case REC_TYPE_TIME:
	if (state->have_time || data[strspn(data, "0123456789 ")] != 0) {
	    cleanup_envelope_bad(state, type, "bad or repeated TIME record");
	    return;
	}
	cleanup_out(state, type, data, len);
	cleanup_envelope_warn(state, strtol(data, (char **) 0, 10));
	state->have_time = 1;
	return;
    case REC_TYPE_FULL:
	vstring_strcpy(state->full_name, data);
	cleanup_out(state, type, data, len);
	return;
    case REC_TYPE_FROM:
	if (state->have_from) {
	    cleanup_envelope_bad(state, type, "second sender");
	    return;
	}
	cleanup_envelope_time(state);
	state->have_from = 1;
	cleanup_addr_sender(state, data);
	return;
    case REC_TYPE_ATTR:
	if (strchr(data, '=') == 0 || *data == '=') {
	    cleanup_envelope_bad(state, type, "attribute without name=value");
	    return;
	}
	if (strncmp(data, MAIL_ATTR_SMTPUTF8 "=",
		    sizeof(MAIL_ATTR_SMTPUTF8)) == 0) {
	    cleanup_smtputf8_attr(state, data + sizeof(MAIL_ATTR_SMTPUTF8));
	    return;
	}
	cleanup_out(state, type, data, len);
	return;
    case REC_TYPE_DSN_ORCPT:
	vstring_strcpy(state->dsn_orcpt, data);
	return;
    case REC_TYPE_DSN_NOTIFY:
	vstring_strcpy(state->dsn_notify, data);
	return;
    case REC_TYPE_ORCP:
	vstring_strcpy(state->orig_rcpt, data);
	return;
    case REC_TYPE_RCPT:
	if (state->have_from == 0) {
	    cleanup_envelope_bad(state, type, "recipient before sender");
	    return;
	}
	cleanup_addr_recipient(state, data);
	return;
    case REC_TYPE_MESG:
	if (state->have_from == 0) {
	    cleanup_envelope_bad(state, type, "content before sender");
	    return;
	}
	if ((state->mesg_offset = vstream_ftell(state->dst)) < 0) {
	    state->errs |= CLEANUP_STAT_WRITE;
	    return;
	}
	cleanup_out_format(state, REC_TYPE_MESG, REC_TYPE_MESG_FORMAT, 0L);
	state->data_offset = vstream_ftell(state->dst);
	state->phase = CLEANUP_PHASE_HEADER;
	return;
    default:
	cleanup_envelope_bad(state, type, "unexpected record");
	return;
    }
}
