/*++
/* NAME
/*	bounce_client 3
/* SUMMARY
/*	send requests to the bounce, defer and trace services
/* SYNOPSIS
/*	#include <bounce_client.h>
/*
/*	int	bounce_client_append(service, flags, id, rcpt, dsn)
/*	const char *service;
/*	int	flags;
/*	const char *id;
/*	const RECIPIENT *rcpt;
/*	const DSN *dsn;
/*
/*	int	bounce_client_request(service, command, flags, queue_name,
/*					id, encoding, sendopts, sender,
/*					envelope_id, dsn_ret)
/*	const char *service;
/*	int	command;
/*	int	flags;
/*	const char *queue_name;
/*	const char *id;
/*	const char *encoding;
/*	int	sendopts;
/*	const char *sender;
/*	const char *envelope_id;
/*	int	dsn_ret;
/*
/*	const DSN *bounce_client_clean(out, in, action)
/*	DSN	*out;
/*	const DSN *in;
/*	const char *action;
/* DESCRIPTION
/*	These speak the protocol of bounce_proto(3h) to the service
/*	private/service (bounce_service_name, defer_service_name or
/*	trace_service_name), one connection per request. The stream and
/*	its buffer are allocated once per process; every read and write
/*	waits at most ipc_timeout.
/*
/*	bounce_client_append() sends BOUNCE_CMD_APPEND for one
/*	recipient, with a DSN that bounce_client_clean() made.
/*
/*	bounce_client_request() sends one of the other commands (flush,
/*	warn, trace, verify) for a message; qmgr uses it.
/*
/*	bounce_client_clean() makes a DSN fit for the protocol and the
/*	log: control characters in the text fields (which may come from
/*	a remote server) become blanks, each field is cut at
/*	ATTR_VALUE_MAX bytes, a status code that dsn_valid(3) refuses
/*	becomes "4.0.0" (with a warning: the mail is kept), and the
/*	action is replaced when action is not null. The copies live in
/*	static buffers until the next call; a DSN that already points
/*	to them passes unchanged.
/* DIAGNOSTICS
/*	The request functions return 0 when the service replied with
/*	status 0, and -1 otherwise (no service, a time-out, a refusal),
/*	logging the cause only in verbose mode: the caller says what
/*	failed.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <fcntl.h>

#include <msg.h>
#include <mymalloc.h>
#include <iostuff.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_proto.h>
#include <mail_connect.h>
#include <rec_type.h>
#include <bounce_proto.h>
#include <bounce_client.h>

static VSTREAM *bounce_client_stream;
static char *bounce_client_buf;

#define BOUNCE_CLIENT_BUFSIZE	(2 * VSTREAM_BUFSIZE)

/* bounce_client_open - connect to a service in the static stream */

static VSTREAM *bounce_client_open(const char *service)
{
    if (bounce_client_stream == 0) {
	bounce_client_stream = (VSTREAM *) mymalloc(vstream_sizeof());
	bounce_client_buf = mymalloc(BOUNCE_CLIENT_BUFSIZE);
    }
    if (mail_connect_place(bounce_client_stream, bounce_client_buf,
			   BOUNCE_CLIENT_BUFSIZE, MAIL_CLASS_PRIVATE,
			   service, BLOCKING) < 0) {
	if (msg_verbose)
	    msg_info("connect to %s/%s: %m", MAIL_CLASS_PRIVATE, service);
	return (0);
    }
    return (bounce_client_stream);
}

/* bounce_client_finish - read the reply status and disconnect */

static int bounce_client_finish(VSTREAM *fp, const char *service, int sent_ok)
{
    int     status = BOUNCE_STAT_FAIL;

    if (sent_ok != 0
	|| attr_scan(fp, ATTR_FLAG_STRICT,
		     RECV_ATTR_INT(MAIL_ATTR_STATUS, &status),
		     ATTR_TYPE_END) != 1)
	status = BOUNCE_STAT_FAIL;
    (void) vstream_fclose(fp);
    if (status != BOUNCE_STAT_OK && msg_verbose)
	msg_info("%s service: request failed", service);
    return (status == BOUNCE_STAT_OK ? 0 : -1);
}

/* bounce_client_append - one recipient's outcome */

