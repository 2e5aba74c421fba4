/*++
/* NAME
/*	smtp_cmd_parse 3h
/* SUMMARY
/*	SMTP server command parsing
/* SYNOPSIS
/*	#include <smtp_cmd_parse.h>
/*--*/

#ifndef _SMTP_CMD_PARSE_H_INCLUDED_
#define _SMTP_CMD_PARSE_H_INCLUDED_

#include <vstring.h>

extern char *smtp_cmd_verb(char *, char **);
extern int smtp_cmd_path(char *, const char *, VSTRING *, char **);
extern int smtp_cmd_param(char **, char **, char **);
extern int smtp_cmd_xtext(VSTRING *, const char *);

#endif
