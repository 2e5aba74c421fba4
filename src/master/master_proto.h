/*++
/* NAME
/*	master_proto 3h
/* SUMMARY
/*	what master(8) and its child processes agree on
/* SYNOPSIS
/*	#include <master_proto.h>
/* DESCRIPTION
/*	master(8) starts a child by fork() and exec() of
/*	$daemon_directory/COMMAND (a link to the one binary) with
/*	arguments:
/*
/*	    COMMAND -n service_name -t service_type -s listen_count
/*		[-u] [-c] [-l] [-v]... [args from master.cf]
/*
/*	and these descriptors:
/* .IP MASTER_STATUS_FD
/*	one end of a unix-domain stream socket pair. The child writes
/*	MASTER_STATUS records on it (available for a new client / busy
/*	with one); master counts idle processes from them and spawns
/*	more on demand up to maxproc. When master closes its end (stop,
/*	reload: the old generation must go), the child reads end of
/*	file and exits as soon as it is idle.
/* .IP "MASTER_LISTEN_FD .. MASTER_LISTEN_FD + listen_count - 1"
/*	the service's listening endpoints, opened by master before it
/*	forked (inet, unix or unix-dgram socket, or fifo).
/* .PP
/*	The environment carries MAIL_CONFIG (the configuration
/*	directory), MAIL_VERBOSE, and import_environment; nothing else
/*	of master's environment is passed on.
/*
/*	-u means the process keeps its privileges (master.cf unpriv
/*	column "n"); -c means chroot to queue_directory (chroot column
/*	"y", honoured only when running as root); -l means the service's
/*	process limit is 1 (the process is alone: a skeleton may check
/*	that it is). The master.cf arguments come last, -o name=value
/*	overrides among them.
/*--*/

#ifndef _MASTER_PROTO_H_INCLUDED_
#define _MASTER_PROTO_H_INCLUDED_

#define MASTER_STATUS_FD	5	/* child -> master status */
#define MASTER_LISTEN_FD	6	/* first listening endpoint */

typedef struct MASTER_STATUS {
    int     pid;			/* child process ID */
    unsigned gen;			/* master generation */
    int     avail;			/* MASTER_STAT_AVAIL or _TAKEN */
} MASTER_STATUS;

#define MASTER_STAT_TAKEN	0	/* busy with a client */
#define MASTER_STAT_AVAIL	1	/* ready for a new client */

#define MASTER_GEN_NAME		"GENERATION"	/* environment: generation */

#endif
