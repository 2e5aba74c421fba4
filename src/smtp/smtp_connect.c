/*++
/* NAME
/*	smtp_connect 3
/* SUMMARY
/*	deliver a request: the servers, one after another
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	void	smtp_connect(state)
/*	SMTP_STATE *state;
/* DESCRIPTION
/*	smtp_connect() delivers state->request (see smtp(3h)):
/* .IP 1.
/*	The nexthop is parsed; bad syntax defers every recipient with
/*	4.3.5 and a warning.
/* .IP 2.
/*	When connection caching applies (the nexthop's domain or host,
/*	without brackets and port, or the LMTP socket path, is in
/*	smtp_connection_cache_destinations, or qmgr asked for it and
/*	smtp_connection_cache_on_demand is on), a cached connection for
/*	the nexthop is tried first; a failure there is never final.
/* .IP 3.
/*	The server addresses are looked up (smtp_addr(3)); a lookup
/*	failure bounces (5.X.Y) or defers every recipient.
/* .IP 4.
/*	Each address in turn: a cached connection to it or a new one
/*	(smtp_connect_timeout; smtp_bind_address, smtp_bind_address6).
/*	A connection that fails is logged ("connect to
/*	host[addr]:port: reason") and the next address is tried. The
/*	last address, or the smtp_mx_session_limit-th session, is the
/*	final server: its temporary failures defer. The first fallback
/*	relay tried is logged.
/* .PP
/*	A session that ends cleanly is saved in scache(8) when caching
/*	applies, otherwise ended with QUIT; a broken one is just
/*	closed. Protocol trouble is mailed to the postmaster
/*	(smtp_chat_notify()).
/*
/*	When no server took part at all (every connection failed, or
/*	the name service failed for now), state->hop_failed tells the
/*	caller to report the failure for the whole nexthop, so that
/*	qmgr holds back other mail for it.
/*
/*	LMTP over "unix:path" has one server: the socket; the log shows
/*	it as myhostname[path].
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/time.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <iostuff.h>
#include <connect.h>
#include <port_net.h>
#include <mail_params.h>
#include <match_list.h>

#include "smtp.h"
#include "smtp_params.h"

static MATCH_LIST *smtp_cache_dests;

/* smtp_connect_bind - bind to the configured source address */

static int smtp_connect_bind(int fd, int family)
{
    struct sockaddr_storage ss;
    struct sockaddr_in *sin = (struct sockaddr_in *) &ss;
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *) &ss;
    const char *source = (family == AF_INET ? smtp_par.bind_address :
			  smtp_par.bind_address6);
    socklen_t len;

    if (*source == 0)
	return (0);
    memset(&ss, 0, sizeof(ss));
    if (family == AF_INET) {
	sin->sin_family = AF_INET;
	len = sizeof(*sin);
	if (port_inet_pton(AF_INET, source, &sin->sin_addr) != 1) {
	    msg_warn("%s_bind_address: bad address \"%s\"", smtp_par.proto,
		     source);
	    return (-1);
	}
    } else {
	sin6->sin6_family = AF_INET6;
	len = sizeof(*sin6);
	if (port_inet_pton(AF_INET6, source, &sin6->sin6_addr) != 1) {
	    msg_warn("%s_bind_address6: bad address \"%s\"", smtp_par.proto,
		     source);
	    return (-1);
	}
    }
    if (port_bind(fd, (struct sockaddr *) &ss, len) < 0) {
	msg_warn("%s: bind %s: %m", smtp_par.proto, source);
	return (-1);
    }
    return (0);
}

/* smtp_connect_inet - a new TCP connection, or -1 */

