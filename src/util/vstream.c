/*++
/* NAME
/*	vstream 3
/* SUMMARY
/*	buffered streams with time limits
/* SYNOPSIS
/*	#include <vstream.h>
/*
/*	VSTREAM	*vstream_fdopen(fd, flags)
/*	int	fd;
/*	int	flags;
/*
/*	VSTREAM	*vstream_fopen(path, flags, mode)
/*	const char *path;
/*	int	flags;
/*	mode_t	mode;
/*
/*	void	vstream_init(stream, fd, flags, buf, buflen)
/*	VSTREAM	*stream;
/*	int	fd;
/*	int	flags;
/*	char	*buf;
/*	size_t	buflen;
/*
/*	size_t	vstream_sizeof()
/*
/*	int	vstream_fclose(stream)
/*	VSTREAM	*stream;
/*
/*	int	vstream_fdclose(stream)
/*	VSTREAM	*stream;
/*
/*	VSTREAM	*vstream_in, *vstream_out, *vstream_err;
/*
/*	int	vstream_fileno(stream)
/*	int	vstream_ferror(stream)
/*	int	vstream_feof(stream)
/*	int	vstream_ftimeout(stream)
/*	void	vstream_clearerr(stream)
/*	VSTREAM	*stream;
/*
/*	void	vstream_set_timeout(stream, seconds)
/*	void	vstream_set_deadline(stream, seconds)
/*	VSTREAM	*stream;
/*	int	seconds;
/*
/*	long long vstream_io_deadline(stream)
/*	VSTREAM	*stream;
/*
/*	void	vstream_set_io(stream, read_fn, write_fn, context)
/*	VSTREAM	*stream;
/*	VSTREAM_READ_FN read_fn;
/*	VSTREAM_WRITE_FN write_fn;
/*	void	*context;
/* DESCRIPTION
/*	A VSTREAM buffers reads and writes on one descriptor: a file, a
/*	pipe, a socket or a terminal. Daemons, queue files and IPC
/*	channels all use it. The other functions are described in
/*	vstream_buf(3) (characters and blocks), vstream_line(3),
/*	vstream_printf(3), vstream_seek(3) and vstream_raw(3).
/*
/*	Memory is fixed when a stream is opened and never grows.
/*	vstream_fdopen() makes one allocation that holds the stream and
/*	its buffers: VSTREAM_BUFSIZE bytes, or twice that for a
/*	descriptor that is read and written at independent positions
/*	(a socket, a pipe pair, a terminal). vstream_init() sets up a
/*	stream in memory that the caller owns: the structure (of
/*	vstream_sizeof() bytes; a VSTREAM variable will do) and a buffer
/*	of buflen bytes, split in two halves in the same case. It never
/*	allocates, and vstream_fclose() frees nothing that it did not
/*	allocate.
/*
/*	The flags argument gives the direction as open(2) does:
/*	O_RDONLY, O_WRONLY or O_RDWR; other bits are ignored. A stream
/*	on a regular file that is opened O_RDWR shares one buffer
/*	between reading and writing, and moves between the two without
/*	help: a write after a read goes to the position that reading
/*	had reached (vstream_ftell()), a read after a write first
/*	flushes the write. With O_APPEND, every write goes to the end
/*	of the file and the position follows it. On a descriptor that
/*	cannot seek, reading
/*	and writing are independent, and a read that must wait for
/*	input first flushes what was written, so that a request is
/*	never left in the buffer while its reply is awaited.
/*
/*	vstream_fopen() opens a file with open(2) (flags such as
/*	O_CREAT | O_EXCL pass through) and makes a stream of it. It
/*	returns a null pointer with errno set when open(2) fails.
/*
/*	vstream_fclose() flushes the stream, closes the descriptor and
/*	frees the memory that vstream_fdopen() allocated. The result is
/*	0, or VSTREAM_EOF when a write failed at any time since the
/*	stream was opened or its errors were cleared, or when close(2)
/*	failed. vstream_fdclose() does the same but leaves the
/*	descriptor open. Either way the stream cannot be used again
/*	(a caller-placed stream can be set up again with
/*	vstream_init()).
/*
/*	vstream_in, vstream_out and vstream_err are streams on
/*	descriptors 0, 1 and 2, in static memory; they look at their
/*	descriptor at first use. vstream_err is flushed at the end of
/*	every vstream_fwrite(), vstream_fputs() and vstream_fprintf();
/*	vstream_out and vstream_err are flushed when the process calls
/*	exit(3), once they have been written to.
/*
/*	vstream_fileno() returns the descriptor. vstream_ferror() is
/*	non-zero after a read or write error or a time-out;
/*	vstream_ftimeout() after a time-out (which also counts as an
/*	error); vstream_feof() after end of file. The conditions stay
/*	until vstream_clearerr() (or, for end of file, vstream_fseek()
/*	or vstream_ungetc()): until then, reading returns VSTREAM_EOF
/*	without trying again, and after a write error writing fails
/*	at once.
/*
/*	Time limits: vstream_set_timeout() limits each wait for one
/*	read or write on the descriptor to the given number of seconds
/*	(0: no limit). vstream_set_deadline() sets one absolute time,
/*	seconds from now, by which every read and write must be done,
/*	however many there are, until it is set again (0: no deadline).
/*	A peer that sends one byte per second cannot stretch a deadline,
/*	as it can stretch a timeout: this is the per-record deadline of
/*	Postfix. When both are set, the earlier time counts. When time
/*	runs out, the operation fails with errno ETIMEDOUT and the
/*	stream's error and time-out conditions are set.
/*	vstream_io_deadline() gives the deadline for a read or write that
/*	starts now (DEADLINE_NONE: no limit), for a layer that does its
/*	own waiting. For a time limit on writing to hold, the descriptor
/*	should be non-blocking: a blocking write of more than the
/*	descriptor has room for waits until it is done.
/*
/*	vstream_set_io() replaces the raw read and write functions, for
/*	example with a TLS engine; context is passed to both (see
/*	vstream_raw(3) for what they must do). Null pointers restore
/*	vstream_raw_read() and vstream_raw_write(). Data already in the
/*	buffers is not affected: use vstream_fflush() before, and
/*	vstream_peek() and vstream_fpurge() to deal with input that was
/*	read ahead.
/* DIAGNOSTICS
/*	Panic: bad flags, a buffer too small to hold one byte per
/*	direction. vstream_fdopen() and vstream_init() take no action
/*	on an invalid descriptor; I/O on it fails with EBADF.
/* SEE ALSO
/*	vstream_buf(3), vstream_line(3), vstream_printf(3),
/*	vstream_seek(3), vstream_raw(3), iostuff(3h) for deadlines
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <iostuff.h>
#include <port_net.h>
#include <vstream.h>

 /*
  * The standard streams, set up without code so that using them needs no
  * initialisation call.
  */
