/*++
/* NAME
/*	mail_server 3h
/* SUMMARY
/*	skeletons that every Postlet daemon is built on
/* SYNOPSIS
/*	#include <mail_server.h>
/* DESCRIPTION
/*	A daemon's main() calls one of these with its service routine
/*	and options; the skeleton does the rest: parse the master(8)
/*	arguments (master_proto(3h)), read main.cf and apply -o
/*	overrides, evaluate the program's parameter table, set up
/*	logging (syslog, or postlogd when maillog_file is set), run the
/*	pre-init routine while still privileged, chroot (if asked and
/*	root) and drop privileges to mail_owner (unless -u; a
/*	non-root start keeps the invoking user: single-user mode),
/*	run the post-init routine, then serve requests until max_use
/*	requests were served, max_idle seconds passed without work,
/*	master went away, or a fatal error.
/*
/*	single_server_main(): one client connection at a time; the
/*	service routine gets the connection and runs to completion
/*	(smtp, lmtp, error, discard, pickup-style helpers).
/*
/*	multi_server_main(): many connections at once in the event loop;
/*	the service routine is called each time a connection has a
/*	request to read and handles one request (cleanup, bounce, showq,
/*	scache). multi_server_disconnect() ends a connection.
/*
/*	trigger_server_main(): wakeup requests (a few bytes) on a fifo
/*	or unix socket (pickup, qmgr); the service routine gets the
/*	bytes. Wakeups from master's timer arrive the same way.
/*
/*	dgram_server_main(): datagrams on a unix-dgram socket (postlogd).
/*
/*	With -S (stand-alone, for tests and debugging) the skeleton
/*	serves one connection on standard input/output without master.
/*
/*	Options come as (CA_MAIL_SERVER_*, value) pairs ending with 0.
/*	The event loop's tables are sized once from the listening
/*	descriptors, CLIENT_LIMIT, FD_LIMIT and TIMER_LIMIT: a program
/*	that opens descriptors or requests timers of its own says how
/*	many it needs.
/*--*/

#ifndef _MAIL_SERVER_H_INCLUDED_
#define _MAIL_SERVER_H_INCLUDED_

#include <sys_defs.h>
#include <vstream.h>
#include <mail_conf.h>

typedef void (*MAIL_SERVER_FN) (VSTREAM *, char *, char **);
typedef void (*MAIL_SERVER_TRIGGER_FN) (char *, ssize_t, char *, char **);
typedef void (*MAIL_SERVER_INIT_FN) (char *, char **);
typedef int (*MAIL_SERVER_LOOP_FN) (char *, char **);
typedef void (*MAIL_SERVER_EXIT_FN) (char *, char **);

#define CA_MAIL_SERVER_END		0
#define CA_MAIL_SERVER_PARAMS		1	/* const MAIL_PARAM * */
#define CA_MAIL_SERVER_PRE_INIT		2	/* MAIL_SERVER_INIT_FN */
#define CA_MAIL_SERVER_POST_INIT	3	/* MAIL_SERVER_INIT_FN */
#define CA_MAIL_SERVER_LOOP		4	/* MAIL_SERVER_LOOP_FN: before
						 * each round; returns the
						 * longest wait, -1 forever */
#define CA_MAIL_SERVER_EXIT		5	/* MAIL_SERVER_EXIT_FN */
#define CA_MAIL_SERVER_SOLITARY		6	/* (no value) maxproc must be 1 */
#define CA_MAIL_SERVER_PRIVILEGED	7	/* (no value) keep root */
#define CA_MAIL_SERVER_UNLIMITED	8	/* (no value) ignore max_use/max_idle */
#define CA_MAIL_SERVER_CLIENT_LIMIT	9	/* int: multi_server connections
						 * per process (64) */
#define CA_MAIL_SERVER_FD_LIMIT		10	/* int: descriptors the program
						 * needs itself (32) */
#define CA_MAIL_SERVER_TIMER_LIMIT	11	/* int: timers the program
						 * needs itself (16) */
#define CA_MAIL_SERVER_SPEAKS_FIRST	12	/* (no value) multi_server: call
						 * the service on accept */

extern NORETURN single_server_main(int, char **, MAIL_SERVER_FN,...);
extern NORETURN multi_server_main(int, char **, MAIL_SERVER_FN,...);
extern NORETURN trigger_server_main(int, char **, MAIL_SERVER_TRIGGER_FN,...);
extern NORETURN dgram_server_main(int, char **, MAIL_SERVER_TRIGGER_FN,...);
extern void multi_server_disconnect(VSTREAM *);

#endif
