/*++
/* NAME
/*	vstream_printf 3
/* SUMMARY
/*	formatted and string output to a stream
/* SYNOPSIS
/*	#include <vstream.h>
/*
/*	int	vstream_fprintf(stream, format, ...)
/*	VSTREAM	*stream;
/*	const char *format;
/*
/*	int	vstream_vfprintf(stream, format, ap)
/*	VSTREAM	*stream;
/*	const char *format;
/*	va_list	ap;
/*
/*	int	vstream_fputs(str, stream)
/*	const char *str;
/*	VSTREAM	*stream;
/* DESCRIPTION
/*	vstream_fprintf() formats its arguments as printf(3) does,
/*	straight into the stream's write buffer, and returns the number
/*	of bytes written, or -1 after an error. Nothing is allocated.
/*	Output that does not fit the room left in the buffer is
/*	formatted again after a flush; output that does not fit the
/*	whole buffer is cut to the buffer's size less one byte
/*	(VSTREAM_BUFSIZE - 1 for a stream from vstream_fdopen()), and
/*	the result is that shorter length. Text of unknown length
/*	(anything a peer sent) is written with vstream_fputs() or
/*	vstream_fwrite(), which have no limit. Postlet does not use
/*	floating point, and neither should formats.
/*
/*	vstream_vfprintf() takes a va_list instead.
/*
/*	vstream_fputs() writes a null-terminated string, without the
/*	null, and returns 0, or VSTREAM_EOF after an error.
/* DIAGNOSTICS
/*	-1 with errno EOVERFLOW when printf(3) cannot format the
/*	arguments.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <vstream.h>

/* vstream_vfprintf - formatted output with a va_list */

int     vstream_vfprintf(VSTREAM *stream, const char *format, va_list ap)
{
    va_list ap2;
    size_t  room;
    int     n;

    if (vstream_write_mode(stream) < 0)
	return (-1);
    for (;;) {
	room = stream->wend - stream->wptr;
	va_copy(ap2, ap);
	n = vsnprintf(stream->wptr, room, format, ap2);
	va_end(ap2);
	if (n < 0)
	    return (-1);
	if ((size_t) n < room) {
	    stream->wptr += n;
	    break;
	}
	if (stream->wptr == stream->wbuf) {
	    /* Even the empty buffer is too small; vsnprintf() cut it. */
	    n = (int) (room - 1);
	    stream->wptr += n;
	    break;
	}
	if (vstream_fflush(stream) < 0)
	    return (-1);
    }
    if ((stream->flags & VSTREAM_FLAG_AUTOFLUSH) && vstream_fflush(stream) < 0)
	return (-1);
    return (n);
}

/* vstream_fprintf - formatted output */

int     vstream_fprintf(VSTREAM *stream, const char *format,...)
{
    va_list ap;
    int     n;

    va_start(ap, format);
    n = vstream_vfprintf(stream, format, ap);
    va_end(ap);
    return (n);
}

/* vstream_fputs - string output */

int     vstream_fputs(const char *str, VSTREAM *stream)
{
    return (vstream_fwrite(stream, str, strlen(str)) < 0 ? VSTREAM_EOF : 0);
}
