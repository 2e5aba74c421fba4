/*++
/* NAME
/*	dns_name 3
/* SUMMARY
/*	domain name syntax check
/* SYNOPSIS
/*	#include <dns.h>
/*
/*	int	dns_valid_name(name)
/*	const char *name;
/* DESCRIPTION
/*	dns_valid_name() returns 1 when name is a domain name that the
/*	lookups may send to a name server: labels of ASCII letters,
/*	digits, hyphens and underscores, each 1..63 bytes, at most 253
/*	bytes in all without the optional trailing dot; 0 otherwise
/*	(a null pointer, an empty name, a lone dot, an empty label, any
/*	other byte).
/* DIAGNOSTICS
/*	None.
/*--*/

#include <sys_defs.h>

#include <dns.h>

#define DNS_LABEL_MAX	63
#define DNS_TEXT_MAX	253

/* dns_name_char - letter, digit, hyphen or underscore */

static int dns_name_char(int ch)
{
    return ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
	    || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_');
}

/* dns_valid_name - syntax check */

int     dns_valid_name(const char *name)
{
    const unsigned char *cp;
    size_t  label = 0;
    size_t  total = 0;

    if (name == 0 || *name == 0)
	return (0);
    for (cp = (const unsigned char *) name; *cp; cp++, total++) {
	if (*cp == '.') {
	    if (label == 0)
		return (0);
	    if (cp[1] == 0)
		break;
	    label = 0;
	} else if (!dns_name_char(*cp) || ++label > DNS_LABEL_MAX) {
	    return (0);
	}
	if (total >= DNS_TEXT_MAX)
	    return (0);
    }
    return (1);
}
