/*++
/* NAME
/*	cleanup_strerror 3
/* SUMMARY
/*	texts for cleanup(8) status bits
/* SYNOPSIS
/*	#include <cleanup_user.h>
/*
/*	const char *cleanup_strerror(status)
/*	unsigned status;
/*
/*	const CLEANUP_STAT_DETAIL *cleanup_stat_detail(status)
/*	unsigned status;
/* DESCRIPTION
/*	cleanup_stat_detail() picks the most important bit of a status
/*	word and returns its entry: the SMTP reply code, the enhanced
/*	status code and the text that Postfix uses for it. Permanent
/*	reasons come first (the sender must fix something), then the
/*	temporary ones. OK gives a success entry; a word without any
/*	known bit gives the generic temporary error.
/*
/*	cleanup_strerror() returns the text alone.
/*--*/

/* System library. */

#include <sys_defs.h>

/* Global library. */

#include <cleanup_user.h>

 /*
  * Most important first.
  */
static const CLEANUP_STAT_DETAIL cleanup_stat_table[] = {
    {CLEANUP_STAT_NOPERM, 550, "5.7.1", "service denied"},
    {CLEANUP_STAT_HOPS, 554, "5.4.0", "too many hops"},
    {CLEANUP_STAT_SIZE, 552, "5.3.4", "message file too big"},
    {CLEANUP_STAT_CONT, 550, "5.7.1", "message content rejected"},
    {CLEANUP_STAT_RCPT, 550, "5.1.0", "no recipients specified"},
    {CLEANUP_STAT_DEFER, 451, "4.3.0", "server configuration error"},
    {CLEANUP_STAT_WRITE, 451, "4.3.0", "queue file write error"},
    {CLEANUP_STAT_BAD, 451, "4.3.0", "internal protocol error"},
};

#define CLEANUP_STAT_TABLE_LEN \
	(sizeof(cleanup_stat_table) / sizeof(cleanup_stat_table[0]))

static const CLEANUP_STAT_DETAIL cleanup_stat_success = {
    CLEANUP_STAT_OK, 250, "2.0.0", "success",
};

/* cleanup_stat_detail - table entry for the most important bit */

const CLEANUP_STAT_DETAIL *cleanup_stat_detail(unsigned status)
{
    size_t  i;

    if (status == CLEANUP_STAT_OK)
	return (&cleanup_stat_success);
    for (i = 0; i < CLEANUP_STAT_TABLE_LEN; i++)
	if (status & cleanup_stat_table[i].status)
	    return (cleanup_stat_table + i);
    return (cleanup_stat_table + CLEANUP_STAT_TABLE_LEN - 1);
}

/* cleanup_strerror - text for the most important bit */

const char *cleanup_strerror(unsigned status)
{
    return (cleanup_stat_detail(status)->text);
}
