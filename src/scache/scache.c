/*++
/* NAME
/*	scache 8
/* SUMMARY
/*	Postlet shared connection cache
/* SYNOPSIS
/*	scache [generic daemon options]
/* DESCRIPTION
/*	The scache(8) daemon keeps open connections that delivery
/*	agents have finished with, so that the next delivery to the
/*	same place skips the connection set-up (TCP handshake, greeting,
/*	EHLO, TLS). One process (master.cf maxproc 1) serves every
/*	client over private/scache; clients keep their connection to
/*	it. The descriptors travel as SCM_RIGHTS messages. The client
/*	library and the protocol are described in scache(3h):
/* .IP "save_endp ttl label prop + descriptor"
/*	keep a connection under an endpoint label (one server address).
/* .IP "find_endp label"
/*	hand out the most recently saved connection under the label;
/*	it leaves the cache.
/* .IP "save_dest ttl label prop endp_label"
/*	remember that a destination (one nexthop) can use connections
/*	of an endpoint.
/* .IP "find_dest label"
/*	hand out a connection of the destination's endpoint.
/* .PP
/*	Every entry lives for the ttl that the client asked for, at
/*	most connection_cache_ttl_limit; an expired connection is
/*	closed without any protocol goodbye.
/*
/*	The cache holds at most default_process_limit connections
/*	(and as many destinations), and never more than 256: the
/*	tables are allocated at start-up, and the descriptor limit is
/*	set before the configuration is read. When the cache is full,
/*	the oldest connection is closed (the oldest destination
/*	forgotten) to make room for a new one.
/*
/*	Every connection_cache_status_update_time seconds, and when
/*	the daemon exits, the statistics of the interval are logged as
/*	Postfix does, when anything happened: "statistics: start
/*	interval Mon DD HH:MM:SS", "statistics: domain lookup hits=N
/*	miss=N success=N%" (find_dest), "statistics: address lookup
/*	hits=N miss=N success=N%" (find_endp) and "statistics: max
/*	simultaneous domains=N addresses=N connection=N". Percentages
/*	are rounded down.
/*
/*	The daemon exits after max_idle seconds without clients (and
/*	the cached connections with it), like other multi-client
/*	daemons. It needs a unix-domain socket: -S mode on standard
/*	input is of no use.
/* SECURITY
/*	scache(8) does not talk to the network or to local users and
/*	runs as mail_owner; it is not trusted with secrets: what a
/*	client stores is opaque to it and handed to the next client of
/*	the same label.
/* CONFIGURATION PARAMETERS
/*	connection_cache_ttl_limit (2s), connection_cache_status_update_time
/*	(600s), connection_cache_protocol_timeout (5s: the time limit
/*	for one request, so that a stuck client cannot stall the
/*	cache), default_process_limit (the capacity), max_idle,
/*	and the generic daemon parameters.
/* DIAGNOSTICS
/*	A request that breaks the protocol (a malformed list, an
/*	unknown request name, a missing descriptor or a descriptor
/*	where none belongs, input sent before the previous reply) gets
/*	a warning, status -1 when a reply is still possible, and the
/*	connection is closed; a descriptor that came with it is
/*	closed. A save request with a ttl below 1, an empty label, or
/*	a label or property string that is too long is refused with
/*	status -1 and a warning; the connection stays.
/* SEE ALSO
/*	scache(3h), the client; fd_pass(3h); smtp(8)
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <events.h>
#include <iostuff.h>
#include <fd_pass.h>
#include <stringops.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_params.h>
#include <mail_server.h>
#include <scache.h>

#include "scache_store.h"

 /*
  * Limits fixed before main.cf is read (mail_server(3h) sizes the event
  * tables and the descriptor limit from them): the most connections the
  * cache can hold whatever default_process_limit says, room for the
  * descriptors of hostile messages that are closed at once, and the most
  * clients (delivery agents) connected at the same time.
  */
#define SCACHE_CONN_LIMIT	256
#define SCACHE_FD_SLACK		16
#define SCACHE_CLIENT_LIMIT	128

