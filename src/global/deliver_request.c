/*++
/* NAME
/*	deliver_request 3
/* SUMMARY
/*	delivery agent side of the queue manager's protocol
/* SYNOPSIS
/*	#include <deliver_request.h>
/*
/*	DELIVER_REQUEST *deliver_request_create(rcpt_limit)
/*	int	rcpt_limit;
/*
/*	int	deliver_request_read(client, request)
/*	VSTREAM	*client;
/*	DELIVER_REQUEST *request;
/*
/*	int	deliver_request_open(request)
/*	DELIVER_REQUEST *request;
/*
/*	int	deliver_request_done(client, request, status, hop_dsn)
/*	VSTREAM	*client;
/*	DELIVER_REQUEST *request;
/*	int	status;
/*	const DSN *hop_dsn;
/*
/*	void	deliver_request_free(request)
/*	DELIVER_REQUEST *request;
/*
/*	int	deliver_request_limit(transport)
/*	const char *transport;
/*
/*	size_t	deliver_request_space(rcpt_limit)
/*	int	rcpt_limit;
/*
/*	size_t	deliver_request_rcpt_size(rcpt)
/*	const RECIPIENT *rcpt;
/* DESCRIPTION
/*	A delivery agent (error, discard, smtp, lmtp) serves one request
/*	per connection from qmgr; the conversation is described in
/*	mail_proto(3h).
/*
/*	deliver_request_create() allocates a request and all of its
/*	buffers once, at start-up: room for rcpt_limit recipients (the
/*	transport's destination recipient limit) and
/*	deliver_request_space(rcpt_limit) bytes of recipient strings.
/*	The string values of a request are stored one after the other,
/*	each as long as it is, so that only the memory that a request
/*	fills is ever touched; every value may still be ATTR_VALUE_MAX
/*	bytes long.
/*
/*	deliver_request_read() tells qmgr that the agent is ready, then
/*	reads a request into the structure and stamps
/*	msg_stats.agent_handoff. Everything is checked, as input from a
/*	buggy peer: attribute order and syntax (attr(3)), a valid queue
/*	name and queue ID, a non-empty nexthop, flags that are known,
/*	non-negative offsets and sizes that fit a long, times (64-bit
/*	on the wire, see attr(3h)) that fit a time_t with microseconds
/*	below one million, a DSN RET and NOTIFY value that exists, a recipient
/*	count from 1 to the limit, non-empty recipient addresses, RCPT
/*	offsets above 0, and recipient strings that fit the arena. The
/*	result is 0, or -1 after one warning that says what was wrong
/*	(the caller drops the connection; qmgr tries again later).
/*
/*	deliver_request_open() opens the queue file read-write in the
/*	request's own stream, with a shared lock (postsuper takes an
/*	exclusive one to move or delete a file; agents of several
/*	transports may work on one message at once). It returns 0, or
/*	-1 with errno set.
/*
/*	deliver_request_done() closes the queue file (if open) and
/*	sends the reply: status (DEL_STAT_OK or DEL_STAT_DEFER), and for
/*	a failure of the whole nexthop its status code and reason (a
/*	null hop_dsn sends them empty; a status code that dsn_valid()
/*	refuses is sent empty too, and line breaks in the reason become
/*	blanks). It returns 0, or -1 when the reply could not be sent.
/*
/*	deliver_request_free() releases the request (for tests; daemons
/*	keep theirs until they exit).
/*
/*	deliver_request_limit() gives the recipient limit of a transport
/*	(master.cf service name) for both sides: its
/*	transport_destination_recipient_limit, where 0 ("no limit") and
/*	larger values mean DELIVER_REQUEST_RCPT_CAP (1000), so that
/*	memory stays bounded.
/*
/*	deliver_request_space() gives the arena size for a recipient
/*	limit, deliver_request_rcpt_size() what one recipient uses of it.
/* DIAGNOSTICS
/*	Warnings for protocol errors, as described. Fatal: a recipient
/*	limit below 1.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <rec_type.h>
#include <mail_conf.h>
#include <deliver_request.h>

 /*
  * The agent's buffers, made once. The envelope strings, the recipient
  * strings and the reply's reason are read one after the other into one
  * block, each value where the one before it ended, so that a request uses
  * only as much memory as its strings are long. The block has room for
  * every envelope string at its longest, the recipient string space, and
  * one recipient at its longest beyond that space (read before it is
  * measured). The queue file's stream buffer comes first in the block,
  * which has pages of its own: it costs memory only where it is written.
  */
