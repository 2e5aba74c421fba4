/*++
/* NAME
/*	postcat 1
/* SUMMARY
/*	show queue file contents
/* SYNOPSIS
/*	postcat [-bdehoqrv] [-c config_dir] [-s offset] [files...]
/* DESCRIPTION
/*	postcat(1) prints queue files (or any record file: maildrop
/*	files, cleanup input) in the layout of Postfix's postcat: the
/*	envelope records as "name: value" lines, the markers "***
/*	MESSAGE CONTENTS file ***", "*** HEADER EXTRACTED file ***" and
/*	"*** MESSAGE FILE END file ***", and the message text as it
/*	was received. Without file arguments it reads standard input.
/*
/*	Options: -b, -h and -e select the body, the header and the
/*	envelope (default: all three); -d prints the decimal record
/*	type, -o the file offset of each record; -q takes the arguments
/*	as queue IDs and looks in the maildrop, incoming, active,
/*	deferred, hold, saved and corrupt queues under queue_directory;
/*	-r goes on reading after the END record; -s starts at a file
/*	offset; -v logs more (and labels every text record);
/*	-c names the configuration directory.
/*
/*	See man/man1/postcat.1 for the user documentation.
/* DIAGNOSTICS
/*	A file that is not a record file, a bad record, a missing END
/*	record or records out of order give a warning that names the
/*	file and the offset; postcat(1) then goes on with the next file
/*	and exits with status 1 at the end. A bad queue ID or a file
/*	that cannot be opened is fatal.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <stringops.h>
#include <vstream.h>
#include <vstring.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_queue.h>
#include <record.h>
#include <rec_type.h>

 /*
  * What to print.
  */
#define PC_FLAG_ENV	(1<<0)		/* envelope records */
#define PC_FLAG_HEADER	(1<<1)		/* header lines */
#define PC_FLAG_BODY	(1<<2)		/* body lines */
#define PC_FLAG_OFFSET	(1<<3)		/* record offsets */
#define PC_FLAG_DECIMAL	(1<<4)		/* decimal record types */
#define PC_FLAG_RAW	(1<<5)		/* read on after END */
#define PC_MASK_TEXT	(PC_FLAG_HEADER | PC_FLAG_BODY)
#define PC_MASK_ALL	(PC_FLAG_ENV | PC_MASK_TEXT)

 /*
  * Where in the file we are.
  */
typedef enum {
    PC_STATE_ENV,			/* envelope or extracted */
    PC_STATE_HEADER,			/* message header */
    PC_STATE_BODY,			/* message body */
} PC_STATE;

#define PC_CREATE_TIME	"create_time"	/* Postfix's ATTR for it */
#define PC_ENVELOPE_TYPES "CTcFSAORD@onWM"	/* may start a file */

static const char *const postcat_queues[] = {
    MAIL_QUEUE_MAILDROP, MAIL_QUEUE_INCOMING, MAIL_QUEUE_ACTIVE,
    MAIL_QUEUE_DEFERRED, MAIL_QUEUE_HOLD, MAIL_QUEUE_SAVED,
    MAIL_QUEUE_CORRUPT, 0,
};

/* postcat_usage - complain and exit */

static NORETURN postcat_usage(const char *why)
{
    if (why)
	msg_warn("%s", why);
    msg_fatal_status(EXIT_FAILURE, "usage: postcat [-b (body text)] [-c config_dir] "
		     "[-d (decimal record type)] [-e (envelope records)] "
		     "[-h (header text)] [-o (record offsets)] [-q (access queue)] "
		     "[-r (read past END)] [-s offset] [-v] [file(s)...]");
}

/* postcat_is_header - does a line start a header field? */

static int postcat_is_header(const char *line)
{
    const char *cp = line;

    while (*cp > ' ' && *cp < 0x7f && *cp != ':')
	cp++;
    if (cp == line)
	return (0);
    while (*cp == ' ' || *cp == '\t')
	cp++;
    return (*cp == ':');
}

