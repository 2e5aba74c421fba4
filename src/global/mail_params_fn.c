/*++
/* NAME
/*	mail_params_fn 3
/* SUMMARY
/*	computed parameter defaults
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	const char *mail_params_myhostname(void)
/*
/*	const char *mail_params_mydomain(void)
/*
/*	const char *mail_params_mynetworks(void)
/*
/*	const char *mail_params_process_id(void)
/*
/*	const char *mail_params_process_name(void)
/* DESCRIPTION
/*	These functions compute the defaults that depend on the machine
/*	or on other parameters. Each result lives in a static buffer
/*	that the next call may overwrite.
/*
/*	mail_params_myhostname() returns the host name from
/*	gethostname(). A name without a dot gets ".$mydomain" appended
/*	when main.cf sets mydomain, else ".localdomain".
/*
/*	mail_params_mydomain() returns $myhostname without its first
/*	label, or "localdomain" when $myhostname has no dot.
/*
/*	mail_params_mynetworks() lists the networks of the addresses
/*	that $inet_interfaces selects ("all", "loopback-only",
/*	"localhost" or numeric addresses), for the protocols of
/*	$inet_protocols, according to $mynetworks_style: "host" gives
/*	each address alone, "subnet" its network with the interface
/*	netmask, "class" the whole class A/B/C network of an IPv4
/*	address (IPv6 addresses are treated as with "subnet"). IPv4
/*	networks come first; IPv6 ones are written as [address]/length.
/*	When its inputs refer back to $mynetworks, that reference is
/*	empty.
/*
/*	mail_params_process_id() and mail_params_process_name() return
/*	the process ID and the program name.
/* DIAGNOSTICS
/*	Warnings for an unknown mynetworks_style, inet_protocols or
/*	inet_interfaces word, or a host name in inet_interfaces (no name
/*	service is used here); the word is ignored ("subnet" is used for
/*	an unknown style).
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <argv.h>
#include <stringops.h>
#include <mac_expand.h>
#include <port_net.h>
#include <port_ifaddr.h>
#include <mail_conf.h>
#include <mail_params.h>

#define MAIL_PARAMS_IFADDR_MAX	64	/* interface addresses examined */
#define MAIL_PARAMS_DEF_DOMAIN	"localdomain"

#define MYNETWORKS_HOST		1
#define MYNETWORKS_SUBNET	2
#define MYNETWORKS_CLASS	3

/* mail_params_expand - expand a reference without exiting */

static char *mail_params_expand(const char *text)
{
    VSTRING *result = vstring_alloc(100);

    if (mail_conf_expand(result, text, (ARGV *) 0, (VSTRING *) 0) & MAC_EXP_ERROR)
	vstring_reset(result);
    return (vstring_export(result));
}

/* mail_params_myhostname - host name from the system */

const char *mail_params_myhostname(void)
{
    static VSTRING *buf;
    static int busy;
    char    host[256];
    char   *domain;

    if (buf == 0)
	buf = vstring_alloc(100);
    if (gethostname(host, sizeof(host)) < 0 || host[0] == 0)
	strcpy(host, "localhost");
    host[sizeof(host) - 1] = 0;
    if (strchr(host, '.') != 0 || busy) {
	vstring_strcpy(buf, host);
	return (vstring_str(buf));
    }
    busy = 1;
    domain = (mail_conf_lookup(VAR_MYDOMAIN) != 0 ?
	      mail_params_expand("$" VAR_MYDOMAIN) : mystrdup(""));
    busy = 0;
    vstring_sprintf(buf, "%s.%s", host, *domain ? domain : MAIL_PARAMS_DEF_DOMAIN);
    myfree(domain);
    return (vstring_str(buf));
}

/* mail_params_mydomain - myhostname without its first label */

const char *mail_params_mydomain(void)
{
    static VSTRING *buf;
    static int busy;
    char   *host;
    char   *dot;

    if (buf == 0)
	buf = vstring_alloc(100);
    if (busy)
	return (MAIL_PARAMS_DEF_DOMAIN);
    busy = 1;
    host = mail_params_expand("$" VAR_MYHOSTNAME);
    busy = 0;
    if ((dot = strchr(host, '.')) != 0 && dot[1] != 0)
	vstring_strcpy(buf, dot + 1);
    else
	vstring_strcpy(buf, MAIL_PARAMS_DEF_DOMAIN);
    myfree(host);
    return (vstring_str(buf));
}

