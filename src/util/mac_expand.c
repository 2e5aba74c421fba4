/*++
/* NAME
/*	mac_expand 3
/* SUMMARY
/*	expand $name references
/* SYNOPSIS
/*	#include <mac_expand.h>
/*
/*	int	mac_expand(result, pattern, flags, lookup, context, why)
/*	VSTRING	*result;
/*	const char *pattern;
/*	int	flags;
/*	MAC_EXP_LOOKUP_FN lookup;
/*	void	*context;
/*	VSTRING	*why;
/* DESCRIPTION
/*	mac_expand() copies pattern to result (which is reset first),
/*	replacing references to named values. lookup(name, context)
/*	gives the value of a name, or a null pointer when the name is
/*	undefined. The forms are:
/* .IP "$name, ${name}, $(name)"
/*	The value of name; empty when name is undefined. A bare $name
/*	consists of letters, digits and underscores.
/* .IP "${name?text}, ${name?{text}}"
/*	text when name has a non-empty value, otherwise nothing.
/* .IP "${name:text}, ${name:{text}}"
/*	text when name is undefined or empty, otherwise nothing.
/* .IP "${name?{text1}:{text2}}"
/*	text1 when name has a non-empty value, otherwise text2; the
/*	second part may also be written without braces.
/* .IP "${{text1} op {text2}?{yes}:{no}}"
/*	A comparison: op is ==, !=, <, <=, > or >=. Two decimal numbers
/*	compare as numbers, anything else as byte strings. With the
/*	suffix "level" (==level, <level, ...) both sides are
/*	compatibility levels (major[.minor[.patch]]). The "?" and ":"
/*	parts work as above; without them the result is "true" or
/*	nothing.
/* .IP $$
/*	A literal $.
/* .PP
/*	Text inside a condition, comparison operands included, is
/*	itself expanded. The test of ${name?...} and ${name:...} looks
/*	at the value as lookup() returns it, before expansion. With
/*	MAC_EXP_FLAG_RECURSE a looked-up value is expanded in turn;
/*	the result of such an expansion is not expanded again, so a $$
/*	in a value yields one literal $.
/*
/*	Nesting of references and recursive lookups together is limited
/*	to MAC_EXP_DEPTH_MAX levels, so that a loop (a = $b, b = $a)
/*	ends with an error; the bytes parsed plus the bytes produced are
/*	limited to MAC_EXP_WORK_MAX, so that a chain of doubling
/*	references cannot take unbounded time or memory.
/*
/*	The result is MAC_EXP_OK, or a combination of MAC_EXP_UNDEF
/*	(some lookup returned a null pointer) and MAC_EXP_ERROR.
/* DIAGNOSTICS
/*	Errors (a $ without a name, an unterminated reference, bad
/*	condition or comparison syntax, a number out of range, too deep
/*	nesting, too much work) stop the expansion. The one-line
/*	reason goes to why when that is not a null pointer, otherwise
/*	it is logged with msg_warn().
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <stdarg.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <mac_expand.h>

typedef struct MAC_EXP_STATE {
    int     flags;			/* MAC_EXP_FLAG_* */
    MAC_EXP_LOOKUP_FN lookup;		/* value of a name */
    void   *context;			/* lookup context */
    VSTRING *why;			/* error text, or null */
    long    work;			/* bytes parsed and produced */
    int     status;			/* MAC_EXP_UNDEF, MAC_EXP_ERROR */
} MAC_EXP_STATE;

 /*
  * Comparison operators.
  */
#define MAC_EXP_OP_EQ	1
#define MAC_EXP_OP_NE	2
#define MAC_EXP_OP_LT	3
#define MAC_EXP_OP_LE	4
#define MAC_EXP_OP_GT	5
#define MAC_EXP_OP_GE	6

#define MAC_EXP_CONTEXT_LEN	30	/* input shown in an error */

#define MAC_EXP_ISNAME(c) (isalnum((unsigned char) (c)) || (c) == '_')

static int mac_exp_text(MAC_EXP_STATE *, const char *, size_t, VSTRING *, int);

/* mac_exp_error - record the first error */

