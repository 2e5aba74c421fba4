/*++
/* NAME
/*	fuzz_maildrop 1
/* SUMMARY
/*	libFuzzer harness for the maildrop file checks of pickup(8)
/* SYNOPSIS
/*	fuzz_maildrop [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is a maildrop file as any local user could write it.
/*	It is read from a real file with rec_get() (line_length_limit
/*	2048, as pickup reads it) and every record goes through
/*	maildrop_rec_next() until the checker says DONE or BAD or the
/*	input ends; the address parsers that read the same data
/*	(addr_list, quote_822_local, smtp_cmd_parse) get the envelope
/*	records too. Diagnostics are discarded. A crash, hang, leak or
/*	sanitizer report is a bug.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <argv.h>
#include <vstring.h>
#include <vstream.h>
#include <record.h>
#include <maildrop_rec.h>
#include <addr_list.h>
#include <quote_822_local.h>
#include <smtp_cmd_parse.h>

#include "fuzz_util.h"

static int fuzz_fd = -1;
static VSTRING *fuzz_buf;
static VSTRING *fuzz_temp;
static VSTRING *fuzz_line;
static ARGV *fuzz_addrs;

/* fuzz_parsers - the address parsers on one envelope record */

static void fuzz_parsers(const char *data)
{
    char   *params;
    char   *name;
    char   *value;

    argv_truncate(fuzz_addrs, 0);
    (void) addr_list_parse(fuzz_addrs, data, fuzz_temp);
    (void) quote_822_local(fuzz_temp, data);
    (void) unquote_822_local(fuzz_temp, data);
    vstring_strcpy(fuzz_line, data);
    if (smtp_cmd_path(vstring_str(fuzz_line), "TO:", fuzz_temp, &params) == 0)
	while (smtp_cmd_param(&params, &name, &value))
	     /* void */ ;
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char    path[] = "/tmp/fuzz_maildrop.XXXXXX";
    char    iobuf[VSTREAM_BUFSIZE];
    VSTREAM stream;
    MAILDROP_REC mr;
    int     type;
    int     verdict;

    if (fuzz_fd < 0) {
	msg_output(fuzz_quiet);
	if ((fuzz_fd = mkstemp(path)) < 0)
	    abort();
	(void) unlink(path);
	fuzz_buf = vstring_fixed(2049);
	fuzz_temp = vstring_alloc(100);
	fuzz_line = vstring_alloc(100);
	fuzz_addrs = argv_alloc(10);
    }
    if (ftruncate(fuzz_fd, 0) < 0
	|| pwrite(fuzz_fd, data, size, 0) != (ssize_t) size
	|| lseek(fuzz_fd, 0, SEEK_SET) != 0)
	abort();
    vstream_init(&stream, fuzz_fd, O_RDONLY, iobuf, sizeof(iobuf));
    maildrop_rec_init(&mr);
    do {
	if ((type = rec_get(&stream, fuzz_buf, 2048)) < 0)
	    break;
	verdict = maildrop_rec_next(&mr, type, vstring_str(fuzz_buf),
				    (ssize_t) VSTRING_LEN(fuzz_buf));
	if (verdict == MAILDROP_REC_OK && type != REC_TYPE_NORM
	    && type != REC_TYPE_CONT)
	    fuzz_parsers(vstring_str(fuzz_buf));
    } while (verdict == MAILDROP_REC_OK || verdict == MAILDROP_REC_SKIP);
    (void) vstream_fdclose(&stream);
    return (0);
}
