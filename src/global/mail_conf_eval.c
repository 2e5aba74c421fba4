/*++
/* NAME
/*	mail_conf_eval 3
/* SUMMARY
/*	expand $name references against main.cf and the defaults
/* SYNOPSIS
/*	#include <mail_conf.h>
/*
/*	char	*mail_conf_eval(text)
/*	const char *text;
/*
/*	int	mail_conf_expand(result, text, undef, why)
/*	VSTRING	*result;
/*	const char *text;
/*	ARGV	*undef;
/*	VSTRING	*why;
/*
/*	const char *mail_conf_default(name)
/*	const char *name;
/*
/*	const MAIL_PARAM *mail_params_find(name)
/*	const char *name;
/* DESCRIPTION
/*	mail_conf_expand() expands text with mac_expand(3), recursively:
/*	a name has its value from mail_conf_dict (main.cf and -o
/*	overrides), else its default from the parameter tables
/*	(computed defaults included); other names are undefined and
/*	expand to nothing. The names that were undefined are appended
/*	to undef, when that is not a null pointer, so that postconf can
/*	report them. The result has the MAC_EXP_* bits; on error, why
/*	holds a one-line reason. A computed default is computed once per
/*	outermost call, also when nested expansions refer to it.
/*
/*	mail_conf_eval() returns the expansion of text in new memory
/*	(myfree()).
/*
/*	mail_conf_default() returns the default of a known parameter as
/*	"postconf -d" shows it (computed ones evaluated now; the result
/*	may be overwritten by the next call), or a null pointer.
/*
/*	mail_params_find() returns the table entry of a known parameter,
/*	or a null pointer. The first call indexes mail_params_tables in
/*	one sorted array.
/* DIAGNOSTICS
/*	mail_conf_eval(): fatal error for bad syntax, a reference loop
/*	or an over-large result.
/*--*/

#include <sys_defs.h>
#include <limits.h>
#include <string.h>
#include <stdlib.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <argv.h>
#include <htable.h>
#include <mac_expand.h>
#include <mail_conf.h>

/*
 * The index of known parameters: the position of every table entry (all
 * tables counted as one list), sorted by name, made at the first search.
 * Two bytes per parameter, because every daemon has one.
 */
#define MAIL_PARAMS_TABLES_MAX	32	/* entries of mail_params_tables[] */

static unsigned short *mail_params_index;
static int mail_params_count;
static int mail_params_start[MAIL_PARAMS_TABLES_MAX + 1];

 /*
  * Computed defaults, each computed once per outermost expansion: nested
  * expansions (a computed default that expands other parameters) share
  * the copies, so that hostile references cannot multiply the work.
  */
static HTABLE *mail_conf_eval_cache;	/* name -> private copy */
static int mail_conf_eval_depth;	/* mail_conf_expand() nesting */

/* mail_params_at - the table entry at a position */

static const MAIL_PARAM *mail_params_at(int pos)
{
    int     t;

    for (t = 0; mail_params_start[t + 1] <= pos; t++)
	 /* void */ ;
    return (mail_params_tables[t] + pos - mail_params_start[t]);
}

/* mail_params_order - sort by name, then by position */

static int mail_params_order(const void *a, const void *b)
{
    int     pa = *(const unsigned short *) a;
    int     pb = *(const unsigned short *) b;
    int     diff = strcmp(mail_params_at(pa)->name, mail_params_at(pb)->name);

    return (diff ? diff : pa - pb);
}

/* mail_params_key - compare a name with an index entry */

static int mail_params_key(const void *key, const void *entry)
{
    return (strcmp((const char *) key,
		   mail_params_at(*(const unsigned short *) entry)->name));
}

/* mail_params_index_init - count the tables, sort the positions */