static int PRINTFLIKE(2, 3) mac_exp_error(MAC_EXP_STATE *st, const char *fmt,...)
{
    va_list ap;
    VSTRING *buf;

    if (st->status & MAC_EXP_ERROR)
	return (-1);
    st->status |= MAC_EXP_ERROR;
    buf = st->why ? st->why : vstring_alloc(100);
    vstring_reset(buf);
    va_start(ap, fmt);
    vstring_vsprintf_append(buf, fmt, ap);
    va_end(ap);
    if (st->why == 0) {
	msg_warn("%s", vstring_str(buf));
	vstring_free(buf);
    }
    return (-1);
}

/* mac_exp_show - printable excerpt of the input at an error */

static const char *mac_exp_show(char *buf, size_t buflen,
				        const char *cp, const char *end)
{
    size_t  len = end - cp;

    if (len > buflen - 1)
	len = buflen - 1;
    memcpy(buf, cp, len);
    buf[len] = 0;
    return (printable(buf, '?'));
}

/* mac_exp_skip_space - skip blanks in [cp, end) */

static const char *mac_exp_skip_space(const char *cp, const char *end)
{
    while (cp < end && isspace((unsigned char) *cp))
	cp++;
    return (cp);
}

/* mac_exp_match - find the bracket that closes the one at cp */

static const char *mac_exp_match(const char *cp, const char *end)
{
    int     open = *cp;
    int     close = (open == '{' ? '}' : ')');
    int     level = 0;

    for ( /* void */ ; cp < end; cp++) {
	if (*cp == open)
	    level++;
	else if (*cp == close && --level == 0)
	    return (cp);
    }
    return (0);
}

/* mac_exp_grow - account for work, enforce the size limit */

static int mac_exp_grow(MAC_EXP_STATE *st, size_t len)
{
    st->work += (long) len;
    if (st->work > MAC_EXP_WORK_MAX)
	return (mac_exp_error(st, "macro expansion exceeds %d bytes of work",
			      MAC_EXP_WORK_MAX));
    return (0);
}

/* mac_exp_lookup - look up a name and copy or expand its value */

static int mac_exp_lookup(MAC_EXP_STATE *st, const char *name, VSTRING *out,
			          int depth)
{
    const char *value;
    size_t  len;

    if ((value = st->lookup(name, st->context)) == 0) {
	st->status |= MAC_EXP_UNDEF;
	return (0);
    }
    len = strlen(value);
    if (st->flags & MAC_EXP_FLAG_RECURSE) {
	if (depth + 1 > MAC_EXP_DEPTH_MAX)
	    return (mac_exp_error(st, "macro nesting deeper than %d levels "
				  "while expanding \"%s\"",
				  MAC_EXP_DEPTH_MAX, name));
	return (mac_exp_text(st, value, len, out, depth + 1));
    }
    if (mac_exp_grow(st, len) < 0)
	return (-1);
    vstring_memcat(out, value, len);
    return (0);
}

/* mac_exp_nested - expand a nested text (condition or operand) */

static int mac_exp_nested(MAC_EXP_STATE *st, const char *text, size_t len,
			          VSTRING *out, int depth)
{
    if (depth + 1 > MAC_EXP_DEPTH_MAX)
	return (mac_exp_error(st, "macro nesting deeper than %d levels",
			      MAC_EXP_DEPTH_MAX));
    return (mac_exp_text(st, text, len, out, depth + 1));
}

/* mac_exp_cond - the ?text or :text part of a conditional */

