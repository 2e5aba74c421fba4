/*++
/* NAME
/*	showq_format 3
/* SUMMARY
/*	queue listing output formats
/* SYNOPSIS
/*	#include <showq_format.h>
/*
/*	SHOWQ_FORMAT *showq_format_alloc(out, format)
/*	VSTREAM	*out;
/*	int	format;
/*
/*	void	showq_format_msg(fmt, msg)
/*	SHOWQ_FORMAT *fmt;
/*	SHOWQ_MSG *msg;
/*
/*	void	showq_format_end(fmt)
/*	SHOWQ_FORMAT *fmt;
/*
/*	void	showq_format_free(fmt)
/*	SHOWQ_FORMAT *fmt;
/*
/*	const char *showq_format_time(buf, when)
/*	VSTRING	*buf;
/*	long long when;
/* DESCRIPTION
/*	This module writes a queue listing in one of Postfix's two
/*	formats, byte for byte as Postfix's postqueue(1) writes them.
/*
/*	showq_format_alloc() starts a listing on out: SHOWQ_FORMAT_MAILQ
/*	(postqueue -p, mailq) or SHOWQ_FORMAT_JSON (postqueue -j).
/*
/*	showq_format_msg() writes one message (see showq_scan(3) for
/*	what it holds and for the order of its recipients).
/*
/*	In the mailq format the first message comes after the column
/*	header "-Queue ID-  --Size-- ----Arrival Time----
/*	-Sender/Recipient-------". A message starts with a line of the
/*	queue ID followed by its status mark ("*" active, "!" hold, "#"
/*	forced to expire, nothing otherwise) left-justified in 11
/*	columns, the size right-justified in 7, the arrival time as
/*	asctime(3) shows it without the year, and the sender. Each
/*	recipient follows on a line of its own, indented by 41 spaces.
/*	A delay reason is shown as "(reason)" right-justified in 78
/*	columns before the first recipient it applies to and again
/*	whenever it changes; a recipient that a message's defer log
/*	does not name gets "(reason unavailable)". An empty line ends
/*	each message.
/*
/*	In the JSON format each message is one line: an object with
/*	queue_name, queue_id, arrival_time, message_size,
/*	forced_expire, sender and recipients, a list of objects with
/*	address and (when known) delay_reason, in Postfix's key order
/*	and spacing. Strings are escaped for JSON; UTF-8 is kept.
/*
/*	showq_format_end() finishes the listing: in the mailq format
/*	"-- N Kbytes in M Requests." (the sum of the message sizes,
/*	in 1024-byte units rounded down; "Request." for one message) or
/*	"Mail queue is empty"; nothing in the JSON format. It flushes
/*	the stream.
/*
/*	showq_format_time() gives the 19 columns of the arrival time
/*	("Tue Nov 14 22:13:20") in local time.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <time.h>

#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <showq_scan.h>
#include <showq_format.h>

#define STR(x)	vstring_str(x)

#define SHOWQ_RCPT_INDENT	41	/* recipient column */
#define SHOWQ_REASON_WIDTH	78	/* reason right margin */

/* showq_format_alloc - start a listing */

SHOWQ_FORMAT *showq_format_alloc(VSTREAM *out, int format)
{
    SHOWQ_FORMAT *fmt = (SHOWQ_FORMAT *) mymalloc(sizeof(*fmt));

    fmt->out = out;
    fmt->json = (format == SHOWQ_FORMAT_JSON);
    fmt->count = 0;
    fmt->bytes = 0;
    fmt->rcpt_count = 0;
    fmt->last_reason = 0;
    fmt->has_log = 0;
    fmt->tmp = vstring_alloc(100);
    return (fmt);
}

/* showq_format_free - release a listing */

void    showq_format_free(SHOWQ_FORMAT *fmt)
{
    vstring_free(fmt->tmp);
    myfree((void *) fmt);
}

/* showq_format_time - asctime(3) without the year */

