/*++
/* NAME
/*	fuzz_util 3h
/* SUMMARY
/*	what the fuzz harnesses share
/* SYNOPSIS
/*	#include "fuzz_util.h"
/*
/*	void	fuzz_quiet(level, text)
/*
/*	void	fuzz_memio_init(io, data, len, piece)
/*	FUZZ_MEMIO *io;
/*	const uint8_t *data;
/*	size_t	len;
/*	size_t	piece;
/*
/*	ssize_t	fuzz_memio_read(fp, buf, len, deadline, context)
/*
/*	int	fuzz_table(type, keys, data, size)
/*	const char *type;
/*	const char *const *keys;
/*	const uint8_t *data;
/*	size_t	size;
/* DESCRIPTION
/*	fuzz_quiet() is a msg(3) output channel that discards
/*	diagnostics: hostile input makes many of them.
/*
/*	Harnesses that parse a stream (attribute lists, records,
/*	delivery requests) read the fuzzer's input through a VSTREAM
/*	whose read function (vstream_set_io(), context: the FUZZ_MEMIO)
/*	hands it over at most piece bytes at a time, so that every
/*	parser also meets input split at odd places.
/*
/*	fuzz_table() writes the input to a temporary file (one per
/*	process, removed at exit), opens it as a table of the given
/*	type (parse errors are expected and fine), looks up the
/*	null-terminated list of keys and one key taken from the input,
/*	and closes the table. It returns 0 for LLVMFuzzerTestOneInput().
/*--*/

#ifndef _FUZZ_UTIL_H_INCLUDED_
#define _FUZZ_UTIL_H_INCLUDED_

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <dict.h>

/* fuzz_quiet - discard diagnostics */

static inline void fuzz_quiet(int level, const char *text)
{
    (void) level;
    (void) text;
}

typedef struct FUZZ_MEMIO {
    const uint8_t *data;
    size_t  len;
    size_t  pos;
    size_t  piece;			/* largest read */
} FUZZ_MEMIO;

/* fuzz_memio_init - read these bytes */

static inline void fuzz_memio_init(FUZZ_MEMIO *io, const uint8_t *data,
				           size_t len, size_t piece)
{
    io->data = data;
    io->len = len;
    io->pos = 0;
    io->piece = piece;
}

/* fuzz_memio_read - raw read from memory, in small pieces */

static inline ssize_t fuzz_memio_read(VSTREAM *fp, void *buf, size_t len,
				              long long deadline, void *context)
{
    FUZZ_MEMIO *io = (FUZZ_MEMIO *) context;
    size_t  n = io->len - io->pos;

    (void) fp;
    (void) deadline;
    if (n > len)
	n = len;
    if (n > io->piece)
	n = io->piece;
    memcpy(buf, io->data + io->pos, n);
    io->pos += n;
    return ((ssize_t) n);
}

static char fuzz_table_path[] = "/tmp/fuzz_table.XXXXXX";

/* fuzz_table_cleanup - remove the temporary file at exit */

static inline void fuzz_table_cleanup(void)
{
    unlink(fuzz_table_path);
}

/* fuzz_table - one input as a table file */

static inline int fuzz_table(const char *type, const char *const *keys,
			             const uint8_t *data, size_t size)
{
    static VSTRING *why;
    static char spec[64];
    const char *const *kp;
    char    key[65];
    FILE   *fp;
    DICT   *dict;
    int     fd;

    if (why == 0) {
	if ((fd = mkstemp(fuzz_table_path)) < 0)
	    abort();
	close(fd);
	atexit(fuzz_table_cleanup);
	snprintf(spec, sizeof(spec), "%s:%s", type, fuzz_table_path);
	why = vstring_alloc(100);
	msg_output(fuzz_quiet);
    }
    if ((fp = fopen(fuzz_table_path, "w")) == 0)
	abort();
    if (fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
	abort();
    if ((dict = dict_try_open(spec, O_RDONLY, 0, why)) == 0)
	return (0);
    for (kp = keys; *kp; kp++)
	(void) dict_get(dict, *kp);
    snprintf(key, sizeof(key), "%.*s", (int) (size < 64 ? size : 64),
	     (const char *) data);
    (void) dict_get(dict, key);
    dict_close(dict);
    return (0);
}

#endif
