/*++
/* NAME
/*	qmgr_message 3
/* SUMMARY
/*	read a message's envelope into the active queue
/* SYNOPSIS
/*	#include "qmgr.h"
/*
/*	QMGR_MESSAGE *qmgr_message_alloc(id, fd)
/*	const char *id;
/*	int	fd;
/*
/*	int	qmgr_message_read(message)
/*	QMGR_MESSAGE *message;
/*
/*	int	qmgr_message_record(message, offset, buf)
/*	QMGR_MESSAGE *message;
/*	long	offset;
/*	VSTRING	*buf;
/*
/*	int	qmgr_message_envid(message, buf)
/*	QMGR_MESSAGE *message;
/*	VSTRING	*buf;
/*
/*	int	qmgr_message_rcpt(rcpt, out, orig, addr, orcpt)
/*	QMGR_RCPT *rcpt;
/*	RECIPIENT *out;
/*	VSTRING	*orig;
/*	VSTRING	*addr;
/*	VSTRING	*orcpt;
/*
/*	void	qmgr_message_warned(message)
/*	QMGR_MESSAGE *message;
/*
/*	void	qmgr_message_unref(message)
/*	QMGR_MESSAGE *message;
/*
/*	void	qmgr_message_free(message)
/*	QMGR_MESSAGE *message;
/* DESCRIPTION
/*	qmgr_message_alloc() takes a message structure from the pool
/*	for the open, locked queue file fd (which it then owns), or
/*	returns a null pointer when the pool is exhausted.
/*
/*	qmgr_message_read() reads the envelope (first call) and then
/*	recipients that are still to do, until the end of the file or
/*	until the recipient pool is exhausted; it remembers where to go
/*	on (rcpt_next) for the next call. Every recipient is resolved to
/*	a transport and nexthop and added to a destination queue, or
/*	deferred at once when its destination or transport is dead or
/*	the tables fail. The first call logs Postfix's line
/*	"QUEUEID: from=<sender>, size=N, nrcpt=M (queue active)". The
/*	result is 0, or -1 for a corrupt file.
/*
/*	Strings are not kept in memory: qmgr_message_record() reads
/*	one record at an offset (the sender), qmgr_message_envid() the
/*	DSN envelope id (empty when there is none; at most 100
/*	characters, as RFC 3461 allows), and qmgr_message_rcpt()
/*	reads a recipient's records into the buffers and fills in out.
/*	They return 0, or -1 for a bad file.
/*
/*	qmgr_message_warned() sets the WARN record to zero, so that the
/*	delay warning goes out once.
/*
/*	qmgr_message_unref() drops a reference of a finished entry;
/*	the last one finishes the message (qmgr_active_done()).
/*
/*	qmgr_message_free() closes the queue file (which releases its
/*	lock) and gives the structure back to the pool.
/* DIAGNOSTICS
/*	Warnings for bad records.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Utility library. */

#include <msg.h>
#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <events.h>
#include <pool.h>

/* Global library. */

#include <mail_params.h>
#include <mail_proto.h>
#include <rec_type.h>
#include <record.h>
#include <dsn.h>
#include <deliver_request.h>
#include <cleanup_user.h>

/* Application-specific. */

#include "qmgr.h"

static VSTREAM *qmgr_message_fp;
static char *qmgr_message_buf;

/*
 * qmgr_message_open - the shared read stream, at an offset. Its buffer is
 * one page of its own rather than a heap block across two.
 */
static VSTREAM *qmgr_message_open(QMGR_MESSAGE *message, long offset)
{
    if (qmgr_message_fp == 0) {
	qmgr_message_fp = (VSTREAM *) mymalloc(vstream_sizeof());
	qmgr_message_buf = mymalloc_pages(VSTREAM_BUFSIZE);
    }
    vstream_init(qmgr_message_fp, message->fd, O_RDONLY, qmgr_message_buf,
		 VSTREAM_BUFSIZE);
    if (vstream_fseek(qmgr_message_fp, (off_t) offset, SEEK_SET) < 0) {
	msg_warn("%s: seek queue file: %m", message->queue_id);
	(void) vstream_fdclose(qmgr_message_fp);
	return (0);
    }
    return (qmgr_message_fp);
}

/* qmgr_message_alloc - a message structure for an open queue file */

QMGR_MESSAGE *qmgr_message_alloc(const char *id, int fd)
{
    QMGR_MESSAGE *message;

    if ((message = (QMGR_MESSAGE *) pool_alloc(qmgr_message_pool)) == 0)
	return (0);
    memset(message, 0, sizeof(*message));
    (void) snprintf(message->queue_id, sizeof(message->queue_id), "%s", id);
    message->fd = fd;
    gettimeofday(&message->active_arrival, (struct timezone *) 0);
    return (message);
}

/* qmgr_message_free - close and release */

