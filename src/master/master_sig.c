/*++
/* NAME
/*	master_sig 3
/* SUMMARY
/*	master(8) signals, delivered through a self-pipe
/* SYNOPSIS
/*	#include "master.h"
/*
/*	volatile int master_gotsighup;
/*	volatile int master_gotsigchld;
/*	volatile int master_gotsigterm;
/*
/*	void	master_sig_init()
/* DESCRIPTION
/*	master_sig_init() installs handlers for SIGHUP (reload),
/*	SIGCHLD (a child ended) and SIGTERM, SIGINT, SIGQUIT (stop).
/*	A handler only sets its flag and writes one byte to a
/*	non-blocking pipe whose read end is in the event loop, so the
/*	loop wakes up at once and the main loop acts on the flags
/*	outside signal context. master_gotsigterm holds the number of
/*	the stop signal. SIGPIPE is ignored.
/* DIAGNOSTICS
/*	Fatal when the pipe or a handler cannot be set up.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <events.h>
#include <iostuff.h>
#include "master.h"

volatile int master_gotsighup;
volatile int master_gotsigchld;
volatile int master_gotsigterm;

static int master_sig_pipe[2];

/* master_sig_wake - signal handler: set the flag, wake the loop */

static void master_sig_wake(int sig)
{
    int     saved = errno;

    switch (sig) {
    case SIGHUP:
	master_gotsighup = 1;
	break;
    case SIGCHLD:
	master_gotsigchld = 1;
	break;
    default:
	master_gotsigterm = sig;
	break;
    }
    if (write(master_sig_pipe[1], "", 1) < 0) {
	/* pipe full: the loop wakes up anyway */
    }
    errno = saved;
}

/* master_sig_drain - event handler: empty the pipe */

static void master_sig_drain(int unused_event, void *unused_context)
{
    char    buf[64];

    (void) unused_event;
    (void) unused_context;
    while (read(master_sig_pipe[0], buf, sizeof(buf)) > 0)
	 /* void */ ;
}

/* master_sig_init - install the handlers */

void    master_sig_init(void)
{
    static const int sigs[] = {SIGHUP, SIGCHLD, SIGTERM, SIGINT, SIGQUIT};
    struct sigaction action;
    size_t  i;

    if (pipe(master_sig_pipe) < 0)
	msg_fatal("pipe: %m");
    for (i = 0; i < 2; i++) {
	non_blocking(master_sig_pipe[i], NON_BLOCKING);
	close_on_exec(master_sig_pipe[i], CLOSE_ON_EXEC);
    }
    event_enable_read(master_sig_pipe[0], master_sig_drain, (void *) 0);

    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_handler = SIG_IGN;
    if (sigaction(SIGPIPE, &action, (struct sigaction *) 0) < 0)
	msg_fatal("sigaction SIGPIPE: %m");
    action.sa_handler = master_sig_wake;
    action.sa_flags = SA_RESTART;
    for (i = 0; i < ARRAY_LEN(sigs); i++)
	if (sigaction(sigs[i], &action, (struct sigaction *) 0) < 0)
	    msg_fatal("sigaction %d: %m", sigs[i]);
}
