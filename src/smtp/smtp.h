/*++
/* NAME
/*	smtp 3h
/* SUMMARY
/*	the SMTP/LMTP client: state shared by its modules
/* SYNOPSIS
/*	#include "smtp.h"
/* DESCRIPTION
/*	One process delivers one request at a time (single_server): it
/*	parses the nexthop (smtp_dest.c), finds the servers to try
/*	(smtp_addr.c, through dns(3h)), connects or takes a cached
/*	connection (smtp_connect.c, smtp_session.c, scache(3h)), talks
/*	SMTP or LMTP (smtp_proto.c, smtp_data.c, smtp_sasl*.c, over
/*	smtp_chat.c and smtp_reply.c), and reports each recipient's
/*	outcome (smtp_status.c). smtp.c is the daemon around it.
/*
/*	Everything the per-request path uses is made once at start-up
/*	(smtp_state_create()): the state, one session, the address
/*	list, fixed-capacity buffers. Nothing grows per message.
/*
/*	Module boundaries follow the data: a module changes only its
/*	own part of the state, except that every module may report
/*	recipients through smtp_status.c.
/*--*/

#ifndef _SMTP_H_INCLUDED_
#define _SMTP_H_INCLUDED_

#include <sys_defs.h>
#include <sys/socket.h>
#include <netinet/in.h>

#include <vstream.h>
#include <vstring.h>
#include <deliver_request.h>
#include <dsn_buf.h>
#include <dns.h>

#define SMTP_NAME_SIZE		DNS_NAME_SIZE	/* a host or domain name */
#define SMTP_ADDR_TEXT_SIZE	110	/* numeric address or unix path */
#define SMTP_NAMADDR_SIZE	(SMTP_NAME_SIZE + SMTP_ADDR_TEXT_SIZE + 10)
#define SMTP_REPLY_TEXT_LIMIT	2048	/* reply text kept; the rest is read
					 * and dropped */
#define SMTP_REPLY_LINE_LIMIT	2048	/* longest reply line kept */

/* ------------------------------------------------------------------ */
/* Destinations (smtp_dest.c)                                         */
/* ------------------------------------------------------------------ */

 /*
  * What a nexthop asks for. SMTP: "domain[:port]" (MX), "[host][:port]"
  * (HOST), "[address][:port]" and "[ipv6:address][:port]" (ADDR). LMTP:
  * "unix:path" (UNIX), "inet:host[:port]" (HOST: LMTP never looks up
  * MX), "inet:[address][:port]" (ADDR); a bare LMTP nexthop is taken as
  * "inet:". The port is a number or one of the service names smtp (25),
  * submission (587), smtps (465), lmtp (24).
  */
#define SMTP_DEST_MX	1
#define SMTP_DEST_HOST	2
#define SMTP_DEST_ADDR	3
#define SMTP_DEST_UNIX	4

typedef struct SMTP_DEST {
    int     kind;			/* SMTP_DEST_* */
    char    host[SMTP_NAME_SIZE];	/* domain, host, or address text
					 * (without "ipv6:") */
    char    path[SMTP_ADDR_TEXT_SIZE];	/* UNIX: the socket path */
    unsigned port;			/* host byte order; 0 for UNIX */
} SMTP_DEST;

 /*
  * smtp_dest_parse() fills in dest from nexthop; def_port is the port
  * when none is given. Returns 0, or -1 with a one-line reason in why
  * ("bad destination syntax: ...", "unknown service: ...", "bad
  * numerical address: ...", "socket pathname too long: ...").
  */
extern int smtp_dest_parse(SMTP_DEST *dest, const char *nexthop, int lmtp,
			           unsigned def_port, VSTRING *why);

 /*
  * smtp_dest_service() converts a port number or one of the service names
  * above (smtp_tcp_port, lmtp_tcp_port): 0, or -1 with a reason in why.
  */
extern int smtp_dest_service(const char *service, unsigned *port,
			             VSTRING *why);

