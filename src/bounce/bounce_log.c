/*++
/* NAME
/*	bounce_log 3
/* SUMMARY
/*	per-message bounce, defer and trace logs
/* SYNOPSIS
/*	#include "bounce.h"
/*
/*	BOUNCE_LOG_ENTRY *bounce_log_entry_create()
/*
/*	const char *bounce_log_entry_check(entry)
/*	const BOUNCE_LOG_ENTRY *entry;
/*
/*	int	bounce_log_format(buf, entry)
/*	VSTRING	*buf;
/*	const BOUNCE_LOG_ENTRY *entry;
/*
/*	void	bounce_log_init(log, fp, name, line)
/*	BOUNCE_LOG *log;
/*	VSTREAM	*fp;
/*	const char *name;
/*	VSTRING	*line;
/*
/*	int	bounce_log_read(log, entry)
/*	BOUNCE_LOG *log;
/*	BOUNCE_LOG_ENTRY *entry;
/*
/*	int	bounce_log_rewind(log)
/*	BOUNCE_LOG *log;
/* DESCRIPTION
/*	A log (bounce/ID, defer/ID, trace/ID) holds one record per
/*	recipient outcome. A record is twelve lines "name=value" in a
/*	fixed order, the names of the append request (rcpt, orig_rcpt,
/*	dsn_orcpt, dsn_notify, offset, dsn_status, dsn_action, reason,
/*	dsn_diag_type, dsn_diag_text, dsn_mta_type, dsn_mta_name),
/*	then an empty line. Values hold no control characters; the
/*	status is a valid enhanced status code, the action one of
/*	dsn(3h)'s, the numbers are decimal.
/*
/*	bounce_log_entry_create() allocates an entry whose strings
/*	have fixed room (ATTR_VALUE_MAX bytes each).
/*
/*	bounce_log_entry_check() returns a null pointer when an entry
/*	may be written to a log (and read back), or why not.
/*
/*	bounce_log_format() appends an entry's record to buf; it
/*	returns the length of buf.
/*
/*	bounce_log_init() prepares to read the log on fp; name is used
/*	in warnings, line is the caller's line buffer (at least
/*	BOUNCE_LOG_LINE_MAX bytes of room, or growable).
/*
/*	bounce_log_read() reads the next valid record into entry and
/*	returns 1; 0 at the end of the log. The log is not trusted: a
/*	record that breaks any rule above (a missing, extra, misplaced
/*	or invalid attribute, an over-long line, a null byte, a
/*	record cut short by the end of the file) is skipped up to the
/*	next empty line, with a warning that names the log and line,
/*	and counted in log->errors (once: not again after a rewind).
/*	Empty lines between records are
/*	allowed (the append service writes them to close a record
/*	that a crash left incomplete).
/*
/*	bounce_log_rewind() goes back to the first record; 0 or -1.
/* DIAGNOSTICS
/*	Warnings for bad records and read errors.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <stringops.h>
#include <attr.h>
#include <mail_proto.h>
#include <dsn.h>

#include "bounce.h"

#define BOUNCE_LOG_FIELDS	12

 /*
  * Field kinds, for the checks.
  */
#define BL_TEXT		0		/* any text without control chars */
#define BL_ADDR		1		/* non-empty text */
#define BL_NOTIFY	2		/* DSN NOTIFY bits */
#define BL_OFFSET	3		/* file offset */
#define BL_STATUS	4		/* enhanced status code */
#define BL_ACTION	5		/* DSN action */

static const struct {
    const char *name;
    int     kind;
}       bounce_log_fields[BOUNCE_LOG_FIELDS] = {
    {MAIL_ATTR_RECIP, BL_ADDR},
    {MAIL_ATTR_ORCPT, BL_TEXT},
    {MAIL_ATTR_DSN_ORCPT, BL_TEXT},
    {MAIL_ATTR_DSN_NOTIFY, BL_NOTIFY},
    {MAIL_ATTR_OFFSET, BL_OFFSET},
    {MAIL_ATTR_DSN_STATUS, BL_STATUS},
    {MAIL_ATTR_DSN_ACTION, BL_ACTION},
    {MAIL_ATTR_REASON, BL_TEXT},
    {MAIL_ATTR_DSN_MTYPE, BL_TEXT},
    {MAIL_ATTR_DSN_MTEXT, BL_TEXT},
    {MAIL_ATTR_DSN_MTA_TYPE, BL_TEXT},
    {MAIL_ATTR_DSN_MTA_NAME, BL_TEXT},
};

