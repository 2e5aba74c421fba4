/*++
/* NAME
/*	record 3
/* SUMMARY
/*	queue file record I/O
/* SYNOPSIS
/*	#include <record.h>
/*
/*	int	rec_put(stream, type, data, len)
/*	VSTREAM	*stream;
/*	int	type;
/*	const char *data;
/*	ssize_t	len;
/*
/*	int	rec_fputs(stream, type, str)
/*	VSTREAM	*stream;
/*	int	type;
/*	const char *str;
/*
/*	int	rec_fprintf(stream, type, format, ...)
/*	VSTREAM	*stream;
/*	int	type;
/*	const char *format;
/*
/*	int	rec_get(stream, buf, maxlen)
/*	VSTREAM	*stream;
/*	VSTRING	*buf;
/*	ssize_t	maxlen;
/* DESCRIPTION
/*	A record is one type byte, the length of the data as a base-128
/*	number (low seven bits first; every byte but the last has its
/*	high bit set; at most REC_LEN_BYTES bytes), then the data.
/*
/*	rec_put() writes one record and returns the type, or
/*	REC_TYPE_ERROR when the stream has an error. A write error may
/*	show only when the stream is flushed: writers check the result
/*	of vstream_fflush() and vstream_fsync() before they report
/*	success.
/*
/*	rec_fputs() writes a null-terminated string as one record;
/*	rec_fprintf() formats one (into a buffer of this module that
/*	grows to the largest record formatted, then stays).
/*
/*	rec_get() reads one record: the data goes into buf (replacing
/*	its content, null-terminated) and the type is returned. At the
/*	clean end of input, before a type byte, it returns REC_TYPE_EOF.
/*	Everything else that is not a complete record of a known type
/*	is REC_TYPE_ERROR: an I/O error or time-out, end of input
/*	inside a record, an unknown type, a length encoding that is
/*	longer than REC_LEN_BYTES, not the shortest one, or over
/*	REC_LEN_MAX, and data longer than maxlen (when maxlen > 0) or
/*	than a fixed-capacity buf can hold. The stream position is then
/*	undefined: a reader stops there.
/* DIAGNOSTICS
/*	rec_get() logs one warning per error with the descriptor and
/*	the offset of the record; the caller names the file in its own
/*	message. A negative length or a bad type passed to rec_put() is
/*	a panic (a bug).
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <record.h>

#define REC_LEN_BYTES	5		/* at most, base-128 */
#define REC_LEN_MAX	0x7fffffffUL	/* fits a 32-bit ssize_t */
#define REC_CHUNK	1024		/* data copied per step */

/* rec_put - write one record */

int     rec_put(VSTREAM *stream, int type, const char *data, ssize_t len)
{
    size_t  rest;
    int     byte;

    if (len < 0 || (unsigned long) len > REC_LEN_MAX)
	msg_panic("rec_put: bad length %ld", (long) len);
    if (type < 0 || type > 255)
	msg_panic("rec_put: bad record type %d", type);
    if (VSTREAM_PUTC(type, stream) == VSTREAM_EOF)
	return (REC_TYPE_ERROR);
    rest = (size_t) len;
    do {
	byte = (int) (rest & 0x7f);
	rest >>= 7;
	if (rest != 0)
	    byte |= 0x80;
	if (VSTREAM_PUTC(byte, stream) == VSTREAM_EOF)
	    return (REC_TYPE_ERROR);
    } while (rest != 0);
    if (len > 0 && vstream_fwrite(stream, data, (size_t) len) != len)
	return (REC_TYPE_ERROR);
    return (vstream_ferror(stream) ? REC_TYPE_ERROR : type);
}

/* rec_fputs - write a string as one record */

int     rec_fputs(VSTREAM *stream, int type, const char *str)
{
    return (rec_put(stream, type, str, str ? (ssize_t) strlen(str) : 0));
}

/* rec_fprintf - format one record */

int     rec_fprintf(VSTREAM *stream, int type, const char *format,...)
{
    static VSTRING *buf;
    va_list ap;

    if (buf == 0)
	buf = vstring_alloc(100);
    vstring_truncate(buf, 0);
    va_start(ap, format);
    vstring_vsprintf_append(buf, format, ap);
    va_end(ap);
    return (rec_put(stream, type, vstring_str(buf), (ssize_t) VSTRING_LEN(buf)));
}

