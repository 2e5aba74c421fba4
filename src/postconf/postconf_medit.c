/*++
/* NAME
/*	postconf_medit 3
/* SUMMARY
/*	rewrite master.cf: entries, fields and -o parameters
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	void	postconf_medit(flags, args)
/*	int	flags;
/*	char	**args;
/* DESCRIPTION
/*	postconf_medit() changes master.cf as text. Entries that are not
/*	changed keep their exact lines, and so do comments and blank
/*	lines; a changed entry is written in the folded layout of
/*	"postconf -Mf".
/*	The operations:
/* .IP "-M -e service/type=entry"
/*	Replace every entry for service/type with the given text (which
/*	may name another service or type), or append it when there is
/*	none.
/* .IP "-M -X service/type"
/*	Remove the entry.
/* .IP "-M -# service/type"
/*	Comment out each line of the entry.
/* .IP "-F -e service/type/field=value"
/*	Set one field: service, type, private, unprivileged, chroot,
/*	wakeup, process_limit, or command (the command with its
/*	arguments).
/* .IP "-P -e service/type/name=value"
/*	Set "-o name=value" on the entry: an existing setting of name
/*	is changed where it is, a new one goes after the last option,
/*	before the first argument that is not an option. A value with
/*	white space is written as "-o {name=value}" (Postfix refuses
/*	such values).
/* .IP "-P -X service/type/name"
/*	Remove "-o name=..." from the entry.
/* .PP
/*	Comment lines between the lines of a changed entry are kept:
/*	after a replaced entry (-Me), before one whose fields or
/*	parameters changed, as Postfix does. Comment lines after an
/*	entry stay where they are (Postfix moves them in front of the
/*	changed entry).
/*
/*	Only the entries that change need to be valid; the others are
/*	copied as they are, so that a broken master.cf can be repaired.
/*	Every new or changed entry is checked with master_ent_parse(3)
/*	before anything is written. The file is replaced as with
/*	postconf_edit(3): a locked temporary file, fsync, rename, fsync
/*	of the directory.
/* DIAGNOSTICS
/*	Fatal, with master.cf unchanged: malformed arguments, an invalid
/*	new entry or field value, a changed entry that does not parse, a
/*	missing or unreadable master.cf, a failed write. Warning: -F or
/*	-P request for an entry that does not exist ("unmatched
/*	service_name/type").
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <readlline.h>
#include <atomic_file.h>
#include "postconf.h"

 /*
  * One requested change.
  */
typedef struct {
    char   *arg;			/* as given */
    char   *key;			/* service/type */
    char   *item;			/* field or parameter name, or null */
    char   *value;			/* new text, or null */
    POSTCONF_MASTER *entry;		/* -Me: the new entry */
    int     found;			/* matched an entry */
} POSTCONF_MEDIT_REQ;

/* postconf_medit_usage - what a request must look like */

static const char *postconf_medit_usage(int flags)
{
    if (flags & POSTCONF_FLAG_MASTER)
	return ("-Me, -MX or -M# requires service_name/type");
    if (flags & POSTCONF_FLAG_FIELD)
	return ("-Fe requires service_name/type/field=value");
    return ((flags & POSTCONF_FLAG_EDIT) ?
	    "-Pe requires service_name/type/parameter=value" :
	    "-PX requires service_name/type/parameter");
}

/* postconf_medit_check_field - is this a valid value for that field? */

static void postconf_medit_check_field(POSTCONF_MEDIT_REQ *req, int field)
{
    static const char *const sample[MASTER_FIELDS] = {
	"service", "unix", "-", "-", "-", "-", "-", "command",
    };
    VSTRING *text = vstring_alloc(100);
    POSTCONF_MASTER *entry;
    const char *why;
    int     n;

    if (field < MASTER_FIELDS - 1 && req->value[strcspn(req->value, CHARS_SPACE)])
	msg_fatal("-Fe: white space in %s field value: \"%s\"", req->item, req->arg);
    for (n = 0; n < MASTER_FIELDS; n++) {
	if (n > 0)
	    vstring_addch(text, ' ');
	vstring_strcat(text, n == field ? req->value : sample[n]);
    }
    if ((entry = postconf_master_parse(vstring_str(text), 0, &why)) == 0)
	msg_fatal("invalid %s field: %s: \"%s\"", req->item, why, req->arg);
    postconf_master_free(entry);
    vstring_free(text);
}