static const char *const bounce_log_actions[] = {
    DSN_ACTION_FAILED, DSN_ACTION_DELAYED, DSN_ACTION_DELIVERED,
    DSN_ACTION_RELAYED, DSN_ACTION_EXPANDED, DSN_ACTION_DELIVERABLE,
    DSN_ACTION_UNDELIVERABLE, 0,
};

/* bounce_log_entry_create - an entry with fixed room */

BOUNCE_LOG_ENTRY *bounce_log_entry_create(void)
{
    BOUNCE_LOG_ENTRY *e = (BOUNCE_LOG_ENTRY *) mymalloc(sizeof(*e));

    e->rcpt = vstring_fixed(ATTR_VALUE_MAX);
    e->orig_rcpt = vstring_fixed(ATTR_VALUE_MAX);
    e->dsn_orcpt = vstring_fixed(ATTR_VALUE_MAX);
    e->dsn_notify = 0;
    e->offset = 0;
    e->status = vstring_fixed(ATTR_VALUE_MAX);
    e->action = vstring_fixed(ATTR_VALUE_MAX);
    e->reason = vstring_fixed(ATTR_VALUE_MAX);
    e->dtype = vstring_fixed(ATTR_VALUE_MAX);
    e->dtext = vstring_fixed(ATTR_VALUE_MAX);
    e->mtype = vstring_fixed(ATTR_VALUE_MAX);
    e->mname = vstring_fixed(ATTR_VALUE_MAX);
    return (e);
}

/* bounce_log_string - the string field of an entry */

static VSTRING *bounce_log_string(const BOUNCE_LOG_ENTRY *e, int field)
{
    VSTRING *const strings[BOUNCE_LOG_FIELDS] = {
	e->rcpt, e->orig_rcpt, e->dsn_orcpt, 0, 0, e->status, e->action,
	e->reason, e->dtype, e->dtext, e->mtype, e->mname,
    };

    return (strings[field]);
}

/* bounce_log_check - one value against its field's rules */

static const char *bounce_log_check(int field, const char *value, size_t len)
{
    const char *cp;
    int     n;

    if (len > ATTR_VALUE_MAX)
	return ("value too long");
    if (strlen(value) != len)
	return ("null byte in value");
    for (cp = value; *cp; cp++)
	if ((unsigned char) *cp < 0x20 || *cp == 0x7f)
	    return ("control character in value");
    switch (bounce_log_fields[field].kind) {
    case BL_ADDR:
	return (len == 0 ? "empty address" : 0);
    case BL_NOTIFY:
	if (len == 0 || len > 2 || !alldig(value))
	    return ("bad dsn_notify value");
	n = atoi(value);
	return (DSN_NOTIFY_OK(n) ? 0 : "bad dsn_notify value");
    case BL_OFFSET:
	return (len == 0 || len > 9 || !alldig(value) ? "bad offset value" : 0);
    case BL_STATUS:
	return (len == 0 || len > DSN_STATUS_LEN || dsn_valid(value) != len ?
		"bad dsn_status value" : 0);
    case BL_ACTION:
	for (n = 0; bounce_log_actions[n]; n++)
	    if (strcmp(value, bounce_log_actions[n]) == 0)
		return (0);
	return ("bad dsn_action value");
    default:
	return (0);
    }
}

/* bounce_log_entry_check - may this entry be logged */

const char *bounce_log_entry_check(const BOUNCE_LOG_ENTRY *e)
{
    char    num[32];
    const char *why;
    VSTRING *vp;
    int     field;

    for (field = 0; field < BOUNCE_LOG_FIELDS; field++) {
	if ((vp = bounce_log_string(e, field)) != 0) {
	    why = bounce_log_check(field, vstring_str(vp), VSTRING_LEN(vp));
	} else {
	    snprintf(num, sizeof(num), "%ld",
		     field == 3 ? (long) e->dsn_notify : e->offset);
	    why = bounce_log_check(field, num, strlen(num));
	}
	if (why)
	    return (why);
    }
    return (0);
}

/* bounce_log_format - one record */

