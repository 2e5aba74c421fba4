/*++
/* NAME
/*	port_ifaddr 3h
/* SUMMARY
/*	local interface addresses
/* SYNOPSIS
/*	#include <port_ifaddr.h>
/*--*/

#ifndef _PORT_IFADDR_H_INCLUDED_
#define _PORT_IFADDR_H_INCLUDED_

#include <sys_defs.h>

typedef struct PORT_IFADDR {
    int     family;			/* AF_INET or AF_INET6 */
    unsigned char addr[16];		/* address, network byte order */
    int     prefix;			/* netmask length in bits */
} PORT_IFADDR;

extern int port_ifaddr_list(PORT_IFADDR *, int);

#endif