static char vstream_in_buf[VSTREAM_BUFSIZE] PAGE_BUFFER;
static char vstream_out_buf[VSTREAM_BUFSIZE] PAGE_BUFFER;
static char vstream_err_buf[VSTREAM_BUFSIZE] PAGE_BUFFER;

#define VSTREAM_STD(fd, buf, rsize, wsize, flags) { \
	(buf), (buf), (buf), (buf), (buf), (rsize), (buf), (wsize), \
	(fd), (flags) | VSTREAM_FLAG_LAZY, 0, 0, DEADLINE_NONE, \
	vstream_raw_read, vstream_raw_write, 0 }

static VSTREAM vstream_std[3] = {
    VSTREAM_STD(0, vstream_in_buf, sizeof(vstream_in_buf), 0,
		VSTREAM_FLAG_READ),
    VSTREAM_STD(1, vstream_out_buf, 0, sizeof(vstream_out_buf),
		VSTREAM_FLAG_WRITE),
    VSTREAM_STD(2, vstream_err_buf, 0, sizeof(vstream_err_buf),
		VSTREAM_FLAG_WRITE | VSTREAM_FLAG_AUTOFLUSH),
};

VSTREAM *vstream_in = vstream_std + 0;
VSTREAM *vstream_out = vstream_std + 1;
VSTREAM *vstream_err = vstream_std + 2;

/* vstream_access - direction flags from open(2) flags */