/* mail_params_loopback - is this a loopback address? */

static int mail_params_loopback(const PORT_IFADDR *ifa)
{
    static const unsigned char v6_loop[16] = {0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1};

    if (ifa->family == AF_INET)
	return (ifa->addr[0] == 127);
    return (memcmp(ifa->addr, v6_loop, 16) == 0);
}

/* mail_params_add_loopback - loopback entries when no interface has them */

static int mail_params_add_loopback(PORT_IFADDR *out, int count, int max)
{
    if (count < max) {
	memset(out + count, 0, sizeof(*out));
	out[count].family = AF_INET;
	out[count].addr[0] = 127;
	out[count].addr[3] = 1;
	out[count].prefix = 8;
	count++;
    }
    if (count < max) {
	memset(out + count, 0, sizeof(*out));
	out[count].family = AF_INET6;
	out[count].addr[15] = 1;
	out[count].prefix = 128;
	count++;
    }
    return (count);
}

/* mail_params_select - the interface addresses that inet_interfaces names */

static int mail_params_select(const PORT_IFADDR *ifs, int nifs,
			              PORT_IFADDR *out, int max)
{
    char   *saved = mail_params_expand("$" VAR_INET_INTERFACES);
    char   *cp = saved;
    char   *word;
    int     count = 0;
    int     start;
    int     i;
    PORT_IFADDR want;
    char   *end;

    while ((word = mystrtok(&cp, CHARS_COMMA_SP)) != 0 && count < max) {
	if (strcasecmp(word, "all") == 0) {
	    for (i = 0; i < nifs && count < max; i++)
		out[count++] = ifs[i];
	} else if (strcasecmp(word, "loopback-only") == 0
		   || strcasecmp(word, "localhost") == 0) {
	    start = count;
	    for (i = 0; i < nifs && count < max; i++)
		if (mail_params_loopback(ifs + i))
		    out[count++] = ifs[i];
	    if (count == start)
		count = mail_params_add_loopback(out, count, max);
	} else {
	    memset(&want, 0, sizeof(want));
	    if (*word == '[' && (end = strchr(word, ']')) != 0 && end[1] == 0) {
		*end = 0;
		word++;
	    }
	    if (port_inet_pton(AF_INET, word, want.addr) == 1) {
		want.family = AF_INET;
		want.prefix = 32;
	    } else if (port_inet_pton(AF_INET6, word, want.addr) == 1) {
		want.family = AF_INET6;
		want.prefix = 128;
	    } else {
		msg_warn("%s: ignoring \"%s\" for the %s default: not a numeric address",
			 VAR_INET_INTERFACES, word, VAR_MYNETWORKS);
		continue;
	    }
	    for (i = 0; i < nifs; i++) {
		if (ifs[i].family == want.family
		    && memcmp(ifs[i].addr, want.addr, 16) == 0) {
		    want.prefix = ifs[i].prefix;
		    break;
		}
	    }
	    out[count++] = want;
	}
    }
    myfree(saved);
    return (count);
}

/* mail_params_protocols - which address families inet_protocols allows */

static void mail_params_protocols(int *want4, int *want6)
{
    char   *saved = mail_params_expand("$" VAR_INET_PROTOCOLS);
    char   *cp = saved;
    char   *word;

    *want4 = *want6 = 0;
    while ((word = mystrtok(&cp, CHARS_COMMA_SP)) != 0) {
	if (strcasecmp(word, "all") == 0)
	    *want4 = *want6 = 1;
	else if (strcasecmp(word, "ipv4") == 0)
	    *want4 = 1;
	else if (strcasecmp(word, "ipv6") == 0)
	    *want6 = 1;
	else
	    msg_warn("%s: ignoring unknown protocol \"%s\"", VAR_INET_PROTOCOLS, word);
    }
    if (*want4 == 0 && *want6 == 0)
	*want4 = *want6 = 1;
    myfree(saved);
}

/* mail_params_style - the mynetworks_style in effect */

