/*++
/* NAME
/*	sendmail_copy 3
/* SUMMARY
/*	write a message as queue file records
/* SYNOPSIS
/*	#include "sendmail.h"
/*
/*	void	sendmail_envelope(dst, env)
/*	VSTREAM	*dst;
/*	const SENDMAIL_ENV *env;
/*
/*	int	sendmail_recipients(dst, env, recipients)
/*	VSTREAM	*dst;
/*	const SENDMAIL_ENV *env;
/*	char	**recipients;
/*
/*	void	sendmail_rcpt(dst, env, addr)
/*	VSTREAM	*dst;
/*	const SENDMAIL_ENV *env;
/*	const char *addr;
/*
/*	int	sendmail_copy(dst, src, flags, extracted, fix_eol)
/*	VSTREAM	*dst;
/*	VSTREAM	*src;
/*	int	flags;
/*	ARGV	*extracted;
/*	const char *fix_eol;
/* DESCRIPTION
/*	sendmail_envelope() writes the envelope records that come
/*	before the recipients: DSN attributes, the rewrite context
/*	("local"), FULL, FROM, the body encoding, trace flags and the
/*	SMTPUTF8 request (sendmail -bs).
/*
/*	sendmail_rcpt() writes a DSN_ORCPT (the envelope's dsn_orcpt,
/*	from sendmail -bs ORCPT=), a DSN_NOTIFY (with -N or NOTIFY=) and
/*	a RCPT record for one address in internal form.
/*
/*	sendmail_recipients() writes a DSN_NOTIFY (with -N) and a RCPT
/*	record for every address in the null-terminated list; each
/*	argument may hold several addresses ("a, b"); one without any
/*	address gives an empty RCPT, which cleanup refuses. It returns
/*	the number of RCPT records.
/*
/*	sendmail_copy() copies the message from src to dst as NORM
/*	records (one per line, without the newline) and CONT records
/*	(line_length_limit bytes of a longer line; the rest follows),
/*	as Postfix's sendmail does: a leading "From " line (also
/*	">From ") is dropped; with fix_eol "always" every line loses
/*	its trailing carriage returns, with "strict" only when the
/*	first line ended in one, with "never" none; a CR elsewhere and
/*	NUL bytes are kept as they are. With SENDMAIL_FLAG_AEOF a line
/*	holding only "." ends the message (else end of input does).
/*	With SENDMAIL_FLAG_XRCPT the addresses of the primary header's
/*	To:, Cc: and Bcc: go to extracted (the Resent- ones instead,
/*	when there are any). The result is 0, or -1 for a bad fix_eol
/*	value. A write error is fatal (sendmail_write_error()).
/* DIAGNOSTICS
/*	Fatal errors: write errors.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <msg.h>
#include <argv.h>
#include <vstring.h>
#include <vstream.h>
#include <rec_type.h>
#include <record.h>
#include <mail_params.h>
#include <addr_list.h>
#include "sendmail.h"

 /*
  * The largest header whose addresses are extracted: what does not fit
  * is still copied, but not searched (Postfix's header_size_limit).
  */
#define SENDMAIL_HEADER_MAX	102400

typedef enum {
    SENDMAIL_STRIP_ALWAYS,
    SENDMAIL_STRIP_UNDECIDED,		/* strict: look at the first line */
    SENDMAIL_STRIP_YES,
    SENDMAIL_STRIP_NO,
} SENDMAIL_STRIP;

typedef struct SENDMAIL_HDR {
    int     in_header;			/* still in the primary header */
    VSTRING *text;			/* the logical header line so far */
    ARGV   *plain;			/* To, Cc, Bcc */
    ARGV   *resent;			/* Resent-To, Resent-Cc, Resent-Bcc */
    VSTRING *temp;
} SENDMAIL_HDR;

/* sendmail_put - write one record or exit */

static void sendmail_put(VSTREAM *dst, int type, const char *data, ssize_t len)
{
    if (rec_put(dst, type, data, len) != type)
	sendmail_write_error("error writing queue file");
}

/* sendmail_envelope - records before the recipients */