static int mac_exp_cond(MAC_EXP_STATE *st, int op, int truth, const char *cp,
			        const char *end, VSTRING *out, int depth)
{
    const char *a_start;
    const char *a_end;
    const char *b_start;
    const char *b_end;
    char    show[MAC_EXP_CONTEXT_LEN + 1];

    cp = mac_exp_skip_space(cp, end);

    /*
     * Unbraced text: everything up to the end of the reference.
     */
    if (cp >= end || *cp != '{')
	return (truth ? mac_exp_nested(st, cp, end - cp, out, depth) : 0);

    /*
     * {text}, optionally followed by :{text} or :text.
     */
    if ((a_end = mac_exp_match(cp, end)) == 0)
	return (mac_exp_error(st, "unbalanced \"{\" at \"%s\"",
			      mac_exp_show(show, sizeof(show), cp, end)));
    a_start = cp + 1;
    cp = mac_exp_skip_space(a_end + 1, end);
    if (cp >= end)
	return (truth ? mac_exp_nested(st, a_start, a_end - a_start, out, depth) : 0);
    if (op != '?' || *cp != ':')
	return (mac_exp_error(st, op == '?' ? "expected \":\" at \"%s\"" :
			      "unexpected text at \"%s\"",
			      mac_exp_show(show, sizeof(show), cp, end)));
    cp = mac_exp_skip_space(cp + 1, end);
    if (cp < end && *cp == '{') {
	if ((b_end = mac_exp_match(cp, end)) == 0)
	    return (mac_exp_error(st, "unbalanced \"{\" at \"%s\"",
				  mac_exp_show(show, sizeof(show), cp, end)));
	b_start = cp + 1;
	cp = mac_exp_skip_space(b_end + 1, end);
	if (cp < end)
	    return (mac_exp_error(st, "unexpected text at \"%s\"",
				  mac_exp_show(show, sizeof(show), cp, end)));
    } else {
	b_start = cp;
	b_end = end;
    }
    if (truth)
	return (mac_exp_nested(st, a_start, a_end - a_start, out, depth));
    return (mac_exp_nested(st, b_start, b_end - b_start, out, depth));
}

/* mac_exp_number - decimal number with optional sign */

static int mac_exp_number(const char *str, long long *result)
{
    const char *cp = str;
    long long val = 0;
    int     neg = 0;

    if (*cp == '-' || *cp == '+')
	neg = (*cp++ == '-');
    if (*cp == 0)
	return (0);
    for ( /* void */ ; *cp; cp++) {
	if (!isdigit((unsigned char) *cp))
	    return (0);
	if (val > (0x7fffffffffffffffLL - (*cp - '0')) / 10)
	    return (-1);
	val = val * 10 + (*cp - '0');
    }
    *result = neg ? -val : val;
    return (1);
}

/* mac_exp_level - parse a compatibility level into major, minor, patch */

static int mac_exp_level(const char *str, long *level)
{
    const char *cp = str;
    int     i;

    for (i = 0; i < 3; i++)
	level[i] = 0;
    for (i = 0; i < 3; i++) {
	if (!isdigit((unsigned char) *cp))
	    return (0);
	while (isdigit((unsigned char) *cp)) {
	    if (level[i] > 99999)
		return (0);
	    level[i] = level[i] * 10 + (*cp++ - '0');
	}
	if (*cp == 0)
	    return (1);
	if (*cp++ != '.')
	    return (0);
    }
    return (0);
}

/* mac_exp_compare - compare two expanded operands: <0, 0, >0, or error */

static int mac_exp_compare(MAC_EXP_STATE *st, const char *left,
			           const char *right, int levels, int *diff)
{
    long long lnum = 0;
    long long rnum = 0;
    long    llev[3];
    long    rlev[3];
    int     lok;
    int     rok;
    int     i;

    if (levels) {
	if (!mac_exp_level(left, llev))
	    return (mac_exp_error(st, "bad compatibility level in comparison: \"%.30s\"", left));
	if (!mac_exp_level(right, rlev))
	    return (mac_exp_error(st, "bad compatibility level in comparison: \"%.30s\"", right));
	*diff = 0;
	for (i = 0; i < 3 && *diff == 0; i++)
	    *diff = (llev[i] > rlev[i]) - (llev[i] < rlev[i]);
	return (0);
    }
    lok = mac_exp_number(left, &lnum);
    rok = mac_exp_number(right, &rnum);
    if (lok < 0)
	return (mac_exp_error(st, "number out of range in comparison: \"%.30s\"", left));
    if (rok < 0)
	return (mac_exp_error(st, "number out of range in comparison: \"%.30s\"", right));
    if (lok && rok)
	*diff = (lnum > rnum) - (lnum < rnum);
    else
	*diff = strcmp(left, right);
    return (0);
}

