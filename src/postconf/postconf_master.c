/*++
/* NAME
/*	postconf_master 3
/* SUMMARY
/*	read and show master.cf entries, fields and -o parameters
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	POSTCONF_MASTER **postconf_master_table;
/*	int	postconf_master_count;
/*
/*	const char *postconf_master_path(void)
/*
/*	int	postconf_master_read(must_exist)
/*	int	must_exist;
/*
/*	POSTCONF_MASTER *postconf_master_parse(text, lineno, why)
/*	const char *text;
/*	int	lineno;
/*	const char **why;
/*
/*	void	postconf_master_free(entry)
/*	POSTCONF_MASTER *entry;
/*
/*	void	postconf_master_format(buf, entry, flags)
/*	VSTRING	*buf;
/*	POSTCONF_MASTER *entry;
/*	int	flags;
/*
/*	int	postconf_master_field_index(name)
/*	const char *name;
/*
/*	ARGV	*postconf_master_request(arg, max)
/*	const char *arg;
/*	int	max;
/*
/*	void	postconf_master_show_entries(flags, requests)
/*	void	postconf_master_show_fields(flags, requests)
/*	void	postconf_master_show_params(flags, requests)
/*	int	flags;
/*	char	**requests;
/* DESCRIPTION
/*	postconf_master_path() returns the pathname of master.cf in the
/*	configuration directory.
/*
/*	postconf_master_read() reads master.cf into postconf_master_table
/*	(postconf_master_count entries, in file order). A missing file is
/*	fatal when must_exist is set (-M, -F, -P), otherwise a warning
/*	and an empty table. Syntax errors are fatal.
/*
/*	postconf_master_parse() parses one logical master.cf line with
/*	master_ent_parse(3), then splits the command into words the way
/*	Postfix shows them: "{ ... }" groups stay one word, and every
/*	-o option before the first argument that is not an option
/*	becomes "-o name=value" (braces kept only when the
/*	value contains white space, "-o {name=value with space}"), its
/*	name and value also in opt_names and opt_values. The result is
/*	null with a reason in why on error.
/*
/*	postconf_master_format() formats an entry as postconf -M shows
/*	it: the seven fields at columns 0, 11, 17, 25, 33, 41 and 49,
/*	the command at 57 (a field that runs past its column is followed
/*	by one space), then the arguments. With POSTCONF_FLAG_FOLD, long
/*	lines are folded, each -o option starts a line of its own, and
/*	so does the first argument after one. With POSTCONF_FLAG_EXPAND,
/*	-o values are shown with $name expanded, $service_name being the
/*	entry's service name.
/*
/*	postconf_master_field_index() maps a field name of -F (service,
/*	type, private, unprivileged, chroot, wakeup, process_limit,
/*	command) to its column, or -1.
/*
/*	postconf_master_request() splits a "service/type/name" request
/*	into at most max non-empty parts; null when it is malformed.
/*	In a request, "*" matches anything.
/*
/*	postconf_master_show_entries() prints the entries that match
/*	"service" or "service/type" requests (-M).
/*	postconf_master_show_fields() prints "service/type/field =
/*	value" lines (-F). postconf_master_show_params() prints
/*	"service/type/name = value" for the -o settings of each entry,
/*	sorted by name, the last one winning when a name repeats (-P).
/*	As in Postfix, the output goes entry by entry in file order, and
/*	within an entry request by request in command-line order, so an
/*	item that two requests match is shown twice. Without requests,
/*	everything is shown.
/* DIAGNOSTICS
/*	Fatal: unreadable master.cf, a syntax error ("file path: line
/*	N: reason"), a malformed request. Warning: a request that
/*	matches no entry ("unmatched request").
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <readlline.h>
#include <htable.h>
#include <mail_conf.h>
#include <mail_params.h>
#include "postconf.h"

POSTCONF_MASTER **postconf_master_table;
int     postconf_master_count;

 /*
  * Where each field starts in postconf -M output.
  */
static const size_t postconf_master_columns[MASTER_FIELDS] = {
    0, 11, 17, 25, 33, 41, 49, 57,
};

 /*
  * Field names as -F shows them, in column order.
  */
static const char *const postconf_master_fields[MASTER_FIELDS] = {
    "service", "type", "private", "unprivileged", "chroot", "wakeup",
    "process_limit", "command",
};

/* postconf_master_path - pathname of master.cf */

