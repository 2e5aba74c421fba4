/*++
/* NAME
/*	smtp_dest 3
/* SUMMARY
/*	parse a nexthop destination
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	int	smtp_dest_parse(dest, nexthop, lmtp, def_port, why)
/*	SMTP_DEST *dest;
/*	const char *nexthop;
/*	int	lmtp;
/*	unsigned def_port;
/*	VSTRING	*why;
/* DESCRIPTION
/*	smtp_dest_parse() turns the nexthop of a delivery request (from
/*	relayhost, transport_maps, the recipient domain, ...) into a
/*	SMTP_DEST. It looks nothing up.
/*
/*	SMTP mode accepts:
/* .IP "domain, domain:port"
/*	SMTP_DEST_MX: the client looks up the domain's MX records.
/* .IP "[host], [host]:port"
/*	SMTP_DEST_HOST: the host's own addresses, no MX lookup.
/* .IP "[address], [address]:port"
/*	SMTP_DEST_ADDR: an IPv4 address, or an IPv6 address with or
/*	without the "ipv6:" prefix ("[ipv6:2001:db8::1]:587",
/*	"[2001:db8::1]"). dest->host gets the address without the
/*	prefix, as written.
/* .PP
/*	LMTP mode accepts:
/* .IP "unix:pathname"
/*	SMTP_DEST_UNIX. A relative pathname is taken relative to the
/*	current directory, which for the lmtp daemon is the queue
/*	directory: "unix:private/dovecot-lmtp" names a socket that
/*	master.cf or another program made there. The pathname must fit
/*	in a unix-domain socket address (at most 107 bytes).
/* .IP "inet:host, inet:host:port"
/*	SMTP_DEST_HOST: LMTP never looks up MX records, with brackets
/*	or without.
/* .IP "inet:[address], inet:[address]:port"
/*	SMTP_DEST_ADDR, as above.
/* .PP
/*	An LMTP nexthop without "unix:" or "inet:" is taken as
/*	"inet:". In SMTP mode an "inet:" prefix is allowed and
/*	ignored, and "unix:" is refused.
/*
/*	In both modes, a bare numerical IPv4 address (no brackets) is
/*	taken as if it had them (SMTP_DEST_ADDR): a number has no MX
/*	records to look up. A bare IPv6 address is refused: its colons
/*	cannot be told from the port separator.
/*
/*	The port is a decimal number from 1 to 65535 or one of the
/*	service names smtp (25), submission (587), smtps (465) and
/*	lmtp (24); without a port, def_port is used. dest->port is 0
/*	for SMTP_DEST_UNIX.
/*
/*	A host or domain name is up to 253 bytes of labels of 1-63
/*	letters, digits, hyphens (not at either end of a label) and
/*	underscores, separated by single dots, without a final dot.
/*	A name of digits and dots only must be a valid IPv4 address.
/*	Non-ASCII (internationalized) names are refused: there is no
/*	IDNA conversion here.
/* DIAGNOSTICS
/*	smtp_dest_parse() returns 0, or -1 with a one-line reason in
/*	why. The nexthop in a reason has its non-printable bytes
/*	replaced with '?' and is cut after 100 bytes ("..." marks the
/*	cut):
/* .IP "bad destination syntax: \(dqNEXTHOP\(dq: DETAIL"
/*	DETAIL is one of: empty destination; empty host name; empty
/*	port; port must be 1..65535; missing "]"; text after "]";
/*	"]" without "["; IPv6 address must be in [brackets]; empty
/*	socket pathname; unix-domain destinations are for LMTP only;
/*	host name too long; bad character in host name; empty label
/*	in host name; label too long in host name; misplaced hyphen in
/*	host name; bad character in socket pathname.
/* .IP "unknown service: NAME/tcp"
/*	A port that is neither a number nor a known service name.
/* .IP "bad numerical address: ADDRESS"
/*	A bracketed IPv6 or all-numeric text that port_inet_pton()
/*	does not accept.
/* .IP "socket pathname too long: PATHNAME"
/*	A unix: pathname that does not fit in a socket address.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <vstring.h>
#include <port_net.h>

#include "smtp.h"

#define SMTP_DEST_NAME_MAX	253	/* longest domain name, text form */
#define SMTP_DEST_LABEL_MAX	63	/* longest label */
#define SMTP_DEST_SHOW_MAX	100	/* nexthop text in a reason */
#define SMTP_DEST_SHOW_SIZE	(SMTP_DEST_SHOW_MAX + sizeof("..."))
#define SMTP_DEST_PORT_MAX	65535

#define SMTP_DEST_DIGIT(c)	((c) >= '0' && (c) <= '9')
#define SMTP_DEST_ALPHA(c)	(((c) >= 'a' && (c) <= 'z') \
				 || ((c) >= 'A' && (c) <= 'Z'))

 /*
  * The service names we know, without getservbyname(): a firmware image
  * may have no /etc/services.
  */