/* mac_exp_operator - parse a comparison operator */

static const char *mac_exp_operator(const char *cp, const char *end,
				            int *op, int *levels)
{
    static const struct {
	const char *text;
	int     op;
    }       ops[] = {
	{"==", MAC_EXP_OP_EQ},
	{"!=", MAC_EXP_OP_NE},
	{"<=", MAC_EXP_OP_LE},
	{">=", MAC_EXP_OP_GE},
	{"<", MAC_EXP_OP_LT},
	{">", MAC_EXP_OP_GT},
    };
    size_t  i;
    size_t  len;

    for (i = 0; i < ARRAY_LEN(ops); i++) {
	len = strlen(ops[i].text);
	if ((size_t) (end - cp) >= len && strncmp(cp, ops[i].text, len) == 0) {
	    *op = ops[i].op;
	    cp += len;
	    *levels = ((size_t) (end - cp) >= 5 && strncmp(cp, "level", 5) == 0);
	    return (*levels ? cp + 5 : cp);
	}
    }
    return (0);
}

/* mac_exp_relop - ${{text} op {text}...} */

static int mac_exp_relop(MAC_EXP_STATE *st, const char *cp, const char *end,
			         VSTRING *out, int depth)
{
    const char *l_end;
    const char *r_start;
    const char *r_end;
    const char *l_start;
    VSTRING *left;
    VSTRING *right;
    char    show[MAC_EXP_CONTEXT_LEN + 1];
    int     op;
    int     levels;
    int     diff = 0;
    int     truth;
    int     ret;

    if ((l_end = mac_exp_match(cp, end)) == 0)
	return (mac_exp_error(st, "unbalanced \"{\" at \"%s\"",
			      mac_exp_show(show, sizeof(show), cp, end)));
    l_start = cp + 1;
    cp = mac_exp_skip_space(l_end + 1, end);
    if ((cp = mac_exp_operator(cp, end, &op, &levels)) == 0)
	return (mac_exp_error(st, "expected a comparison operator "
			      "(==, !=, <, <=, >, >=) after \"{%s}\"",
			      mac_exp_show(show, sizeof(show), l_start, l_end)));
    cp = mac_exp_skip_space(cp, end);
    if (cp >= end || *cp != '{')
	return (mac_exp_error(st, "expected \"{expression}\" at \"%s\"",
			      mac_exp_show(show, sizeof(show), cp, end)));
    if ((r_end = mac_exp_match(cp, end)) == 0)
	return (mac_exp_error(st, "unbalanced \"{\" at \"%s\"",
			      mac_exp_show(show, sizeof(show), cp, end)));
    r_start = cp + 1;
    cp = mac_exp_skip_space(r_end + 1, end);
    if (cp < end && *cp != '?' && *cp != ':')
	return (mac_exp_error(st, "expected \"?\" or \":\" at \"%s\"",
			      mac_exp_show(show, sizeof(show), cp, end)));

    left = vstring_alloc(32);
    right = vstring_alloc(32);
    ret = -1;
    if (mac_exp_nested(st, l_start, l_end - l_start, left, depth) == 0
	&& mac_exp_nested(st, r_start, r_end - r_start, right, depth) == 0
	&& mac_exp_compare(st, vstring_str(left), vstring_str(right),
			   levels, &diff) == 0) {
	switch (op) {
	case MAC_EXP_OP_EQ:
	    truth = (diff == 0);
	    break;
	case MAC_EXP_OP_NE:
	    truth = (diff != 0);
	    break;
	case MAC_EXP_OP_LT:
	    truth = (diff < 0);
	    break;
	case MAC_EXP_OP_LE:
	    truth = (diff <= 0);
	    break;
	case MAC_EXP_OP_GT:
	    truth = (diff > 0);
	    break;
	default:
	    truth = (diff >= 0);
	    break;
	}
	if (cp >= end) {
	    if (truth)
		vstring_strcat(out, "true");
	    ret = 0;
	} else {
	    ret = mac_exp_cond(st, *cp, *cp == '?' ? truth : !truth,
			       cp + 1, end, out, depth);
	}
    }
    vstring_free(left);
    vstring_free(right);
    return (ret);
}

