/*++
/* NAME
/*	postconf_edit 3
/* SUMMARY
/*	rewrite main.cf: set, remove or comment out parameters
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	void	postconf_edit_main(flags, args)
/*	int	flags;
/*	char	**args;
/* DESCRIPTION
/*	postconf_edit_main() rewrites main.cf as text, so that comments,
/*	blank lines and the layout of untouched settings stay as they
/*	were, and so that a main.cf with errors elsewhere can still be
/*	repaired. The operation is one of:
/* .IP POSTCONF_FLAG_EDIT
/*	args are "name=value" (blanks around both are removed). Each
/*	existing setting of name is replaced by one line "name =
/*	value"; its continuation lines go away. A name that was not
/*	set is appended at the end, in the order given.
/* .IP POSTCONF_FLAG_EXCLUDE
/*	args are names; their settings are removed, continuation lines
/*	included.
/* .IP POSTCONF_FLAG_COMMENT
/*	args are names; each line of their settings gets a "#" in front.
/* .PP
/*	Comment and blank lines inside a setting (between its
/*	continuation lines) are always kept. A final line without a
/*	newline gets one.
/*
/*	The new file is written with atomic_file(3): a locked temporary
/*	file in the same directory, fsync, rename over main.cf, fsync
/*	of the directory. A reader sees the old or the new file, never
/*	a mixture, and concurrent editors take turns. The file keeps its
/*	permissions.
/* DIAGNOSTICS
/*	Fatal, with main.cf unchanged: no arguments, an argument that is
/*	not name=value (or is, for -X and -#), a bad parameter name, a
/*	value with a newline, a missing or unreadable main.cf, a
/*	directory where the temporary file cannot be created, any write
/*	error. Warnings: a name given twice (the last one counts),
/*	several settings of one name in main.cf (all are changed).
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <htable.h>
#include <readlline.h>
#include <atomic_file.h>
#include "postconf.h"

 /*
  * One requested change.
  */
typedef struct {
    char   *value;			/* -e only */
    int     found;			/* seen in main.cf */
} POSTCONF_EDIT_REQ;

 /*
  * What happens to the continuation lines of the current setting.
  */
#define POSTCONF_EDIT_KEEP	0	/* copy */
#define POSTCONF_EDIT_DROP	1	/* remove */
#define POSTCONF_EDIT_HIDE	2	/* comment out */

/* postconf_edit_check_name - refuse names that could not be read back */

static void postconf_edit_check_name(const char *name, const char *arg)
{
    const char *cp;

    if (*name == 0)
	msg_fatal("missing parameter name: \"%s\"", arg);
    for (cp = name; *cp; cp++)
	if (!isalnum((unsigned char) *cp) && *cp != '_' && *cp != '-' && *cp != '.')
	    msg_fatal("bad parameter name: \"%s\"", arg);
}

/* postconf_edit_requests - parse and check the arguments */

static HTABLE *postconf_edit_requests(int flags, char **args, ARGV *order)
{
    HTABLE *reqs = htable_create(10);
    POSTCONF_EDIT_REQ *req;
    char   *copy;
    char   *name;
    char   *value;
    const char *err;

    if (*args == 0)
	msg_fatal((flags & POSTCONF_FLAG_EDIT) ?
		  "-e requires name=value argument" :
		  "-X or -# requires parameter name argument");
    for ( /* void */ ; *args; args++) {
	if (strpbrk(*args, "\r\n") != 0)
	    msg_fatal("-e, -X, or -# accepts no multi-line input");
	copy = mystrdup(*args);
	if (flags & POSTCONF_FLAG_EDIT) {
	    if ((err = split_nameval(copy, &name, &value)) != 0)
		msg_fatal("%s: \"%s\"", err, *args);
	} else {
	    if (strchr(copy, '=') != 0)
		msg_fatal("-%c accepts parameter names, not name=value: \"%s\"",
			  (flags & POSTCONF_FLAG_EXCLUDE) ? 'X' : '#', *args);
	    name = copy + strspn(copy, CHARS_SPACE);
	    *trimblanks(name, -1) = 0;
	    value = 0;
	}
	postconf_edit_check_name(name, *args);
	if ((req = (POSTCONF_EDIT_REQ *) htable_find(reqs, name)) != 0) {
	    if (req->value) {
		msg_warn("ignoring earlier request: '%s = %s'", name, req->value);
		myfree(req->value);
	    }
	} else {
	    req = (POSTCONF_EDIT_REQ *) mymalloc(sizeof(*req));
	    htable_enter(reqs, name, (void *) req);
	    argv_add(order, name, ARGV_END);
	}
	req->value = value ? mystrdup(value) : 0;
	req->found = 0;
	myfree(copy);
    }
    return (reqs);
}

