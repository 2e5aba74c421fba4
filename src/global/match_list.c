/*++
/* NAME
/*	match_list 3
/* SUMMARY
/*	match a host or destination against a list parameter
/* SYNOPSIS
/*	#include <match_list.h>
/*
/*	MATCH_LIST *match_list_init(title, patterns, flags)
/*	const char *title;
/*	const char *patterns;
/*	int	flags;
/*
/*	int	match_list_match(list, name, addr)
/*	MATCH_LIST *list;
/*	const char *name;
/*	const char *addr;
/* DESCRIPTION
/*	match_list_init() parses a list of patterns, separated by commas
/*	or white space, once at start-up; title (the parameter name) is
/*	used in diagnostics. With MATCH_FLAG_EXACT every pattern that is
/*	not a table is a name ("[host]:port" included). A pattern is one
/*	of:
/* .IP "type:table"
/*	A lookup table: the name is looked up (and, with
/*	MATCH_FLAG_PARENT, each of its parent domains), then the
/*	address; any value counts as a match.
/* .IP /file/name
/*	A file with more patterns, one or more per line, # comments;
/*	read once (not recursively).
/* .IP "network/prefix, address, [address]"
/*	Matches the address (cidr_match(3)).
/* .IP name
/*	Matches the name, ignoring case. Without MATCH_FLAG_EXACT a
/*	pattern ".example.com" matches the subdomains of example.com,
/*	and with MATCH_FLAG_PARENT "example.com" matches them too.
/* .IP !pattern
/*	A match of pattern ends the search with "no match".
/* .PP
/*	match_list_match() tries the patterns in order against the name
/*	and the address (either may be null) and returns 1 for the
/*	first match, 0 when none matches, and -1 when a table lookup
/*	failed (the caller decides; usually it is like no match). It
/*	does not allocate.
/* DIAGNOSTICS
/*	Fatal: a table that cannot be opened, a file that cannot be
/*	read. Warning: a bad network pattern (ignored).
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <argv.h>
#include <stringops.h>
#include <readlline.h>
#include <cidr_match.h>
#include <dict.h>
#include <maps.h>
#include <match_list.h>

#define MATCH_TYPE_NAME		1
#define MATCH_TYPE_CIDR		2
#define MATCH_TYPE_TABLE	3

typedef struct MATCH_ITEM {
    int     type;			/* MATCH_TYPE_* */
    int     negate;			/* "!pattern" */
    const char *name;			/* MATCH_TYPE_NAME */
    CIDR_MATCH cidr;			/* MATCH_TYPE_CIDR */
    MAPS   *maps;			/* MATCH_TYPE_TABLE */
} MATCH_ITEM;

struct MATCH_LIST {
    int     flags;
    MATCH_ITEM *items;
    int     count;
};

#define MATCH_SEP	", \t\r\n"

/* match_list_words - split patterns, expanding /file/name once */

static void match_list_words(ARGV *words, const char *title,
			             const char *patterns, int depth)
{
    ARGV   *split = argv_split(patterns, MATCH_SEP);
    FILE   *fp;
    VSTRING *line;
    int     lineno;
    int     first;
    char  **cpp;

    for (cpp = split->argv; *cpp; cpp++) {
	const char *word = **cpp == '!' ? *cpp + 1 : *cpp;

	if (*word == '/' && depth == 0 && strchr(word, ':') == 0) {
	    if ((fp = fopen(word, "re")) == 0)
		msg_fatal("%s: open %s: %m", title, word);
	    line = vstring_alloc(100);
	    lineno = 0;
	    while (readllines(line, fp, word, &lineno, &first) != 0)
		match_list_words(words, title, vstring_str(line), 1);
	    vstring_free(line);
	    (void) fclose(fp);
	} else {
	    argv_add(words, *cpp, (char *) 0);
	}
    }
    argv_free(split);
}

/*
 * match_list_is_table - "type:name", not an IPv6 address or "host:port"
 */
static int match_list_is_table(const char *word)
{
    size_t  type_len = strspn(word, "abcdefghijklmnopqrstuvwxyz");

    return (type_len > 0 && word[type_len] == ':'
	    && !alldig(word + type_len + 1));
}

/* match_list_init - parse the patterns once */