const char *showq_format_time(VSTRING *buf, long long when)
{
    static const char days[] = "SunMonTueWedThuFriSat";
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    time_t  t = (time_t) when;
    struct tm tm;

    if ((long long) t != when || localtime_r(&t, &tm) == 0 || tm.tm_wday < 0 || tm.tm_wday > 6
	|| tm.tm_mon < 0 || tm.tm_mon > 11)
	vstring_strcpy(buf, "??? ??? ?? ??:??:??");
    else
	vstring_sprintf(buf, "%.3s %.3s%3d %02d:%02d:%02d",
			days + 3 * tm.tm_wday, months + 3 * tm.tm_mon,
			tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return (STR(buf));
}

/* showq_json_string - a JSON string */

static void showq_json_string(VSTREAM *out, const char *text)
{
    const unsigned char *cp;

    vstream_fputs("\"", out);
    for (cp = (const unsigned char *) text; *cp; cp++) {
	if (*cp == '"' || *cp == '\\')
	    vstream_fprintf(out, "\\%c", *cp);
	else if (*cp < 0x20 || *cp == 0x7f)
	    vstream_fprintf(out, "\\u%04X", *cp);
	else
	    VSTREAM_PUTC(*cp, out);
    }
    vstream_fputs("\"", out);
}

/* showq_mailq_rcpt - one recipient in the mailq format */

static void showq_mailq_rcpt(const char *addr, const char *reason,
			             void *context)
{
    SHOWQ_FORMAT *fmt = (SHOWQ_FORMAT *) context;
    int     pad;

    if (reason == 0 && fmt->has_log)
	reason = "reason unavailable";
    if (reason != 0 && (fmt->last_reason == 0
			|| strcmp(reason, fmt->last_reason) != 0)) {
	pad = SHOWQ_REASON_WIDTH - (int) strlen(reason) - 2;
	vstream_fprintf(fmt->out, "%*s(%s)\n", pad > 0 ? pad : 0, "", reason);
	fmt->last_reason = reason;
    }
    vstream_fprintf(fmt->out, "%*s%s\n", SHOWQ_RCPT_INDENT, "", addr);
}

/* showq_json_rcpt - one recipient in the JSON format */

static void showq_json_rcpt(const char *addr, const char *reason,
			            void *context)
{
    SHOWQ_FORMAT *fmt = (SHOWQ_FORMAT *) context;

    vstream_fputs(fmt->rcpt_count++ ? ", {\"address\": " : "{\"address\": ",
		  fmt->out);
    showq_json_string(fmt->out, addr);
    if (reason != 0) {
	vstream_fputs(", \"delay_reason\": ", fmt->out);
	showq_json_string(fmt->out, reason);
    }
    vstream_fputs("}", fmt->out);
}

/* showq_format_msg - one message */

void    showq_format_msg(SHOWQ_FORMAT *fmt, SHOWQ_MSG *msg)
{
    const char *mark;

    if (fmt->json) {
	vstream_fputs("{\"queue_name\": ", fmt->out);
	showq_json_string(fmt->out, msg->queue);
	vstream_fputs(", \"queue_id\": ", fmt->out);
	showq_json_string(fmt->out, STR(msg->id));
	vstream_fprintf(fmt->out, ", \"arrival_time\": %lld, \"message_size\":"
			" %lld, \"forced_expire\": %s, \"sender\": ",
			msg->arrival, msg->size,
			msg->forced_expire ? "true" : "false");
	showq_json_string(fmt->out, STR(msg->sender));
	vstream_fputs(", \"recipients\": [", fmt->out);
	fmt->rcpt_count = 0;
	showq_msg_walk(msg, showq_json_rcpt, (void *) fmt);
	vstream_fputs("]}\n", fmt->out);
    } else {
	if (fmt->count == 0)
	    vstream_fputs("-Queue ID-  --Size-- ----Arrival Time---- "
			  "-Sender/Recipient-------\n", fmt->out);
	if (strcmp(msg->queue, "active") == 0)
	    mark = "*";
	else if (strcmp(msg->queue, "hold") == 0)
	    mark = "!";
	else if (msg->forced_expire)
	    mark = "#";
	else
	    mark = "";
	vstring_sprintf(fmt->tmp, "%s%s", STR(msg->id), mark);
	vstream_fprintf(fmt->out, "%-11s %7lld ", STR(fmt->tmp), msg->size);
	vstream_fprintf(fmt->out, "%s  %s\n",
			showq_format_time(fmt->tmp, msg->arrival),
			STR(msg->sender));
	fmt->last_reason = 0;
	fmt->has_log = msg->has_log;
	showq_msg_walk(msg, showq_mailq_rcpt, (void *) fmt);
	vstream_fputs("\n", fmt->out);
    }
    fmt->count++;
    fmt->bytes += (unsigned long long) (msg->size > 0 ? msg->size : 0);
}

/* showq_format_end - the summary line */

void    showq_format_end(SHOWQ_FORMAT *fmt)
{
    if (fmt->json == 0 && fmt->count == 0)
	vstream_fputs("Mail queue is empty\n", fmt->out);
    else if (fmt->json == 0)
	vstream_fprintf(fmt->out, "-- %llu Kbytes in %d Request%s.\n",
			fmt->bytes / 1024, fmt->count,
			fmt->count == 1 ? "" : "s");
    vstream_fflush(fmt->out);
}
