/*++
/* NAME
/*	smtp_cmd_parse 3
/* SUMMARY
/*	SMTP server command parsing
/* SYNOPSIS
/*	#include <smtp_cmd_parse.h>
/*
/*	char	*smtp_cmd_verb(line, rest)
/*	char	*line;
/*	char	**rest;
/*
/*	int	smtp_cmd_path(text, keyword, addr, params)
/*	char	*text;
/*	const char *keyword;
/*	VSTRING	*addr;
/*	char	**params;
/*
/*	int	smtp_cmd_param(cpp, name, value)
/*	char	**cpp;
/*	char	**name;
/*	char	**value;
/*
/*	int	smtp_cmd_xtext(dst, text)
/*	VSTRING	*dst;
/*	const char *text;
/* DESCRIPTION
/*	The parts of an RFC 5321 server that sendmail -bs and smtpd(8)
/*	share. Every function works on a line that the caller has read
/*	(without CRLF) and may modify it in place.
/*
/*	smtp_cmd_verb() upper-cases the first word of the line in
/*	place and returns it; rest gets the text after the white space
/*	that follows it (an empty string when there is none).
/*
/*	smtp_cmd_path() parses the argument of MAIL and RCPT: the
/*	keyword ("FROM:" or "TO:", compared without case), optional
/*	blanks, then a path: "<address>" (quoted strings and backslash
/*	escapes inside are honoured; a source route "@a,@b:" is
/*	dropped) or an address without brackets, as Postfix accepts
/*	unless strict_rfc821_envelopes is set. The address goes into
/*	addr in internal form (unquote_822_local(3)); params points to
/*	what follows (ESMTP parameters). The result is 0, or -1 for bad
/*	syntax (no keyword, unbalanced brackets or quotes, a control
/*	character or blank in the address).
/*
/*	smtp_cmd_param() takes the next "NAME=value" or "NAME" word
/*	from *cpp, upper-cases NAME, and returns 1; value is null
/*	without '='. It returns 0 when there are no more words.
/*
/*	smtp_cmd_xtext() decodes RFC 3461 xtext ("+2B" is '+') into
/*	dst; it returns 0, or -1 for a malformed "+XX" or a character
/*	that xtext does not allow (a NUL byte included).
/* DIAGNOSTICS
/*	None: the caller replies to the client.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <ctype.h>

#include <vstring.h>
#include <stringops.h>
#include <quote_822_local.h>
#include <smtp_cmd_parse.h>

#define SMTP_BLANK(c)	((c) == ' ' || (c) == '\t')

/* smtp_cmd_verb - split off and upper-case the command word */

char   *smtp_cmd_verb(char *line, char **rest)
{
    char   *verb;
    char   *cp;

    for (verb = line; SMTP_BLANK(*verb); verb++)
	 /* void */ ;
    for (cp = verb; *cp && !SMTP_BLANK(*cp); cp++)
	*cp = toupper((unsigned char) *cp);
    if (*cp)
	*cp++ = 0;
    while (SMTP_BLANK(*cp))
	cp++;
    *rest = cp;
    return (verb);
}

/* smtp_cmd_path - parse "FROM:<addr> params" or "TO:<addr> params" */

int     smtp_cmd_path(char *text, const char *keyword, VSTRING *addr,
		              char **params)
{
    size_t  klen = strlen(keyword);
    char   *cp;
    char   *start;
    char   *end;
    int     quoted = 0;

    if (strncasecmp(text, keyword, klen) != 0)
	return (-1);
    for (cp = text + klen; SMTP_BLANK(*cp); cp++)
	 /* void */ ;
    if (*cp == '<') {
	start = ++cp;
	for (end = 0; *cp && end == 0; cp++) {
	    if (*cp == '\\' && cp[1] != 0)
		cp++;
	    else if (*cp == '"')
		quoted = !quoted;
	    else if (*cp == '>' && !quoted)
		end = cp;
	}
	if (end == 0)
	    return (-1);
	*end = 0;
	if (*cp != 0 && !SMTP_BLANK(*cp))
	    return (-1);
    } else {
	start = cp;
	while (*cp && !SMTP_BLANK(*cp))
	    cp++;
	end = cp;
	if (*cp)
	    *cp++ = 0;
	if (*start == 0)
	    return (-1);
    }
    while (SMTP_BLANK(*cp))
	cp++;
    *params = cp;

    /*
     * Drop a source route; refuse control characters and unquoted blanks.
     */
    if (*start == '@' && (cp = strchr(start, ':')) != 0)
	start = cp + 1;
    for (quoted = 0, cp = start; *cp; cp++) {
	if ((unsigned char) *cp < 0x20 || *cp == 0x7f)
	    return (-1);
	if (*cp == '\\' && cp[1] != 0)
	    cp++;
	else if (*cp == '"')
	    quoted = !quoted;
	else if (SMTP_BLANK(*cp) && !quoted)
	    return (-1);
	else if ((*cp == '<' || *cp == '>') && !quoted)
	    return (-1);
    }
    if (quoted)
	return (-1);
    unquote_822_local(addr, start);
    return (0);
}

/* smtp_cmd_param - next ESMTP parameter */

int     smtp_cmd_param(char **cpp, char **name, char **value)
{
    char   *word;

    if ((word = mystrtok(cpp, " \t")) == 0)
	return (0);
    *name = word;
    *value = split_at(word, '=');
    uppercase(word);
    return (1);
}

/* smtp_cmd_xtext - decode RFC 3461 xtext */

int     smtp_cmd_xtext(VSTRING *dst, const char *text)
{
    const char *cp;
    int     val;
    int     i;
    int     ch;

    vstring_reset(dst);
    for (cp = text; *cp; cp++) {
	if (*cp == '+') {
	    for (val = 0, i = 1; i <= 2; i++) {
		ch = (unsigned char) cp[i];
		if (ch >= '0' && ch <= '9')
		    val = val * 16 + ch - '0';
		else if (ch >= 'A' && ch <= 'F')
		    val = val * 16 + ch - 'A' + 10;
		else
		    return (-1);
	    }
	    if (val == 0)
		return (-1);
	    vstring_addch(dst, val);
	    cp += 2;
	} else if (*cp < '!' || *cp > '~' || *cp == '=') {
	    return (-1);
	} else {
	    vstring_addch(dst, *cp);
	}
    }
    return (0);
}
