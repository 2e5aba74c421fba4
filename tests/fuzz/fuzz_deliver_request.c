/*++
/* NAME
/*	fuzz_deliver_request 1
/* SUMMARY
/*	libFuzzer harness for the delivery request parser
/* SYNOPSIS
/*	fuzz_deliver_request [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is what a (buggy or hostile) queue manager sends to
/*	a delivery agent. deliver_request_read() reads it, from memory
/*	through replaced raw I/O functions (the ready status that it
/*	writes is discarded), into a request made once with a limit of
/*	4 recipients, as a daemon would. Then deliver_request_reply()
/*	reads the same kind of bytes as qmgr reads an agent's reply.
/*	Diagnostics are discarded. A crash, hang, leak or sanitizer
/*	report is a bug; so is an accepted request that breaks the
/*	documented checks (recipient count, empty nexthop or address,
/*	a bad offset, an invalid queue ID).
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <mail_queue.h>
#include <deliver_request.h>

#include "fuzz_util.h"

static DELIVER_REQUEST *fuzz_request;
static VSTRING *fuzz_status;
static VSTRING *fuzz_reason;

/* fuzz_write - raw write that goes nowhere */

static ssize_t fuzz_write(VSTREAM *fp, const void *buf, size_t len,
			          long long deadline, void *context)
{
    (void) fp;
    (void) buf;
    (void) deadline;
    (void) context;
    return ((ssize_t) len);
}

/* fuzz_check - an accepted request keeps the promises */

static void fuzz_check(const DELIVER_REQUEST *req)
{
    int     n;

    if (req->rcpt_count < 1 || req->rcpt_count > req->rcpt_limit
	|| *req->nexthop == 0 || !mail_queue_id_ok(req->queue_id)
	|| req->fp != 0)
	abort();
    for (n = 0; n < req->rcpt_count; n++)
	if (*req->rcpt[n].address == 0 || req->rcpt[n].offset <= 0)
	    abort();
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char buf[2 * 512];
    VSTREAM stream;
    FUZZ_MEMIO in;
    int     status;

    if (fuzz_request == 0) {
	msg_output(fuzz_quiet);
	fuzz_request = deliver_request_create(4);
	fuzz_status = vstring_alloc(10);
	fuzz_reason = vstring_alloc(10);
    }
    fuzz_memio_init(&in, data, size, 13);
    vstream_init(&stream, -1, O_RDWR, buf, sizeof(buf));
    vstream_set_io(&stream, fuzz_memio_read, fuzz_write, &in);
    if (deliver_request_read(&stream, fuzz_request) == 0)
	fuzz_check(fuzz_request);
    vstream_fdclose(&stream);

    fuzz_memio_init(&in, data, size, 13);
    vstream_init(&stream, -1, O_RDWR, buf, sizeof(buf));
    vstream_set_io(&stream, fuzz_memio_read, fuzz_write, &in);
    (void) deliver_request_reply(&stream, &status, fuzz_status, fuzz_reason);
    vstream_fdclose(&stream);
    return (0);
}
