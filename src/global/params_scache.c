/*++
/* NAME
/*	params_scache 3
/* SUMMARY
/*	parameters of the scache(8) connection cache
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_scache[];
/* DESCRIPTION
/*	The parameter table of the scache(8) connection cache, with
/*	the variables that mail_params_init() fills in. Names and
/*	defaults are those of Postfix, so that "postconf -d" shows
/*	what an administrator expects and copied main.cf files keep
/*	their meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

int     var_connection_cache_protocol_timeout;
char   *var_connection_cache_service_name;
int     var_connection_cache_status_update_time;
int     var_connection_cache_ttl_limit;

const MAIL_PARAM params_scache[] = {
    {VAR_CONNECTION_CACHE_PROTOCOL_TIMEOUT, PARAM_TIME,
	DEF_CONNECTION_CACHE_PROTOCOL_TIMEOUT, 0,
	&var_connection_cache_protocol_timeout, 1, 0},
    {VAR_CONNECTION_CACHE_SERVICE_NAME, PARAM_STR,
	DEF_CONNECTION_CACHE_SERVICE_NAME, 0,
	&var_connection_cache_service_name, 0, 0},
    {VAR_CONNECTION_CACHE_STATUS_UPDATE_TIME, PARAM_TIME,
	DEF_CONNECTION_CACHE_STATUS_UPDATE_TIME, 0,
	&var_connection_cache_status_update_time, 1, 0},
    {VAR_CONNECTION_CACHE_TTL_LIMIT, PARAM_TIME,
	DEF_CONNECTION_CACHE_TTL_LIMIT, 0,
	&var_connection_cache_ttl_limit, 1, 0},
    {0},
};