void    qmgr_message_free(QMGR_MESSAGE *message)
{
    if (message->refcount != 0 || message->rcpt_count != 0)
	msg_panic("qmgr_message_free: %s: still in use", message->queue_id);
    (void) close(message->fd);
    pool_free(qmgr_message_pool, message);
}

/* qmgr_message_unref - an entry is finished */

void    qmgr_message_unref(QMGR_MESSAGE *message)
{
    if (message->refcount <= 0)
	msg_panic("qmgr_message_unref: %s: refcount %d",
		  message->queue_id, message->refcount);
    message->refcount--;
    if (message->refcount == 0 && message->rcpt_count == 0)
	qmgr_active_done(message);
}

/* qmgr_message_record - read one record at an offset */

int     qmgr_message_record(QMGR_MESSAGE *message, long offset, VSTRING *buf)
{
    VSTREAM *fp;
    int     type;

    if ((fp = qmgr_message_open(message, offset)) == 0)
	return (-1);
    type = rec_get(fp, buf, 0);
    (void) vstream_fdclose(fp);
    return (type < 0 ? -1 : 0);
}

/* qmgr_message_envid - the envelope id, read again from the file */

int     qmgr_message_envid(QMGR_MESSAGE *message, VSTRING *buf)
{
    char   *data;
    char   *value;
    size_t  len;

    vstring_reset(buf);
    if (message->envid_offset == 0)
	return (0);
    if (qmgr_message_record(message, message->envid_offset, buf) < 0)
	return (-1);
    data = vstring_str(buf);
    if ((value = strchr(data, '=')) == 0) {
	msg_warn("%s: bad envelope id record", message->queue_id);
	return (-1);
    }
    value++;
    if ((len = strlen(value)) > QMGR_ENVID_LEN)
	len = QMGR_ENVID_LEN;
    memmove(data, value, len);
    vstring_truncate(buf, len);
    return (0);
}

/* qmgr_message_rcpt - read one recipient's records */

int     qmgr_message_rcpt(QMGR_RCPT *rcpt, RECIPIENT *out, VSTRING *orig,
			          VSTRING *addr, VSTRING *orcpt)
{
    VSTREAM *fp;
    int     type;
    int     ret = -1;

    if ((fp = qmgr_message_open(rcpt->message, rcpt->first)) == 0)
	return (-1);
    vstring_reset(orig);
    vstring_reset(orcpt);
    out->dsn_notify = 0;
    out->offset = rcpt->offset;
    while ((type = rec_get(fp, addr, 0)) > 0) {
	if (type == REC_TYPE_DSN_ORCPT) {
	    vstring_strcpy(orcpt, vstring_str(addr));
	} else if (type == REC_TYPE_DSN_NOTIFY) {
	    out->dsn_notify = atoi(vstring_str(addr));
	} else if (type == REC_TYPE_ORCP) {
	    vstring_strcpy(orig, vstring_str(addr));
	} else if (type == REC_TYPE_RCPT || type == REC_TYPE_DONE) {
	    ret = 0;
	    break;
	} else {
	    break;
	}
    }
    (void) vstream_fdclose(fp);
    if (ret < 0)
	msg_warn("%s: no recipient record at offset %ld",
		 rcpt->message->queue_id, rcpt->offset);
    out->orig_addr = vstring_str(orig);
    out->address = vstring_str(addr);
    out->dsn_orcpt = vstring_str(orcpt);
    return (ret);
}

/* qmgr_message_warned - the delay warning went out */

void    qmgr_message_warned(QMGR_MESSAGE *message)
{
    char    data[16];

    message->warn_time = 0;
    if (message->warn_offset <= 0)
	return;
    (void) snprintf(data, sizeof(data), REC_TYPE_MESG_FORMAT, 0L);
    if (pwrite(message->fd, data, strlen(data), (off_t) message->warn_offset)
	!= (ssize_t) strlen(data) || fsync(message->fd) < 0)
	msg_warn("%s: update warning time: %m", message->queue_id);
}

/* qmgr_message_tflags - queue-file trace flags as delivery request flags */

static int qmgr_message_tflags(int trace_flags)
{
    return (((trace_flags & CLEANUP_TRACE_USR_VRFY) ? DEL_REQ_FLAG_USR_VRFY : 0)
	    | ((trace_flags & CLEANUP_TRACE_RECORD) ? DEL_REQ_FLAG_RECORD : 0));
}

/* qmgr_message_attr - one named attribute of the envelope, at offset */

