/*++
/* NAME
/*	showq_scan 3
/* SUMMARY
/*	read the queue for a queue listing
/* SYNOPSIS
/*	#include <showq_scan.h>
/*
/*	SHOWQ_MSG *showq_msg_alloc()
/*
/*	void	showq_msg_free(msg)
/*	SHOWQ_MSG *msg;
/*
/*	int	showq_scan(msg, fn, context)
/*	SHOWQ_MSG *msg;
/*	void	(*fn)(SHOWQ_MSG *msg, void *context);
/*	void	*context;
/*
/*	int	showq_msg_read(msg, queue, dir, id)
/*	SHOWQ_MSG *msg;
/*	const char *queue;
/*	const char *dir;
/*	const char *id;
/*
/*	void	showq_msg_walk(msg, fn, context)
/*	SHOWQ_MSG *msg;
/*	void	(*fn)(const char *address, const char *reason,
/*			void *context);
/*	void	*context;
/*
/*	void	showq_msg_reset(msg, queue, id)
/*	void	showq_msg_add_rcpt(msg, address)
/*	void	showq_msg_add_log(msg, address, reason)
/*
/*	const char *showq_printable(buf, text)
/*	VSTRING	*buf;
/*	const char *text;
/*
/*	const char *showq_address(buf, tmp, address)
/*	VSTRING	*buf;
/*	VSTRING	*tmp;
/*	const char *address;
/* DESCRIPTION
/*	This module reads what a queue listing (showq(8), postqueue(1)
/*	-p and -j) shows. The caller is in queue_directory.
/*
/*	showq_scan() walks the maildrop, active, incoming, deferred and
/*	hold queues, in that order (Postfix's order), reads each
/*	message with showq_msg_read() and calls fn for each one that
/*	could be read. The result is the number of messages listed.
/*	One SHOWQ_MSG is reused for every message: a walk allocates
/*	nothing per message once its buffers have grown.
/*
/*	showq_msg_read() reads dir/id: the message size (the first
/*	field of the SIZE record; the file size when that is missing),
/*	the arrival time, the sender and the recipients that are still
/*	to do (RCPT records of the envelope and the extracted section;
/*	DONE recipients are left out), then the message's defer log
/*	(defer/ID) when there is one. A file without the owner execute
/*	bit is still being written and is skipped silently, as is a
/*	file that went away; a file that ends before its END record is
/*	listed as far as it goes (as Postfix does). The result is 0, or
/*	-1 when the message is skipped.
/*
/*	The defer log is read in Postfix's plain form: "name=value"
/*	lines, one group per recipient ending with an empty line; the
/*	"recipient" and "reason" attributes are used, others ignored.
/*
/*	showq_msg_walk() calls fn for each recipient in Postfix's
/*	order: the defer log entries first, in log order, with their
/*	reason; then the to-do recipients that the log does not name,
/*	with a null reason.
/*
/*	showq_msg_reset(), showq_msg_add_rcpt() and showq_msg_add_log()
/*	fill a SHOWQ_MSG by hand (postqueue(1) does so with what
/*	showq(8) sends). They store their arguments as given.
/*
/*	showq_printable() copies text with each control character and
/*	each byte that is not part of valid UTF-8 replaced by '?', at
/*	most SHOWQ_STRING_MAX bytes. showq_address() quotes the local
/*	part where RFC 5322 needs it, then makes it printable; the
/*	null sender becomes MAILER-DAEMON.
/* DIAGNOSTICS
/*	A queue file with a bad record, a bad SIZE, TIME or MESG
/*	record, or a name that is not a queue ID, gives a warning that
/*	names it and is skipped. A defer log that cannot be read gives
/*	a warning; the message is listed without reasons.
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <mail_queue.h>
#include <record.h>
#include <rec_type.h>
#include <quote_822_local.h>
#include <showq_scan.h>

#define STR(x)	vstring_str(x)
#define LEN(x)	VSTRING_LEN(x)

#define SHOWQ_RECORD_MAX	65536	/* longest envelope record */
#define SHOWQ_LOG_LINE_MAX	8192	/* longest defer log line */

static const char *const showq_queues[] = {
    MAIL_QUEUE_MAILDROP, MAIL_QUEUE_ACTIVE, MAIL_QUEUE_INCOMING,
    MAIL_QUEUE_DEFERRED, MAIL_QUEUE_HOLD, 0,
};

