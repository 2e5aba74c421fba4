/*++
/* NAME
/*	cidr_match 3
/* SUMMARY
/*	IPv4 and IPv6 network patterns
/* SYNOPSIS
/*	#include <cidr_match.h>
/*
/*	int	cidr_match_parse(cm, pattern, why)
/*	CIDR_MATCH *cm;
/*	const char *pattern;
/*	VSTRING	*why;
/*
/*	int	cidr_match_addr(text, addr, family)
/*	const char *text;
/*	unsigned char *addr;
/*	int	*family;
/*
/*	int	cidr_match_test(cm, addr, family)
/*	const CIDR_MATCH *cm;
/*	const unsigned char *addr;
/*	int	family;
/* DESCRIPTION
/*	cidr_match_parse() converts a pattern into binary form. A
/*	pattern is an address (an exact match) or network/prefix; the
/*	address part may be enclosed in [] ("[2001:db8::]/32"). An
/*	address with a ":" is IPv6, otherwise IPv4 in dotted-quad form
/*	(no leading zeros, no shorthand). The prefix is a decimal
/*	number of at most 32 (IPv4) or 128 (IPv6) bits, and the bits
/*	after the prefix must be zero. The result is 0, or -1 with the
/*	reason in \fIwhy\fR.
/*
/*	cidr_match_addr() converts a lookup key, a plain IPv4 or IPv6
/*	address without brackets, into CIDR_MATCH_ADDR_LEN bytes of
/*	storage; the result is 0, or -1 when the text is not an
/*	address.
/*
/*	cidr_match_test() returns 1 when the address is inside the
/*	network (same family only; an IPv4-mapped IPv6 address is
/*	IPv6), else 0. It does not allocate.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <port_net.h>
#include <stringops.h>
#include <vstring.h>
#include <cidr_match.h>

/* cidr_match_bytes - address length of a family */

static int cidr_match_bytes(int family)
{
    return (family == AF_INET6 ? 16 : 4);
}

/* cidr_match_addr - convert a lookup key */

int     cidr_match_addr(const char *text, unsigned char *addr, int *family)
{
    *family = strchr(text, ':') ? AF_INET6 : AF_INET;
    memset(addr, 0, CIDR_MATCH_ADDR_LEN);
    return (port_inet_pton(*family, text, addr) == 1 ? 0 : -1);
}

/* cidr_match_prefix - parse the prefix length */

static int cidr_match_prefix(const char *text, int max)
{
    int     len = 0;

    if (!alldig(text) || strlen(text) > 3)
	return (-1);
    while (*text)
	len = len * 10 + (*text++ - '0');
    return (len <= max ? len : -2);
}

/* cidr_match_split - separate address and prefix, in place */

static int cidr_match_split(char *copy, char **addr, char **prefix)
{
    char   *close;

    if (*copy == '[') {
	if ((close = strchr(copy, ']')) == 0)
	    return (-1);
	*close++ = 0;
	*addr = copy + 1;
	if (*close == 0)
	    *prefix = 0;
	else if (*close == '/')
	    *prefix = close + 1;
	else
	    return (-1);
    } else {
	*addr = copy;
	*prefix = split_at(copy, '/');
    }
    return (strchr(*addr, '[') || strchr(*addr, ']') ? -1 : 0);
}

/* cidr_match_parse - convert a pattern */

int     cidr_match_parse(CIDR_MATCH *cm, const char *pattern, VSTRING *why)
{
    char    copy[100];
    char    text[64];
    char   *addr;
    char   *prefix;
    int     nbytes;
    int     bits;
    int     i;

    memset(cm, 0, sizeof(*cm));
    if (strlen(pattern) >= sizeof(copy)
	|| cidr_match_split(strcpy(copy, pattern), &addr, &prefix) < 0) {
	vstring_sprintf(why, "bad address pattern: \"%s\"", pattern);
	return (-1);
    }
    cm->family = strchr(addr, ':') ? AF_INET6 : AF_INET;
    nbytes = cidr_match_bytes(cm->family);
    if (port_inet_pton(cm->family, addr, cm->net) != 1) {
	if (prefix)
	    vstring_sprintf(why, "bad network value in \"%s\"", pattern);
	else
	    vstring_sprintf(why, "bad address pattern: \"%s\"", pattern);
	return (-1);
    }
    if (prefix == 0) {
	cm->prefix = nbytes * 8;
    } else if ((cm->prefix = cidr_match_prefix(prefix, nbytes * 8)) < 0) {
	vstring_sprintf(why, "bad mask %s in \"%s\"",
			cm->prefix == -1 ? "value" : "length", pattern);
	return (-1);
    }
    for (i = 0, bits = cm->prefix; i < nbytes; i++, bits -= 8)
	cm->mask[i] = bits >= 8 ? 0xff : bits <= 0 ? 0 :
	    (unsigned char) (0xff << (8 - bits));
    for (i = 0; i < nbytes; i++) {
	if (cm->net[i] & ~cm->mask[i]) {
	    while (i < nbytes) {
		cm->net[i] &= cm->mask[i];
		i++;
	    }
	    if (port_inet_ntop(cm->family, cm->net, text, sizeof(text)) == 0)
		strcpy(text, "?");
	    vstring_sprintf(why, "non-null host address bits in \"%s\", "
			    "perhaps you should use \"%s/%d\" instead",
			    pattern, text, cm->prefix);
	    return (-1);
	}
    }
    return (0);
}

/* cidr_match_test - is the address inside the network */

int     cidr_match_test(const CIDR_MATCH *cm, const unsigned char *addr, int family)
{
    int     nbytes = cidr_match_bytes(family);
    int     i;

    if (family != cm->family)
	return (0);
    for (i = 0; i < nbytes; i++)
	if ((addr[i] & cm->mask[i]) != cm->net[i])
	    return (0);
    return (1);
}