static int vstream_access(int flags)
{
    switch (flags & O_ACCMODE) {
    case O_RDONLY:
	return (VSTREAM_FLAG_READ);
    case O_WRONLY:
	return (VSTREAM_FLAG_WRITE);
    case O_RDWR:
	return (VSTREAM_FLAG_READ | VSTREAM_FLAG_WRITE);
    default:
	msg_panic("vstream: bad open flags 0x%x", (unsigned) flags);
    }
}

/* vstream_kind - what kind of descriptor, and where it is */

static int vstream_kind(int fd, off_t *offset)
{
    struct stat st;
    off_t   pos;
    int     fl;

    *offset = 0;
    if (fstat(fd, &st) < 0)
	return (0);
    if (S_ISSOCK(st.st_mode))
	return (VSTREAM_FLAG_SOCK);
    if (S_ISFIFO(st.st_mode))
	return (VSTREAM_FLAG_FIFO);
    if ((S_ISREG(st.st_mode) || S_ISBLK(st.st_mode))
	&& (pos = lseek(fd, 0, SEEK_CUR)) >= 0) {
	*offset = pos;
	/* Each write goes to the end, wherever the offset was. */
	if ((fl = fcntl(fd, F_GETFL)) >= 0 && (fl & O_APPEND))
	    return (VSTREAM_FLAG_SEEK | VSTREAM_FLAG_APPEND);
	return (VSTREAM_FLAG_SEEK);
    }
    return (0);
}

/* vstream_double - reading and writing need their own buffers */

static int vstream_double(int access, int kind)
{
    return (access == (VSTREAM_FLAG_READ | VSTREAM_FLAG_WRITE)
	    && (kind & VSTREAM_FLAG_SEEK) == 0);
}

/* vstream_exit_flush - flush the standard output streams at exit */

static void vstream_exit_flush(void)
{
    (void) vstream_fflush(vstream_out);
    (void) vstream_fflush(vstream_err);
}

/* vstream_setup - buffers and state for a known kind of descriptor */

static void vstream_setup(VSTREAM *stream, int kind, off_t offset)
{
    stream->flags &= ~(VSTREAM_FLAG_LAZY | VSTREAM_FLAG_SEEK
		       | VSTREAM_FLAG_SOCK | VSTREAM_FLAG_FIFO
		       | VSTREAM_FLAG_APPEND);
    stream->flags |= kind;
    stream->offset = offset;
    stream->rptr = stream->rend = stream->rbuf;
    stream->wptr = stream->wbuf;
    /* A seekable stream starts out neither reading nor writing. */
    stream->wend = (kind & VSTREAM_FLAG_SEEK) ?
	stream->wbuf : stream->wbuf + stream->wbufsize;
}

/* vstream_probe - look at a standard stream's descriptor at first use */

void    vstream_probe(VSTREAM *stream)
{
    static int registered;
    off_t   offset;
    int     kind = vstream_kind(stream->fd, &offset);

    vstream_setup(stream, kind, offset);
    if ((stream->flags & VSTREAM_FLAG_WRITE) && registered == 0) {
	registered = 1;
	if (atexit(vstream_exit_flush) != 0)
	    msg_warn("vstream: cannot flush standard output at exit");
    }
}

/* vstream_init_kind - set up a stream on a descriptor of known kind */

static void vstream_init_kind(VSTREAM *stream, int fd, int flags, char *buf,
			              size_t buflen, int kind, off_t offset)
{
    int     access = vstream_access(flags);

    if (vstream_double(access, kind)) {
	if (buflen < 2)
	    msg_panic("vstream_init: buffer of %lu bytes for two directions",
		      (unsigned long) buflen);
	stream->rbuf = buf;
	stream->rbufsize = buflen / 2;
	stream->wbuf = buf + stream->rbufsize;
	stream->wbufsize = buflen - stream->rbufsize;
    } else {
	if (buflen < 1)
	    msg_panic("vstream_init: empty buffer");
	stream->rbuf = stream->wbuf = buf;
	stream->rbufsize = (access & VSTREAM_FLAG_READ) ? buflen : 0;
	stream->wbufsize = (access & VSTREAM_FLAG_WRITE) ? buflen : 0;
    }
    stream->fd = fd;
    stream->flags = access;
    stream->timeout = 0;
    stream->deadline = DEADLINE_NONE;
    stream->read_fn = vstream_raw_read;
    stream->write_fn = vstream_raw_write;
    stream->context = 0;
    vstream_setup(stream, kind, offset);
}

