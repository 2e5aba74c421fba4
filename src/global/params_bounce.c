/*++
/* NAME
/*	params_bounce 3
/* SUMMARY
/*	parameters of the bounce(8), defer(8) and trace(8) servers
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_bounce[];
/* DESCRIPTION
/*	The parameter table of the bounce(8), defer(8) and trace(8)
/*	servers, with the variables that mail_params_init() fills in.
/*	Names and defaults are those of Postfix, so that "postconf -d"
/*	shows what an administrator expects and copied main.cf files
/*	keep their meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

int     var_bounce_size_limit;
char   *var_bounce_template_file;
char   *var_bounce_notice_recipient;
char   *var_2bounce_notice_recipient;
char   *var_delay_notice_recipient;
char   *var_error_notice_recipient;
char   *var_notify_classes;
char   *var_double_bounce_sender;
int     var_enable_threaded_bounces;
int     var_backwards_bounce_logfile_compatibility;
int     var_disable_verp_bounces;

const MAIL_PARAM params_bounce[] = {
    {VAR_BOUNCE_SIZE_LIMIT, PARAM_INT,
	DEF_BOUNCE_SIZE_LIMIT, 0, &var_bounce_size_limit, 1, 0},
    {VAR_BOUNCE_TEMPLATE_FILE, PARAM_STR,
	DEF_BOUNCE_TEMPLATE_FILE, 0, &var_bounce_template_file, 0, 0},
    {VAR_BOUNCE_NOTICE_RECIPIENT, PARAM_STR,
	DEF_BOUNCE_NOTICE_RECIPIENT, 0, &var_bounce_notice_recipient, 0, 0},
    {VAR_2BOUNCE_NOTICE_RECIPIENT, PARAM_STR,
	DEF_2BOUNCE_NOTICE_RECIPIENT, 0, &var_2bounce_notice_recipient, 0, 0},
    {VAR_DELAY_NOTICE_RECIPIENT, PARAM_STR,
	DEF_DELAY_NOTICE_RECIPIENT, 0, &var_delay_notice_recipient, 0, 0},
    {VAR_ERROR_NOTICE_RECIPIENT, PARAM_STR,
	DEF_ERROR_NOTICE_RECIPIENT, 0, &var_error_notice_recipient, 0, 0},
    {VAR_NOTIFY_CLASSES, PARAM_STR,
	DEF_NOTIFY_CLASSES, 0, &var_notify_classes, 0, 0},
    {VAR_DOUBLE_BOUNCE_SENDER, PARAM_STR,
	DEF_DOUBLE_BOUNCE_SENDER, 0, &var_double_bounce_sender, 0, 0},
    {VAR_ENABLE_THREADED_BOUNCES, PARAM_BOOL,
	DEF_ENABLE_THREADED_BOUNCES, 0, &var_enable_threaded_bounces, 0, 0},
    {VAR_BACKWARDS_BOUNCE_LOGFILE_COMPATIBILITY, PARAM_BOOL,
	DEF_BACKWARDS_BOUNCE_LOGFILE_COMPATIBILITY, 0,
	&var_backwards_bounce_logfile_compatibility, 0, 0},
    {VAR_DISABLE_VERP_BOUNCES, PARAM_BOOL,
	DEF_DISABLE_VERP_BOUNCES, 0, &var_disable_verp_bounces, 0, 0},
    {0},
};
