/*++
/* NAME
/*	smtp_map 3
/* SUMMARY
/*	the client's address-keyed tables: generic(5) and EHLO discarding
/* SYNOPSIS
/*	#include "smtp.h"
/*	#include "smtp_proto.h"
/*
/*	void	smtp_map_init()
/*
/*	int	smtp_map_addr(addr, result)
/*	const char *addr;
/*	VSTRING	*result;
/*
/*	const char *smtp_map_ehlo_words(addr, error)
/*	const char *addr;
/*	int	*error;
/* DESCRIPTION
/*	smtp_map_init() opens, once at start-up, smtp_generic_maps and
/*	smtp_discard_ehlo_keyword_address_maps (lmtp_generic_maps and
/*	lmtp_discard_lhlo_keyword_address_maps in LMTP mode). With
/*	generic maps it also reads the address rewriting parameters
/*	(params_rewrite: append_at_myorigin, append_dot_mydomain, ...)
/*	and mydestination, which the lookups below need.
/*
/*	smtp_map_addr() maps an address (internal form) as generic(5)
/*	says: the keys user+ext@domain, user@domain, then user+ext and
/*	user when the domain is ours (mydestination; see rewrite_local(3)),
/*	then @domain (mail_addr_find(3), with recipient_delimiter). A
/*	result of the form "@otherdomain" keeps the user and replaces the
/*	domain; every result is then brought into canonical form as
/*	trivial-rewrite would (append_at_myorigin, append_dot_mydomain;
/*	rewrite_canon(3)). An unmatched address extension is not carried
/*	over (Postfix's default: propagate_unmatched_extensions does not
/*	name generic). The null address is never looked up. Returns 1
/*	with the new address in result, 0 with addr itself in result (not
/*	found, or no table), or -1 when a table failed or the result is
/*	longer than SMTP_MAP_RESULT_MAX (the caller defers: 4.3.0 "table
/*	lookup failure"); result must hold SMTP_MAP_RESULT_MAX bytes.
/*
/*	smtp_map_ehlo_words() looks up a server address in the discard
/*	table: the keyword list, or null with *error 0 (not found, or no
/*	table) or 1 (lookup failure).
/* DIAGNOSTICS
/*	Fatal: a table that cannot be opened. Warnings: lookup failures,
/*	results that are too long.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <vstring.h>
#include <dict.h>

/* Global library. */

#include <mail_conf.h>
#include <mail_params.h>
#include <maps.h>
#include <mail_addr_find.h>
#include <rewrite.h>

/* Application-specific. */

#include "smtp.h"
#include "smtp_params.h"
#include "smtp_proto.h"

static MAPS *smtp_map_generic;		/* smtp_generic_maps */
static MAPS *smtp_map_ehlo;		/* discard EHLO keywords, by address */
static REWRITE_CONF smtp_map_conf;	/* canonical form of results */
static VSTRING *smtp_map_buf;		/* a result being built */

/* smtp_map_init - open the tables once */

void    smtp_map_init(void)
{
    char    title[100];

    smtp_map_generic = smtp_map_ehlo = 0;
    if (*smtp_par.generic_maps) {
	mail_params_init(params_rewrite);
	rewrite_conf_init(&smtp_map_conf);
	rewrite_local_init(var_mydestination);
	snprintf(title, sizeof(title), "%s_generic_maps", smtp_par.proto);
	smtp_map_generic = maps_create(title, smtp_par.generic_maps,
				       DICT_FLAG_FOLD_FIX);
	smtp_map_buf = vstring_fixed(SMTP_MAP_RESULT_MAX + 1);
    }
    if (*smtp_par.discard_ehlo_keyword_address_maps) {
	snprintf(title, sizeof(title), "%s_discard_%s_keyword_address_maps",
		 smtp_par.proto, smtp_par.lmtp ? "lhlo" : "ehlo");
	smtp_map_ehlo = maps_create(title,
				    smtp_par.discard_ehlo_keyword_address_maps,
				    DICT_FLAG_FOLD_FIX);
    }
}

/* smtp_map_addr - generic(5) mapping of one address */

int     smtp_map_addr(const char *addr, VSTRING *result)
{
    const char *value;
    const char *at;
    int     strategy = MAIL_ADDR_FIND_DEFAULT;

    if (smtp_map_generic == 0 || *addr == 0) {
	vstring_strcpy(result, addr);
	return (0);
    }
    if (!rewrite_local_addr(addr))
	strategy &= ~MAIL_ADDR_FIND_LOCALPART;
    value = mail_addr_find(smtp_map_generic, addr, var_recipient_delimiter,
			   strategy, (VSTRING *) 0);
    if (value == 0) {
	if (smtp_map_generic->error != DICT_ERR_NONE) {
	    msg_warn("%s: table lookup failure for %s",
		     smtp_map_generic->title, addr);
	    return (-1);
	}
	vstring_strcpy(result, addr);
	return (0);
    }

    /*
     * "@otherdomain": the same user in the other domain.
     */
    vstring_reset(smtp_map_buf);
    if (*value == '@') {
	at = strrchr(addr, '@');
	vstring_strncpy(smtp_map_buf, addr, at ? (size_t) (at - addr) : strlen(addr));
    }
    vstring_strcat(smtp_map_buf, value);
    if (!vstring_overflowed(smtp_map_buf)) {
	vstring_reset(result);
	rewrite_canon(&smtp_map_conf, result, vstring_str(smtp_map_buf));
    }
    if (vstring_overflowed(smtp_map_buf) || vstring_overflowed(result)
	|| VSTRING_LEN(result) > SMTP_MAP_RESULT_MAX) {
	msg_warn("%s: result for %s is longer than %d bytes",
		 smtp_map_generic->title, addr, SMTP_MAP_RESULT_MAX);
	return (-1);
    }
    return (1);
}

/* smtp_map_ehlo_words - EHLO keywords to discard for a server */

const char *smtp_map_ehlo_words(const char *addr, int *error)
{
    const char *value;

    *error = 0;
    if (smtp_map_ehlo == 0)
	return (0);
    if ((value = maps_find(smtp_map_ehlo, addr, 0)) == 0
	&& smtp_map_ehlo->error != DICT_ERR_NONE) {
	msg_warn("%s: table lookup failure for %s", smtp_map_ehlo->title, addr);
	*error = 1;
    }
    return (value);
}