typedef struct DELIVER_REQUEST_BUF {
    char   *block;			/* queue file buffer, then strings */
    size_t  block_size;
    char   *arena;			/* strings */
    size_t  arena_used;			/* bytes of strings in use */
    size_t  rcpt_start;			/* where recipient strings begin */
    size_t  rcpt_space;			/* recipient string space */
    VSTREAM *fp;			/* queue file stream */
} DELIVER_REQUEST_BUF;

#define DELIVER_REQUEST_STR_MAX	(ATTR_VALUE_MAX + 1)
#define DELIVER_REQUEST_ONE_RCPT (3 * DELIVER_REQUEST_STR_MAX)
#define DELIVER_REQUEST_ENV_STRS 7	/* string values in the envelope */
#define DELIVER_REQUEST_ARENA(space) \
	(DELIVER_REQUEST_ENV_STRS * DELIVER_REQUEST_STR_MAX + (space) \
	 + DELIVER_REQUEST_ONE_RCPT)
#define DELIVER_REQUEST_MILLION	1000000L

/* deliver_request_limit - recipients per request for a transport */

int     deliver_request_limit(const char *transport)
{
    int     limit;

    limit = mail_params_transport_int(transport, "_destination_recipient_limit");
    if (limit <= 0 || limit > DELIVER_REQUEST_RCPT_CAP)
	limit = DELIVER_REQUEST_RCPT_CAP;
    return (limit);
}

/* deliver_request_space - recipient string space for a limit */

size_t  deliver_request_space(int rcpt_limit)
{
    size_t  space = (size_t) rcpt_limit * DELIVER_REQUEST_RCPT_SPACE;

    return (space < DELIVER_REQUEST_ONE_RCPT ? DELIVER_REQUEST_ONE_RCPT : space);
}

/* deliver_request_rcpt_size - arena bytes that one recipient uses */

size_t  deliver_request_rcpt_size(const RECIPIENT *rcpt)
{
    return (strlen(rcpt->orig_addr) + strlen(rcpt->address)
	    + strlen(rcpt->dsn_orcpt) + 3);
}

/* deliver_request_create - allocate a request and its buffers */

DELIVER_REQUEST *deliver_request_create(int rcpt_limit)
{
    DELIVER_REQUEST *request;
    DELIVER_REQUEST_BUF *buf;

    if (rcpt_limit < 1)
	msg_fatal("deliver_request_create: bad recipient limit %d", rcpt_limit);
    request = (DELIVER_REQUEST *) mymalloc(sizeof(*request));
    memset((void *) request, 0, sizeof(*request));
    buf = (DELIVER_REQUEST_BUF *) mymalloc(sizeof(*buf));
    buf->rcpt_space = deliver_request_space(rcpt_limit);
    buf->block_size = VSTREAM_BUFSIZE + DELIVER_REQUEST_ARENA(buf->rcpt_space);
    buf->block = mymalloc_pages(buf->block_size);
    buf->arena = buf->block + VSTREAM_BUFSIZE;
    buf->arena_used = 0;
    buf->rcpt_start = 0;
    buf->fp = (VSTREAM *) mymalloc(vstream_sizeof());
    request->buf = buf;
    request->rcpt = (RECIPIENT *) mymalloc(sizeof(RECIPIENT) * rcpt_limit);
    request->rcpt_limit = rcpt_limit;
    return (request);
}

/* deliver_request_free - release a request */