/* postcat_time - print a "seconds [usec]" value as a date */

static void postcat_time(const char *name, const char *value)
{
    char   *end;
    long    sec;
    time_t  when;
    struct tm *tm;

    errno = 0;
    sec = strtol(value, &end, 10);
    if (errno != 0 || end == value || sec < 0
	|| (*end != 0 && *end != ' ')) {
	vstream_fprintf(vstream_out, "%s: %s\n", name, value);
	return;
    }
    when = (time_t) sec;
    if ((tm = localtime(&when)) == 0) {
	vstream_fprintf(vstream_out, "%s: %s\n", name, value);
	return;
    }
    vstream_fprintf(vstream_out, "%s: %s", name, asctime(tm));
}

/* postcat_prefix - offset and decimal type, when asked for */

static void postcat_prefix(int flags, long offset, int type)
{
    if (flags & PC_FLAG_OFFSET)
	vstream_fprintf(vstream_out, "%9lu ", (unsigned long) offset);
    if (flags & PC_FLAG_DECIMAL)
	vstream_fprintf(vstream_out, "%3d ", type);
}

/* postcat_marker - a section marker line */

static void postcat_marker(int flags, long offset, int type,
			           const char *text, const char *name)
{
    postcat_prefix(flags, offset, type);
    vstream_fprintf(vstream_out, "*** %s %s ***\n", text, name);
}

/* postcat_record - print one record that is not a marker */

static void postcat_record(int flags, PC_STATE state, long offset, int type,
			           VSTRING *buf, const char *name)
{
    char   *attr_name;
    char   *attr_value;
    const char *err;

    postcat_prefix(flags, offset, type);
    switch (type) {
    case REC_TYPE_TIME:
    case REC_TYPE_CTIME:
    case REC_TYPE_WARN:
	postcat_time(rec_type_name(type), vstring_str(buf));
	break;
    case REC_TYPE_CONT:
	if (state == PC_STATE_ENV || msg_verbose)
	    vstream_fprintf(vstream_out, "%s: ", rec_type_name(type));
	vstream_fwrite(vstream_out, vstring_str(buf), VSTRING_LEN(buf));
	if (state == PC_STATE_ENV || msg_verbose || (flags & PC_FLAG_OFFSET))
	    VSTREAM_PUTC('\n', vstream_out);
	break;
    case REC_TYPE_NORM:
	if (msg_verbose)
	    vstream_fprintf(vstream_out, "%s: ", rec_type_name(type));
	vstream_fwrite(vstream_out, vstring_str(buf), VSTRING_LEN(buf));
	VSTREAM_PUTC('\n', vstream_out);
	break;
    case REC_TYPE_ATTR:
	if ((err = split_nameval(vstring_str(buf), &attr_name, &attr_value)) != 0) {
	    msg_warn("%s: offset %ld: malformed attribute: %s: %.100s",
		     name, offset, err, vstring_str(buf));
	    break;
	}
	if (strcmp(attr_name, PC_CREATE_TIME) == 0)
	    postcat_time(PC_CREATE_TIME, attr_value);
	else
	    vstream_fprintf(vstream_out, "%s: %s=%s\n", rec_type_name(type),
			    attr_name, attr_value);
	break;
    default:
	vstream_fprintf(vstream_out, "%s: %s\n", rec_type_name(type),
			vstring_str(buf));
	break;
    }
}

/* postcat_skip - start at an offset; seek, or read and discard */

static int postcat_skip(VSTREAM *fp, long start, const char *name)
{
    long    n;

    if (start <= 0)
	return (0);
    if (vstream_fseek(fp, (off_t) start, SEEK_SET) >= 0)
	return (0);
    for (n = 0; n < start; n++) {
	if (VSTREAM_GETC(fp) == VSTREAM_EOF) {
	    msg_warn("%s: skip %ld bytes failed after %ld", name, start, n);
	    return (-1);
	}
    }
    return (0);
}

