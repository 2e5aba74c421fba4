/*++
/* NAME
/*	mail_params 3
/* SUMMARY
/*	give the variables of a parameter table their values
/* SYNOPSIS
/*	#include <mail_conf.h>
/*
/*	void	mail_params_init(table)
/*	const MAIL_PARAM *table;
/*
/*	void	mail_params_convert(param, name, value, target)
/*	const MAIL_PARAM *param;
/*	const char *name;
/*	const char *value;
/*	void	*target;
/*
/*	int	mail_params_time_unit(param)
/*	const MAIL_PARAM *param;
/* DESCRIPTION
/*	mail_params_init() walks a parameter table (terminated by an
/*	entry with a null name). Each parameter takes its raw value from
/*	mail_conf_dict, else its default (computed or fixed); the value
/*	is expanded (except for PARAM_RAW), converted and stored in the
/*	target, when the entry has one. A string target gets new memory;
/*	the string from an earlier call, if any, is freed, so that a
/*	program can call this again after re-reading main.cf. A
/*	computed default without a target is left alone: it is
/*	computed where it is expanded (mynetworks lists the network
/*	interfaces; no daemon should pay for that at start-up).
/*
/*	Numbers and times must be within the bounds of the entry: at
/*	least min (at least 0 when min is 0; negative values are allowed
/*	only when min is negative), and at most max unless max is 0.
/*
/*	mail_params_convert() does the conversion, checks and storing
/*	of one value that is already expanded, with the type and bounds
/*	of param, into target (which may be null: check only); name is
/*	used in messages, so that a per-transport parameter is reported
/*	under its full name.
/*
/*	mail_params_time_unit() returns the unit letter that applies to
/*	a time value without one: the letter at the end of the default,
/*	following a default of the form "$name" to the default of that
/*	parameter; 's' when there is no letter.
/* DIAGNOSTICS
/*	Fatal errors, with Postfix's wording: "bad numerical
/*	configuration: name = value", "bad boolean configuration: ...",
/*	"bad time configuration: ...", "invalid name parameter value
/*	N < MIN" (or "> MAX"), and expansion errors ("parameter name:
/*	reason").
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <limits.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <stringops.h>
#include <mac_expand.h>
#include <mail_conf.h>

#define MAIL_PARAMS_UNIT_HOPS	10	/* $name chains followed for a unit */

/* mail_params_time_unit - unit of a time default */

int     mail_params_time_unit(const MAIL_PARAM *param)
{
    const char *defval = param->defval;
    const MAIL_PARAM *ref;
    char    name[100];
    size_t  len;
    int     hops;
    int     last;

    for (hops = 0; defval != 0 && hops < MAIL_PARAMS_UNIT_HOPS; hops++) {
	if (defval[0] != '$')
	    break;
	defval += 1;
	len = strlen(defval);
	if ((defval[0] == '{' && len > 2 && defval[len - 1] == '}')
	    || (defval[0] == '(' && len > 2 && defval[len - 1] == ')')) {
	    defval += 1;
	    len -= 2;
	}
	if (len == 0 || len >= sizeof(name))
	    return ('s');
	memcpy(name, defval, len);
	name[len] = 0;
	if ((ref = mail_params_find(name)) == 0)
	    return ('s');
	defval = ref->defval;
    }
    if (defval == 0 || *defval == 0)
	return ('s');
    last = (unsigned char) defval[strlen(defval) - 1];
    return (isalpha(last) ? last : 's');
}

/* mail_params_bounds - enforce min and max */

static void mail_params_bounds(const MAIL_PARAM *param, const char *name,
			               long value)
{
    if (value < param->min || (param->min == 0 && value < 0))
	msg_fatal("invalid %s parameter value %ld < %ld",
		  name, value, param->min);
    if (param->max != 0 && value > param->max)
	msg_fatal("invalid %s parameter value %ld > %ld",
		  name, value, param->max);
}

/* mail_params_bad - fatal error for a malformed value */

static NORETURN mail_params_bad(const char *what, const char *name,
				        const char *value)
{
    char   *copy = printable(mystrdup(value), '?');

    msg_fatal("bad %s configuration: %s = %s", what, name, copy);
}

/* mail_params_convert - convert one expanded value and store it */

void    mail_params_convert(const MAIL_PARAM *param, const char *name,
			            const char *value, void *target)
{
    long    lval;
    int     ival;

    switch (param->type) {
    case PARAM_STR:
    case PARAM_RAW:
	if (target) {
	    if (*(char **) target)
		myfree(*(char **) target);
	    *(char **) target = mystrdup(value);
	}
	break;
    case PARAM_INT:
	if (!mail_conv_long(value, &lval) || lval > INT_MAX || lval < INT_MIN)
	    mail_params_bad("numerical", name, value);
	mail_params_bounds(param, name, lval);
	if (target)
	    *(int *) target = (int) lval;
	break;
    case PARAM_LONG:
	if (!mail_conv_long(value, &lval))
	    mail_params_bad("numerical", name, value);
	mail_params_bounds(param, name, lval);
	if (target)
	    *(long *) target = lval;
	break;
    case PARAM_BOOL:
	if (!mail_conv_bool(value, &ival))
	    mail_params_bad("boolean", name, value);
	if (target)
	    *(int *) target = ival;
	break;
    case PARAM_TIME:
	if (!mail_conv_time(value, mail_params_time_unit(param), &lval))
	    mail_params_bad("time", name, value);
	mail_params_bounds(param, name, lval);
	if (target)
	    *(int *) target = (int) lval;
	break;
    default:
	msg_panic("mail_params_convert: parameter %s: unknown type %d",
		  name, (int) param->type);
    }
}

/* mail_params_init - give a table's variables their values */

void    mail_params_init(const MAIL_PARAM *table)
{
    const MAIL_PARAM *param;
    const char *raw;
    char   *copy;
    VSTRING *result = vstring_alloc(100);
    VSTRING *why = vstring_alloc(100);

    for (param = table; param->name; param++) {
	if ((raw = mail_conf_lookup(param->name)) != 0)
	    copy = mystrdup(raw);
	else if (param->defval_fn != 0 && param->target == 0)
	    continue;				/* nothing to check or fill in */
	else if (param->defval_fn != 0 && (raw = param->defval_fn()) != 0)
	    copy = mystrdup(raw);
	else
	    copy = mystrdup(param->defval ? param->defval : "");
	if (param->type == PARAM_RAW) {
	    mail_params_convert(param, param->name, copy, param->target);
	} else {
	    if (mail_conf_expand(result, copy, (ARGV *) 0, why) & MAC_EXP_ERROR)
		msg_fatal("parameter %s: %s", param->name, vstring_str(why));
	    mail_params_convert(param, param->name, vstring_str(result),
				param->target);
	}
	myfree(copy);
    }
    vstring_free(result);
    vstring_free(why);
}