/* postconf_medit_check_param - is this a valid -o name? */

static void postconf_medit_check_param(POSTCONF_MEDIT_REQ *req)
{
    const char *cp;

    for (cp = req->item; *cp; cp++)
	if (!isalnum((unsigned char) *cp) && *cp != '_' && *cp != '-' && *cp != '.')
	    msg_fatal("bad parameter name: \"%s\"", req->arg);
}

/* postconf_medit_request - parse one argument */

static POSTCONF_MEDIT_REQ *postconf_medit_request(int flags, const char *arg)
{
    POSTCONF_MEDIT_REQ *req;
    char   *copy = mystrdup(arg);
    char   *key;
    char   *value = 0;
    const char *why;
    ARGV   *parts;
    int     want = (flags & POSTCONF_FLAG_MASTER) ? 2 : 3;

    if (strpbrk(arg, "\r\n") != 0)
	msg_fatal("-e, -X, or -# accepts no multi-line input");
    if (flags & POSTCONF_FLAG_EDIT) {
	if ((why = split_nameval(copy, &key, &value)) != 0)
	    msg_fatal("%s: \"%s\"", why, arg);
    } else {
	if (strchr(copy, '=') != 0)
	    msg_fatal("%s: \"%s\"", postconf_medit_usage(flags), arg);
	key = copy + strspn(copy, CHARS_SPACE);
	*trimblanks(key, -1) = 0;
    }
    if ((parts = postconf_master_request(key, want)) == 0 || parts->argc != want)
	msg_fatal("%s: \"%s\"", postconf_medit_usage(flags), arg);

    req = (POSTCONF_MEDIT_REQ *) mymalloc(sizeof(*req));
    req->arg = mystrdup(arg);
    req->key = concatenate(parts->argv[0], "/", parts->argv[1], (char *) 0);
    req->item = want > 2 ? mystrdup(parts->argv[2]) : 0;
    req->value = value ? mystrdup(value) : 0;
    req->entry = 0;
    req->found = 0;
    argv_free(parts);
    myfree(copy);

    if (flags & POSTCONF_FLAG_MASTER) {
	if ((flags & POSTCONF_FLAG_EDIT)
	    && (req->entry = postconf_master_parse(req->value, 0, &why)) == 0)
	    msg_fatal("%s: \"%s\"", why, arg);
    } else if (flags & POSTCONF_FLAG_FIELD) {
	if (postconf_master_field_index(req->item) < 0)
	    msg_fatal("invalid service attribute name: \"%s\"", req->item);
	postconf_medit_check_field(req, postconf_master_field_index(req->item));
    } else {
	postconf_medit_check_param(req);
    }
    return (req);
}

/* postconf_medit_req_free - release one request */

static void postconf_medit_req_free(POSTCONF_MEDIT_REQ *req)
{
    myfree(req->arg);
    myfree(req->key);
    if (req->item)
	myfree(req->item);
    if (req->value)
	myfree(req->value);
    if (req->entry)
	postconf_master_free(req->entry);
    myfree(req);
}

/* postconf_medit_add_opt - append " -o name=value" */

static void postconf_medit_add_opt(VSTRING *text, const char *name,
				           const char *value)
{
    if (value[strcspn(value, CHARS_SPACE)] != 0)
	vstring_sprintf_append(text, " -o {%s=%s}", name, value);
    else
	vstring_sprintf_append(text, " -o %s=%s", name, value);
}

/* postconf_medit_text - an entry as one logical line, with one change */

static void postconf_medit_text(VSTRING *text, POSTCONF_MASTER *entry,
				        int field, const char *param,
				        const char *value)
{
    int     n;
    int     opt;
    int     done = (param == 0 || value == 0);
    int     in_options = 1;

    vstring_reset(text);
    for (n = 0; n < MASTER_FIELDS - 1; n++) {
	vstring_strcat(text, n == field ? value : entry->ent->raw[n]);
	vstring_addch(text, ' ');
    }
    if (field == MASTER_FIELDS - 1) {
	vstring_strcat(text, value);
	return;
    }
    vstring_strcat(text, entry->words->argv[0]);
    for (n = 1; n < entry->words->argc; n++) {
	opt = entry->word_opt[n];
	if (in_options && opt < 0 && entry->words->argv[n][0] != '-') {
	    /* First argument that is not an option: a new -o goes here. */
	    in_options = 0;
	    if (!done) {
		postconf_medit_add_opt(text, param, value);
		done = 1;
	    }
	}
	if (opt < 0) {
	    vstring_addch(text, ' ');
	    vstring_strcat(text, entry->words->argv[n]);
	} else if (param == 0 || strcmp(entry->opt_names->argv[opt], param) != 0) {
	    postconf_medit_add_opt(text, entry->opt_names->argv[opt],
				   entry->opt_values->argv[opt]);
	} else if (value != 0) {
	    postconf_medit_add_opt(text, param, value);
	    done = 1;
	}
    }
    if (!done)
	postconf_medit_add_opt(text, param, value);
}

