/*++
/* NAME
/*	mail_connect 3
/* SUMMARY
/*	connect to an internal service
/* SYNOPSIS
/*	#include <mail_connect.h>
/*
/*	VSTREAM	*mail_connect(class, service, block_mode)
/*	const char *class;
/*	const char *service;
/*	int	block_mode;
/*
/*	VSTREAM	*mail_connect_wait(class, service)
/*	const char *class;
/*	const char *service;
/*
/*	int	mail_connect_place(stream, buf, buflen, class, service,
/*					block_mode)
/*	VSTREAM	*stream;
/*	char	*buf;
/*	size_t	buflen;
/*	const char *class;
/*	const char *service;
/*	int	block_mode;
/*
/*	const char *mail_service_path(path, class, service)
/*	VSTRING	*path;
/*	const char *class;
/*	const char *service;
/*
/*	int	mail_connect_wait_delay;
/*	int	mail_connect_wait_tries;
/* DESCRIPTION
/*	Internal services listen on unix-domain stream sockets
/*	$queue_directory/class/service, where class is "public" or
/*	"private" (mail_proto(3h)).
/*
/*	mail_connect() connects to a service and returns a stream for
/*	the conversation, or a null pointer with errno set. With
/*	block_mode NON_BLOCKING the connection attempt does not wait
/*	(a server with a full backlog fails with EAGAIN); with BLOCKING
/*	it waits up to $ipc_timeout seconds. Either way the descriptor
/*	is made non-blocking and every read and write on the stream
/*	waits at most $ipc_timeout seconds (vstream_set_timeout()), so
/*	that a stuck server cannot hang its client. The stream comes
/*	from vstream_fdopen(): one allocation, freed by vstream_fclose().
/*
/*	mail_connect_place() does the same with a stream structure and
/*	buffer that the caller owns (a pool object: daemons that connect
/*	for every message allocate nothing); it returns 0 or -1 with
/*	errno set. Close the stream with vstream_fclose().
/*
/*	mail_connect_wait() is for a client that cannot work without the
/*	service, which may be restarting: it tries mail_connect() in
/*	BLOCKING mode, and after each failure logs a warning and sleeps
/*	mail_connect_wait_delay seconds (10), up to
/*	mail_connect_wait_tries attempts (10); the last failure is
/*	fatal.
/*
/*	mail_service_path() puts the path of the service's socket in
/*	path and returns its text. The path is "class/service", relative
/*	to the current directory, when that is the queue directory (as
/*	it is for daemons, which also find it so after a chroot), or
/*	when $queue_directory cannot be seen (a chroot jail); otherwise
/*	it is "$queue_directory/class/service". Relative paths keep
/*	socket addresses short.
/* DIAGNOSTICS
/*	mail_connect() and mail_connect_place() log a verbose message
/*	for a failure; what to do about it is the caller's decision.
/*	mail_connect_wait(): "connect #N to subsystem class/service:
/*	reason" as a warning, and finally as a fatal error.
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <msg.h>
#include <iostuff.h>
#include <connect.h>
#include <vstream.h>
#include <vstring.h>
#include <mail_params.h>
#include <mail_connect.h>

int     mail_connect_wait_delay = 10;
int     mail_connect_wait_tries = 10;

/* mail_service_path - where a service's socket is */

const char *mail_service_path(VSTRING *path, const char *class,
			              const char *service)
{
    struct stat here;
    struct stat queue;

    if (var_queue_directory == 0)
	msg_panic("mail_service_path: queue_directory is not initialized");
    if (stat(".", &here) == 0
	&& (stat(var_queue_directory, &queue) < 0
	    || (here.st_dev == queue.st_dev && here.st_ino == queue.st_ino)))
	vstring_sprintf(path, "%s/%s", class, service);
    else
	vstring_sprintf(path, "%s/%s/%s", var_queue_directory, class, service);
    return (vstring_str(path));
}

/* mail_connect_fd - connect and set up the descriptor */

static int mail_connect_fd(const char *class, const char *service,
			           int block_mode)
{
    static VSTRING *path;
    int     fd;
    int     saved;

    if (path == 0)
	path = vstring_alloc(100);
    mail_service_path(path, class, service);
    fd = unix_connect(vstring_str(path), block_mode,
		      block_mode == BLOCKING ? var_ipc_timeout : 0);
    if (fd < 0) {
	saved = errno;
	if (msg_verbose)
	    msg_info("connect to subsystem %s: %m", vstring_str(path));
	errno = saved;
	return (-1);
    }
    non_blocking(fd, NON_BLOCKING);
    if (msg_verbose)
	msg_info("connect to subsystem %s", vstring_str(path));
    return (fd);
}

/* mail_connect - connect to a service, stream from vstream_fdopen() */

VSTREAM *mail_connect(const char *class, const char *service, int block_mode)
{
    VSTREAM *stream;
    int     fd;

    if ((fd = mail_connect_fd(class, service, block_mode)) < 0)
	return (0);
    stream = vstream_fdopen(fd, O_RDWR);
    vstream_set_timeout(stream, var_ipc_timeout);
    return (stream);
}

/* mail_connect_place - connect to a service, caller-owned stream */

int     mail_connect_place(VSTREAM *stream, char *buf, size_t buflen,
			           const char *class, const char *service,
			           int block_mode)
{
    int     fd;

    if ((fd = mail_connect_fd(class, service, block_mode)) < 0)
	return (-1);
    vstream_init(stream, fd, O_RDWR, buf, buflen);
    vstream_set_timeout(stream, var_ipc_timeout);
    return (0);
}

/* mail_connect_wait - connect to a service that may be restarting */

VSTREAM *mail_connect_wait(const char *class, const char *service)
{
    VSTREAM *stream;
    int     count = 0;

    while ((stream = mail_connect(class, service, BLOCKING)) == 0) {
	count++;
	if (count >= mail_connect_wait_tries)
	    msg_fatal("connect #%d to subsystem %s/%s: %m",
		      count, class, service);
	msg_warn("connect #%d to subsystem %s/%s: %m", count, class, service);
	sleep(mail_connect_wait_delay);
    }
    return (stream);
}
