/*++
/* NAME
/*	dict_regexp 3
/* SUMMARY
/*	POSIX regular expression tables
/* SYNOPSIS
/*	#include <dict.h>
/*
/*	DICT	*dict_regexp_open(type, path, open_flags, dict_flags, why)
/*	const char *type;
/*	const char *path;
/*	int	open_flags;
/*	int	dict_flags;
/*	VSTRING	*why;
/* DESCRIPTION
/*	dict_regexp_open() reads a table in regexp_table(5) format and
/*	compiles every pattern with regcomp(3) (POSIX extended syntax):
/* .IP "/pattern/flags result"
/*	The result when the pattern matches the whole lookup key.
/* .IP "!/pattern/flags result"
/*	The result when the pattern does not match.
/* .IP "if /pattern/flags, if !/pattern/flags, endif"
/*	The rules up to the matching endif are used only when the
/*	pattern matches (does not match). These nest.
/* .PP
/*	The delimiter may be any character other than a letter, digit
/*	or white space; a backslash protects a delimiter inside the
/*	pattern. Flags toggle a default: i (case-insensitive, on), x
/*	(extended syntax, on), m (newline-sensitive, off).
/*
/*	In a result, $1 .. $n, ${n} and $(n) are replaced by the text
/*	that the nth parenthesised subexpression matched (nothing when
/*	it did not take part); $$ is a "$". A rule that uses $n must
/*	have that many subexpressions and must not be negated; with
/*	DICT_FLAG_NO_REGSUB (alias tables) $n is refused altogether.
/*
/*	Unlike Postfix, which skips a bad rule with a warning, any
/*	error makes the whole table unusable: a table that silently
/*	lacks a rule (a REJECT, say) is worse than one that fails.
/*
/*	Lookups: keys are matched as given (the i flag, not folding,
/*	makes matching case-insensitive). A result with substitutions
/*	is built in a buffer of DICT_VALUE_MAX bytes that belongs to
/*	the table; a longer result is a lookup error. Postlet itself
/*	does not allocate during a lookup, but the C library's
/*	regexec(3) may (musl's and glibc's matchers allocate
/*	working memory per call).
/* DIAGNOSTICS
/*	"regexp map file, line N: reason" for syntax errors, pattern
/*	errors (regerror(3) text), an endif without if, or an if
/*	without endif.
/*--*/

#include <sys_defs.h>
#include <limits.h>
#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>
#include <dict_rules.h>

#define REGEXP_OP_MATCH	1		/* pattern and result */
#define REGEXP_OP_IF	2		/* start of if..endif */

typedef struct DICT_REGEXP_RULE {
    int     op;				/* REGEXP_OP_* */
    int     lineno;			/* for diagnostics */
    int     match;			/* 1: must match, 0: must not match */
    regex_t expr;			/* compiled pattern */
    size_t  nmatch;			/* 0, or subexpressions + 1 */
    char   *result;			/* result template (MATCH only) */
    int     expand;			/* result has $n or $$ */
    int     skip;			/* IF: index of the first rule after endif */
} DICT_REGEXP_RULE;

typedef struct DICT_REGEXP {
    DICT    dict;			/* generic members */
    DICT_REGEXP_RULE *rules;
    int     count;			/* rules in use */
    int     size;			/* rules allocated */
    regmatch_t *pmatch;			/* room for the largest nmatch */
    size_t  pmatch_size;
    VSTRING *value;			/* result with substitutions */
} DICT_REGEXP;

 /*
  * What the parser knows while it reads a file.
  */
/* dict_regexp_index - parse the digits of a $n reference */

static int dict_regexp_index(DICT_RULES_PARSE *state, const char *start,
			             size_t len, size_t *ref)
{
    size_t  i;
    size_t  n = 0;

    if (len == 0)
	return (dict_rules_error(state, "empty replacement index after \"$\""));
    for (i = 0; i < len; i++) {
	if (!isdigit((unsigned char) start[i]))
	    return (dict_rules_error(state, "non-numeric replacement index \"%.*s\"",
				      (int) len, start));
	if (n < 100000)
	    n = n * 10 + (start[i] - '0');
    }
    *ref = n;
    return (0);
}

