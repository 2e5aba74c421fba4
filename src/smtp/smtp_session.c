/*++
/* NAME
/*	smtp_session 3
/* SUMMARY
/*	one connection to a server, new or from the connection cache
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	SMTP_SESSION *smtp_session_create()
/*
/*	void	smtp_session_open(session, fd, addr, port)
/*	SMTP_SESSION *session;
/*	int	fd;
/*	const SMTP_ADDR *addr;
/*	unsigned port;
/*
/*	void	smtp_session_close(session)
/*	SMTP_SESSION *session;
/*
/*	int	smtp_session_reuse(session, dest_label, endp_label)
/*	SMTP_SESSION *session;
/*	const char *dest_label;
/*	const char *endp_label;
/*
/*	void	smtp_session_labels(session, service, nexthop, sender, addr,
/*					port)
/*	SMTP_SESSION *session;
/*	const char *service;
/*	const char *nexthop;
/*	const char *sender;
/*	const char *addr;
/*	unsigned port;
/* DESCRIPTION
/*	The process has one session, made once by smtp_session_create()
/*	with its stream and buffers; a connection only fills it in.
/*
/*	smtp_session_close() saves the connection in scache(8) when the
/*	protocol left it clean (may_cache), nothing unread or unwritten
/*	is pending, the connection is younger than
/*	smtp_connection_reuse_time_limit and has been used fewer than
/*	smtp_connection_reuse_count_limit times (0: no limit). The cache
/*	keeps it for smtp_connection_cache_time_limit seconds, under the
/*	endpoint label and, when one was made, the destination label.
/*	Otherwise the connection is closed.
/*
/*	The endpoint properties carry what a later process needs to go
/*	on without a greeting or EHLO: server name, address, port,
/*	features (AUTH done included), SIZE limit, use count, connection
/*	time and the AUTH mechanisms. A property string that does not
/*	parse is logged and the connection closed: the cache is another
/*	process, and what it returns is checked like any input.
/*
/*	Labels are "service:nexthop" (destination) and
/*	"service:address:port" (endpoint); with
/*	smtp_sender_dependent_authentication the sender is added, so
/*	that a session authenticated for one sender is not reused for
/*	another. SASL credentials are otherwise taken to be valid per
/*	server address and port: a cached session that authenticated is
/*	reused for any message to the same endpoint.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <time.h>
#include <fcntl.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <mail_params.h>
#include <match_list.h>
#include <scache.h>

#include "smtp.h"
#include "smtp_params.h"

#define SMTP_SESSION_TRANSCRIPT	8192	/* notice text kept */
#define SMTP_SESSION_PROP_SIZE	(SMTP_NAMADDR_SIZE + 400)

static VSTREAM *smtp_session_stream;	/* storage for session->stream */
static char smtp_session_buf[2 * VSTREAM_BUFSIZE];
static MATCH_LIST *smtp_debug_peers;
static VSTRING *smtp_session_prop;	/* endpoint properties */
static VSTRING *smtp_session_dprop;	/* destination properties */

 /*
  * The session, its stream and the property strings that every delivery
  * uses are one allocation, so that they share pages.
  */
typedef struct SMTP_SESSION_MEM {
    SMTP_SESSION session;
    VSTREAM stream;
    VSTRING prop;
    VSTRING dprop;
    char    prop_mem[SMTP_SESSION_PROP_SIZE + 1];
    char    dprop_mem[SMTP_SESSION_PROP_SIZE + 1];
} SMTP_SESSION_MEM;

/* smtp_session_create - the one session */

SMTP_SESSION *smtp_session_create(void)
{
    static const SMTP_SESSION zero;
    SMTP_SESSION_MEM *mem = (SMTP_SESSION_MEM *) mymalloc(sizeof(*mem));
    SMTP_SESSION *session = &mem->session;

    *session = zero;
    session->transcript = vstring_fixed(SMTP_SESSION_TRANSCRIPT);
    smtp_session_stream = &mem->stream;
    vstring_init_mem(&mem->prop, mem->prop_mem, sizeof(mem->prop_mem));
    vstring_init_mem(&mem->dprop, mem->dprop_mem, sizeof(mem->dprop_mem));
    smtp_session_prop = &mem->prop;
    smtp_session_dprop = &mem->dprop;
    if (*var_debug_peer_list)
	smtp_debug_peers = match_list_init(VAR_DEBUG_PEER_LIST,
					   var_debug_peer_list,
					   MATCH_FLAG_PARENT);
    return (session);
}

/* smtp_session_names - host, address and the names made of them */

static void smtp_session_names(SMTP_SESSION *session, const char *host,
			               const char *addr, unsigned port)
{
    snprintf(session->host, sizeof(session->host), "%s", host);
    snprintf(session->addr, sizeof(session->addr), "%s", addr);
    session->port = port;
    snprintf(session->namaddr, sizeof(session->namaddr), "%s[%s]",
	     session->host, session->addr);
    if (port)
	snprintf(session->namaddrport, sizeof(session->namaddrport),
		 "%s:%u", session->namaddr, port);
    else
	snprintf(session->namaddrport, sizeof(session->namaddrport),
		 "%s", session->namaddr);
    session->debug = (smtp_debug_peers != 0
		      && match_list_match(smtp_debug_peers, session->host,
					  port ? session->addr : 0) > 0);
}

/* smtp_session_attach - put the stream on a descriptor */

static void smtp_session_attach(SMTP_SESSION *session, int fd)
{
    vstream_init(smtp_session_stream, fd, O_RDWR, smtp_session_buf,
		 sizeof(smtp_session_buf));
    session->stream = smtp_session_stream;
    session->error_mask = 0;
    session->may_cache = 0;
    smtp_chat_reset(session);
}

