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
/*	int	mail_params_time_unit(param)
/*	const MAIL_PARAM *param;
/* DESCRIPTION
/*	mail_params_init() walks a parameter table (terminated by an
/*	entry with a null name). Each parameter takes its raw value from
/*	mail_conf_dict, else its default (computed or fixed); the value
/*	is expanded (except for PARAM_RAW), converted and stored in the
/*	target, when the entry has one. A string target gets new memory;
/*	the string from an earlier call, if any, is freed, so that a
/*	program can call this again after re-reading main.cf.
/*
/*	Numbers and times must be within the bounds of the entry: at
/*	least min (at least 0 when min is 0; negative values are allowed
/*	only when min is negative), and at most max unless max is 0.
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

static void mail_params_bounds(const MAIL_PARAM *param, long value)
{
    if (value < param->min || (param->min == 0 && value < 0))
	msg_fatal("invalid %s parameter value %ld < %ld",
		  param->name, value, param->min);
    if (param->max != 0 && value > param->max)
	msg_fatal("invalid %s parameter value %ld > %ld",
		  param->name, value, param->max);
}

/* mail_params_store - convert and store one value */

static void mail_params_store(const MAIL_PARAM *param, char *value)
{
    long    lval;
    int     ival;

    switch (param->type) {
    case PARAM_STR:
    case PARAM_RAW:
	if (param->target) {
	    if (*(char **) param->target)
		myfree(*(char **) param->target);
	    *(char **) param->target = value;
	    return;
	}
	break;
    case PARAM_INT:
	if (!mail_conv_long(value, &lval) || lval > INT_MAX || lval < INT_MIN)
	    msg_fatal("bad numerical configuration: %s = %s", param->name, value);
	mail_params_bounds(param, lval);
	if (param->target)
	    *(int *) param->target = (int) lval;
	break;
    case PARAM_LONG:
	if (!mail_conv_long(value, &lval))
	    msg_fatal("bad numerical configuration: %s = %s", param->name, value);
	mail_params_bounds(param, lval);
	if (param->target)
	    *(long *) param->target = lval;
	break;
    case PARAM_BOOL:
	if (!mail_conv_bool(value, &ival))
	    msg_fatal("bad boolean configuration: %s = %s", param->name, value);
	if (param->target)
	    *(int *) param->target = ival;
	break;
    case PARAM_TIME:
	if (!mail_conv_time(value, mail_params_time_unit(param), &lval))
	    msg_fatal("bad time configuration: %s = %s", param->name, value);
	mail_params_bounds(param, lval);
	if (param->target)
	    *(int *) param->target = (int) lval;
	break;
    default:
	msg_panic("mail_params_store: parameter %s: unknown type %d",
		  param->name, (int) param->type);
    }
    myfree(value);
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
	else if (param->defval_fn != 0 && (raw = param->defval_fn()) != 0)
	    copy = mystrdup(raw);
	else
	    copy = mystrdup(param->defval ? param->defval : "");
	if (param->type == PARAM_RAW) {
	    mail_params_store(param, copy);
	    continue;
	}
	if (mail_conf_expand(result, copy, (ARGV *) 0, why) & MAC_EXP_ERROR)
	    msg_fatal("parameter %s: %s", param->name, vstring_str(why));
	myfree(copy);
	mail_params_store(param, mystrdup(vstring_str(result)));
    }
    vstring_free(result);
    vstring_free(why);
}