/* showq_msg_alloc - buffers for one message at a time */

SHOWQ_MSG *showq_msg_alloc(void)
{
    SHOWQ_MSG *msg = (SHOWQ_MSG *) mymalloc(sizeof(*msg));

    msg->id = vstring_alloc(MAIL_QUEUE_ID_MAX);
    msg->sender = vstring_alloc(100);
    msg->rcpts = vstring_alloc(1000);
    msg->log = vstring_alloc(1000);
    msg->buf = vstring_alloc(1000);
    msg->tmp = vstring_alloc(100);
    msg->path = vstring_alloc(100);
    msg->log_rcpt = vstring_alloc(100);
    msg->log_reason = vstring_alloc(100);
    showq_msg_reset(msg, "", "");
    return (msg);
}

/* showq_msg_free - release the buffers */

void    showq_msg_free(SHOWQ_MSG *msg)
{
    vstring_free(msg->id);
    vstring_free(msg->sender);
    vstring_free(msg->rcpts);
    vstring_free(msg->log);
    vstring_free(msg->buf);
    vstring_free(msg->tmp);
    vstring_free(msg->path);
    vstring_free(msg->log_rcpt);
    vstring_free(msg->log_reason);
    myfree((void *) msg);
}

/* showq_msg_reset - start a new message */

void    showq_msg_reset(SHOWQ_MSG *msg, const char *queue, const char *id)
{
    msg->queue = queue;
    vstring_strcpy(msg->id, id);
    msg->arrival = 0;
    msg->size = 0;
    msg->forced_expire = 0;
    vstring_reset(msg->sender);
    vstring_reset(msg->rcpts);
    msg->rcpt_count = 0;
    vstring_reset(msg->log);
    msg->log_count = 0;
    msg->has_log = 0;
}

/* showq_msg_add_rcpt - remember one to-do recipient */

void    showq_msg_add_rcpt(SHOWQ_MSG *msg, const char *addr)
{
    vstring_memcat(msg->rcpts, addr, strlen(addr) + 1);
    msg->rcpt_count++;
}

/* showq_msg_add_log - remember one defer log entry */

void    showq_msg_add_log(SHOWQ_MSG *msg, const char *addr, const char *reason)
{
    vstring_memcat(msg->log, addr, strlen(addr) + 1);
    vstring_memcat(msg->log, reason, strlen(reason) + 1);
    msg->log_count++;
    msg->has_log = 1;
}

/* showq_utf8_len - length of a valid UTF-8 sequence, or 0 */

static size_t showq_utf8_len(const unsigned char *cp)
{
    size_t  len;
    size_t  i;

    if (cp[0] >= 0xc2 && cp[0] <= 0xdf)
	len = 2;
    else if (cp[0] >= 0xe0 && cp[0] <= 0xef)
	len = 3;
    else if (cp[0] >= 0xf0 && cp[0] <= 0xf4)
	len = 4;
    else
	return (0);
    for (i = 1; i < len; i++)
	if ((cp[i] & 0xc0) != 0x80)
	    return (0);
    if ((cp[0] == 0xe0 && cp[1] < 0xa0) || (cp[0] == 0xed && cp[1] > 0x9f)
	|| (cp[0] == 0xf0 && cp[1] < 0x90) || (cp[0] == 0xf4 && cp[1] > 0x8f))
	return (0);
    return (len);
}

/* showq_printable - control characters and bad UTF-8 as '?' */

const char *showq_printable(VSTRING *buf, const char *text)
{
    const unsigned char *cp = (const unsigned char *) text;
    size_t  len;

    vstring_reset(buf);
    while (*cp && LEN(buf) < SHOWQ_STRING_MAX) {
	if (*cp < 0x80) {
	    vstring_addch(buf, (*cp < 0x20 || *cp == 0x7f) ? '?' : *cp);
	    cp++;
	} else if ((len = showq_utf8_len(cp)) > 0
		   && LEN(buf) + len <= SHOWQ_STRING_MAX) {
	    vstring_memcat(buf, (const char *) cp, len);
	    cp += len;
	} else {
	    vstring_addch(buf, '?');
	    cp++;
	}
    }
    return (STR(buf));
}

