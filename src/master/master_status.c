/*++
/* NAME
/*	master_status 3
/* SUMMARY
/*	status reports from child processes
/* SYNOPSIS
/*	#include "master.h"
/*
/*	void	master_status_init(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_status_cleanup(serv)
/*	MASTER_SERV *serv;
/* DESCRIPTION
/*	Every service has one unix-domain stream socket pair. Its
/*	children share serv->status_fd[1] (it becomes MASTER_STATUS_FD
/*	in each of them) and write MASTER_STATUS records on it: idle
/*	and ready for a client, or busy with one. master reads them on
/*	serv->status_fd[0] and keeps the count of idle processes that
/*	master_avail(3) spawns by.
/*
/*	master_status_init() makes the pair and watches the master end.
/*
/*	master_status_cleanup() closes both ends. The children read end
/*	of file on their status descriptor and leave as soon as they are
/*	idle: that is how a reload or a stop retires a generation of
/*	processes gently.
/*
/*	A process that reports "idle" after "busy" has served a client;
/*	master counts that (use_count): a process that exits abnormally
/*	before it served anyone is a bad start-up and throttles its
/*	service (master_spawn(3)). A repeated report is harmless.
/* DIAGNOSTICS
/*	A record of the wrong size, from an unknown process, or from a
/*	process of another generation or service is logged and ignored:
/*	a confused child must not confuse master.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <events.h>
#include <iostuff.h>
#include <master_proto.h>
#include "master.h"

/* master_status_event - read one status record */

static void master_status_event(int event, void *context)
{
    MASTER_SERV *serv = (MASTER_SERV *) context;
    MASTER_STATUS stat;
    MASTER_PROC *proc;
    ssize_t len;

    (void) event;
    len = read(serv->status_fd[0], &stat, sizeof(stat));
    if (len < 0) {
	if (errno != EAGAIN && errno != EINTR)
	    msg_warn("service %s: read status: %m", serv->ext_name);
	return;
    }
    if (len != (ssize_t) sizeof(stat)) {
	msg_warn("service %s: bad status message size: %ld",
		 serv->ext_name, (long) len);
	return;
    }
    if ((proc = master_proc_find(stat.pid)) == 0) {
	if (msg_verbose)
	    msg_info("service %s: status from unknown pid %d",
		     serv->ext_name, stat.pid);
	return;
    }
    if (proc->serv != serv || proc->gen != stat.gen) {
	msg_warn("ignoring status update from child pid %d generation %u",
		 stat.pid, stat.gen);
	return;
    }
    if (proc->avail == stat.avail)
	return;
    switch (stat.avail) {
    case MASTER_STAT_AVAIL:
	proc->use_count++;
	master_avail_more(serv, proc);
	break;
    case MASTER_STAT_TAKEN:
	master_avail_less(serv, proc);
	break;
    default:
	msg_warn("service %s: pid %d: bad status code %d",
		 serv->ext_name, stat.pid, stat.avail);
	break;
    }
}

/* master_status_init - make the status socket pair */

void    master_status_init(MASTER_SERV *serv)
{
    if (serv->status_fd[0] >= 0)
	msg_panic("master_status_init: status channel already open");
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, serv->status_fd) < 0)
	msg_fatal("socketpair: %m");
    non_blocking(serv->status_fd[0], NON_BLOCKING);
    close_on_exec(serv->status_fd[0], CLOSE_ON_EXEC);
    close_on_exec(serv->status_fd[1], CLOSE_ON_EXEC);
    event_enable_read(serv->status_fd[0], master_status_event, (void *) serv);
}

/* master_status_cleanup - close the status socket pair */

void    master_status_cleanup(MASTER_SERV *serv)
{
    if (serv->status_fd[0] < 0)
	return;
    event_disable_readwrite(serv->status_fd[0]);
    (void) close(serv->status_fd[0]);
    (void) close(serv->status_fd[1]);
    serv->status_fd[0] = serv->status_fd[1] = -1;
}
