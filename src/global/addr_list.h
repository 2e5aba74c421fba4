/*++
/* NAME
/*	addr_list 3h
/* SUMMARY
/*	extract addresses from a header value or command-line argument
/* SYNOPSIS
/*	#include <addr_list.h>
/*--*/

#ifndef _ADDR_LIST_H_INCLUDED_
#define _ADDR_LIST_H_INCLUDED_

#include <argv.h>
#include <vstring.h>

extern int addr_list_parse(ARGV *, const char *, VSTRING *);

#endif
