/*++
/* NAME
/*	cleanup_out 3
/* SUMMARY
/*	write records to the queue file
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_out(state, type, data, len)
/*	CLEANUP_STATE *state;
/*	int	type;
/*	const char *data;
/*	ssize_t	len;
/*
/*	void	cleanup_out_string(state, type, str)
/*	CLEANUP_STATE *state;
/*	int	type;
/*	const char *str;
/*
/*	void	cleanup_out_format(state, type, format, ...)
/*	CLEANUP_STATE *state;
/*	int	type;
/*	const char *format;
/*
/*	void	cleanup_out_header(state, text, len)
/*	CLEANUP_STATE *state;
/*	const char *text;
/*	size_t	len;
/* DESCRIPTION
/*	These write one record (cleanup_out_header(): one NORM record
/*	per line of a logical header, the lines separated by newlines
/*	in text, and the header is looked at for SMTPUTF8 autodetection)
/*	unless the message already failed in a way that makes
/*	the queue file useless (CLEANUP_STAT_WRITE, BAD or SIZE). A
/*	write error sets CLEANUP_STAT_WRITE and is logged once.
/* DIAGNOSTICS
/*	Warning: the queue file cannot be written.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <errno.h>
#include <string.h>
#include <stdarg.h>

/* Utility library. */

#include <msg.h>
#include <vstream.h>
#include <vstring.h>

/* Global library. */

#include <record.h>
#include <cleanup_user.h>
#include <smtputf8.h>

/* Application-specific. */

#include "cleanup.h"

#define CLEANUP_OUT_OK(s) \
	(((s)->errs & (CLEANUP_STAT_WRITE | CLEANUP_STAT_BAD \
		       | CLEANUP_STAT_SIZE)) == 0)

/* cleanup_out - write one record */

void    cleanup_out(CLEANUP_STATE *state, int type, const char *data,
		            ssize_t len)
{
    if (!CLEANUP_OUT_OK(state))
	return;
    if (rec_put(state->dst, type, data, len) != type) {
	msg_warn("%s: write queue file: %m", vstring_str(state->queue_id));
	state->errs |= CLEANUP_STAT_WRITE;
    }
}

/* cleanup_out_string - write a text record */

void    cleanup_out_string(CLEANUP_STATE *state, int type, const char *str)
{
    cleanup_out(state, type, str, strlen(str));
}

/* cleanup_out_format - write a formatted record */

void    cleanup_out_format(CLEANUP_STATE *state, int type, const char *fmt,...)
{
    static VSTRING *buf;
    va_list ap;

    if (buf == 0)
	buf = vstring_fixed(1000);
    vstring_reset(buf);
    va_start(ap, fmt);
    vstring_vsprintf_append(buf, fmt, ap);
    va_end(ap);
    cleanup_out(state, type, vstring_str(buf), VSTRING_LEN(buf));
}

/* cleanup_out_header - write a logical header, one record per line */

void    cleanup_out_header(CLEANUP_STATE *state, const char *text, size_t len)
{
    const char *end = text + len;
    const char *nl;

    cleanup_smtputf8_text(state, SMTPUTF8_FLAG_HEADER, text, len);
    while (text <= end) {
	if ((nl = memchr(text, '\n', end - text)) == 0)
	    nl = end;
	cleanup_out(state, REC_TYPE_NORM, text, nl - text);
	state->content_size += nl - text + 1;
	text = nl + 1;
    }
}