/* rec_get - read one record, trusting nothing */

int     rec_get(VSTREAM *stream, VSTRING *buf, ssize_t maxlen)
{
    char    chunk[REC_CHUNK];
    long    start = (long) vstream_ftell(stream);
    int     type;
    int     byte;
    int     nbytes;
    unsigned long len;
    unsigned long left;
    unsigned long limit;
    size_t  want;

    vstring_truncate(buf, 0);
    if ((type = VSTREAM_GETC(stream)) == VSTREAM_EOF) {
	if (vstream_ferror(stream)) {
	    msg_warn("rec_get: fd %d offset %ld: read error",
		     vstream_fileno(stream), start);
	    return (REC_TYPE_ERROR);
	}
	return (REC_TYPE_EOF);
    }
    if (!rec_type_known(type)) {
	msg_warn("rec_get: fd %d offset %ld: unknown record type 0x%02x",
		 vstream_fileno(stream), start, type);
	return (REC_TYPE_ERROR);
    }

    /*
     * The length: at most REC_LEN_BYTES bytes, shortest form, bounded.
     */
    for (len = 0, nbytes = 0; /* void */ ; nbytes++) {
	if (nbytes >= REC_LEN_BYTES) {
	    msg_warn("rec_get: fd %d offset %ld: record type %c: "
		     "length is longer than %d bytes",
		     vstream_fileno(stream), start, type, REC_LEN_BYTES);
	    return (REC_TYPE_ERROR);
	}
	if ((byte = VSTREAM_GETC(stream)) == VSTREAM_EOF) {
	    msg_warn("rec_get: fd %d offset %ld: record type %c: "
		     "%s in the length", vstream_fileno(stream), start, type,
		     vstream_ferror(stream) ? "read error" : "end of file");
	    return (REC_TYPE_ERROR);
	}
	if (nbytes > 0 && byte == 0) {
	    msg_warn("rec_get: fd %d offset %ld: record type %c: "
		     "length is not in its shortest form",
		     vstream_fileno(stream), start, type);
	    return (REC_TYPE_ERROR);
	}
	if ((unsigned long) (byte & 0x7f) > (REC_LEN_MAX >> (7 * nbytes))) {
	    msg_warn("rec_get: fd %d offset %ld: record type %c: "
		     "length is too large", vstream_fileno(stream), start, type);
	    return (REC_TYPE_ERROR);
	}
	len |= (unsigned long) (byte & 0x7f) << (7 * nbytes);
	if ((byte & 0x80) == 0)
	    break;
    }
    limit = REC_LEN_MAX;
    if (maxlen > 0 && (unsigned long) maxlen < limit)
	limit = (unsigned long) maxlen;
    if ((buf->flags & VSTRING_FLAG_FIXED) && buf->cap < limit)
	limit = (unsigned long) buf->cap;
    if (len > limit) {
	msg_warn("rec_get: fd %d offset %ld: record type %c: "
		 "length %lu is over the limit of %lu",
		 vstream_fileno(stream), start, type, len, limit);
	return (REC_TYPE_ERROR);
    }

    /*
     * The data, in chunks, so that a lying length costs nothing until the
     * bytes are really there.
     */
    for (left = len; left > 0; left -= want) {
	want = left > sizeof(chunk) ? sizeof(chunk) : (size_t) left;
	if (vstream_fread(stream, chunk, want) != (ssize_t) want) {
	    msg_warn("rec_get: fd %d offset %ld: record type %c length %lu: "
		     "%s in the data", vstream_fileno(stream), start, type,
		     len, vstream_ferror(stream) ? "read error" : "end of file");
	    return (REC_TYPE_ERROR);
	}
	if (vstring_memcat(buf, chunk, want) < 0) {
	    msg_warn("rec_get: fd %d offset %ld: record type %c: "
		     "no room for %lu bytes", vstream_fileno(stream), start,
		     type, len);
	    return (REC_TYPE_ERROR);
	}
    }
    return (type);
}
