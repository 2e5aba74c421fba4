/*++
/* NAME
/*	scache_client 3
/* SUMMARY
/*	client of the scache(8) connection cache
/* SYNOPSIS
/*	#include <scache.h>
/*
/*	int	scache_save_endp(ttl, endp_label, endp_prop, fd)
/*	int	ttl;
/*	const char *endp_label;
/*	const char *endp_prop;
/*	int	fd;
/*
/*	int	scache_find_endp(endp_label, endp_prop)
/*	const char *endp_label;
/*	VSTRING	*endp_prop;
/*
/*	int	scache_save_dest(ttl, dest_label, dest_prop, endp_label)
/*	int	ttl;
/*	const char *dest_label;
/*	const char *dest_prop;
/*	const char *endp_label;
/*
/*	int	scache_find_dest(dest_label, dest_prop, endp_prop)
/*	const char *dest_label;
/*	VSTRING	*dest_prop;
/*	VSTRING	*endp_prop;
/*
/*	void	scache_close()
/* DESCRIPTION
/*	The interface is described in scache(3h). Notes on this
/*	implementation:
/*
/*	One connection per process, in a stream and buffer that are
/*	allocated at the first call. The connection is made without
/*	waiting (a cache whose backlog is full counts as unreachable),
/*	and every read and write on it, including the descriptor
/*	messages, waits at most connection_cache_protocol_timeout.
/*
/*	Descriptors and buffering: each message starts with one byte
/*	that carries the descriptor, if any (scache(3h), PROTOCOL).
/*	The request's byte goes out before the attribute list, and
/*	the reply's byte is read with fd_recv(), which reads that one
/*	byte from the socket, before the reply list is read through
/*	the stream. The stream's read buffer is empty at that moment:
/*	the daemon sends nothing that was not asked for, and the
/*	previous reply was read to its end. A stream that still holds
/*	input is a protocol error. So the stream never reads ahead
/*	into a descriptor's byte, which would make the kernel discard
/*	the descriptor.
/*
/*	A connection that was opened by an earlier call and turns out
/*	to be dead (the request could not be sent, or the reply ended
/*	before its first byte: the daemon restarted or exited idle) is
/*	opened again and the request repeated once, without a
/*	warning. Neither side can have acted on such a request: a
/*	descriptor in flight to a closed socket is discarded by the
/*	kernel, so a connection is never cached twice. Any other
/*	failure (no daemon, a time-out, a malformed reply) drops the
/*	connection, logs a warning the first time in the process
/*	(later ones only with -v), and the call returns -1.
/*
/*	scache_save_endp() leaves fd open: the daemon has its own copy,
/*	and the caller closes its copy whether the cache took it or not.
/*	A label or property string with a newline or above its size
/*	limit is not sent (a warning; -1).
/* DIAGNOSTICS
/*	Panic: a call before params_scache was initialized.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <iostuff.h>
#include <fd_pass.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <mail_connect.h>
#include <scache.h>

 /*
  * One request: what is sent and where the answers go.
  */
typedef struct SCACHE_CLIENT_REQ {
    const char *request;		/* SCACHE_REQ_* */
    int     ttl;			/* save requests */
    const char *label;			/* all requests */
    const char *prop;			/* save requests */
    const char *endp_label;		/* save_dest */
    int     fd;				/* save_endp: the connection */
    VSTRING *prop_out;			/* find requests */
    VSTRING *endp_prop_out;		/* find_dest */
} SCACHE_CLIENT_REQ;

 /*
  * Results of one exchange.
  */
#define SCACHE_CLIENT_OK	0	/* status received */
#define SCACHE_CLIENT_STALE	1	/* dead before the daemon could act */
#define SCACHE_CLIENT_FAIL	2	/* any other failure */

#define SCACHE_CLIENT_BUFSIZE	(2 * VSTREAM_BUFSIZE)

static VSTREAM *scache_client_stream;
static char *scache_client_buf;
static int scache_client_connected;
static int scache_client_warned;

/* scache_client_trouble - warn once per process, then only with -v */

static void scache_client_trouble(const char *what)
{
    if (!scache_client_warned) {
	scache_client_warned = 1;
	msg_warn("connection cache %s/%s: %s: %m (continuing without it)",
		 MAIL_CLASS_PRIVATE, var_connection_cache_service_name, what);
    } else if (msg_verbose) {
	msg_info("connection cache %s/%s: %s: %m", MAIL_CLASS_PRIVATE,
		 var_connection_cache_service_name, what);
    }
}

/* scache_close - drop the connection to the daemon */

void    scache_close(void)
{
    if (!scache_client_connected)
	return;
    vstream_fpurge(scache_client_stream, VSTREAM_PURGE_BOTH);
    (void) vstream_fclose(scache_client_stream);
    scache_client_connected = 0;
}