/* ------------------------------------------------------------------ */
/* Server addresses to try (smtp_addr.c)                              */
/* ------------------------------------------------------------------ */

typedef struct SMTP_ADDR {
    char    name[SMTP_NAME_SIZE];	/* server name for logs and DSNs */
    char    addr[SMTP_ADDR_TEXT_SIZE];	/* numeric address or unix path */
    unsigned pref;			/* MX preference, 0 otherwise */
    struct sockaddr_storage sa;		/* address with port (not UNIX) */
    socklen_t sa_len;			/* 0 for UNIX */
} SMTP_ADDR;

typedef struct SMTP_ADDR_LIST {
    SMTP_ADDR *addr;			/* the addresses, in the order to try */
    int     count;			/* in use */
    int     limit;			/* capacity */
    int     fallback;			/* addr[fallback..] are from
					 * smtp_fallback_relay, or count */
} SMTP_ADDR_LIST;

 /*
  * smtp_addr_lookup() fills the list for dest: MX records sorted by
  * preference (equal preferences shuffled), each host's addresses per
  * inet_protocols and smtp_address_preference, cut at
  * smtp_mx_address_limit; hosts by smtp_host_lookup; then the
  * smtp_fallback_relay destinations. Records that point to this
  * machine are not handled specially (a forwarder has no local
  * delivery to loop to). Returns 0 with at least one address, or -1
  * with the failure in why (status and reason, Postfix's texts: "Host
  * or domain name not found. Name service error for name=... type=MX:
  * Host not found, try again" with 4.4.3, "... Host not found" with
  * 5.4.4, "Domain example.com does not accept mail (nullMX)" with
  * 5.1.10, ...).
  */
extern void smtp_addr_init(SMTP_ADDR_LIST *list, int limit);
extern int smtp_addr_lookup(SMTP_ADDR_LIST *list, const SMTP_DEST *dest,
			            DSN_BUF *why);

/* ------------------------------------------------------------------ */
/* One server reply (smtp_reply.c)                                    */
/* ------------------------------------------------------------------ */

 /*
  * A reply as read: code 200..599 for a well-formed reply; code 0 for
  * a malformed one (a line that is not three digits followed by a
  * blank, a hyphen or the end of the line; the text is kept and is a
  * protocol error to the caller); code -1 when nothing complete
  * arrived (io_error says why). str holds every line, code included,
  * joined with '\n', at most SMTP_REPLY_TEXT_LIMIT bytes, non-printable
  * bytes (NUL, controls, 8-bit) replaced by '?'. dsn is the enhanced
  * status of the first line when its class agrees with the code,
  * otherwise the code's default ("4.5.0" for code 0 and -1).
  */
#define SMTP_IO_NONE	0
#define SMTP_IO_EOF	1		/* connection closed */
#define SMTP_IO_TIME	2		/* deadline passed */
#define SMTP_IO_ERR	3		/* read or write error */

typedef struct SMTP_RESP {
    int     code;			/* 200..599, 0 malformed, -1 none */
    char    dsn[DSN_STATUS_SIZE];	/* enhanced status */
    VSTRING *str;			/* full text, lines joined by '\n' */
    const char *text;			/* first line after code and status */
    int     lines;			/* lines read (also those dropped) */
    int     io_error;			/* SMTP_IO_* when code is -1 */
} SMTP_RESP;

 /*
  * smtp_reply_create() makes the buffers once. smtp_reply_read() reads
  * one complete reply from fp within fp's deadline: reply lines of any
  * length (kept up to SMTP_REPLY_LINE_LIMIT), any number of lines (kept
  * up to SMTP_REPLY_TEXT_LIMIT). A malformed line ends the reply.
  * Returns resp->code. smtp_reply_line() classifies one line: 1 for a
  * well-formed last line, 2 for a well-formed continuation line ("250-"),
  * 0 for a malformed one; *code gets the number when well-formed.
  */
extern SMTP_RESP *smtp_reply_create(void);
extern int smtp_reply_read(VSTREAM *fp, SMTP_RESP *resp);
extern int smtp_reply_line(const char *line, size_t len, int *code);

