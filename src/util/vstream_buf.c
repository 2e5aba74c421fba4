/*++
/* NAME
/*	vstream_buf 3
/* SUMMARY
/*	stream characters and blocks
/* SYNOPSIS
/*	#include <vstream.h>
/*
/*	int	VSTREAM_GETC(stream)
/*	VSTREAM	*stream;
/*
/*	int	vstream_ungetc(stream, ch)
/*	VSTREAM	*stream;
/*	int	ch;
/*
/*	int	VSTREAM_PUTC(ch, stream)
/*	int	ch;
/*	VSTREAM	*stream;
/*
/*	ssize_t	vstream_fread(stream, buf, len)
/*	VSTREAM	*stream;
/*	void	*buf;
/*	size_t	len;
/*
/*	ssize_t	vstream_fwrite(stream, buf, len)
/*	VSTREAM	*stream;
/*	const void *buf;
/*	size_t	len;
/*
/*	int	vstream_fflush(stream)
/*	VSTREAM	*stream;
/*
/*	int	vstream_peek(stream)
/*	VSTREAM	*stream;
/*
/*	void	vstream_fpurge(stream, which)
/*	VSTREAM	*stream;
/*	int	which;
/* INTERNAL INTERFACES
/*	int	vstream_getc_slow(stream)
/*	int	vstream_putc_slow(ch, stream)
/*	int	vstream_fill(stream)
/*	int	vstream_write_mode(stream)
/*	void	vstream_io_error(stream, which)
/* DESCRIPTION
/*	VSTREAM_GETC() returns the next byte as an unsigned char, or
/*	VSTREAM_EOF at end of file, after an error or when time ran out.
/*	VSTREAM_PUTC() appends one byte and returns it as an unsigned
/*	char, or VSTREAM_EOF after an error. Both are macros that
/*	evaluate the stream argument more than once, and work in the
/*	buffer without a function call until it needs filling or
/*	flushing. VSTREAM_PUTC() on vstream_err is not flushed until the
/*	next vstream_fflush() or write function.
/*
/*	vstream_ungetc() pushes one byte back, to be read next, and
/*	returns it, or VSTREAM_EOF when there is no room (only when the
/*	read buffer is full of unread input). It clears the end-of-file
/*	condition. Pushing back what was just read always works.
/*
/*	vstream_fread() reads until it has len bytes, the input ends,
/*	an error happens or time runs out, and returns the number of
/*	bytes read; fewer than len means that one of the conditions of
/*	vstream(3) is set. It returns -1 when an error or time-out came
/*	before the first byte.
/*
/*	vstream_fwrite() appends len bytes and returns len, or -1 after
/*	an error. A block that does not fit the empty buffer goes to the
/*	descriptor without being copied. Errors usually show up when the
/*	buffer is flushed, perhaps on a later call.
/*
/*	vstream_fflush() writes what is in the write buffer, however
/*	many writes that takes, and returns 0, or VSTREAM_EOF when this
/*	or an earlier write failed (the stream's error condition). Data
/*	that could not be written is discarded.
/*
/*	vstream_peek() returns the number of bytes that were read ahead
/*	into the buffer and not yet consumed: input that a client sent
/*	before it saw the reply to its previous command.
/*
/*	vstream_fpurge() discards unread input (VSTREAM_PURGE_READ),
/*	unwritten output (VSTREAM_PURGE_WRITE) or both
/*	(VSTREAM_PURGE_BOTH), for example input pipelined before a
/*	STARTTLS handshake.
/*
/*	The internal interfaces serve the macros and the other
/*	vstream modules. vstream_getc_slow() and vstream_putc_slow() are
/*	the macros' way out when the buffer is empty or full.
/*	vstream_fill() makes sure that there is unread input, and
/*	returns how much, or VSTREAM_EOF. vstream_write_mode() makes
/*	sure that the write buffer takes data (0) or says why not (-1).
/*	vstream_io_error() records the failure in errno as an error of
/*	which direction (VSTREAM_FLAG_RERR or VSTREAM_FLAG_WERR), and as
/*	a time-out when errno is ETIMEDOUT.
/* DIAGNOSTICS
/*	Reading a stream not opened for reading, or writing one not
/*	opened for writing, fails with EBADF.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <vstream.h>

/* vstream_io_error - record a failed read or write */

