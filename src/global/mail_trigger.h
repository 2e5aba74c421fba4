/*++
/* NAME
/*	mail_trigger 3h
/* SUMMARY
/*	wake up an internal service
/* SYNOPSIS
/*	#include <mail_trigger.h>
/*--*/

#ifndef _MAIL_TRIGGER_H_INCLUDED_
#define _MAIL_TRIGGER_H_INCLUDED_

#include <sys_defs.h>

extern int mail_trigger(const char *, const char *, const char *, ssize_t);

#endif