void    deliver_request_free(DELIVER_REQUEST *request)
{
    DELIVER_REQUEST_BUF *buf = request->buf;

    if (request->fp != 0)
	(void) vstream_fclose(request->fp);
    myfree_pages(buf->block, buf->block_size);
    myfree((void *) buf->fp);
    myfree((void *) buf);
    myfree((void *) request->rcpt);
    myfree((void *) request);
}

/* deliver_request_str - read one string value into the arena */

static int deliver_request_str(VSTREAM *client, DELIVER_REQUEST_BUF *buf,
			               const char *name, const char **value)
{
    VSTRING str;

    vstring_init_mem(&str, buf->arena + buf->arena_used,
		     DELIVER_REQUEST_STR_MAX);
    if (attr_scan(client, ATTR_FLAG_MORE,
		  RECV_ATTR_STR(name, &str), ATTR_TYPE_END) != 1)
	return (-1);
    *value = vstring_str(&str);
    buf->arena_used += VSTRING_LEN(&str) + 1;
    return (0);
}

/* deliver_request_time - check and store a time stamp */

static int deliver_request_time(struct timeval *tv, long long sec,
				        long long usec, const char *what)
{
    if (sec < 0 || (long long) (time_t) sec != sec
	|| usec < 0 || usec >= DELIVER_REQUEST_MILLION) {
	msg_warn("deliver_request: bad %s time %lld.%lld", what, sec, usec);
	return (-1);
    }
    tv->tv_sec = (time_t) sec;
    tv->tv_usec = (suseconds_t) usec;
    return (0);
}

/* deliver_request_get_rcpt - read and check one recipient */

static int deliver_request_get_rcpt(VSTREAM *client, DELIVER_REQUEST *request)
{
    DELIVER_REQUEST_BUF *buf = request->buf;
    RECIPIENT *rcpt = request->rcpt + request->rcpt_count;
    size_t  mark = buf->arena_used;
    int     dsn_notify;
    long long offset;

    if (deliver_request_str(client, buf, MAIL_ATTR_ORCPT, &rcpt->orig_addr) < 0
	|| deliver_request_str(client, buf, MAIL_ATTR_RECIP, &rcpt->address) < 0
	|| deliver_request_str(client, buf, MAIL_ATTR_DSN_ORCPT,
			       &rcpt->dsn_orcpt) < 0
	|| attr_scan(client, ATTR_FLAG_STRICT,
		     RECV_ATTR_INT(MAIL_ATTR_DSN_NOTIFY, &dsn_notify),
		     RECV_ATTR_LONG(MAIL_ATTR_OFFSET, &offset),
		     ATTR_TYPE_END) != 2) {
	msg_warn("deliver_request: recipient %d of %s: bad or missing attributes",
		 request->rcpt_count + 1, request->queue_id);
	goto fail;
    }
    if (*rcpt->address == 0) {
	msg_warn("deliver_request: %s: empty recipient address",
		 request->queue_id);
	goto fail;
    }
    if (!DSN_NOTIFY_OK(dsn_notify)) {
	msg_warn("deliver_request: %s: bad dsn_notify value %d",
		 request->queue_id, dsn_notify);
	goto fail;
    }
    if (offset <= 0 || offset > LONG_MAX) {
	msg_warn("deliver_request: %s: bad recipient offset %lld",
		 request->queue_id, offset);
	goto fail;
    }
    if (buf->arena_used - buf->rcpt_start > buf->rcpt_space) {
	msg_warn("deliver_request: %s: recipient strings exceed %lu bytes",
		 request->queue_id, (unsigned long) buf->rcpt_space);
	goto fail;
    }
    rcpt->dsn_notify = dsn_notify;
    rcpt->offset = (long) offset;
    request->rcpt_count += 1;
    return (0);

    /*
     * Give back the space, so that the reply's reason still fits.
     */
fail:
    buf->arena_used = mark;
    return (-1);
}

/* deliver_request_get - read and check the envelope and the recipients */