static void qmgr_message_attr(QMGR_MESSAGE *message, char *data, long offset)
{
    char   *value;

    if ((value = strchr(data, '=')) == 0)
	return;
    *value++ = 0;
    if (strcmp(data, MAIL_ATTR_ENVID) == 0) {
	if (strlen(value) > QMGR_ENVID_LEN)
	    msg_warn("%s: %s too long, truncated", message->queue_id, data);
	message->envid_offset = offset;
    } else if (strcmp(data, MAIL_ATTR_ENCODING) == 0) {
	if (strlen(value) > QMGR_ENCODING_LEN)
	    msg_warn("%s: %s too long, truncated", message->queue_id, data);
	(void) snprintf(message->encoding, sizeof(message->encoding), "%s", value);
    } else if (strcmp(data, MAIL_ATTR_RET) == 0) {
	message->dsn_ret = atoi(value);
	if (!DSN_RET_OK(message->dsn_ret))
	    message->dsn_ret = 0;
    } else if (strcmp(data, MAIL_ATTR_TRACE_FLAGS) == 0) {
	message->tflags = qmgr_message_tflags(atoi(value));
    } else if (strcmp(data, MAIL_ATTR_SMTPUTF8) == 0) {
	message->sendopts = atoi(value);
    }
}

/* qmgr_message_assign - resolve one recipient and queue it */

static void qmgr_message_assign(QMGR_MESSAGE *message, const RECIPIENT *rcpt,
				        long first)
{
    static QMGR_RESOLVE_CONF conf;
    static VSTRING *transport_name;
    static VSTRING *nexthop;
    static VSTRING *reason;
    QMGR_TRANSPORT *transport;
    QMGR_QUEUE *queue;
    QMGR_RCPT *qr;

    if (transport_name == 0) {
	qmgr_resolve_conf(&conf);
	transport_name = vstring_alloc(32);
	nexthop = vstring_alloc(100);
	reason = vstring_alloc(100);
    }
    if (qmgr_resolve(&conf, rcpt->address, transport_name, nexthop)
	!= QMGR_RESOLVE_OK) {
	qmgr_defer_now(message, rcpt, "4.3.0",
		       "address resolver failure: transport table lookup error");
	return;
    }
    if ((transport = qmgr_transport_find(vstring_str(transport_name))) == 0) {
	vstring_sprintf(reason, "mail transport unavailable: %.100s",
			vstring_str(transport_name));
	qmgr_defer_now(message, rcpt, "4.3.0", vstring_str(reason));
	return;
    }
    if (transport->dead) {
	qmgr_defer_now(message, rcpt, "4.3.0", transport->reason);
	return;
    }
    if ((queue = qmgr_queue_find(transport, vstring_str(nexthop))) == 0) {
	qmgr_defer_now(message, rcpt, "4.3.0",
		       "delivery temporarily suspended: no room for the destination");
	return;
    }
    if (queue->dead) {
	qmgr_defer_now(message, rcpt, queue->dsn_status, queue->reason);
	qmgr_queue_release(queue);
	return;
    }
    if ((qr = (QMGR_RCPT *) pool_alloc(qmgr_rcpt_pool)) == 0)
	msg_panic("qmgr_message_assign: recipient pool exhausted");
    qr->message = message;
    qr->first = first;
    qr->offset = rcpt->offset;
    qr->next = 0;
    message->rcpt_count++;
    message->refcount += qmgr_entry_add(queue, qr, deliver_request_rcpt_size(rcpt));
}

/* qmgr_message_envelope - check the whole file, read the envelope */

static int qmgr_message_envelope(QMGR_MESSAGE *message, VSTRING *buf)
{
    VSTREAM *fp;
    long    offset;
    long    fields[5];
    long    usec;
    int     type;
    int     ret = -1;

    if ((fp = qmgr_message_open(message, 0L)) == 0)
	return (-1);
    for (;;) {
	if ((offset = (long) vstream_ftell(fp)) < 0
	    || (type = rec_get(fp, buf, 0)) < 0)
	    break;
	if (type == REC_TYPE_END) {
	    ret = 0;
	    break;
	}
	if (type == REC_TYPE_SIZE) {
	    if (sscanf(vstring_str(buf), "%ld %ld %ld %ld %ld", fields, fields + 1,
		       fields + 2, fields + 3, fields + 4) != 5
		|| fields[0] < 0 || fields[1] <= 0 || fields[2] < 0) {
		msg_warn("%s: bad size record", message->queue_id);
		break;
	    }
	    message->content_size = fields[0];
	    message->data_size = fields[0];
	    message->data_offset = fields[1];
	    message->rcpt_total = (int) fields[2];
	} else if (type == REC_TYPE_TIME) {
	    if (sscanf(vstring_str(buf), "%ld %ld", &offset, &usec) != 2
		|| usec < 0 || usec > 999999) {
		msg_warn("%s: bad time record", message->queue_id);
		break;
	    }
	    message->arrival.tv_sec = offset;
	    message->arrival.tv_usec = usec;
	} else if (type == REC_TYPE_FROM) {
	    if (message->sender_offset == 0) {
		message->sender_offset = offset;
		message->sender_empty = (VSTRING_LEN(buf) == 0);
	    }
	} else if (type == REC_TYPE_ATTR) {
	    qmgr_message_attr(message, vstring_str(buf), offset);
	} else if (type == REC_TYPE_WARN) {
	    message->warn_time = atol(vstring_str(buf));
	    message->warn_offset = (long) vstream_ftell(fp)
		- (long) VSTRING_LEN(buf);
	} else if (type == REC_TYPE_MESG) {
	    if (vstream_fseek(fp, (off_t) atol(vstring_str(buf)), SEEK_SET) < 0) {
		msg_warn("%s: seek to extracted section: %m", message->queue_id);
		break;
	    }
	}
    }
    (void) vstream_fdclose(fp);
    if (ret == 0 && (message->sender_offset == 0 || message->data_offset == 0
		     || message->arrival.tv_sec == 0)) {
	msg_warn("%s: missing sender, size or time record", message->queue_id);
	ret = -1;
    }
    if (ret == 0) {
	if (qmgr_message_record(message, message->sender_offset, buf) < 0)
	    return (-1);
	msg_info("%s: from=<%s>, size=%ld, nrcpt=%d (queue active)",
		 message->queue_id, vstring_str(buf), message->content_size,
		 message->rcpt_total);
	message->flags |= QMGR_MSG_FLAG_ENV;
    }
    return (ret);
}

