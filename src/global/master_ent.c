/*++
/* NAME
/*	master_ent 3
/* SUMMARY
/*	parse master.cf entries
/* SYNOPSIS
/*	#include <master_ent.h>
/*
/*	MASTER_ENT *master_ent_parse(line, lineno, why)
/*	const char *line;
/*	int	lineno;
/*	const char **why;
/*
/*	MASTER_ENT **master_ent_read(path, count)
/*	const char *path;
/*	int	*count;
/*
/*	void	master_ent_free(entry)
/*	MASTER_ENT *entry;
/*
/*	void	master_ent_free_list(list, count)
/*	MASTER_ENT **list;
/*	int	count;
/*
/*	const char *master_ent_option(arg, name, value)
/*	char	*arg;
/*	char	**name;
/*	char	**value;
/* DESCRIPTION
/*	master_ent_parse() parses one logical master.cf line (see
/*	readllines(3)) into an entry: eight fields separated by blanks,
/*	service name, type, private, unprivileged, chroot, wakeup time,
/*	process limit, and the command with its arguments. An argument
/*	may be written inside "{" and "}" to hold blanks; it is kept as
/*	written. lineno is stored in the entry. The result is a null
/*	pointer on error, with a one-line reason in *why (valid until the
/*	next call).
/*
/*	The checks are those of master(8): the type is inet, unix,
/*	unix-dgram, fifo or pass; the flags are y, n or "-" (private and
/*	unprivileged default to y, chroot to n); the wakeup time is "-"
/*	or a number, optionally followed by "?"; the process limit is "-"
/*	(stored as -1) or a number; an inet service is not private and
/*	its name is [host:]port with a valid host and port (an IPv6 host
/*	inside "[]"); a command is present; every "-o" option (before an
/*	"argv=" argument, after which the words belong to an external
/*	command) has a name=value or "{ name = value }" argument.
/*	Deliberately stricter than master(8): numbers must be plain
/*	decimal and fit an int, ports must be in range, and other service
/*	names must not contain "/" (they become pathnames under the queue
/*	directory) nor control characters.
/*
/*	master_ent_read() reads every entry of a master.cf file, in file
/*	order (a later entry for the same service name and type replaces
/*	an earlier one in master(8); that choice is the caller's). The
/*	result is a null-terminated array; *count gets the number of
/*	entries. master_ent_free_list() frees it.
/*
/*	master_ent_option() parses the argument of a "-o" option in
/*	place: "name=value", or "{ name = value }" where blanks after
/*	"{", around "=" and before "}" are ignored and blanks inside the
/*	value are kept. It returns a null pointer on success, else the
/*	reason.
/* DIAGNOSTICS
/*	master_ent_read(): fatal errors for an unreadable file and for
/*	a bad entry ("path: line N: reason").
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <argv.h>
#include <stringops.h>
#include <readlline.h>
#include <port_net.h>
#include <master_ent.h>

#define MASTER_BLANKS	" \t\r\n"

static const char *const master_ent_field_names[MASTER_FIELDS] = {
    "service", "transport type", "private", "unprivileged", "chroot",
    "wakeup_time", "max_proc", "command",
};

static const char *const master_ent_types[] = {
    "inet", "unix", "unix-dgram", "fifo", "pass",
};

/* master_ent_flag - y, n or "-" */

static int master_ent_flag(const char *text, int def, int *result)
{
    if (strcmp(text, "-") == 0)
	*result = def;
    else if (strcmp(text, "y") == 0)
	*result = 1;
    else if (strcmp(text, "n") == 0)
	*result = 0;
    else
	return (-1);
    return (0);
}

/* master_ent_number - plain decimal number that fits an int */

static int master_ent_number(const char *text, size_t len, int *result)
{
    long    val = 0;
    size_t  i;

    if (len == 0)
	return (-1);
    for (i = 0; i < len; i++) {
	if (!isdigit((unsigned char) text[i]))
	    return (-1);
	if (val > (INT_MAX - (text[i] - '0')) / 10)
	    return (-1);
	val = val * 10 + (text[i] - '0');
    }
    *result = (int) val;
    return (0);
}

/* master_ent_hostname - host name syntax */

static int master_ent_hostname(const char *host)
{
    const char *cp;

    if (*host == 0 || *host == '.' || *host == '-')
	return (0);
    for (cp = host; *cp; cp++)
	if (!isalnum((unsigned char) *cp) && *cp != '.' && *cp != '-'
	    && *cp != '_')
	    return (0);
    return (1);
}

/* master_ent_inet - check [host:]port */