#define SCACHE_REQ_NAME_MAX	32	/* longest request name */

 /*
  * Results of a request handler.
  */
#define SCACHE_DONE		0	/* answered, keep the client */
#define SCACHE_BAD		1	/* protocol error: answer -1, close */
#define SCACHE_LOST		2	/* reply failed: close */

static VSTRING *scache_request;
static VSTRING *scache_label;
static VSTRING *scache_prop;
static VSTRING *scache_endp;		/* endpoint label or properties */
static time_t scache_start_time;

/* scache_reply_byte - the byte that starts every reply */

static int scache_reply_byte(VSTREAM *client, int fd)
{
    int     sock = vstream_fileno(client);
    int     status;

    if (fd < 0)
	return (VSTREAM_PUTC(0, client) == VSTREAM_EOF ? -1 : 0);
    status = write_wait(sock, var_connection_cache_protocol_timeout) < 0
	|| fd_send(sock, fd) < 0 ? -1 : 0;
    if (status < 0)
	msg_warn("send connection to client: %m");
    (void) close(fd);
    return (status);
}

/* scache_reply_status - a reply with the status alone */

static int scache_reply_status(VSTREAM *client, int status)
{
    if (scache_reply_byte(client, -1) < 0
	|| attr_print(client, ATTR_FLAG_NONE,
		      SEND_ATTR_INT(SCACHE_ATTR_STATUS, status),
		      ATTR_TYPE_END) != 0)
	return (SCACHE_LOST);
    return (SCACHE_DONE);
}

/* scache_refused - log a save request that the store refused */

static void scache_refused(const char *request)
{
    msg_warn("%s request refused: ttl below 1, or empty or over-long "
	     "label or property", request);
}

/* scache_ttl - the client's ttl, capped */

static int scache_ttl(int ttl)
{
    return (ttl > var_connection_cache_ttl_limit ?
	    var_connection_cache_ttl_limit : ttl);
}

/* scache_serve_save_endp - keep the connection that came with the request */

static int scache_serve_save_endp(VSTREAM *client, int fd)
{
    int     ttl;
    int     status;

    if (attr_scan(client, ATTR_FLAG_STRICT,
		  RECV_ATTR_INT(SCACHE_ATTR_TTL, &ttl),
		  RECV_ATTR_STR(SCACHE_ATTR_LABEL, scache_label),
		  RECV_ATTR_STR(SCACHE_ATTR_PROP, scache_prop),
		  ATTR_TYPE_END) != 3) {
	if (fd >= 0)
	    (void) close(fd);
	return (SCACHE_BAD);
    }
    if (fd < 0) {
	msg_warn("%s request without a descriptor", SCACHE_REQ_SAVE_ENDP);
	return (SCACHE_BAD);
    }
    if ((status = scache_store_save_endp(scache_ttl(ttl),
					 vstring_str(scache_label),
					 vstring_str(scache_prop), fd)) < 0)
	scache_refused(SCACHE_REQ_SAVE_ENDP);
    return (scache_reply_status(client, status));
}

/* scache_serve_save_dest - bind a destination to an endpoint */

static int scache_serve_save_dest(VSTREAM *client)
{
    int     ttl;
    int     status;

    if (attr_scan(client, ATTR_FLAG_STRICT,
		  RECV_ATTR_INT(SCACHE_ATTR_TTL, &ttl),
		  RECV_ATTR_STR(SCACHE_ATTR_LABEL, scache_label),
		  RECV_ATTR_STR(SCACHE_ATTR_PROP, scache_prop),
		  RECV_ATTR_STR(SCACHE_ATTR_ENDP_LABEL, scache_endp),
		  ATTR_TYPE_END) != 4)
	return (SCACHE_BAD);
    if ((status = scache_store_save_dest(scache_ttl(ttl),
					 vstring_str(scache_label),
					 vstring_str(scache_prop),
				      vstring_str(scache_endp))) < 0)
	scache_refused(SCACHE_REQ_SAVE_DEST);
    return (scache_reply_status(client, status));
}

/* scache_serve_find_endp - hand out a connection for an endpoint */

