/*++
/* NAME
/*	single_server 3
/* SUMMARY
/*	skeleton for a server that serves one client at a time
/* SYNOPSIS
/*	#include <mail_server.h>
/*
/*	NORETURN single_server_main(argc, argv, service, key, value, ...)
/*	int	argc;
/*	char	**argv;
/*	void	(*service)(VSTREAM *stream, char *service_name, char **argv);
/*	int	key;
/* DESCRIPTION
/*	single_server_main() is the main program of a daemon that
/*	handles one connection at a time and runs each to completion
/*	(delivery agents). See mail_server(3h) for the options and
/*	mail_server_common(3) for the command line, configuration,
/*	privileges and signals.
/*
/*	The process waits for a connection on any of its listening
/*	sockets; several processes of one service wait on the same
/*	sockets, and whoever accepts first serves. Around each
/*	connection it tells master that it is taken and available
/*	again. The service routine gets a stream on the connection, in
/*	a buffer placed once: with $ipc_timeout for unix-domain
/*	services, without a time limit for inet services (which set
/*	their own). The stream is closed when the routine returns.
/*	The buffer is 1 KB per direction, not VSTREAM_BUFSIZE: a
/*	delivery request and its reply are a few hundred bytes, and
/*	so the buffer shares one page of memory with its neighbours
/*	instead of dirtying three; longer exchanges take more system
/*	calls, nothing else.
/*
/*	The process exits after max_use connections, after max_idle
/*	seconds without one, or when master goes away (after the
/*	current connection), unless the daemon asked for UNLIMITED.
/*	With -S it serves one connection on standard input and output
/*	and exits.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>

#include <msg.h>
#include <events.h>
#include <vstream.h>
#include <mail_params.h>
#include <master_proto.h>
#include <mail_server.h>
#include "mail_server_private.h"

#define SINGLE_SERVER_BUFSIZE	(2 * 1024)	/* both directions */

static MAIL_SERVER_FN single_server_service;
static VSTREAM single_server_stream;
static char single_server_buf[SINGLE_SERVER_BUFSIZE];

/* single_server_serve - run the service routine on one connection */

static void single_server_serve(int fd)
{
    VSTREAM *stream = &single_server_stream;

    if (fd >= 0) {
	vstream_init(stream, fd, O_RDWR, single_server_buf,
		     sizeof(single_server_buf));
	if (strcmp(mail_server.service_type, "inet") != 0)
	    vstream_set_timeout(stream, var_ipc_timeout);
    } else {
	mail_server_stdio(stream, single_server_buf, sizeof(single_server_buf));
    }
    mail_server.busy = 1;
    single_server_service(stream, mail_server.service_name,
			  mail_server.service_argv);
    mail_server.busy = 0;
    if (fd >= 0)
	(void) vstream_fclose(stream);
    else
	(void) vstream_fdclose(stream);
}

/* single_server_accept - a client is waiting */

static void single_server_accept(int event, void *context)
{
    int     listen_fd = (int) (long) context;
    int     fd;

    (void) event;
    if ((fd = mail_server_accept(listen_fd)) < 0)
	return;
    mail_server_status(MASTER_STAT_TAKEN);
    mail_server_idle(0);
    single_server_serve(fd);
    if (mail_server_used_up() || mail_server.master_gone)
	mail_server_exit();
    mail_server_status(MASTER_STAT_AVAIL);
    mail_server_idle(1);
}

/* single_server_main - the skeleton's main program */

NORETURN single_server_main(int argc, char **argv, MAIL_SERVER_FN service,...)
{
    va_list ap;
    int     i;

    va_start(ap, service);
    mail_server_init(argc, argv, "single_server", ap);
    va_end(ap);
    single_server_service = service;
    mail_server_start(1, 0);
    if (mail_server.standalone) {
	single_server_serve(-1);
	mail_server_exit();
    }
    for (i = 0; i < mail_server.listen_count; i++)
	event_enable_read(MASTER_LISTEN_FD + i, single_server_accept,
			  (void *) (long) (MASTER_LISTEN_FD + i));
    mail_server_status(MASTER_STAT_AVAIL);
    mail_server_idle(1);
    mail_server_run();
}
