/*++
/* NAME
/*	attr 3
/* SUMMARY
/*	attribute lists: the IPC protocol between Postlet processes
/* SYNOPSIS
/*	#include <attr.h>
/*
/*	int	attr_print(fp, flags, type, name, value, ..., ATTR_TYPE_END)
/*	VSTREAM	*fp;
/*	int	flags;
/*
/*	int	attr_vprint(fp, flags, ap)
/*	VSTREAM	*fp;
/*	int	flags;
/*	va_list	ap;
/*
/*	int	attr_scan(fp, flags, type, name, &value, ..., ATTR_TYPE_END)
/*	VSTREAM	*fp;
/*	int	flags;
/*
/*	int	attr_vscan(fp, flags, ap)
/*	VSTREAM	*fp;
/*	int	flags;
/*	va_list	ap;
/* DESCRIPTION
/*	An attribute list is a sequence of lines "name=value\n" followed
/*	by an empty line. Names are 1 to ATTR_NAME_MAX characters from
/*	[a-z0-9_]. Values are at most ATTR_VALUE_MAX bytes and hold no
/*	newline and no NUL. Numbers are plain decimal: an optional minus
/*	sign and at least one digit, nothing else.
/*
/*	attr_print() checks the whole list first and then writes it.
/*	A bad name or a value with a newline is a bug in the caller and
/*	is reported with msg_panic(). A value longer than ATTR_VALUE_MAX
/*	(text that may come from outside, such as a remote server's
/*	reply) is refused with a warning: nothing is written and the
/*	result is -1. Unless ATTR_FLAG_MORE is given the empty line
/*	follows and the stream is flushed. The result is 0, or -1 after
/*	a write error.
/*
/*	attr_scan() reads one list (or, with ATTR_FLAG_MORE, its next
/*	part) into the targets: an int, a long long, or a VSTRING whose old
/*	content is replaced. A VSTRING of fixed capacity that is
/*	smaller than ATTR_VALUE_MAX lowers the limit for that value.
/*	Every byte is read through bounded buffers on the stack or in
/*	the caller's VSTRING: nothing is allocated.
/*
/*	The flags are those of attr(3h). ATTR_FLAG_EXTRA skips an
/*	unknown attribute wherever it comes, including after the last
/*	expected one; the skipped value is still held to the same
/*	limits. ATTR_FLAG_MISSING accepts a list that ends before the
/*	last expected attribute; attributes that were not received keep
/*	their old values.
/* DIAGNOSTICS
/*	attr_scan() returns the number of attributes stored, 0 at end
/*	of input before the first byte of the list, or -1 after one
/*	warning that names the problem: end of input or a read error or
/*	time-out inside the list, a malformed line, a name that was not
/*	expected, a missing attribute, an over-long value, a bad
/*	number, an extra attribute. After -1 the position in the stream
/*	is undefined: the caller should drop the connection. Bytes from
/*	the peer are never copied into a log line, except names that
/*	passed the name check.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>

 /*
  * Room for the digits of a number: a long long has at most 19 digits and
  * a sign; longer text is a bad number anyway.
  */
#define ATTR_NUM_MAX	24

 /*
  * Results of reading one name.
  */
#define ATTR_NAME_OK	0		/* name and '=' read */
#define ATTR_NAME_EOL	1		/* empty line: end of the list */
#define ATTR_NAME_EOF	2		/* end of input before the name */
#define ATTR_NAME_ERR	3		/* a warning was logged */

/* attr_name_ok - check a name that we are about to send */

static int attr_name_ok(const char *name)
{
    const char *cp;

    if (*name == 0 || strlen(name) > ATTR_NAME_MAX)
	return (0);
    for (cp = name; *cp; cp++)
	if (!((*cp >= 'a' && *cp <= 'z') || (*cp >= '0' && *cp <= '9')
	      || *cp == '_'))
	    return (0);
    return (1);
}

/* attr_check - check a whole list before anything is sent */

static int attr_check(va_list ap)
{
    const char *myname = "attr_print";
    const char *name;
    const char *str;
    int     type;

    while ((type = va_arg(ap, int)) != ATTR_TYPE_END) {
	name = va_arg(ap, const char *);
	if (name == 0 || !attr_name_ok(name))
	    msg_panic("%s: bad attribute name", myname);
	switch (type) {
	case ATTR_TYPE_INT:
	    (void) va_arg(ap, int);
	    break;
	case ATTR_TYPE_LONG:
	    (void) va_arg(ap, long long);
	    break;
	case ATTR_TYPE_STR:
	    if ((str = va_arg(ap, const char *)) == 0)
		msg_panic("%s: attribute %s: null value", myname, name);
	    if (strchr(str, '\n') != 0)
		msg_panic("%s: attribute %s: value with newline", myname, name);
	    if (strlen(str) > ATTR_VALUE_MAX) {
		msg_warn("%s: attribute %s: value too long (%lu bytes, limit %d)",
			 myname, name, (unsigned long) strlen(str),
			 ATTR_VALUE_MAX);
		return (-1);
	    }
	    break;
	default:
	    msg_panic("%s: attribute %s: unknown type %d", myname, name, type);
	}
    }
    return (0);
}

