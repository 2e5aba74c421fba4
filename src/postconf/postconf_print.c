/*++
/* NAME
/*	postconf_print 3
/* SUMMARY
/*	postconf output lines, optionally folded
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	void	postconf_line_init(line, buf, fold, limit)
/*	POSTCONF_LINE *line;
/*	VSTRING	*buf;
/*	int	fold;
/*	size_t	limit;
/*
/*	void	postconf_line_word(line, word, force_break)
/*	POSTCONF_LINE *line;
/*	const char *word;
/*	int	force_break;
/*
/*	void	postconf_print_param(flags, name, value)
/*	int	flags;
/*	const char *name;
/*	const char *value;
/* DESCRIPTION
/*	postconf prints a value as a sequence of words separated by
/*	one space, whatever white space separated them in the file, as
/*	Postfix does. With folding (-f), a word that would make the line
/*	longer than the limit starts a new line indented by four spaces
/*	instead; a word longer than that stands on a line of its own.
/*	The result reads back as the same value, because continuation
/*	lines start with white space. Postfix's limits are 80 columns
/*	for parameters (POSTCONF_MAIN_LIMIT) and 79 for master.cf
/*	entries (POSTCONF_MASTER_LIMIT).
/*
/*	postconf_line_init() starts an empty text in buf, with the given
/*	line length limit for folding.
/*
/*	postconf_line_word() appends one word. The first word of the
/*	text is appended as it is; after that, a space or (folding, or
/*	force_break) a new indented line goes first. Text that the
/*	caller appended to buf directly (the padded master.cf columns)
/*	counts as part of the current line.
/*
/*	postconf_print_param() writes one "name = value" line to
/*	stdout, honouring the -h (value only), -H (name only) and -f
/*	(fold) flags. An empty value gives "name =".
/* DIAGNOSTICS
/*	None: output errors are found when postconf flushes stdout.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include "postconf.h"

/* postconf_line_init - start an empty text */

void    postconf_line_init(POSTCONF_LINE *line, VSTRING *buf, int fold,
			           size_t limit)
{
    vstring_reset(buf);
    line->buf = buf;
    line->fold = fold;
    line->limit = limit;
}

/* postconf_line_word - append one word, breaking the line if needed */

void    postconf_line_word(POSTCONF_LINE *line, const char *word, int force_break)
{
    size_t  len = strlen(word);
    char   *nl;
    size_t  col;

    nl = strrchr(vstring_str(line->buf), '\n');
    col = nl ? (size_t) (vstring_end(line->buf) - nl - 1) : VSTRING_LEN(line->buf);

    if (VSTRING_LEN(line->buf) == 0) {
	vstring_strcat(line->buf, word);
    } else if (force_break
	       || (line->fold && col + 1 + len > line->limit)) {
	vstring_strcat(line->buf, "\n" POSTCONF_INDENT);
	vstring_strcat(line->buf, word);
    } else {
	vstring_addch(line->buf, ' ');
	vstring_strcat(line->buf, word);
    }
}

/* postconf_line_words - append every word of text */

static void postconf_line_words(POSTCONF_LINE *line, const char *text)
{
    char   *copy = mystrdup(text);
    char   *bp = copy;
    char   *word;

    while ((word = mystrtok(&bp, CHARS_SPACE)) != 0)
	postconf_line_word(line, word, 0);
    myfree(copy);
}

/* postconf_print_param - one "name = value" line */

void    postconf_print_param(int flags, const char *name, const char *value)
{
    static VSTRING *buf;
    POSTCONF_LINE line;
    char   *head;

    if (flags & POSTCONF_FLAG_HIDE_VALUE) {
	printf("%s\n", name);
	return;
    }
    if (buf == 0)
	buf = vstring_alloc(100);
    postconf_line_init(&line, buf, (flags & POSTCONF_FLAG_FOLD) != 0,
		       POSTCONF_MAIN_LIMIT);
    if (!(flags & POSTCONF_FLAG_HIDE_NAME)) {
	head = concatenate(name, " =", (char *) 0);
	postconf_line_word(&line, head, 0);
	myfree(head);
    }
    postconf_line_words(&line, value);
    printf("%s\n", vstring_str(buf));
}