static int mail_params_style(void)
{
    char   *style = mail_params_expand("$" VAR_MYNETWORKS_STYLE);
    int     result;

    if (strcasecmp(style, "host") == 0)
	result = MYNETWORKS_HOST;
    else if (strcasecmp(style, "class") == 0)
	result = MYNETWORKS_CLASS;
    else {
	if (strcasecmp(style, "subnet") != 0)
	    msg_warn("unknown %s value \"%s\": using \"subnet\"",
		     VAR_MYNETWORKS_STYLE, style);
	result = MYNETWORKS_SUBNET;
    }
    myfree(style);
    return (result);
}

/* mail_params_network - format one network, once */

static void mail_params_network(VSTRING *buf, ARGV *seen,
				        const PORT_IFADDR *ifa, int style)
{
    unsigned char net[16];
    char    text[64];
    int     len = ifa->family == AF_INET ? 4 : 16;
    int     prefix = ifa->prefix;
    int     i;

    if (style == MYNETWORKS_HOST) {
	prefix = len * 8;
    } else if (style == MYNETWORKS_CLASS && ifa->family == AF_INET) {
	if (ifa->addr[0] < 128)
	    prefix = 8;
	else if (ifa->addr[0] < 192)
	    prefix = 16;
	else if (ifa->addr[0] < 224)
	    prefix = 24;
    }
    if (prefix < 0 || prefix > len * 8)
	prefix = len * 8;
    memcpy(net, ifa->addr, sizeof(net));
    for (i = 0; i < len; i++) {
	if (prefix <= i * 8)
	    net[i] = 0;
	else if (prefix < (i + 1) * 8)
	    net[i] &= (unsigned char) (0xff << ((i + 1) * 8 - prefix));
    }
    if (port_inet_ntop(ifa->family, net, text, sizeof(text)) == 0)
	return;
    vstring_sprintf(buf, ifa->family == AF_INET ? "%s/%d" : "[%s]/%d",
		    text, prefix);
    for (i = 0; i < seen->argc; i++)
	if (strcmp(seen->argv[i], vstring_str(buf)) == 0)
	    return;
    argv_add(seen, vstring_str(buf), ARGV_END);
}

/* mail_params_mynetworks - networks of the local interfaces */

const char *mail_params_mynetworks(void)
{
    static VSTRING *result;
    static int busy;
    PORT_IFADDR ifs[MAIL_PARAMS_IFADDR_MAX];
    PORT_IFADDR sel[MAIL_PARAMS_IFADDR_MAX];
    VSTRING *buf;
    ARGV   *seen;
    int     nifs;
    int     nsel;
    int     want4;
    int     want6;
    int     style;
    int     i;
    int     pass;

    if (result == 0)
	result = vstring_alloc(100);
    if (busy)
	return ("");
    busy = 1;
    buf = vstring_alloc(100);
    seen = argv_alloc(10);
    if ((nifs = port_ifaddr_list(ifs, MAIL_PARAMS_IFADDR_MAX)) < 0) {
	msg_warn("cannot list the network interfaces: %m");
	nifs = mail_params_add_loopback(ifs, 0, MAIL_PARAMS_IFADDR_MAX);
    }
    nsel = mail_params_select(ifs, nifs, sel, MAIL_PARAMS_IFADDR_MAX);
    mail_params_protocols(&want4, &want6);
    style = mail_params_style();
    for (pass = 0; pass < 2; pass++) {
	if ((pass == 0 && !want4) || (pass == 1 && !want6))
	    continue;
	for (i = 0; i < nsel; i++)
	    if (sel[i].family == (pass == 0 ? AF_INET : AF_INET6))
		mail_params_network(buf, seen, sel + i, style);
    }
    vstring_reset(result);
    for (i = 0; i < seen->argc; i++) {
	if (i > 0)
	    vstring_addch(result, ' ');
	vstring_strcat(result, seen->argv[i]);
    }
    vstring_free(buf);
    argv_free(seen);
    busy = 0;
    return (vstring_str(result));
}

/* mail_params_process_id - the process ID */

const char *mail_params_process_id(void)
{
    static char buf[24];

    snprintf(buf, sizeof(buf), "%ld", (long) getpid());
    return (buf);
}

/* mail_params_process_name - the program name */

const char *mail_params_process_name(void)
{
    return (msg_progname);
}