static void mail_params_index_init(void)
{
    const MAIL_PARAM *p;
    int     t;
    int     pos;

    for (t = 0; mail_params_tables[t]; t++) {
	if (t == MAIL_PARAMS_TABLES_MAX)
	    msg_panic("mail_params_index_init: more than %d parameter tables",
		      MAIL_PARAMS_TABLES_MAX);
	mail_params_start[t] = mail_params_count;
	for (p = mail_params_tables[t]; p->name; p++)
	    mail_params_count++;
    }
    if (mail_params_count > USHRT_MAX)
	msg_panic("mail_params_index_init: %d parameters", mail_params_count);
    mail_params_start[t] = mail_params_count;
    mail_params_index = (unsigned short *)
	mymalloc(sizeof(*mail_params_index) * (mail_params_count + 1));
    for (pos = 0; pos < mail_params_count; pos++)
	mail_params_index[pos] = pos;
    qsort(mail_params_index, mail_params_count,
	  sizeof(*mail_params_index), mail_params_order);
}

/* mail_params_find - table entry of a known parameter */

const MAIL_PARAM *mail_params_find(const char *name)
{
    unsigned short *found;

    if (mail_params_index == 0)
	mail_params_index_init();
    found = (unsigned short *) bsearch(name, mail_params_index,
				       mail_params_count,
				       sizeof(*mail_params_index),
				       mail_params_key);
    if (found == 0)
	return (0);
    while (found > mail_params_index
	   && strcmp(mail_params_at(found[-1])->name, name) == 0)
	found--;				/* the first of equal names */
    return (mail_params_at(*found));
}

/* mail_conf_default - default of a known parameter */

const char *mail_conf_default(const char *name)
{
    const MAIL_PARAM *p;
    const char *value;

    if ((p = mail_params_find(name)) == 0)
	return (0);
    if (p->defval_fn != 0 && (value = p->defval_fn()) != 0)
	return (value);
    return (p->defval ? p->defval : "");
}

/* mail_conf_eval_computed - a computed default, once per expansion */

static const char *mail_conf_eval_computed(const MAIL_PARAM *p)
{
    HTABLE_INFO *ht;
    const char *value;
    char   *copy;

    if ((ht = htable_locate(mail_conf_eval_cache, p->name)) != 0)
	return ((const char *) ht->value);
    copy = mystrdup((value = p->defval_fn()) != 0 ? value : "");

    /*
     * The function may have looked itself up (it then got a fallback);
     * its own result replaces that, as nothing uses the fallback now.
     */
    if ((ht = htable_locate(mail_conf_eval_cache, p->name)) != 0) {
	myfree(ht->value);
	ht->value = copy;
    } else {
	htable_enter(mail_conf_eval_cache, p->name, copy);
    }
    return (copy);
}

/* mail_conf_eval_lookup - mac_expand() callback */

static const char *mail_conf_eval_lookup(const char *name, void *context)
{
    ARGV   *undef = (ARGV *) context;
    const MAIL_PARAM *p;
    const char *value;

    if ((value = mail_conf_lookup(name)) != 0)
	return (value);
    if ((p = mail_params_find(name)) != 0) {
	if (p->defval_fn != 0)
	    return (mail_conf_eval_computed(p));
	return (p->defval ? p->defval : "");
    }
    if (undef)
	argv_add(undef, name, ARGV_END);
    return (0);
}

/* mail_conf_expand - expand into a buffer, never exit */

int     mail_conf_expand(VSTRING *result, const char *text, ARGV *undef,
			         VSTRING *why)
{
    int     status;

    if (mail_conf_eval_depth++ == 0)
	mail_conf_eval_cache = htable_create(10);
    status = mac_expand(result, text, MAC_EXP_FLAG_RECURSE,
			mail_conf_eval_lookup, (void *) undef, why);
    if (--mail_conf_eval_depth == 0) {
	htable_free(mail_conf_eval_cache, myfree);
	mail_conf_eval_cache = 0;
    }
    return (status);
}

/* mail_conf_eval - expand into new memory, exit on error */

char   *mail_conf_eval(const char *text)
{
    VSTRING *result = vstring_alloc(100);
    VSTRING *why = vstring_alloc(100);

    if (mail_conf_expand(result, text, (ARGV *) 0, why) & MAC_EXP_ERROR)
	msg_fatal("bad parameter value \"%.100s\": %s", text, vstring_str(why));
    vstring_free(why);
    return (vstring_export(result));
}