/* attr_vprint - send an attribute list */

int     attr_vprint(VSTREAM *fp, int flags, va_list ap)
{
    char    num[ATTR_NUM_MAX];
    const char *name;
    const char *value;
    va_list copy;
    int     type;
    int     status;

    va_copy(copy, ap);
    status = attr_check(copy);
    va_end(copy);
    if (status < 0)
	return (-1);
    while ((type = va_arg(ap, int)) != ATTR_TYPE_END) {
	name = va_arg(ap, const char *);
	switch (type) {
	case ATTR_TYPE_INT:
	    snprintf(num, sizeof(num), "%d", va_arg(ap, int));
	    value = num;
	    break;
	case ATTR_TYPE_LONG:
	    snprintf(num, sizeof(num), "%lld", va_arg(ap, long long));
	    value = num;
	    break;
	default:				/* ATTR_TYPE_STR, checked above */
	    value = va_arg(ap, const char *);
	    break;
	}
	vstream_fwrite(fp, name, strlen(name));
	VSTREAM_PUTC('=', fp);
	vstream_fwrite(fp, value, strlen(value));
	VSTREAM_PUTC('\n', fp);
    }
    if ((flags & ATTR_FLAG_MORE) == 0) {
	VSTREAM_PUTC('\n', fp);
	vstream_fflush(fp);
    }
    return (vstream_ferror(fp) ? -1 : 0);
}

/* attr_print - send an attribute list */

int     attr_print(VSTREAM *fp, int flags,...)
{
    va_list ap;
    int     status;

    va_start(ap, flags);
    status = attr_vprint(fp, flags, ap);
    va_end(ap);
    return (status);
}

/* attr_eof_warn - report end of input, an error or a time-out */

static void attr_eof_warn(VSTREAM *fp, const char *where)
{
    if (vstream_ftimeout(fp))
	msg_warn("attr_scan: time-out while reading %s", where);
    else if (vstream_ferror(fp))
	msg_warn("attr_scan: read error while reading %s: %m", where);
    else
	msg_warn("attr_scan: premature end of input while reading %s", where);
}

/* attr_get_name - read a name and its '=' */

static int attr_get_name(VSTREAM *fp, char *name, int first)
{
    int     len = 0;
    int     ch;

    for (;;) {
	ch = VSTREAM_GETC(fp);
	if (ch == VSTREAM_EOF) {
	    if (len == 0 && first && !vstream_ferror(fp))
		return (ATTR_NAME_EOF);
	    attr_eof_warn(fp, "an attribute name");
	    return (ATTR_NAME_ERR);
	}
	if (ch == '\n' && len == 0)
	    return (ATTR_NAME_EOL);
	if (ch == '=') {
	    if (len == 0) {
		msg_warn("attr_scan: malformed input: empty attribute name");
		return (ATTR_NAME_ERR);
	    }
	    name[len] = 0;
	    return (ATTR_NAME_OK);
	}
	if (ch == '\n') {
	    msg_warn("attr_scan: malformed input: no '=' after an attribute name");
	    return (ATTR_NAME_ERR);
	}
	if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) {
	    msg_warn("attr_scan: malformed input: byte 0x%02x in an attribute name",
		     ch);
	    return (ATTR_NAME_ERR);
	}
	if (len >= ATTR_NAME_MAX) {
	    msg_warn("attr_scan: malformed input: attribute name longer than %d",
		     ATTR_NAME_MAX);
	    return (ATTR_NAME_ERR);
	}
	name[len++] = ch;
    }
}

/* attr_get_value - read a value up to its newline, bounded */

static int attr_get_value(VSTREAM *fp, const char *name, char *buf,
			          size_t bufsize, VSTRING *str)
{
    size_t  len = 0;
    size_t  limit = ATTR_VALUE_MAX;
    int     ch;

    if (str != 0) {
	vstring_reset(str);
	if ((str->flags & VSTRING_FLAG_FIXED) && str->cap < limit)
	    limit = str->cap;
    } else if (buf != 0 && bufsize - 1 < limit) {
	limit = bufsize - 1;
    }
    for (;;) {
	ch = VSTREAM_GETC(fp);
	if (ch == VSTREAM_EOF) {
	    attr_eof_warn(fp, "an attribute value");
	    return (-1);
	}
	if (ch == '\n')
	    break;
	if (ch == 0) {
	    msg_warn("attr_scan: malformed input: NUL byte in attribute %s",
		     name);
	    return (-1);
	}
	if (len >= limit) {
	    if (buf != 0)
		msg_warn("attr_scan: bad number in attribute %s", name);
	    else
		msg_warn("attr_scan: attribute %s: value longer than %lu bytes",
			 name, (unsigned long) limit);
	    return (-1);
	}
	if (str != 0)
	    vstring_addch(str, ch);
	else if (buf != 0)
	    buf[len] = ch;
	len++;
    }
    if (buf != 0)
	buf[len] = 0;
    return (0);
}