static const struct {
    const char *name;
    unsigned port;
}       smtp_dest_services[] = {
    {"smtp", 25},
    {"submission", 587},
    {"smtps", 465},
    {"lmtp", 24},
    {0, 0},
};

/* smtp_dest_show - text for a reason: printable and bounded */

static const char *smtp_dest_show(char buf[SMTP_DEST_SHOW_SIZE],
				          const char *text, size_t len)
{
    size_t  n;
    unsigned char ch;

    for (n = 0; n < len && n < SMTP_DEST_SHOW_MAX; n++) {
	ch = (unsigned char) text[n];
	buf[n] = (ch >= 0x20 && ch < 0x7f ? ch : '?');
    }
    if (n < len)
	memcpy(buf + n, "...", 3), n += 3;
    buf[n] = 0;
    return (buf);
}

/* smtp_dest_syntax - reason for a syntax error */

static int smtp_dest_syntax(VSTRING *why, const char *nexthop,
			            const char *detail)
{
    char    show[SMTP_DEST_SHOW_SIZE];

    vstring_sprintf(why, "bad destination syntax: \"%s\": %s",
		    smtp_dest_show(show, nexthop,
				   strlen(nexthop)), detail);
    return (-1);
}

/* smtp_dest_port - a port number or service name */

static int smtp_dest_port(unsigned *port, const char *text,
			          const char *nexthop, VSTRING *why)
{
    char    show[SMTP_DEST_SHOW_SIZE];
    unsigned long value = 0;
    const char *cp;
    int     n;

    if (*text == 0)
	return (smtp_dest_syntax(why, nexthop, "empty port"));
    for (cp = text; SMTP_DEST_DIGIT(*cp); cp++) {
	value = value * 10 + (*cp - '0');
	if (value > SMTP_DEST_PORT_MAX)
	    return (smtp_dest_syntax(why, nexthop, "port must be 1..65535"));
    }
    if (*cp == 0) {
	if (value == 0)
	    return (smtp_dest_syntax(why, nexthop, "port must be 1..65535"));
	*port = (unsigned) value;
	return (0);
    }
    for (n = 0; smtp_dest_services[n].name; n++) {
	if (strcmp(text, smtp_dest_services[n].name) == 0) {
	    *port = smtp_dest_services[n].port;
	    return (0);
	}
    }
    vstring_sprintf(why, "unknown service: %s/tcp",
		    smtp_dest_show(show, text, strlen(text)));
    return (-1);
}

/* smtp_dest_service - smtp_tcp_port or lmtp_tcp_port as a number */

int     smtp_dest_service(const char *service, unsigned *port, VSTRING *why)
{
    return (smtp_dest_port(port, service, service, why));
}

/* smtp_dest_numeric - digits and dots only */

static int smtp_dest_numeric(const char *text, size_t len)
{
    size_t  n;

    for (n = 0; n < len; n++)
	if (!SMTP_DEST_DIGIT(text[n]) && text[n] != '.')
	    return (0);
    return (1);
}

/* smtp_dest_hostname - check a host or domain name */

static const char *smtp_dest_hostname(const char *name, size_t len)
{
    size_t  label = 0;
    size_t  n;
    int     ch;

    if (len == 0)
	return ("empty host name");
    if (len > SMTP_DEST_NAME_MAX)
	return ("host name too long");
    for (n = 0; n < len; n++) {
	ch = (unsigned char) name[n];
	if (ch == '.') {
	    if (label == 0)
		return ("empty label in host name");
	    if (name[n - 1] == '-')
		return ("misplaced hyphen in host name");
	    label = 0;
	    continue;
	}
	if (!SMTP_DEST_ALPHA(ch) && !SMTP_DEST_DIGIT(ch)
	    && ch != '-' && ch != '_')
	    return ("bad character in host name");
	if (ch == '-' && label == 0)
	    return ("misplaced hyphen in host name");
	if (++label > SMTP_DEST_LABEL_MAX)
	    return ("label too long in host name");
    }
    if (label == 0)
	return ("empty label in host name");
    if (name[len - 1] == '-')
	return ("misplaced hyphen in host name");
    return (0);
}

/* smtp_dest_address - check a numerical address, store it */

static int smtp_dest_address(SMTP_DEST *dest, const char *text, size_t len,
			             int family, VSTRING *why)
{
    char    show[SMTP_DEST_SHOW_SIZE];
    unsigned char bin[16];

    if (len < sizeof(dest->host)) {
	memcpy(dest->host, text, len);
	dest->host[len] = 0;
	if (port_inet_pton(family, dest->host, bin) == 1) {
	    dest->kind = SMTP_DEST_ADDR;
	    return (0);
	}
    }
    dest->host[0] = 0;
    vstring_sprintf(why, "bad numerical address: %s",
		    smtp_dest_show(show, text, len));
    return (-1);
}

