/*++
/* NAME
/*	rewrite_addr 3
/* SUMMARY
/*	find addresses in a header value; quote and unquote them
/* SYNOPSIS
/*	#include <rewrite.h>
/*
/*	int	rewrite_addr_scan(text, len, token_limit, fn, context)
/*	const char *text;
/*	size_t	len;
/*	int	token_limit;
/*	int	(*fn)(void *context, const char *internal,
/*			size_t start, size_t end);
/*	void	*context;
/*
/*	const char *rewrite_addr_internal(buf, text, len)
/*	VSTRING	*buf;
/*	const char *text;
/*	size_t	len;
/*
/*	const char *rewrite_addr_quote(buf, internal)
/*	VSTRING	*buf;
/*	const char *internal;
/* DESCRIPTION
/*	rewrite_addr_scan() reads an RFC 5322 address list (the value
/*	of To:, Cc:, From: and friends) and calls fn once per address,
/*	in order, with the address in internal form and the byte range
/*	[start, end) that the address occupies in text, so that a
/*	caller can put a rewritten address in its place and keep the
/*	display names and comments as they were. It understands quoted
/*	strings, nested comments, domain literals, "phrase <addr>",
/*	source routes inside angle brackets (skipped: the range covers
/*	the address after the route), and groups ("name: a, b;"). Empty
/*	addresses ("<>"), items without an address, and items whose
/*	address holds a null byte (no C string can carry it; the item
/*	is left as it is) are passed over.
/*
/*	The parser is small and strict about what it takes to be an
/*	address but never fails on bad input: an unterminated quote,
/*	comment or literal ends at the end of the text; stray closing
/*	brackets are ignored. A list item with more than REWRITE_TOK_MAX
/*	tokens, or a list with more than token_limit tokens in all
/*	(header_address_token_limit), ends the scan: the function then
/*	returns -1 after the addresses found so far. Otherwise it
/*	returns the number of addresses found, or the first non-zero
/*	result of fn (which stops the scan). Nothing is allocated
/*	except what the internal form needs in a private buffer.
/*
/*	rewrite_addr_internal() converts one address in external form
/*	(len bytes of text) to internal form in buf, as the scanner
/*	does: quotes and quoted-pair backslashes go, comments and white
/*	space between tokens go, words next to each other keep one
/*	space.
/*
/*	rewrite_addr_quote() converts an internal form address to
/*	external form: the localpart (everything before the last "@")
/*	is quoted when it is not a dot-atom.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <vstring.h>

/* Global library. */

#include <rewrite.h>

 /*
  * Token types; the specials stand for themselves.
  */
#define REWRITE_TOK_ATOM	'a'
#define REWRITE_TOK_QSTRING	'"'
#define REWRITE_TOK_DLIT	'['
#define REWRITE_TOK_COMMENT	'('

typedef struct REWRITE_TOK {
    int     type;
    size_t  start;			/* first byte */
    size_t  end;			/* one past the last byte */
} REWRITE_TOK;

#define REWRITE_SPECIALS	"()<>@,;:\\\".[]"
#define REWRITE_IS_SPACE(c)	((c) == ' ' || (c) == '\t' || (c) == '\r' \
				 || (c) == '\n')

/* rewrite_addr_next - find the next token, return its end or 0 at end */