MATCH_LIST *match_list_init(const char *title, const char *patterns,
			            int flags)
{
    MATCH_LIST *list = (MATCH_LIST *) mymalloc(sizeof(*list));
    ARGV   *words = argv_alloc(10);
    VSTRING *why = vstring_alloc(100);
    MATCH_ITEM *item;
    const char *word;
    int     n;

    match_list_words(words, title, patterns, 0);
    list->flags = flags;
    list->items = (MATCH_ITEM *) mymalloc(sizeof(MATCH_ITEM)
					  * (words->argc + 1));
    list->count = 0;
    for (n = 0; n < words->argc; n++) {
	item = list->items + list->count;
	word = words->argv[n];
	item->negate = (*word == '!');
	if (item->negate)
	    word++;
	if (*word == 0)
	    continue;
	if (match_list_is_table(word)) {
	    item->type = MATCH_TYPE_TABLE;
	    item->maps = maps_create(title, word, DICT_FLAG_FOLD_FIX);
	} else if ((flags & MATCH_FLAG_EXACT) == 0
		   && (strchr(word, '/') != 0 || *word == '['
		       || strspn(word, "0123456789.") == strlen(word)
		       || strchr(word, ':') != 0)) {
	    if (cidr_match_parse(&item->cidr, word, why) != 0) {
		msg_warn("%s: ignoring bad pattern \"%s\": %s",
			 title, word, vstring_str(why));
		continue;
	    }
	    item->type = MATCH_TYPE_CIDR;
	} else {
	    item->type = MATCH_TYPE_NAME;
	    item->name = mystrdup(word);
	}
	list->count++;
    }
    argv_free(words);
    vstring_free(why);
    return (list);
}

/* match_list_name - compare a name with a name pattern */

static int match_list_name(const MATCH_LIST *list, const char *pattern,
			           const char *name)
{
    size_t  plen = strlen(pattern);
    size_t  nlen = strlen(name);

    if (strcasecmp(pattern, name) == 0)
	return (1);
    if (list->flags & MATCH_FLAG_EXACT)
	return (0);
    if (*pattern == '.')
	return (nlen > plen && strcasecmp(name + nlen - plen, pattern) == 0);
    if (list->flags & MATCH_FLAG_PARENT)
	return (nlen > plen && name[nlen - plen - 1] == '.'
		&& strcasecmp(name + nlen - plen, pattern) == 0);
    return (0);
}

/* match_list_table - look up a name (and parents) and an address */

static int match_list_table(const MATCH_LIST *list, MAPS *maps,
			            const char *name, const char *addr)
{
    const char *cp;

    if (name != 0 && *name) {
	if (maps_find(maps, name, DICT_FLAG_FIXED) != 0)
	    return (1);
	for (cp = strchr(name, '.'); maps->error == 0
	     && (list->flags & MATCH_FLAG_PARENT) && cp != 0;
	     cp = strchr(cp + 1, '.'))
	    if (maps_find(maps, cp + 1, DICT_FLAG_FIXED) != 0)
		return (1);
	if (maps->error)
	    return (-1);
    }
    if (addr != 0 && *addr) {
	if (maps_find(maps, addr, DICT_FLAG_FIXED) != 0)
	    return (1);
	if (maps->error)
	    return (-1);
    }
    return (0);
}

/* match_list_match - first matching pattern decides */

int     match_list_match(MATCH_LIST *list, const char *name, const char *addr)
{
    unsigned char bin[CIDR_MATCH_ADDR_LEN];
    int     family = 0;
    int     have_bin = (addr != 0 && cidr_match_addr(addr, bin, &family) == 0);
    MATCH_ITEM *item;
    int     found;

    for (item = list->items; item < list->items + list->count; item++) {
	switch (item->type) {
	case MATCH_TYPE_NAME:
	    found = (name != 0 && match_list_name(list, item->name, name));
	    break;
	case MATCH_TYPE_CIDR:
	    found = (have_bin && cidr_match_test(&item->cidr, bin, family));
	    break;
	default:
	    if ((found = match_list_table(list, item->maps, name, addr)) < 0)
		return (-1);
	    break;
	}
	if (found)
	    return (item->negate ? 0 : 1);
    }
    return (0);
}