/* smtp_dest_bracket - what is between "[" and "]" */

static int smtp_dest_bracket(SMTP_DEST *dest, const char *text, size_t len,
			             const char *nexthop, VSTRING *why)
{
    const char *err;

    if (len >= 5 && strncasecmp(text, "ipv6:", 5) == 0)
	return (smtp_dest_address(dest, text + 5, len - 5, AF_INET6, why));
    if (memchr(text, ':', len) != 0)
	return (smtp_dest_address(dest, text, len, AF_INET6, why));
    if (len > 0 && smtp_dest_numeric(text, len))
	return (smtp_dest_address(dest, text, len, AF_INET, why));
    if ((err = smtp_dest_hostname(text, len)) != 0)
	return (smtp_dest_syntax(why, nexthop, err));
    memcpy(dest->host, text, len);
    dest->host[len] = 0;
    dest->kind = SMTP_DEST_HOST;
    return (0);
}

/* smtp_dest_bare - a name without brackets */

static int smtp_dest_bare(SMTP_DEST *dest, const char *text, size_t len,
			          int lmtp, const char *nexthop, VSTRING *why)
{
    const char *err;

    if (len > 0 && smtp_dest_numeric(text, len))
	return (smtp_dest_address(dest, text, len, AF_INET, why));
    if ((err = smtp_dest_hostname(text, len)) != 0)
	return (smtp_dest_syntax(why, nexthop, err));
    memcpy(dest->host, text, len);
    dest->host[len] = 0;
    dest->kind = (lmtp ? SMTP_DEST_HOST : SMTP_DEST_MX);
    return (0);
}

/* smtp_dest_unix - LMTP over a unix-domain socket */

static int smtp_dest_unix(SMTP_DEST *dest, const char *path,
			          const char *nexthop, VSTRING *why)
{
    struct sockaddr_un sun;
    char    show[SMTP_DEST_SHOW_SIZE];
    size_t  len = strlen(path);
    size_t  n;

    if (len == 0)
	return (smtp_dest_syntax(why, nexthop, "empty socket pathname"));
    for (n = 0; n < len; n++)
	if ((unsigned char) path[n] < 0x20 || path[n] == 0x7f)
	    return (smtp_dest_syntax(why, nexthop,
				     "bad character in socket pathname"));
    if (len >= sizeof(sun.sun_path) || len >= sizeof(dest->path)) {
	vstring_sprintf(why, "socket pathname too long: %s",
			smtp_dest_show(show, path, len));
	return (-1);
    }
    memcpy(dest->path, path, len + 1);
    dest->kind = SMTP_DEST_UNIX;
    dest->port = 0;
    return (0);
}

/* smtp_dest_parse - nexthop to destination */

int     smtp_dest_parse(SMTP_DEST *dest, const char *nexthop, int lmtp,
			        unsigned def_port, VSTRING *why)
{
    const char *cp = nexthop;
    const char *host;
    const char *end;
    const char *colon;
    size_t  len;

    memset(dest, 0, sizeof(*dest));
    dest->port = def_port;

    /*
     * The LMTP prefixes.
     */
    if (strncmp(cp, "unix:", 5) == 0) {
	if (!lmtp)
	    return (smtp_dest_syntax(why, nexthop,
			       "unix-domain destinations are for LMTP only"));
	return (smtp_dest_unix(dest, cp + 5, nexthop, why));
    }
    if (strncmp(cp, "inet:", 5) == 0)
	cp += 5;
    if (*cp == 0)
	return (smtp_dest_syntax(why, nexthop, "empty destination"));

    /*
     * Host part, then an optional port.
     */
    if (*cp == '[') {
	host = cp + 1;
	if ((end = strchr(host, ']')) == 0)
	    return (smtp_dest_syntax(why, nexthop, "missing \"]\""));
	if (end[1] != 0 && end[1] != ':')
	    return (smtp_dest_syntax(why, nexthop, "text after \"]\""));
	if (end[1] == ':' && smtp_dest_port(&dest->port, end + 2,
					    nexthop, why) < 0)
	    return (-1);
	return (smtp_dest_bracket(dest, host, end - host, nexthop, why));
    }
    if (strchr(cp, ']') != 0)
	return (smtp_dest_syntax(why, nexthop, "\"]\" without \"[\""));
    if ((colon = strchr(cp, ':')) != 0) {
	if (strchr(colon + 1, ':') != 0)
	    return (smtp_dest_syntax(why, nexthop,
				     "IPv6 address must be in [brackets]"));
	len = colon - cp;
	if (len == 0)
	    return (smtp_dest_syntax(why, nexthop, "empty host name"));
	if (smtp_dest_port(&dest->port, colon + 1, nexthop, why) < 0)
	    return (-1);
    } else {
	len = strlen(cp);
    }
    return (smtp_dest_bare(dest, cp, len, lmtp, nexthop, why));
}