/* postconf_medit_change - apply one -F or -P change to an entry */

static POSTCONF_MASTER *postconf_medit_change(int flags, POSTCONF_MASTER *entry,
					              POSTCONF_MEDIT_REQ *req)
{
    VSTRING *text = vstring_alloc(100);
    POSTCONF_MASTER *result;
    const char *why;
    int     lineno = entry->ent->lineno;

    if (flags & POSTCONF_FLAG_FIELD)
	postconf_medit_text(text, entry, postconf_master_field_index(req->item),
			    (char *) 0, req->value);
    else
	postconf_medit_text(text, entry, -1, req->item, req->value);
    if ((result = postconf_master_parse(vstring_str(text), lineno, &why)) == 0)
	msg_fatal("%s: %s: \"%s\"", req->arg, why, vstring_str(text));
    postconf_master_free(entry);
    vstring_free(text);
    return (result);
}

/* postconf_medit_is_text - not a comment or blank line */

static int postconf_medit_is_text(const char *line)
{
    line += strspn(line, CHARS_SPACE);
    return (*line != 0 && *line != '#');
}

/* postconf_medit_key - service/type of an entry's first line */

static char *postconf_medit_key(const char *line)
{
    char   *copy = mystrdup(line);
    char   *bp = copy;
    char   *service = mystrtok(&bp, CHARS_SPACE);
    char   *type = mystrtok(&bp, CHARS_SPACE);
    char   *key;

    key = concatenate(service ? service : "", "/", type ? type : "", (char *) 0);
    myfree(copy);
    return (key);
}

/* postconf_medit_logical - join an entry's lines into one logical line */

static void postconf_medit_logical(VSTRING *logical, ARGV *lines,
				           int start, int last)
{
    char   *cp;
    int     j;

    vstring_reset(logical);
    for (j = start; j <= last; j++) {
	if (!postconf_medit_is_text(lines->argv[j]))
	    continue;
	if (VSTRING_LEN(logical) > 0)
	    vstring_addch(logical, ' ');
	cp = lines->argv[j] + strspn(lines->argv[j], CHARS_SPACE);
	vstring_strncat(logical, cp, trimblanks(cp, -1) - cp);
    }
}

/* postconf_medit_comments - the comment lines inside an entry */

static void postconf_medit_comments(FILE *fp, int flags, ARGV *lines,
				            int start, int last)
{
    int     j;

    for (j = start; j <= last; j++)
	if (!postconf_medit_is_text(lines->argv[j]))
	    fprintf(fp, "%s\n", lines->argv[j]);
	else if (flags & POSTCONF_FLAG_COMMENT)
	    fprintf(fp, "#%s\n", lines->argv[j]);
}

/* postconf_medit_emit - write a (new or changed) entry, folded */

static void postconf_medit_emit(FILE *fp, POSTCONF_MASTER *entry, VSTRING *buf)
{
    postconf_master_format(buf, entry, POSTCONF_FLAG_FOLD);
    fprintf(fp, "%s\n", vstring_str(buf));
}

/* postconf_medit - rewrite master.cf */

