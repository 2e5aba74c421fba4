/*++
/* NAME
/*	params_pickup 3
/* SUMMARY
/*	parameters of the pickup(8) server
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_pickup[];
/* DESCRIPTION
/*	The parameter table of the pickup(8) server, with the
/*	variables that mail_params_init() fills in. Names and defaults
/*	are those of Postfix, so that "postconf -d" shows what an
/*	administrator expects and copied main.cf files keep their
/*	meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

char   *var_content_filter;
char   *var_receive_override_options;

const MAIL_PARAM params_pickup[] = {
    {VAR_CONTENT_FILTER, PARAM_STR,
	DEF_CONTENT_FILTER, 0, &var_content_filter, 0, 0},
    {VAR_RECEIVE_OVERRIDE_OPTIONS, PARAM_STR,
	DEF_RECEIVE_OVERRIDE_OPTIONS, 0, &var_receive_override_options, 0, 0},
    {0},
};
