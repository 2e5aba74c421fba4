/*++
/* NAME
/*	events 3h
/* SUMMARY
/*	event loop: descriptor readiness and timers
/* SYNOPSIS
/*	#include <events.h>
/*--*/

#ifndef _EVENTS_H_INCLUDED_
#define _EVENTS_H_INCLUDED_

#include <sys_defs.h>
#include <time.h>

 /*
  * What a callback is told.
  */
#define EVENT_READ	(1<<0)		/* readable, or end of file */
#define EVENT_WRITE	(1<<1)		/* writable */
#define EVENT_XCPT	(1<<2)		/* error condition */
#define EVENT_TIME	(1<<3)		/* timer expired */

typedef void (*EVENT_FN) (int event, void *context);

extern void event_init(int, int);
extern void event_enable_read(int, EVENT_FN, void *);
extern void event_enable_write(int, EVENT_FN, void *);
extern void event_disable_readwrite(int);
extern time_t event_request_timer(EVENT_FN, void *, int);
extern int event_cancel_timer(EVENT_FN, void *);
extern void event_loop(int);
extern time_t event_time(void);

#endif
