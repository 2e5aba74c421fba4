/*++
/* NAME
/*	mail_trigger 3
/* SUMMARY
/*	wake up an internal service
/* SYNOPSIS
/*	#include <mail_trigger.h>
/*
/*	int	mail_trigger(class, service, req, len)
/*	const char *class;
/*	const char *service;
/*	const char *req;
/*	ssize_t	len;
/* DESCRIPTION
/*	mail_trigger() sends the len bytes of req (usually one byte,
/*	such as TRIGGER_REQ_WAKEUP) to the service's endpoint at
/*	$queue_directory/class/service (see mail_service_path() in
/*	mail_connect(3)) and does not wait for an answer. The endpoint
/*	may be a fifo (pickup and qmgr as master.cf has them), a
/*	unix-domain stream socket, or a datagram socket; see
/*	fifo_trigger(3) and unix_trigger(3). It never blocks: a server
/*	that is busy or whose fifo is full has a wakeup pending
/*	already, and that counts as success.
/* DIAGNOSTICS
/*	0, or -1 with errno set (ENOENT: no endpoint; ENXIO or
/*	ECONNREFUSED: no server). Failures are logged only in verbose
/*	mode: many callers (postdrop, sendmail) just go on, because the
/*	service also looks for work on its own timer.
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>

#include <msg.h>
#include <vstring.h>
#include <trigger.h>
#include <mail_connect.h>
#include <mail_trigger.h>

/* mail_trigger - send a wakeup request to a service */

int     mail_trigger(const char *class, const char *service,
		             const char *req, ssize_t len)
{
    static VSTRING *path;
    struct stat st;
    int     status;
    int     saved;

    if (path == 0)
	path = vstring_alloc(100);
    mail_service_path(path, class, service);
    if (stat(vstring_str(path), &st) < 0)
	status = -1;
    else if (S_ISFIFO(st.st_mode))
	status = fifo_trigger(vstring_str(path), req, len);
    else
	status = unix_trigger(vstring_str(path), req, len);
    if (status < 0 && msg_verbose) {
	saved = errno;
	msg_info("trigger subsystem %s: %m", vstring_str(path));
	errno = saved;
    }
    return (status);
}