const char *postconf_master_path(void)
{
    static char *path;

    if (path == 0)
	path = concatenate(mail_conf_dir(), "/master.cf", (char *) 0);
    return (path);
}

/* postconf_master_field_index - column of a field name, or -1 */

int     postconf_master_field_index(const char *name)
{
    int     n;

    for (n = 0; n < MASTER_FIELDS; n++)
	if (strcmp(postconf_master_fields[n], name) == 0)
	    return (n);
    return (-1);
}

/* postconf_master_add_word - append a word and its -o index */

static void postconf_master_add_word(POSTCONF_MASTER *entry, const char *word,
				             int opt)
{
    argv_add(entry->words, word, ARGV_END);
    entry->word_opt = (int *) myrealloc(entry->word_opt,
				   entry->words->argc * sizeof(int));
    entry->word_opt[entry->words->argc - 1] = opt;
}

/* postconf_master_option - one -o argument */

static void postconf_master_option(POSTCONF_MASTER *entry, const char *arg)
{
    char   *copy = mystrdup(arg);
    char   *name;
    char   *value;
    char   *raw;

    if (master_ent_option(copy, &name, &value) == 0) {
	argv_add(entry->opt_names, name, ARGV_END);
	argv_add(entry->opt_values, value, ARGV_END);
	postconf_master_add_word(entry, "-o", entry->opt_names->argc - 1);
    } else {
	/* Not name=value: keep it as written. */
	raw = concatenate("-o ", arg, (char *) 0);
	postconf_master_add_word(entry, raw, -1);
	myfree(raw);
    }
    myfree(copy);
}

/* postconf_master_parse - one logical master.cf line */

POSTCONF_MASTER *postconf_master_parse(const char *text, int lineno,
				               const char **why)
{
    POSTCONF_MASTER *entry;
    MASTER_ENT *ent;
    char   *copy;
    char   *bp;
    char   *word;
    char   *arg;
    int     in_options = 1;

    if ((ent = master_ent_parse(text, lineno, why)) == 0)
	return (0);
    entry = (POSTCONF_MASTER *) mymalloc(sizeof(*entry));
    entry->ent = ent;
    entry->name = concatenate(ent->service, "/", ent->type, (char *) 0);
    entry->words = argv_alloc(5);
    entry->word_opt = 0;
    entry->opt_names = argv_alloc(1);
    entry->opt_values = argv_alloc(1);

    /*
     * Split the command ourselves, so that "{ name = value }" is one
     * word however the fields were joined. As with getopt(), options end
     * at the first argument that does not start with "-": a later "-o" is
     * an argument of the program (pipe's argv=... -oi).
     */
    bp = copy = mystrdup(ent->raw[MASTER_FIELDS - 1]);
    while ((word = mystrtokq(&bp, CHARS_SPACE, "{}")) != 0) {
	if (entry->words->argc > 0 && *word != '-')
	    in_options = 0;
	if (in_options && entry->words->argc > 0 && strncmp(word, "-o", 2) == 0) {
	    if (word[2] != 0)
		postconf_master_option(entry, word + 2);
	    else if ((arg = mystrtokq(&bp, CHARS_SPACE, "{}")) != 0)
		postconf_master_option(entry, arg);
	    else
		postconf_master_add_word(entry, word, -1);
	} else {
	    postconf_master_add_word(entry, word, -1);
	}
    }
    myfree(copy);
    if (entry->words->argc == 0) {
	postconf_master_free(entry);
	*why = "missing command field";
	return (0);
    }
    return (entry);
}

/* postconf_master_free - release one entry */

void    postconf_master_free(POSTCONF_MASTER *entry)
{
    master_ent_free(entry->ent);
    myfree(entry->name);
    argv_free(entry->words);
    if (entry->word_opt)
	myfree(entry->word_opt);
    argv_free(entry->opt_names);
    argv_free(entry->opt_values);
    myfree(entry);
}

/* postconf_master_read - read master.cf */

