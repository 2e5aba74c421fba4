/*++
/* NAME
/*	stringops 3
/* SUMMARY
/*	small string operations
/* SYNOPSIS
/*	#include <stringops.h>
/*
/*	char	*mystrtok(bufp, delimiters)
/*	char	*mystrtokq(bufp, delimiters, parens)
/*	char	*trimblanks(string, len)
/*	char	*lowercase(string)
/*	char	*uppercase(string)
/*	char	*split_at(string, delimiter)
/*	char	*split_at_right(string, delimiter)
/*	int	alldig(string)
/*	int	allprint(string)
/*	char	*concatenate(str, ..., (char *) 0)
/*	const char *split_nameval(buf, name, value)
/*	const char *sane_basename(path)
/*	char	*printable(string, replacement)
/*	int	extpar(bufp, parens, flags)
/* DESCRIPTION
/*	mystrtok() returns the next token from *bufp, skipping leading
/*	delimiters, and advances *bufp; it returns a null pointer at
/*	the end. mystrtokq() is the same, but a token may contain
/*	delimiters inside a pair of the given parentheses ("{}").
/*
/*	trimblanks() returns a pointer just past the last non-blank
/*	byte of string (len < 0: use strlen()).
/*
/*	split_at() terminates string at the first delimiter and returns
/*	what follows it, or a null pointer; split_at_right() does the
/*	same with the last delimiter.
/*
/*	split_nameval() parses "name = value" in place: blanks around
/*	either part are removed. It returns an error text, or a null
/*	pointer on success.
/*
/*	sane_basename() returns the last pathname component.
/*
/*	printable() replaces every non-printable byte in place.
/*
/*	extpar() removes a pair of outer parentheses (parens is "{}")
/*	from *bufp, optionally with the blanks inside; it returns 0, or
/*	-1 when the closing parenthesis is missing or text follows it.
/*
/*	concatenate() returns a new string (myfree()).
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <stdarg.h>
#include <string.h>

#include <mymalloc.h>
#include <stringops.h>

/* mystrtok - next token */

char   *mystrtok(char **bufp, const char *delim)
{
    char   *start = *bufp;
    char   *end;

    start += strspn(start, delim);
    if (*start == 0)
	return (0);
    end = start + strcspn(start, delim);
    if (*end != 0)
	*end++ = 0;
    *bufp = end;
    return (start);
}

/* mystrtokq - next token, honouring parentheses */

char   *mystrtokq(char **bufp, const char *delim, const char *parens)
{
    char   *start = *bufp;
    char   *cp;
    int     level = 0;

    start += strspn(start, delim);
    if (*start == 0)
	return (0);
    for (cp = start; *cp; cp++) {
	if (*cp == parens[0])
	    level++;
	else if (level > 0 && *cp == parens[1])
	    level--;
	else if (level == 0 && strchr(delim, *cp))
	    break;
    }
    if (*cp != 0)
	*cp++ = 0;
    *bufp = cp;
    return (start);
}

/* trimblanks - find the end of the non-blank text */

char   *trimblanks(char *string, ssize_t len)
{
    char   *curr;

    if (len < 0)
	len = strlen(string);
    curr = string + len;
    while (curr > string && isspace((unsigned char) curr[-1]))
	curr--;
    return (curr);
}

/* lowercase - fold to lower case in place */

char   *lowercase(char *string)
{
    char   *cp;

    for (cp = string; *cp; cp++)
	*cp = tolower((unsigned char) *cp);
    return (string);
}

/* uppercase - fold to upper case in place */

char   *uppercase(char *string)
{
    char   *cp;

    for (cp = string; *cp; cp++)
	*cp = toupper((unsigned char) *cp);
    return (string);
}

/* split_at - split at the first delimiter */

char   *split_at(char *string, int delim)
{
    char   *cp = strchr(string, delim);

    if (cp)
	*cp++ = 0;
    return (cp);
}

/* split_at_right - split at the last delimiter */

char   *split_at_right(char *string, int delim)
{
    char   *cp = strrchr(string, delim);

    if (cp)
	*cp++ = 0;
    return (cp);
}

/* alldig - non-empty and all digits */

int     alldig(const char *string)
{
    const char *cp;

    if (*string == 0)
	return (0);
    for (cp = string; *cp; cp++)
	if (!isdigit((unsigned char) *cp))
	    return (0);
    return (1);
}

/* allprint - all printable ASCII */

int     allprint(const char *string)
{
    const unsigned char *cp;

    for (cp = (const unsigned char *) string; *cp; cp++)
	if (*cp < 0x20 || *cp > 0x7e)
	    return (0);
    return (1);
}

/* concatenate - join strings into new memory */

char   *concatenate(const char *arg0,...)
{
    va_list ap;
    size_t  len = 0;
    const char *arg;
    char   *result;
    char   *cp;

    va_start(ap, arg0);
    for (arg = arg0; arg; arg = va_arg(ap, const char *))
	len += strlen(arg);
    va_end(ap);
    cp = result = mymalloc(len + 1);
    va_start(ap, arg0);
    for (arg = arg0; arg; arg = va_arg(ap, const char *)) {
	len = strlen(arg);
	memcpy(cp, arg, len);
	cp += len;
    }
    va_end(ap);
    *cp = 0;
    return (result);
}

/* split_nameval - parse "name = value" in place */

const char *split_nameval(char *buf, char **name, char **value)
{
    char   *np;
    char   *ep;
    char   *cp;

    np = buf + strspn(buf, CHARS_SPACE);
    if (*np == 0 || *np == '=')
	return ("missing attribute name");
    for (ep = np; *ep && *ep != '=' && !isspace((unsigned char) *ep); ep++)
	 /* void */ ;
    cp = ep + strspn(ep, CHARS_SPACE);
    if (*cp != '=')
	return ("missing '=' after attribute name");
    *ep = 0;
    cp++;
    cp += strspn(cp, CHARS_SPACE);
    *trimblanks(cp, -1) = 0;
    *name = np;
    *value = cp;
    return (0);
}

/* sane_basename - last pathname component */

const char *sane_basename(const char *path)
{
    const char *cp = strrchr(path, '/');

    return (cp ? cp + 1 : path);
}

/* printable - replace non-printable bytes in place */

char   *printable(char *string, int replacement)
{
    unsigned char *cp;

    for (cp = (unsigned char *) string; *cp; cp++)
	if (*cp < 0x20 || *cp > 0x7e)
	    *cp = replacement;
    return (string);
}

/* extpar - strip outer parentheses */

int     extpar(char **bufp, const char *parens, int flags)
{
    char   *cp = *bufp;
    char   *end;
    int     level = 0;

    if (*cp != parens[0])
	return (0);
    for (end = cp; *end; end++) {
	if (*end == parens[0])
	    level++;
	else if (*end == parens[1] && --level == 0)
	    break;
    }
    if (*end == 0 || end[1 + strspn(end + 1, CHARS_SPACE)] != 0)
	return (-1);
    *end = 0;
    cp++;
    if (flags & EXTPAR_FLAG_STRIP) {
	cp += strspn(cp, CHARS_SPACE);
	*trimblanks(cp, -1) = 0;
    }
    *bufp = cp;
    return (0);
}