/* postcat - print one record file; 0 if it was sound */

static int postcat(VSTREAM *fp, const char *name, VSTRING *buf, int flags,
		           long start)
{
    PC_STATE state = PC_STATE_ENV;
    int     do_print = (flags & PC_FLAG_ENV);
    int     prev_type = 0;
    int     seen_end = 0;
    int     bad = 0;
    int     type;
    int     ch;
    long    offset;

    if (postcat_skip(fp, start, name) < 0)
	return (-1);
    if (start == 0) {
	if ((ch = VSTREAM_GETC(fp)) == VSTREAM_EOF) {
	    msg_warn("%s: empty file", name);
	    return (-1);
	}
	if (strchr(PC_ENVELOPE_TYPES, ch) == 0) {
	    msg_warn("%s: input is not a valid queue file", name);
	    return (-1);
	}
	vstream_ungetc(fp, ch);
	if (flags & PC_FLAG_ENV)
	    vstream_fprintf(vstream_out, "*** ENVELOPE RECORDS %s ***\n", name);
    }
    for (;;) {
	offset = (long) vstream_ftell(fp);
	if ((type = rec_get(fp, buf, 0)) == REC_TYPE_ERROR) {
	    msg_warn("%s: bad record at offset %ld", name, offset);
	    bad = 1;
	    break;
	}
	if (type == REC_TYPE_EOF) {
	    if (!seen_end) {
		msg_warn("%s: premature end of file at offset %ld: no END record",
			 name, offset);
		bad = 1;
	    }
	    break;
	}
	if (seen_end && !(flags & PC_FLAG_RAW)) {
	    msg_warn("%s: data after the END record at offset %ld", name, offset);
	    bad = 1;
	    break;
	}
	switch (type) {
	case REC_TYPE_NORM:
	case REC_TYPE_CONT:
	    if (state == PC_STATE_HEADER && prev_type != REC_TYPE_CONT
		&& !postcat_is_header(vstring_str(buf))
		&& vstring_str(buf)[0] != ' ' && vstring_str(buf)[0] != '\t') {
		state = PC_STATE_BODY;
		do_print = (flags & PC_FLAG_BODY);
	    }
	    break;
	case REC_TYPE_MESG:
	    if (state != PC_STATE_ENV) {
		msg_warn("%s: out-of-order message content marker at offset %ld",
			 name, offset);
		bad = 1;
	    }
	    if (flags & PC_FLAG_ENV)
		postcat_marker(flags, offset, type, "MESSAGE CONTENTS", name);
	    state = PC_STATE_HEADER;
	    do_print = (flags & PC_FLAG_HEADER);
	    prev_type = type;
	    continue;
	case REC_TYPE_XTRA:
	    if (state == PC_STATE_ENV) {
		msg_warn("%s: out-of-order extracted segment marker at offset %ld",
			 name, offset);
		bad = 1;
	    }
	    /* A partial text line still waits for its newline. */
	    if (do_print && prev_type == REC_TYPE_CONT && !msg_verbose
		&& !(flags & PC_FLAG_OFFSET))
		VSTREAM_PUTC('\n', vstream_out);
	    if (flags & PC_FLAG_ENV)
		postcat_marker(flags, offset, type, "HEADER EXTRACTED", name);
	    state = PC_STATE_ENV;
	    do_print = (flags & PC_FLAG_ENV);
	    prev_type = type;
	    continue;
	case REC_TYPE_END:
	    if (state != PC_STATE_ENV) {
		msg_warn("%s: out-of-order message end marker at offset %ld",
			 name, offset);
		bad = 1;
	    }
	    if (flags & PC_FLAG_ENV)
		postcat_marker(flags, offset, type, "MESSAGE FILE END", name);
	    seen_end = 1;
	    prev_type = type;
	    continue;
	default:
	    break;
	}
	if (do_print)
	    postcat_record(flags, state, offset, type, buf, name);
	prev_type = type;
	if (vstream_fflush(vstream_out) != 0)
	    msg_fatal("write error on standard output: %m");
    }
    if (vstream_fflush(vstream_out) != 0)
	msg_fatal("write error on standard output: %m");
    return (bad ? -1 : 0);
}

