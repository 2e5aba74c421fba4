/*++
/* NAME
/*	multi_server 3
/* SUMMARY
/*	skeleton for a server that serves many clients at once
/* SYNOPSIS
/*	#include <mail_server.h>
/*
/*	NORETURN multi_server_main(argc, argv, service, key, value, ...)
/*	int	argc;
/*	char	**argv;
/*	void	(*service)(VSTREAM *stream, char *service_name, char **argv);
/*	int	key;
/*
/*	void	multi_server_disconnect(stream)
/*	VSTREAM	*stream;
/* DESCRIPTION
/*	multi_server_main() is the main program of a daemon that keeps
/*	many connections open in one event loop (cleanup, bounce,
/*	showq). See mail_server(3h) for the options and
/*	mail_server_common(3) for the rest.
/*
/*	Connections live in a pool of CLIENT_LIMIT slots (64 unless the
/*	daemon says otherwise), each with its stream and buffers,
/*	allocated once at start-up. With SPEAKS_FIRST the service
/*	routine is called once as soon as a connection is accepted,
/*	before the client has said anything (cleanup(8) sends its queue
/*	ID first); otherwise a silent client costs nothing. Then it is
/*	called each time the connection has input, to handle one request; it
/*	is called again while a pipelined request is buffered. A
/*	connection at end of input or with an error is closed by the
/*	skeleton without a call. The service routine calls
/*	multi_server_disconnect() when it is done with a client or the
/*	client misbehaved (a protocol error from attr_scan(3)); the
/*	other connections do not notice. Streams have $ipc_timeout.
/*
/*	When every slot is in use the process stops accepting and tells
/*	master that it is taken, so that master starts another process;
/*	when a slot frees up it accepts again and says so.
/*
/*	The process exits when it is idle (no connection) and has served
/*	max_use connections, or has had no connection for max_idle
/*	seconds, or master has gone away, unless the daemon asked for
/*	UNLIMITED. With -S it serves one connection on standard input
/*	and output until that ends.
/* DIAGNOSTICS
/*	Panic: multi_server_disconnect() of a stream that is not a
/*	connection of this skeleton.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <events.h>
#include <pool.h>
#include <vstream.h>
#include <mail_params.h>
#include <master_proto.h>
#include <mail_server.h>
#include "mail_server_private.h"

 /*
  * One connection. The stream comes first, so that the stream pointer the
  * service routine gets is also the slot's address.
  */
typedef struct MULTI_SERVER_CLIENT {
    VSTREAM stream;
    int     fd;
    int     closed;			/* disconnected during a call */
    char    buf[2 * VSTREAM_BUFSIZE];
} MULTI_SERVER_CLIENT;

static MAIL_SERVER_FN multi_server_service;
static POOL *multi_server_pool;
static int multi_server_clients;
static int multi_server_full;
static MULTI_SERVER_CLIENT *multi_server_stdio_client;	/* -S mode */

/* multi_server_listen - accept new connections, or stop */

static void multi_server_listen(int on);

/* multi_server_done - exit when idle and used up or orphaned */

static int multi_server_done(void)
{
    if (multi_server_clients > 0)
	return (0);
    if (mail_server.master_gone)
	return (1);
    return (!mail_server.unlimited && var_max_use > 0
	    && mail_server.use_count >= var_max_use);
}

/* multi_server_gone - master left: exit now or when idle */

static void multi_server_gone(void)
{
    multi_server_listen(0);
    if (multi_server_clients == 0)
	mail_server_exit();
}

/* multi_server_disconnect - close a connection */

void    multi_server_disconnect(VSTREAM *stream)
{
    MULTI_SERVER_CLIENT *client = (MULTI_SERVER_CLIENT *) stream;

    if (client == multi_server_stdio_client) {
	client->closed = 1;
	return;
    }
    if (multi_server_pool == 0 || !pool_owns(multi_server_pool, client)
	|| client->fd < 0)
	msg_panic("multi_server_disconnect: unknown stream");
    if (msg_verbose)
	msg_info("multi_server: disconnect fd %d", client->fd);
    event_disable_readwrite(client->fd);
    (void) vstream_fclose(stream);
    client->fd = -1;
    client->closed = 1;
    pool_free(multi_server_pool, client);
    multi_server_clients--;
    (void) mail_server_used_up();
    if (multi_server_full && !mail_server.master_gone) {
	multi_server_full = 0;
	multi_server_listen(1);
	mail_server_status(MASTER_STAT_AVAIL);
    }
    if (multi_server_clients == 0)
	mail_server_idle(1);
}

