/*++
/* NAME
/*	dict_cidr 3
/* SUMMARY
/*	CIDR (network address) tables
/* SYNOPSIS
/*	#include <dict.h>
/*
/*	DICT	*dict_cidr_open(type, path, open_flags, dict_flags, why)
/*	const char *type;
/*	const char *path;
/*	int	open_flags;
/*	int	dict_flags;
/*	VSTRING	*why;
/* DESCRIPTION
/*	dict_cidr_open() reads a table in cidr_table(5) format:
/* .IP "pattern result"
/*	The result when the lookup key (an IPv4 or IPv6 address) is
/*	inside the network. A pattern is an address, or
/*	network/prefix, optionally with the address in [].
/* .IP "!pattern result"
/*	The result when the key is not inside the network.
/* .IP "if pattern, if !pattern, endif"
/*	The rules up to the matching endif apply only when the key is
/*	(is not) inside the network. These nest.
/* .PP
/*	Rules are tried in file order; the first that applies wins.
/*	A key that is not an address is simply not found.
/*
/*	Any syntax error (a bad address or prefix, host bits set after
/*	the prefix, a rule without result, an unbalanced if/endif)
/*	makes the table unusable, rather than silently dropping a rule
/*	as Postfix does.
/*
/*	A lookup returns the stored result and never allocates.
/* DIAGNOSTICS
/*	"cidr map file, line N: reason".
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <cidr_match.h>
#include <dict.h>
#include <dict_rules.h>

#define CIDR_OP_MATCH	1		/* pattern and result */
#define CIDR_OP_IF	2		/* start of if..endif */

typedef struct DICT_CIDR_RULE {
    int     op;				/* CIDR_OP_* */
    int     lineno;			/* for diagnostics */
    int     match;			/* 1: must match, 0: must not match */
    CIDR_MATCH cidr;			/* the network */
    char   *result;			/* MATCH only */
    int     skip;			/* IF: index of the first rule after endif */
} DICT_CIDR_RULE;

typedef struct DICT_CIDR {
    DICT    dict;			/* generic members */
    DICT_CIDR_RULE *rules;
    int     count;
    int     size;
} DICT_CIDR;

/* dict_cidr_keyword - does the line start with this keyword */

static int dict_cidr_keyword(const char *line, const char *word)
{
    size_t  len = strlen(word);

    return (strncasecmp(line, word, len) == 0
	    && !isalnum((unsigned char) line[len]));
}

/* dict_cidr_pattern - parse [!]pattern in place */

static int dict_cidr_pattern(DICT_RULES_PARSE *state, char **bufp,
			             DICT_CIDR_RULE *rule)
{
    char   *cp = *bufp;
    char   *pattern;
    VSTRING *why = vstring_alloc(100);
    int     status;

    rule->match = 1;
    if (*cp == '!') {
	rule->match = 0;
	cp++;
	cp += strspn(cp, CHARS_SPACE);
    }
    if (*cp == 0) {
	vstring_free(why);
	return (dict_rules_error(state, "missing address pattern"));
    }
    pattern = cp;
    cp += strcspn(cp, CHARS_SPACE);
    if (*cp)
	*cp++ = 0;
    *bufp = cp + strspn(cp, CHARS_SPACE);
    if ((status = cidr_match_parse(&rule->cidr, pattern, why)) < 0)
	dict_rules_error(state, "%s", vstring_str(why));
    vstring_free(why);
    return (status);
}

/* dict_cidr_new_rule - room for one more rule */

static DICT_CIDR_RULE *dict_cidr_new_rule(DICT_CIDR *dc, int op, int lineno)
{
    DICT_CIDR_RULE *rule;

    if (dc->count >= dc->size) {
	dc->size = dc->size ? dc->size * 2 : 16;
	dc->rules = myrealloc(dc->rules, dc->size * sizeof(*dc->rules));
    }
    rule = dc->rules + dc->count;
    memset(rule, 0, sizeof(*rule));
    rule->op = op;
    rule->lineno = lineno;
    rule->result = 0;
    rule->skip = 0;
    return (rule);
}

/* dict_cidr_parse_if - if [!]pattern */

