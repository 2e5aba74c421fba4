/*++
/* NAME
/*	msg 3
/* SUMMARY
/*	diagnostics: panic, fatal, warn, info and verbose logging
/* SYNOPSIS
/*	#include <msg.h>
/*
/*	int	msg_verbose;
/*
/*	void	msg_info(format, ...)
/*	void	msg_warn(format, ...)
/*	void	msg_error(format, ...)
/*	NORETURN msg_fatal(format, ...)
/*	NORETURN msg_fatal_status(status, format, ...)
/*	NORETURN msg_panic(format, ...)
/*
/*	void	msg_output(output_fn)
/*	MSG_CLEANUP_FN msg_cleanup(cleanup_fn)
/* DESCRIPTION
/*	These functions format a diagnostic once, into a bounded buffer
/*	on the stack, and hand the text with its level to every output
/*	channel registered with msg_output() (stderr, syslog, postlogd).
/*	"%m" is replaced by the text of the errno value at the call.
/*
/*	msg_info() reports a normal event; verbose logging is
/*	msg_info() guarded by "if (msg_verbose)". msg_warn() reports a
/*	problem that the program works around. msg_error() is a warning
/*	that also counts: after 13 of them the program gives up, as a
/*	program that keeps running into errors is likely to make things
/*	worse. msg_fatal() reports that the program cannot continue: it
/*	runs the cleanup function and exits with status 1 (or the given
/*	status). msg_panic() reports a bug: it aborts, for a core dump.
/*
/*	Without any output channel, messages go to stderr.
/* DIAGNOSTICS
/*	A recursive call of msg_fatal() or msg_panic() (from a cleanup
/*	or output function) exits immediately.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>

#define MSG_TEXT_MAX	2048		/* longest diagnostic */
#define MSG_OUT_MAX	4		/* output channels */
#define MSG_ERROR_MAX	13		/* msg_error() before giving up */

int     msg_verbose;
const char *msg_progname = "postlet";

static MSG_OUTPUT_FN msg_outputs[MSG_OUT_MAX];
static int msg_output_count;
static MSG_CLEANUP_FN msg_cleanup_fn;
static int msg_exiting;
static int msg_error_count;

/* msg_set_progname - name used in every prefix */

void    msg_set_progname(const char *name)
{
    msg_progname = name;
}

/* msg_output - add an output channel */

void    msg_output(MSG_OUTPUT_FN fn)
{
    int     i;

    for (i = 0; i < msg_output_count; i++)
	if (msg_outputs[i] == fn)
	    return;
    if (msg_output_count >= MSG_OUT_MAX)
	msg_panic("msg_output: too many output channels");
    msg_outputs[msg_output_count++] = fn;
}

/* msg_output_reset - forget all output channels */

void    msg_output_reset(void)
{
    msg_output_count = 0;
}

/* msg_cleanup - set the cleanup function for fatal errors */

MSG_CLEANUP_FN msg_cleanup(MSG_CLEANUP_FN fn)
{
    MSG_CLEANUP_FN old = msg_cleanup_fn;

    msg_cleanup_fn = fn;
    return (old);
}

/* msg_expand_percent_m - copy format, replacing %m by the error text */

static const char *msg_expand_percent_m(char *out, size_t outlen,
					        const char *fmt, int err)
{
    const char *cp;
    const char *etext = 0;
    size_t  used = 0;
    size_t  elen;

    for (cp = fmt; *cp && used + 1 < outlen; cp++) {
	if (cp[0] == '%' && cp[1] == '%') {
	    if (used + 2 >= outlen)
		break;
	    out[used++] = *cp++;
	    out[used++] = *cp;
	} else if (cp[0] == '%' && cp[1] == 'm') {
	    if (etext == 0)
		etext = strerror(err);
	    for (elen = 0; etext[elen] && used + 1 < outlen; elen++) {
		if (etext[elen] == '%') {
		    if (used + 2 >= outlen)
			break;
		    out[used++] = '%';
		}
		out[used++] = etext[elen];
	    }
	    cp++;
	} else {
	    out[used++] = *cp;
	}
    }
    out[used] = 0;
    return (out);
}

