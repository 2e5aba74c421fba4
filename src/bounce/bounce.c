/*++
/* NAME
/*	bounce 8
/* SUMMARY
/*	Postlet delivery status reports
/* SYNOPSIS
/*	bounce [generic daemon options]
/* DESCRIPTION
/*	The bounce(8) daemon keeps the per-message logs of delivery
/*	outcomes and turns them into delivery status notifications
/*	(RFC 3464 multipart/report messages) that it posts through
/*	cleanup(8). One program serves three master.cf services: under
/*	bounce_service_name ("bounce") it works on bounce/ID logs,
/*	under defer_service_name ("defer") on defer/ID logs, under
/*	trace_service_name ("trace") on trace/ID logs. The protocol
/*	is bounce_proto(3h):
/* .IP append
/*	(all services) add one recipient's outcome to the log; the
/*	reply comes after the record is fsync'ed.
/* .IP flush
/*	(bounce, defer) send the sender a non-delivery notification
/*	for the logged recipients, then remove the log.
/* .IP warn
/*	(defer) send a delay warning; the log stays.
/* .IP "trace, verify"
/*	(trace) send the report of sendmail -v or sendmail -bv, then
/*	remove the log.
/* .PP
/*	Log lines name each notice as Postfix does: "QUEUEID: sender
/*	non-delivery notification: NEWID", "sender delay
/*	notification", "sender delivery status notification",
/*	"postmaster non-delivery notification".
/* CONFIGURATION PARAMETERS
/*	bounce_size_limit, notify_classes, bounce_notice_recipient,
/*	2bounce_notice_recipient, delay_notice_recipient,
/*	double_bounce_sender, myhostname, mail_name, ipc_timeout,
/*	bounce_service_name, defer_service_name, trace_service_name,
/*	and the generic daemon parameters. bounce_template_file is not
/*	supported (the texts are built in).
/* DIAGNOSTICS
/*	A request that breaks the protocol (an unknown command, a
/*	command the service does not serve, missing or extra
/*	attributes, a bad queue name or ID, bad flags, an invalid
/*	status code) gets one warning and a non-zero status, and
/*	nothing is logged. Corrupt log records are skipped with a
/*	warning (bounce_log(3)).
/* SEE ALSO
/*	bounce(5) is not used; bounce_proto(3h), qmgr(8), cleanup(8)
/*--*/

#include <sys_defs.h>
#include <limits.h>
#include <string.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <mail_server.h>
#include <rec_type.h>
#include <deliver_request.h>
#include <bounce_proto.h>
#include <dsn.h>

#include "bounce.h"

static BOUNCE_LOG_ENTRY *bounce_entry;
static VSTRING *bounce_queue_id;
static VSTRING *bounce_queue_name;
static VSTRING *bounce_encoding;
static VSTRING *bounce_sender;
static VSTRING *bounce_envid;

/* bounce_log_queue - the queue of logs that a service keeps */

static const char *bounce_log_queue(const char *service)
{
    if (strcmp(service, var_bounce_service_name) == 0)
	return (MAIL_QUEUE_BOUNCE);
    if (strcmp(service, var_defer_service_name) == 0)
	return (MAIL_QUEUE_DEFER);
    if (strcmp(service, var_trace_service_name) == 0)
	return (MAIL_QUEUE_TRACE);
    return (0);
}

/* bounce_append_request - receive and serve APPEND */

static int bounce_append_request(VSTREAM *client, const char *log_queue)
{
    BOUNCE_LOG_ENTRY *e = bounce_entry;
    long long offset;

    if (attr_scan(client, ATTR_FLAG_STRICT,
		  RECV_ATTR_STR(MAIL_ATTR_QUEUEID, bounce_queue_id),
		  RECV_ATTR_STR(MAIL_ATTR_ORCPT, e->orig_rcpt),
		  RECV_ATTR_STR(MAIL_ATTR_RECIP, e->rcpt),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_ORCPT, e->dsn_orcpt),
		  RECV_ATTR_INT(MAIL_ATTR_DSN_NOTIFY, &e->dsn_notify),
		  RECV_ATTR_LONG(MAIL_ATTR_OFFSET, &offset),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_STATUS, e->status),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_ACTION, e->action),
		  RECV_ATTR_STR(MAIL_ATTR_REASON, e->reason),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_MTYPE, e->dtype),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_MTEXT, e->dtext),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_MTA_TYPE, e->mtype),
		  RECV_ATTR_STR(MAIL_ATTR_DSN_MTA_NAME, e->mname),
		  ATTR_TYPE_END) != 13)
	return (-1);
    if (!mail_queue_id_ok(vstring_str(bounce_queue_id))) {
	msg_warn("append request: bad queue ID");
	return (-1);
    }
    if (offset < 0 || offset > LONG_MAX) {
	msg_warn("append request: bad recipient offset %lld", offset);
	return (-1);
    }
    e->offset = (long) offset;
    return (bounce_append_service(log_queue, vstring_str(bounce_queue_id),
				  e));
}

/* bounce_notice_request - receive and serve FLUSH, WARN, TRACE, VERIFY */