/* ------------------------------------------------------------------ */
/* One connection (smtp_session.c)                                    */
/* ------------------------------------------------------------------ */

 /*
  * Server features from the EHLO reply (or from the cache).
  */
#define SMTP_FEATURE_ESMTP		(1<<0)
#define SMTP_FEATURE_8BITMIME		(1<<1)
#define SMTP_FEATURE_PIPELINING		(1<<2)
#define SMTP_FEATURE_SIZE		(1<<3)
#define SMTP_FEATURE_DSN		(1<<4)
#define SMTP_FEATURE_ENHANCEDSTATUSCODES (1<<5)
#define SMTP_FEATURE_SMTPUTF8		(1<<6)
#define SMTP_FEATURE_AUTH		(1<<7)
#define SMTP_FEATURE_FROM_CACHE		(1<<20)	/* session was reused */
#define SMTP_FEATURE_AUTH_DONE		(1<<21)	/* AUTH succeeded */

 /*
  * Errors seen during the session, for notify_classes (MAIL_ERROR_*
  * values as the postmaster notices use them).
  */
#define SMTP_ERROR_PROTOCOL	(1<<0)	/* "protocol" class */
#define SMTP_ERROR_SOFTWARE	(1<<1)	/* "software" class */
#define SMTP_ERROR_RESOURCE	(1<<2)	/* "resource" class */

typedef struct SMTP_SESSION {
    VSTREAM *stream;			/* the connection, or null */
    char    host[SMTP_NAME_SIZE];	/* server name */
    char    addr[SMTP_ADDR_TEXT_SIZE];	/* numeric address or unix path */
    unsigned port;			/* 0 for UNIX */
    char    namaddr[SMTP_NAMADDR_SIZE];	/* "host[addr]" */
    char    namaddrport[SMTP_NAMADDR_SIZE + 12];	/* "host[addr]:port", the
						 * log's relay= (namaddr
						 * for UNIX) */
    char    dest_label[SMTP_NAMADDR_SIZE];	/* scache destination key */
    char    endp_label[SMTP_NAMADDR_SIZE];	/* scache endpoint key */
    int     features;			/* SMTP_FEATURE_* */
    long    size_limit;			/* SIZE value, 0 when none */
    char    sasl_mechs[256];		/* AUTH mechanisms offered */
    int     reuse_count;		/* times used before this one */
    time_t  start_time;			/* connection time */
    int     error_mask;			/* SMTP_ERROR_* seen */
    int     may_cache;			/* may be saved after the delivery */
    int     debug;			/* debug_peer_list matched: log the
					 * conversation */
    VSTRING *transcript;		/* conversation, for notices (fixed) */
} SMTP_SESSION;

 /*
  * smtp_session_create() makes the one session of the process, with
  * its stream buffers. smtp_session_open() starts a session on the
  * connected descriptor fd with the server at addr (reuse_count 0);
  * smtp_session_close() closes
  * the connection, or, when may_cache is set and the reuse limits
  * allow, hands it to scache(8) (smtp_session_save()).
  * smtp_session_reuse() takes a cached connection for the nexthop
  * (dest_label) or the address (endp_label): 0 and the session filled
  * in from the cache's properties, or -1 when there is none.
  * smtp_session_labels() makes the scache labels of the session from
  * the service name, the request's nexthop (null: leave the
  * destination label), the sender (used only with
  * smtp_sender_dependent_authentication) and the address and port
  * (null: leave the endpoint label).
  * The caller copies session->reuse_count into the request's
  * msg_stats.reuse_count, and the time the session was ready into
  * msg_stats.conn_setup_done, so that log_adhoc(3h) shows conn_use=N
  * and the delays= split. smtp_session_open() also sets debug from
  * debug_peer_list (name or address).
  */
extern SMTP_SESSION *smtp_session_create(void);
extern void smtp_session_open(SMTP_SESSION *, int fd, const SMTP_ADDR *,
			              unsigned port);