int     postconf_master_read(int must_exist)
{
    const char *path = postconf_master_path();
    POSTCONF_MASTER *entry;
    VSTRING *buf;
    FILE   *fp;
    const char *why;
    int     lineno = 0;
    int     first = 0;

    if ((fp = fopen(path, "r")) == 0) {
	if (must_exist)
	    msg_fatal("open %s: %m", path);
	msg_warn("open %s: %m", path);
	return (-1);
    }
    buf = vstring_alloc(100);
    while (readllines(buf, fp, path, &lineno, &first) != 0) {
	if ((entry = postconf_master_parse(vstring_str(buf), first, &why)) == 0)
	    msg_fatal("file %s: line %d: %s", path, first, why);
	postconf_master_table = (POSTCONF_MASTER **)
	    myrealloc(postconf_master_table,
		      (postconf_master_count + 1) * sizeof(*postconf_master_table));
	postconf_master_table[postconf_master_count++] = entry;
    }
    if (ferror(fp))
	msg_fatal("read %s: %m", path);
    (void) fclose(fp);
    vstring_free(buf);
    return (0);
}

/* postconf_master_eval - expand a -o value as that service sees it */

static char *postconf_master_eval(POSTCONF_MASTER *entry, const char *value)
{
    const char *old = mail_conf_lookup(VAR_SERVICE_NAME);
    char   *saved = old ? mystrdup(old) : 0;
    char   *result;

    mail_conf_update(VAR_SERVICE_NAME, entry->ent->service);
    result = mail_conf_eval(value);
    if (saved) {
	mail_conf_update(VAR_SERVICE_NAME, saved);
	myfree(saved);
    } else {
	htable_delete(mail_conf_dict, VAR_SERVICE_NAME, myfree);
    }
    return (result);
}

/* postconf_master_opt_text - "-o name=value" as shown */

static char *postconf_master_opt_text(POSTCONF_MASTER *entry, int opt, int flags)
{
    const char *name = entry->opt_names->argv[opt];
    char   *value;
    char   *text;

    value = (flags & POSTCONF_FLAG_EXPAND) ?
	postconf_master_eval(entry, entry->opt_values->argv[opt]) :
	mystrdup(entry->opt_values->argv[opt]);
    if (value[strcspn(value, CHARS_SPACE)] != 0)
	text = concatenate("-o {", name, "=", value, "}", (char *) 0);
    else
	text = concatenate("-o ", name, "=", value, (char *) 0);
    myfree(value);
    return (text);
}

/* postconf_master_args - append the arguments after the command */

static void postconf_master_args(POSTCONF_LINE *line, POSTCONF_MASTER *entry,
				         int flags)
{
    int     fold = (flags & POSTCONF_FLAG_FOLD) != 0;
    int     after_opt = 0;
    char   *text;
    int     n;

    for (n = 1; n < entry->words->argc; n++) {
	if (entry->word_opt[n] >= 0) {
	    text = postconf_master_opt_text(entry, entry->word_opt[n], flags);
	    postconf_line_word(line, text, fold);
	    myfree(text);
	    after_opt = 1;
	} else {
	    postconf_line_word(line, entry->words->argv[n], fold && after_opt);
	    after_opt = 0;
	}
    }
}

/* postconf_master_format - one entry as -M shows it */

void    postconf_master_format(VSTRING *buf, POSTCONF_MASTER *entry, int flags)
{
    POSTCONF_LINE line;
    int     n;

    postconf_line_init(&line, buf, (flags & POSTCONF_FLAG_FOLD) != 0,
		       POSTCONF_MASTER_LIMIT);
    for (n = 0; n < MASTER_FIELDS; n++) {
	if (n > 0) {
	    if (VSTRING_LEN(buf) < postconf_master_columns[n])
		while (VSTRING_LEN(buf) < postconf_master_columns[n])
		    vstring_addch(buf, ' ');
	    else
		vstring_addch(buf, ' ');
	}
	vstring_strcat(buf, n < MASTER_FIELDS - 1 ?
		       entry->ent->raw[n] : entry->words->argv[0]);
    }
    postconf_master_args(&line, entry, flags);
}

/* postconf_master_command - the command and its arguments, after head */

static void postconf_master_command(VSTRING *buf, const char *head,
				        POSTCONF_MASTER *entry, int flags)
{
    POSTCONF_LINE line;

    postconf_line_init(&line, buf, (flags & POSTCONF_FLAG_FOLD) != 0,
		       POSTCONF_MASTER_LIMIT);
    if (head)
	postconf_line_word(&line, head, 0);
    postconf_line_word(&line, entry->words->argv[0], 0);
    postconf_master_args(&line, entry, flags);
}

/* postconf_master_request - split service/type/name, or null */