/* qmgr_message_clear - forget the group of the last recipient */

static void qmgr_message_clear(RECIPIENT *rcpt, VSTRING *orig, VSTRING *orcpt,
			               long *first)
{
    vstring_reset(orig);
    vstring_reset(orcpt);
    rcpt->dsn_notify = 0;
    *first = -1;
}

/* qmgr_message_read - envelope and the next recipients */

int     qmgr_message_read(QMGR_MESSAGE *message)
{
    static VSTRING *buf;
    static VSTRING *orig;
    static VSTRING *orcpt;
    VSTREAM *fp;
    RECIPIENT rcpt;
    long    offset;
    long    first;
    int     type;
    int     ret = -1;

    if (buf == 0) {
	buf = vstring_alloc(100);
	orig = vstring_alloc(100);
	orcpt = vstring_alloc(100);
    }
    if ((message->flags & QMGR_MSG_FLAG_ENV) == 0
	&& qmgr_message_envelope(message, buf) < 0)
	return (-1);
    if ((fp = qmgr_message_open(message, message->rcpt_next)) == 0)
	return (message->refcount ? 0 : -1);
    message->rcpt_next = 0;
    qmgr_message_clear(&rcpt, orig, orcpt, &first);
    for (;;) {
	if ((offset = (long) vstream_ftell(fp)) < 0
	    || (type = rec_get(fp, buf, 0)) < 0)
	    break;
	if (type == REC_TYPE_END) {
	    ret = 0;
	    break;
	}
	if (type == REC_TYPE_DSN_ORCPT || type == REC_TYPE_DSN_NOTIFY
	    || type == REC_TYPE_ORCP || type == REC_TYPE_RCPT) {
	    if (first < 0)
		first = offset;
	}
	if (type == REC_TYPE_DSN_ORCPT) {
	    vstring_strcpy(orcpt, vstring_str(buf));
	} else if (type == REC_TYPE_DSN_NOTIFY) {
	    rcpt.dsn_notify = atoi(vstring_str(buf));
	} else if (type == REC_TYPE_ORCP) {
	    vstring_strcpy(orig, vstring_str(buf));
	} else if (type == REC_TYPE_RCPT) {
	    if (pool_in_use(qmgr_rcpt_pool) >= pool_count(qmgr_rcpt_pool)
		|| pool_in_use(qmgr_entry_pool) >= pool_count(qmgr_entry_pool)) {
		message->rcpt_next = first;
		ret = 0;
		break;
	    }
	    rcpt.address = vstring_str(buf);
	    rcpt.orig_addr = vstring_str(orig);
	    rcpt.dsn_orcpt = vstring_str(orcpt);
	    rcpt.offset = offset;
	    qmgr_message_assign(message, &rcpt, first);
	    qmgr_message_clear(&rcpt, orig, orcpt, &first);
	} else if (type == REC_TYPE_DONE || type == REC_TYPE_DRCP) {
	    qmgr_message_clear(&rcpt, orig, orcpt, &first);
	} else if (type == REC_TYPE_MESG) {
	    if (vstream_fseek(fp, (off_t) atol(vstring_str(buf)), SEEK_SET) < 0) {
		msg_warn("%s: seek to extracted section: %m", message->queue_id);
		break;
	    }
	}
    }
    (void) vstream_fdclose(fp);
    if (ret < 0 && message->refcount > 0) {
	message->flags |= QMGR_MSG_FLAG_BAD;
	ret = 0;
    }
    return (ret);
}
