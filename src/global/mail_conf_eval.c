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
/*	or a null pointer. The first call indexes mail_params_tables.
/* DIAGNOSTICS
/*	mail_conf_eval(): fatal error for bad syntax, a reference loop
/*	or an over-large result.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <argv.h>
#include <htable.h>
#include <mac_expand.h>
#include <mail_conf.h>

static HTABLE *mail_params_index;

 /*
  * Computed defaults, each computed once per outermost expansion: nested
  * expansions (a computed default that expands other parameters) share
  * the copies, so that hostile references cannot multiply the work.
  */
static HTABLE *mail_conf_eval_cache;	/* name -> private copy */
static int mail_conf_eval_depth;	/* mail_conf_expand() nesting */

/* mail_params_find - table entry of a known parameter */

const MAIL_PARAM *mail_params_find(const char *name)
{
    const MAIL_PARAM *const * table;
    const MAIL_PARAM *p;

    if (mail_params_index == 0) {
	mail_params_index = htable_create(1000);
	for (table = mail_params_tables; *table; table++)
	    for (p = *table; p->name; p++)
		if (htable_locate(mail_params_index, p->name) == 0)
		    htable_enter(mail_params_index, p->name, (void *) p);
    }
    return ((const MAIL_PARAM *) htable_find(mail_params_index, name));
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