ARGV   *postconf_master_request(const char *arg, int max)
{
    ARGV   *parts = argv_alloc(max);
    const char *cp;
    const char *slash;

    for (cp = arg; /* see below */ ; cp = slash + 1) {
	slash = strchr(cp, '/');
	if ((slash ? (size_t) (slash - cp) : strlen(cp)) == 0
	    || parts->argc >= max) {
	    argv_free(parts);
	    return (0);
	}
	argv_addn(parts, cp, slash ? (size_t) (slash - cp) : strlen(cp));
	if (slash == 0)
	    return (parts);
    }
}

/* postconf_master_match - compare one request part */

static int postconf_master_match(const char *pattern, const char *text)
{
    return (strcmp(pattern, "*") == 0 || strcmp(pattern, text) == 0);
}

/* postconf_master_match_entry - does the entry match service[/type]? */

static int postconf_master_match_entry(ARGV *req, POSTCONF_MASTER *entry)
{
    return (postconf_master_match(req->argv[0], entry->ent->service)
	    && (req->argc < 2 || postconf_master_match(req->argv[1],
						       entry->ent->type)));
}

 /*
  * Requests on the command line, split, with a note of which matched.
  * Without requests there is one that matches everything (null parts).
  */
typedef struct {
    int     count;
    int     all;			/* no requests: show everything */
    ARGV  **parts;
    int    *matched;
    char  **text;
} POSTCONF_MASTER_REQ;

/* postconf_master_requests - split and check every request */

static POSTCONF_MASTER_REQ *postconf_master_requests(char **args, int max,
						             const char *usage)
{
    POSTCONF_MASTER_REQ *reqs;
    int     n;

    reqs = (POSTCONF_MASTER_REQ *) mymalloc(sizeof(*reqs));
    for (reqs->count = 0; args[reqs->count]; reqs->count++)
	 /* void */ ;
    reqs->text = args;
    reqs->all = (reqs->count == 0);
    if (reqs->all)
	reqs->count = 1;
    reqs->parts = (ARGV **) mymalloc(reqs->count * sizeof(ARGV *));
    reqs->matched = (int *) mycalloc(reqs->count, sizeof(int));
    for (n = 0; n < reqs->count; n++)
	if (reqs->all)
	    reqs->parts[n] = 0;
	else if ((reqs->parts[n] = postconf_master_request(args[n], max)) == 0)
	    msg_fatal("%s", usage);
    return (reqs);
}

/* postconf_master_unmatched - warn about requests that matched nothing */

static void postconf_master_unmatched(POSTCONF_MASTER_REQ *reqs)
{
    int     n;

    for (n = 0; n < reqs->count; n++) {
	if (reqs->all)
	    continue;
	if (reqs->matched[n] == 0)
	    msg_warn("unmatched request: \"%s\"", reqs->text[n]);
	argv_free(reqs->parts[n]);
    }
    myfree(reqs->parts);
    myfree(reqs->matched);
    myfree(reqs);
}

/* postconf_master_show_entries - postconf -M */

void    postconf_master_show_entries(int flags, char **args)
{
    POSTCONF_MASTER_REQ *reqs;
    POSTCONF_MASTER *entry;
    VSTRING *buf = vstring_alloc(100);
    int     n;
    int     r;

    reqs = postconf_master_requests(args, 2,
				"-M option requires service_name[/type]");
    for (n = 0; n < postconf_master_count; n++) {
	entry = postconf_master_table[n];
	for (r = 0; r < reqs->count; r++) {
	    if (reqs->parts[r] == 0
		|| postconf_master_match_entry(reqs->parts[r], entry)) {
		reqs->matched[r] = 1;
		postconf_master_format(buf, entry, flags);
		printf("%s\n", vstring_str(buf));
	    }
	}
    }
    postconf_master_unmatched(reqs);
    vstring_free(buf);
}

/* postconf_master_print_field - one "service/type/field = value" line */

static void postconf_master_print_field(int flags, POSTCONF_MASTER *entry,
				            int field, VSTRING *buf)
{
    char   *name;
    char   *head;

    name = concatenate(entry->name, "/", postconf_master_fields[field],
		       (char *) 0);
    if (field < MASTER_FIELDS - 1) {
	postconf_print_param(flags, name, entry->ent->raw[field]);
    } else if (flags & POSTCONF_FLAG_HIDE_VALUE) {
	postconf_print_param(flags, name, "");
    } else {
	/* The command folds like a master.cf entry. */
	head = (flags & POSTCONF_FLAG_HIDE_NAME) ? 0 :
	    concatenate(name, " =", (char *) 0);
	postconf_master_command(buf, head, entry, flags);
	printf("%s\n", vstring_str(buf));
	if (head)
	    myfree(head);
    }
    myfree(name);
}