void    sendmail_envelope(VSTREAM *dst, const SENDMAIL_ENV *env)
{
    if (env->envid)
	rec_fprintf(dst, REC_TYPE_ATTR, "%s=%s", MAIL_ATTR_ENVID, env->envid);
    if (env->dsn_ret)
	rec_fprintf(dst, REC_TYPE_ATTR, "%s=%d", MAIL_ATTR_RET, env->dsn_ret);
    rec_fprintf(dst, REC_TYPE_ATTR, "%s=%s", MAIL_ATTR_RWR_CONTEXT, "local");
    if (env->full_name && *env->full_name)
	rec_fputs(dst, REC_TYPE_FULL, env->full_name);
    rec_fputs(dst, REC_TYPE_FROM, env->sender);
    if (env->encoding)
	rec_fprintf(dst, REC_TYPE_ATTR, "%s=%s", MAIL_ATTR_ENCODING,
		    env->encoding);
    if (env->trace_flags)
	rec_fprintf(dst, REC_TYPE_ATTR, "%s=%d", MAIL_ATTR_TRACE_FLAGS,
		    env->trace_flags);
    if (env->smtputf8)
	rec_fprintf(dst, REC_TYPE_ATTR, "%s=%d", MAIL_ATTR_SMTPUTF8,
		    env->smtputf8);
    if (vstream_ferror(dst))
	sendmail_write_error("error writing queue file");
}

/* sendmail_rcpt - one recipient */

void    sendmail_rcpt(VSTREAM *dst, const SENDMAIL_ENV *env, const char *addr)
{
    if (env->dsn_orcpt && *env->dsn_orcpt)
	rec_fputs(dst, REC_TYPE_DSN_ORCPT, env->dsn_orcpt);
    if (env->dsn_notify)
	rec_fprintf(dst, REC_TYPE_DSN_NOTIFY, "%d", env->dsn_notify);
    sendmail_put(dst, REC_TYPE_RCPT, addr, (ssize_t) strlen(addr));
}

/* sendmail_recipients - DSN_NOTIFY and RCPT records */

int     sendmail_recipients(VSTREAM *dst, const SENDMAIL_ENV *env,
			            char **recipients)
{
    ARGV   *addrs = argv_alloc(2);
    VSTRING *temp = vstring_alloc(100);
    int     count = 0;
    char  **cpp;
    int     i;

    for (cpp = recipients; *cpp; cpp++) {
	argv_truncate(addrs, 0);
	if (addr_list_parse(addrs, *cpp, temp) == 0)
	    argv_add(addrs, "", ARGV_END);
	for (i = 0; i < addrs->argc; i++) {
	    sendmail_rcpt(dst, env, addrs->argv[i]);
	    count++;
	}
    }
    argv_free(addrs);
    vstring_free(temp);
    return (count);
}

/* sendmail_hdr_done - a logical header line is complete */

static void sendmail_hdr_done(SENDMAIL_HDR *hdr)
{
    static const char *const names[] = {"to", "cc", "bcc", 0};
    const char *cp = vstring_str(hdr->text);
    const char *colon;
    ARGV   *list = hdr->plain;
    size_t  len;
    int     i;

    if (VSTRING_LEN(hdr->text) == 0)
	return;
    if (strncasecmp(cp, "resent-", 7) == 0) {
	cp += 7;
	list = hdr->resent;
    }
    if ((colon = strchr(cp, ':')) != 0) {
	len = colon - cp;
	while (len > 0 && (cp[len - 1] == ' ' || cp[len - 1] == '\t'))
	    len--;
	for (i = 0; names[i]; i++)
	    if (strlen(names[i]) == len && strncasecmp(cp, names[i], len) == 0)
		(void) addr_list_parse(list, colon + 1, hdr->temp);
    }
    vstring_reset(hdr->text);
}

/* sendmail_hdr_line - follow the primary header, one record at a time */

static void sendmail_hdr_line(SENDMAIL_HDR *hdr, int type, int prev_type,
			              const char *data, ssize_t len)
{
    const char *cp;

    if (!hdr->in_header)
	return;
    if (prev_type != REC_TYPE_CONT) {		/* start of a line */
	if (len > 0 && (data[0] == ' ' || data[0] == '\t')) {
	     /* continuation of a folded header */ ;
	} else {
	    sendmail_hdr_done(hdr);
	    for (cp = data; cp < data + len && *cp != ':'; cp++)
		if (!isgraph((unsigned char) *cp))
		    break;
	    if (cp == data || cp >= data + len || *cp != ':') {
		hdr->in_header = 0;		/* empty line or body text */
		return;
	    }
	}
    }
    if (VSTRING_LEN(hdr->text) + len < SENDMAIL_HEADER_MAX) {
	vstring_memcat(hdr->text, data, (size_t) len);
	if (type == REC_TYPE_NORM)
	    vstring_addch(hdr->text, ' ');
    }
}

