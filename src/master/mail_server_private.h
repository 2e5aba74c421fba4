/*++
/* NAME
/*	mail_server_private 3h
/* SUMMARY
/*	what the server skeletons share
/* SYNOPSIS
/*	#include "mail_server_private.h"
/* DESCRIPTION
/*	The state of the one server process, filled in by
/*	mail_server_init() (mail_server_common(3)) and used by
/*	single_server(3), multi_server(3), trigger_server(3) and
/*	dgram_server(3). Not for daemons: they use mail_server(3h).
/*--*/

#ifndef _MAIL_SERVER_PRIVATE_H_INCLUDED_
#define _MAIL_SERVER_PRIVATE_H_INCLUDED_

#include <sys_defs.h>
#include <stdarg.h>
#include <vstream.h>
#include <mail_server.h>

typedef struct MAIL_SERVER {
    /* The command line (master_proto(3h)). */
    const char *skeleton;		/* "single_server", ... */
    char   *service_name;		/* -n */
    char   *service_type;		/* -t: unix, inet, fifo, unix-dgram */
    int     listen_count;		/* -s */
    char  **service_argv;		/* after the options */
    int     standalone;			/* -S */
    int     keep_privileges;		/* -u */
    int     chroot;			/* -c */
    int     alone;			/* -l: process limit 1 */
    unsigned generation;		/* $GENERATION */
    /* The options of the daemon's main(). */
    const MAIL_PARAM *params;
    MAIL_SERVER_INIT_FN pre_init;
    MAIL_SERVER_INIT_FN post_init;
    MAIL_SERVER_LOOP_FN loop;
    MAIL_SERVER_EXIT_FN exit_fn;
    int     solitary;
    int     privileged;
    int     unlimited;
    int     client_limit;
    int     fd_limit;
    int     timer_limit;
    int     speaks_first;
    /* Run time. */
    int     use_count;			/* requests served */
    int     master_gone;		/* status channel closed */
    volatile int busy;			/* inside the service routine */
    int     (*done_fn) (void);		/* the skeleton: time to exit? */
    void    (*gone_fn) (void);		/* the skeleton: master went away */
    void    (*term_fn) (void);		/* the skeleton: SIGTERM, before exit */
} MAIL_SERVER;

extern MAIL_SERVER mail_server;

extern void mail_server_init(int, char **, const char *, va_list);
extern void mail_server_start(int, int);
extern void mail_server_status(int);
extern void mail_server_idle(int);
extern int mail_server_used_up(void);
extern int mail_server_accept(int);
extern void mail_server_stdio(VSTREAM *, char *, size_t);
extern ssize_t mail_server_stdin_read(char *, ssize_t);
extern NORETURN mail_server_run(void);
extern NORETURN mail_server_exit(void);

#endif