void    vstream_io_error(VSTREAM *stream, int which)
{
    stream->flags |= which;
    if (errno == ETIMEDOUT)
	stream->flags |= VSTREAM_FLAG_TIMEOUT;
}

/* vstream_write_all - write a block to the descriptor, in pieces */

static int vstream_write_all(VSTREAM *stream, const char *data, size_t len)
{
    ssize_t n;
    off_t   pos;
    int     ret = 0;

    while (len > 0) {
	n = stream->write_fn(stream, data, len, vstream_io_deadline(stream),
			     stream->context);
	if (n <= 0) {
	    if (n == 0)
		errno = EIO;
	    vstream_io_error(stream, VSTREAM_FLAG_WERR);
	    ret = VSTREAM_EOF;
	    break;
	}
	if (stream->flags & VSTREAM_FLAG_SEEK)
	    stream->offset += n;
	data += n;
	len -= n;
    }
    /* O_APPEND: the system moved the offset to the end first. */
    if ((stream->flags & VSTREAM_FLAG_APPEND)
	&& (pos = lseek(stream->fd, 0, SEEK_CUR)) >= 0)
	stream->offset = pos;
    return (ret);
}

/* vstream_fflush - write out the write buffer */

int     vstream_fflush(VSTREAM *stream)
{
    size_t  len = stream->wptr - stream->wbuf;

    if (len > 0) {
	stream->wptr = stream->wbuf;
	if (vstream_write_all(stream, stream->wbuf, len) < 0)
	    return (VSTREAM_EOF);
    }
    return ((stream->flags & VSTREAM_FLAG_WERR) ? VSTREAM_EOF : 0);
}

/* vstream_write_mode - get the write buffer ready to take data */

int     vstream_write_mode(VSTREAM *stream)
{
    size_t  unread;
    off_t   pos;

    if (stream->flags & VSTREAM_FLAG_LAZY)
	vstream_probe(stream);
    if ((stream->flags & VSTREAM_FLAG_WRITE) == 0) {
	errno = EBADF;
	vstream_io_error(stream, VSTREAM_FLAG_WERR);
	return (-1);
    }
    if (stream->flags & VSTREAM_FLAG_WERR)
	return (-1);

    /*
     * A seekable stream that was reading goes back to the position that
     * the reader has reached, and gives the shared buffer to the writer.
     */
    if ((stream->flags & VSTREAM_FLAG_SEEK) && stream->wend == stream->wbuf) {
	if ((unread = stream->rend - stream->rptr) > 0) {
	    if ((pos = lseek(stream->fd, stream->offset - (off_t) unread,
			     SEEK_SET)) < 0) {
		vstream_io_error(stream, VSTREAM_FLAG_WERR);
		return (-1);
	    }
	    stream->offset = pos;
	}
	stream->rptr = stream->rend = stream->rbuf;
	stream->wend = stream->wbuf + stream->wbufsize;
	stream->flags &= ~VSTREAM_FLAG_EOF;
    }
    return (0);
}

/* vstream_fill - make sure that there is unread input */

int     vstream_fill(VSTREAM *stream)
{
    ssize_t n;

    if (stream->flags & VSTREAM_FLAG_LAZY)
	vstream_probe(stream);
    if (stream->rptr < stream->rend)
	return (stream->rend - stream->rptr);
    if ((stream->flags & VSTREAM_FLAG_READ) == 0) {
	errno = EBADF;
	vstream_io_error(stream, VSTREAM_FLAG_RERR);
	return (VSTREAM_EOF);
    }
    if (stream->flags & (VSTREAM_FLAG_RERR | VSTREAM_FLAG_EOF))
	return (VSTREAM_EOF);

    /*
     * Send what was written before waiting for what comes back. A failed
     * write is the writer's error; what can still be read is read.
     */
    (void) vstream_fflush(stream);
    if (stream->flags & VSTREAM_FLAG_SEEK)
	stream->wend = stream->wbuf;

    n = stream->read_fn(stream, stream->rbuf, stream->rbufsize,
			vstream_io_deadline(stream), stream->context);
    if (n < 0) {
	vstream_io_error(stream, VSTREAM_FLAG_RERR);
	return (VSTREAM_EOF);
    }
    if (n == 0) {
	stream->flags |= VSTREAM_FLAG_EOF;
	return (VSTREAM_EOF);
    }
    stream->rptr = stream->rbuf;
    stream->rend = stream->rbuf + n;
    if (stream->flags & VSTREAM_FLAG_SEEK)
	stream->offset += n;
    return ((int) n);
}

