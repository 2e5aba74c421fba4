/*++
/* NAME
/*	fuzz_record 1
/* SUMMARY
/*	libFuzzer harness for the queue file record reader
/* SYNOPSIS
/*	fuzz_record [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is read as a record stream with rec_get(), three
/*	ways: into a growable buffer with a 4096-byte limit, into a
/*	fixed 100-byte buffer with no limit of its own, and without a
/*	limit. Every record returned must be of a known type and within
/*	the limit; it is written again with rec_put() into memory and
/*	must come back the same. Diagnostics are discarded. A crash,
/*	hang, leak, failed check or sanitizer report is a bug.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <record.h>
#include <rec_type.h>

#include "fuzz_util.h"

static VSTRING *fuzz_grow;
static VSTRING *fuzz_fixed;
static VSTRING *fuzz_again;

/* fuzz_write - raw write into memory */

static ssize_t fuzz_write(VSTREAM *fp, const void *buf, size_t len,
			          long long deadline, void *context)
{
    FUZZ_MEMIO *out = (FUZZ_MEMIO *) context;

    (void) fp;
    (void) deadline;
    if (len > out->len - out->pos)
	len = out->len - out->pos;
    memcpy((uint8_t *) out->data + out->pos, buf, len);
    out->pos += len;
    return ((ssize_t) len);
}

/* fuzz_round_trip - write a record and read it back */

static void fuzz_round_trip(int type, VSTRING *buf)
{
    static uint8_t mem[1 << 17];
    static char wbuf[512];
    static char rbuf[512];
    VSTREAM out;
    VSTREAM in;
    FUZZ_MEMIO io;

    fuzz_memio_init(&io, mem, sizeof(mem), 5);
    vstream_init(&out, -1, O_WRONLY, wbuf, sizeof(wbuf));
    vstream_set_io(&out, 0, fuzz_write, &io);
    if (rec_put(&out, type, vstring_str(buf), (ssize_t) VSTRING_LEN(buf)) != type
	|| vstream_fflush(&out) != 0)
	abort();
    io.len = io.pos;
    io.pos = 0;
    vstream_init(&in, -1, O_RDONLY, rbuf, sizeof(rbuf));
    vstream_set_io(&in, fuzz_memio_read, 0, &io);
    if (rec_get(&in, fuzz_again, 0) != type
	|| VSTRING_LEN(fuzz_again) != VSTRING_LEN(buf)
	|| memcmp(vstring_str(fuzz_again), vstring_str(buf), VSTRING_LEN(buf)) != 0
	|| rec_get(&in, fuzz_again, 0) != REC_TYPE_EOF)
	abort();
}

/* fuzz_pass - read the whole input one way */

static void fuzz_pass(const uint8_t *data, size_t size, VSTRING *buf,
		              ssize_t maxlen, size_t limit)
{
    static char rbuf[256];
    VSTREAM stream;
    FUZZ_MEMIO in;
    int     type;

    fuzz_memio_init(&in, data, size, 5);
    vstream_init(&stream, -1, O_RDONLY, rbuf, sizeof(rbuf));
    vstream_set_io(&stream, fuzz_memio_read, 0, &in);
    while ((type = rec_get(&stream, buf, maxlen)) >= 0) {
	if (!rec_type_known(type) || VSTRING_LEN(buf) > limit
	    || VSTRING_LEN(buf) > size)
	    abort();
	fuzz_round_trip(type, buf);
    }
    if (type != REC_TYPE_EOF && type != REC_TYPE_ERROR)
	abort();
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (fuzz_grow == 0) {
	msg_output(fuzz_quiet);
	fuzz_grow = vstring_alloc(10);
	fuzz_fixed = vstring_fixed(100);
	fuzz_again = vstring_alloc(10);
    }
    fuzz_pass(data, size, fuzz_grow, 4096, 4096);
    fuzz_pass(data, size, fuzz_fixed, 0, 100);
    fuzz_pass(data, size, fuzz_grow, 0, size);
    return (0);
}
