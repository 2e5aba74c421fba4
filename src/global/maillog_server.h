/*++
/* NAME
/*	maillog_server 3h
/* SUMMARY
/*	the work of postlogd(8): client lines into the maillog_file
/* SYNOPSIS
/*	#include <maillog_server.h>
/*--*/

#ifndef _MAILLOG_SERVER_H_INCLUDED_
#define _MAILLOG_SERVER_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

extern int maillog_server_open(const char *, const char *, VSTRING *);
extern void maillog_server_line(const char *, ssize_t);
extern void maillog_server_close(void);

#endif