/* vstream_init - stream in caller-owned memory */

void    vstream_init(VSTREAM *stream, int fd, int flags, char *buf,
		             size_t buflen)
{
    off_t   offset;
    int     kind = vstream_kind(fd, &offset);

    vstream_init_kind(stream, fd, flags, buf, buflen, kind, offset);
}

/* vstream_sizeof - memory for a caller-placed stream structure */

size_t  vstream_sizeof(void)
{
    return (sizeof(VSTREAM));
}

/* vstream_fdopen - stream and buffers in one allocation */

VSTREAM *vstream_fdopen(int fd, int flags)
{
    VSTREAM *stream;
    off_t   offset;
    int     kind = vstream_kind(fd, &offset);
    size_t  buflen = VSTREAM_BUFSIZE;

    if (vstream_double(vstream_access(flags), kind))
	buflen *= 2;
    stream = (VSTREAM *) mymalloc(sizeof(*stream) + buflen);
    vstream_init_kind(stream, fd, flags, (char *) (stream + 1), buflen,
		      kind, offset);
    stream->flags |= VSTREAM_FLAG_ALLOC;
    return (stream);
}

/* vstream_fopen - open a file as a stream */

VSTREAM *vstream_fopen(const char *path, int flags, mode_t mode)
{
    int     fd;

    if ((fd = open(path, flags, mode)) < 0)
	return (0);
    return (vstream_fdopen(fd, flags));
}

/* vstream_release - flush, optionally close, free */

static int vstream_release(VSTREAM *stream, int close_fd)
{
    int     ret = vstream_fflush(stream);
    int     err;

    if (close_fd && stream->fd >= 0) {
	err = (stream->flags & VSTREAM_FLAG_SOCK) ?
	    port_close(stream->fd) : close(stream->fd);
	if (err < 0 && errno != EINTR)
	    ret = VSTREAM_EOF;
    }
    stream->fd = -1;
    /* Leave a caller-placed stream unusable until vstream_init(). */
    stream->rptr = stream->rend = stream->rbuf;
    stream->wptr = stream->wend = stream->wbuf;
    stream->flags &= ~(VSTREAM_FLAG_READ | VSTREAM_FLAG_WRITE
		       | VSTREAM_FLAG_LAZY);
    if (stream->flags & VSTREAM_FLAG_ALLOC)
	myfree((void *) stream);
    return (ret);
}

/* vstream_fclose - flush, close and free */

int     vstream_fclose(VSTREAM *stream)
{
    return (vstream_release(stream, 1));
}

/* vstream_fdclose - flush and free, leaving the descriptor open */

int     vstream_fdclose(VSTREAM *stream)
{
    return (vstream_release(stream, 0));
}

/* vstream_clearerr - forget errors, time-outs and end of file */

void    vstream_clearerr(VSTREAM *stream)
{
    stream->flags &= ~(VSTREAM_FLAG_ERR | VSTREAM_FLAG_EOF
		       | VSTREAM_FLAG_TIMEOUT);
}

/* vstream_set_timeout - time limit for each wait */

void    vstream_set_timeout(VSTREAM *stream, int seconds)
{
    stream->timeout = (seconds > 0 ? seconds : 0);
}

/* vstream_set_deadline - one time limit for everything from now on */

void    vstream_set_deadline(VSTREAM *stream, int seconds)
{
    stream->deadline = (seconds > 0 ? deadline_set(seconds) : DEADLINE_NONE);
}

/* vstream_io_deadline - deadline for one read or write starting now */

long long vstream_io_deadline(VSTREAM *stream)
{
    long long deadline = stream->deadline;
    long long limit;

    if (stream->timeout > 0) {
	limit = deadline_set(stream->timeout);
	if (deadline == DEADLINE_NONE || limit < deadline)
	    deadline = limit;
    }
    return (deadline);
}

/* vstream_set_io - replace the raw read and write functions */

void    vstream_set_io(VSTREAM *stream, VSTREAM_READ_FN read_fn,
		               VSTREAM_WRITE_FN write_fn, void *context)
{
    stream->read_fn = (read_fn ? read_fn : vstream_raw_read);
    stream->write_fn = (write_fn ? write_fn : vstream_raw_write);
    stream->context = context;
}