/* smtp_session_open - a new connection */

void    smtp_session_open(SMTP_SESSION *session, int fd, const SMTP_ADDR *addr,
			          unsigned port)
{
    smtp_session_attach(session, fd);
    smtp_session_names(session, addr->name, addr->addr, port);
    session->features = 0;
    session->size_limit = 0;
    session->sasl_mechs[0] = 0;
    session->reuse_count = 0;
    session->start_time = time((time_t *) 0);
}

/* smtp_session_labels - the cache keys */

void    smtp_session_labels(SMTP_SESSION *session, const char *service,
			            const char *nexthop, const char *sender,
			            const char *addr, unsigned port)
{
    if (!smtp_par.sender_dependent_authentication)
	sender = "";
    if (nexthop)
	snprintf(session->dest_label, sizeof(session->dest_label),
		 "%s:%s%s%s", service, nexthop, *sender ? ":" : "", sender);
    if (addr)
	snprintf(session->endp_label, sizeof(session->endp_label),
		 "%s:%s:%u%s%s", service, addr, port, *sender ? ":" : "",
		 sender);
}

/* smtp_session_save - hand the connection to the cache */

static int smtp_session_save(SMTP_SESSION *session)
{
    VSTREAM *stream = session->stream;
    time_t  now = time((time_t *) 0);

    if (!session->may_cache || vstream_ferror(stream) || vstream_feof(stream)
	|| vstream_fflush(stream) != 0
	|| stream->rptr < stream->rend
	|| now - session->start_time >= smtp_par.connection_reuse_time_limit
	|| (smtp_par.connection_reuse_count_limit > 0
	    && session->reuse_count + 1 >= smtp_par.connection_reuse_count_limit)
	|| session->endp_label[0] == 0)
	return (-1);
    vstring_sprintf(smtp_session_prop, "%s\t%s\t%u\t%d\t%ld\t%d\t%lld\t%s",
		    session->host, session->addr, session->port,
		    session->features & ~SMTP_FEATURE_FROM_CACHE,
		    session->size_limit, session->reuse_count + 1,
		    (long long) session->start_time, session->sasl_mechs);
    if (vstring_overflowed(smtp_session_prop)
	|| scache_save_endp(smtp_par.connection_cache_time_limit,
			    session->endp_label,
			    vstring_str(smtp_session_prop),
			    vstream_fileno(stream)) != 0)
	return (-1);
    if (session->dest_label[0])
	(void) scache_save_dest(smtp_par.connection_cache_time_limit,
				session->dest_label, "",
				session->endp_label);
    return (0);
}

/* smtp_session_close - cache or close the connection */

void    smtp_session_close(SMTP_SESSION *session)
{
    if (session->stream == 0)
	return;
    (void) smtp_session_save(session);
    (void) vstream_fclose(session->stream);
    session->stream = 0;
    session->dest_label[0] = 0;
    session->endp_label[0] = 0;
}

/* smtp_session_number - one decimal field of a property string */

static int smtp_session_number(const char *field, long long min,
			               long long max, long long *value)
{
    char   *end;

    if (*field < '0' || *field > '9')
	return (-1);
    *value = strtoll(field, &end, 10);
    return (*end == 0 && *value >= min && *value <= max ? 0 : -1);
}

/* smtp_session_parse - fill the session from endpoint properties */

static int smtp_session_parse(SMTP_SESSION *session, char *prop)
{
    char   *field[8];
    char   *cp = prop;
    long long port, features, size_limit, reuse_count, start_time;
    int     n;

    for (n = 0; n < 8; n++) {
	field[n] = cp;
	if (n < 7) {
	    if ((cp = strchr(cp, '\t')) == 0)
		return (-1);
	    *cp++ = 0;
	}
    }
    if (*field[0] == 0 || *field[1] == 0
	|| smtp_session_number(field[2], 0, 65535, &port) != 0
	|| smtp_session_number(field[3], 0, 0x7fffffff, &features) != 0
	|| smtp_session_number(field[4], 0, 0x7fffffff, &size_limit) != 0
	|| smtp_session_number(field[5], 1, 0x7fffffff, &reuse_count) != 0
	|| smtp_session_number(field[6], 0, 0x7fffffffffffLL, &start_time) != 0
	|| strlen(field[7]) >= sizeof(session->sasl_mechs))
	return (-1);
    smtp_session_names(session, field[0], field[1], (unsigned) port);
    session->features = (int) features | SMTP_FEATURE_FROM_CACHE;
    session->size_limit = (long) size_limit;
    session->reuse_count = (int) reuse_count;
    session->start_time = (time_t) start_time;
    memcpy(session->sasl_mechs, field[7], strlen(field[7]) + 1);
    return (0);
}

/* smtp_session_reuse - take a connection from the cache */

int     smtp_session_reuse(SMTP_SESSION *session, const char *dest_label,
			           const char *endp_label)
{
    int     fd;

    if (dest_label != 0)
	fd = scache_find_dest(dest_label, smtp_session_dprop,
			      smtp_session_prop);
    else
	fd = scache_find_endp(endp_label, smtp_session_prop);
    if (fd < 0)
	return (-1);
    smtp_session_attach(session, fd);
    if (smtp_session_parse(session, vstring_str(smtp_session_prop)) != 0) {
	msg_warn("connection cache returned bad properties for %s",
		 dest_label ? dest_label : endp_label);
	(void) vstream_fclose(session->stream);
	session->stream = 0;
	return (-1);
    }
    return (0);
}