/* showq_address - an address as a listing shows it */

const char *showq_address(VSTRING *buf, VSTRING *tmp, const char *addr)
{
    if (*addr == 0)
	return (showq_printable(buf, "MAILER-DAEMON"));
    return (showq_printable(buf, quote_822_local(tmp, addr)));
}

/* showq_read_log - the reasons from the defer log, if any */

static void showq_read_log(SHOWQ_MSG *msg)
{
    VSTREAM *fp;
    VSTRING *rcpt = msg->log_rcpt;
    VSTRING *reason = msg->log_reason;
    int     have_rcpt = 0;
    int     ch;

    mail_queue_path(msg->path, MAIL_QUEUE_DEFER, STR(msg->id));
    if ((fp = vstream_fopen(STR(msg->path), O_RDONLY | O_NOFOLLOW, 0)) == 0) {
	if (errno != ENOENT)
	    msg_warn("open %s: %m", STR(msg->path));
	return;
    }
    msg->has_log = 1;
    vstring_reset(reason);
    for (;;) {
	ch = vstream_get_line(fp, msg->buf, SHOWQ_LOG_LINE_MAX);
	if (ch == 0) {
	    msg_warn("%s: line longer than %d bytes; rest of the log ignored",
		     STR(msg->path), SHOWQ_LOG_LINE_MAX);
	    break;
	}
	if (ch == VSTREAM_EOF || LEN(msg->buf) == 0) {
	    if (have_rcpt)
		showq_msg_add_log(msg, STR(rcpt), STR(reason));
	    have_rcpt = 0;
	    vstring_reset(reason);
	    if (ch == VSTREAM_EOF)
		break;
	} else if (strncmp(STR(msg->buf), "recipient=", 10) == 0) {
	    showq_address(rcpt, msg->tmp, STR(msg->buf) + 10);
	    have_rcpt = 1;
	} else if (strncmp(STR(msg->buf), "reason=", 7) == 0) {
	    showq_printable(reason, STR(msg->buf) + 7);
	}
    }
    if (vstream_ferror(fp))
	msg_warn("read %s: %m", STR(msg->path));
    (void) vstream_fclose(fp);
}

/* showq_number - a non-negative decimal number at the start of text */

static int showq_number(const char *text, long long *result)
{
    char   *end;

    while (*text == ' ')
	text++;
    if (*text < '0' || *text > '9')
	return (-1);
    errno = 0;
    *result = strtoll(text, &end, 10);
    if (errno == ERANGE || (*end != 0 && *end != ' '))
	return (-1);
    return (0);
}

/* showq_read_records - the envelope and extracted records */

static const char *showq_read_records(SHOWQ_MSG *msg, VSTREAM *fp,
				              off_t file_size)
{
    int     type;
    int     seen_size = 0;
    int     in_content = 0;
    long long offset;

    while ((type = rec_get(fp, msg->buf, SHOWQ_RECORD_MAX)) != REC_TYPE_EOF) {
	if (type == REC_TYPE_ERROR)
	    return ("bad record");
	if (in_content && type != REC_TYPE_XTRA) {
	    if (type == REC_TYPE_NORM || type == REC_TYPE_CONT)
		continue;
	    return ("envelope record in the message content");
	}
	switch (type) {
	case REC_TYPE_SIZE:
	    if (seen_size++ || showq_number(STR(msg->buf), &msg->size) < 0)
		return ("bad SIZE record");
	    break;
	case REC_TYPE_TIME:
	    if (showq_number(STR(msg->buf), &msg->arrival) < 0)
		return ("bad TIME record");
	    break;
	case REC_TYPE_FROM:
	    showq_address(msg->sender, msg->tmp, STR(msg->buf));
	    break;
	case REC_TYPE_RCPT:
	    showq_msg_add_rcpt(msg, showq_address(msg->tmp, msg->path,
						  STR(msg->buf)));
	    break;
	case REC_TYPE_MESG:
	    /* A maildrop file's MESG record is empty: content follows. */
	    if (VSTRING_LEN(msg->buf) == 0) {
		in_content = 1;
		break;
	    }
	    if (showq_number(STR(msg->buf), &offset) < 0 || offset > file_size)
		return ("bad MESG record");
	    if (offset > vstream_ftell(fp)) {
		if (vstream_fseek(fp, (off_t) offset, SEEK_SET) < 0)
		    return ("bad MESG record");
	    } else if (offset != 0) {
		return ("bad MESG record");
	    }
	    in_content = 1;
	    break;
	case REC_TYPE_XTRA:
	    in_content = 0;
	    break;
	case REC_TYPE_END:
	    return (0);
	case REC_TYPE_NORM:
	case REC_TYPE_CONT:
	    return ("message content before the MESG record");
	default:
	    break;
	}
    }
    if (vstream_ferror(fp))
	return ("read error");
    return (0);
}