/* scache_client_open - connect unless connected */

static int scache_client_open(void)
{
    if (var_connection_cache_service_name == 0)
	msg_panic("scache client: params_scache is not initialized");
    if (scache_client_connected)
	return (0);
    if (scache_client_stream == 0) {
	scache_client_stream = (VSTREAM *) mymalloc(vstream_sizeof());
	scache_client_buf = mymalloc(SCACHE_CLIENT_BUFSIZE);
    }
    if (mail_connect_place(scache_client_stream, scache_client_buf,
			   SCACHE_CLIENT_BUFSIZE, MAIL_CLASS_PRIVATE,
			   var_connection_cache_service_name,
			   NON_BLOCKING) < 0) {
	scache_client_trouble("connect");
	return (-1);
    }
    vstream_set_timeout(scache_client_stream,
			var_connection_cache_protocol_timeout);
    scache_client_connected = 1;
    return (0);
}

/* scache_client_send - the byte, then the attribute list */

static int scache_client_send(VSTREAM *fp, const SCACHE_CLIENT_REQ *req)
{
    int     sock = vstream_fileno(fp);

    if (req->fd >= 0) {
	if (write_wait(sock, var_connection_cache_protocol_timeout) < 0
	    || fd_send(sock, req->fd) < 0)
	    return (-1);
    } else if (VSTREAM_PUTC(0, fp) == VSTREAM_EOF) {
	return (-1);
    }
    if (strcmp(req->request, SCACHE_REQ_SAVE_ENDP) == 0)
	return (attr_print(fp, ATTR_FLAG_NONE,
			   SEND_ATTR_STR(SCACHE_ATTR_REQ, req->request),
			   SEND_ATTR_INT(SCACHE_ATTR_TTL, req->ttl),
			   SEND_ATTR_STR(SCACHE_ATTR_LABEL, req->label),
			   SEND_ATTR_STR(SCACHE_ATTR_PROP, req->prop),
			   ATTR_TYPE_END));
    if (strcmp(req->request, SCACHE_REQ_SAVE_DEST) == 0)
	return (attr_print(fp, ATTR_FLAG_NONE,
			   SEND_ATTR_STR(SCACHE_ATTR_REQ, req->request),
			   SEND_ATTR_INT(SCACHE_ATTR_TTL, req->ttl),
			   SEND_ATTR_STR(SCACHE_ATTR_LABEL, req->label),
			   SEND_ATTR_STR(SCACHE_ATTR_PROP, req->prop),
			 SEND_ATTR_STR(SCACHE_ATTR_ENDP_LABEL, req->endp_label),
			   ATTR_TYPE_END));
    return (attr_print(fp, ATTR_FLAG_NONE,
		       SEND_ATTR_STR(SCACHE_ATTR_REQ, req->request),
		       SEND_ATTR_STR(SCACHE_ATTR_LABEL, req->label),
		       ATTR_TYPE_END));
}

/* scache_client_scan - the reply's attribute list */

static int scache_client_scan(VSTREAM *fp, const SCACHE_CLIENT_REQ *req,
			              int *status)
{
    if (req->endp_prop_out != 0)
	return (attr_scan(fp, ATTR_FLAG_STRICT,
			  RECV_ATTR_INT(SCACHE_ATTR_STATUS, status),
			  RECV_ATTR_STR(SCACHE_ATTR_PROP, req->prop_out),
			RECV_ATTR_STR(SCACHE_ATTR_ENDP_PROP, req->endp_prop_out),
			  ATTR_TYPE_END) == 3 ? 0 : -1);
    if (req->prop_out != 0)
	return (attr_scan(fp, ATTR_FLAG_STRICT,
			  RECV_ATTR_INT(SCACHE_ATTR_STATUS, status),
			  RECV_ATTR_STR(SCACHE_ATTR_PROP, req->prop_out),
			  ATTR_TYPE_END) == 2 ? 0 : -1);
    return (attr_scan(fp, ATTR_FLAG_STRICT,
		      RECV_ATTR_INT(SCACHE_ATTR_STATUS, status),
		      ATTR_TYPE_END) == 1 ? 0 : -1);
}

/* scache_client_exchange - one request and its reply */