static const char *master_ent_inet(VSTRING *why, const char *service)
{
    char   *copy = mystrdup(service);
    char   *host = 0;
    char   *port = copy;
    char   *end;
    unsigned char addr[16];
    int     num;
    const char *err = 0;

    if (*copy == '[') {
	if ((end = strchr(copy, ']')) == 0) {
	    err = "missing \"]\" in";
	} else if (end[1] != ':') {
	    err = "missing service information in";
	} else {
	    *end = 0;
	    host = copy + 1;
	    port = end + 2;
	    if (port_inet_pton(AF_INET6, host, addr) != 1
		&& port_inet_pton(AF_INET, host, addr) != 1)
		err = "valid network address required in";
	}
    } else if ((end = strrchr(copy, ':')) != 0) {
	*end = 0;
	host = copy;
	port = end + 1;
	if (*host != 0 && !master_ent_hostname(host))
	    err = "valid hostname or network address required in";
    }
    if (err == 0) {
	if (*port == 0)
	    err = "missing service information in";
	else if (isdigit((unsigned char) *port)
		 ? (master_ent_number(port, strlen(port), &num) < 0
		    || num < 1 || num > 65535)
		 : !master_ent_hostname(port))
	    err = "valid port number or service name required in";
    }
    if (err)
	vstring_sprintf(why, "%s \"%s\"", err, service);
    myfree(copy);
    return (err ? vstring_str(why) : 0);
}

/* master_ent_braces - an argument's braces must balance */

static const char *master_ent_braces(VSTRING *why, const char *arg)
{
    const char *cp;
    int     level = 0;

    for (cp = arg; *cp; cp++) {
	if (*cp == '{') {
	    level++;
	} else if (*cp == '}') {
	    if (--level < 0)
		break;
	    if (level == 0 && *arg == '{' && cp[1] != 0) {
		vstring_sprintf(why, "text after \"}\" in \"%s\"", arg);
		return (vstring_str(why));
	    }
	}
    }
    if (level > 0) {
	vstring_sprintf(why, "missing \"}\" in \"%s\"", arg);
	return (vstring_str(why));
    }
    if (level < 0) {
	vstring_sprintf(why, "unexpected \"}\" in \"%s\"", arg);
	return (vstring_str(why));
    }
    return (0);
}

/* master_ent_option - parse the argument of -o in place */

const char *master_ent_option(char *arg, char **name, char **value)
{
    char   *cp = arg;

    if (*cp == '{' && extpar(&cp, "{}", EXTPAR_FLAG_STRIP) < 0)
	return ("missing \"}\" or text after it");
    return (split_nameval(cp, name, value));
}

/* master_ent_options - check every -o option */

static const char *master_ent_options(VSTRING *why, ARGV *args)
{
    const char *opt;
    const char *err;
    char   *copy;
    char   *name;
    char   *value;
    int     i;

    for (i = 1; i < args->argc; i++) {
	if (strncmp(args->argv[i], "argv=", 5) == 0)
	    break;
	if (strncmp(args->argv[i], "-o", 2) != 0)
	    continue;
	if (args->argv[i][2] != 0) {
	    opt = args->argv[i] + 2;
	} else if (i + 1 < args->argc) {
	    opt = args->argv[++i];
	} else {
	    vstring_strcpy(why, "option \"-o\" requires a name=value argument");
	    return (vstring_str(why));
	}
	copy = mystrdup(opt);
	err = master_ent_option(copy, &name, &value);
	myfree(copy);
	if (err) {
	    vstring_sprintf(why, "bad \"-o %s\" option: %s", opt, err);
	    return (vstring_str(why));
	}
    }
    return (0);
}

/* master_ent_fail - free a partial entry, report a printable reason */

static MASTER_ENT *master_ent_fail(MASTER_ENT *ent, VSTRING *why,
				           const char **whyp)
{
    master_ent_free(ent);
    *whyp = printable(vstring_str(why), '?');
    return (0);
}

/* master_ent_parse - parse one logical line */