/* multi_server_call - handle requests while input is there */

static void multi_server_call(MULTI_SERVER_CLIENT *client)
{
    client->closed = 0;
    do {
	mail_server.busy = 1;
	multi_server_service(&client->stream, mail_server.service_name,
			     mail_server.service_argv);
	mail_server.busy = 0;
    } while (!client->closed && vstream_peek(&client->stream) > 0);
}

/* multi_server_ready - a connection has input, end of input, or error */

static void multi_server_ready(int event, void *context)
{
    MULTI_SERVER_CLIENT *client = (MULTI_SERVER_CLIENT *) context;
    ssize_t n;
    char    ch;

    (void) event;
    if (vstream_peek(&client->stream) <= 0) {
	n = recv(client->fd, &ch, 1, MSG_PEEK | MSG_DONTWAIT);
	if (n < 0 && (errno == EAGAIN || errno == EINTR))
	    return;
	if (n <= 0) {
	    multi_server_disconnect(&client->stream);
	    return;
	}
    }
    multi_server_call(client);
}

/* multi_server_accept - a new connection */

static void multi_server_accept(int event, void *context)
{
    MULTI_SERVER_CLIENT *client;
    int     fd;

    (void) event;
    if ((fd = mail_server_accept((int) (long) context)) < 0)
	return;
    if ((client = (MULTI_SERVER_CLIENT *) pool_alloc(multi_server_pool)) == 0) {
	msg_warn("multi_server: all %d client slots in use; dropping connection",
		 mail_server.client_limit);
	(void) close(fd);
	return;
    }
    mail_server_idle(0);
    multi_server_clients++;
    client->fd = fd;
    client->closed = 0;
    vstream_init(&client->stream, fd, O_RDWR, client->buf, sizeof(client->buf));
    vstream_set_timeout(&client->stream, var_ipc_timeout);
    event_enable_read(fd, multi_server_ready, (void *) client);
    if (msg_verbose)
	msg_info("multi_server: connection fd %d (%d clients)", fd,
		 multi_server_clients);
    if (multi_server_clients >= mail_server.client_limit) {
	multi_server_full = 1;
	multi_server_listen(0);
	mail_server_status(MASTER_STAT_TAKEN);
    }
    if (mail_server.speaks_first)
	multi_server_call(client);
}

/* multi_server_listen - accept new connections, or stop */

static void multi_server_listen(int on)
{
    int     i;

    for (i = 0; i < mail_server.listen_count; i++) {
	if (on)
	    event_enable_read(MASTER_LISTEN_FD + i, multi_server_accept,
			      (void *) (long) (MASTER_LISTEN_FD + i));
	else
	    event_disable_readwrite(MASTER_LISTEN_FD + i);
    }
}

/* multi_server_stdin - -S mode: one connection on standard input/output */

static NORETURN multi_server_stdin(void)
{
    MULTI_SERVER_CLIENT *client;

    client = multi_server_stdio_client = mymalloc(sizeof(*client));
    mail_server_stdio(&client->stream, client->buf, sizeof(client->buf));
    client->fd = 0;
    do {
	multi_server_call(client);
    } while (!client->closed && vstream_peek(&client->stream) >= 0
	     && !vstream_feof(&client->stream)
	     && !vstream_ferror(&client->stream));
    (void) vstream_fdclose(&client->stream);
    mail_server_exit();
}

/* multi_server_main - the skeleton's main program */

NORETURN multi_server_main(int argc, char **argv, MAIL_SERVER_FN service,...)
{
    va_list ap;

    va_start(ap, service);
    mail_server_init(argc, argv, "multi_server", ap);
    va_end(ap);
    multi_server_service = service;
    mail_server_start(mail_server.client_limit, 0);
    if (mail_server.standalone)
	multi_server_stdin();
    multi_server_pool = pool_create("multi_server clients",
				    sizeof(MULTI_SERVER_CLIENT),
				    mail_server.client_limit);
    mail_server.done_fn = multi_server_done;
    mail_server.gone_fn = multi_server_gone;
    multi_server_listen(1);
    mail_server_status(MASTER_STAT_AVAIL);
    mail_server_idle(1);
    mail_server_run();
}