static int scache_client_exchange(const SCACHE_CLIENT_REQ *req, int *status,
				          int *fdp)
{
    VSTREAM *fp = scache_client_stream;
    int     fd;

    *fdp = -1;
    if (scache_client_send(fp, req) < 0)
	return (errno == ETIMEDOUT ? SCACHE_CLIENT_FAIL : SCACHE_CLIENT_STALE);
    if (vstream_peek(fp) != 0) {
	errno = EPROTO;
	return (SCACHE_CLIENT_FAIL);
    }
    if ((fd = fd_recv(vstream_fileno(fp),
		      var_connection_cache_protocol_timeout)) < 0) {
	if (errno == ECONNRESET)
	    return (SCACHE_CLIENT_STALE);
	if (errno != EBADMSG)
	    return (SCACHE_CLIENT_FAIL);
    }
    if (scache_client_scan(fp, req, status) < 0
	|| (*status != 0 && *status != -1)
	|| (fd >= 0) != (req->prop_out != 0 && *status == 0)) {
	if (fd >= 0)
	    (void) close(fd);
	errno = EPROTO;
	return (SCACHE_CLIENT_FAIL);
    }
    *fdp = fd;
    return (SCACHE_CLIENT_OK);
}

/* scache_client_call - one request, with one retry on a stale connection */

static int scache_client_call(const SCACHE_CLIENT_REQ *req, int *fdp)
{
    int     status = -1;
    int     reused;
    int     result;

    for (;;) {
	reused = scache_client_connected;
	if (scache_client_open() < 0)
	    return (-1);
	if ((result = scache_client_exchange(req, &status, fdp))
	    == SCACHE_CLIENT_OK)
	    return (status);
	scache_close();
	if (result != SCACHE_CLIENT_STALE || !reused) {
	    scache_client_trouble(req->request);
	    return (-1);
	}
	if (msg_verbose)
	    msg_info("connection cache: stale connection, trying again");
    }
}

/* scache_client_text_ok - a label or property string that can be sent */

static int scache_client_text_ok(const char *what, const char *text,
				         size_t limit)
{
    if (strlen(text) > limit || strchr(text, '\n') != 0) {
	msg_warn("connection cache: %s too long or with a newline: not sent",
		 what);
	return (0);
    }
    return (1);
}

/* scache_save_endp - hand a connection to the cache */

int     scache_save_endp(int ttl, const char *endp_label,
			         const char *endp_prop, int fd)
{
    SCACHE_CLIENT_REQ req;
    int     status = -1;
    int     unused_fd;

    if (scache_client_text_ok("endpoint label", endp_label, SCACHE_LABEL_MAX)
	&& scache_client_text_ok("endpoint properties", endp_prop,
				 SCACHE_PROP_MAX)) {
	memset(&req, 0, sizeof(req));
	req.request = SCACHE_REQ_SAVE_ENDP;
	req.ttl = ttl;
	req.label = endp_label;
	req.prop = endp_prop;
	req.fd = fd;
	status = scache_client_call(&req, &unused_fd);
    }
    return (status);
}

/* scache_find_endp - take a connection out of the cache */

int     scache_find_endp(const char *endp_label, VSTRING *endp_prop)
{
    SCACHE_CLIENT_REQ req;
    int     fd;

    if (!scache_client_text_ok("endpoint label", endp_label, SCACHE_LABEL_MAX))
	return (-1);
    memset(&req, 0, sizeof(req));
    req.request = SCACHE_REQ_FIND_ENDP;
    req.label = endp_label;
    req.fd = -1;
    req.prop_out = endp_prop;
    return (scache_client_call(&req, &fd) == 0 ? fd : -1);
}

/* scache_save_dest - bind a destination to an endpoint */

int     scache_save_dest(int ttl, const char *dest_label,
			         const char *dest_prop, const char *endp_label)
{
    SCACHE_CLIENT_REQ req;
    int     unused_fd;

    if (!scache_client_text_ok("destination label", dest_label,
			       SCACHE_LABEL_MAX)
	|| !scache_client_text_ok("destination properties", dest_prop,
				  SCACHE_PROP_MAX)
	|| !scache_client_text_ok("endpoint label", endp_label,
				  SCACHE_LABEL_MAX))
	return (-1);
    memset(&req, 0, sizeof(req));
    req.request = SCACHE_REQ_SAVE_DEST;
    req.ttl = ttl;
    req.label = dest_label;
    req.prop = dest_prop;
    req.endp_label = endp_label;
    req.fd = -1;
    return (scache_client_call(&req, &unused_fd));
}

/* scache_find_dest - take a connection out for a destination */

int     scache_find_dest(const char *dest_label, VSTRING *dest_prop,
			         VSTRING *endp_prop)
{
    SCACHE_CLIENT_REQ req;
    int     fd;

    if (!scache_client_text_ok("destination label", dest_label,
			       SCACHE_LABEL_MAX))
	return (-1);
    memset(&req, 0, sizeof(req));
    req.request = SCACHE_REQ_FIND_DEST;
    req.label = dest_label;
    req.fd = -1;
    req.prop_out = dest_prop;
    req.endp_prop_out = endp_prop;
    return (scache_client_call(&req, &fd) == 0 ? fd : -1);
}
