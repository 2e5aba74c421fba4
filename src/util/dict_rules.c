/*++
/* NAME
/*	dict_rules 3
/* SUMMARY
/*	loading rule-list tables (regexp:, cidr:)
/* SYNOPSIS
/*	#include <dict_rules.h>
/*
/*	int	dict_rules_load(state, type, path, why, parse_line, context)
/*	DICT_RULES_PARSE *state;
/*	const char *type;
/*	const char *path;
/*	VSTRING	*why;
/*	int	(*parse_line)(void *context, DICT_RULES_PARSE *state,
/*				char *line);
/*	void	*context;
/*
/*	int	dict_rules_error(state, format, ...)
/*
/*	void	dict_rules_push_if(state, rule_index)
/*
/*	int	dict_rules_pop_if(state)
/* DESCRIPTION
/*	The regexp: and cidr: tables share their file structure: an
/*	ordered list of rules, one per logical line (readllines(3)),
/*	with IF ... ENDIF blocks that nest. This module reads the file
/*	and keeps the IF nesting; the table type parses each line.
/*
/*	dict_rules_load() opens path, calls parse_line() for each
/*	logical line until it returns a negative value, and checks at
/*	the end that every IF was closed. It returns 0 on success, or
/*	-1 with the reason in why.
/*
/*	dict_rules_error() formats a parse error for the current line
/*	("TYPE map PATH, line N: text") into why and returns -1.
/*
/*	dict_rules_push_if() records an open IF rule at the current
/*	line; dict_rules_pop_if() closes the innermost one and returns
/*	its rule index, or -1 (with the error in why) when there is no
/*	open IF.
/*
/*	Loading happens when a table is opened, at start-up; the IF
/*	stack grows with mymalloc() then and is freed before
/*	dict_rules_load() returns.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include <mymalloc.h>
#include <readlline.h>
#include <dict_rules.h>

/* dict_rules_error - format a parse error */

int     dict_rules_error(DICT_RULES_PARSE *state, const char *fmt,...)
{
    va_list ap;

    vstring_sprintf(state->why, "%s map %s, line %d: ", state->type,
		    state->path, state->lineno);
    va_start(ap, fmt);
    vstring_vsprintf_append(state->why, fmt, ap);
    va_end(ap);
    return (-1);
}

/* dict_rules_push_if - remember an open IF */

void    dict_rules_push_if(DICT_RULES_PARSE *state, int rule)
{
    if (state->if_depth >= state->if_size) {
	state->if_size = state->if_size ? state->if_size * 2 : 8;
	state->if_stack = myrealloc(state->if_stack,
				    state->if_size * sizeof(*state->if_stack));
    }
    state->if_stack[state->if_depth].rule = rule;
    state->if_stack[state->if_depth].lineno = state->lineno;
    state->if_depth++;
}

/* dict_rules_pop_if - close the innermost IF */

int     dict_rules_pop_if(DICT_RULES_PARSE *state)
{
    if (state->if_depth == 0)
	return (dict_rules_error(state, "ENDIF without matching IF"));
    return (state->if_stack[--state->if_depth].rule);
}

/* dict_rules_read - parse every logical line */

static int dict_rules_read(DICT_RULES_PARSE *state, FILE *fp,
			           DICT_RULES_LINE_FN parse_line, void *context)
{
    VSTRING *line = vstring_alloc(100);
    int     lineno = 0;
    int     status = 0;

    while (status == 0
	   && readllines(line, fp, state->path, &lineno, &state->lineno) != 0)
	status = parse_line(context, state, vstring_str(line));
    vstring_free(line);
    if (status == 0 && ferror(fp)) {
	vstring_sprintf(state->why, "%s map %s: read error: %s",
			state->type, state->path, strerror(errno));
	status = -1;
    }
    if (status == 0 && state->if_depth > 0) {
	state->lineno = state->if_stack[state->if_depth - 1].lineno;
	status = dict_rules_error(state, "IF has no matching ENDIF");
    }
    return (status < 0 ? -1 : 0);
}

/* dict_rules_load - open and parse a rule file */

int     dict_rules_load(DICT_RULES_PARSE *state, const char *type,
			        const char *path, VSTRING *why,
			        DICT_RULES_LINE_FN parse_line, void *context)
{
    FILE   *fp;
    int     status;

    state->type = type;
    state->path = path;
    state->lineno = 0;
    state->why = why;
    state->if_stack = 0;
    state->if_depth = state->if_size = 0;
    if ((fp = fopen(path, "re")) == 0) {
	vstring_sprintf(why, "open %s: %s", path, strerror(errno));
	return (-1);
    }
    status = dict_rules_read(state, fp, parse_line, context);
    (void) fclose(fp);
    if (state->if_stack)
	myfree(state->if_stack);
    state->if_stack = 0;
    return (status);
}
