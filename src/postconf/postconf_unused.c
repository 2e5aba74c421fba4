/*++
/* NAME
/*	postconf_unused 3
/* SUMMARY
/*	user-defined parameters, unused and undefined parameter warnings
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	void	postconf_unused_register(void)
/*
/*	void	postconf_unused_warn_main(void)
/*
/*	void	postconf_unused_warn_master(void)
/* DESCRIPTION
/*	main.cf may hold names that no program reads. Some are there on
/*	purpose: a name that another value uses as $name (a list kept in
/*	one place, "my_networks = ..." used as "mynetworks =
/*	$my_networks") is a user-defined parameter. The others are
/*	likely typing errors, or settings for a feature that Postlet
/*	does not have, and postconf says so, as Postfix does.
/*
/*	postconf_unused_register() enters as user-defined every main.cf
/*	name that is not known otherwise and that some main.cf value,
/*	or some master.cf "-o name=value" value, uses as $name. On the
/*	way it expands each of those values, so that bad syntax ("${x")
/*	or a reference loop is found even when the value is not shown,
/*	as Postfix does.
/*
/*	postconf_unused_warn_main() reports, for main.cf, every $name
/*	that refers to nothing known ("undefined parameter"), then every
/*	setting whose name is not known ("unused parameter"), in the
/*	order of the names.
/*
/*	postconf_unused_warn_master() does the same for the "-o
/*	name=value" settings of master.cf, in file order.
/*
/*	All three run after postconf_param_init(),
/*	postconf_master_read() and postconf_service_register().
/* DIAGNOSTICS
/*	Fatal: a value that does not expand ("/path/main.cf: parameter
/*	name: reason").
/*
/*	"postconf: warning: /path/main.cf: unused parameter: name=value",
/*	"postconf: warning: /path/main.cf: undefined parameter: name", and
/*	the same with master.cf. Each undefined name is reported once
/*	per file.
/*--*/

#include <sys_defs.h>
#include <stdio.h>

#include <msg.h>
#include <mymalloc.h>
#include <htable.h>
#include <vstring.h>
#include <mac_expand.h>
#include <mail_conf.h>
#include "postconf.h"

 /*
  * Context for the undefined-name check: which file, and which names were
  * reported already.
  */
typedef struct {
    const char *path;
    HTABLE *seen;
} POSTCONF_UNUSED_CTX;

/* postconf_unused_user - a $name reference: maybe a user-defined parameter */

static void postconf_unused_user(const char *name, void *unused_context)
{
    (void) unused_context;
    if (postconf_param_find(name) == 0 && mail_conf_lookup(name) != 0)
	postconf_param_add(name, POSTCONF_PARAM_USER, (char *) 0);
}

/* postconf_unused_check - a value must expand without error */

static void postconf_unused_check(const char *path, const char *name,
				          const char *value, VSTRING *result,
				          VSTRING *why)
{
    if (mail_conf_expand(result, value, (ARGV *) 0, why) & MAC_EXP_ERROR)
	msg_fatal("%s: parameter %s: %s", path, name, vstring_str(why));
}

/* postconf_unused_register - enter user-defined parameters */

void    postconf_unused_register(void)
{
    HTABLE_INFO **list;
    HTABLE_INFO **ht;
    POSTCONF_MASTER *entry;
    VSTRING *result = vstring_alloc(100);
    VSTRING *why = vstring_alloc(100);
    int     n;
    int     i;

    if (mail_conf_dict != 0) {
	list = htable_sorted_list(mail_conf_dict);
	for (ht = list; *ht; ht++) {
	    postconf_unused_check(postconf_main_path(), ht[0]->key,
				  (char *) ht[0]->value, result, why);
	    postconf_refs((char *) ht[0]->value, postconf_unused_user, (void *) 0);
	}
	myfree(list);
    }
    for (n = 0; n < postconf_master_count; n++) {
	entry = postconf_master_table[n];
	for (i = 0; i < entry->opt_values->argc; i++) {
	    postconf_unused_check(postconf_master_path(),
				  entry->opt_names->argv[i],
				  entry->opt_values->argv[i], result, why);
	    postconf_refs(entry->opt_values->argv[i], postconf_unused_user,
			  (void *) 0);
	}
    }
    vstring_free(result);
    vstring_free(why);
}

/* postconf_unused_undefined - a $name reference: report if it is unknown */

static void postconf_unused_undefined(const char *name, void *context)
{
    POSTCONF_UNUSED_CTX *ctx = (POSTCONF_UNUSED_CTX *) context;

    if (postconf_param_find(name) != 0 || htable_find(ctx->seen, name) != 0)
	return;
    htable_enter(ctx->seen, name, (void *) ctx);
    msg_warn("%s: undefined parameter: %s", ctx->path, name);
}

/* postconf_unused_warn_main - report main.cf names nothing uses */

void    postconf_unused_warn_main(void)
{
    POSTCONF_UNUSED_CTX ctx;
    HTABLE_INFO **list;
    HTABLE_INFO **ht;

    if (mail_conf_dict == 0)
	return;
    ctx.path = postconf_main_path();
    ctx.seen = htable_create(10);
    list = htable_sorted_list(mail_conf_dict);
    for (ht = list; *ht; ht++)
	postconf_refs((char *) ht[0]->value, postconf_unused_undefined,
		      (void *) &ctx);
    for (ht = list; *ht; ht++)
	if (postconf_param_find(ht[0]->key) == 0)
	    msg_warn("%s: unused parameter: %s=%s", ctx.path, ht[0]->key,
		     (char *) ht[0]->value);
    myfree(list);
    htable_free(ctx.seen, (HTABLE_FREE_FN) 0);
}

/* postconf_unused_warn_master - report master.cf -o names nothing uses */

void    postconf_unused_warn_master(void)
{
    POSTCONF_UNUSED_CTX ctx;
    POSTCONF_MASTER *entry;
    int     n;
    int     i;

    ctx.path = postconf_master_path();
    ctx.seen = htable_create(10);
    for (n = 0; n < postconf_master_count; n++) {
	entry = postconf_master_table[n];
	for (i = 0; i < entry->opt_values->argc; i++)
	    postconf_refs(entry->opt_values->argv[i], postconf_unused_undefined,
			  (void *) &ctx);
    }
    for (n = 0; n < postconf_master_count; n++) {
	entry = postconf_master_table[n];
	for (i = 0; i < entry->opt_names->argc; i++)
	    if (postconf_param_find(entry->opt_names->argv[i]) == 0)
		msg_warn("%s: unused parameter: %s=%s", ctx.path,
			 entry->opt_names->argv[i], entry->opt_values->argv[i]);
    }
    htable_free(ctx.seen, (HTABLE_FREE_FN) 0);
}