/* sendmail_copy - the message content */

int     sendmail_copy(VSTREAM *dst, VSTREAM *src, int flags, ARGV *extracted,
		              const char *fix_eol)
{
    VSTRING *line = vstring_alloc(var_line_length_limit + 1);
    SENDMAIL_STRIP strip;
    SENDMAIL_HDR hdr;
    int     skip_from = 1;
    int     prev_type = REC_TYPE_NORM;
    int     type;
    int     ch;
    char   *cp;

    if (strcmp(fix_eol, "always") == 0)
	strip = SENDMAIL_STRIP_ALWAYS;
    else if (strcmp(fix_eol, "strict") == 0)
	strip = SENDMAIL_STRIP_UNDECIDED;
    else if (strcmp(fix_eol, "never") == 0)
	strip = SENDMAIL_STRIP_NO;
    else {
	vstring_free(line);
	return (-1);
    }
    hdr.in_header = (flags & SENDMAIL_FLAG_XRCPT) != 0;
    hdr.text = vstring_alloc(100);
    hdr.plain = argv_alloc(2);
    hdr.resent = argv_alloc(2);
    hdr.temp = vstring_alloc(100);

    sendmail_put(dst, REC_TYPE_MESG, "", 0);
    for (;;) {

	/*
	 * One record: a line, or line_length_limit bytes of a longer one.
	 */
	vstring_reset(line);
	type = REC_TYPE_NORM;
	while ((ch = VSTREAM_GETC(src)) != VSTREAM_EOF && ch != '\n') {
	    vstring_addch(line, ch);
	    if ((ssize_t) VSTRING_LEN(line) >= var_line_length_limit) {
		type = REC_TYPE_CONT;
		break;
	    }
	}
	if (ch == VSTREAM_EOF && VSTRING_LEN(line) == 0)
	    break;

	if (type == REC_TYPE_NORM) {
	    if (strip == SENDMAIL_STRIP_UNDECIDED)
		strip = (VSTRING_LEN(line) > 0 && vstring_end(line)[-1] == '\r') ?
		    SENDMAIL_STRIP_YES : SENDMAIL_STRIP_NO;
	    if (strip == SENDMAIL_STRIP_ALWAYS || strip == SENDMAIL_STRIP_YES)
		while (VSTRING_LEN(line) > 0 && vstring_end(line)[-1] == '\r')
		    vstring_truncate(line, VSTRING_LEN(line) - 1);
	}
	if (skip_from) {
	    skip_from = 0;
	    if (type == REC_TYPE_NORM) {
		for (cp = vstring_str(line); *cp == '>'; cp++)
		     /* void */ ;
		if (strncmp(cp, "From ", 5) == 0) {
		    skip_from = 1;
		    continue;
		}
	    }
	}
	if ((flags & SENDMAIL_FLAG_AEOF) && prev_type != REC_TYPE_CONT
	    && type == REC_TYPE_NORM && VSTRING_LEN(line) == 1
	    && vstring_str(line)[0] == '.')
	    break;
	sendmail_hdr_line(&hdr, type, prev_type, vstring_str(line),
			  (ssize_t) VSTRING_LEN(line));
	sendmail_put(dst, type, vstring_str(line), (ssize_t) VSTRING_LEN(line));
	prev_type = type;
    }
    if (hdr.in_header)
	sendmail_hdr_done(&hdr);
    sendmail_put(dst, REC_TYPE_XTRA, "", 0);
    if (flags & SENDMAIL_FLAG_XRCPT) {
	ARGV   *from = hdr.resent->argc > 0 ? hdr.resent : hdr.plain;
	int     i;

	for (i = 0; i < from->argc; i++)
	    argv_add(extracted, from->argv[i], ARGV_END);
    }
    vstring_free(line);
    vstring_free(hdr.text);
    argv_free(hdr.plain);
    argv_free(hdr.resent);
    vstring_free(hdr.temp);
    return (0);
}
