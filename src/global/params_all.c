/*++
/* NAME
/*	params_all 3
/* SUMMARY
/*	every parameter table
/* SYNOPSIS
/*	#include <mail_conf.h>
/*
/*	extern const MAIL_PARAM *const mail_params_tables[];
/* DESCRIPTION
/*	The null-terminated list of all parameter tables. postconf -d
/*	and mail_params_find() see the parameters of every program
/*	through it, so that a new program's table is listed here and
/*	nowhere else.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

const MAIL_PARAM *const mail_params_tables[] = {
    params_common,
    params_master,
    params_qmgr,
    params_rewrite,
    params_cleanup,
    params_pickup,
    params_bounce,
    params_postlogd,
    params_sendmail,
    params_postmap,
    params_smtp,
    params_scache,
    params_tls,
    0,
};
