/*++
/* NAME
/*	params_master 3
/* SUMMARY
/*	parameters of the master(8) process manager
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_master[];
/* DESCRIPTION
/*	The parameter table of the master(8) process manager, with the
/*	variables that mail_params_init() fills in. Names and defaults
/*	are those of Postfix, so that "postconf -d" shows what an
/*	administrator expects and copied main.cf files keep their
/*	meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

int     var_default_process_limit;
char   *var_master_service_disable;
int     var_service_throttle_time;

const MAIL_PARAM params_master[] = {
    {VAR_DEFAULT_PROCESS_LIMIT, PARAM_INT,
	DEF_DEFAULT_PROCESS_LIMIT, 0, &var_default_process_limit, 1, 0},
    {VAR_MASTER_SERVICE_DISABLE, PARAM_STR,
	DEF_MASTER_SERVICE_DISABLE, 0, &var_master_service_disable, 0, 0},
    {VAR_SERVICE_THROTTLE_TIME, PARAM_TIME,
	DEF_SERVICE_THROTTLE_TIME, 0, &var_service_throttle_time, 1, 0},
    {0},
};