/* vstream_getc_slow - next byte when the buffer is empty */

int     vstream_getc_slow(VSTREAM *stream)
{
    if (vstream_fill(stream) == VSTREAM_EOF)
	return (VSTREAM_EOF);
    return ((unsigned char) *stream->rptr++);
}

/* vstream_putc_slow - append a byte when the buffer is full or idle */

int     vstream_putc_slow(int ch, VSTREAM *stream)
{
    if (vstream_write_mode(stream) < 0)
	return (VSTREAM_EOF);
    if (stream->wptr >= stream->wend && vstream_fflush(stream) < 0)
	return (VSTREAM_EOF);
    *stream->wptr++ = (char) ch;
    return ((unsigned char) ch);
}

/* vstream_ungetc - push back one byte */

int     vstream_ungetc(VSTREAM *stream, int ch)
{
    if (ch == VSTREAM_EOF)
	return (VSTREAM_EOF);
    if (stream->flags & VSTREAM_FLAG_LAZY)
	vstream_probe(stream);
    if ((stream->flags & VSTREAM_FLAG_READ) == 0)
	return (VSTREAM_EOF);
    /* A seekable stream that was writing gives the buffer to the reader. */
    if ((stream->flags & VSTREAM_FLAG_SEEK) && stream->wend != stream->wbuf) {
	if (vstream_fflush(stream) < 0)
	    return (VSTREAM_EOF);
	stream->wend = stream->wbuf;
    }
    if (stream->rptr > stream->rbuf) {
	*--stream->rptr = (char) ch;
    } else if (stream->rend < stream->rbuf + stream->rbufsize) {
	memmove(stream->rbuf + 1, stream->rbuf, stream->rend - stream->rbuf);
	stream->rend++;
	*stream->rptr = (char) ch;
    } else {
	return (VSTREAM_EOF);
    }
    stream->flags &= ~VSTREAM_FLAG_EOF;
    return ((unsigned char) ch);
}

/* vstream_fread - read a block */

ssize_t vstream_fread(VSTREAM *stream, void *buf, size_t len)
{
    char   *cp = buf;
    size_t  done = 0;
    size_t  n;

    while (done < len) {
	if (vstream_fill(stream) == VSTREAM_EOF) {
	    if (done == 0 && (stream->flags & VSTREAM_FLAG_RERR))
		return (-1);
	    break;
	}
	n = stream->rend - stream->rptr;
	if (n > len - done)
	    n = len - done;
	memcpy(cp + done, stream->rptr, n);
	stream->rptr += n;
	done += n;
    }
    return ((ssize_t) done);
}

/* vstream_fwrite - append a block */

ssize_t vstream_fwrite(VSTREAM *stream, const void *buf, size_t len)
{
    const char *cp = buf;
    size_t  left = len;
    size_t  n;

    if (vstream_write_mode(stream) < 0)
	return (-1);
    while (left > 0) {
	if (stream->wptr == stream->wbuf && left >= stream->wbufsize) {
	    if (vstream_write_all(stream, cp, left) < 0)
		return (-1);
	    break;
	}
	if (stream->wptr == stream->wend && vstream_fflush(stream) < 0)
	    return (-1);
	n = stream->wend - stream->wptr;
	if (n > left)
	    n = left;
	memcpy(stream->wptr, cp, n);
	stream->wptr += n;
	cp += n;
	left -= n;
    }
    if ((stream->flags & VSTREAM_FLAG_AUTOFLUSH) && vstream_fflush(stream) < 0)
	return (-1);
    return ((ssize_t) len);
}

/* vstream_peek - input read ahead and not yet consumed */

int     vstream_peek(VSTREAM *stream)
{
    return ((int) (stream->rend - stream->rptr));
}

/* vstream_fpurge - discard buffered input, output or both */

void    vstream_fpurge(VSTREAM *stream, int which)
{
    if (which & VSTREAM_PURGE_READ)
	stream->rptr = stream->rend = stream->rbuf;
    if (which & VSTREAM_PURGE_WRITE)
	stream->wptr = stream->wbuf;
}