/* postcat_queue_file - find and print a queue file by its ID */

static int postcat_queue_file(const char *id, VSTRING *buf, int flags, long start)
{
    VSTRING *path = vstring_alloc(100);
    const char *const * qp;
    VSTREAM *fp = 0;
    int     tries;
    int     ret;

    if (!mail_queue_id_ok(id))
	msg_fatal("bad mail queue ID: %s", id);
    /* Twice: the file may move between queues while we look. */
    for (tries = 0; fp == 0 && tries < 2; tries++)
	for (qp = postcat_queues; fp == 0 && *qp; qp++)
	    if ((fp = mail_queue_open(*qp, id, O_RDONLY, 0)) != 0)
		mail_queue_path(path, *qp, id);
    if (fp == 0)
	msg_fatal("open queue file %s: %m", id);
    ret = postcat(fp, vstring_str(path), buf, flags, start);
    if (vstream_fclose(fp) != 0)
	msg_warn("close %s: %m", id);
    vstring_free(path);
    return (ret);
}

/* postcat_main - the program */

int     postcat_main(int argc, char **argv)
{
    VSTRING *buf;
    VSTREAM *fp;
    int     flags = 0;
    int     search = 0;
    long    start = 0;
    char   *end;
    int     status = 0;
    int     ch;

    msg_stderr_init("postcat");
    opterr = 0;
    while ((ch = getopt(argc, argv, "bc:dehoqrs:v")) > 0) {
	switch (ch) {
	case 'b':
	    flags |= PC_FLAG_BODY;
	    break;
	case 'c':
	    mail_conf_set_dir(optarg);
	    break;
	case 'd':
	    flags |= PC_FLAG_DECIMAL;
	    break;
	case 'e':
	    flags |= PC_FLAG_ENV;
	    break;
	case 'h':
	    flags |= PC_FLAG_HEADER;
	    break;
	case 'o':
	    flags |= PC_FLAG_OFFSET;
	    break;
	case 'q':
	    search = 1;
	    break;
	case 'r':
	    flags |= PC_FLAG_RAW;
	    break;
	case 's':
	    errno = 0;
	    start = strtol(optarg, &end, 10);
	    if (errno != 0 || end == optarg || *end != 0 || start < 0)
		msg_fatal("bad offset: %s", optarg);
	    break;
	case 'v':
	    msg_verbose++;
	    break;
	default:
	    postcat_usage(0);
	}
    }
    if ((flags & PC_MASK_ALL) == 0)
	flags |= PC_MASK_ALL;
    mail_conf_read();
    mail_params_init(params_common);
    buf = vstring_alloc(100);

    if (optind == argc) {
	status = postcat(vstream_in, "stdin", buf, flags, start);
    } else if (search) {
	if (chdir(var_queue_directory) < 0)
	    msg_fatal("chdir %s: %m", var_queue_directory);
	for (; optind < argc; optind++)
	    if (postcat_queue_file(argv[optind], buf, flags, start) < 0)
		status = -1;
    } else {
	for (; optind < argc; optind++) {
	    if ((fp = vstream_fopen(argv[optind], O_RDONLY, 0)) == 0)
		msg_fatal("open %s: %m", argv[optind]);
	    if (postcat(fp, argv[optind], buf, flags, start) < 0)
		status = -1;
	    if (vstream_fclose(fp) != 0)
		msg_warn("close %s: %m", argv[optind]);
	}
    }
    vstring_free(buf);
    return (status < 0 ? EXIT_FAILURE : EXIT_SUCCESS);
}