/* dict_regexp_scan - find the next $ reference in a result template */

static const char *dict_regexp_scan(const char *cp, const char **name,
				            size_t *len, int *literal)
{
    const char *close;

    /* cp points just after the "$". */
    *literal = 0;
    if (*cp == '$') {
	*literal = 1;
	return (cp + 1);
    }
    if (*cp == '{' || *cp == '(') {
	if ((close = strchr(cp + 1, *cp == '{' ? '}' : ')')) == 0)
	    return (0);
	*name = cp + 1;
	*len = close - cp - 1;
	return (close + 1);
    }
    *name = cp;
    while (isalnum((unsigned char) *cp) || *cp == '_')
	cp++;
    *len = cp - *name;
    return (cp);
}

/* dict_regexp_check_result - validate $n references; return the largest */

static int dict_regexp_check_result(DICT_RULES_PARSE *state,
				            const char *result, size_t *max)
{
    const char *cp = result;
    const char *name;
    size_t  len;
    size_t  ref = 0;
    int     literal;

    *max = 0;
    while ((cp = strchr(cp, '$')) != 0) {
	if ((cp = dict_regexp_scan(cp + 1, &name, &len, &literal)) == 0)
	    return (dict_rules_error(state, "unterminated replacement reference in \"%s\"",
				      result));
	if (literal)
	    continue;
	if (dict_regexp_index(state, name, len, &ref) < 0)
	    return (-1);
	if (ref == 0)
	    return (dict_rules_error(state, "out-of-range replacement index \"%.*s\"",
				      (int) len, name));
	if (ref > *max)
	    *max = ref;
    }
    return (0);
}

/* dict_regexp_pattern - parse [!]/pattern/flags in place */

static int dict_regexp_pattern(DICT_RULES_PARSE *state, char **bufp,
			               DICT_REGEXP_RULE *rule, char **pattern,
			               int *cflags)
{
    char   *cp = *bufp;
    int     delim;

    rule->match = 1;
    if (*cp == '!') {
	rule->match = 0;
	cp++;
	cp += strspn(cp, CHARS_SPACE);
    }
    delim = (unsigned char) *cp;
    if (delim == 0)
	return (dict_rules_error(state, "missing regular expression"));
    if (isalnum(delim) || isspace(delim))
	return (dict_rules_error(state, "unrecognized request: \"%.40s\"", *bufp));
    *pattern = ++cp;
    for (/* void */ ; *cp != delim; cp++) {
	if (*cp == 0)
	    return (dict_rules_error(state, "no closing regexp delimiter \"%c\"", delim));
	if (*cp == '\\' && cp[1] != 0)
	    cp++;
    }
    *cp++ = 0;
    *cflags = REG_EXTENDED | REG_ICASE;
    for (/* void */ ; *cp != 0 && !isspace((unsigned char) *cp); cp++) {
	switch (*cp) {
	case 'i':
	    *cflags ^= REG_ICASE;
	    break;
	case 'x':
	    *cflags ^= REG_EXTENDED;
	    break;
	case 'm':
	    *cflags ^= REG_NEWLINE;
	    break;
	default:
	    return (dict_rules_error(state, "unknown regexp option \"%c\"", *cp));
	}
    }
    *bufp = cp + strspn(cp, CHARS_SPACE);
    return (0);
}

/* dict_regexp_bracket - skip a bracket expression; null if unterminated */

static const char *dict_regexp_bracket(const char *cp)
{
    int     term;

    cp++;					/* the "[" */
    if (*cp == '^')
	cp++;
    if (*cp == ']')
	cp++;
    for (; *cp && *cp != ']'; cp++) {
	if (cp[0] == '[' && (cp[1] == ':' || cp[1] == '.' || cp[1] == '=')) {
	    term = cp[1];
	    for (cp += 2; *cp && !(cp[0] == term && cp[1] == ']'); cp++)
		 /* void */ ;
	    if (*cp == 0)
		return (0);
	    cp++;
	}
    }
    return (*cp ? cp : 0);
}