extern void smtp_session_close(SMTP_SESSION *);
extern int smtp_session_reuse(SMTP_SESSION *, const char *dest_label,
			              const char *endp_label);
extern void smtp_session_labels(SMTP_SESSION *, const char *service,
				        const char *nexthop, const char *sender,
				        const char *addr, unsigned port);

/* ------------------------------------------------------------------ */
/* Commands and replies on a session (smtp_chat.c)                    */
/* ------------------------------------------------------------------ */

 /*
  * smtp_chat_cmd() queues one command line (CRLF added) on the
  * session's stream without flushing (pipelining flushes when it is
  * time to read); it is logged when debug_peer_list matches, and it
  * is kept in the transcript. smtp_chat_flush() flushes; 0 or -1 with
  * the SMTP_IO_* condition. smtp_chat_resp() flushes, then reads one
  * reply within the current deadline, logs/transcribes it, and returns
  * the session's reply buffer (resp->code -1: see resp->io_error).
  * smtp_chat_deadline() sets the time limit, in seconds from now, for
  * all I/O until the next call (the timeout parameter of the command
  * being sent: smtp_helo_timeout, ...). A reply is always read under
  * such a deadline, so that a server that drips one byte at a time
  * cannot hold the client past the command's timeout.
  * smtp_chat_timeout() instead limits each single read or write
  * (message content: smtp_data_xfer_timeout, unless
  * smtp_per_request_deadline makes it a deadline for the whole
  * content). smtp_chat_reset() empties the transcript (start of a new
  * session). smtp_chat_notify() mails the transcript to
  * error_notice_recipient when the session's error_mask has a class
  * that notify_classes lists ("protocol", "software", "resource"),
  * through cleanup(8) as Postfix's "Postfix SMTP client: errors from
  * host[addr]" notice, and then clears error_mask.
  */
extern void PRINTFLIKE(2, 3) smtp_chat_cmd(SMTP_SESSION *, const char *,...);
extern int smtp_chat_flush(SMTP_SESSION *);
extern SMTP_RESP *smtp_chat_resp(SMTP_SESSION *);
extern void smtp_chat_deadline(SMTP_SESSION *, int);
extern void smtp_chat_timeout(SMTP_SESSION *, int);
extern void smtp_chat_reset(SMTP_SESSION *);
extern void smtp_chat_notify(SMTP_SESSION *);

/* ------------------------------------------------------------------ */
/* The delivery state (smtp.c makes it; everybody uses it)            */
/* ------------------------------------------------------------------ */

 /*
  * Per-recipient progress, one int per request recipient.
  */
#define SMTP_RCPT_DONE		(1<<0)	/* finished: sent, bounced, or
					 * deferred for good */
#define SMTP_RCPT_ACCEPTED	(1<<1)	/* RCPT accepted in this
					 * transaction */

typedef struct SMTP_STATE {
    DELIVER_REQUEST *request;		/* the current request */
    const char *service;		/* master.cf service name */
    int     lmtp;			/* speak LMTP */
    SMTP_DEST dest;			/* the parsed nexthop */
    SMTP_ADDR_LIST addrs;		/* servers to try */
    SMTP_SESSION *session;		/* the process's one session */
    int    *rcpt_flags;			/* SMTP_RCPT_* per recipient */
    int     rcpt_left;			/* recipients not DONE */
    int     final_server;		/* this server is the last one:
					 * temporary errors are final */
    int     status;			/* DEL_STAT_OK or DEL_STAT_DEFER */
    int     hop_failed;			/* no server took part: the failure
					 * is the whole nexthop's */
    DSN_BUF *why;			/* last failure, for the log/DSN */
    VSTRING *buf;			/* scratch, fixed */
    VSTRING *buf2;			/* scratch, fixed */
} SMTP_STATE;

extern SMTP_STATE *smtp_state_create(const char *service, int lmtp,
				             int rcpt_limit);

