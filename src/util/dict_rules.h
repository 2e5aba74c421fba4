/*++
/* NAME
/*	dict_rules 3h
/* SUMMARY
/*	loading rule-list tables (regexp:, cidr:)
/* SYNOPSIS
/*	#include <dict_rules.h>
/*--*/

#ifndef _DICT_RULES_H_INCLUDED_
#define _DICT_RULES_H_INCLUDED_

#include <sys_defs.h>
#include <stdio.h>
#include <vstring.h>

typedef struct DICT_RULES_IF {
    int     rule;			/* index of the IF rule */
    int     lineno;			/* where it was written */
} DICT_RULES_IF;

typedef struct DICT_RULES_PARSE {
    const char *type;			/* "regexp", "cidr" */
    const char *path;			/* table file */
    int     lineno;			/* current logical line */
    VSTRING *why;			/* error text */
    DICT_RULES_IF *if_stack;		/* open IF rules */
    int     if_depth;
    int     if_size;
} DICT_RULES_PARSE;

typedef int (*DICT_RULES_LINE_FN) (void *, DICT_RULES_PARSE *, char *);

extern int dict_rules_load(DICT_RULES_PARSE *, const char *, const char *,
			           VSTRING *, DICT_RULES_LINE_FN, void *);
extern int PRINTFLIKE(2, 3) dict_rules_error(DICT_RULES_PARSE *, const char *,...);
extern void dict_rules_push_if(DICT_RULES_PARSE *, int);
extern int dict_rules_pop_if(DICT_RULES_PARSE *);

#endif