/* dict_regexp_sane - refuse patterns that make regcomp() explode */

static const char *dict_regexp_sane(const char *pattern)
{
    const char *cp;
    const char *end;
    unsigned long product = 1;
    long    bound;
    int     after_repeat = 0;

    /*
     * POSIX leaves stacked repetition operators ("a++", "a*{2}")
     * undefined, and some regcomp() implementations expand every
     * interval into copies of its atom, so that nested or stacked
     * operators take memory exponential in the pattern length. A
     * table that a fuzzer or a typo can turn into an out-of-memory
     * daemon is refused instead: no stacked operators, interval
     * bounds up to 255 (RE_DUP_MAX as POSIX guarantees it), and at
     * most DICT_REGEXP_EXPANSION for all intervals multiplied.
     */
#define DICT_REGEXP_EXPANSION	65536
    for (cp = pattern; *cp; cp++) {
	if (*cp == '\\') {
	    if (cp[1])
		cp++;
	    after_repeat = 0;
	} else if (*cp == '[') {
	    if ((end = dict_regexp_bracket(cp)) == 0)
		return (0);			/* regcomp() reports it */
	    cp = end;
	    after_repeat = 0;
	} else if (*cp == '*' || *cp == '+' || *cp == '?') {
	    if (after_repeat)
		return ("stacked repetition operators");
	    after_repeat = 1;
	} else if (*cp == '{' && cp[1] >= '0' && cp[1] <= '9') {
	    if (after_repeat)
		return ("stacked repetition operators");
	    bound = strtol(cp + 1, (char **) &end, 10);
	    if (*end == ',' && end[1] >= '0' && end[1] <= '9') {
		bound = strtol(end + 1, (char **) &end, 10);
	    } else if (*end == ',') {		/* {n,}: at least n */
		end += 1;
		if (bound < LONG_MAX)
		    bound += 1;
	    }
	    if (*end != '}')
		return (0);			/* regcomp() reports it */
	    if (bound > 255)
		return ("repetition count above 255");
	    product *= (bound > 0 ? (unsigned long) bound : 1);
	    if (product > DICT_REGEXP_EXPANSION)
		return ("repetition counts too large together");
	    cp = end;
	    after_repeat = 1;
	} else {
	    after_repeat = 0;
	}
    }
    return (0);
}

/* dict_regexp_compile - compile the pattern of a rule */

static int dict_regexp_compile(DICT_REGEXP *dr, DICT_RULES_PARSE *state,
			               DICT_REGEXP_RULE *rule,
			               const char *pattern, int cflags)
{
    char    errbuf[256];
    const char *why;
    int     err;

    if ((why = dict_regexp_sane(pattern)) != 0)
	return (dict_rules_error(state, "%s in \"%.60s\"", why, pattern));
    if ((err = regcomp(&rule->expr, pattern, cflags)) != 0) {
	regerror(err, &rule->expr, errbuf, sizeof(errbuf));
	return (dict_rules_error(state, "%s", errbuf));
    }
    /* From here on, close() must regfree() this rule. */
    dr->count++;
    return (0);
}

/* dict_regexp_new_rule - room for one more rule */

static DICT_REGEXP_RULE *dict_regexp_new_rule(DICT_REGEXP *dr, int op, int lineno)
{
    DICT_REGEXP_RULE *rule;

    if (dr->count >= dr->size) {
	dr->size = dr->size ? dr->size * 2 : 16;
	dr->rules = myrealloc(dr->rules, dr->size * sizeof(*dr->rules));
    }
    rule = dr->rules + dr->count;
    memset(rule, 0, sizeof(*rule));
    rule->op = op;
    rule->lineno = lineno;
    rule->nmatch = 0;
    rule->result = 0;
    rule->expand = 0;
    rule->skip = 0;
    return (rule);
}

/* dict_regexp_keyword - does the line start with this keyword */

static int dict_regexp_keyword(const char *line, const char *word)
{
    size_t  len = strlen(word);

    return (strncasecmp(line, word, len) == 0
	    && !isalnum((unsigned char) line[len]));
}

