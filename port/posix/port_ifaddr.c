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
/*	port_ifaddr_list() stores up to max addresses of the local
/*	interfaces, with their netmask length, in list: first the IPv4
/*	addresses of the interfaces that are up, in the order the
/*	kernel reports them, then the IPv6 addresses. The result is the
/*	number of entries stored, or -1 with errno set when not even the
/*	IPv4 list could be had.
/*
/*	This POSIX version asks for IPv4 addresses with the SIOCGIFCONF,
/*	SIOCGIFFLAGS and SIOCGIFNETMASK ioctls and reads IPv6 addresses
/*	from /proc/net/if_inet6 (absent without IPv6: no IPv6 entries),
/*	ordered by interface index, then global before host and
/*	link-local scope, as a netlink dump would list them.
/*	It does not use getifaddrs(), whose netlink conversation hangs
/*	under qemu user emulation of some targets. A port without these
/*	interfaces (lwIP) provides its own port_ifaddr.c.
/*--*/

#include <sys_defs.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <net/if.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <port_ifaddr.h>

#define PORT_IFADDR_IFREQ_MAX	64	/* IPv4 addresses asked for */
#define PORT_IFADDR_INET6_PATH	"/proc/net/if_inet6"

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

/* port_ifaddr_inet - IPv4 addresses of the interfaces that are up */

static int port_ifaddr_inet(PORT_IFADDR *list, int max)
{
    struct ifreq reqs[PORT_IFADDR_IFREQ_MAX];
    struct ifreq req;
    struct ifconf ifc;
    struct sockaddr_in sin;
    PORT_IFADDR *ent;
    int     sock;
    int     count = 0;
    int     n;
    int     i;

    if ((sock = socket(AF_INET, SOCK_DGRAM, 0)) < 0)
	return (-1);
    memset(reqs, 0, sizeof(reqs));
    ifc.ifc_len = sizeof(reqs);
    ifc.ifc_req = reqs;
    if (ioctl(sock, SIOCGIFCONF, &ifc) < 0) {
	n = errno;
	close(sock);
	errno = n;
	return (-1);
    }
    n = ifc.ifc_len / (int) sizeof(reqs[0]);
    for (i = 0; i < n && count < max; i++) {
	if (reqs[i].ifr_addr.sa_family != AF_INET)
	    continue;
	memset(&req, 0, sizeof(req));
	memcpy(req.ifr_name, reqs[i].ifr_name, sizeof(req.ifr_name));
	if (ioctl(sock, SIOCGIFFLAGS, &req) < 0 || (req.ifr_flags & IFF_UP) == 0)
	    continue;
	ent = list + count;
	memset(ent, 0, sizeof(*ent));
	ent->family = AF_INET;
	memcpy(&sin, &reqs[i].ifr_addr, sizeof(sin));
	memcpy(ent->addr, &sin.sin_addr, 4);
	ent->prefix = 32;
	memset(&req, 0, sizeof(req));
	memcpy(req.ifr_name, reqs[i].ifr_name, sizeof(req.ifr_name));
	if (ioctl(sock, SIOCGIFNETMASK, &req) == 0) {
	    memcpy(&sin, &req.ifr_netmask, sizeof(sin));
	    ent->prefix = port_ifaddr_prefix((unsigned char *) &sin.sin_addr, 4);
	}
	count++;
    }
    close(sock);
    return (count);
}

/* port_ifaddr_hex - one hex digit, or -1 */

static int port_ifaddr_hex(int ch)
{
    if (ch >= '0' && ch <= '9')
	return (ch - '0');
    if (ch >= 'a' && ch <= 'f')
	return (ch - 'a' + 10);
    if (ch >= 'A' && ch <= 'F')
	return (ch - 'A' + 10);
    return (-1);
}

/* port_ifaddr_inet6 - IPv6 addresses from /proc/net/if_inet6 */

static int port_ifaddr_inet6(PORT_IFADDR *list, int max)
{
    FILE   *fp;
    char    line[256];
    char    hex[33];
    unsigned int ifindex;
    unsigned int prefix;
    unsigned int scope;
    unsigned long keys[PORT_IFADDR_IFREQ_MAX];
    unsigned long key;
    PORT_IFADDR ent;
    int     count = 0;
    int     hi;
    int     lo;
    int     i;

    if ((fp = fopen(PORT_IFADDR_INET6_PATH, "r")) == 0)
	return (0);
    if (max > PORT_IFADDR_IFREQ_MAX)
	max = PORT_IFADDR_IFREQ_MAX;
    while (count < max && fgets(line, sizeof(line), fp) != 0) {
	if (sscanf(line, "%32s %x %x %x", hex, &ifindex, &prefix, &scope) != 4
	    || strlen(hex) != 32 || prefix > 128)
	    continue;
	memset(&ent, 0, sizeof(ent));
	for (i = 0; i < 16; i++) {
	    if ((hi = port_ifaddr_hex(hex[2 * i])) < 0
		|| (lo = port_ifaddr_hex(hex[2 * i + 1])) < 0)
		break;
	    ent.addr[i] = (unsigned char) (hi << 4 | lo);
	}
	if (i < 16)
	    continue;
	ent.family = AF_INET6;
	ent.prefix = (int) prefix;

	/*
	 * Insert in (interface index, scope) order.
	 */
	key = (unsigned long) (ifindex & 0xffffff) << 8 | (scope & 0xff);
	for (i = count; i > 0 && keys[i - 1] > key; i--) {
	    keys[i] = keys[i - 1];
	    list[i] = list[i - 1];
	}
	keys[i] = key;
	list[i] = ent;
	count++;
    }
    fclose(fp);
    return (count);
}

/* port_ifaddr_list - the addresses of the local interfaces */

int     port_ifaddr_list(PORT_IFADDR *list, int max)
{
    int     count;

    if ((count = port_ifaddr_inet(list, max)) < 0)
	return (-1);
    return (count + port_ifaddr_inet6(list + count, max - count));
}
