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
/*--*/

#include <sys_defs.h>
#include <string.h>

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
