/*++
/* NAME
/*	port_ifaddr 3
/* SUMMARY
/*	local interface addresses
/* SYNOPSIS
/*	#include <port_ifaddr.h>
/*
/*	int	port_ifaddr_list(list, max)
/*	PORT_IFADDR *list;
/*	int	max;
/* DESCRIPTION
/*	port_ifaddr_list() stores up to max IPv4 and IPv6 addresses of
/*	the interfaces that are up, with their netmask length, in list,
/*	in the order the system reports them. The result is the number
/*	of entries stored, or -1 with errno set.
/*
/*	This POSIX version uses getifaddrs(); a port without it (lwIP)
/*	provides its own port_ifaddr.c.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <string.h>

#include <port_ifaddr.h>

/* port_ifaddr_prefix - count the leading one bits of a netmask */

static int port_ifaddr_prefix(const unsigned char *mask, int len)
{
    int     bits = 0;
    int     i;
    unsigned char byte;

    for (i = 0; i < len; i++) {
	for (byte = mask[i]; byte & 0x80; byte <<= 1)
	    bits++;
	if (mask[i] != 0xff)
	    break;
    }
    return (bits);
}

/* port_ifaddr_list - the addresses of the interfaces that are up */

int     port_ifaddr_list(PORT_IFADDR *list, int max)
{
    struct ifaddrs *ifap;
    struct ifaddrs *ifa;
    PORT_IFADDR *ent;
    int     count = 0;

    if (getifaddrs(&ifap) < 0)
	return (-1);
    for (ifa = ifap; ifa != 0 && count < max; ifa = ifa->ifa_next) {
	if (ifa->ifa_addr == 0 || (ifa->ifa_flags & IFF_UP) == 0)
	    continue;
	ent = list + count;
	memset(ent, 0, sizeof(*ent));
	if (ifa->ifa_addr->sa_family == AF_INET) {
	    ent->family = AF_INET;
	    memcpy(ent->addr, &((struct sockaddr_in *) ifa->ifa_addr)->sin_addr, 4);
	    ent->prefix = ifa->ifa_netmask == 0 ? 32 : port_ifaddr_prefix(
		(unsigned char *) &((struct sockaddr_in *) ifa->ifa_netmask)->sin_addr, 4);
	} else if (ifa->ifa_addr->sa_family == AF_INET6) {
	    ent->family = AF_INET6;
	    memcpy(ent->addr, &((struct sockaddr_in6 *) ifa->ifa_addr)->sin6_addr, 16);
	    ent->prefix = ifa->ifa_netmask == 0 ? 128 : port_ifaddr_prefix(
		(unsigned char *) &((struct sockaddr_in6 *) ifa->ifa_netmask)->sin6_addr, 16);
	} else {
	    continue;
	}
	count++;
    }
    freeifaddrs(ifap);
    return (count);
}
