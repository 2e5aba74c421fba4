/*++
/* NAME
/*	addr_list 3
/* SUMMARY
/*	extract addresses from a header value or command-line argument
/* SYNOPSIS
/*	#include <addr_list.h>
/*
/*	int	addr_list_parse(list, text, temp)
/*	ARGV	*list;
/*	const char *text;
/*	VSTRING	*temp;
/* DESCRIPTION
/*	addr_list_parse() reads an RFC 5322 address list (the value of
/*	To:, Cc:, Bcc:, or a sendmail command-line recipient) and
/*	appends each address to list in internal form (quotes and
/*	backslash escapes removed, see quote_822_local(3)). It returns
/*	the number of addresses added.
/*
/*	The list is split at commas outside quoted strings, comments
/*	and angle brackets. In each element, comments are dropped; a
/*	group name ("friends:") and the group end (';') are dropped; when
/*	the element has an angle-bracket address, only that is kept
/*	(without a source route "@a,@b:"), else the element less its
/*	white space outside quotes is the address. Empty elements and
/*	empty addresses ("<>") are skipped. Unbalanced quotes, comments
/*	or brackets end at the end of the text: a header written by any
/*	local user must not make this fail.
/*
/*	temp is scratch space owned by the caller; nothing else is
/*	allocated besides what argv_add() needs.
/* DIAGNOSTICS
/*	None.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <argv.h>
#include <vstring.h>
#include <addr_list.h>

/* addr_list_strip - one element without comments, group syntax, route */

static void addr_list_strip(VSTRING *out, const char *start, const char *end)
{
    const char *cp;
    const char *angle = 0;
    int     quoted = 0;
    int     depth = 0;
    size_t  keep;

    /*
     * Drop comments, white space and group syntax outside quotes; remember
     * where an angle-bracket address starts.
     */
    vstring_reset(out);
    for (cp = start; cp < end; cp++) {
	if (*cp == '\\' && cp + 1 < end) {
	    if (depth == 0)
		vstring_addch(out, cp[1]);
	    cp++;
	} else if (depth > 0) {
	    if (*cp == '(')
		depth++;
	    else if (*cp == ')')
		depth--;
	} else if (quoted) {
	    if (*cp == '"')
		quoted = 0;
	    else
		vstring_addch(out, *cp);
	} else if (*cp == '"') {
	    quoted = 1;
	} else if (*cp == '(') {
	    depth = 1;
	} else if (*cp == ' ' || *cp == '\t' || *cp == '\r' || *cp == '\n') {
	     /* skip */ ;
	} else if (*cp == ':' && angle == 0) {
	    vstring_reset(out);			/* group name */
	} else if (*cp == ';' && angle == 0) {
	     /* group end */ ;
	} else if (*cp == '<' && angle == 0) {
	    vstring_reset(out);			/* display name */
	    angle = cp;
	} else if (*cp == '>' && angle != 0) {
	    break;
	} else {
	    vstring_addch(out, *cp);
	}
    }

    /*
     * Drop a source route from an angle-bracket address.
     */
    if (angle != 0 && vstring_str(out)[0] == '@'
	&& (cp = strchr(vstring_str(out), ':')) != 0) {
	keep = VSTRING_LEN(out) - (cp + 1 - vstring_str(out));
	memmove(vstring_str(out), cp + 1, keep + 1);
	vstring_truncate(out, keep);
    }
}

/* addr_list_parse - append the addresses in text to list */

int     addr_list_parse(ARGV *list, const char *text, VSTRING *temp)
{
    const char *cp;
    const char *start = text;
    int     quoted = 0;
    int     depth = 0;
    int     angle = 0;
    int     count = 0;

    for (cp = text; /* see below */ ; cp++) {
	if (*cp == 0 || (*cp == ',' && !quoted && depth == 0 && angle == 0)) {
	    addr_list_strip(temp, start, cp);
	    if (VSTRING_LEN(temp) > 0) {
		argv_add(list, vstring_str(temp), ARGV_END);
		count++;
	    }
	    if (*cp == 0)
		break;
	    start = cp + 1;
	} else if (*cp == '\\' && cp[1] != 0) {
	    cp++;
	} else if (depth > 0) {
	    if (*cp == '(')
		depth++;
	    else if (*cp == ')')
		depth--;
	} else if (*cp == '"') {
	    quoted = !quoted;
	} else if (!quoted) {
	    if (*cp == '(')
		depth = 1;
	    else if (*cp == '<')
		angle = 1;
	    else if (*cp == '>')
		angle = 0;
	}
    }
    return (count);
}
