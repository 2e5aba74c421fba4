/*++
/* NAME
/*	qmgr_resolve 3
/* SUMMARY
/*	recipient to transport and nexthop
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	void	qmgr_resolve_conf(conf)
/*	QMGR_RESOLVE_CONF *conf;
/*
/*	int	qmgr_resolve(conf, address, transport, nexthop)
/*	const QMGR_RESOLVE_CONF *conf;
/*	const char *address;
/*	VSTRING	*transport;
/*	VSTRING	*nexthop;
/* DESCRIPTION
/*	qmgr_resolve_conf() fills in the settings from main.cf.
/*
/*	qmgr_resolve() routes one recipient (internal form) the way
/*	Postfix's trivial-rewrite does:
/* .IP 1.
/*	The address class gives a default transport and nexthop: a
/*	domain in mydestination (or no domain) is local:
/*	local_transport, nexthop its ":host" part or myhostname; a
/*	domain in relay_domains (names; a parent entry matches its
/*	subdomains) uses relay_transport; any other default_transport.
/*	For the last two the nexthop is the transport's ":nexthop" part,
/*	else relayhost, else the recipient domain.
/* .IP 2.
/*	transport_maps are searched for the full address, the domain,
/*	its parent domains as ".parent", then "*" (the partial keys in
/*	fixed-string tables only). A result "transport:nexthop"
/*	replaces the default; an empty part keeps the default one.
/* .PP
/*	Postlet has no local delivery agent. When local_transport
/*	names "local" (Postfix's default), local recipients that no
/*	alias rewrote are returned to the sender through the error
/*	transport with "5.1.1 local delivery is not available". Set
/*	local_transport to another transport (lmtp:unix:..., or
/*	relay:[mailhub]) to deliver them.
/*
/*	The result is QMGR_RESOLVE_OK, or QMGR_RESOLVE_RETRY when a
/*	table lookup failed (the recipient is deferred).
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <strings.h>

/* Utility library. */

#include <msg.h>
#include <vstring.h>
#include <dict.h>

/* Global library. */

#include <mail_params.h>
#include <maps.h>
#include <rewrite.h>

/* Application-specific. */

#include "qmgr.h"

 /*
  * What a local recipient gets when there is no local delivery agent.
  */
#define QMGR_RESOLVE_NO_LOCAL	"5.1.1 local delivery is not available"

/* qmgr_resolve_conf - settings from main.cf */

void    qmgr_resolve_conf(QMGR_RESOLVE_CONF *conf)
{
    conf->transport_maps = qmgr_transport_maps;
    conf->default_transport = var_default_transport;
    conf->relay_transport = var_relay_transport;
    conf->local_transport = var_local_transport;
    conf->relayhost = var_relayhost;
    conf->relay_domains = var_relay_domains;
    conf->myhostname = var_myhostname;
}

/* qmgr_resolve_split - "transport:nexthop" into its parts */

static void qmgr_resolve_split(const char *value, VSTRING *transport,
			               VSTRING *nexthop)
{
    const char *colon = strchr(value, ':');

    if (colon == 0) {
	vstring_strcpy(transport, value);
	vstring_reset(nexthop);
    } else {
	vstring_strncpy(transport, value, (size_t) (colon - value));
	vstring_strcpy(nexthop, colon + 1);
    }
}

/* qmgr_resolve_listed - is a domain in a list of names */

static int qmgr_resolve_listed(const char *list, const char *domain)
{
    const char *cp = list;
    const char *end;
    size_t  len;
    size_t  dlen = strlen(domain);

    while (*cp) {
	cp += strspn(cp, ", \t\r\n");
	end = cp + strcspn(cp, ", \t\r\n");
	len = (size_t) (end - cp);
	if (len > 0 && memchr(cp, ':', len) == 0
	    && ((len == dlen && strncasecmp(cp, domain, len) == 0)
		|| (dlen > len && domain[dlen - len - 1] == '.'
		    && strncasecmp(cp, domain + dlen - len, len) == 0)))
	    return (1);
	cp = end;
    }
    return (0);
}

/* qmgr_resolve_find - search transport_maps */

static const char *qmgr_resolve_find(MAPS *maps, const char *address,
				             const char *domain, int *error)
{
    const char *value;
    const char *cp;

    *error = 0;
    if ((value = maps_find(maps, address, 0)) != 0)
	return (value);
    if (maps->error) {
	*error = 1;
	return (0);
    }
    if (*domain) {
	if ((value = maps_find(maps, domain, DICT_FLAG_FIXED)) != 0)
	    return (value);
	for (cp = strchr(domain, '.'); cp != 0 && maps->error == 0;
	     cp = strchr(cp + 1, '.'))
	    if ((value = maps_find(maps, cp, DICT_FLAG_FIXED)) != 0)
		return (value);
    }
    if (maps->error == 0 && (value = maps_find(maps, "*", DICT_FLAG_FIXED)) != 0)
	return (value);
    *error = (maps->error != 0);
    return (0);
}

/* qmgr_resolve - route one recipient */

int     qmgr_resolve(const QMGR_RESOLVE_CONF *conf, const char *address,
		             VSTRING *transport, VSTRING *nexthop)
{
    const char *at = strrchr(address, '@');
    const char *domain = at ? at + 1 : "";
    const char *value;
    int     local;
    int     error;

    /*
     * The address class and its defaults.
     */
    local = (*domain == 0 || rewrite_local_domain(domain));
    if (local) {
	qmgr_resolve_split(conf->local_transport, transport, nexthop);
	if (strcmp(vstring_str(transport), "local") == 0) {
	    vstring_strcpy(transport, "error");
	    vstring_strcpy(nexthop, QMGR_RESOLVE_NO_LOCAL);
	} else if (VSTRING_LEN(nexthop) == 0) {
	    vstring_strcpy(nexthop, conf->myhostname);
	}
    } else {
	qmgr_resolve_split(qmgr_resolve_listed(conf->relay_domains, domain) ?
			   conf->relay_transport : conf->default_transport,
			   transport, nexthop);
	if (VSTRING_LEN(nexthop) == 0)
	    vstring_strcpy(nexthop, *conf->relayhost ? conf->relayhost : domain);
    }

    /*
     * transport_maps override.
     */
    if (conf->transport_maps != 0) {
	value = qmgr_resolve_find(conf->transport_maps, address, domain, &error);
	if (error)
	    return (QMGR_RESOLVE_RETRY);
	if (value != 0) {
	    const char *colon = strchr(value, ':');
	    size_t  tlen = colon ? (size_t) (colon - value) : strlen(value);

	    if (tlen > 0)
		vstring_strncpy(transport, value, tlen);
	    if (colon != 0 && colon[1] != 0)
		vstring_strcpy(nexthop, colon + 1);
	}
    }
    return (QMGR_RESOLVE_OK);
}
