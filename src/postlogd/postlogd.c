/*++
/* NAME
/*	postlogd 8
/* SUMMARY
/*	Postfix-compatible internal log server
/* SYNOPSIS
/*	postlogd [generic daemon options]
/* DESCRIPTION
/*	postlogd receives log lines as datagrams on the unix-dgram
/*	postlog service ($queue_directory/public/$postlog_service_name)
/*	and appends each to maillog_file, one line per datagram. It is
/*	how every Postlet program logs when maillog_file is set: to
/*	/dev/stdout under a container or procd, to a file on a router
/*	without a syslog daemon.
/*
/*	Because the service is datagram based, lines sent while postlogd
/*	restarts (postfix reload) wait in the kernel for the next one.
/*	postlogd checks before each write that maillog_file still names
/*	the file it has open and reopens it otherwise: "postfix
/*	logrotate" needs no signal. Its own diagnostics go straight to
/*	the file.
/*
/*	When maillog_file is empty (a reload removed it while programs
/*	with the old setting still send), lines are passed to syslog
/*	under the sending program's tag.
/*
/*	Datagrams come from any local process: each one becomes exactly
/*	one line (control characters become "?"), cut at 2304 bytes.
/*	The work is done by maillog_server(3).
/* DIAGNOSTICS
/*	Fatal: maillog_file does not start with one of the
/*	maillog_file_prefixes; the file cannot be opened; a command-line
/*	argument in master.cf.
/* CONFIGURATION PARAMETERS
/*	maillog_file, maillog_file_prefixes, postlog_service_name,
/*	postlogd_watchdog_timeout, syslog_facility, syslog_name.
/* SEE ALSO
/*	postlog(1), maillog_client(3), maillog_server(3)
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <vstring.h>
#include <mail_params.h>
#include <maillog_server.h>
#include <mail_server.h>

/* postlogd_service - one datagram */

static void postlogd_service(char *buf, ssize_t len, char *unused_service,
			             char **unused_argv)
{
    (void) unused_service;
    (void) unused_argv;
    maillog_server_line(buf, len);
}

/* postlogd_pre_init - open the log file before dropping privileges */

static void postlogd_pre_init(char *unused_service, char **argv)
{
    char    whybuf[512];
    VSTRING why;

    (void) unused_service;
    if (argv[0])
	msg_fatal("unexpected command-line argument: %s", argv[0]);
    if (*var_maillog_file == 0)
	return;
    vstring_init_mem(&why, whybuf, sizeof(whybuf));
    if (maillog_server_open(var_maillog_file, var_maillog_file_prefixes, &why) < 0)
	msg_fatal("%s", whybuf);
}

/* postlogd_main - the datagram server */

int     postlogd_main(int argc, char **argv)
{
    dgram_server_main(argc, argv, postlogd_service,
		      CA_MAIL_SERVER_PARAMS, params_postlogd,
		      CA_MAIL_SERVER_PRE_INIT, postlogd_pre_init,
		      CA_MAIL_SERVER_SOLITARY,
		      CA_MAIL_SERVER_UNLIMITED,
		      CA_MAIL_SERVER_END);
}
