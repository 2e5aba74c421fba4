/*++
/* NAME
/*	maillog_line 3
/* SUMMARY
/*	one log line in Postfix's maillog_file format
/* SYNOPSIS
/*	#include <maillog_line.h>
/*
/*	size_t	maillog_line_format(buf, size, when, host, tag, pid,
/*					level, text)
/*	char	*buf;
/*	size_t	size;
/*	time_t	when;
/*	const char *host;
/*	const char *tag;
/*	long	pid;
/*	int	level;
/*	const char *text;
/*
/*	int	maillog_line_split(line, tag_pid, text)
/*	char	*line;
/*	char	**tag_pid;
/*	char	**text;
/* DESCRIPTION
/*	maillog_line_format() writes into buf (size bytes, at least
/*	MAILLOG_LINE_MAX) the line that Postfix 3.4 and later write to
/*	maillog_file, without a newline:
/*
/*	    Nov 01 10:00:00 host postfix/smtp[123]: warning: text
/*
/*	The time stamp is local time formatted as "%b %d %H:%M:%S" (the
/*	day with a leading zero, unlike syslog); host is the first label
/*	of the host name; a level other than MSG_INFO adds its name
/*	("warning: ", "error: ", "fatal: ", "panic: "). The text is cut
/*	at MAILLOG_LINE_TEXT_MAX bytes, the host label and the tag at
/*	their maxima, so that a line always fits. The result is the
/*	length of the line.
/*
/*	maillog_line_split() takes such a line apart in place (postlogd
/*	passes lines to syslog when maillog_file is empty): it skips
/*	the date, time and host, and points tag_pid at "tag[pid]" (the
/*	colon is overwritten) and text at what follows. It returns 0
/*	when the line does not have that form.
/* DIAGNOSTICS
/*	Panic: an invalid level.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <msg.h>
#include <maillog_line.h>

/* maillog_line_format - the maillog_file line for one message */

size_t  maillog_line_format(char *buf, size_t size, time_t when,
			            const char *host, const char *tag, long pid,
			            int level, const char *text)
{
    static const char *const severity[] = {
	"", "warning: ", "error: ", "fatal: ", "panic: ",
    };
    struct tm tm;
    size_t  len;
    int     hostlen;
    int     n;

    if (level < MSG_INFO || level > MSG_PANIC)
	msg_panic("maillog_line_format: invalid level %d", level);
    if (size < MAILLOG_LINE_MAX)
	msg_panic("maillog_line_format: buffer too small: %lu",
		  (unsigned long) size);
    if (localtime_r(&when, &tm) == 0
	|| (len = strftime(buf, size, "%b %d %H:%M:%S ", &tm)) == 0)
	len = 0;
    hostlen = (int) strcspn(host, ".");
    if (hostlen > MAILLOG_LINE_HOST_MAX)
	hostlen = MAILLOG_LINE_HOST_MAX;
    n = snprintf(buf + len, size - len, "%.*s %.*s[%ld]: %s%.*s",
		 hostlen, host, MAILLOG_LINE_TAG_MAX, tag, pid,
		 severity[level], MAILLOG_LINE_TEXT_MAX, text);
    if (n < 0)
	n = 0;
    len += (size_t) n;
    return (len < size ? len : size - 1);
}

/* maillog_line_split - find tag[pid] and text in a formatted line */

int     maillog_line_split(char *line, char **tag_pid, char **text)
{
    char   *cp = line;
    char   *end;
    int     field;

    /* Month, day, time, host: four words, each followed by spaces. */
    for (field = 0; field < 4; field++) {
	cp += strspn(cp, " ");
	if ((end = strchr(cp, ' ')) == 0 || end == cp)
	    return (0);
	cp = end;
    }
    cp += strspn(cp, " ");
    if ((end = strstr(cp, ": ")) == 0 || end == cp || end[-1] != ']'
	|| memchr(cp, ' ', end - cp) != 0)
	return (0);
    *end = 0;
    *tag_pid = cp;
    *text = end + 2;
    return (1);
}
