/*++
/* NAME
/*	readlline 3
/* SUMMARY
/*	read logical lines
/* SYNOPSIS
/*	#include <readlline.h>
/*
/*	VSTRING	*readllines(buf, fp, origin, lineno, first_line)
/*
/*	int	vstring_get_nonl(buf, fp)
/* DESCRIPTION
/*	readllines() reads one logical line of a configuration file or
/*	table source, the way every Postfix file reader does:
/* .IP \(bu
/*	A line that starts with white space continues the logical line
/*	before it; the newline and leading white space become one
/*	space.
/* .IP \(bu
/*	Lines whose first non-blank character is "#", and lines with
/*	only white space, are skipped (they do not end a logical line).
/* .IP \(bu
/*	Trailing white space and a trailing carriage return are
/*	removed.
/* .PP
/*	*lineno counts physical lines; *first_line (if not null) gets
/*	the number of the line where the logical line starts. The
/*	result is null at end of file. A first line that starts with
/*	white space is reported with a warning that names origin (the
/*	file name) and is taken as it is.
/*
/*	vstring_get_nonl() reads one physical line without its newline;
/*	it returns the last character read, or EOF.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <stringops.h>
#include <readlline.h>

/* vstring_get_nonl - one physical line */

int     vstring_get_nonl(VSTRING *vp, FILE *fp)
{
    int     ch;

    vstring_reset(vp);
    while ((ch = getc(fp)) != EOF && ch != '\n')
	vstring_addch(vp, ch);
    if (ch == EOF && VSTRING_LEN(vp) > 0)
	return (0);
    return (ch);
}

/* readllines_blank - blank or comment line */

static int readllines_blank(const char *line)
{
    line += strspn(line, CHARS_SPACE);
    return (*line == 0 || *line == '#');
}

/* readllines - one logical line */

VSTRING *readllines(VSTRING *buf, FILE *fp, const char *origin,
			           int *lineno, int *first_line)
{
    VSTRING *line = vstring_alloc(100);
    int     got = 0;
    int     ch;
    char   *start;

    vstring_reset(buf);
    for (;;) {
	/* Peek: does the next physical line continue this one? */
	if (got) {
	    ch = getc(fp);
	    if (ch == EOF)
		break;
	    ungetc(ch, fp);
	    if (ch != ' ' && ch != '\t' && ch != '#' && ch != '\n' && ch != '\r')
		break;
	}
	if (vstring_get_nonl(line, fp) == EOF)
	    break;
	*lineno += 1;
	if (readllines_blank(vstring_str(line)))
	    continue;
	*trimblanks(vstring_str(line), VSTRING_LEN(line)) = 0;
	start = vstring_str(line);
	if (got) {
	    start += strspn(start, CHARS_SPACE);
	    vstring_addch(buf, ' ');
	} else {
	    if (isspace((unsigned char) *start))
		msg_warn("%s, line %d: logical line must not start with white space: \"%.30s\"",
			 origin, *lineno, start + strspn(start, CHARS_SPACE));
	    if (first_line)
		*first_line = *lineno;
	    got = 1;
	}
	vstring_strcat(buf, start);
    }
    vstring_free(line);
    return (got ? buf : 0);
}
