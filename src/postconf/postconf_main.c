/*++
/* NAME
/*	postconf_main 3
/* SUMMARY
/*	show main.cf parameters
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	const char *postconf_main_path(void)
/*
/*	void	postconf_main_show(flags, names)
/*	int	flags;
/*	char	**names;
/* DESCRIPTION
/*	postconf_main_path() returns the pathname of main.cf in the
/*	configuration directory.
/*
/*	postconf_main_show() prints parameters as "name = value", one
/*	per line, sorted by name, or only the names given (null-terminated
/*	names), in the order given. Which parameters and which values:
/* .IP "no flags"
/*	Every parameter in use: built-in, service-defined and
/*	user-defined ones (see postconf_param(3)), with the main.cf
/*	value or else the default.
/* .IP POSTCONF_FLAG_DEFAULT
/*	Built-in and service-defined parameters with their defaults.
/* .IP POSTCONF_FLAG_NONDEF
/*	Only parameters that main.cf (or -o) sets, with that value.
/* .PP
/*	POSTCONF_FLAG_EXPAND expands $name in each value first; the
/*	other flags change the layout (see postconf_print(3)).
/* DIAGNOSTICS
/*	A name that is not in use: "postconf: warning: name: unknown
/*	parameter"; the other names are still shown. Errors while
/*	expanding a value are mail_conf_eval()'s, and fatal.
/*--*/

#include <sys_defs.h>
#include <stdio.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <mail_conf.h>
#include "postconf.h"

/* postconf_main_path - pathname of main.cf */

const char *postconf_main_path(void)
{
    static char *path;

    if (path == 0)
	path = concatenate(mail_conf_dir(), "/main.cf", (char *) 0);
    return (path);
}

/* postconf_main_value - the value to show, or null for none */

static const char *postconf_main_value(int flags, const char *name,
				               POSTCONF_PARAM *param)
{
    const char *value;

    if (flags & POSTCONF_FLAG_DEFAULT)
	return (postconf_param_default(name, param));
    if ((value = mail_conf_lookup(name)) != 0)
	return (value);
    if (flags & POSTCONF_FLAG_NONDEF)
	return (0);
    return (postconf_param_default(name, param));
}

/* postconf_main_print - show one parameter */

static void postconf_main_print(int flags, const char *name,
				        POSTCONF_PARAM *param)
{
    const char *value;
    char   *text;

    if ((value = postconf_main_value(flags, name, param)) == 0)
	return;
    /* A computed default lives in a buffer that evaluation may reuse. */
    if ((flags & POSTCONF_FLAG_EXPAND) && !(flags & POSTCONF_FLAG_HIDE_VALUE))
	text = mail_conf_eval(value);
    else
	text = mystrdup(value);
    postconf_print_param(flags, name, text);
    myfree(text);
}

/* postconf_main_known - is this parameter shown in this mode? */

static int postconf_main_known(int flags, POSTCONF_PARAM *param)
{
    if (param == 0)
	return (0);
    if ((flags & POSTCONF_FLAG_DEFAULT) && param->kind == POSTCONF_PARAM_USER)
	return (0);
    return (1);
}

/* postconf_main_show - show all or the named parameters */

void    postconf_main_show(int flags, char **names)
{
    HTABLE_INFO **list;
    HTABLE_INFO **ht;
    POSTCONF_PARAM *param;

    if (*names == 0) {
	list = postconf_param_list();
	for (ht = list; *ht; ht++) {
	    param = (POSTCONF_PARAM *) ht[0]->value;
	    if (postconf_main_known(flags, param))
		postconf_main_print(flags, ht[0]->key, param);
	}
	myfree(list);
    } else {
	for ( /* void */ ; *names; names++) {
	    param = postconf_param_find(*names);
	    if (postconf_main_known(flags, param))
		postconf_main_print(flags, *names, param);
	    else
		msg_warn("%s: unknown parameter", *names);
	}
    }
}
