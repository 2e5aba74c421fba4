/*++
/* NAME
/*	params_postmap 3
/* SUMMARY
/*	parameters of postmap(1), postalias(1) and newaliases(1)
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_postmap[];
/* DESCRIPTION
/*	The parameter table of postmap(1), postalias(1) and
/*	newaliases(1), with the variables that mail_params_init()
/*	fills in. Names and defaults are those of Postfix, so that
/*	"postconf -d" shows what an administrator expects and copied
/*	main.cf files keep their meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

char   *var_alias_maps;
char   *var_alias_database;

const MAIL_PARAM params_postmap[] = {
    {VAR_ALIAS_MAPS, PARAM_STR, DEF_ALIAS_MAPS, 0, &var_alias_maps, 0, 0},
    {VAR_ALIAS_DATABASE, PARAM_STR,
	DEF_ALIAS_DATABASE, 0, &var_alias_database, 0, 0},
    {0},
};