/* showq_msg_read - one message */

int     showq_msg_read(SHOWQ_MSG *msg, const char *queue, const char *dir,
		               const char *id)
{
    VSTREAM *fp;
    struct stat st;
    const char *why;
    int     fd;

    if (!mail_queue_id_ok(id)) {
	msg_warn("%s/%s: not a queue ID; skipped", dir, id);
	return (-1);
    }
    showq_msg_reset(msg, queue, id);
    vstring_sprintf(msg->path, "%s/%s", dir, id);
    if ((fd = open(STR(msg->path), O_RDONLY | O_NOFOLLOW | O_NONBLOCK)) < 0) {
	if (errno != ENOENT)
	    msg_warn("open %s: %m", STR(msg->path));
	return (-1);
    }
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
	msg_warn("%s: not a regular file; skipped", STR(msg->path));
	(void) close(fd);
	return (-1);
    }
    if ((st.st_mode & S_IXUSR) == 0) {
	(void) close(fd);
	return (-1);
    }
    msg->forced_expire = (st.st_mode & SHOWQ_STAT_EXPIRE) != 0;
    fp = vstream_fdopen(fd, O_RDONLY);
    why = showq_read_records(msg, fp, st.st_size);
    (void) vstream_fclose(fp);
    if (why != 0) {
	msg_warn("%s/%s: %s; skipped", dir, id, why);
	return (-1);
    }
    if (LEN(msg->sender) == 0)
	showq_address(msg->sender, msg->tmp, "");
    if (msg->size <= 0)
	msg->size = (long long) st.st_size;
    showq_read_log(msg);
    return (0);
}

/* showq_log_names - does the defer log name this recipient? */

static int showq_log_names(SHOWQ_MSG *msg, const char *addr)
{
    const char *cp = STR(msg->log);
    int     n;

    for (n = 0; n < msg->log_count; n++) {
	if (strcmp(cp, addr) == 0)
	    return (1);
	cp += strlen(cp) + 1;
	cp += strlen(cp) + 1;
    }
    return (0);
}

/* showq_msg_walk - the recipients in Postfix's order */

void    showq_msg_walk(SHOWQ_MSG *msg, SHOWQ_RCPT_FN fn, void *context)
{
    const char *cp;
    const char *reason;
    int     n;

    for (cp = STR(msg->log), n = 0; n < msg->log_count; n++) {
	reason = cp + strlen(cp) + 1;
	fn(cp, reason, context);
	cp = reason + strlen(reason) + 1;
    }
    for (cp = STR(msg->rcpts), n = 0; n < msg->rcpt_count; n++) {
	if (!showq_log_names(msg, cp))
	    fn(cp, (const char *) 0, context);
	cp += strlen(cp) + 1;
    }
}

/* showq_scan - every listed queue */

int     showq_scan(SHOWQ_MSG *msg, SHOWQ_MSG_FN fn, void *context)
{
    const char *const * qp;
    MAIL_QUEUE_SCAN *scan;
    const char *name;
    VSTRING *dir = vstring_alloc(100);
    int     count = 0;

    for (qp = showq_queues; *qp; qp++) {
	if ((scan = mail_queue_scan_open(*qp)) == 0) {
	    if (errno != ENOENT)
		msg_warn("open queue %s: %m", *qp);
	    continue;
	}
	while ((name = mail_queue_scan_next(scan)) != 0) {
	    vstring_strcpy(dir, mail_queue_scan_dir(scan));
	    if (showq_msg_read(msg, *qp, STR(dir), name) == 0) {
		fn(msg, context);
		count++;
	    }
	}
	mail_queue_scan_close(scan);
    }
    vstring_free(dir);
    return (count);
}