/* ------------------------------------------------------------------ */
/* Connections (smtp_connect.c)                                       */
/* ------------------------------------------------------------------ */

 /*
  * smtp_connect() delivers the request: for each address in
  * state->addrs (a cached session first, when allowed), connect
  * (smtp_connect_timeout, smtp_bind_address[6]), run the protocol
  * (smtp_helo(), smtp_xfer(), smtp_quit() or the session goes to the
  * cache), and stop when no recipient is left, when a server gave a
  * final answer, or after smtp_mx_session_limit sessions. A connect
  * failure is logged as "connect to host[addr]:port: reason" and the
  * next address is tried. The last address sets final_server. When
  * nothing could be tried at all, every recipient gets state->why.
  */
extern void smtp_connect(SMTP_STATE *);

/* ------------------------------------------------------------------ */
/* The protocol (smtp_proto.c, smtp_data.c, smtp_sasl*.c)             */
/* ------------------------------------------------------------------ */

 /*
  * smtp_helo() reads the greeting (unless the session came from the
  * cache), sends EHLO/HELO/LHLO, records the features, drops those in
  * smtp_discard_ehlo_keywords / ..._address_maps, and authenticates
  * when smtp_sasl_auth_enable is set. smtp_xfer() sends one message:
  * MAIL FROM, RCPT TO for each recipient not DONE, DATA, the content,
  * the final dot (pipelined when the server offers PIPELINING), and
  * maps the replies to recipients; for LMTP, one reply per accepted
  * recipient after the dot. smtp_rset() and smtp_quit() end a
  * transaction or the session.
  *
  * All return 0 when the session may go on, -1 when it must not (the
  * recipients were reported through smtp_status.c, or left for the
  * next server; the session is then closed by the caller without
  * QUIT when the connection broke).
  */
extern int smtp_helo(SMTP_STATE *);
extern int smtp_xfer(SMTP_STATE *);
extern int smtp_rset(SMTP_STATE *);
extern int smtp_quit(SMTP_STATE *);

 /*
  * smtp_data_send() writes the message content from the queue file to
  * the session: header and body, with smtp_generic_maps applied to
  * the addresses in From:, To:, Cc:, Reply-To: and the other address
  * headers, smtp_header_checks and smtp_body_checks (regexp:/cidr:
  * tables; the actions header_checks(5) allows the client: REPLACE,
  * PREPEND, IGNORE, STRIP, WARN, INFO, DUNNO, OK; any other action is
  * logged as a warning and ignored), lines longer than
  * smtp_line_length_limit broken with CRLF SPACE (in headers and body
  * alike, as postconf(5) documents), leading dots doubled, CRLF line
  * ends. Returns 0, or -1 with the failure in state->why (a queue file
  * read error: 4.3.0) or the SMTP_IO_* condition of the session's
  * stream (the caller reports it with smtp_io_why()). smtp_data_init()
  * opens the tables once at start-up.
  */
extern int smtp_data_send(SMTP_STATE *, int *io_error);
extern void smtp_data_init(void);

 /*
  * smtp_generic_maps (smtp_map.c), for the envelope (smtp_proto.c) and
  * the address headers (smtp_data.c). smtp_map_init() opens the table
  * once, and smtp_discard_ehlo_keyword_address_maps with it (the other
  * table the client looks up by address). smtp_map_addr() looks addr
  * up as Postfix's generic(5) says (user@domain, user, @domain): 1
  * with the replacement in result, 0 with addr itself in result when
  * there is no entry (or no table), -1 on a table lookup error (the
  * caller defers with 4.3.0 "table lookup failure").
  */
extern void smtp_map_init(void);
extern int smtp_map_addr(const char *addr, VSTRING *result);

 /*
  * SASL (smtp_sasl.c): smtp_sasl_init() opens smtp_sasl_password_maps
  * (and the sender-dependent table) at start-up. smtp_sasl_auth()
  * authenticates the session when the server offered AUTH and a
  * password is known for the nexthop or the server name: 0 done (or
  * nothing to do), -1 failure with the reason in state->why (4.7.0
  * "SASL authentication failed; ...", or the server's code when
  * smtp_sasl_auth_soft_bounce is off).
  */