/* dict_regexp_parse_if - if [!]/pattern/flags */

static int dict_regexp_parse_if(DICT_REGEXP *dr, DICT_RULES_PARSE *state,
				        char *cp)
{
    DICT_REGEXP_RULE *rule;
    char   *pattern;
    int     cflags;

    cp += strspn(cp, CHARS_SPACE);
    rule = dict_regexp_new_rule(dr, REGEXP_OP_IF, state->lineno);
    if (dict_regexp_pattern(state, &cp, rule, &pattern, &cflags) < 0)
	return (-1);
    if (*cp != 0)
	return (dict_rules_error(state, "extra text after IF statement: \"%s\"", cp));
    if (dict_regexp_compile(dr, state, rule, pattern, cflags | REG_NOSUB) < 0)
	return (-1);
    dict_rules_push_if(state, dr->count - 1);
    return (0);
}

/* dict_regexp_parse_endif - close the innermost if */

static int dict_regexp_parse_endif(DICT_REGEXP *dr, DICT_RULES_PARSE *state,
				           const char *cp)
{
    int     rule;

    cp += strspn(cp, CHARS_SPACE);
    if (*cp != 0)
	return (dict_rules_error(state, "extra text after ENDIF: \"%s\"", cp));
    if ((rule = dict_rules_pop_if(state)) < 0)
	return (-1);
    dr->rules[rule].skip = dr->count;
    return (0);
}

/* dict_regexp_parse_match - [!]/pattern/flags result */

static int dict_regexp_parse_match(DICT_REGEXP *dr, DICT_RULES_PARSE *state,
				           char *cp)
{
    DICT_REGEXP_RULE *rule;
    char   *pattern;
    int     cflags;
    size_t  max_index;

    rule = dict_regexp_new_rule(dr, REGEXP_OP_MATCH, state->lineno);
    if (dict_regexp_pattern(state, &cp, rule, &pattern, &cflags) < 0)
	return (-1);
    if (*cp == 0)
	return (dict_rules_error(state, "no replacement text"));
    if (dict_regexp_check_result(state, cp, &max_index) < 0)
	return (-1);
    if (max_index > 0 && (dr->dict.flags & DICT_FLAG_NO_REGSUB) != 0)
	return (dict_rules_error(state, "$number substitution is not allowed in this table"));
    if (max_index > 0 && !rule->match)
	return (dict_rules_error(state, "$number found in negative match replacement text"));
    if (dict_regexp_compile(dr, state, rule, pattern,
			    max_index > 0 ? cflags : cflags | REG_NOSUB) < 0)
	return (-1);
    if (max_index > rule->expr.re_nsub)
	return (dict_rules_error(state, "out-of-range replacement index \"%lu\"",
				  (unsigned long) max_index));
    if (max_index > 0) {
	rule->nmatch = rule->expr.re_nsub + 1;
	if (rule->nmatch > dr->pmatch_size)
	    dr->pmatch_size = rule->nmatch;
    }
    rule->result = mystrdup(cp);
    rule->expand = (strchr(cp, '$') != 0);
    return (0);
}

/* dict_regexp_parse_line - one logical line */

static int dict_regexp_parse_line(void *context, DICT_RULES_PARSE *state,
				        char *line)
{
    DICT_REGEXP *dr = (DICT_REGEXP *) context;

    line += strspn(line, CHARS_SPACE);
    if (dict_regexp_keyword(line, "if"))
	return (dict_regexp_parse_if(dr, state, line + 2));
    if (dict_regexp_keyword(line, "endif"))
	return (dict_regexp_parse_endif(dr, state, line + 5));
    return (dict_regexp_parse_match(dr, state, line));
}

/* dict_regexp_expand - build a result with substitutions */