static int smtp_connect_inet(const SMTP_ADDR *addr)
{
    int     family = addr->sa.ss_family;
    int     fd;
    int     err = 0;
    socklen_t len = sizeof(err);

    if ((fd = port_socket(family, SOCK_STREAM, 0)) < 0)
	return (-1);
    close_on_exec(fd, 1);
    if (smtp_connect_bind(fd, family) < 0) {
	(void) port_close(fd);
	errno = EADDRNOTAVAIL;
	return (-1);
    }
    non_blocking(fd, 1);
    if (port_connect(fd, (struct sockaddr *) &addr->sa, addr->sa_len) < 0) {
	if (errno != EINPROGRESS) {
	    err = errno;
	} else if (poll_fd(fd, POLL_FD_WRITE,
			   deadline_set(smtp_par.connect_timeout)) < 0) {
	    err = ETIMEDOUT;
	} else if (port_getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) {
	    err = errno;
	}
    }
    if (err != 0) {
	(void) port_close(fd);
	errno = err;
	return (-1);
    }
    return (fd);
}

/* smtp_connect_cached - may this request use or feed the cache */

static void smtp_connect_cached(SMTP_STATE *state, int *load, int *store)
{
    DELIVER_REQUEST *request = state->request;
    const char *dest = (state->dest.kind == SMTP_DEST_UNIX ?
			state->dest.path : state->dest.host);
    int     listed = (smtp_cache_dests != 0
		      && match_list_match(smtp_cache_dests, dest, 0) > 0);

    *load = listed || (smtp_par.connection_cache_on_demand
		       && (request->flags & DEL_REQ_FLAG_CONN_LOAD));
    *store = listed || (smtp_par.connection_cache_on_demand
			&& (request->flags & DEL_REQ_FLAG_CONN_STORE));
}

/* smtp_connect_run - one session: helo, transaction, then cache or quit */

static void smtp_connect_run(SMTP_STATE *state, int store)
{
    DELIVER_REQUEST *request = state->request;
    SMTP_SESSION *session = state->session;
    int     ok = 0;

    state->hop_failed = 0;
    request->msg_stats.reuse_count = session->reuse_count;
    if (smtp_helo(state) == 0) {
	gettimeofday(&request->msg_stats.conn_setup_done,
		     (struct timezone *) 0);
	ok = (smtp_xfer(state) == 0);
    }
    if (!ok || !store)
	session->may_cache = 0;
    if (!session->may_cache && !vstream_ferror(session->stream)
	&& !vstream_feof(session->stream))
	(void) smtp_quit(state);
    if (session->error_mask)
	smtp_chat_notify(session);
    smtp_session_close(session);
}

/* smtp_connect_unix - LMTP to a unix-domain socket */

static void smtp_connect_unix(SMTP_STATE *state, int load, int store)
{
    DELIVER_REQUEST *request = state->request;
    SMTP_SESSION *session = state->session;
    SMTP_ADDR *addr = state->addrs.addr;
    int     fd;

    snprintf(addr->name, sizeof(addr->name), "%s", var_myhostname);
    snprintf(addr->addr, sizeof(addr->addr), "%s", state->dest.path);
    addr->sa_len = 0;
    state->final_server = 1;
    smtp_session_labels(session, state->service, request->nexthop,
			request->sender, state->dest.path, 0);
    if (!load || smtp_session_reuse(session, 0, session->endp_label) != 0) {
	if ((fd = unix_connect(state->dest.path, NON_BLOCKING, 0)) < 0
	    && errno == EAGAIN)
	    fd = unix_connect(state->dest.path, BLOCKING,
			      smtp_par.connect_timeout);
	if (fd < 0) {
	    (void) dsb_simple(state->why, "4.4.1", "connect to %s[%s]: %s",
			      addr->name, addr->addr, strerror(errno));
	    msg_info("%s", vstring_str(state->why->reason));
	    state->hop_failed = 1;
	    smtp_defer_all(state);
	    return;
	}
	non_blocking(fd, 1);
	smtp_session_open(session, fd, addr, 0);
	smtp_session_labels(session, state->service, request->nexthop,
			    request->sender, state->dest.path, 0);
    }
    smtp_connect_run(state, store);
}

/* smtp_connect_port - the port of an address */

static unsigned smtp_connect_port(const SMTP_ADDR *addr)
{
    if (addr->sa.ss_family == AF_INET)
	return (ntohs(((const struct sockaddr_in *) &addr->sa)->sin_port));
    return (ntohs(((const struct sockaddr_in6 *) &addr->sa)->sin6_port));
}

/* smtp_connect_def_port - smtp_tcp_port or lmtp_tcp_port as a number */

