/*++
/* NAME
/*	params_sendmail 3
/* SUMMARY
/*	parameters of sendmail(1) and the other submission and queue tools
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_sendmail[];
/* DESCRIPTION
/*	The parameter table of sendmail(1) and the other submission
/*	and queue tools, with the variables that mail_params_init()
/*	fills in. Names and defaults are those of Postfix, so that
/*	"postconf -d" shows what an administrator expects and copied
/*	main.cf files keep their meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

char   *var_authorized_flush_users;
char   *var_authorized_mailq_users;
char   *var_authorized_submit_users;
char   *var_sendmail_fix_line_endings;

const MAIL_PARAM params_sendmail[] = {
    {VAR_AUTHORIZED_FLUSH_USERS, PARAM_STR,
	DEF_AUTHORIZED_FLUSH_USERS, 0, &var_authorized_flush_users, 0, 0},
    {VAR_AUTHORIZED_MAILQ_USERS, PARAM_STR,
	DEF_AUTHORIZED_MAILQ_USERS, 0, &var_authorized_mailq_users, 0, 0},
    {VAR_AUTHORIZED_SUBMIT_USERS, PARAM_STR,
	DEF_AUTHORIZED_SUBMIT_USERS, 0, &var_authorized_submit_users, 0, 0},
    {VAR_SENDMAIL_FIX_LINE_ENDINGS, PARAM_STR,
	DEF_SENDMAIL_FIX_LINE_ENDINGS, 0,
	&var_sendmail_fix_line_endings, 0, 0},
    {0},
};
