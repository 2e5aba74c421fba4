/*++
/* NAME
/*	master_listen 3
/* SUMMARY
/*	open and close a service's listening endpoints
/* SYNOPSIS
/*	#include "master.h"
/*
/*	int	master_listen_init(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_listen_cleanup(serv)
/*	MASTER_SERV *serv;
/* DESCRIPTION
/*	master_listen_init() opens the endpoints of a service before
/*	any of its processes exists, so that clients can connect (and
/*	wait in the backlog) from the moment master runs:
/* .IP unix
/*	a stream socket public/NAME or private/NAME under the queue
/*	directory (master's working directory).
/* .IP unix-dgram
/*	a datagram socket in the same place.
/* .IP fifo
/*	a named pipe in the same place, mode 0622 (public) or 0600.
/* .IP inet
/*	TCP sockets. "host:port" binds that address; a bare port binds
/*	every address of $inet_interfaces: "all" means the IPv4 and
/*	IPv6 wildcards (as $inet_protocols allows), "loopback-only"
/*	127.0.0.1 and ::1, otherwise the listed addresses. Addresses
/*	are numeric (IPv6 may be written in brackets); "localhost"
/*	means 127.0.0.1. Ports are numeric or one of smtp, submission,
/*	submissions, smtps, lmtp.
/* .PP
/*	master_listen_cleanup() closes them (and removes nothing: the
/*	socket files are replaced by the next master).
/* DIAGNOSTICS
/*	An endpoint that cannot be opened is fatal, as in Postfix: the
/*	administrator must fix the address or stop whatever holds it.
/*	An IPv6 wildcard that the system does not support is skipped
/*	with a warning when the IPv4 wildcard works.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <argv.h>
#include <stringops.h>
#include <vstring.h>
#include <listen.h>
#include <port_net.h>
#include <mail_params.h>
#include "master.h"

#define MASTER_LISTEN_BACKLOG	100

static const struct {
    const char *name;
    const char *port;
} master_listen_ports[] = {
    {"smtp", "25"}, {"submission", "587"}, {"submissions", "465"},
    {"smtps", "465"}, {"lmtp", "24"},
};

/* master_listen_port - service name or number to a numeric port */

static const char *master_listen_port(const char *port)
{
    size_t  i;

    for (i = 0; i < ARRAY_LEN(master_listen_ports); i++)
	if (strcmp(port, master_listen_ports[i].name) == 0)
	    return (master_listen_ports[i].port);
    return (port);
}

/* master_listen_add - remember one more descriptor */

static void master_listen_add(MASTER_SERV *serv, int fd)
{
    if (serv->listen_fd_count >= MASTER_LISTEN_MAX)
	msg_fatal("service %s: more than %d listening endpoints",
		  serv->ext_name, MASTER_LISTEN_MAX);
    serv->listen_fd[serv->listen_fd_count++] = fd;
}

/* master_listen_inet_one - one TCP endpoint */

static int master_listen_inet_one(MASTER_SERV *serv, char *host,
				          const char *port, int optional)
{
    VSTRING *why = vstring_alloc(100);
    size_t  len = strlen(host);
    int     fd;

    if (len > 1 && host[0] == '[' && host[len - 1] == ']') {
	host[len - 1] = 0;
	host++;
    }
    if (strcmp(host, "localhost") == 0)
	host = "127.0.0.1";
    if ((fd = inet_listen(host, master_listen_port(port),
			  MASTER_LISTEN_BACKLOG, why)) < 0) {
	if (!optional)
	    msg_fatal("service %s: %s", serv->ext_name, vstring_str(why));
	msg_warn("service %s: %s -- skipped", serv->ext_name, vstring_str(why));
    } else {
	master_listen_add(serv, fd);
    }
    vstring_free(why);
    return (fd);
}

/* master_listen_inet - the TCP endpoints of a service */

static void master_listen_inet(MASTER_SERV *serv)
{
    char   *copy = mystrdup(serv->name);
    char   *port;
    char   *cp;
    char   *host;
    int     v4 = 0;
    int     v6 = 0;
    ARGV   *protos;
    ARGV   *ifaces;
    int     n;

    if ((port = split_at_right(copy, ':')) != 0) {
	(void) master_listen_inet_one(serv, copy, port, 0);
	myfree(copy);
	return;
    }
    port = copy;
    protos = argv_split(var_inet_protocols, CHARS_COMMA_SP);
    for (n = 0; n < protos->argc; n++) {
	if (strcmp(protos->argv[n], "all") == 0)
	    v4 = v6 = 1;
	else if (strcmp(protos->argv[n], "ipv4") == 0)
	    v4 = 1;
	else if (strcmp(protos->argv[n], "ipv6") == 0)
	    v6 = 1;
    }
    argv_free(protos);
    if (v4 == 0 && v6 == 0)
	msg_fatal("parameter %s: no known protocol in \"%s\"",
		  VAR_INET_PROTOCOLS, var_inet_protocols);
    ifaces = argv_split(var_inet_interfaces, CHARS_COMMA_SP);
    for (n = 0; n < ifaces->argc; n++) {
	host = ifaces->argv[n];
	if (strcmp(host, "all") == 0 || strcmp(host, "loopback-only") == 0) {
	    int     all = (host[0] == 'a');
	    int     got = -1;

	    if (v4)
		got = master_listen_inet_one(serv, all ? "0.0.0.0" : "127.0.0.1",
					     port, 0);
	    if (v6) {
		cp = all ? "::" : "::1";
		(void) master_listen_inet_one(serv, cp, port, got >= 0);
	    }
	} else {
	    (void) master_listen_inet_one(serv, host, port, 0);
	}
    }
    argv_free(ifaces);
    myfree(copy);
}

/* master_listen_init - open a service's endpoints */

int     master_listen_init(MASTER_SERV *serv)
{
    VSTRING *why = vstring_alloc(100);
    int     fd = -1;

    serv->listen_fd_count = 0;
    switch (serv->type) {
    case MASTER_SERV_TYPE_UNIX:
	fd = unix_listen(serv->name, MASTER_LISTEN_BACKLOG, why);
	break;
    case MASTER_SERV_TYPE_UXDG:
	fd = unix_dgram_listen(serv->name, why);
	break;
    case MASTER_SERV_TYPE_FIFO:
	fd = fifo_listen(serv->name,
		      (serv->flags & MASTER_FLAG_PRIVATE) ? 0600 : 0622, why);
	break;
    case MASTER_SERV_TYPE_INET:
	master_listen_inet(serv);
	vstring_free(why);
	return (serv->listen_fd_count);
    default:
	msg_panic("master_listen_init: unknown service type %d", serv->type);
    }
    if (fd < 0)
	msg_fatal("service %s: %s", serv->ext_name, vstring_str(why));
    master_listen_add(serv, fd);
    vstring_free(why);
    return (serv->listen_fd_count);
}

/* master_listen_cleanup - close a service's endpoints */

void    master_listen_cleanup(MASTER_SERV *serv)
{
    int     n;

    master_avail_cleanup(serv);
    for (n = 0; n < serv->listen_fd_count; n++)
	if (close(serv->listen_fd[n]) < 0)
	    msg_warn("service %s: close listener: %m", serv->ext_name);
    serv->listen_fd_count = 0;
}