static int rewrite_addr_next(const char *text, size_t len, size_t *pos,
			             REWRITE_TOK *tok)
{
    size_t  i = *pos;
    int     depth;
    int     c;

    while (i < len && REWRITE_IS_SPACE(text[i]))
	i++;
    if (i >= len)
	return (0);
    tok->start = i;
    c = (unsigned char) text[i];
    switch (c) {
    case '"':
	tok->type = REWRITE_TOK_QSTRING;
	for (i++; i < len && text[i] != '"'; i++)
	    if (text[i] == '\\' && i + 1 < len)
		i++;
	if (i < len)
	    i++;
	break;
    case '(':
	tok->type = REWRITE_TOK_COMMENT;
	for (depth = 0; i < len; i++) {
	    if (text[i] == '\\' && i + 1 < len)
		i++;
	    else if (text[i] == '(')
		depth++;
	    else if (text[i] == ')' && --depth == 0) {
		i++;
		break;
	    }
	}
	break;
    case '[':
	tok->type = REWRITE_TOK_DLIT;
	for (i++; i < len && text[i] != ']'; i++)
	    if (text[i] == '\\' && i + 1 < len)
		i++;
	if (i < len)
	    i++;
	break;
    case '<': case '>': case '@': case ',': case ';': case ':': case '.':
    case ')':
	tok->type = c;
	i++;
	break;
    default:
	/*
	 * An atom; a backslash outside quotes escapes the next byte. A
	 * null byte is an atom byte (strchr() would call it a special,
	 * and a token of no bytes would never end the text).
	 */
	tok->type = REWRITE_TOK_ATOM;
	for (; i < len; i++) {
	    c = (unsigned char) text[i];
	    if (c == '\\' && i + 1 < len)
		i++;
	    else if (REWRITE_IS_SPACE(c) || (c != 0 && c != ']' && c != '\\'
					  && strchr(REWRITE_SPECIALS, c)))
		break;
	}
	break;
    }
    tok->end = i;
    *pos = i;
    return (1);
}

/* rewrite_addr_append - append one token in internal form */

static void rewrite_addr_append(VSTRING *buf, const char *text,
				        const REWRITE_TOK *tok)
{
    size_t  i;
    size_t  start = tok->start;
    size_t  end = tok->end;

    if (tok->type == REWRITE_TOK_QSTRING) {
	start += 1;
	if (end > start && text[end - 1] == '"')
	    end -= 1;
    }
    if (tok->type == REWRITE_TOK_DLIT) {
	vstring_memcat(buf, text + start, end - start);
	return;
    }
    for (i = start; i < end; i++) {
	if (text[i] == '\\' && i + 1 < end)
	    i++;
	vstring_addch(buf, text[i]);
    }
}

/* rewrite_addr_is_word - atom or quoted string */

#define rewrite_addr_is_word(t) \
	((t)->type == REWRITE_TOK_ATOM || (t)->type == REWRITE_TOK_QSTRING)

/* rewrite_addr_ignored - comments and stray closing brackets */

#define rewrite_addr_ignored(t) ((t)->type == REWRITE_TOK_COMMENT \
	|| (t)->type == ')' || (t)->type == '>')

/* rewrite_addr_join - internal form of a token range */

static void rewrite_addr_join(VSTRING *buf, const char *text,
			              const REWRITE_TOK *toks, int first, int last)
{
    const REWRITE_TOK *prev = 0;
    int     n;

    vstring_reset(buf);
    for (n = first; n <= last; n++) {
	if (rewrite_addr_ignored(toks + n))
	    continue;
	if (prev && rewrite_addr_is_word(prev) && rewrite_addr_is_word(toks + n))
	    vstring_addch(buf, ' ');
	rewrite_addr_append(buf, text, toks + n);
	prev = toks + n;
    }
}

/* rewrite_addr_item - report the address of one list item */

static int rewrite_addr_item(const char *text, const REWRITE_TOK *toks,
			             int count, VSTRING *buf,
			             REWRITE_ADDR_FN fn, void *context)
{
    int     first = -1;
    int     last = -1;
    int     n;

    /*
     * "phrase <route:addr>" or a bare addr-spec.
     */
    for (n = 0; n < count && toks[n].type != '<'; n++)
	 /* void */ ;
    if (n < count) {
	first = n + 1;
	for (last = first; last < count && toks[last].type != '>'; last++)
	     /* void */ ;
	last -= 1;
	if (first <= last && toks[first].type == '@') {
	    for (n = first; n <= last && toks[n].type != ':'; n++)
		 /* void */ ;
	    if (n <= last)
		first = n + 1;
	}
    } else {
	first = 0;
	last = count - 1;
    }
    while (first <= last && rewrite_addr_ignored(toks + first))
	first++;
    while (last >= first && rewrite_addr_ignored(toks + last))
	last--;
    if (first > last)
	return (0);
    rewrite_addr_join(buf, text, toks, first, last);
    if (VSTRING_LEN(buf) == 0 || memchr(vstring_str(buf), 0, VSTRING_LEN(buf)))
	return (0);
    return (fn(context, vstring_str(buf), toks[first].start, toks[last].end)
	    ? -2 : 1);
}