static int scache_serve_find_endp(VSTREAM *client)
{
    int     fd;

    if (attr_scan(client, ATTR_FLAG_STRICT,
		  RECV_ATTR_STR(SCACHE_ATTR_LABEL, scache_label),
		  ATTR_TYPE_END) != 1)
	return (SCACHE_BAD);
    if ((fd = scache_store_find_endp(vstring_str(scache_label),
				     scache_prop)) < 0)
	vstring_strcpy(scache_prop, "");
    if (scache_reply_byte(client, fd) < 0
	|| attr_print(client, ATTR_FLAG_NONE,
		      SEND_ATTR_INT(SCACHE_ATTR_STATUS, fd < 0 ? -1 : 0),
		      SEND_ATTR_STR(SCACHE_ATTR_PROP, vstring_str(scache_prop)),
		      ATTR_TYPE_END) != 0)
	return (SCACHE_LOST);
    return (SCACHE_DONE);
}

/* scache_serve_find_dest - hand out a connection for a destination */

static int scache_serve_find_dest(VSTREAM *client)
{
    int     fd;

    if (attr_scan(client, ATTR_FLAG_STRICT,
		  RECV_ATTR_STR(SCACHE_ATTR_LABEL, scache_label),
		  ATTR_TYPE_END) != 1)
	return (SCACHE_BAD);
    if ((fd = scache_store_find_dest(vstring_str(scache_label), scache_prop,
				     scache_endp)) < 0) {
	vstring_strcpy(scache_prop, "");
	vstring_strcpy(scache_endp, "");
    }
    if (scache_reply_byte(client, fd) < 0
	|| attr_print(client, ATTR_FLAG_NONE,
		      SEND_ATTR_INT(SCACHE_ATTR_STATUS, fd < 0 ? -1 : 0),
		      SEND_ATTR_STR(SCACHE_ATTR_PROP, vstring_str(scache_prop)),
		      SEND_ATTR_STR(SCACHE_ATTR_ENDP_PROP,
				    vstring_str(scache_endp)),
		      ATTR_TYPE_END) != 0)
	return (SCACHE_LOST);
    return (SCACHE_DONE);
}

/* scache_dispatch - read the request name and serve the request */

static int scache_dispatch(VSTREAM *client, int fd)
{
    const char *name = vstring_str(scache_request);
    int     got;

    got = attr_scan(client, ATTR_FLAG_MORE,
		    RECV_ATTR_STR(SCACHE_ATTR_REQ, scache_request),
		    ATTR_TYPE_END);
    if (got != 1) {
	if (got == 0)
	    msg_warn("end of input in a request");
    } else if (strcmp(name, SCACHE_REQ_SAVE_ENDP) == 0) {
	return (scache_serve_save_endp(client, fd));
    } else if (fd >= 0) {
	msg_warn("unexpected descriptor with a \"%s\" request",
		 printable(vstring_str(scache_request), '?'));
    } else if (strcmp(name, SCACHE_REQ_FIND_ENDP) == 0) {
	return (scache_serve_find_endp(client));
    } else if (strcmp(name, SCACHE_REQ_SAVE_DEST) == 0) {
	return (scache_serve_save_dest(client));
    } else if (strcmp(name, SCACHE_REQ_FIND_DEST) == 0) {
	return (scache_serve_find_dest(client));
    } else {
	msg_warn("unknown request \"%s\"",
		 printable(vstring_str(scache_request), '?'));
    }
    if (fd >= 0)
	(void) close(fd);
    return (SCACHE_BAD);
}

/* scache_service - one request from a client */

static void scache_service(VSTREAM *client, char *service, char **argv)
{
    int     fd;
    int     status;

    (void) service;
    if (argv[0])
	msg_fatal("unexpected command-line argument: %s", argv[0]);
    vstream_set_timeout(client, var_connection_cache_protocol_timeout);
    if (vstream_peek(client) > 0) {
	msg_warn("request sent before the previous reply: disconnecting");
	multi_server_disconnect(client);
	return;
    }
    if ((fd = fd_recv(vstream_fileno(client),
		      var_connection_cache_protocol_timeout)) < 0
	&& errno != EBADMSG) {
	if (errno != ECONNRESET)
	    msg_warn("receive request: %m");
	multi_server_disconnect(client);
	return;
    }
    status = scache_dispatch(client, fd);
    if (status == SCACHE_BAD)
	(void) scache_reply_status(client, -1);
    if (status != SCACHE_DONE)
	multi_server_disconnect(client);
}