static int dict_cidr_parse_if(DICT_CIDR *dc, DICT_RULES_PARSE *state, char *cp)
{
    DICT_CIDR_RULE *rule;

    cp += strspn(cp, CHARS_SPACE);
    rule = dict_cidr_new_rule(dc, CIDR_OP_IF, state->lineno);
    if (dict_cidr_pattern(state, &cp, rule) < 0)
	return (-1);
    if (*cp != 0)
	return (dict_rules_error(state, "extra text after IF statement: \"%s\"", cp));
    dc->count++;
    dict_rules_push_if(state, dc->count - 1);
    return (0);
}

/* dict_cidr_parse_endif - close the innermost if */

static int dict_cidr_parse_endif(DICT_CIDR *dc, DICT_RULES_PARSE *state,
				         const char *cp)
{
    int     rule;

    cp += strspn(cp, CHARS_SPACE);
    if (*cp != 0)
	return (dict_rules_error(state, "extra text after ENDIF: \"%s\"", cp));
    if ((rule = dict_rules_pop_if(state)) < 0)
	return (-1);
    dc->rules[rule].skip = dc->count;
    return (0);
}

/* dict_cidr_parse_match - [!]pattern result */

static int dict_cidr_parse_match(DICT_CIDR *dc, DICT_RULES_PARSE *state, char *cp)
{
    DICT_CIDR_RULE *rule;

    rule = dict_cidr_new_rule(dc, CIDR_OP_MATCH, state->lineno);
    if (dict_cidr_pattern(state, &cp, rule) < 0)
	return (-1);
    if (*cp == 0)
	return (dict_rules_error(state, "no lookup result"));
    rule->result = mystrdup(cp);
    dc->count++;
    return (0);
}

/* dict_cidr_parse_line - one logical line */

static int dict_cidr_parse_line(void *context, DICT_RULES_PARSE *state,
				        char *line)
{
    DICT_CIDR *dc = (DICT_CIDR *) context;

    line += strspn(line, CHARS_SPACE);
    if (dict_cidr_keyword(line, "if"))
	return (dict_cidr_parse_if(dc, state, line + 2));
    if (dict_cidr_keyword(line, "endif"))
	return (dict_cidr_parse_endif(dc, state, line + 5));
    return (dict_cidr_parse_match(dc, state, line));
}

/* dict_cidr_lookup - find the first rule that applies */

static const char *dict_cidr_lookup(DICT *dict, const char *key)
{
    DICT_CIDR *dc = (DICT_CIDR *) dict;
    DICT_CIDR_RULE *rule;
    unsigned char addr[CIDR_MATCH_ADDR_LEN];
    int     family;
    int     i;

    if (cidr_match_addr(key, addr, &family) < 0)
	return (0);
    for (i = 0; i < dc->count; /* see below */ ) {
	rule = dc->rules + i;
	if (cidr_match_test(&rule->cidr, addr, family) != rule->match) {
	    i = (rule->op == CIDR_OP_IF) ? rule->skip : i + 1;
	    continue;
	}
	if (rule->op == CIDR_OP_MATCH)
	    return (rule->result);
	i++;
    }
    return (0);
}

/* dict_cidr_close - release the table */

static void dict_cidr_close(DICT *dict)
{
    DICT_CIDR *dc = (DICT_CIDR *) dict;
    int     i;

    for (i = 0; i < dc->count; i++)
	if (dc->rules[i].result)
	    myfree(dc->rules[i].result);
    if (dc->rules)
	myfree(dc->rules);
    dict_free(dict);
}

/* dict_cidr_open - read a table */

DICT   *dict_cidr_open(const char *type, const char *path, int open_flags,
		               int dict_flags, VSTRING *why)
{
    DICT_CIDR *dc;
    DICT_RULES_PARSE state;
    int     status;

    (void) open_flags;
    dc = (DICT_CIDR *) dict_alloc(type, path, sizeof(*dc), dict_flags);
    dc->dict.flags &= ~(DICT_FLAG_TYPE_MASK | DICT_FLAG_NULL_MASK | DICT_FLAG_FOLD_FIX);
    dc->dict.flags |= DICT_FLAG_PATTERN;
    dc->dict.lookup = dict_cidr_lookup;
    dc->dict.close = dict_cidr_close;
    dc->rules = 0;
    dc->count = dc->size = 0;
    status = dict_rules_load(&state, "cidr", path, why,
			     dict_cidr_parse_line, (void *) dc);
    if (status < 0) {
	dict_cidr_close(&dc->dict);
	return (0);
    }
    return (&dc->dict);
}