/* rewrite_addr_scan - find the addresses in an address list */

int     rewrite_addr_scan(const char *text, size_t len, int token_limit,
			          REWRITE_ADDR_FN fn, void *context)
{
    static VSTRING *buf;
    REWRITE_TOK toks[REWRITE_TOK_MAX];
    REWRITE_TOK tok;
    size_t  pos = 0;
    int     count = 0;
    int     total = 0;
    int     angle = 0;
    int     found = 0;
    int     more;
    int     ret;

    if (buf == 0)
	buf = vstring_alloc(100);
    do {
	more = rewrite_addr_next(text, len, &pos, &tok);
	if (more && (++total > token_limit || count >= REWRITE_TOK_MAX))
	    return (-1);
	if (more && tok.type == '<')
	    angle = 1;
	else if (more && tok.type == '>')
	    angle = 0;
	if (more && angle == 0 && tok.type == ':') {
	    /* A group name: forget it. */
	    count = 0;
	    continue;
	}
	if (more && (angle || (tok.type != ',' && tok.type != ';'))) {
	    toks[count++] = tok;
	    continue;
	}
	ret = rewrite_addr_item(text, toks, count, buf, fn, context);
	if (ret < 0)
	    return (ret == -2 ? 1 : ret);
	found += ret;
	count = 0;
	angle = 0;
    } while (more);
    return (found);
}

/* rewrite_addr_internal - external form to internal form */

const char *rewrite_addr_internal(VSTRING *buf, const char *text, size_t len)
{
    REWRITE_TOK tok;
    REWRITE_TOK prev;
    size_t  pos = 0;
    int     have_prev = 0;

    vstring_reset(buf);
    while (rewrite_addr_next(text, len, &pos, &tok)) {
	if (tok.type == REWRITE_TOK_COMMENT)
	    continue;
	if (have_prev && rewrite_addr_is_word(&prev)
	    && rewrite_addr_is_word(&tok))
	    vstring_addch(buf, ' ');
	rewrite_addr_append(buf, text, &tok);
	prev = tok;
	have_prev = 1;
    }
    return (vstring_str(buf));
}

/* rewrite_addr_atext - may appear unquoted in a dot-atom */

static int rewrite_addr_atext(int c)
{
    if (c <= ' ' || c == 0x7f)
	return (0);
    return (strchr(REWRITE_SPECIALS, c) == 0);
}

/* rewrite_addr_needs_quote - the localpart is not a dot-atom */

static int rewrite_addr_needs_quote(const char *local, size_t len)
{
    size_t  i;

    if (len == 0 || local[0] == '.' || local[len - 1] == '.')
	return (len != 0);
    for (i = 0; i < len; i++) {
	if (local[i] == '.') {
	    if (local[i + 1] == '.')
		return (1);
	} else if (!rewrite_addr_atext((unsigned char) local[i]))
	    return (1);
    }
    return (0);
}

/* rewrite_addr_quote - internal form to external form */

const char *rewrite_addr_quote(VSTRING *buf, const char *internal)
{
    const char *at = strrchr(internal, '@');
    size_t  local_len = at ? (size_t) (at - internal) : strlen(internal);
    size_t  i;

    vstring_reset(buf);
    if (rewrite_addr_needs_quote(internal, local_len)) {
	vstring_addch(buf, '"');
	for (i = 0; i < local_len; i++) {
	    if (internal[i] == '"' || internal[i] == '\\')
		vstring_addch(buf, '\\');
	    vstring_addch(buf, internal[i]);
	}
	vstring_addch(buf, '"');
    } else {
	vstring_memcat(buf, internal, local_len);
    }
    if (at)
	vstring_strcat(buf, at);
    return (vstring_str(buf));
}
