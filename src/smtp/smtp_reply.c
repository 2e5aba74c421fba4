/*++
/* NAME
/*	smtp_reply 3
/* SUMMARY
/*	read one server reply, whatever the server sends
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	SMTP_RESP *smtp_reply_create()
/*
/*	int	smtp_reply_read(fp, resp)
/*	VSTREAM	*fp;
/*	SMTP_RESP *resp;
/*
/*	int	smtp_reply_line(line, len, code)
/*	const char *line;
/*	size_t	len;
/*	int	*code;
/* DESCRIPTION
/*	smtp_reply_create() makes a reply buffer once, at start-up:
/*	resp->str has room for SMTP_REPLY_TEXT_LIMIT bytes and never
/*	grows.
/*
/*	smtp_reply_read() reads one complete reply from fp, one byte
/*	at a time from the stream's buffer, and stops right after the
/*	newline of the reply's last line: what the server sent after
/*	it (the next reply, pipelined) stays unread in the stream.
/*	All waiting is bounded by the stream's deadline or timeout,
/*	which the caller sets (smtp_chat_deadline()).
/*
/*	A line ends with LF; a CR right before it is dropped. Any
/*	other byte that is not printable ASCII (NUL, a CR inside the
/*	line, other controls, DEL, 8-bit) is stored as '?'. Of a line
/*	longer than SMTP_REPLY_LINE_LIMIT bytes the first
/*	SMTP_REPLY_LINE_LIMIT are kept, and the rest is read and
/*	dropped up to its newline. The lines are joined in resp->str
/*	with '\n', up to SMTP_REPLY_TEXT_LIMIT bytes; later text is
/*	read and dropped, so that a reply of any number of lines is
/*	consumed completely. resp->lines counts every line read,
/*	dropped or not (it stops counting at INT_MAX).
/*
/*	The reply ends with the first line that smtp_reply_line()
/*	does not call a continuation line:
/* .IP "a well-formed last line"
/*	three digits, the first one 2 to 5, then a blank or the end
/*	of the line ("250 ok", "250"). resp->code is its number.
/* .IP "a malformed line"
/*	anything else: too few or too many digits, a non-digit, a
/*	code outside 200..599, or another byte after the digits
/*	("25 ok", "2500 ok", "2x0 ok", "250\tok"). resp->code is 0;
/*	the line is kept in resp->str and the caller treats the reply
/*	as a protocol error.
/* .IP "a code change"
/*	a line whose code differs from the first line's ("250-a"
/*	then "251 b"). RFC 5321 requires the same code on every line
/*	of a reply; a server that changes it in mid-reply has lost
/*	track of the conversation, and guessing which code counts
/*	could turn a rejection into an acceptance. The line ends the
/*	reply as a malformed line does: resp->code is 0. Any lines
/*	the server still sends after it are left in the stream; the
/*	caller gives up the session anyway.
/* .PP
/*	When the stream ends, times out or fails before the reply is
/*	complete, resp->code is -1 and resp->io_error says why
/*	(SMTP_IO_EOF, SMTP_IO_TIME, SMTP_IO_ERR); resp->str has the
/*	text that did arrive. A last line without a newline is not
/*	complete.
/*
/*	resp->dsn is the enhanced status code at the start of the
/*	first line's text when its class agrees with the reply code
/*	(dsn_reply_split()), otherwise the code's default ("2.0.0",
/*	"4.0.0", "5.0.0"; "4.5.0" for code 0 and -1). resp->text
/*	points into resp->str at the first line's text after the code,
/*	its separator and an agreeing enhanced status code; for a
/*	malformed first line, at the start of the line. It runs on to
/*	the end of resp->str (the later lines follow after '\n').
/*
/*	smtp_reply_line() classifies one reply line of len bytes: 1
/*	for a well-formed last line, 2 for a well-formed continuation
/*	line (three digits and '-'), 0 for a malformed line; *code gets
/*	the number when the line is well-formed.
/* DIAGNOSTICS
/*	None: a malformed or incomplete reply is a result, not an
/*	error of this module.
/* SEE ALSO
/*	smtp_chat(3), RFC 5321 section 4.2
/*--*/

#include <sys_defs.h>
#include <limits.h>
#include <string.h>

#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <dsn.h>

#include "smtp.h"

#define SMTP_REPLY_DIGIT(c)	((c) >= '0' && (c) <= '9')
#define SMTP_REPLY_PRINT(c)	((c) >= 0x20 && (c) < 0x7f)

 /*
  * What one line was, for smtp_reply_read().
  */
#define SMTP_REPLY_LINE_BAD	0	/* malformed */
#define SMTP_REPLY_LINE_LAST	1	/* "250 text" or "250" */
#define SMTP_REPLY_LINE_MORE	2	/* "250-text" */

#define SMTP_REPLY_HEAD		4	/* code and separator */

 /*
  * A reply and its text are one allocation.
  */
typedef struct SMTP_REPLY_MEM {
    SMTP_RESP resp;
    VSTRING str;
    char    text[SMTP_REPLY_TEXT_LIMIT + 1];
} SMTP_REPLY_MEM;

/* smtp_reply_create - make the buffers once */