static int bounce_notice_request(VSTREAM *client, const char *log_queue,
				         int command, int flags)
{
    BOUNCE_REQUEST req;
    const char *enc;

    if (attr_scan(client, ATTR_FLAG_STRICT,
		  RECV_ATTR_STR(MAIL_ATTR_QUEUE, bounce_queue_name),
		  RECV_ATTR_STR(MAIL_ATTR_QUEUEID, bounce_queue_id),
		  RECV_ATTR_STR(MAIL_ATTR_ENCODING, bounce_encoding),
		  RECV_ATTR_INT(MAIL_ATTR_SENDOPTS, &req.sendopts),
		  RECV_ATTR_STR(MAIL_ATTR_SENDER, bounce_sender),
		  RECV_ATTR_STR(MAIL_ATTR_ENVID, bounce_envid),
		  RECV_ATTR_INT(MAIL_ATTR_RET, &req.dsn_ret),
		  ATTR_TYPE_END) != 7)
	return (-1);
    enc = vstring_str(bounce_encoding);
    if (!mail_queue_name_ok(vstring_str(bounce_queue_name))
	|| !mail_queue_id_ok(vstring_str(bounce_queue_id))) {
	msg_warn("request %d: bad queue name or ID", command);
	return (-1);
    }
    if (*enc && strcmp(enc, "7bit") != 0 && strcmp(enc, "8bit") != 0) {
	msg_warn("request %d: bad encoding", command);
	return (-1);
    }
    if (!DSN_RET_OK(req.dsn_ret)) {
	msg_warn("request %d: bad dsn_ret value %d", command, req.dsn_ret);
	return (-1);
    }
    req.command = command;
    req.flags = flags;
    req.queue_name = vstring_str(bounce_queue_name);
    req.queue_id = vstring_str(bounce_queue_id);
    req.encoding = enc;
    req.sender = vstring_str(bounce_sender);
    req.envelope_id = vstring_str(bounce_envid);
    switch (command) {
    case BOUNCE_CMD_FLUSH:
	return (bounce_notify_service(log_queue, &req));
    case BOUNCE_CMD_WARN:
	return (bounce_warn_service(log_queue, &req));
    default:
	return (bounce_trace_service(log_queue, &req));
    }
}

/* bounce_command_ok - does this service serve this command */

static int bounce_command_ok(const char *log_queue, int command)
{
    switch (command) {
    case BOUNCE_CMD_APPEND:
	return (1);
    case BOUNCE_CMD_FLUSH:
	return (strcmp(log_queue, MAIL_QUEUE_TRACE) != 0);
    case BOUNCE_CMD_WARN:
	return (strcmp(log_queue, MAIL_QUEUE_DEFER) == 0);
    case BOUNCE_CMD_TRACE:
    case BOUNCE_CMD_VERIFY:
	return (strcmp(log_queue, MAIL_QUEUE_TRACE) == 0);
    default:
	return (0);
    }
}

/* bounce_service - one request */

static void bounce_service(VSTREAM *client, char *service, char **argv)
{
    const char *log_queue = bounce_log_queue(service);
    int     command;
    int     flags;
    int     status;
    int     got;

    if (argv[0])
	msg_fatal("unexpected command-line argument: %s", argv[0]);
    got = attr_scan(client, ATTR_FLAG_MORE,
		    RECV_ATTR_INT(MAIL_ATTR_REQ, &command),
		    RECV_ATTR_INT(MAIL_ATTR_FLAGS, &flags),
		    ATTR_TYPE_END);
    if (got == 0) {
	multi_server_disconnect(client);
	return;
    }
    if (got != 2) {
	status = -1;
    } else if (!bounce_command_ok(log_queue, command)) {
	msg_warn("%s service: unsupported request %d", service, command);
	status = -1;
    } else if ((flags & ~DEL_REQ_FLAG_ALL) != 0) {
	msg_warn("%s service: bad flags %d", service, flags);
	status = -1;
    } else if (command == BOUNCE_CMD_APPEND) {
	status = bounce_append_request(client, log_queue);
    } else {
	status = bounce_notice_request(client, log_queue, command, flags);
    }
    if (status < 0)
	status = BOUNCE_STAT_FAIL;
    if (attr_print(client, ATTR_FLAG_NONE,
		   SEND_ATTR_INT(MAIL_ATTR_STATUS, status),
		   ATTR_TYPE_END) != 0 || got != 2 || status != BOUNCE_STAT_OK)
	multi_server_disconnect(client);
}

/* bounce_post_init - check the service name, size the buffers */

static void bounce_post_init(char *service, char **argv)
{
    (void) argv;
    if (bounce_log_queue(service) == 0)
	msg_fatal("service name \"%s\" is none of %s, %s, %s", service,
		  var_bounce_service_name, var_defer_service_name,
		  var_trace_service_name);
    bounce_entry = bounce_log_entry_create();
    bounce_queue_id = vstring_fixed(ATTR_VALUE_MAX);
    bounce_queue_name = vstring_fixed(ATTR_VALUE_MAX);
    bounce_encoding = vstring_fixed(ATTR_VALUE_MAX);
    bounce_sender = vstring_fixed(ATTR_VALUE_MAX);
    bounce_envid = vstring_fixed(ATTR_VALUE_MAX);
    (void) bounce_notify_classes(var_notify_classes);
}

/* bounce_main - the multi-call entry */

int     bounce_main(int argc, char **argv)
{
    multi_server_main(argc, argv, bounce_service,
		      CA_MAIL_SERVER_PARAMS, params_bounce,
		      CA_MAIL_SERVER_POST_INIT, bounce_post_init,
		      CA_MAIL_SERVER_END);
}