static unsigned smtp_connect_def_port(VSTRING *why)
{
    unsigned port;

    if (smtp_dest_service(smtp_par.tcp_port, &port, why) == 0)
	return (port);
    port = smtp_par.lmtp ? 24 : 25;
    msg_warn("%s_tcp_port: %s; using %u", smtp_par.proto, vstring_str(why),
	     port);
    return (port);
}

/* smtp_connect - deliver the request */

void    smtp_connect(SMTP_STATE *state)
{
    DELIVER_REQUEST *request = state->request;
    SMTP_SESSION *session = state->session;
    SMTP_ADDR_LIST *list = &state->addrs;
    SMTP_ADDR *addr;
    unsigned def_port;
    unsigned port;
    int     load, store;
    int     sessions = 0;
    int     fd;
    int     n;

    if (smtp_cache_dests == 0 && *smtp_par.connection_cache_destinations)
	smtp_cache_dests = match_list_init(state->lmtp ?
				   "lmtp_connection_cache_destinations" :
				      VAR_SMTP_CONNECTION_CACHE_DESTINATIONS,
				       smtp_par.connection_cache_destinations,
					   MATCH_FLAG_EXACT);
    state->hop_failed = 1;
    def_port = smtp_connect_def_port(state->buf);
    if (smtp_dest_parse(&state->dest, request->nexthop, state->lmtp,
			def_port, state->buf) != 0) {
	msg_warn("%s: %s", request->queue_id, vstring_str(state->buf));
	(void) dsb_simple(state->why, "4.3.5", "%s", vstring_str(state->buf));
	smtp_defer_all(state);
	return;
    }
    smtp_connect_cached(state, &load, &store);
    if (state->dest.kind == SMTP_DEST_UNIX) {
	smtp_connect_unix(state, load, store);
	return;
    }

    /*
     * A cached connection for the whole nexthop.
     */
    if (load) {
	smtp_session_labels(session, state->service, request->nexthop,
			    request->sender, 0, 0);
	if (smtp_session_reuse(session, session->dest_label, 0) == 0) {
	    smtp_session_labels(session, state->service, request->nexthop,
				request->sender, session->addr, session->port);
	    state->final_server = 0;
	    sessions++;
	    smtp_connect_run(state, store);
	    if (state->rcpt_left == 0)
		return;
	}
    }

    /*
     * The servers in order.
     */
    if (smtp_addr_lookup(list, &state->dest, state->why) != 0) {
	if (vstring_str(state->why->status)[0] == '5') {
	    smtp_bounce_all(state);
	} else {
	    state->hop_failed = 1;
	    smtp_defer_all(state);
	}
	return;
    }
    for (n = 0; n < list->count && state->rcpt_left > 0; n++) {
	addr = list->addr + n;
	port = smtp_connect_port(addr);
	state->final_server = (n == list->count - 1
			       || (smtp_par.mx_session_limit > 0
				 && sessions + 1 >= smtp_par.mx_session_limit));
	if (n == list->fallback && n > 0)
	    msg_info("%s: trying fallback relay %s[%s]:%u", request->queue_id,
		     addr->name, addr->addr, port);
	smtp_session_labels(session, state->service,
			    store ? request->nexthop : 0, request->sender,
			    addr->addr, port);
	if (!load || smtp_session_reuse(session, 0, session->endp_label) != 0) {
	    if ((fd = smtp_connect_inet(addr)) < 0) {
		(void) dsb_simple(state->why, "4.4.1",
				  "connect to %s[%s]:%u: %s",
				  addr->name, addr->addr, port, strerror(errno));
		msg_info("%s", vstring_str(state->why->reason));
		if (state->final_server)
		    smtp_site_fail(state);
		continue;
	    }
	    smtp_session_open(session, fd, addr, port);
	    smtp_session_labels(session, state->service,
				store ? request->nexthop : 0, request->sender,
				addr->addr, port);
	}
	sessions++;
	smtp_connect_run(state, store);
	if (state->final_server)
	    break;
    }
    if (state->rcpt_left > 0)
	smtp_defer_all(state);
}
