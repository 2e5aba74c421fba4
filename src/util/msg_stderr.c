/*++
/* NAME
/*	msg_stderr 3
/* SUMMARY
/*	diagnostics to standard error
/* SYNOPSIS
/*	#include <msg.h>
/*
/*	void	msg_stderr_init(progname)
/* DESCRIPTION
/*	msg_stderr_init() sets the program name and adds standard
/*	error as an output channel. Lines look like Postfix's command
/*	diagnostics: "progname: warning: text". Each line is written
/*	with one write() so that lines from concurrent processes do
/*	not interleave.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>

/* msg_stderr_print - write one line to fd 2 */

static void msg_stderr_print(int level, const char *text)
{
    static const char *const tags[] = {"", "warning: ", "error: ", "fatal: ", "panic: "};
    char    line[2300];
    int     len;

    len = snprintf(line, sizeof(line), "%s: %s%s\n", msg_progname, tags[level], text);
    if (len < 0)
	return;
    if ((size_t) len >= sizeof(line)) {
	len = sizeof(line) - 1;
	line[len - 1] = '\n';
    }
    if (write(2, line, len) < 0) {
	/* Nothing to report to. */ ;
    }
}

/* msg_stderr_init - log to standard error */

void    msg_stderr_init(const char *progname)
{
    msg_set_progname(progname);
    msg_output(msg_stderr_print);
}
