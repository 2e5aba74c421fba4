/*++
/* NAME
/*	cleanup_addr 3
/* SUMMARY
/*	envelope and header address processing
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_addr_sender(state, addr)
/*	CLEANUP_STATE *state;
/*	const char *addr;
/*
/*	void	cleanup_addr_recipient(state, addr)
/*	CLEANUP_STATE *state;
/*	const char *addr;
/*
/*	void	cleanup_addr_bcc(state, addr)
/*	CLEANUP_STATE *state;
/*	const char *addr;
/*
/*	void	cleanup_addr_out(state, addr, orig)
/*	CLEANUP_STATE *state;
/*	const char *addr;
/*	const char *orig;
/*
/*	const char *cleanup_addr_header(state, addr, class)
/*	CLEANUP_STATE *state;
/*	const char *addr;
/*	int	class;
/* DESCRIPTION
/*	cleanup_addr_sender() brings the envelope sender into canonical
/*	form, applies sender_canonical_maps, canonical_maps and
/*	masquerading (each when its class list names envelope_sender
/*	and the client allowed mapping), and writes the FROM record.
/*	The null sender stays null. Its final form is looked at for
/*	SMTPUTF8 autodetection (cleanup_smtputf8(3)).
/*
/*	cleanup_addr_recipient() does the same for an envelope recipient
/*	(recipient_canonical_maps, canonical_maps, masquerading), then
/*	expands it with cleanup_map1n(). An empty recipient becomes
/*	empty_address_recipient. The ORCP, DSN_ORCPT and DSN_NOTIFY
/*	values that came before it apply to every address it expands
/*	to, and are then forgotten.
/*
/*	cleanup_addr_bcc() adds a recipient of our own (always_bcc,
/*	sender_bcc_maps): canonical form, then expansion.
/*
/*	cleanup_addr_out() writes one final recipient: DSN_ORCPT,
/*	DSN_NOTIFY, ORCP (with enable_original_recipient), RCPT, unless
/*	the duplicate filter has seen it already; the address is looked
/*	at for SMTPUTF8 autodetection.
/*
/*	cleanup_addr_header() rewrites an address taken from a header
/*	(cut to the length of an address buffer first): canonical form,
/*	then the canonical tables and masquerading as the classes say
/*	for class (CLEANUP_CLASS_HDR_FROM or CLEANUP_CLASS_HDR_RCPT).
/*	Virtual aliases never apply to headers. The result is in
/*	state->addr, until the next call of a function of this module.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <record.h>
#include <cleanup_user.h>
#include <smtputf8.h>
#include <rewrite.h>

/* Application-specific. */

#include "cleanup.h"

/* cleanup_addr_map - canonical tables and masquerading for a class */

static void cleanup_addr_map(CLEANUP_STATE *state, VSTRING *addr, int class,
			             MAPS *own_maps, int own_flags)
{
    if ((state->flags & CLEANUP_FLAG_MAP_OK) == 0 || VSTRING_LEN(addr) == 0)
	return;
    if (own_maps && (own_flags & class))
	cleanup_map11(state, addr, own_maps);
    if (cleanup_comm_canon_maps && (cleanup_comm_canon_flags & class))
	cleanup_map11(state, addr, cleanup_comm_canon_maps);
    if (cleanup_masq_flags & class)
	cleanup_masquerade(addr);
}

/* cleanup_addr_sender - envelope sender */

void    cleanup_addr_sender(CLEANUP_STATE *state, const char *addr)
{
    rewrite_canon(&cleanup_rewrite_conf, state->addr, addr);
    cleanup_addr_map(state, state->addr, CLEANUP_CLASS_ENV_FROM,
		     cleanup_send_canon_maps, cleanup_send_canon_flags);
    vstring_strcpy(state->sender, vstring_str(state->addr));
    cleanup_smtputf8_text(state, SMTPUTF8_FLAG_SENDER,
			  vstring_str(state->sender), VSTRING_LEN(state->sender));
    cleanup_out(state, REC_TYPE_FROM, vstring_str(state->sender),
		VSTRING_LEN(state->sender));
}

/* cleanup_addr_out - write one final recipient */

void    cleanup_addr_out(CLEANUP_STATE *state, const char *addr,
			         const char *orig)
{
    if (cleanup_dup_seen(addr))
	return;
    if (VSTRING_LEN(state->dsn_orcpt))
	cleanup_out_string(state, REC_TYPE_DSN_ORCPT, vstring_str(state->dsn_orcpt));
    if (VSTRING_LEN(state->dsn_notify))
	cleanup_out_string(state, REC_TYPE_DSN_NOTIFY, vstring_str(state->dsn_notify));
    if (var_enable_original_recipient)
	cleanup_out_string(state, REC_TYPE_ORCP, orig);
    cleanup_out_string(state, REC_TYPE_RCPT, addr);
    cleanup_smtputf8_text(state, SMTPUTF8_FLAG_RECIPIENT, addr, strlen(addr));
    state->rcpt_count++;
}

/* cleanup_addr_recipient - envelope recipient */

void    cleanup_addr_recipient(CLEANUP_STATE *state, const char *addr)
{
    if (*addr == 0)
	addr = var_empty_address_recipient;
    if (VSTRING_LEN(state->orig_rcpt) == 0)
	vstring_strcpy(state->orig_rcpt, addr);
    rewrite_canon(&cleanup_rewrite_conf, state->addr, addr);
    cleanup_addr_map(state, state->addr, CLEANUP_CLASS_ENV_RCPT,
		     cleanup_rcpt_canon_maps, cleanup_rcpt_canon_flags);
    if (state->flags & CLEANUP_FLAG_MAP_OK)
	cleanup_map1n(state, vstring_str(state->addr),
		      vstring_str(state->orig_rcpt));
    else
	cleanup_addr_out(state, vstring_str(state->addr),
			 vstring_str(state->orig_rcpt));
    vstring_reset(state->orig_rcpt);
    vstring_reset(state->dsn_orcpt);
    vstring_reset(state->dsn_notify);
}

/* cleanup_addr_bcc - a recipient of our own */

void    cleanup_addr_bcc(CLEANUP_STATE *state, const char *addr)
{
    vstring_reset(state->orig_rcpt);
    vstring_reset(state->dsn_orcpt);
    vstring_reset(state->dsn_notify);
    cleanup_addr_recipient(state, addr);
}

/* cleanup_addr_header - rewrite a header address */

const char *cleanup_addr_header(CLEANUP_STATE *state, const char *addr,
				        int class)
{
    vstring_strcpy(state->addr2, addr);
    rewrite_canon(&cleanup_rewrite_conf, state->addr, vstring_str(state->addr2));
    cleanup_addr_map(state, state->addr, class,
		     class == CLEANUP_CLASS_HDR_FROM ?
		     cleanup_send_canon_maps : cleanup_rcpt_canon_maps,
		     class == CLEANUP_CLASS_HDR_FROM ?
		     cleanup_send_canon_flags : cleanup_rcpt_canon_flags);
    return (vstring_str(state->addr));
}