static const char *dict_regexp_expand(DICT_REGEXP *dr, DICT_REGEXP_RULE *rule,
				              const char *key)
{
    const char *cp = rule->result;
    const char *dollar;
    const char *name;
    size_t  len;
    size_t  ref = 0;
    int     literal;
    regmatch_t *pm;

    vstring_reset(dr->value);
    while ((dollar = strchr(cp, '$')) != 0) {
	vstring_memcat(dr->value, cp, dollar - cp);
	cp = dict_regexp_scan(dollar + 1, &name, &len, &literal);
	if (literal) {
	    vstring_addch(dr->value, '$');
	    continue;
	}
	/* Syntax and range were checked when the table was opened. */
	for (ref = 0; len > 0; name++, len--)
	    ref = ref * 10 + (*name - '0');
	pm = dr->pmatch + ref;
	if (pm->rm_so >= 0 && pm->rm_eo >= pm->rm_so)
	    vstring_memcat(dr->value, key + pm->rm_so, pm->rm_eo - pm->rm_so);
    }
    vstring_strcat(dr->value, cp);
    if (vstring_overflowed(dr->value)) {
	msg_warn("regexp map %s, line %d: result is longer than %d bytes",
		 dr->dict.name, rule->lineno, DICT_VALUE_MAX);
	dr->dict.error = DICT_ERR_CONFIG;
	return (0);
    }
    return (vstring_str(dr->value));
}

/* dict_regexp_lookup - find the first rule that applies */

static const char *dict_regexp_lookup(DICT *dict, const char *key)
{
    DICT_REGEXP *dr = (DICT_REGEXP *) dict;
    DICT_REGEXP_RULE *rule;
    char    errbuf[256];
    int     i;
    int     status;

    for (i = 0; i < dr->count; /* see below */ ) {
	rule = dr->rules + i;
	status = regexec(&rule->expr, key, rule->nmatch,
			 rule->nmatch ? dr->pmatch : 0, 0);
	if (status != 0 && status != REG_NOMATCH) {
	    regerror(status, &rule->expr, errbuf, sizeof(errbuf));
	    msg_warn("regexp map %s, line %d: %s", dict->name, rule->lineno, errbuf);
	    dict->error = DICT_ERR_RETRY;
	    return (0);
	}
	if (rule->op == REGEXP_OP_IF) {
	    i = ((status == 0) == rule->match) ? i + 1 : rule->skip;
	    continue;
	}
	if ((status == 0) == rule->match)
	    return (rule->expand ? dict_regexp_expand(dr, rule, key) : rule->result);
	i++;
    }
    return (0);
}

/* dict_regexp_close - release the table */

static void dict_regexp_close(DICT *dict)
{
    DICT_REGEXP *dr = (DICT_REGEXP *) dict;
    int     i;

    for (i = 0; i < dr->count; i++) {
	regfree(&dr->rules[i].expr);
	if (dr->rules[i].result)
	    myfree(dr->rules[i].result);
    }
    if (dr->rules)
	myfree(dr->rules);
    if (dr->pmatch)
	myfree(dr->pmatch);
    vstring_free(dr->value);
    dict_free(dict);
}

/* dict_regexp_open - read and compile a table */

DICT   *dict_regexp_open(const char *type, const char *path, int open_flags,
			         int dict_flags, VSTRING *why)
{
    DICT_REGEXP *dr;
    DICT_RULES_PARSE state;
    int     status;

    (void) open_flags;
    dr = (DICT_REGEXP *) dict_alloc(type, path, sizeof(*dr), dict_flags);
    dr->dict.flags &= ~(DICT_FLAG_TYPE_MASK | DICT_FLAG_NULL_MASK | DICT_FLAG_FOLD_FIX);
    dr->dict.flags |= DICT_FLAG_PATTERN;
    dr->dict.lookup = dict_regexp_lookup;
    dr->dict.close = dict_regexp_close;
    dr->rules = 0;
    dr->count = dr->size = 0;
    dr->pmatch = 0;
    dr->pmatch_size = 0;
    dr->value = vstring_fixed(DICT_VALUE_MAX);
    status = dict_rules_load(&state, "regexp", path, why,
			     dict_regexp_parse_line, (void *) dr);
    if (status < 0) {
	dict_regexp_close(&dr->dict);
	return (0);
    }
    if (dr->pmatch_size > 0)
	dr->pmatch = mymalloc(dr->pmatch_size * sizeof(*dr->pmatch));
    return (&dr->dict);
}
