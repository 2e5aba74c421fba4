/*++
/* NAME
/*	rewrite_canon 3
/* SUMMARY
/*	bring an address into canonical form
/* SYNOPSIS
/*	#include <rewrite.h>
/*
/*	void	rewrite_conf_init(conf)
/*	REWRITE_CONF *conf;
/*
/*	const char *rewrite_canon(conf, buf, addr)
/*	const REWRITE_CONF *conf;
/*	VSTRING	*buf;
/*	const char *addr;
/* DESCRIPTION
/*	rewrite_canon() does for an internal form address what
/*	trivial-rewrite(8) does in Postfix's "local" rewriting context,
/*	and stores the result in buf (returned). In this order:
/* .IP \(bu
/*	A source route goes: "@a,@b:user@c" becomes "user@c".
/* .IP \(bu
/*	With swap_bangpath, "host!user" (no "@") becomes "user@host";
/*	only the first "!" is taken ("a!b!c" becomes "b!c@a").
/* .IP \(bu
/*	With allow_percent_hack, "user%host" (no "@") becomes
/*	"user@host"; the last "%" is taken.
/* .IP \(bu
/*	With append_at_myorigin, a bare localpart gets "@$myorigin".
/* .IP \(bu
/*	With append_dot_mydomain, a domain without a dot gets
/*	".$mydomain" (not "localhost", not a [literal]).
/* .IP \(bu
/*	Trailing dots of the domain go; the domain is made lower case
/*	(the localpart keeps its case).
/* .PP
/*	The empty address (the null sender) stays empty.
/*
/*	rewrite_conf_init() fills a REWRITE_CONF from the parameters
/*	(params_common and params_rewrite must be initialised).
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <vstring.h>
#include <stringops.h>

/* Global library. */

#include <mail_params.h>
#include <rewrite.h>

/* rewrite_conf_init - settings from main.cf */

void    rewrite_conf_init(REWRITE_CONF *conf)
{
    conf->myorigin = var_myorigin;
    conf->mydomain = var_mydomain;
    conf->append_at_myorigin = var_append_at_myorigin;
    conf->append_dot_mydomain = var_append_dot_mydomain;
    conf->swap_bangpath = var_swap_bangpath;
    conf->allow_percent_hack = var_allow_percent_hack;
}

/* rewrite_canon_route - skip a source route */

static const char *rewrite_canon_route(const char *addr)
{
    const char *colon;

    while (*addr == '@' && (colon = strchr(addr, ':')) != 0)
	addr = colon + 1;
    return (addr);
}

/* rewrite_canon - canonical form of an address */

const char *rewrite_canon(const REWRITE_CONF *conf, VSTRING *buf,
			          const char *addr)
{
    const char *cp;
    char   *domain;
    char   *end;
    size_t  at_pos;

    addr = rewrite_canon_route(addr);
    vstring_strcpy(buf, addr);
    if (*addr == 0)
	return (vstring_str(buf));

    /*
     * Old notations, only when there is no "@" at all.
     */
    if (strchr(addr, '@') == 0) {
	if (conf->swap_bangpath && (cp = strchr(addr, '!')) != 0
	    && cp > addr && cp[1] != 0) {
	    vstring_strcpy(buf, cp + 1);
	    vstring_addch(buf, '@');
	    vstring_strncat(buf, addr, cp - addr);
	} else if (conf->allow_percent_hack
		   && (cp = strrchr(addr, '%')) != 0 && cp > addr && cp[1]) {
	    vstring_strncpy(buf, addr, cp - addr);
	    vstring_addch(buf, '@');
	    vstring_strcat(buf, cp + 1);
	}
    }

    /*
     * Append the origin to a bare localpart.
     */
    if (strchr(vstring_str(buf), '@') == 0) {
	if (!conf->append_at_myorigin || *conf->myorigin == 0)
	    return (vstring_str(buf));
	vstring_addch(buf, '@');
	vstring_strcat(buf, conf->myorigin);
    }

    /*
     * The domain: no trailing dots, lower case, perhaps .$mydomain.
     */
    at_pos = strrchr(vstring_str(buf), '@') - vstring_str(buf);
    domain = vstring_str(buf) + at_pos + 1;
    end = vstring_end(buf);
    while (end > domain && end[-1] == '.')
	*--end = 0;
    vstring_truncate(buf, end - vstring_str(buf));
    domain = vstring_str(buf) + at_pos + 1;
    lowercase(domain);
    if (conf->append_dot_mydomain && *conf->mydomain && *domain
	&& *domain != '[' && strchr(domain, '.') == 0
	&& strcmp(domain, "localhost") != 0) {
	vstring_addch(buf, '.');
	vstring_strcat(buf, conf->mydomain);
	lowercase(vstring_str(buf) + at_pos + 1);
    }
    return (vstring_str(buf));
}