/* attr_get_number - convert a value of the form -?[0-9]+ */

static int attr_get_number(const char *name, const char *buf, long long min,
			           long long max, long long *result)
{
    const char *cp = buf;
    char   *end;
    long long val;

    if (*cp == '-')
	cp++;
    if (*cp == 0)
	goto bad;
    for (; *cp; cp++)
	if (*cp < '0' || *cp > '9')
	    goto bad;
    errno = 0;
    val = strtoll(buf, &end, 10);
    if (errno == ERANGE || *end != 0 || val < min || val > max)
	goto bad;
    *result = val;
    return (0);

bad:
    msg_warn("attr_scan: bad number in attribute %s", name);
    return (-1);
}

/* attr_skip_extra - skip unknown attributes up to the end of the list */

static int attr_skip_extra(VSTREAM *fp, int flags, char *name)
{
    for (;;) {
	switch (attr_get_name(fp, name, 0)) {
	case ATTR_NAME_EOL:
	    return (0);
	case ATTR_NAME_OK:
	    if ((flags & ATTR_FLAG_EXTRA) == 0) {
		msg_warn("attr_scan: unexpected extra attribute %s", name);
		return (-1);
	    }
	    if (attr_get_value(fp, name, (char *) 0, 0, (VSTRING *) 0) < 0)
		return (-1);
	    break;
	default:
	    return (-1);
	}
    }
}

/* attr_vscan - receive an attribute list */

int     attr_vscan(VSTREAM *fp, int flags, va_list ap)
{
    char    name[ATTR_NAME_MAX + 1];
    char    num[ATTR_NUM_MAX];
    const char *want;
    void   *target;
    long long val;
    int     count = 0;
    int     seen = 0;
    int     type;

    while ((type = va_arg(ap, int)) != ATTR_TYPE_END) {
	want = va_arg(ap, const char *);
	target = va_arg(ap, void *);
	if (type != ATTR_TYPE_INT && type != ATTR_TYPE_LONG
	    && type != ATTR_TYPE_STR)
	    msg_panic("attr_scan: attribute %s: unknown type %d", want, type);
	for (;;) {
	    switch (attr_get_name(fp, name, seen == 0)) {
	    case ATTR_NAME_EOF:
		return (0);
	    case ATTR_NAME_ERR:
		return (-1);
	    case ATTR_NAME_EOL:
		if (flags & ATTR_FLAG_MISSING)
		    return (count);
		msg_warn("attr_scan: missing attribute %s", want);
		return (-1);
	    }
	    seen = 1;
	    if (strcmp(name, want) == 0)
		break;
	    if ((flags & ATTR_FLAG_EXTRA) == 0) {
		msg_warn("attr_scan: unexpected attribute %s (expected %s)",
			 name, want);
		return (-1);
	    }
	    if (attr_get_value(fp, name, (char *) 0, 0, (VSTRING *) 0) < 0)
		return (-1);
	}
	if (type == ATTR_TYPE_STR) {
	    if (attr_get_value(fp, name, (char *) 0, 0, (VSTRING *) target) < 0)
		return (-1);
	} else {
	    if (attr_get_value(fp, name, num, sizeof(num), (VSTRING *) 0) < 0)
		return (-1);
	    if (type == ATTR_TYPE_INT) {
		if (attr_get_number(name, num, INT_MIN, INT_MAX, &val) < 0)
		    return (-1);
		*(int *) target = (int) val;
	    } else {
		if (attr_get_number(name, num, LLONG_MIN, LLONG_MAX, &val) < 0)
		    return (-1);
		*(long long *) target = val;
	    }
	}
	count++;
    }
    if ((flags & ATTR_FLAG_MORE) == 0) {
	if (seen == 0) {
	    switch (attr_get_name(fp, name, 1)) {
	    case ATTR_NAME_EOF:
	    case ATTR_NAME_EOL:
		return (0);
	    case ATTR_NAME_ERR:
		return (-1);
	    }
	    if ((flags & ATTR_FLAG_EXTRA) == 0) {
		msg_warn("attr_scan: unexpected extra attribute %s", name);
		return (-1);
	    }
	    if (attr_get_value(fp, name, (char *) 0, 0, (VSTRING *) 0) < 0)
		return (-1);
	}
	if (attr_skip_extra(fp, flags, name) < 0)
	    return (-1);
    }
    return (count);
}

/* attr_scan - receive an attribute list */

int     attr_scan(VSTREAM *fp, int flags,...)
{
    va_list ap;
    int     status;

    va_start(ap, flags);
    status = attr_vscan(fp, flags, ap);
    va_end(ap);
    return (status);
}
