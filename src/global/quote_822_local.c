/*++
/* NAME
/*	quote_822_local 3
/* SUMMARY
/*	quote and unquote the local part of an address
/* SYNOPSIS
/*	#include <quote_822_local.h>
/*
/*	const char *quote_822_local(dst, addr)
/*	VSTRING	*dst;
/*	const char *addr;
/*
/*	const char *unquote_822_local(dst, addr)
/*	VSTRING	*dst;
/*	const char *addr;
/* DESCRIPTION
/*	Postlet keeps addresses in internal form: the local part without
/*	RFC 5322 quoting ("john smith@example.com"). On the wire (SMTP
/*	commands, message headers) the local part must be quoted when
/*	it is not a dot-atom ("\"john smith\"@example.com").
/*
/*	quote_822_local() converts an internal address to external
/*	form: when the part before the last '@' holds a character that
/*	is not allowed in an atom, or its dots do not separate atoms,
/*	that part is put in double quotes, with a backslash before any
/*	'"' and '\\'. The domain is copied as it is.
/*
/*	unquote_822_local() does the opposite: quotes and backslash
/*	escapes are removed from the part before the last '@' that is
/*	not inside a quoted string.
/*
/*	Both write the result into dst and return its string.
/* DIAGNOSTICS
/*	None: every input has a result.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <vstring.h>
#include <quote_822_local.h>

/* quote_822_atext - RFC 5322 atom character */

static int quote_822_atext(int ch)
{
    if (ch >= 'a' && ch <= 'z')
	return (1);
    if (ch >= 'A' && ch <= 'Z')
	return (1);
    if (ch >= '0' && ch <= '9')
	return (1);
    if (ch & 0x80)
	return (1);				/* SMTPUTF8: leave it alone */
    return (ch != 0 && strchr("!#$%&'*+-/=?^_`{|}~", ch) != 0);
}

/* quote_822_needed - does this local part need quotes */

static int quote_822_needed(const char *local, size_t len)
{
    size_t  i;

    if (len == 0)
	return (0);
    if (local[0] == '.' || local[len - 1] == '.')
	return (1);
    for (i = 0; i < len; i++) {
	if (local[i] == '.') {
	    if (local[i + 1] == '.')
		return (1);
	} else if (!quote_822_atext((unsigned char) local[i]))
	    return (1);
    }
    return (0);
}

/* quote_822_local - internal form to external form */

const char *quote_822_local(VSTRING *dst, const char *addr)
{
    const char *at = strrchr(addr, '@');
    size_t  len = at ? (size_t) (at - addr) : strlen(addr);
    size_t  i;

    vstring_reset(dst);
    if (quote_822_needed(addr, len)) {
	vstring_addch(dst, '"');
	for (i = 0; i < len; i++) {
	    if (addr[i] == '"' || addr[i] == '\\')
		vstring_addch(dst, '\\');
	    vstring_addch(dst, addr[i]);
	}
	vstring_addch(dst, '"');
    } else {
	vstring_memcat(dst, addr, len);
    }
    if (at)
	vstring_strcat(dst, at);
    return (vstring_str(dst));
}

/* unquote_822_local - external form to internal form */

const char *unquote_822_local(VSTRING *dst, const char *addr)
{
    const char *cp;
    const char *domain = 0;
    int     quoted = 0;

    /*
     * Find the '@' that starts the domain: the last one outside quotes.
     */
    for (cp = addr; *cp; cp++) {
	if (*cp == '\\' && cp[1] != 0)
	    cp++;
	else if (*cp == '"')
	    quoted = !quoted;
	else if (*cp == '@' && !quoted)
	    domain = cp;
    }
    vstring_reset(dst);
    for (cp = addr; *cp && cp != domain; cp++) {
	if (*cp == '\\' && cp[1] != 0 && cp + 1 != domain)
	    vstring_addch(dst, *++cp);
	else if (*cp != '"')
	    vstring_addch(dst, *cp);
    }
    if (domain)
	vstring_strcat(dst, domain);
    return (vstring_str(dst));
}
