/*++
/* NAME
/*	rewrite_local 3
/* SUMMARY
/*	is a domain one of ours
/* SYNOPSIS
/*	#include <rewrite.h>
/*
/*	void	rewrite_local_init(mydestination)
/*	const char *mydestination;
/*
/*	int	rewrite_local_domain(domain)
/*	const char *domain;
/*
/*	int	rewrite_local_addr(addr)
/*	const char *addr;
/* DESCRIPTION
/*	Postlet's idea of "local" is smaller than Postfix's: a domain is
/*	ours when it is listed in mydestination (by name, or found in a
/*	"type:table" entry of that list), or when it is a loopback
/*	address literal ([127.0.0.1], [IPv6:::1]). inet_interfaces and
/*	proxy_interfaces are not consulted. Names are compared without
/*	regard to case or trailing dots; parent domains do not match
/*	subdomains (as for mydestination in Postfix).
/*
/*	rewrite_local_init() takes the (expanded) mydestination value;
/*	it is called once at start-up, and again to replace the list.
/*
/*	rewrite_local_domain() tells whether domain is ours.
/*
/*	rewrite_local_addr() does the same for the domain of an
/*	internal form address; an address without a domain is local.
/* DIAGNOSTICS
/*	Fatal: a table in mydestination cannot be opened.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <strings.h>

/* Utility library. */

#include <msg.h>
#include <mymalloc.h>
#include <argv.h>
#include <dict.h>
#include <vstring.h>
#include <stringops.h>

/* Global library. */

#include <maps.h>
#include <rewrite.h>

static ARGV *rewrite_local_names;	/* literal names */
static MAPS *rewrite_local_maps;	/* type:table entries */

/* rewrite_local_init - remember mydestination */

void    rewrite_local_init(const char *mydestination)
{
    VSTRING *tables = vstring_alloc(100);
    ARGV   *words;
    char   *colon;
    int     n;

    if (rewrite_local_names)
	argv_free(rewrite_local_names);
    if (rewrite_local_maps)
	maps_free(rewrite_local_maps);
    rewrite_local_names = argv_alloc(4);
    rewrite_local_maps = 0;
    words = argv_split(mydestination, ", \t\r\n");
    for (n = 0; n < words->argc; n++) {
	if ((colon = strchr(words->argv[n], ':')) != 0) {
	    *colon = 0;
	    if (dict_type_known(words->argv[n])) {
		*colon = ':';
		if (VSTRING_LEN(tables))
		    vstring_addch(tables, ' ');
		vstring_strcat(tables, words->argv[n]);
		continue;
	    }
	    *colon = ':';
	}
	argv_add(rewrite_local_names, words->argv[n], (char *) 0);
    }
    if (VSTRING_LEN(tables))
	rewrite_local_maps = maps_create("mydestination", vstring_str(tables),
					 DICT_FLAG_FOLD_FIX);
    argv_free(words);
    vstring_free(tables);
}

/* rewrite_local_domain - is this domain ours */

int     rewrite_local_domain(const char *domain)
{
    char    key[DICT_KEY_MAX];
    size_t  len = strlen(domain);
    int     n;

    while (len > 0 && domain[len - 1] == '.')
	len--;
    if (len == 0 || len >= sizeof(key))
	return (0);
    memcpy(key, domain, len);
    key[len] = 0;
    lowercase(key);
    if (strcmp(key, "[127.0.0.1]") == 0 || strcmp(key, "[ipv6:::1]") == 0)
	return (1);
    if (rewrite_local_names == 0)
	msg_panic("rewrite_local_domain: rewrite_local_init was not called");
    for (n = 0; n < rewrite_local_names->argc; n++)
	if (strcasecmp(key, rewrite_local_names->argv[n]) == 0)
	    return (1);
    if (rewrite_local_maps && maps_find(rewrite_local_maps, key, 0) != 0)
	return (1);
    return (0);
}

/* rewrite_local_addr - is this address's domain ours */

int     rewrite_local_addr(const char *addr)
{
    const char *at = strrchr(addr, '@');

    return (at == 0 || rewrite_local_domain(at + 1));
}
