/*++
/* NAME
/*	dns_resolv 3
/* SUMMARY
/*	resolver set-up
/* SYNOPSIS
/*	#include <dns.h>
/*
/*	void	dns_init()
/*
/*	void	dns_resolv_file(path)
/*	const char *path;
/* DESCRIPTION
/*	dns_init() (re)sets udns's default context, the only one
/*	Postlet uses, and configures it as dns(3h) describes: the
/*	"nameserver" and "options" lines of the resolver file, then the
/*	NAMESERVERS and RES_OPTIONS environment variables, then the
/*	EDNS0 buffer size DNS_UDP_SIZE. Options that udns does not know
/*	("edns0", "rotate", ...) are ignored, as udns ignores them. No
/*	socket is opened here. A second call closes the socket and
/*	starts over.
/*
/*	dns_resolv_file() names the resolver file for the next
/*	dns_init() (default /etc/resolv.conf).
/*
/*	The file is read through buffers on the stack: dns_init() runs
/*	once at start-up, and memory that it alone used would otherwise
/*	stay in the process for good.
/* DIAGNOSTICS
/*	A warning for a resolver file that exists but cannot be read,
/*	and for a server address that is not numeric.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <dns.h>

 /*
  * udns declares a dns_init() of its own, which Postlet's (dns.h) takes
  * the place of: its declaration is renamed out of the way.
  */
#define dns_init udns_dns_init_unused
#include <udns.h>
#undef dns_init

#define DNS_RESOLV_LINE	1024		/* lines this long are skipped */
#define DNS_RESOLV_IOBUF 512		/* file read buffer */
#define DNS_RESOLV_BLANK " \t\r\f\v"

static const char *dns_resolv_path = "/etc/resolv.conf";

/* dns_resolv_file - read another file */

void    dns_resolv_file(const char *path)
{
    dns_resolv_path = path;
}

/* dns_resolv_servers - add servers from a list separated by blanks */

static void dns_resolv_servers(const char *origin, char *list)
{
    char   *saved;
    char   *addr;

    for (addr = strtok_r(list, DNS_RESOLV_BLANK, &saved); addr != 0;
	 addr = strtok_r((char *) 0, DNS_RESOLV_BLANK, &saved))
	if (dns_add_serv(0, addr) < 0 && errno == EINVAL)
	    msg_warn("%s: bad name server address \"%.100s\"", origin, addr);
}

/* dns_resolv_line - one line of the resolver file */

static void dns_resolv_line(char *line)
{
    char   *word;
    size_t  len;

    word = line + strspn(line, DNS_RESOLV_BLANK);
    len = strcspn(word, DNS_RESOLV_BLANK);
    if (len == 0 || word[len] == 0)
	return;
    word[len] = 0;
    if (strcmp(word, "nameserver") == 0) {
	word += len + 1;
	word += strspn(word, DNS_RESOLV_BLANK);
	word[strcspn(word, DNS_RESOLV_BLANK)] = 0;
	dns_resolv_servers(dns_resolv_path, word);
    } else if (strcmp(word, "options") == 0) {
	(void) dns_set_opts(0, word + len + 1);
    }
}

/* dns_resolv_read - the resolver file, line by line */

static void dns_resolv_read(void)
{
    char    buf[DNS_RESOLV_IOBUF];
    char    line_mem[DNS_RESOLV_LINE + 1];
    VSTREAM stream;
    VSTRING line;
    int     fd;
    int     end;
    int     skip = 0;

    if ((fd = open(dns_resolv_path, O_RDONLY | O_CLOEXEC)) < 0) {
	if (errno != ENOENT)
	    msg_warn("open %s: %m", dns_resolv_path);
	return;
    }
    vstream_init(&stream, fd, O_RDONLY, buf, sizeof(buf));
    vstring_init_mem(&line, line_mem, sizeof(line_mem));
    do {
	end = vstream_get_line(&stream, &line, DNS_RESOLV_LINE);
	if (end == 0) {				/* a piece of a long line */
	    skip = 1;
	    continue;
	}
	if (skip) {				/* its last piece */
	    skip = 0;
	    continue;
	}
	if (*line_mem != '#' && *line_mem != ';')
	    dns_resolv_line(line_mem);
    } while (end != VSTREAM_EOF);
    if (vstream_ferror(&stream))
	msg_warn("read %s: %m", dns_resolv_path);
    (void) vstream_fclose(&stream);
}

/* dns_init - configure the resolver context */

void    dns_init(void)
{
    char    list[DNS_RESOLV_LINE];
    const char *value;

    dns_reset(0);
    dns_resolv_read();
    if ((value = getenv("NAMESERVERS")) != 0) {
	if (strlen(value) >= sizeof(list)) {
	    msg_warn("NAMESERVERS: list too long, ignored");
	} else {
	    (void) dns_add_serv(0, (char *) 0);
	    strcpy(list, value);
	    dns_resolv_servers("NAMESERVERS", list);
	}
    }
    if ((value = getenv("RES_OPTIONS")) != 0)
	(void) dns_set_opts(0, value);
    if (dns_set_opt(0, DNS_OPT_UDPSIZE, DNS_UDP_SIZE) < 0)
	msg_panic("dns_init: cannot set the EDNS0 size %d", DNS_UDP_SIZE);
}
