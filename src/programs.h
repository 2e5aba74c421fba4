/*++
/* NAME
/*	programs 3h
/* SUMMARY
/*	the table of programs in the multi-call binary
/* SYNOPSIS
/*	#include <programs.h>
/* DESCRIPTION
/*	One line per program name. A program that answers to several
/*	names (postmap and postalias share code; sendmail, mailq and
/*	newaliases later) has one line per name. The Makefile makes a
/*	link for every name listed by "postlet -l".
/*--*/

#ifndef _PROGRAMS_H_INCLUDED_
#define _PROGRAMS_H_INCLUDED_

typedef struct POSTLET_PROGRAM {
    const char *name;
    int     (*main) (int, char **);
} POSTLET_PROGRAM;

extern int postcat_main(int, char **);
extern int cleanup_main(int, char **);
extern int postconf_main(int, char **);
extern int master_main(int, char **);
extern int postfix_main(int, char **);
extern int postmap_main(int, char **);
extern int postalias_main(int, char **);
extern int sendmail_main(int, char **);
extern int postdrop_main(int, char **);
extern int pickup_main(int, char **);
extern int postlog_main(int, char **);
extern int postlogd_main(int, char **);
extern int postsuper_main(int, char **);
extern int postqueue_main(int, char **);
extern int showq_main(int, char **);
extern int error_main(int, char **);
extern int discard_main(int, char **);
extern int bounce_main(int, char **);
extern int qmgr_main(int, char **);
extern int scache_main(int, char **);
extern int smtp_main(int, char **);
extern int lmtp_main(int, char **);

static const POSTLET_PROGRAM postlet_programs[] = {
    {"bounce", bounce_main},
    {"cleanup", cleanup_main},
    {"discard", discard_main},
    {"error", error_main},
    {"master", master_main},
    {"lmtp", lmtp_main},
    {"mailq", sendmail_main},
    {"newaliases", sendmail_main},
    {"pickup", pickup_main},
    {"postalias", postalias_main},
    {"postfix", postfix_main},
    {"postcat", postcat_main},
    {"postconf", postconf_main},
    {"postdrop", postdrop_main},
    {"postlog", postlog_main},
    {"postlogd", postlogd_main},
    {"postmap", postmap_main},
    {"postqueue", postqueue_main},
    {"postsuper", postsuper_main},
    {"qmgr", qmgr_main},
    {"scache", scache_main},
    {"smtp", smtp_main},
    {"sendmail", sendmail_main},
    {"showq", showq_main},
    {0, 0},
};

#endif
