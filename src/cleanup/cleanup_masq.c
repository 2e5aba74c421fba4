/*++
/* NAME
/*	cleanup_masq 3
/* SUMMARY
/*	address masquerading
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_masquerade(addr)
/*	VSTRING	*addr;
/* DESCRIPTION
/*	cleanup_masquerade() strips the subdomain part of an address's
/*	domain when the domain lies below one of masquerade_domains:
/*	with "example.com", user@host.example.com becomes
/*	user@example.com. The list is searched in order and the first
/*	entry that the domain equals or lies below decides; an entry
/*	"!name" means that name and its subdomains keep their form.
/*	Addresses whose localpart is in masquerade_exceptions are left
/*	alone. The caller decides which address classes this applies to
/*	(masquerade_classes).
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <strings.h>

/* Utility library. */

#include <vstring.h>

/* Global library. */

#include <mail_params.h>

/* Application-specific. */

#include "cleanup.h"

#define CLEANUP_MASQ_SEP	", \t\r\n"

/* cleanup_masq_in_list - is the word in a list */

static int cleanup_masq_in_list(const char *word, size_t len, const char *list)
{
    size_t  n;

    while (*list) {
	list += strspn(list, CLEANUP_MASQ_SEP);
	n = strcspn(list, CLEANUP_MASQ_SEP);
	if (n == len && n > 0 && strncasecmp(list, word, len) == 0)
	    return (1);
	list += n;
    }
    return (0);
}

/* cleanup_masquerade - strip subdomains */

void    cleanup_masquerade(VSTRING *addr)
{
    const char *list = var_masquerade_domains;
    char   *at = strrchr(vstring_str(addr), '@');
    char   *domain;
    size_t  dom_len;
    size_t  n;
    int     negate;
    const char *entry;

    if (at == 0 || *list == 0)
	return;
    if (*var_masquerade_exceptions
	&& cleanup_masq_in_list(vstring_str(addr), at - vstring_str(addr),
				var_masquerade_exceptions))
	return;
    domain = at + 1;
    dom_len = strlen(domain);
    while (*list) {
	list += strspn(list, CLEANUP_MASQ_SEP);
	n = strcspn(list, CLEANUP_MASQ_SEP);
	entry = list;
	list += n;
	if (n == 0)
	    continue;
	negate = (*entry == '!');
	if (negate) {
	    entry++;
	    n--;
	}
	if (n == 0 || n > dom_len || strncasecmp(domain + dom_len - n, entry, n))
	    continue;
	if (n < dom_len && domain[dom_len - n - 1] != '.')
	    continue;
	if (!negate && n < dom_len) {
	    memmove(domain, domain + dom_len - n, n + 1);
	    vstring_truncate(addr, domain + n - vstring_str(addr));
	}
	return;
    }
}
