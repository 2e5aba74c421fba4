/*++
/* NAME
/*	trigger_server 3
/* SUMMARY
/*	skeleton for a server that wakes up on triggers
/* SYNOPSIS
/*	#include <mail_server.h>
/*
/*	NORETURN trigger_server_main(argc, argv, service, key, value, ...)
/*	int	argc;
/*	char	**argv;
/*	void	(*service)(char *buf, ssize_t len, char *service_name,
/*				char **argv);
/*	int	key;
/* DESCRIPTION
/*	trigger_server_main() is the main program of a daemon that is
/*	woken up by short requests (pickup, qmgr): bytes written to its
/*	fifo, or sent over a connection to its unix-domain socket by
/*	mail_trigger(3) or by master's wakeup timer. See
/*	mail_server(3h) for the options and mail_server_common(3) for
/*	the rest.
/*
/*	A fifo is read as soon as it is readable; all bytes available
/*	(up to TRIGGER_SERVER_BUF_MAX) go to one call of the service
/*	routine. A socket connection is accepted and watched in the
/*	event loop, never waited for: its first read goes to the service
/*	routine and the connection is closed; a connection that sends
/*	nothing within $trigger_timeout is closed. At most
/*	TRIGGER_SERVER_CONN_MAX connections are open at once; more are
/*	closed unread (the ones that are open carry wakeups already).
/*	The buffer is null-terminated for convenience.
/*
/*	Around each call master is told that the process is taken and
/*	available again. The process exits after max_use calls, after
/*	max_idle seconds without one, or when master goes away, unless
/*	the daemon asked for UNLIMITED (qmgr). With -S it reads standard
/*	input up to end of file (bounded), makes one call and exits.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <events.h>
#include <mail_params.h>
#include <master_proto.h>
#include <mail_server.h>
#include "mail_server_private.h"

#define TRIGGER_SERVER_BUF_MAX	1024	/* bytes per call */
#define TRIGGER_SERVER_CONN_MAX	8	/* open trigger connections */

static MAIL_SERVER_TRIGGER_FN trigger_server_service;
static char trigger_server_buf[TRIGGER_SERVER_BUF_MAX + 1];
static int trigger_server_conns;

/* trigger_server_call - run the service routine on some bytes */

static void trigger_server_call(ssize_t len)
{
    trigger_server_buf[len] = 0;
    mail_server_status(MASTER_STAT_TAKEN);
    mail_server_idle(0);
    mail_server.busy = 1;
    trigger_server_service(trigger_server_buf, len, mail_server.service_name,
			   mail_server.service_argv);
    mail_server.busy = 0;
    if (mail_server_used_up() || mail_server.master_gone)
	mail_server_exit();
    mail_server_status(MASTER_STAT_AVAIL);
    mail_server_idle(1);
}

/* trigger_server_fifo - a fifo is readable */

static void trigger_server_fifo(int event, void *context)
{
    int     fd = (int) (long) context;
    ssize_t len;

    (void) event;
    len = read(fd, trigger_server_buf, TRIGGER_SERVER_BUF_MAX);
    if (len < 0) {
	if (errno != EAGAIN && errno != EINTR)
	    msg_fatal("%s: read fifo: %m", mail_server.service_name);
	return;
    }
    if (len > 0)
	trigger_server_call(len);
}

/* trigger_server_timeout - a connection sent nothing in time */

static void trigger_server_timeout(int event, void *context)
{
    int     fd = (int) (long) context;

    (void) event;
    if (msg_verbose)
	msg_info("%s: trigger connection time-out", mail_server.skeleton);
    event_disable_readwrite(fd);
    (void) close(fd);
    trigger_server_conns--;
}

/* trigger_server_read - a trigger connection is readable */

static void trigger_server_read(int event, void *context)
{
    int     fd = (int) (long) context;
    ssize_t len;

    (void) event;
    len = read(fd, trigger_server_buf, TRIGGER_SERVER_BUF_MAX);
    if (len < 0 && (errno == EAGAIN || errno == EINTR))
	return;
    event_cancel_timer(trigger_server_timeout, context);
    event_disable_readwrite(fd);
    (void) close(fd);
    trigger_server_conns--;
    if (len > 0)
	trigger_server_call(len);
}

/* trigger_server_accept - a client connects */

static void trigger_server_accept(int event, void *context)
{
    int     fd;

    (void) event;
    if ((fd = mail_server_accept((int) (long) context)) < 0)
	return;
    if (trigger_server_conns >= TRIGGER_SERVER_CONN_MAX) {
	(void) close(fd);
	return;
    }
    trigger_server_conns++;
    event_enable_read(fd, trigger_server_read, (void *) (long) fd);
    event_request_timer(trigger_server_timeout, (void *) (long) fd,
			var_trigger_timeout);
}

/* trigger_server_stdin - -S mode: one call with standard input */

static NORETURN trigger_server_stdin(void)
{
    ssize_t len = mail_server_stdin_read(trigger_server_buf, TRIGGER_SERVER_BUF_MAX);

    if (len > 0)
	trigger_server_call(len);
    mail_server_exit();
}

/* trigger_server_main - the skeleton's main program */

NORETURN trigger_server_main(int argc, char **argv,
			             MAIL_SERVER_TRIGGER_FN service,...)
{
    va_list ap;
    int     i;
    int     fd;

    va_start(ap, service);
    mail_server_init(argc, argv, "trigger_server", ap);
    va_end(ap);
    trigger_server_service = service;
    mail_server_start(TRIGGER_SERVER_CONN_MAX, TRIGGER_SERVER_CONN_MAX);
    if (mail_server.standalone)
	trigger_server_stdin();
    for (i = 0; i < mail_server.listen_count; i++) {
	fd = MASTER_LISTEN_FD + i;
	if (strcmp(mail_server.service_type, "fifo") == 0)
	    event_enable_read(fd, trigger_server_fifo, (void *) (long) fd);
	else
	    event_enable_read(fd, trigger_server_accept, (void *) (long) fd);
    }
    mail_server_status(MASTER_STAT_AVAIL);
    mail_server_idle(1);
    mail_server_run();
}