int     bounce_client_append(const char *service, int flags, const char *id,
			             const RECIPIENT *rcpt, const DSN *dsn)
{
    VSTREAM *fp;

    if ((fp = bounce_client_open(service)) == 0)
	return (-1);
    return (bounce_client_finish(fp, service, attr_print(fp, ATTR_FLAG_NONE,
			    SEND_ATTR_INT(MAIL_ATTR_REQ, BOUNCE_CMD_APPEND),
					  SEND_ATTR_INT(MAIL_ATTR_FLAGS, flags),
					 SEND_ATTR_STR(MAIL_ATTR_QUEUEID, id),
				SEND_ATTR_STR(MAIL_ATTR_ORCPT, rcpt->orig_addr),
				  SEND_ATTR_STR(MAIL_ATTR_RECIP, rcpt->address),
			    SEND_ATTR_STR(MAIL_ATTR_DSN_ORCPT, rcpt->dsn_orcpt),
			   SEND_ATTR_INT(MAIL_ATTR_DSN_NOTIFY, rcpt->dsn_notify),
			       SEND_ATTR_LONG(MAIL_ATTR_OFFSET, rcpt->offset),
			       SEND_ATTR_STR(MAIL_ATTR_DSN_STATUS, dsn->status),
			       SEND_ATTR_STR(MAIL_ATTR_DSN_ACTION, dsn->action),
				  SEND_ATTR_STR(MAIL_ATTR_REASON, dsn->reason),
				  SEND_ATTR_STR(MAIL_ATTR_DSN_MTYPE, dsn->dtype),
				  SEND_ATTR_STR(MAIL_ATTR_DSN_MTEXT, dsn->dtext),
			      SEND_ATTR_STR(MAIL_ATTR_DSN_MTA_TYPE, dsn->mtype),
			      SEND_ATTR_STR(MAIL_ATTR_DSN_MTA_NAME, dsn->mname),
						      ATTR_TYPE_END)));
}

/* bounce_client_request - flush, warn, trace or verify a message */

int     bounce_client_request(const char *service, int command, int flags,
			              const char *queue_name, const char *id,
			              const char *encoding, int sendopts,
			              const char *sender, const char *envelope_id,
			              int dsn_ret)
{
    VSTREAM *fp;

    if ((fp = bounce_client_open(service)) == 0)
	return (-1);
    return (bounce_client_finish(fp, service, attr_print(fp, ATTR_FLAG_NONE,
					 SEND_ATTR_INT(MAIL_ATTR_REQ, command),
					  SEND_ATTR_INT(MAIL_ATTR_FLAGS, flags),
				    SEND_ATTR_STR(MAIL_ATTR_QUEUE, queue_name),
					 SEND_ATTR_STR(MAIL_ATTR_QUEUEID, id),
				   SEND_ATTR_STR(MAIL_ATTR_ENCODING, encoding),
				   SEND_ATTR_INT(MAIL_ATTR_SENDOPTS, sendopts),
				       SEND_ATTR_STR(MAIL_ATTR_SENDER, sender),
				  SEND_ATTR_STR(MAIL_ATTR_ENVID, envelope_id),
					  SEND_ATTR_INT(MAIL_ATTR_RET, dsn_ret),
						      ATTR_TYPE_END)));
}

/* bounce_client_text - one cleaned field */

static const char *bounce_client_text(VSTRING **bufp, const char *text)
{
    if (*bufp == 0)
	*bufp = vstring_fixed(ATTR_VALUE_MAX);
    if (text == 0)
	text = "";
    if (text == vstring_str(*bufp))
	return (text);
    return (dsn_clean(*bufp, text, ATTR_VALUE_MAX));
}

/* bounce_client_clean - a DSN fit for the protocol and the log */

const DSN *bounce_client_clean(DSN *out, const DSN *in, const char *action)
{
    static VSTRING *status;
    static VSTRING *reason;
    static VSTRING *dtype;
    static VSTRING *dtext;
    static VSTRING *mtype;
    static VSTRING *mname;
    const char *code = in->status ? in->status : "";

    if (strlen(code) > DSN_STATUS_LEN || dsn_valid(code) != strlen(code)
	|| *code == 0) {
	msg_warn("bad delivery status code \"%.20s\": using 4.0.0", code);
	code = "4.0.0";
    }
    out->status = bounce_client_text(&status, code);
    out->action = action ? action : in->action ? in->action : "";
    out->reason = bounce_client_text(&reason, in->reason);
    out->dtype = bounce_client_text(&dtype, in->dtype);
    out->dtext = bounce_client_text(&dtext, in->dtext);
    out->mtype = bounce_client_text(&mtype, in->mtype);
    out->mname = bounce_client_text(&mname, in->mname);
    return (out);
}
