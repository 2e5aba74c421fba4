/*++
/* NAME
/*	cleanup_extracted 3
/* SUMMARY
/*	process the extracted section
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_extracted_init()
/*
/*	void	cleanup_extracted(state, type, data, len)
/*	CLEANUP_STATE *state;
/*	int	type;
/*	const char *data;
/*	ssize_t	len;
/* DESCRIPTION
/*	cleanup_extracted_init() sets aside a buffer for sender_bcc_maps
/*	results, when that parameter names a table.
/*
/*	cleanup_extracted() takes the records after XTRA: recipients
/*	that the client took from headers (sendmail -t), with their
/*	DSN_ORCPT, DSN_NOTIFY and ORCP records, an smtputf8 attribute
/*	(the SMTPUTF8 request of a queue file that postsuper -r put
/*	back into maildrop/), and END. The first call
/*	writes the XTRA record and remembers its offset (for the MESG
/*	record). At END, the automatic BCC recipients are added
/*	(always_bcc, sender_bcc_maps; when the client allows it), the
/*	smtputf8 attribute is written when the message has SMTPUTF8
/*	flags (cleanup_smtputf8(3)), and the phase becomes
/*	CLEANUP_PHASE_DONE; cleanup_final() writes END.
/*	Other records are a protocol error.
/* DIAGNOSTICS
/*	Warnings for protocol errors.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <vstream.h>
#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <mail_addr_find.h>
#include <record.h>
#include <cleanup_user.h>

/* Application-specific. */

#include "cleanup.h"

static VSTRING *cleanup_extracted_bcc_addr;	/* a sender_bcc_maps result */

/* cleanup_extracted_init - set the buffer aside */

void    cleanup_extracted_init(void)
{
    if (cleanup_send_bcc_maps)
	cleanup_extracted_bcc_addr = vstring_fixed(2 * 8192);
}

/* cleanup_extracted_bcc - automatic BCC recipients */

static void cleanup_extracted_bcc(CLEANUP_STATE *state)
{
    VSTRING *bcc = cleanup_extracted_bcc_addr;
    const char *result;

    if ((state->flags & CLEANUP_FLAG_BCC_OK) == 0)
	return;
    if (*var_always_bcc)
	cleanup_addr_bcc(state, var_always_bcc);
    if (cleanup_send_bcc_maps && VSTRING_LEN(state->sender)) {
	result = mail_addr_find(cleanup_send_bcc_maps, vstring_str(state->sender),
				var_recipient_delimiter, MAIL_ADDR_FIND_DEFAULT, 0);
	if (result) {
	    vstring_strcpy(bcc, result);
	    cleanup_addr_bcc(state, vstring_str(bcc));
	} else if (cleanup_send_bcc_maps->error) {
	    msg_warn("%s: %s map lookup problem for %s -- message not "
		     "accepted, try again later", vstring_str(state->queue_id),
		     VAR_SENDER_BCC_MAPS, vstring_str(state->sender));
	    state->errs |= CLEANUP_STAT_DEFER;
	}
    }
}

/* cleanup_extracted - one record of the extracted section */

void    cleanup_extracted(CLEANUP_STATE *state, int type, const char *data,
			          ssize_t len)
{
    if (state->xtra_offset == 0) {
	if ((state->xtra_offset = vstream_ftell(state->dst)) < 0)
	    state->errs |= CLEANUP_STAT_WRITE;
	cleanup_out(state, REC_TYPE_XTRA, "", 0);
    }
    if ((ssize_t) strlen(data) != len) {
	msg_warn("%s: extracted record type %d: null byte in record",
		 vstring_str(state->queue_id), type);
	state->errs |= CLEANUP_STAT_BAD;
	return;
    }
    switch (type) {
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
	cleanup_addr_recipient(state, data);
	return;
    case REC_TYPE_ATTR:
	if (strncmp(data, MAIL_ATTR_SMTPUTF8 "=",
		    sizeof(MAIL_ATTR_SMTPUTF8)) != 0)
	    break;
	cleanup_smtputf8_attr(state, data + sizeof(MAIL_ATTR_SMTPUTF8));
	return;
    case REC_TYPE_END:
	cleanup_extracted_bcc(state);
	cleanup_smtputf8_final(state);
	state->phase = CLEANUP_PHASE_DONE;
	return;
    default:
	break;
    }
    msg_warn("%s: extracted record type %d: unexpected record",
	     vstring_str(state->queue_id), type);
    state->errs |= CLEANUP_STAT_BAD;
}
