/*++
/* NAME
/*	fuzz_bounce_log 1t
/* SUMMARY
/*	bounce(8) log reader on hostile bytes
/* DESCRIPTION
/*	The input is a bounce/defer/trace log. Every record that
/*	bounce_log_read() returns must pass bounce_log_entry_check()
/*	and survive a round trip through bounce_log_format(). The
/*	bounce(8) log source is compiled in.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>

#include "../../src/bounce/bounce_log.c"

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static BOUNCE_LOG_ENTRY *e;
    static VSTRING *line;
    static VSTRING *buf;
    BOUNCE_LOG log;
    VSTREAM *fp;
    FILE   *tf;
    int     fd;

    if (e == 0) {
	msg_output_reset();
	e = bounce_log_entry_create();
	line = vstring_fixed(BOUNCE_LOG_LINE_MAX);
	buf = vstring_alloc(100);
    }
    if ((tf = tmpfile()) == 0)
	abort();
    fd = dup(fileno(tf));
    fclose(tf);
    if (size && write(fd, data, size) != (ssize_t) size)
	abort();
    lseek(fd, 0, SEEK_SET);
    fp = vstream_fdopen(fd, O_RDONLY);
    bounce_log_init(&log, fp, "fuzz", line);
    while (bounce_log_read(&log, e) > 0) {
	if (bounce_log_entry_check(e) != 0)
	    abort();
	vstring_reset(buf);
	bounce_log_format(buf, e);
    }
    vstream_fclose(fp);
    return (0);
}