/* postconf_edit_line - write one line and its newline */

static void postconf_edit_line(FILE *fp, const char *prefix, VSTRING *line)
{
    fputs(prefix, fp);
    fwrite(vstring_str(line), 1, VSTRING_LEN(line), fp);
    putc('\n', fp);
}

/* postconf_edit_setting - write "name = value" */

static void postconf_edit_setting(FILE *fp, const char *name, const char *value)
{
    fprintf(fp, "%s = %s\n", name, value);
}

/* postconf_edit_req_free - release one request */

static void postconf_edit_req_free(void *ptr)
{
    POSTCONF_EDIT_REQ *req = (POSTCONF_EDIT_REQ *) ptr;

    if (req->value)
	myfree(req->value);
    myfree(req);
}

/* postconf_edit_main - rewrite main.cf */

void    postconf_edit_main(int flags, char **args)
{
    const char *path = postconf_main_path();
    ARGV   *order = argv_alloc(5);
    HTABLE *reqs;
    POSTCONF_EDIT_REQ *req;
    ATOMIC_FILE *af;
    VSTRING *why = vstring_alloc(100);
    VSTRING *line = vstring_alloc(100);
    VSTRING *name = vstring_alloc(100);
    FILE   *fp;
    const char *cp;
    int     state = POSTCONF_EDIT_KEEP;
    int     n;

    reqs = postconf_edit_requests(flags, args, order);
    if ((af = atomic_file_open(path, 0644, why)) == 0)
	msg_fatal("%s", vstring_str(why));
    if ((fp = fopen(path, "r")) == 0) {
	atomic_file_abort(af);
	msg_fatal("open %s for reading: %m", path);
    }
    while (vstring_get_nonl(line, fp) != EOF) {
	cp = vstring_str(line) + strspn(vstring_str(line), CHARS_SPACE);

	/* Comments and blank lines stay, and do not end a setting. */
	if (*cp == 0 || *cp == '#') {
	    postconf_edit_line(af->fp, "", line);
	    continue;
	}

	/* A continuation line follows the fate of its setting. */
	if (cp != vstring_str(line)) {
	    if (state == POSTCONF_EDIT_KEEP)
		postconf_edit_line(af->fp, "", line);
	    else if (state == POSTCONF_EDIT_HIDE)
		postconf_edit_line(af->fp, "#", line);
	    continue;
	}

	/* The start of a setting. */
	vstring_strncpy(name, cp, strcspn(cp, "=" CHARS_SPACE));
	if ((req = (POSTCONF_EDIT_REQ *) htable_find(reqs, vstring_str(name))) == 0) {
	    state = POSTCONF_EDIT_KEEP;
	    postconf_edit_line(af->fp, "", line);
	    continue;
	}
	if (req->found)
	    msg_warn("%s: multiple entries for \"%s\"", path, vstring_str(name));
	req->found = 1;
	if (flags & POSTCONF_FLAG_EDIT) {
	    postconf_edit_setting(af->fp, vstring_str(name), req->value);
	    state = POSTCONF_EDIT_DROP;
	} else if (flags & POSTCONF_FLAG_EXCLUDE) {
	    state = POSTCONF_EDIT_DROP;
	} else {
	    postconf_edit_line(af->fp, "#", line);
	    state = POSTCONF_EDIT_HIDE;
	}
    }
    if (ferror(fp)) {
	atomic_file_abort(af);
	msg_fatal("read %s: %m", path);
    }
    (void) fclose(fp);

    /* New settings go at the end, in the order given. */
    if (flags & POSTCONF_FLAG_EDIT) {
	for (n = 0; n < order->argc; n++) {
	    req = (POSTCONF_EDIT_REQ *) htable_find(reqs, order->argv[n]);
	    if (!req->found)
		postconf_edit_setting(af->fp, order->argv[n], req->value);
	}
    }
    if (atomic_file_commit(af, why) < 0)
	msg_fatal("%s", vstring_str(why));
    htable_free(reqs, postconf_edit_req_free);
    argv_free(order);
    vstring_free(why);
    vstring_free(line);
    vstring_free(name);
}
