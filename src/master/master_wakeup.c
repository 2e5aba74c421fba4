/*++
/* NAME
/*	master_wakeup 3
/* SUMMARY
/*	wakeup timers
/* SYNOPSIS
/*	#include "master.h"
/*
/*	void	master_wakeup_init(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_wakeup_cleanup(serv)
/*	MASTER_SERV *serv;
/* DESCRIPTION
/*	A service with a wakeup time in master.cf (pickup 60, qmgr 300)
/*	gets a TRIGGER_REQ_WAKEUP byte on its own endpoint every so
/*	many seconds; when no process is idle, the byte makes master
/*	start one, like any other client. A conditional wakeup ("N?")
/*	starts only after the service has had its first process.
/*
/*	master_wakeup_init() wakes the service at once (mail left in
/*	maildrop/ or the queue while the mail system was down is not
/*	kept waiting for a whole period after a start or reload) and
/*	starts (or restarts) the timer;
/*	master_wakeup_cleanup() stops it. Unix stream sockets, unix
/*	datagram sockets and fifos can be woken; an inet service with a
/*	wakeup time gets a warning at configuration time instead.
/*
/*	Each trigger is written without blocking: a service whose
/*	backlog is full is busy already and needs no wakeup.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <events.h>
#include <iostuff.h>
#include <mail_proto.h>
#include "master.h"

/* master_wakeup_unix - write a trigger to a unix socket */

static void master_wakeup_unix(MASTER_SERV *serv, int type)
{
    struct sockaddr_un sun;
    char    req = TRIGGER_REQ_WAKEUP;
    int     sock;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    if (strlen(serv->name) >= sizeof(sun.sun_path))
	return;
    strcpy(sun.sun_path, serv->name);
    if ((sock = socket(AF_UNIX, type, 0)) < 0) {
	msg_warn("service %s: wakeup socket: %m", serv->ext_name);
	return;
    }
    non_blocking(sock, NON_BLOCKING);
    if (connect(sock, (struct sockaddr *) &sun, sizeof(sun)) < 0) {
	if (msg_verbose)
	    msg_info("service %s: wakeup connect: %m", serv->ext_name);
    } else if (write(sock, &req, 1) != 1) {
	if (msg_verbose)
	    msg_info("service %s: wakeup write: %m", serv->ext_name);
    }
    (void) close(sock);
}

/* master_wakeup_fifo - write a trigger to a fifo */

static void master_wakeup_fifo(MASTER_SERV *serv)
{
    char    req = TRIGGER_REQ_WAKEUP;
    int     fd;

    if ((fd = open(serv->name, O_WRONLY | O_NONBLOCK, 0)) < 0) {
	if (msg_verbose)
	    msg_info("service %s: wakeup open: %m", serv->ext_name);
	return;
    }
    if (write(fd, &req, 1) != 1 && msg_verbose)
	msg_info("service %s: wakeup write: %m", serv->ext_name);
    (void) close(fd);
}

/* master_wakeup_event - timer: wake the service, set the next timer */

static void master_wakeup_event(int event, void *context)
{
    MASTER_SERV *serv = (MASTER_SERV *) context;

    (void) event;
    if (msg_verbose)
	msg_info("wakeup %s", serv->ext_name);
    switch (serv->type) {
    case MASTER_SERV_TYPE_UNIX:
	master_wakeup_unix(serv, SOCK_STREAM);
	break;
    case MASTER_SERV_TYPE_UXDG:
	master_wakeup_unix(serv, SOCK_DGRAM);
	break;
    case MASTER_SERV_TYPE_FIFO:
	master_wakeup_fifo(serv);
	break;
    default:
	break;
    }
    event_request_timer(master_wakeup_event, context, serv->wakeup_time);
}

/* master_wakeup_init - wake the service now, then start the timer */

void    master_wakeup_init(MASTER_SERV *serv)
{
    if (serv->wakeup_time <= 0 || serv->type == MASTER_SERV_TYPE_INET)
	return;
    if ((serv->flags & MASTER_FLAG_CONDWAKE) != 0
	&& (serv->flags & MASTER_FLAG_USED) == 0)
	return;
    master_wakeup_event(0, (void *) serv);
}

/* master_wakeup_cleanup - stop the wakeup timer */

void    master_wakeup_cleanup(MASTER_SERV *serv)
{
    event_cancel_timer(master_wakeup_event, (void *) serv);
}