/* msg_stderr_default - output when no channel is registered */

static void msg_stderr_default(int level, const char *text)
{
    static const char *const tags[] = {"", "warning: ", "error: ", "fatal: ", "panic: "};

    fprintf(stderr, "%s: %s%s\n", msg_progname, tags[level], text);
}

/* msg_deliver - format once, deliver to every channel */

static void msg_deliver(int level, const char *fmt, va_list ap)
{
    char    text[MSG_TEXT_MAX];
    int     i;

    vsnprintf(text, sizeof(text), fmt, ap);
    if (msg_output_count == 0)
	msg_stderr_default(level, text);
    for (i = 0; i < msg_output_count; i++)
	msg_outputs[i] (level, text);
}

 /*
  * Not inlined: its format buffer would then deepen the stack of every
  * message, not only of those with %m.
  */
static void __attribute__((noinline)) msg_deliver_percent_m(int level,
				            const char *fmt, va_list ap, int err)
{
    char    fmtbuf[MSG_TEXT_MAX];

    msg_deliver(level, msg_expand_percent_m(fmtbuf, sizeof(fmtbuf), fmt, err),
		ap);
}

/* msg_vprintf - report at a level */

void    msg_vprintf(int level, const char *fmt, va_list ap)
{
    int     saved_errno = errno;

    if (strstr(fmt, "%m") != 0)
	msg_deliver_percent_m(level, fmt, ap, saved_errno);
    else
	msg_deliver(level, fmt, ap);
    errno = saved_errno;
}

/* msg_info - report an event */

void    msg_info(const char *fmt,...)
{
    va_list ap;

    va_start(ap, fmt);
    msg_vprintf(MSG_INFO, fmt, ap);
    va_end(ap);
}

/* msg_warn - report a problem the program works around */

void    msg_warn(const char *fmt,...)
{
    va_list ap;

    va_start(ap, fmt);
    msg_vprintf(MSG_WARN, fmt, ap);
    va_end(ap);
}

/* msg_error - report a problem; give up after too many */

void    msg_error(const char *fmt,...)
{
    va_list ap;

    va_start(ap, fmt);
    msg_vprintf(MSG_ERROR, fmt, ap);
    va_end(ap);
    if (++msg_error_count >= MSG_ERROR_MAX)
	msg_fatal("too many errors - program terminated");
}

/* msg_fatal_exit - run cleanup once, then exit */

static NORETURN msg_fatal_exit(int status)
{
    if (msg_exiting++ == 0 && msg_cleanup_fn)
	msg_cleanup_fn();
    _exit(status);
}

/* msg_fatal - report a condition the program cannot survive */

NORETURN msg_fatal(const char *fmt,...)
{
    va_list ap;

    if (msg_exiting == 0) {
	va_start(ap, fmt);
	msg_vprintf(MSG_FATAL, fmt, ap);
	va_end(ap);
    }
    fflush(stdout);
    msg_fatal_exit(1);
}

/* msg_fatal_status - same, with a chosen exit status */

NORETURN msg_fatal_status(int status, const char *fmt,...)
{
    va_list ap;

    if (msg_exiting == 0) {
	va_start(ap, fmt);
	msg_vprintf(MSG_FATAL, fmt, ap);
	va_end(ap);
    }
    fflush(stdout);
    msg_fatal_exit(status);
}

/* msg_panic - report a bug and dump core */

NORETURN msg_panic(const char *fmt,...)
{
    va_list ap;

    if (msg_exiting++ == 0) {
	va_start(ap, fmt);
	msg_vprintf(MSG_PANIC, fmt, ap);
	va_end(ap);
    }
    abort();
}
