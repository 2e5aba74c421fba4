/*++
/* NAME
/*	showq_proto 3h
/* SUMMARY
/*	the showq(8) protocol
/* SYNOPSIS
/*	#include <showq_proto.h>
/* DESCRIPTION
/*	See showq_proto(3).
/*--*/

#ifndef _SHOWQ_PROTO_H_INCLUDED_
#define _SHOWQ_PROTO_H_INCLUDED_

#include <vstream.h>
#include <showq_scan.h>

extern int showq_proto_send(VSTREAM *, SHOWQ_MSG *);
extern int showq_proto_recv(VSTREAM *, SHOWQ_MSG *);

#endif