SMTP_RESP *smtp_reply_create(void)
{
    SMTP_REPLY_MEM *mem = (SMTP_REPLY_MEM *) mymalloc(sizeof(*mem));
    SMTP_RESP *resp = &mem->resp;

    memset(resp, 0, sizeof(*resp));
    vstring_init_mem(&mem->str, mem->text, sizeof(mem->text));
    resp->str = &mem->str;
    resp->code = -1;
    resp->io_error = SMTP_IO_NONE;
    memcpy(resp->dsn, "4.5.0", sizeof("4.5.0"));
    resp->text = vstring_str(resp->str);
    return (resp);
}

/* smtp_reply_line - classify one reply line */

int     smtp_reply_line(const char *line, size_t len, int *code)
{
    const unsigned char *cp = (const unsigned char *) line;

    if (len < 3 || cp[0] < '2' || cp[0] > '5'
	|| !SMTP_REPLY_DIGIT(cp[1]) || !SMTP_REPLY_DIGIT(cp[2]))
	return (SMTP_REPLY_LINE_BAD);
    if (len > 3 && cp[3] != ' ' && cp[3] != '-')
	return (SMTP_REPLY_LINE_BAD);
    *code = (cp[0] - '0') * 100 + (cp[1] - '0') * 10 + (cp[2] - '0');
    return (len > 3 && cp[3] == '-' ? SMTP_REPLY_LINE_MORE :
	    SMTP_REPLY_LINE_LAST);
}

/* smtp_reply_io_error - why the stream gave no more bytes */

static int smtp_reply_io_error(VSTREAM *fp)
{
    if (vstream_ftimeout(fp))
	return (SMTP_IO_TIME);
    if (vstream_feof(fp))
	return (SMTP_IO_EOF);
    return (SMTP_IO_ERR);
}

/* smtp_reply_finish - status and text pointer of a finished reply */

static int smtp_reply_finish(SMTP_RESP *resp, int code, size_t first_len)
{
    DSN_SPLIT dp;
    char   *str = vstring_str(resp->str);
    size_t  skip = 0;
    int     first_code;
    int     saved;

    /*
     * Skip the first line's code and separator when it has them. The
     * enhanced status code must be the first word of that line: look at
     * the line alone, terminated where it ends.
     */
    if (smtp_reply_line(str, first_len, &first_code) != SMTP_REPLY_LINE_BAD)
	skip = (first_len > 3 ? 4 : 3);
    saved = str[first_len];
    str[first_len] = 0;
    (void) dsn_reply_split(&dp, code, str + skip);
    str[first_len] = saved;
    memcpy(resp->dsn, dp.status, sizeof(resp->dsn));
    resp->text = dp.text;
    resp->code = code;
    return (code);
}

/* smtp_reply_store - keep one byte of a line, within the limits */

static void smtp_reply_store(SMTP_RESP *resp, unsigned char *head,
			             size_t *line_len, int ch)
{
    if (*line_len >= SMTP_REPLY_LINE_LIMIT)
	return;
    if (!SMTP_REPLY_PRINT(ch))
	ch = '?';
    if (*line_len < SMTP_REPLY_HEAD)
	head[*line_len] = ch;
    vstring_addch(resp->str, ch);
    *line_len += 1;
}

/* smtp_reply_read - one complete reply */

int     smtp_reply_read(VSTREAM *fp, SMTP_RESP *resp)
{
    unsigned char head[SMTP_REPLY_HEAD];	/* line start, as stored */
    size_t  line_len;			/* bytes of this line kept */
    size_t  line_start;			/* where the line starts in str */
    size_t  first_len = 0;		/* first line's length in str */
    int     first_code = 0;
    int     code;
    int     kind;
    int     pending_cr;
    int     ch;

    vstring_reset(resp->str);
    resp->lines = 0;
    resp->io_error = SMTP_IO_NONE;

    for (;;) {

	/*
	 * One line. A CR is held back until the next byte shows whether it
	 * ends the line.
	 */
	line_start = VSTRING_LEN(resp->str);
	if (resp->lines > 0)
	    vstring_addch(resp->str, '\n');
	line_len = 0;
	pending_cr = 0;
	while ((ch = VSTREAM_GETC(fp)) != '\n') {
	    if (ch == VSTREAM_EOF) {
		resp->io_error = smtp_reply_io_error(fp);
		if (line_len == 0 && !pending_cr)
		    vstring_truncate(resp->str, line_start);
		else if (resp->lines < INT_MAX)
		    resp->lines++;
		if (resp->lines <= 1)
		    first_len = VSTRING_LEN(resp->str);
		return (smtp_reply_finish(resp, -1, first_len));
	    }
	    if (pending_cr)
		smtp_reply_store(resp, head, &line_len, '\r');
	    if ((pending_cr = (ch == '\r')) == 0)
		smtp_reply_store(resp, head, &line_len, ch);
	}
	if (resp->lines < INT_MAX)
	    resp->lines++;
	if (resp->lines == 1)
	    first_len = VSTRING_LEN(resp->str);

	/*
	 * What the line says about the reply.
	 */
	kind = smtp_reply_line((char *) head, line_len < SMTP_REPLY_HEAD ?
			       line_len : SMTP_REPLY_HEAD, &code);
	if (kind == SMTP_REPLY_LINE_BAD)
	    return (smtp_reply_finish(resp, 0, first_len));
	if (resp->lines == 1)
	    first_code = code;
	else if (code != first_code)
	    return (smtp_reply_finish(resp, 0, first_len));
	if (kind == SMTP_REPLY_LINE_LAST)
	    return (smtp_reply_finish(resp, code, first_len));
    }
}