void    postconf_medit(int flags, char **args)
{
    const char *path = postconf_master_path();
    POSTCONF_MEDIT_REQ **reqs;
    POSTCONF_MASTER *entry;
    ATOMIC_FILE *af;
    ARGV   *lines = argv_alloc(100);
    VSTRING *buf = vstring_alloc(100);
    VSTRING *logical = vstring_alloc(100);
    FILE   *fp;
    const char *why;
    char   *key;
    int     count;
    int     start;
    int     last = 0;
    int     hits;
    int     i;
    int     j;
    int     r;

    /*
     * Check every request before touching anything.
     */
    for (count = 0; args[count]; count++)
	 /* void */ ;
    if (count == 0)
	msg_fatal("%s", postconf_medit_usage(flags));
    reqs = (POSTCONF_MEDIT_REQ **) mymalloc(count * sizeof(*reqs));
    for (r = 0; r < count; r++)
	reqs[r] = postconf_medit_request(flags, args[r]);

    /*
     * Lock, then read the current file.
     */
    if ((af = atomic_file_open(path, 0644, buf)) == 0)
	msg_fatal("%s", vstring_str(buf));
    if ((fp = fopen(path, "r")) == 0) {
	atomic_file_abort(af);
	msg_fatal("open %s for reading: %m", path);
    }
    while (vstring_get_nonl(buf, fp) != EOF)
	argv_add(lines, vstring_str(buf), ARGV_END);
    if (ferror(fp)) {
	atomic_file_abort(af);
	msg_fatal("read %s: %m", path);
    }
    (void) fclose(fp);

    /*
     * One entry at a time: its first line, its continuation lines, and the
     * comment lines between them.
     */
    for (i = 0; i < lines->argc; i = last + 1) {
	if (!postconf_medit_is_text(lines->argv[i])) {
	    fprintf(af->fp, "%s\n", lines->argv[i]);
	    last = i;
	    continue;
	}
	start = last = i;
	for (j = i + 1; j < lines->argc; j++) {
	    if (!postconf_medit_is_text(lines->argv[j]))
		continue;
	    if (!isspace((unsigned char) lines->argv[j][0]))
		break;
	    last = j;
	}
	key = postconf_medit_key(lines->argv[start]);
	for (hits = r = 0; r < count; r++)
	    if (strcmp(reqs[r]->key, key) == 0)
		hits++;
	myfree(key);
	if (hits == 0) {
	    for (j = start; j <= last; j++)
		fprintf(af->fp, "%s\n", lines->argv[j]);
	    continue;
	}

	/*
	 * Whole entries: -Me replaces, -MX removes, -M# comments out. The
	 * comment lines inside the entry stay (after a replacement, as
	 * Postfix does).
	 */
	if (flags & POSTCONF_FLAG_MASTER) {
	    key = postconf_medit_key(lines->argv[start]);
	    for (entry = 0, r = 0; r < count; r++) {
		if (strcmp(reqs[r]->key, key) == 0) {
		    reqs[r]->found = 1;
		    entry = reqs[r]->entry;
		}
	    }
	    myfree(key);
	    if (entry)
		postconf_medit_emit(af->fp, entry, buf);
	    postconf_medit_comments(af->fp, flags, lines, start, last);
	    continue;
	}

	/*
	 * Changed fields or parameters: the comment lines inside the entry
	 * go first, then the entry as it is now.
	 */
	postconf_medit_comments(af->fp, flags, lines, start, last);

	postconf_medit_logical(logical, lines, start, last);
	if ((entry = postconf_master_parse(vstring_str(logical), start + 1, &why)) == 0)
	    msg_fatal("file %s: line %d: %s", path, start + 1, why);
	for (r = 0; r < count; r++) {
	    if (strcmp(reqs[r]->key, entry->name) == 0) {
		reqs[r]->found = 1;
		entry = postconf_medit_change(flags, entry, reqs[r]);
	    }
	}
	postconf_medit_emit(af->fp, entry, buf);
	postconf_master_free(entry);
    }

    /*
     * New entries go at the end. Changes to entries that do not exist are
     * reported.
     */
    for (r = 0; r < count; r++) {
	if (reqs[r]->found)
	    continue;
	if ((flags & POSTCONF_FLAG_MASTER) && (flags & POSTCONF_FLAG_EDIT))
	    postconf_medit_emit(af->fp, reqs[r]->entry, buf);
	else if (!(flags & POSTCONF_FLAG_MASTER))
	    msg_warn("unmatched service_name/type: \"%s\"", reqs[r]->arg);
    }
    if (atomic_file_commit(af, buf) < 0)
	msg_fatal("%s", vstring_str(buf));
    for (r = 0; r < count; r++)
	postconf_medit_req_free(reqs[r]);
    myfree(reqs);
    argv_free(lines);
    vstring_free(buf);
    vstring_free(logical);
}