int     bounce_log_format(VSTRING *buf, const BOUNCE_LOG_ENTRY *e)
{
    VSTRING *vp;
    int     field;

    for (field = 0; field < BOUNCE_LOG_FIELDS; field++) {
	if ((vp = bounce_log_string(e, field)) != 0)
	    vstring_sprintf_append(buf, "%s=%s\n", bounce_log_fields[field].name,
				   vstring_str(vp));
	else
	    vstring_sprintf_append(buf, "%s=%ld\n", bounce_log_fields[field].name,
			field == 3 ? (long) e->dsn_notify : e->offset);
    }
    vstring_addch(buf, '\n');
    return ((int) VSTRING_LEN(buf));
}

/* bounce_log_init - prepare to read */

void    bounce_log_init(BOUNCE_LOG *log, VSTREAM *fp, const char *name,
			        VSTRING *line)
{
    log->fp = fp;
    log->name = name;
    log->lineno = 0;
    log->seen = 0;
    log->errors = 0;
    log->line = line;
}

/* bounce_log_rewind - back to the start */

int     bounce_log_rewind(BOUNCE_LOG *log)
{
    log->lineno = 0;
    return (vstream_fseek(log->fp, (off_t) 0, SEEK_SET) < 0 ? -1 : 0);
}

/* bounce_log_store - check and store one "name=value" line */

static const char *bounce_log_store(BOUNCE_LOG_ENTRY *e, int field,
				            char *line, size_t len)
{
    const char *name = bounce_log_fields[field].name;
    size_t  nlen = strlen(name);
    const char *value;
    const char *why;
    VSTRING *vp;

    if (len <= nlen || strncmp(line, name, nlen) != 0 || line[nlen] != '=')
	return ("attribute missing or out of order");
    value = line + nlen + 1;
    if ((why = bounce_log_check(field, value, len - nlen - 1)) != 0)
	return (why);
    if ((vp = bounce_log_string(e, field)) != 0)
	vstring_strcpy(vp, value);
    else if (field == 3)
	e->dsn_notify = atoi(value);
    else
	e->offset = atol(value);
    return (0);
}

/* bounce_log_bad - report a skipped record */

static void bounce_log_bad(BOUNCE_LOG *log, long where, const char *why)
{
    if (where <= log->seen)
	return;
    msg_warn("%s: line %ld: %s: record skipped", log->name, where, why);
    log->errors++;
    log->seen = where;
}

/* bounce_log_read - the next valid record */

int     bounce_log_read(BOUNCE_LOG *log, BOUNCE_LOG_ENTRY *e)
{
    const char *why = 0;
    long    where = 0;
    int     field = 0;
    int     end;

    for (;;) {
	end = vstream_get_line(log->fp, log->line, BOUNCE_LOG_LINE_MAX);
	if (end == VSTREAM_EOF && VSTRING_LEN(log->line) == 0) {
	    if (vstream_ferror(log->fp)) {
		msg_warn("%s: read error: %m", log->name);
		log->errors++;
	    } else if (field > 0 || why != 0) {
		bounce_log_bad(log, why ? where : log->lineno,
			       why ? why : "record ends early");
	    }
	    return (0);
	}
	log->lineno++;
	if (end == 0) {				/* over-long line: skip it */
	    while ((end = vstream_get_line(log->fp, log->line,
					   BOUNCE_LOG_LINE_MAX)) == 0)
		 /* void */ ;
	    if (why == 0) {
		why = "line too long";
		where = log->lineno;
	    }
	    continue;
	}
	if (end == VSTREAM_EOF) {		/* last line without newline */
	    bounce_log_bad(log, why ? where : log->lineno,
			   why ? why : "incomplete last line");
	    return (0);
	}
	if (VSTRING_LEN(log->line) == 0) {	/* end of record */
	    if (field == 0 && why == 0)
		continue;
	    if (why == 0 && field < BOUNCE_LOG_FIELDS) {
		why = "record ends early";
		where = log->lineno;
	    }
	    if (why != 0) {
		bounce_log_bad(log, where, why);
		why = 0;
		field = 0;
		continue;
	    }
	    return (1);
	}
	if (why != 0)
	    continue;
	if (field == BOUNCE_LOG_FIELDS)
	    why = "too many attributes";
	else if ((why = bounce_log_store(e, field, vstring_str(log->line),
					 VSTRING_LEN(log->line))) == 0)
	    field++;
	where = log->lineno;
    }
}
