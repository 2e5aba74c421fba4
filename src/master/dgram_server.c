/*++
/* NAME
/*	dgram_server 3
/* SUMMARY
/*	skeleton for a server that receives datagrams
/* SYNOPSIS
/*	#include <mail_server.h>
/*
/*	NORETURN dgram_server_main(argc, argv, service, key, value, ...)
/*	int	argc;
/*	char	**argv;
/*	void	(*service)(char *buf, ssize_t len, char *service_name,
/*				char **argv);
/*	int	key;
/* DESCRIPTION
/*	dgram_server_main() is the main program of a daemon that
/*	receives datagrams on unix-domain datagram sockets (postlogd).
/*	See mail_server(3h) for the options and mail_server_common(3)
/*	for the rest.
/*
/*	Each datagram goes to one call of the service routine, in a
/*	buffer of DGRAM_SERVER_BUF_MAX bytes, null-terminated for
/*	convenience. A longer datagram is cut to that size (the rest is
/*	lost, as the socket layer discards it); an empty one is ignored.
/*	Around each call master is told that the process is taken and
/*	available again.
/*
/*	The process exits after max_use datagrams, after max_idle
/*	seconds without one, or when master goes away, unless the
/*	daemon asked for UNLIMITED. When master goes away or sends
/*	SIGTERM (postfix stop), it first serves the datagrams that are
/*	already queued, up to DGRAM_SERVER_DRAIN_MAX per socket, so that
/*	master's last log lines ("terminating on signal 15") are not
/*	lost. With -S it reads standard input up
/*	to end of file (bounded), makes one call and exits.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <errno.h>
#include <stdarg.h>

#include <msg.h>
#include <events.h>
#include <mail_params.h>
#include <master_proto.h>
#include <mail_server.h>
#include "mail_server_private.h"

#define DGRAM_SERVER_BUF_MAX	8192	/* bytes per datagram */
#define DGRAM_SERVER_DRAIN_MAX	1000	/* datagrams served on SIGTERM */

static MAIL_SERVER_TRIGGER_FN dgram_server_service;
static char dgram_server_buf[DGRAM_SERVER_BUF_MAX + 1];

/* dgram_server_call - run the service routine on one datagram */

static void dgram_server_call(ssize_t len)
{
    dgram_server_buf[len] = 0;
    mail_server_status(MASTER_STAT_TAKEN);
    mail_server_idle(0);
    mail_server.busy = 1;
    dgram_server_service(dgram_server_buf, len, mail_server.service_name,
			 mail_server.service_argv);
    mail_server.busy = 0;
    if (mail_server_used_up() || mail_server.master_gone)
	mail_server_exit();
    mail_server_status(MASTER_STAT_AVAIL);
    mail_server_idle(1);
}

/* dgram_server_read - a datagram is waiting */

static void dgram_server_read(int event, void *context)
{
    int     fd = (int) (long) context;
    ssize_t len;

    (void) event;
    len = recv(fd, dgram_server_buf, DGRAM_SERVER_BUF_MAX, MSG_DONTWAIT);
    if (len < 0) {
	if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
	    msg_warn("%s: receive datagram: %m", mail_server.service_name);
	return;
    }
    if (len > 0)
	dgram_server_call(len);
}

/* dgram_server_drain - SIGTERM: serve what is queued already */

static void dgram_server_drain(void)
{
    ssize_t len;
    int     i;
    int     n;

    mail_server.busy = 1;
    for (i = 0; i < mail_server.listen_count; i++) {
	for (n = 0; n < DGRAM_SERVER_DRAIN_MAX; n++) {
	    len = recv(MASTER_LISTEN_FD + i, dgram_server_buf,
		       DGRAM_SERVER_BUF_MAX, MSG_DONTWAIT);
	    if (len <= 0)
		break;
	    dgram_server_buf[len] = 0;
	    dgram_server_service(dgram_server_buf, len, mail_server.service_name,
				 mail_server.service_argv);
	}
    }
    mail_server.busy = 0;
}

/* dgram_server_gone - master went away: serve what is queued, leave */

static void dgram_server_gone(void)
{
    dgram_server_drain();
    mail_server_exit();
}

/* dgram_server_stdin - -S mode: one call with standard input */

static NORETURN dgram_server_stdin(void)
{
    ssize_t len = mail_server_stdin_read(dgram_server_buf, DGRAM_SERVER_BUF_MAX);

    if (len > 0)
	dgram_server_call(len);
    mail_server_exit();
}

/* dgram_server_main - the skeleton's main program */

NORETURN dgram_server_main(int argc, char **argv,
			           MAIL_SERVER_TRIGGER_FN service,...)
{
    va_list ap;
    int     i;

    va_start(ap, service);
    mail_server_init(argc, argv, "dgram_server", ap);
    va_end(ap);
    dgram_server_service = service;
    mail_server.term_fn = dgram_server_drain;
    mail_server.gone_fn = dgram_server_gone;
    mail_server_start(0, 0);
    if (mail_server.standalone)
	dgram_server_stdin();
    for (i = 0; i < mail_server.listen_count; i++)
	event_enable_read(MASTER_LISTEN_FD + i, dgram_server_read,
			  (void *) (long) (MASTER_LISTEN_FD + i));
    mail_server_status(MASTER_STAT_AVAIL);
    mail_server_idle(1);
    mail_server_run();
}
