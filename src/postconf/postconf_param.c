/*++
/* NAME
/*	postconf_param 3
/* SUMMARY
/*	the parameter names that postconf knows
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	void	postconf_param_init(void)
/*
/*	void	postconf_param_add(name, kind, defval)
/*	const char *name;
/*	int	kind;
/*	const char *defval;
/*
/*	POSTCONF_PARAM *postconf_param_find(name)
/*	const char *name;
/*
/*	const char *postconf_param_default(name, param)
/*	const char *name;
/*	POSTCONF_PARAM *param;
/*
/*	HTABLE_INFO **postconf_param_list(void)
/* DESCRIPTION
/*	This module keeps one table of every parameter name that
/*	postconf accepts as "in use". There are three kinds:
/* .IP POSTCONF_PARAM_BUILTIN
/*	A parameter of some Postlet program, from the parameter tables
/*	in mail_params_tables[]. These are what "postconf -d" lists, so
/*	that list is generated, never written by hand.
/* .IP POSTCONF_PARAM_SERVICE
/*	A per-service parameter whose name is made from a master.cf
/*	service name (see postconf_service(3)), with its own default.
/* .IP POSTCONF_PARAM_USER
/*	A main.cf name that no program knows but that another value
/*	uses as $name (see postconf_unused(3)); it has no default.
/* .PP
/*	postconf_param_init() enters the built-in parameters. A name
/*	that appears in several programs' tables is entered once.
/*
/*	postconf_param_add() enters one name, unless it is known
/*	already: a built-in name always wins.
/*
/*	postconf_param_find() looks a name up.
/*
/*	postconf_param_default() returns the default value of a known
/*	parameter: a built-in one's from the tables (computed ones
/*	included), a service-defined one's from its registration, and an
/*	empty string for a user-defined one.
/*
/*	postconf_param_list() returns every entry sorted by name, in
/*	memory that the caller frees with myfree().
/* DIAGNOSTICS
/*	Panic: postconf_param_add() or postconf_param_find() before
/*	postconf_param_init().
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <htable.h>
#include <mail_conf.h>
#include "postconf.h"

static HTABLE *postconf_param_table;

/* postconf_param_add - enter one name, first one wins */

void    postconf_param_add(const char *name, int kind, const char *defval)
{
    POSTCONF_PARAM *param;

    if (postconf_param_table == 0)
	msg_panic("postconf_param_add: no table");
    if (htable_find(postconf_param_table, name) != 0)
	return;
    param = (POSTCONF_PARAM *) mymalloc(sizeof(*param));
    param->kind = kind;
    param->defval = defval ? mystrdup(defval) : 0;
    htable_enter(postconf_param_table, name, (void *) param);
}

/* postconf_param_init - enter the built-in parameters */

void    postconf_param_init(void)
{
    const MAIL_PARAM *const * table;
    const MAIL_PARAM *param;

    postconf_param_table = htable_create(1000);
    for (table = mail_params_tables; *table; table++)
	for (param = *table; param->name; param++)
	    postconf_param_add(param->name, POSTCONF_PARAM_BUILTIN, (char *) 0);
}

/* postconf_param_find - look up one name */

POSTCONF_PARAM *postconf_param_find(const char *name)
{
    if (postconf_param_table == 0)
	msg_panic("postconf_param_find: no table");
    return ((POSTCONF_PARAM *) htable_find(postconf_param_table, name));
}

/* postconf_param_default - the default value of a known parameter */

const char *postconf_param_default(const char *name, POSTCONF_PARAM *param)
{
    const char *value;

    switch (param->kind) {
    case POSTCONF_PARAM_BUILTIN:
	return ((value = mail_conf_default(name)) != 0 ? value : "");
    case POSTCONF_PARAM_SERVICE:
	return (param->defval);
    default:
	return ("");
    }
}

/* postconf_param_list - every entry, sorted by name */

HTABLE_INFO **postconf_param_list(void)
{
    return (htable_sorted_list(postconf_param_table));
}
