/*++
/* NAME
/*	dict_line 3
/* SUMMARY
/*	split a "key whitespace value" table source line
/* SYNOPSIS
/*	#include <dict.h>
/*
/*	const char *dict_line_split(line, key, value)
/*	char	*line;
/*	char	**key;
/*	char	**value;
/* DESCRIPTION
/*	dict_line_split() parses one logical line of a postmap(1)
/*	source file or texthash table, in place. The key ends at the
/*	first white space that is not inside double quotes; inside
/*	quotes a backslash protects the next character. Quotes and
/*	backslashes stay part of the key, so that a key such as
/*	"john doe"@example.com is stored as written. The value is the
/*	rest of the line without surrounding white space.
/*
/*	The result is a null pointer on success, otherwise the reason
/*	why the line is not usable (the caller adds file and line).
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <string.h>

#include <stringops.h>
#include <dict.h>

/* dict_line_split - parse key whitespace value */

const char *dict_line_split(char *line, char **key, char **value)
{
    char   *cp;
    int     quoted = 0;

    line += strspn(line, CHARS_SPACE);
    for (cp = line; *cp; cp++) {
	if (quoted && *cp == '\\' && cp[1] != 0)
	    cp++;
	else if (*cp == '"')
	    quoted = !quoted;
	else if (!quoted && isspace((unsigned char) *cp))
	    break;
    }
    if (quoted)
	return ("unbalanced '\"' in key -- ignoring this line");
    if (*cp == 0 || cp == line)
	return ("expected format: key whitespace value");
    *cp++ = 0;
    cp += strspn(cp, CHARS_SPACE);
    *trimblanks(cp, -1) = 0;
    if (*cp == 0)
	return ("expected format: key whitespace value");
    *key = line;
    *value = cp;
    return (0);
}
