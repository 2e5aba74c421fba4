/*++
/* NAME
/*	dns_hosts 3
/* SUMMARY
/*	addresses from the hosts file
/* SYNOPSIS
/*	#include <dns.h>
/*
/*	int	dns_lookup_hosts(name, families, addr, max, count, why)
/*	const char *name;
/*	int	families;
/*	DNS_ADDR *addr;
/*	int	max;
/*	int	*count;
/*	VSTRING	*why;
/*
/*	void	dns_hosts_file(path)
/*	const char *path;
/*
/*	int	dns_hosts_line(line, name, families, addr)
/*	const char *line;
/*	const char *name;
/*	int	families;
/*	DNS_ADDR *addr;
/* DESCRIPTION
/*	dns_lookup_hosts() reads the hosts file (/etc/hosts unless
/*	dns_hosts_file() named another) for smtp_host_lookup = native:
/*	first the IPv4 addresses of name, then the IPv6 ones, each in
/*	the order of the file, without repeats, at most max. Lines are
/*	read into a fixed buffer; a line of 1024 bytes or more is
/*	skipped whole, and so is a line with a null byte. Nothing is
/*	allocated: the buffers are on the stack (about 2 KB), used only
/*	for the lookup.
/*
/*	dns_hosts_line() parses one line (without its newline): an
/*	address, then names, separated by blanks; "#" starts a comment.
/*	Names match without regard to case or to a trailing dot. When
/*	the address is of a family in families and a name matches, the
/*	address goes to *addr and the result is 1; otherwise 0. A
/*	malformed address makes the line count as a comment.
/* DIAGNOSTICS
/*	A warning when the file cannot be read (DNS_RETRY).
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <port_net.h>
#include <dns.h>

#define DNS_HOSTS_LINE	1024		/* lines this long are skipped */
#define DNS_HOSTS_IOBUF	1024		/* file read buffer */
#define DNS_HOSTS_ADDR	64		/* longest address text */
#define DNS_HOSTS_BLANK	" \t\r\f\v"

static const char *dns_hosts_path = "/etc/hosts";

/* dns_hosts_file - read another file */

void    dns_hosts_file(const char *path)
{
    dns_hosts_path = path;
}

/* dns_hosts_same - names equal without regard to case or a trailing dot */

static int dns_hosts_same(const char *word, size_t len, const char *name)
{
    size_t  nlen = strlen(name);

    if (len > 0 && word[len - 1] == '.')
	len--;
    if (nlen > 0 && name[nlen - 1] == '.')
	nlen--;
    return (len > 0 && len == nlen && strncasecmp(word, name, len) == 0);
}

/* dns_hosts_line - one line of a hosts file */

int     dns_hosts_line(const char *line, const char *name, int families,
		               DNS_ADDR *addr)
{
    char    text[DNS_HOSTS_ADDR];
    const char *cp = line;
    const char *end;
    size_t  len;

    /*
     * The address: everything up to the first blank or comment.
     */
    if ((end = strchr(line, '#')) == 0)
	end = line + strlen(line);
    cp += strspn(cp, DNS_HOSTS_BLANK);
    len = strcspn(cp, DNS_HOSTS_BLANK "#");
    if (len == 0 || len >= sizeof(text))
	return (0);
    memcpy(text, cp, len);
    text[len] = 0;
    cp += len;
    if (strchr(text, ':') != 0) {
	if ((families & DNS_WANT_IPV6) == 0
	    || port_inet_pton(AF_INET6, text, addr->addr) != 1)
	    return (0);
	addr->family = AF_INET6;
    } else {
	if ((families & DNS_WANT_IPV4) == 0
	    || port_inet_pton(AF_INET, text, addr->addr) != 1)
	    return (0);
	addr->family = AF_INET;
    }

    /*
     * The names, up to the comment.
     */
    while (cp < end) {
	cp += strspn(cp, DNS_HOSTS_BLANK);
	if (cp >= end)
	    break;
	len = strcspn(cp, DNS_HOSTS_BLANK "#");
	if (dns_hosts_same(cp, len, name))
	    return (1);
	cp += len;
    }
    return (0);
}

/* dns_hosts_add - append an address unless it is there already */

static void dns_hosts_add(const DNS_ADDR *found, DNS_ADDR *addr, int *count)
{
    size_t  size = found->family == AF_INET ? 4 : 16;
    int     n;

    for (n = 0; n < *count; n++)
	if (addr[n].family == found->family
	    && memcmp(addr[n].addr, found->addr, size) == 0)
	    return;
    addr[(*count)++] = *found;
}

/* dns_hosts_scan - one pass over the file, for one family */

static int dns_hosts_scan(int fd, const char *name, int family,
			          DNS_ADDR *addr, int max, int *count)
{
    VSTREAM stream;
    char    buf[DNS_HOSTS_IOBUF];
    char    line_mem[DNS_HOSTS_LINE + 1];
    VSTRING line;
    DNS_ADDR found;
    int     end;
    int     skip = 0;

    if (lseek(fd, 0, SEEK_SET) < 0)
	return (-1);
    vstream_init(&stream, fd, O_RDONLY, buf, sizeof(buf));
    vstring_init_mem(&line, line_mem, sizeof(line_mem));
    do {
	end = vstream_get_line(&stream, &line, DNS_HOSTS_LINE);
	if (end == 0) {				/* a piece of a long line */
	    skip = 1;
	    continue;
	}
	if (skip) {				/* its last piece */
	    skip = 0;
	    continue;
	}
	if (*count < max
	    && memchr(vstring_str(&line), 0, VSTRING_LEN(&line)) == 0
	    && dns_hosts_line(vstring_str(&line), name, family, &found))
	    dns_hosts_add(&found, addr, count);
    } while (end != VSTREAM_EOF);
    end = vstream_ferror(&stream) ? -1 : 0;
    (void) vstream_fdclose(&stream);
    return (end);
}

/* dns_lookup_hosts - addresses from the hosts file */

int     dns_lookup_hosts(const char *name, int families, DNS_ADDR *addr,
			         int max, int *count, VSTRING *why)
{
    int     fd;
    int     err = 0;

    if (max <= 0)
	msg_panic("dns_lookup_hosts: bad array size %d", max);
    *count = 0;
    if (!dns_valid_name(name)) {
	if (why)
	    vstring_strcpy(why, DNS_WHY_INVAL);
	return (DNS_INVAL);
    }
    if ((fd = open(dns_hosts_path, O_RDONLY | O_CLOEXEC)) < 0) {
	if (errno != ENOENT) {
	    msg_warn("open %s: %m", dns_hosts_path);
	    if (why)
		vstring_strcpy(why, DNS_WHY_RETRY);
	    return (DNS_RETRY);
	}
    } else {
	if ((families & DNS_WANT_IPV4) != 0)
	    err |= dns_hosts_scan(fd, name, DNS_WANT_IPV4, addr, max, count);
	if ((families & DNS_WANT_IPV6) != 0)
	    err |= dns_hosts_scan(fd, name, DNS_WANT_IPV6, addr, max, count);
	(void) close(fd);
	if (err) {
	    msg_warn("read %s: %m", dns_hosts_path);
	    *count = 0;
	    if (why)
		vstring_strcpy(why, DNS_WHY_RETRY);
	    return (DNS_RETRY);
	}
    }
    if (*count == 0) {
	if (why)
	    vstring_strcpy(why, DNS_WHY_NOTFOUND);
	return (DNS_NOTFOUND);
    }
    if (why)
	vstring_reset(why);
    return (DNS_OK);
}