static int deliver_request_get(VSTREAM *client, DELIVER_REQUEST *request)
{
    DELIVER_REQUEST_BUF *buf = request->buf;
    long long data_offset;
    long long data_size;
    long long arrival_sec;
    long long arrival_usec;
    long long active_sec;
    long long active_usec;
    int     count;

    if (attr_scan(client, ATTR_FLAG_MORE,
		  RECV_ATTR_INT(MAIL_ATTR_FLAGS, &request->flags),
		  ATTR_TYPE_END) != 1
	|| deliver_request_str(client, buf, MAIL_ATTR_QUEUE,
			       &request->queue_name) < 0
	|| deliver_request_str(client, buf, MAIL_ATTR_QUEUEID,
			       &request->queue_id) < 0
	|| attr_scan(client, ATTR_FLAG_MORE,
		     RECV_ATTR_LONG(MAIL_ATTR_DATA_OFFSET, &data_offset),
		     RECV_ATTR_LONG(MAIL_ATTR_DATA_SIZE, &data_size),
		     ATTR_TYPE_END) != 2
	|| deliver_request_str(client, buf, MAIL_ATTR_NEXTHOP,
			       &request->nexthop) < 0
	|| deliver_request_str(client, buf, MAIL_ATTR_ENCODING,
			       &request->encoding) < 0
	|| attr_scan(client, ATTR_FLAG_MORE,
		     RECV_ATTR_INT(MAIL_ATTR_SENDOPTS, &request->sendopts),
		     ATTR_TYPE_END) != 1
	|| deliver_request_str(client, buf, MAIL_ATTR_SENDER,
			       &request->sender) < 0
	|| deliver_request_str(client, buf, MAIL_ATTR_ENVID,
			       &request->envelope_id) < 0
	|| attr_scan(client, ATTR_FLAG_MORE,
		     RECV_ATTR_INT(MAIL_ATTR_RET, &request->dsn_ret),
		     ATTR_TYPE_END) != 1
	|| deliver_request_str(client, buf, MAIL_ATTR_LOG_IDENT,
			       &request->log_ident) < 0
	|| attr_scan(client, ATTR_FLAG_STRICT,
		     RECV_ATTR_LONG(MAIL_ATTR_ARRIVAL, &arrival_sec),
		     RECV_ATTR_LONG(MAIL_ATTR_ARRIVAL_USEC, &arrival_usec),
		     RECV_ATTR_LONG(MAIL_ATTR_ACTIVE, &active_sec),
		     RECV_ATTR_LONG(MAIL_ATTR_ACTIVE_USEC, &active_usec),
		     RECV_ATTR_INT(MAIL_ATTR_RCPT_COUNT, &count),
		     ATTR_TYPE_END) != 5) {
	msg_warn("deliver_request: bad or missing request attributes");
	return (-1);
    }
    buf->rcpt_start = buf->arena_used;
    if (!mail_queue_name_ok(request->queue_name)) {
	msg_warn("deliver_request: bad queue name \"%.100s\"",
		 request->queue_name);
	return (-1);
    }
    if (!mail_queue_id_ok(request->queue_id)) {
	msg_warn("deliver_request: bad queue id \"%.100s\"",
		 request->queue_id);
	return (-1);
    }
    if (*request->log_ident == 0)
	request->log_ident = request->queue_id;
    if (request->flags & ~DEL_REQ_FLAG_ALL) {
	msg_warn("deliver_request: %s: unknown flags 0x%x",
		 request->queue_id, (unsigned) request->flags);
	return (-1);
    }
    if (data_offset < 0 || data_offset > LONG_MAX
	|| data_size < 0 || data_size > LONG_MAX) {
	msg_warn("deliver_request: %s: bad data offset %lld or size %lld",
		 request->queue_id, data_offset, data_size);
	return (-1);
    }
    request->data_offset = (long) data_offset;
    request->data_size = (long) data_size;
    if (*request->nexthop == 0) {
	msg_warn("deliver_request: %s: empty nexthop", request->queue_id);
	return (-1);
    }
    if (request->sendopts < 0) {
	msg_warn("deliver_request: %s: bad sendopts %d",
		 request->queue_id, request->sendopts);
	return (-1);
    }
    if (!DSN_RET_OK(request->dsn_ret)) {
	msg_warn("deliver_request: %s: bad dsn_ret %d",
		 request->queue_id, request->dsn_ret);
	return (-1);
    }
    if (deliver_request_time(&request->msg_stats.incoming_arrival,
			     arrival_sec, arrival_usec, "arrival") < 0
	|| deliver_request_time(&request->msg_stats.active_arrival,
				active_sec, active_usec, "active") < 0)
	return (-1);
    if (count < 1 || count > request->rcpt_limit) {
	msg_warn("deliver_request: %s: recipient count %d not in 1..%d",
		 request->queue_id, count, request->rcpt_limit);
	return (-1);
    }
    while (request->rcpt_count < count)
	if (deliver_request_get_rcpt(client, request) < 0)
	    return (-1);
    return (0);
}