MASTER_ENT *master_ent_parse(const char *line, int lineno, const char **whyp)
{
    static VSTRING *why;
    MASTER_ENT *ent;
    char   *copy = mystrdup(line);
    char   *cp = copy;
    char   *tok;
    const char *text;
    size_t  len;
    size_t  i;
    int     n;

    if (why == 0)
	why = vstring_alloc(100);
    vstring_reset(why);
    ent = (MASTER_ENT *) mycalloc(1, sizeof(*ent));
    ent->lineno = lineno;
    ent->args = argv_alloc(4);

    /*
     * Split into seven fields and the command words.
     */
    for (n = 0; n < MASTER_FIELDS - 1; n++) {
	if ((tok = mystrtok(&cp, MASTER_BLANKS)) == 0)
	    break;
	ent->raw[n] = mystrdup(tok);
    }
    while (n == MASTER_FIELDS - 1
	   && (tok = mystrtokq(&cp, MASTER_BLANKS, "{}")) != 0) {
	if (master_ent_braces(why, tok) != 0) {
	    myfree(copy);
	    return (master_ent_fail(ent, why, whyp));
	}
	argv_add(ent->args, tok, ARGV_END);
    }
    myfree(copy);
    if (n < MASTER_FIELDS - 1 || ent->args->argc == 0) {
	vstring_sprintf(why, "missing \"%s\" field", master_ent_field_names[n]);
	return (master_ent_fail(ent, why, whyp));
    }
    for (i = 0, len = 0; i < (size_t) ent->args->argc; i++)
	len += strlen(ent->args->argv[i]) + 1;
    ent->raw[MASTER_FIELDS - 1] = cp = mymalloc(len);
    for (i = 0; i < (size_t) ent->args->argc; i++) {
	if (i > 0)
	    *cp++ = ' ';
	len = strlen(ent->args->argv[i]);
	memcpy(cp, ent->args->argv[i], len);
	cp += len;
    }
    *cp = 0;
    ent->service = ent->raw[0];
    ent->type = ent->raw[1];

    /*
     * The type and the flags.
     */
    for (i = 0; i < ARRAY_LEN(master_ent_types); i++)
	if (strcmp(ent->type, master_ent_types[i]) == 0)
	    break;
    if (i == ARRAY_LEN(master_ent_types)) {
	vstring_sprintf(why, "bad transport type: %s", ent->type);
	return (master_ent_fail(ent, why, whyp));
    }
    for (n = 2; n <= 4; n++) {
	if (master_ent_flag(ent->raw[n], n != 4, n == 2 ? &ent->private_flag :
			    n == 3 ? &ent->unpriv_flag : &ent->chroot_flag) < 0) {
	    vstring_sprintf(why, "field \"%s\": bad value: \"%s\"",
			    master_ent_field_names[n], ent->raw[n]);
	    return (master_ent_fail(ent, why, whyp));
	}
    }

    /*
     * Wakeup time and process limit.
     */
    text = ent->raw[5];
    len = strlen(text);
    if (strcmp(text, "-") == 0) {
	ent->wakeup_time = 0;
    } else {
	if (len > 1 && text[len - 1] == '?') {
	    ent->wakeup_conditional = 1;
	    len--;
	}
	if (master_ent_number(text, len, &ent->wakeup_time) < 0) {
	    vstring_sprintf(why, "field \"%s\": bad value: \"%s\"",
			    master_ent_field_names[5], text);
	    return (master_ent_fail(ent, why, whyp));
	}
    }
    text = ent->raw[6];
    if (strcmp(text, "-") == 0) {
	ent->max_proc = -1;
    } else if (master_ent_number(text, strlen(text), &ent->max_proc) < 0) {
	vstring_sprintf(why, "field \"%s\": bad value: \"%s\"",
			master_ent_field_names[6], text);
	return (master_ent_fail(ent, why, whyp));
    }

    /*
     * The service name.
     */
    if (strcmp(ent->type, "inet") == 0) {
	if (ent->private_flag) {
	    vstring_strcpy(why, "inet service cannot be private");
	    return (master_ent_fail(ent, why, whyp));
	}
	if (master_ent_inet(why, ent->service) != 0)
	    return (master_ent_fail(ent, why, whyp));
    } else if (strchr(ent->service, '/') != 0 || !allprint(ent->service)) {
	vstring_sprintf(why, "bad service name \"%s\": it must not contain "
			"\"/\" or control characters",
			printable(ent->raw[0], '?'));
	return (master_ent_fail(ent, why, whyp));
    }

    /*
     * Main.cf overrides.
     */
    if (master_ent_options(why, ent->args) != 0)
	return (master_ent_fail(ent, why, whyp));
    return (ent);
}

/* master_ent_free - free one entry */

void    master_ent_free(MASTER_ENT *ent)
{
    int     n;

    if (ent == 0)
	return;
    for (n = 0; n < MASTER_FIELDS; n++)
	if (ent->raw[n])
	    myfree(ent->raw[n]);
    if (ent->args)
	argv_free(ent->args);
    myfree(ent);
}

/* master_ent_free_list - free a list of entries */

void    master_ent_free_list(MASTER_ENT **list, int count)
{
    int     i;

    if (list == 0)
	return;
    for (i = 0; i < count; i++)
	master_ent_free(list[i]);
    myfree(list);
}

/* master_ent_read - read every entry of a master.cf file */

MASTER_ENT **master_ent_read(const char *path, int *count)
{
    FILE   *fp;
    VSTRING *buf;
    MASTER_ENT **list;
    MASTER_ENT *ent;
    const char *why;
    int     lineno = 0;
    int     first = 0;
    int     room = 20;

    if ((fp = fopen(path, "r")) == 0)
	msg_fatal("open %s: %m", path);
    buf = vstring_alloc(100);
    list = (MASTER_ENT **) mymalloc((room + 1) * sizeof(*list));
    *count = 0;
    while (readllines(buf, fp, path, &lineno, &first) != 0) {
	if ((ent = master_ent_parse(vstring_str(buf), first, &why)) == 0)
	    msg_fatal("%s: line %d: %s", path, first, why);
	if (*count >= room) {
	    room *= 2;
	    list = (MASTER_ENT **) myrealloc(list, (room + 1) * sizeof(*list));
	}
	list[(*count)++] = ent;
    }
    if (ferror(fp))
	msg_fatal("read %s: %m", path);
    (void) fclose(fp);
    vstring_free(buf);
    list[*count] = 0;
    return (list);
}
