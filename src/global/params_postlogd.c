/*++
/* NAME
/*	params_postlogd 3
/* SUMMARY
/*	parameters of the postlogd(8) logging service
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_postlogd[];
/* DESCRIPTION
/*	The parameter table of the postlogd(8) logging service, with
/*	the variables that mail_params_init() fills in. Names and
/*	defaults are those of Postfix, so that "postconf -d" shows
/*	what an administrator expects and copied main.cf files keep
/*	their meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

int     var_postlogd_watchdog_timeout;

const MAIL_PARAM params_postlogd[] = {
    {VAR_POSTLOGD_WATCHDOG_TIMEOUT, PARAM_TIME,
	DEF_POSTLOGD_WATCHDOG_TIMEOUT, 0,
	&var_postlogd_watchdog_timeout, 10, 0},
    {0},
};
