/*++
/* NAME
/*	scache 3h
/* SUMMARY
/*	client of the scache(8) connection cache
/* SYNOPSIS
/*	#include <scache.h>
/* DESCRIPTION
/*	A delivery agent that has finished with an open connection can
/*	park it in the scache(8) daemon, and any delivery agent of the
/*	same kind can take it out again for the next delivery. The
/*	descriptor itself travels over the daemon's unix-domain socket
/*	(SCM_RIGHTS, see fd_pass(3h)).
/*
/*	Connections are kept under an endpoint label (one server
/*	address and port: "smtp:192.0.2.1:25", say) with an endpoint
/*	property string (what the agent needs to resume the session:
/*	server name, features, reuse count...). A destination label
/*	(one nexthop: "smtp:example.com:25") may in addition point to
/*	the endpoint label of the last connection that was saved for
/*	it, with a destination property string. Labels and properties
/*	are opaque to the cache; the agent makes them.
/*
/*	scache_save_endp() hands a connection to the cache for at most
/*	ttl seconds. The cache gets a copy of the descriptor: the
/*	caller closes its own either way (vstream_fclose()).
/*	It returns 0 when the cache took it, -1 otherwise.
/*
/*	scache_find_endp() takes a connection out of the cache: the
/*	most recent one saved under the label. It returns the
/*	descriptor, with the endpoint properties in endp_prop, or -1
/*	when there is none (or the cache cannot be reached).
/*
/*	scache_save_dest() records for ttl seconds that dest_label can
/*	use connections saved under endp_label; returns 0 or -1.
/*
/*	scache_find_dest() looks up the endpoint label of dest_label
/*	and takes a connection out for it: the descriptor, with the
/*	destination properties in dest_prop and the endpoint
/*	properties in endp_prop, or -1.
/*
/*	Each call connects to the service named by
/*	connection_cache_service_name in the private class (once, then
/*	keeps the connection; a broken connection is reopened on the
/*	next call) and waits at most connection_cache_protocol_timeout
/*	seconds for each step. A cache that cannot be reached is
/*	logged once per process as a warning and is otherwise the same
/*	as an empty cache: delivery never depends on it. The program
/*	initializes the params_scache table (mail_params_init()).
/*
/*	Labels are at most SCACHE_LABEL_MAX bytes and properties at
/*	most SCACHE_PROP_MAX bytes, without newline; longer ones are
/*	refused (-1).
/*
/*	scache_close() drops the connection to the daemon.
/* PROTOCOL
/*	Every message, in both directions, starts with one NUL byte
/*	sent with sendmsg(2) and read with recvmsg(2) (fd_send() and
/*	fd_recv(), fd_pass(3h)); that byte carries the descriptor when
/*	the message has one. An attribute list (attr(3h)) follows. The
/*	receiver reads the byte while its stream buffer is empty, and
/*	only then reads the list through the buffered stream, so that
/*	a buffered read never swallows the byte of a descriptor (the
/*	kernel would discard the descriptor). A client sends the next
/*	request only after it has read the whole reply; input that
/*	arrives before the reply (pipelining) is a protocol error.
/*
/*	Requests, attributes in this order:
/* .IP save_endp
/*	"request", "ttl", "label", "prop"; the byte carries the
/*	connection.
/* .IP find_endp
/*	"request", "label".
/* .IP save_dest
/*	"request", "ttl", "label", "prop", "endp_label".
/* .IP find_dest
/*	"request", "label".
/* .PP
/*	Replies: "status" (0 ok, -1 not found or refused); a find_endp
/*	reply also has "prop", a find_dest reply "prop" and
/*	"endp_prop" (empty when the status is -1). The byte of a find
/*	reply with status 0 carries the connection. A malformed
/*	request (a bad list, an unknown request, a descriptor missing
/*	or where none belongs) gets status -1 and the connection is
/*	closed.
/*--*/

#ifndef _SCACHE_H_INCLUDED_
#define _SCACHE_H_INCLUDED_

#include <vstring.h>

#define SCACHE_REQ_SAVE_ENDP	"save_endp"
#define SCACHE_REQ_FIND_ENDP	"find_endp"
#define SCACHE_REQ_SAVE_DEST	"save_dest"
#define SCACHE_REQ_FIND_DEST	"find_dest"

#define SCACHE_ATTR_REQ		"request"
#define SCACHE_ATTR_TTL		"ttl"
#define SCACHE_ATTR_LABEL	"label"
#define SCACHE_ATTR_PROP	"prop"
#define SCACHE_ATTR_ENDP_LABEL	"endp_label"
#define SCACHE_ATTR_ENDP_PROP	"endp_prop"
#define SCACHE_ATTR_STATUS	"status"

#define SCACHE_LABEL_MAX	512	/* longest label */
#define SCACHE_PROP_MAX		1024	/* longest property string */

extern int scache_save_endp(int ttl, const char *endp_label,
			            const char *endp_prop, int fd);
extern int scache_find_endp(const char *endp_label, VSTRING *endp_prop);
extern int scache_save_dest(int ttl, const char *dest_label,
			            const char *dest_prop, const char *endp_label);
extern int scache_find_dest(const char *dest_label, VSTRING *dest_prop,
			            VSTRING *endp_prop);
extern void scache_close(void);

#endif