/* mac_exp_ref - the inside of ${...} or $(...) */

static int mac_exp_ref(MAC_EXP_STATE *st, const char *start, const char *end,
		               VSTRING *out, int depth)
{
    const char *cp = start;
    const char *name_start;
    const char *value;
    char   *name;
    char    show[MAC_EXP_CONTEXT_LEN + 1];
    int     op;
    int     ret;

    cp = mac_exp_skip_space(cp, end);
    if (cp < end && *cp == '{')
	return (mac_exp_relop(st, cp, end, out, depth));
    for (name_start = cp; cp < end && MAC_EXP_ISNAME(*cp); cp++)
	 /* void */ ;
    if (cp == name_start)
	return (mac_exp_error(st, "missing or bad name in macro reference "
			      "\"${%s}\"", mac_exp_show(show, sizeof(show),
						       start, end)));
    name = mystrndup(name_start, cp - name_start);
    cp = mac_exp_skip_space(cp, end);
    if (cp >= end) {
	ret = mac_exp_lookup(st, name, out, depth);
    } else if (*cp != '?' && *cp != ':') {
	ret = mac_exp_error(st, "bad character after macro name \"%s\" at \"%s\"",
			    name, mac_exp_show(show, sizeof(show), cp, end));
    } else {
	op = *cp;
	if ((value = st->lookup(name, st->context)) == 0)
	    st->status |= MAC_EXP_UNDEF;
	ret = mac_exp_cond(st, op, (op == '?') == (value != 0 && *value != 0),
			   cp + 1, end, out, depth);
    }
    myfree(name);
    return (ret);
}

/* mac_exp_text - expand a text of known length */

static int mac_exp_text(MAC_EXP_STATE *st, const char *text, size_t len,
			        VSTRING *out, int depth)
{
    const char *cp = text;
    const char *end = text + len;
    const char *dollar;
    const char *close;
    const char *name_start;
    char   *name;
    char    show[MAC_EXP_CONTEXT_LEN + 1];
    int     ret;

    if (mac_exp_grow(st, len) < 0)
	return (-1);
    while (cp < end) {
	if ((dollar = memchr(cp, '$', end - cp)) == 0)
	    dollar = end;
	if (dollar > cp) {
	    if (mac_exp_grow(st, dollar - cp) < 0)
		return (-1);
	    vstring_memcat(out, cp, dollar - cp);
	    cp = dollar;
	    continue;
	}
	cp++;
	if (cp < end && *cp == '$') {
	    vstring_addch(out, '$');
	    cp++;
	} else if (cp < end && (*cp == '{' || *cp == '(')) {
	    if ((close = mac_exp_match(cp, end)) == 0)
		return (mac_exp_error(st, "unterminated macro reference at \"%s\"",
			      mac_exp_show(show, sizeof(show), cp - 1, end)));
	    if (mac_exp_ref(st, cp + 1, close, out, depth) < 0)
		return (-1);
	    cp = close + 1;
	} else {
	    for (name_start = cp; cp < end && MAC_EXP_ISNAME(*cp); cp++)
		 /* void */ ;
	    if (cp == name_start)
		return (mac_exp_error(st, "missing name after \"$\" at \"%s\"",
			      mac_exp_show(show, sizeof(show), cp - 1, end)));
	    name = mystrndup(name_start, cp - name_start);
	    ret = mac_exp_lookup(st, name, out, depth);
	    myfree(name);
	    if (ret < 0)
		return (-1);
	}
    }
    return (0);
}

/* mac_expand - expand $name references */

int     mac_expand(VSTRING *result, const char *pattern, int flags,
		           MAC_EXP_LOOKUP_FN lookup, void *context, VSTRING *why)
{
    MAC_EXP_STATE state;

    state.flags = flags;
    state.lookup = lookup;
    state.context = context;
    state.why = why;
    state.work = 0;
    state.status = MAC_EXP_OK;
    vstring_reset(result);
    if (why)
	vstring_reset(why);
    (void) mac_exp_text(&state, pattern, strlen(pattern), result, 0);
    return (state.status);
}