/* postconf_master_show_fields - postconf -F */

void    postconf_master_show_fields(int flags, char **args)
{
    POSTCONF_MASTER_REQ *reqs;
    POSTCONF_MASTER *entry;
    ARGV   *req;
    VSTRING *buf = vstring_alloc(100);
    int     n;
    int     r;
    int     field;

    reqs = postconf_master_requests(args, 3,
			"-F option requires service_name[/type[/field]]");
    for (r = 0; r < reqs->count; r++)
	if ((req = reqs->parts[r]) != 0 && req->argc == 3
	    && strcmp(req->argv[2], "*") != 0
	    && postconf_master_field_index(req->argv[2]) < 0)
	    msg_fatal("invalid service attribute name: \"%s\"", req->argv[2]);
    for (n = 0; n < postconf_master_count; n++) {
	entry = postconf_master_table[n];
	for (r = 0; r < reqs->count; r++) {
	    req = reqs->parts[r];
	    if (req != 0 && !postconf_master_match_entry(req, entry))
		continue;
	    reqs->matched[r] = 1;
	    for (field = 0; field < MASTER_FIELDS; field++)
		if (req == 0 || req->argc < 3
		    || postconf_master_match(req->argv[2],
					     postconf_master_fields[field]))
		    postconf_master_print_field(flags, entry, field, buf);
	}
    }
    postconf_master_unmatched(reqs);
    vstring_free(buf);
}

/* postconf_master_params - the -o settings of an entry, last one wins */

static HTABLE *postconf_master_params(POSTCONF_MASTER *entry)
{
    HTABLE *table = htable_create(10);
    HTABLE_INFO *ht;
    int     n;

    for (n = 0; n < entry->opt_names->argc; n++) {
	if ((ht = htable_locate(table, entry->opt_names->argv[n])) != 0)
	    ht->value = (void *) entry->opt_values->argv[n];
	else
	    htable_enter(table, entry->opt_names->argv[n],
			 (void *) entry->opt_values->argv[n]);
    }
    return (table);
}

/* postconf_master_print_param - one "service/type/name = value" line */

static void postconf_master_print_param(int flags, POSTCONF_MASTER *entry,
				          const char *param, const char *value)
{
    char   *name;
    char   *expanded;

    name = concatenate(entry->name, "/", param, (char *) 0);
    if ((flags & POSTCONF_FLAG_EXPAND) && !(flags & POSTCONF_FLAG_HIDE_VALUE)) {
	expanded = postconf_master_eval(entry, value);
	postconf_print_param(flags, name, expanded);
	myfree(expanded);
    } else {
	postconf_print_param(flags, name, value);
    }
    myfree(name);
}

/* postconf_master_show_params - postconf -P */

void    postconf_master_show_params(int flags, char **args)
{
    POSTCONF_MASTER_REQ *reqs;
    POSTCONF_MASTER *entry;
    ARGV   *req;
    HTABLE *table;
    HTABLE_INFO **list;
    HTABLE_INFO **ht;
    int     n;
    int     r;

    reqs = postconf_master_requests(args, 3,
		    "-P option requires service_name[/type[/parameter]]");
    for (n = 0; n < postconf_master_count; n++) {
	entry = postconf_master_table[n];
	table = postconf_master_params(entry);
	list = htable_sorted_list(table);
	for (r = 0; r < reqs->count; r++) {
	    req = reqs->parts[r];
	    if (req != 0 && !postconf_master_match_entry(req, entry))
		continue;
	    for (ht = list; *ht; ht++) {
		if (req == 0 || req->argc < 3
		    || postconf_master_match(req->argv[2], ht[0]->key)) {
		    reqs->matched[r] = 1;
		    postconf_master_print_param(flags, entry, ht[0]->key,
						(char *) ht[0]->value);
		}
	    }
	}
	myfree(list);
	htable_free(table, (HTABLE_FREE_FN) 0);
    }
    postconf_master_unmatched(reqs);
}