extern void smtp_sasl_init(void);
extern int smtp_sasl_auth(SMTP_STATE *);

 /*
  * SASL mechanisms (smtp_sasl_mech.c), free of I/O so that they can be
  * tested alone. smtp_sasl_mech_pick() chooses the first mechanism of
  * ours (CRAM-MD5, then PLAIN, then LOGIN) that the server offers, the
  * filter (smtp_sasl_mechanism_filter, empty: all) allows and the
  * security options (noplaintext refuses PLAIN and LOGIN when
  * encrypted is 0; noanonymous and nodictionary are always met, since
  * we have no anonymous mechanism, and CRAM-MD5 counts as acceptable
  * for nodictionary, as Postfix's Cyrus setup reports) permit; null
  * when none. smtp_sasl_mech_step() computes the response to a
  * challenge (step 0: the initial response, challenge null); the
  * challenge and response are decoded bytes, not base64. Returns 0, or
  * -1 for a challenge the mechanism cannot answer.
  */
extern const char *smtp_sasl_mech_pick(const char *offered,
				               const char *filter,
				               const char *security_options,
				               int encrypted);
extern int smtp_sasl_mech_step(const char *mech, int step,
			               const char *user, const char *passwd,
			               const char *challenge, size_t len,
			               VSTRING *response);

/* ------------------------------------------------------------------ */
/* Outcomes (smtp_status.c)                                           */
/* ------------------------------------------------------------------ */

 /*
  * smtp_rcpt_done() reports recipient n as delivered: sent() with the
  * server's reply as the reason (Postfix's "250 2.0.0 Ok: queued as
  * ..."), then deliver_completed(). smtp_rcpt_fail() reports recipient
  * n with a failure: a 5xx status bounces; a 4xx status defers when
  * this is the final server, and otherwise leaves the recipient for
  * the next server. smtp_site_fail() does that for every recipient
  * not DONE, smtp_mesg_fail() for every recipient ACCEPTED in this
  * transaction (and not DONE). The DSN comes from state->why, which
  * the caller fills in (smtp_reply_why() for a server reply).
  * smtp_defer_all() / smtp_bounce_all() finish every recipient not
  * DONE with state->why regardless of final_server (DNS and
  * destination failures). Every report updates state->status and
  * state->rcpt_left. smtp_reply_why() fills state->why from a reply:
  * "host NAME[ADDR] said: REPLY (in reply to COMMAND command)"
  * (reply lines joined by a blank), status resp->dsn, dtext the
  * reply, mname the server name; for a malformed reply (code 0) and a
  * success code where a failure is reported (a server that answers DATA
  * with 250, say) the status is 4.5.0 and
  * the session's error_mask gets SMTP_ERROR_PROTOCOL.
  * smtp_io_why() fills state->why for a broken conversation: "lost
  * connection with NAME[ADDR] while ACTIVITY" or "conversation with
  * NAME[ADDR] timed out while ACTIVITY" with 4.4.2, where activity
  * is "receiving the initial server greeting", "performing the EHLO
  * handshake", "sending MAIL FROM", "sending RCPT TO", "sending
  * message body", "sending end of data -- message may be sent more
  * than once", and so on.
  */
extern void smtp_rcpt_done(SMTP_STATE *, int n, const SMTP_RESP *);
extern void smtp_rcpt_fail(SMTP_STATE *, int n);
extern void smtp_site_fail(SMTP_STATE *);
extern void smtp_mesg_fail(SMTP_STATE *);
extern void smtp_defer_all(SMTP_STATE *);
extern void smtp_bounce_all(SMTP_STATE *);
extern void smtp_reply_why(SMTP_STATE *, const SMTP_RESP *,
			           const char *command);
extern void smtp_io_why(SMTP_STATE *, int io_error, const char *activity);

#endif
