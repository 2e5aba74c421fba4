/*++
/* NAME
/*	fuzz_attr 1
/* SUMMARY
/*	libFuzzer harness for attribute list parsing
/* SYNOPSIS
/*	fuzz_attr [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is the byte stream of an IPC peer. It is read, from
/*	memory through a replaced raw read function, by attr_scan() as
/*	a series of lists with every flag combination the daemons use:
/*	strict {queue_id, status, size}, then with MISSING and EXTRA,
/*	then in parts with MORE. Parsing stops at the first error, as a
/*	daemon drops the connection. Diagnostics are discarded. A crash,
/*	hang, leak or sanitizer report is a bug; so is a string value
/*	longer than ATTR_VALUE_MAX.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>

#include "fuzz_util.h"

static VSTRING *fuzz_str;
static VSTRING *fuzz_str2;

/* fuzz_check - a stored string is never longer than the limit */

static void fuzz_check(void)
{
    if (VSTRING_LEN(fuzz_str) > ATTR_VALUE_MAX
	|| VSTRING_LEN(fuzz_str2) > ATTR_VALUE_MAX)
	abort();
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int flag_sets[] = {
	ATTR_FLAG_STRICT, ATTR_FLAG_MISSING, ATTR_FLAG_EXTRA,
	ATTR_FLAG_MISSING | ATTR_FLAG_EXTRA,
    };
    static char buf[256];
    VSTREAM stream;
    FUZZ_MEMIO in;
    long long lval;
    int     ival;
    int     i;

    if (fuzz_str == 0) {
	msg_output(fuzz_quiet);
	fuzz_str = vstring_alloc(10);
	fuzz_str2 = vstring_fixed(100);
    }
    fuzz_memio_init(&in, data, size, 7);
    vstream_init(&stream, -1, O_RDONLY, buf, sizeof(buf));
    vstream_set_io(&stream, fuzz_memio_read, 0, &in);
    for (i = 0; i < (int) (sizeof(flag_sets) / sizeof(flag_sets[0])); i++) {
	if (attr_scan(&stream, flag_sets[i],
		      RECV_ATTR_STR("queue_id", fuzz_str),
		      RECV_ATTR_INT("status", &ival),
		      RECV_ATTR_LONG("size", &lval),
		      ATTR_TYPE_END) <= 0)
	    break;
	fuzz_check();
    }
    if (i == (int) (sizeof(flag_sets) / sizeof(flag_sets[0]))) {
	while (attr_scan(&stream, ATTR_FLAG_MORE,
			 RECV_ATTR_STR("reason", fuzz_str2),
			 ATTR_TYPE_END) > 0
	       && attr_scan(&stream, ATTR_FLAG_EXTRA,
			    RECV_ATTR_INT("status", &ival),
			    ATTR_TYPE_END) > 0)
	    fuzz_check();
    }
    vstream_fdclose(&stream);
    return (0);
}
