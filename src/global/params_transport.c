/*++
/* NAME
/*	params_transport 3
/* SUMMARY
/*	per-transport parameters
/* SYNOPSIS
/*	#include <mail_conf.h>
/*
/*	extern const MAIL_PARAM mail_params_transport[];
/*	extern const MAIL_PARAM mail_params_transport_pipe[];
/*
/*	int	mail_params_delivery_agent(command)
/*	const char *command;
/*
/*	int	mail_params_transport_int(transport, suffix)
/*	const char *transport;
/*	const char *suffix;
/*
/*	char	*mail_params_transport_str(transport, suffix)
/*	const char *transport;
/*	const char *suffix;
/* DESCRIPTION
/*	Some parameters exist once per delivery transport: their name is
/*	a master.cf service name followed by a suffix, and their default
/*	refers to the global parameter (smtp_destination_concurrency_limit
/*	= $default_destination_concurrency_limit). These tables hold the
/*	suffixes (in the name field) and those defaults; they have no
/*	targets, as the queue manager looks the values up per transport.
/*	mail_params_transport_pipe lists the extra suffixes of services
/*	that run pipe(8).
/*
/*	mail_params_delivery_agent() tells whether a master.cf command
/*	name is a delivery agent (smtp, lmtp, local, virtual, pipe,
/*	error), i.e. whether its service has these parameters, as
/*	"postconf -d" with a master.cf shows them.
/*
/*	mail_params_transport_int() returns the value of a numerical or
/*	time parameter of a transport (seconds for a time): the main.cf
/*	value of transport + suffix, else the default of the suffix,
/*	expanded and checked like every other parameter.
/*	mail_params_transport_str() does the same for a string
/*	parameter and returns new memory (myfree()).
/* DIAGNOSTICS
/*	Fatal errors for bad values, as mail_params_init(3). Panic for
/*	an unknown suffix or one of the wrong type.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <mail_conf.h>

const MAIL_PARAM mail_params_transport[] = {
    {"_delivery_slot_cost", PARAM_INT,
	"$default_delivery_slot_cost", 0, 0, 0, 0},
    {"_delivery_slot_discount", PARAM_INT,
	"$default_delivery_slot_discount", 0, 0, 0, 100},
    {"_delivery_slot_loan", PARAM_INT,
	"$default_delivery_slot_loan", 0, 0, 0, 0},
    {"_destination_concurrency_failed_cohort_limit", PARAM_INT,
	"$default_destination_concurrency_failed_cohort_limit", 0, 0, 0, 0},
    {"_destination_concurrency_limit", PARAM_INT,
	"$default_destination_concurrency_limit", 0, 0, 0, 0},
    {"_destination_concurrency_negative_feedback", PARAM_STR,
	"$default_destination_concurrency_negative_feedback", 0, 0, 0, 0},
    {"_destination_concurrency_positive_feedback", PARAM_STR,
	"$default_destination_concurrency_positive_feedback", 0, 0, 0, 0},
    {"_destination_rate_delay", PARAM_TIME,
	"$default_destination_rate_delay", 0, 0, 0, 0},
    {"_destination_recipient_limit", PARAM_INT,
	"$default_destination_recipient_limit", 0, 0, 0, 0},
    {"_extra_recipient_limit", PARAM_INT,
	"$default_extra_recipient_limit", 0, 0, 1, 0},
    {"_initial_destination_concurrency", PARAM_INT,
	"$initial_destination_concurrency", 0, 0, 1, 0},
    {"_minimum_delivery_slots", PARAM_INT,
	"$default_minimum_delivery_slots", 0, 0, 0, 0},
    {"_recipient_limit", PARAM_INT,
	"$default_recipient_limit", 0, 0, 1, 0},
    {"_recipient_refill_delay", PARAM_TIME,
	"$default_recipient_refill_delay", 0, 0, 1, 0},
    {"_recipient_refill_limit", PARAM_INT,
	"$default_recipient_refill_limit", 0, 0, 1, 0},
    {"_transport_rate_delay", PARAM_TIME,
	"$default_transport_rate_delay", 0, 0, 0, 0},
    {0},
};

const MAIL_PARAM mail_params_transport_pipe[] = {
    {"_time_limit", PARAM_TIME, "$command_time_limit", 0, 0, 1, 0},
    {0},
};

/* mail_params_delivery_agent - does this command deliver mail? */

int     mail_params_delivery_agent(const char *command)
{
    static const char *const agents[] = {
	"smtp", "lmtp", "local", "virtual", "pipe", "error",
    };
    size_t  i;

    for (i = 0; i < ARRAY_LEN(agents); i++)
	if (strcmp(command, agents[i]) == 0)
	    return (1);
    return (0);
}

/* mail_params_transport_find - the entry of a suffix */

static const MAIL_PARAM *mail_params_transport_find(const char *suffix)
{
    const MAIL_PARAM *const tables[] = {
	mail_params_transport, mail_params_transport_pipe, 0,
    };
    const MAIL_PARAM *p;
    int     i;

    for (i = 0; tables[i]; i++)
	for (p = tables[i]; p->name; p++)
	    if (strcmp(p->name, suffix) == 0)
		return (p);
    msg_panic("unknown per-transport parameter suffix: %s", suffix);
}

/* mail_params_transport_eval - expanded value of transport + suffix */

static char *mail_params_transport_eval(const MAIL_PARAM *p, const char *name)
{
    const char *raw;

    if ((raw = mail_conf_lookup(name)) == 0)
	raw = p->defval;
    return (mail_conf_eval(raw));
}

/* mail_params_transport_int - numerical or time value for a transport */

int     mail_params_transport_int(const char *transport, const char *suffix)
{
    const MAIL_PARAM *p = mail_params_transport_find(suffix);
    char   *name = concatenate(transport, suffix, (char *) 0);
    char   *value;
    int     result;

    if (p->type != PARAM_INT && p->type != PARAM_TIME)
	msg_panic("mail_params_transport_int: %s is not a number", name);
    value = mail_params_transport_eval(p, name);
    mail_params_convert(p, name, value, (void *) &result);
    myfree(value);
    myfree(name);
    return (result);
}

/* mail_params_transport_str - string value for a transport */

char   *mail_params_transport_str(const char *transport, const char *suffix)
{
    const MAIL_PARAM *p = mail_params_transport_find(suffix);
    char   *name = concatenate(transport, suffix, (char *) 0);
    char   *value;

    if (p->type != PARAM_STR)
	msg_panic("mail_params_transport_str: %s is not a string", name);
    value = mail_params_transport_eval(p, name);
    myfree(name);
    return (value);
}