/* deliver_request_read - say ready, read a request */

int     deliver_request_read(VSTREAM *client, DELIVER_REQUEST *request)
{
    if (request->fp != 0)
	msg_panic("deliver_request_read: queue file still open");
    request->rcpt_count = 0;
    request->buf->arena_used = 0;
    memset((void *) &request->msg_stats, 0, sizeof(request->msg_stats));
    if (attr_print(client, ATTR_FLAG_NONE,
		   SEND_ATTR_INT(MAIL_ATTR_STATUS, 0),
		   ATTR_TYPE_END) != 0) {
	msg_warn("deliver_request: cannot send ready status: %m");
	return (-1);
    }
    if (deliver_request_get(client, request) < 0) {
	request->rcpt_count = 0;
	return (-1);
    }
    gettimeofday(&request->msg_stats.agent_handoff, (struct timezone *) 0);
    return (0);
}

/* deliver_request_open - open and lock the queue file */

int     deliver_request_open(DELIVER_REQUEST *request)
{
    DELIVER_REQUEST_BUF *buf = request->buf;
    int     fd;
    int     saved;

    if (request->fp != 0)
	msg_panic("deliver_request_open: queue file already open");
    if ((fd = mail_queue_open_fd(request->queue_name, request->queue_id,
				 O_RDWR, 0)) < 0)
	return (-1);
    if (mail_queue_lock(fd, MAIL_QUEUE_LOCK_SHARED) < 0) {
	saved = errno;
	(void) close(fd);
	errno = saved;
	return (-1);
    }
    vstream_init(buf->fp, fd, O_RDWR, buf->block, VSTREAM_BUFSIZE);
    request->fp = buf->fp;
    return (0);
}

/* deliver_request_done - close the queue file, send the reply */

int     deliver_request_done(VSTREAM *client, DELIVER_REQUEST *request,
			             int status, const DSN *hop_dsn)
{
    DELIVER_REQUEST_BUF *buf = request->buf;
    VSTRING reason;

    if (request->fp != 0) {
	if (vstream_fclose(request->fp) != 0)
	    msg_warn("%s: close queue file %s/%s: %m", request->log_ident,
		     request->queue_name, request->queue_id);
	request->fp = 0;
    }
    vstring_init_mem(&reason, buf->arena + buf->arena_used,
		     DELIVER_REQUEST_STR_MAX);
    if (attr_print(client, ATTR_FLAG_NONE,
		   SEND_ATTR_INT(MAIL_ATTR_STATUS, status),
		   SEND_ATTR_STR(MAIL_ATTR_DSN_STATUS,
				 hop_dsn && dsn_valid(hop_dsn->status) != 0
				 && strlen(hop_dsn->status) <= DSN_STATUS_LEN ?
				 hop_dsn->status : ""),
		   SEND_ATTR_STR(MAIL_ATTR_REASON,
				 dsn_clean(&reason,
					   hop_dsn ? hop_dsn->reason : "",
					   ATTR_VALUE_MAX)),
		   ATTR_TYPE_END) != 0) {
	msg_warn("%s: cannot send delivery status to queue manager: %m",
		 request->queue_id);
	return (-1);
    }
    return (0);
}
