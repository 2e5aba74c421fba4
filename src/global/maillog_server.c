/*++
/* NAME
/*	maillog_server 3
/* SUMMARY
/*	the work of postlogd(8): client lines into the maillog_file
/* SYNOPSIS
/*	#include <maillog_server.h>
/*
/*	int	maillog_server_open(path, prefixes, why)
/*	const char *path;
/*	const char *prefixes;
/*	VSTRING	*why;
/*
/*	void	maillog_server_line(buf, len)
/*	const char *buf;
/*	ssize_t	len;
/*
/*	void	maillog_server_close(void)
/* DESCRIPTION
/*	maillog_server_open() checks that path (maillog_file) starts with
/*	one of prefixes (maillog_file_prefixes), opens it for appending
/*	(maillog_file(3): the safety checks, /dev/stdout), and makes the
/*	process's own diagnostics go to the same file rather than to the
/*	postlog socket it serves. It returns 0, or -1 with a reason in
/*	the words of Postfix's postlogd ("maillog_file value '...' does
/*	not match any prefix in maillog_file_prefixes", "open logfile
/*	'...': ...") for the caller's fatal error.
/*
/*	maillog_server_line() handles one datagram (len bytes in buf). The datagram comes from any local process
/*	that can reach public/postlog and is not trusted: trailing
/*	newlines are removed, every other control character (a NUL
/*	included) becomes "?", so that one datagram is always exactly
/*	one line and cannot forge others; an empty datagram is ignored.
/*	The line goes to the log file; when no file is open (maillog_file
/*	became empty, but programs started earlier still send), the time
/*	stamp and host are stripped and the text goes to syslog under
/*	the sender's "tag[pid]". A write error is not reported: there
/*	is nowhere to report it, and the next line tries again (and
/*	reopens the file after a rotation).
/*
/*	maillog_server_close() closes the file.
/*
/*	No memory is allocated; a datagram longer than MAILLOG_LINE_MAX
/*	is cut there.
/* SEE ALSO
/*	postlogd(8), maillog_client(3), maillog_file(3)
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <maillog_line.h>
#include <maillog_file.h>
#include <maillog_client.h>
#include <maillog_server.h>

static MAILLOG_FILE maillog_server_file = {0, -1, 0, 0, 0};

/* maillog_server_self - postlogd's own diagnostics */

static void maillog_server_self(const char *line, size_t len)
{
    (void) maillog_file_write(&maillog_server_file, line, len);
}

/* maillog_server_open - check and open the log file */

int     maillog_server_open(const char *path, const char *prefixes, VSTRING *why)
{
    char    buf[256];
    VSTRING reason;

    if (!maillog_file_allowed(path, prefixes)) {
	vstring_sprintf(why, "maillog_file value '%s' does not match any prefix in maillog_file_prefixes",
			path);
	return (-1);
    }
    vstring_init_mem(&reason, buf, sizeof(buf));
    maillog_server_close();
    if (maillog_file_open(&maillog_server_file, path, &reason) < 0) {
	vstring_sprintf(why, "open logfile '%s': %s", path, buf);
	return (-1);
    }
    maillog_client_writer(maillog_server_self);
    return (0);
}

/* maillog_server_line - one client datagram into the log */

void    maillog_server_line(const char *buf, ssize_t len)
{
    static char line[MAILLOG_LINE_MAX + 1] PAGE_BUFFER;
    unsigned char *cp;
    char   *tag_pid;
    char   *text;

    if (len <= 0)
	return;
    if (len > MAILLOG_LINE_MAX)
	len = MAILLOG_LINE_MAX;
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
	len--;
    if (len == 0)
	return;
    memcpy(line, buf, (size_t) len);
    line[len] = 0;
    for (cp = (unsigned char *) line; cp < (unsigned char *) line + len; cp++)
	if (*cp < ' ' || *cp == 0x7f)
	    *cp = '?';
    if (maillog_server_file.fd >= 0)
	(void) maillog_file_write(&maillog_server_file, line, (size_t) len);
    else if (maillog_line_split(line, &tag_pid, &text))
	maillog_client_syslog_as(tag_pid, text);
    else
	maillog_client_syslog_as("postlogd", line);
}

/* maillog_server_close - close the log file */

void    maillog_server_close(void)
{
    maillog_file_close(&maillog_server_file);
    maillog_client_writer((MAILLOG_CLIENT_WRITE_FN) 0);
}
