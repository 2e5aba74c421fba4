/*++
/* NAME
/*	msg 3h
/* SUMMARY
/*	diagnostics: panic, fatal, warn, info and verbose logging
/* SYNOPSIS
/*	#include <msg.h>
/*--*/

#ifndef _MSG_H_INCLUDED_
#define _MSG_H_INCLUDED_

#include <sys_defs.h>
#include <stdarg.h>

#define MSG_INFO	0
#define MSG_WARN	1
#define MSG_ERROR	2
#define MSG_FATAL	3
#define MSG_PANIC	4

typedef void (*MSG_OUTPUT_FN) (int level, const char *text);
typedef void (*MSG_CLEANUP_FN) (void);

extern int msg_verbose;
extern const char *msg_progname;

extern void msg_set_progname(const char *);
extern void msg_output(MSG_OUTPUT_FN);
extern void msg_output_reset(void);
extern MSG_CLEANUP_FN msg_cleanup(MSG_CLEANUP_FN);

extern void PRINTFLIKE(1, 2) msg_info(const char *,...);
extern void PRINTFLIKE(1, 2) msg_warn(const char *,...);
extern void PRINTFLIKE(1, 2) msg_error(const char *,...);
extern NORETURN PRINTFLIKE(1, 2) msg_fatal(const char *,...);
extern NORETURN PRINTFLIKE(2, 3) msg_fatal_status(int, const char *,...);
extern NORETURN PRINTFLIKE(1, 2) msg_panic(const char *,...);

extern void msg_vprintf(int, const char *, va_list);

/* Output channels. */
extern void msg_stderr_init(const char *);
extern void msg_syslog_init(const char *, int, int);
extern int msg_syslog_facility(const char *);

#endif
