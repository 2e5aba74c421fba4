/*++
/* NAME
/*	postconf_service 3
/* SUMMARY
/*	per-service parameters made from master.cf service names
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	void	postconf_service_register(void)
/* DESCRIPTION
/*	The queue manager reads per-transport settings whose names start
/*	with a master.cf service name: relay_destination_concurrency_limit
/*	for a service "relay" that runs the smtp program, and so on.
/*	postconf_service_register() enters those names, with their
/*	defaults ("$default_destination_concurrency_limit"), for every
/*	master.cf entry that postconf_master_read() found, so that they
/*	show in "postconf" and "postconf -d" and are not reported as
/*	unused.
/*
/*	As in Postfix, the services that get them are those that run a
/*	delivery agent: smtp, lmtp, local, virtual, pipe and error (not
/*	discard). Services that run pipe or spawn also get
/*	service_time_limit.
/*
/*	A name is entered only when the global parameter that it
/*	defaults to is one that Postlet implements. Setting the others
/*	would have no effect, so "unused parameter" is the right answer
/*	for them; as the queue manager learns more settings, more
/*	per-service names appear here without a change to this file.
/* DIAGNOSTICS
/*	None.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <mymalloc.h>
#include <stringops.h>
#include "postconf.h"

 /*
  * Commands that deliver mail, and commands with a time limit.
  */
static const char *const postconf_service_agents[] = {
    "smtp", "lmtp", "local", "virtual", "pipe", "error", 0,
};
static const char *const postconf_service_timed[] = {
    "pipe", "spawn", 0,
};

 /*
  * Name suffixes and the global parameter each one defaults to.
  */
typedef struct {
    const char *suffix;
    const char *global;
} POSTCONF_SERVICE_PARAM;

static const POSTCONF_SERVICE_PARAM postconf_service_delivery[] = {
    {"_delivery_slot_cost", "default_delivery_slot_cost"},
    {"_delivery_slot_discount", "default_delivery_slot_discount"},
    {"_delivery_slot_loan", "default_delivery_slot_loan"},
    {"_destination_concurrency_failed_cohort_limit",
    "default_destination_concurrency_failed_cohort_limit"},
    {"_destination_concurrency_limit", "default_destination_concurrency_limit"},
    {"_destination_concurrency_negative_feedback",
    "default_destination_concurrency_negative_feedback"},
    {"_destination_concurrency_positive_feedback",
    "default_destination_concurrency_positive_feedback"},
    {"_destination_rate_delay", "default_destination_rate_delay"},
    {"_destination_recipient_limit", "default_destination_recipient_limit"},
    {"_extra_recipient_limit", "default_extra_recipient_limit"},
    {"_initial_destination_concurrency", "initial_destination_concurrency"},
    {"_minimum_delivery_slots", "default_minimum_delivery_slots"},
    {"_recipient_limit", "default_recipient_limit"},
    {"_recipient_refill_delay", "default_recipient_refill_delay"},
    {"_recipient_refill_limit", "default_recipient_refill_limit"},
    {"_transport_rate_delay", "default_transport_rate_delay"},
    {0, 0},
};

static const POSTCONF_SERVICE_PARAM postconf_service_timer[] = {
    {"_time_limit", "command_time_limit"},
    {0, 0},
};

/* postconf_service_listed - is the command in the list? */

static int postconf_service_listed(const char *command, const char *const * list)
{
    for ( /* void */ ; *list; list++)
	if (strcmp(command, *list) == 0)
	    return (1);
    return (0);
}

/* postconf_service_add - enter the names of one suffix table */

static void postconf_service_add(const char *service,
				         const POSTCONF_SERVICE_PARAM *table)
{
    POSTCONF_PARAM *global;
    char   *name;
    char   *defval;

    for ( /* void */ ; table->suffix; table++) {
	global = postconf_param_find(table->global);
	if (global == 0 || global->kind != POSTCONF_PARAM_BUILTIN)
	    continue;
	name = concatenate(service, table->suffix, (char *) 0);
	defval = concatenate("$", table->global, (char *) 0);
	postconf_param_add(name, POSTCONF_PARAM_SERVICE, defval);
	myfree(name);
	myfree(defval);
    }
}

/* postconf_service_register - per-service names of every entry */

void    postconf_service_register(void)
{
    POSTCONF_MASTER *entry;
    const char *command;
    int     n;

    for (n = 0; n < postconf_master_count; n++) {
	entry = postconf_master_table[n];
	command = sane_basename(entry->words->argv[0]);
	if (postconf_service_listed(command, postconf_service_agents))
	    postconf_service_add(entry->ent->service, postconf_service_delivery);
	if (postconf_service_listed(command, postconf_service_timed))
	    postconf_service_add(entry->ent->service, postconf_service_timer);
    }
}