/* scache_percent - integer success rate */

static int scache_percent(int hits, int miss)
{
    return ((int) ((long long) hits * 100 / ((long long) hits + miss)));
}

/* scache_stats_log - log the statistics of the interval */

static void scache_stats_log(void)
{
    SCACHE_STORE_STATS st;
    struct tm tm;
    char    when[32];

    scache_store_stats(&st);
    if (st.dest_hits || st.dest_miss || st.endp_hits || st.endp_miss
	|| st.max_dest || st.max_endp || st.max_conn) {
	if (localtime_r(&scache_start_time, &tm) == 0
	    || strftime(when, sizeof(when), "%b %e %H:%M:%S", &tm) == 0)
	    strcpy(when, "(unknown)");
	msg_info("statistics: start interval %s", when);
    }
    if (st.dest_hits || st.dest_miss)
	msg_info("statistics: domain lookup hits=%d miss=%d success=%d%%",
		 st.dest_hits, st.dest_miss,
		 scache_percent(st.dest_hits, st.dest_miss));
    if (st.endp_hits || st.endp_miss)
	msg_info("statistics: address lookup hits=%d miss=%d success=%d%%",
		 st.endp_hits, st.endp_miss,
		 scache_percent(st.endp_hits, st.endp_miss));
    if (st.max_dest || st.max_endp || st.max_conn)
	msg_info("statistics: max simultaneous domains=%d addresses=%d "
		 "connection=%d", st.max_dest, st.max_endp, st.max_conn);
    scache_start_time = time((time_t *) 0);
}

/* scache_stats_event - the periodic statistics */

static void scache_stats_event(int event, void *context)
{
    (void) event;
    (void) context;
    scache_stats_log();
    (void) event_request_timer(scache_stats_event, 0,
			       var_connection_cache_status_update_time);
}

/* scache_post_init - size the tables, start the statistics */

static void scache_post_init(char *service, char **argv)
{
    int     capacity;

    (void) service;
    (void) argv;
    mail_params_init(params_master);		/* default_process_limit */
    capacity = var_default_process_limit;
    if (capacity > SCACHE_CONN_LIMIT)
	capacity = SCACHE_CONN_LIMIT;
    if (capacity < 1)
	capacity = 1;
    scache_store_init(capacity);
    if (msg_verbose)
	msg_info("room for %d connections and %d destinations", capacity,
		 capacity);
    scache_request = vstring_fixed(SCACHE_REQ_NAME_MAX);
    scache_label = vstring_fixed(ATTR_VALUE_MAX);
    scache_prop = vstring_fixed(ATTR_VALUE_MAX);
    scache_endp = vstring_fixed(ATTR_VALUE_MAX);
    scache_start_time = time((time_t *) 0);
    (void) event_request_timer(scache_stats_event, 0,
			       var_connection_cache_status_update_time);
}

/* scache_exit - the last statistics */

static void scache_exit(char *service, char **argv)
{
    (void) service;
    (void) argv;
    scache_stats_log();
}

/* scache_main - the multi-call entry */

int     scache_main(int argc, char **argv)
{
    multi_server_main(argc, argv, scache_service,
		      CA_MAIL_SERVER_PARAMS, params_scache,
		      CA_MAIL_SERVER_POST_INIT, scache_post_init,
		      CA_MAIL_SERVER_EXIT, scache_exit,
		      CA_MAIL_SERVER_SOLITARY,
		      CA_MAIL_SERVER_CLIENT_LIMIT, SCACHE_CLIENT_LIMIT,
		      CA_MAIL_SERVER_FD_LIMIT, SCACHE_CONN_LIMIT + SCACHE_FD_SLACK,
		      CA_MAIL_SERVER_END);
}
