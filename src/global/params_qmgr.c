/*++
/* NAME
/*	params_qmgr 3
/* SUMMARY
/*	parameters of the qmgr(8) queue manager
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_qmgr[];
/* DESCRIPTION
/*	The parameter table of the qmgr(8) queue manager, with the
/*	variables that mail_params_init() fills in. Names and defaults
/*	are those of Postfix, so that "postconf -d" shows what an
/*	administrator expects and copied main.cf files keep their
/*	meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

int     var_default_delivery_slot_cost;
int     var_default_delivery_slot_discount;
int     var_default_delivery_slot_loan;
int     var_default_minimum_delivery_slots;
int     var_default_destination_concurrency_failed_cohort_limit;
int     var_default_destination_concurrency_limit;
char   *var_default_destination_concurrency_negative_feedback;
char   *var_default_destination_concurrency_positive_feedback;
int     var_default_destination_rate_delay;
int     var_default_destination_recipient_limit;
int     var_default_extra_recipient_limit;
int     var_default_recipient_limit;
int     var_default_recipient_refill_delay;
int     var_default_recipient_refill_limit;
int     var_default_transport_rate_delay;
int     var_initial_destination_concurrency;
int     var_local_destination_concurrency_limit;
int     var_local_destination_recipient_limit;
int     var_qmgr_clog_warn_time;
int     var_qmgr_daemon_timeout;
int     var_qmgr_fudge_factor;
int     var_qmgr_ipc_timeout;
int     var_qmgr_message_active_limit;
int     var_qmgr_message_recipient_limit;
int     var_qmgr_message_recipient_minimum;
int     var_queue_run_delay;
int     var_minimal_backoff_time;
int     var_maximal_backoff_time;
int     var_maximal_queue_lifetime;
int     var_bounce_queue_lifetime;
int     var_delay_warning_time;
int     var_transport_retry_time;
char   *var_defer_transports;
int     var_confirm_delay_cleared;
int     var_dont_remove;
char   *var_default_filter_nexthop;

const MAIL_PARAM params_qmgr[] = {
    {VAR_DEFAULT_DELIVERY_SLOT_COST, PARAM_INT,
	DEF_DEFAULT_DELIVERY_SLOT_COST, 0,
	&var_default_delivery_slot_cost, 0, 0},
    {VAR_DEFAULT_DELIVERY_SLOT_DISCOUNT, PARAM_INT,
	DEF_DEFAULT_DELIVERY_SLOT_DISCOUNT, 0,
	&var_default_delivery_slot_discount, 0, 100},
    {VAR_DEFAULT_DELIVERY_SLOT_LOAN, PARAM_INT,
	DEF_DEFAULT_DELIVERY_SLOT_LOAN, 0,
	&var_default_delivery_slot_loan, 0, 0},
    {VAR_DEFAULT_MINIMUM_DELIVERY_SLOTS, PARAM_INT,
	DEF_DEFAULT_MINIMUM_DELIVERY_SLOTS, 0,
	&var_default_minimum_delivery_slots, 0, 0},
    {VAR_DEFAULT_DESTINATION_CONCURRENCY_FAILED_COHORT_LIMIT, PARAM_INT,
	DEF_DEFAULT_DESTINATION_CONCURRENCY_FAILED_COHORT_LIMIT, 0,
	&var_default_destination_concurrency_failed_cohort_limit, 0, 0},
    {VAR_DEFAULT_DESTINATION_CONCURRENCY_LIMIT, PARAM_INT,
	DEF_DEFAULT_DESTINATION_CONCURRENCY_LIMIT, 0,
	&var_default_destination_concurrency_limit, 2, 0},
    {VAR_DEFAULT_DESTINATION_CONCURRENCY_NEGATIVE_FEEDBACK, PARAM_STR,
	DEF_DEFAULT_DESTINATION_CONCURRENCY_NEGATIVE_FEEDBACK, 0,
	&var_default_destination_concurrency_negative_feedback, 0, 0},
    {VAR_DEFAULT_DESTINATION_CONCURRENCY_POSITIVE_FEEDBACK, PARAM_STR,
	DEF_DEFAULT_DESTINATION_CONCURRENCY_POSITIVE_FEEDBACK, 0,
	&var_default_destination_concurrency_positive_feedback, 0, 0},
    {VAR_DEFAULT_DESTINATION_RATE_DELAY, PARAM_TIME,
	DEF_DEFAULT_DESTINATION_RATE_DELAY, 0,
	&var_default_destination_rate_delay, 0, 0},
    {VAR_DEFAULT_DESTINATION_RECIPIENT_LIMIT, PARAM_INT,
	DEF_DEFAULT_DESTINATION_RECIPIENT_LIMIT, 0,
	&var_default_destination_recipient_limit, 0, 0},
    {VAR_DEFAULT_EXTRA_RECIPIENT_LIMIT, PARAM_INT,
	DEF_DEFAULT_EXTRA_RECIPIENT_LIMIT, 0,
	&var_default_extra_recipient_limit, 1, 0},
    {VAR_DEFAULT_RECIPIENT_LIMIT, PARAM_INT,
	DEF_DEFAULT_RECIPIENT_LIMIT, 0, &var_default_recipient_limit, 1, 0},
    {VAR_DEFAULT_RECIPIENT_REFILL_DELAY, PARAM_TIME,
	DEF_DEFAULT_RECIPIENT_REFILL_DELAY, 0,
	&var_default_recipient_refill_delay, 1, 0},
    {VAR_DEFAULT_RECIPIENT_REFILL_LIMIT, PARAM_INT,
	DEF_DEFAULT_RECIPIENT_REFILL_LIMIT, 0,
	&var_default_recipient_refill_limit, 1, 0},
    {VAR_DEFAULT_TRANSPORT_RATE_DELAY, PARAM_TIME,
	DEF_DEFAULT_TRANSPORT_RATE_DELAY, 0,
	&var_default_transport_rate_delay, 0, 0},
    {VAR_INITIAL_DESTINATION_CONCURRENCY, PARAM_INT,
	DEF_INITIAL_DESTINATION_CONCURRENCY, 0,
	&var_initial_destination_concurrency, 1, 0},
    {VAR_LOCAL_DESTINATION_CONCURRENCY_LIMIT, PARAM_INT,
	DEF_LOCAL_DESTINATION_CONCURRENCY_LIMIT, 0,
	&var_local_destination_concurrency_limit, 0, 0},
    {VAR_LOCAL_DESTINATION_RECIPIENT_LIMIT, PARAM_INT,
	DEF_LOCAL_DESTINATION_RECIPIENT_LIMIT, 0,
	&var_local_destination_recipient_limit, 0, 0},
    {VAR_QMGR_CLOG_WARN_TIME, PARAM_TIME,
	DEF_QMGR_CLOG_WARN_TIME, 0, &var_qmgr_clog_warn_time, 0, 0},
    {VAR_QMGR_DAEMON_TIMEOUT, PARAM_TIME,
	DEF_QMGR_DAEMON_TIMEOUT, 0, &var_qmgr_daemon_timeout, 1, 0},
    {VAR_QMGR_FUDGE_FACTOR, PARAM_INT,
	DEF_QMGR_FUDGE_FACTOR, 0, &var_qmgr_fudge_factor, 10, 100},
    {VAR_QMGR_IPC_TIMEOUT, PARAM_TIME,
	DEF_QMGR_IPC_TIMEOUT, 0, &var_qmgr_ipc_timeout, 1, 0},
    {VAR_QMGR_MESSAGE_ACTIVE_LIMIT, PARAM_INT,
	DEF_QMGR_MESSAGE_ACTIVE_LIMIT, 0,
	&var_qmgr_message_active_limit, 1, 0},
    {VAR_QMGR_MESSAGE_RECIPIENT_LIMIT, PARAM_INT,
	DEF_QMGR_MESSAGE_RECIPIENT_LIMIT, 0,
	&var_qmgr_message_recipient_limit, 1, 0},
    {VAR_QMGR_MESSAGE_RECIPIENT_MINIMUM, PARAM_INT,
	DEF_QMGR_MESSAGE_RECIPIENT_MINIMUM, 0,
	&var_qmgr_message_recipient_minimum, 1, 0},
    {VAR_QUEUE_RUN_DELAY, PARAM_TIME,
	DEF_QUEUE_RUN_DELAY, 0, &var_queue_run_delay, 1, 0},
    {VAR_MINIMAL_BACKOFF_TIME, PARAM_TIME,
	DEF_MINIMAL_BACKOFF_TIME, 0, &var_minimal_backoff_time, 1, 0},
    {VAR_MAXIMAL_BACKOFF_TIME, PARAM_TIME,
	DEF_MAXIMAL_BACKOFF_TIME, 0, &var_maximal_backoff_time, 1, 0},
    {VAR_MAXIMAL_QUEUE_LIFETIME, PARAM_TIME,
	DEF_MAXIMAL_QUEUE_LIFETIME, 0, &var_maximal_queue_lifetime, 0, 0},
    {VAR_BOUNCE_QUEUE_LIFETIME, PARAM_TIME,
	DEF_BOUNCE_QUEUE_LIFETIME, 0, &var_bounce_queue_lifetime, 0, 0},
    {VAR_DELAY_WARNING_TIME, PARAM_TIME,
	DEF_DELAY_WARNING_TIME, 0, &var_delay_warning_time, 0, 0},
    {VAR_TRANSPORT_RETRY_TIME, PARAM_TIME,
	DEF_TRANSPORT_RETRY_TIME, 0, &var_transport_retry_time, 1, 0},
    {VAR_DEFER_TRANSPORTS, PARAM_STR,
	DEF_DEFER_TRANSPORTS, 0, &var_defer_transports, 0, 0},
    {VAR_CONFIRM_DELAY_CLEARED, PARAM_BOOL,
	DEF_CONFIRM_DELAY_CLEARED, 0, &var_confirm_delay_cleared, 0, 0},
    {VAR_DONT_REMOVE, PARAM_INT, DEF_DONT_REMOVE, 0, &var_dont_remove, 0, 0},
    {VAR_DEFAULT_FILTER_NEXTHOP, PARAM_STR,
	DEF_DEFAULT_FILTER_NEXTHOP, 0, &var_default_filter_nexthop, 0, 0},
    {0},
};
