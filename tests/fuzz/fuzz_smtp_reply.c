/*++
/* NAME
/*	fuzz_smtp_reply 1
/* SUMMARY
/*	libFuzzer harness for the SMTP client's reply reader
/* SYNOPSIS
/*	fuzz_smtp_reply [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	The first input byte chooses how many bytes (1-16) each raw
/*	read hands over; the rest is what a server sends. Replies are
/*	read with smtp_reply_read() until it reports the end of the
/*	input. Every reply must keep the promises of smtp.h: a code of
/*	-1, 0 or 200..599; at most SMTP_REPLY_TEXT_LIMIT bytes of text,
/*	all printable except the '\n' between lines; text pointing
/*	into it; a valid enhanced status code whose class agrees with
/*	the reply code ("4.5.0" for 0 and -1); a line count for each
/*	reply. The input must end as SMTP_IO_EOF, never as another
/*	error. A crash, hang, leak, failed check or sanitizer report
/*	is a bug.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <dsn.h>

#include "fuzz_util.h"

#include <smtp/smtp_reply.c>

static SMTP_RESP *fuzz_resp;

/* fuzz_check - one reply as smtp.h describes it */

static void fuzz_check(const SMTP_RESP *resp)
{
    const char *str = vstring_str(resp->str);
    size_t  len = VSTRING_LEN(resp->str);
    size_t  n;

    if (resp->code != -1 && resp->code != 0
	&& (resp->code < 200 || resp->code > 599))
	abort();
    if (len > SMTP_REPLY_TEXT_LIMIT || strlen(str) != len)
	abort();
    for (n = 0; n < len; n++)
	if (str[n] != '\n' && (str[n] < 0x20 || str[n] > 0x7e))
	    abort();
    if (resp->text < str || resp->text > str + len)
	abort();
    if (dsn_valid(resp->dsn) != strlen(resp->dsn))
	abort();
    if (resp->code > 0 && resp->code / 100 != 3
	&& resp->dsn[0] != '0' + resp->code / 100)
	abort();
    if (resp->code <= 0 && strcmp(resp->dsn, "4.5.0") != 0)
	abort();
    if (resp->code >= 0 && resp->lines < 1)
	abort();
    if ((resp->code == -1) != (resp->io_error != SMTP_IO_NONE))
	abort();
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char rbuf[512];
    VSTREAM in;
    FUZZ_MEMIO io;

    if (fuzz_resp == 0) {
	msg_output(fuzz_quiet);
	fuzz_resp = smtp_reply_create();
    }
    if (size < 1)
	return (0);
    fuzz_memio_init(&io, data + 1, size - 1, 1 + data[0] % 16);
    vstream_init(&in, -1, O_RDONLY, rbuf, sizeof(rbuf));
    vstream_set_io(&in, fuzz_memio_read, 0, &io);
    do {
	(void) smtp_reply_read(&in, fuzz_resp);
	fuzz_check(fuzz_resp);
    } while (fuzz_resp->code != -1);
    if (fuzz_resp->io_error != SMTP_IO_EOF || io.pos != io.len)
	abort();
    return (0);
}
