/*++
/* NAME
/*	map_tool 3
/* SUMMARY
/*	the command shared by postmap(1) and postalias(1)
/* SYNOPSIS
/*	#include <map_tool.h>
/*
/*	int	map_tool_main(tool, argc, argv)
/*	const MAP_TOOL *tool;
/*	int	argc;
/*	char	**argv;
/* DESCRIPTION
/*	postmap(1) and postalias(1) are one program with two source
/*	formats. map_tool_main() parses the command line, reads main.cf
/*	and does one of these for each "[type:]name" argument:
/* .IP "build (default), or update with -i"
/*	Read the source file (with -i: entries from standard input),
/*	one logical line at a time, split each line with tool->parse,
/*	and write name.cdb through mkmap(3). Lines that cannot be parsed
/*	are skipped with a "file, line N: ..." warning; so are keys or
/*	values longer than the lookup limits. Duplicate keys keep the
/*	first value with a warning (-w: quietly; -r: the last value
/*	wins, quietly). With MAP_TOOL_FLAG_ALIAS, a "@" entry whose
/*	value is "@" is added, as sendmail-compatible alias databases
/*	have.
/* .IP "-q key, -q -"
/*	Look the key up in the tables in order and print the first
/*	value; with "-", read keys from standard input, one a line,
/*	and print "key<separator>value" for those found. With
/*	MAP_TOOL_FLAG_MESSAGE, -h and -b make "-q -" read a message:
/*	every logical header line (continuation lines joined with
/*	their newline) and/or every body line is a key.
/* .IP "-d key, -d -"
/*	Remove the key(s) from each table (a new version of the file
/*	is written atomically).
/* .IP -s
/*	Print every entry of each table.
/* .PP
/*	Without a type, the type is default_database_type. hash:,
/*	btree:, lmdb: and dbm: tables are cdb files (see dict(3)).
/*	Keys are folded to lower case unless -f is given; -N and -n
/*	select keys with or without a terminating null byte.
/*
/*	When run by root on a source file owned by another user, the
/*	build runs with that user's effective uid and gid (unless -o),
/*	so that the table belongs to the owner of its source. A new
/*	table file gets the read permissions of its source for group
/*	and others (-p: mode 0644); an existing one keeps its own.
/* DIAGNOSTICS
/*	Problems are reported on standard error. The exit status is 0
/*	on success and for a query or deletion that found a key, 1 when
/*	nothing was found, and 1 for any error.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <msg.h>
#include <mymalloc.h>
#include <argv.h>
#include <readlline.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mkmap.h>
#include <map_tool.h>

 /*
  * -b and -h.
  */
#define MAP_TOOL_HEADERS	(1<<0)
#define MAP_TOOL_BODY		(1<<1)

typedef struct MAP_TOOL_STATE {
    const MAP_TOOL *tool;
    int     dict_flags;			/* DICT_FLAG_* from the options */
    int     keep_privileges;		/* -o */
    int     default_mode;		/* -p */
    int     message;			/* MAP_TOOL_HEADERS | MAP_TOOL_BODY */
    gid_t   saved_gid;			/* for switching back to root */
    VSTRING *why;
} MAP_TOOL_STATE;

 /*
  * A table argument, split.
  */
typedef struct MAP_TOOL_TABLE {
    VSTRING *type;
    VSTRING *name;
    int     defaulted;			/* no type: default_database_type */
} MAP_TOOL_TABLE;

/* map_tool_usage - complain about the command line */

static NORETURN map_tool_usage(const MAP_TOOL *tool, const char *problem)
{
    if (problem)
	msg_fatal("%s; usage: %s %s", problem, tool->name, tool->usage);
    msg_fatal("usage: %s %s", tool->name, tool->usage);
}

/* map_tool_split - [type:]name */

static void map_tool_split(const char *arg, MAP_TOOL_TABLE *table)
{
    table->type = vstring_alloc(20);
    table->name = vstring_alloc(100);
    table->defaulted = (strchr(arg, ':') == 0);
    if (table->defaulted) {
	vstring_strcpy(table->type, var_default_database_type);
	vstring_strcpy(table->name, arg);
    } else if (dict_split_spec(arg, table->type, table->name) < 0) {
	msg_fatal("open dictionary: expecting \"type:name\" form instead of \"%s\"",
		  arg);
    }
}

/* map_tool_free - release a split argument */

static void map_tool_free(MAP_TOOL_TABLE *table)
{
    vstring_free(table->type);
    vstring_free(table->name);
}

/* map_tool_open - open a table for lookups */

static DICT *map_tool_open(MAP_TOOL_STATE *state, const char *arg)
{
    MAP_TOOL_TABLE table;
    char   *spec;
    DICT   *dict;
    int     flags;

    map_tool_split(arg, &table);
    flags = state->dict_flags & (DICT_FLAG_FOLD_FIX | DICT_FLAG_NULL_MASK);
    if (msg_verbose == 0 || table.defaulted)
	flags |= DICT_FLAG_QUIET;
    spec = concatenate(vstring_str(table.type), ":", vstring_str(table.name),
		       (char *) 0);
    dict = dict_open(spec, O_RDONLY, flags);
    myfree(spec);
    map_tool_free(&table);
    return (dict);
}

/* map_tool_find - the first value found in the tables */

static const char *map_tool_find(DICT **dicts, int count, const char *key)
{
    const char *value;
    int     i;

    for (i = 0; i < count; i++) {
	if ((value = dict_get(dicts[i], key)) != 0)
	    return (value);
	if (dicts[i]->error != DICT_ERR_NONE)
	    msg_fatal("table %s:%s: query error", dicts[i]->type, dicts[i]->name);
    }
    return (0);
}

/* map_tool_print - print a key and value found */

static int map_tool_print(MAP_TOOL_STATE *state, DICT **dicts, int count,
			          const char *key)
{
    const char *value;

    if ((value = map_tool_find(dicts, count, key)) == 0)
	return (0);
    printf("%s%s%s\n", key, state->tool->separator, value);
    return (1);
}

/* map_tool_is_header - does the line start a message header */

static int map_tool_is_header(const char *line)
{
    const char *cp;

    for (cp = line; *cp > ' ' && *cp < 0x7f && *cp != ':'; cp++)
	 /* void */ ;
    if (cp == line)
	return (0);
    cp += strspn(cp, " \t");
    return (*cp == ':');
}

/* map_tool_query_message - -q - with -h and/or -b */

static int map_tool_query_message(MAP_TOOL_STATE *state, DICT **dicts,
				          int count, FILE *fp)
{
    VSTRING *line = vstring_alloc(100);
    VSTRING *header = vstring_alloc(100);
    int     in_headers = 1;
    int     have_header = 0;
    int     found = 0;
    int     do_headers = (state->message & MAP_TOOL_HEADERS) != 0;
    int     do_body = (state->message & MAP_TOOL_BODY) != 0;

    while (vstring_get_nonl(line, fp) != EOF) {
	if (in_headers) {
	    if (have_header && (*vstring_str(line) == ' ' || *vstring_str(line) == '\t')) {
		vstring_addch(header, '\n');
		vstring_strcat(header, vstring_str(line));
		continue;
	    }
	    if (have_header && do_headers)
		found |= map_tool_print(state, dicts, count, vstring_str(header));
	    have_header = 0;
	    if (map_tool_is_header(vstring_str(line))) {
		vstring_strcpy(header, vstring_str(line));
		have_header = 1;
		continue;
	    }
	    in_headers = 0;
	    /* The empty line that ends the headers is not body text. */
	    if (VSTRING_LEN(line) == 0)
		continue;
	}
	if (do_body)
	    found |= map_tool_print(state, dicts, count, vstring_str(line));
    }
    if (have_header && do_headers)
	found |= map_tool_print(state, dicts, count, vstring_str(header));
    vstring_free(line);
    vstring_free(header);
    return (found);
}

/* map_tool_query - -q key or -q - */

static int map_tool_query(MAP_TOOL_STATE *state, char **args, int count,
			          const char *key)
{
    DICT  **dicts = (DICT **) mymalloc(count * sizeof(*dicts));
    VSTRING *line;
    const char *value;
    int     found = 0;
    int     i;

    for (i = 0; i < count; i++)
	dicts[i] = map_tool_open(state, args[i]);
    if (strcmp(key, "-") != 0) {
	if ((value = map_tool_find(dicts, count, key)) != 0) {
	    printf("%s\n", value);
	    found = 1;
	}
    } else if (state->message) {
	found = map_tool_query_message(state, dicts, count, stdin);
    } else {
	line = vstring_alloc(100);
	while (vstring_get_nonl(line, stdin) != EOF)
	    found |= map_tool_print(state, dicts, count, vstring_str(line));
	vstring_free(line);
    }
    for (i = 0; i < count; i++)
	dict_close(dicts[i]);
    myfree(dicts);
    return (found);
}

/* map_tool_dump - -s */

static void map_tool_dump(MAP_TOOL_STATE *state, const char *arg)
{
    DICT   *dict = map_tool_open(state, arg);
    const char *key;
    const char *value;
    int     func;
    int     status;

    if (dict->sequence == 0)
	msg_fatal("table %s:%s: sequential access is not supported for this table type",
		  dict->type, dict->name);
    for (func = DICT_SEQ_FUN_FIRST; /* see below */ ; func = DICT_SEQ_FUN_NEXT) {
	if ((status = dict_seq(dict, func, &key, &value)) != 0)
	    break;
	printf("%s%s%s\n", key, state->tool->separator, value);
    }
    if (status < 0)
	msg_fatal("table %s:%s: sequential access error", dict->type, dict->name);
    dict_close(dict);
}

/* map_tool_keys - the keys of -d: one, or one per line of stdin */

static ARGV *map_tool_keys(const char *key)
{
    ARGV   *keys = argv_alloc(10);
    VSTRING *line;

    if (strcmp(key, "-") != 0) {
	argv_add(keys, key, ARGV_END);
	return (keys);
    }
    line = vstring_alloc(100);
    while (vstring_get_nonl(line, stdin) != EOF)
	argv_add(keys, vstring_str(line), ARGV_END);
    vstring_free(line);
    return (keys);
}

/* map_tool_delete - -d key or -d - */

static int map_tool_delete(MAP_TOOL_STATE *state, char **args, int count,
			           const char *key)
{
    ARGV   *keys = map_tool_keys(key);
    MAP_TOOL_TABLE table;
    MKMAP  *mkmap;
    int     found = 0;
    int     status;
    int     i;
    int     k;

    for (i = 0; i < count; i++) {
	map_tool_split(args[i], &table);
	if ((mkmap = mkmap_open(vstring_str(table.type), vstring_str(table.name),
				0, 0644, state->dict_flags
				| (table.defaulted ? DICT_FLAG_QUIET : 0),
				state->why)) == 0)
	    msg_fatal("%s", vstring_str(state->why));
	for (k = 0; k < keys->argc; k++) {
	    if ((status = mkmap_delete(mkmap, keys->argv[k])) < 0) {
		mkmap_abort(mkmap);
		msg_fatal("%s", vstring_str(state->why));
	    }
	    found |= status;
	}
	if (mkmap_commit(mkmap) < 0)
	    msg_fatal("%s", vstring_str(state->why));
	map_tool_free(&table);
    }
    argv_free(keys);
    return (found);
}

/* map_tool_set_eugid - run as the owner of the source file */

static void map_tool_set_eugid(MAP_TOOL_STATE *state, const struct stat *st)
{
    uid_t   uid = 0;
    gid_t   gid = state->saved_gid;

    if (getuid() != 0)
	return;
    if (st != 0 && st->st_uid != 0 && !state->keep_privileges) {
	uid = st->st_uid;
	gid = st->st_gid;
    }
    if (seteuid(0) < 0 || setgroups(1, &gid) < 0 || setegid(gid) < 0
	|| seteuid(uid) < 0)
	msg_fatal("set effective uid %ld gid %ld: %m", (long) uid, (long) gid);
}

/* map_tool_put - add one source entry, with the warnings */

static void map_tool_put(MAP_TOOL_STATE *state, MKMAP *mkmap, const char *path,
			         int lineno, const char *key, const char *value)
{
    switch (mkmap_put(mkmap, key, value)) {
    case MKMAP_ADDED:
    case MKMAP_REPLACED:
	break;
    case MKMAP_KEPT:
	if ((state->dict_flags & DICT_FLAG_DUP_IGNORE) == 0)
	    msg_warn("%s, line %d: duplicate entry: \"%s\"", path, lineno, key);
	break;
    case MKMAP_TOO_LONG:
	msg_warn("%s, line %d: key longer than %d or value longer than %d bytes: "
		 "\"%.40s\" -- ignoring this line", path, lineno, DICT_KEY_MAX,
		 DICT_VALUE_MAX, key);
	break;
    default:
	mkmap_abort(mkmap);
	msg_fatal("%s", vstring_str(state->why));
    }
}

/* map_tool_build - create a table from its source, or update it from stdin */

static void map_tool_build(MAP_TOOL_STATE *state, const char *arg,
			           int incremental)
{
    MAP_TOOL_TABLE table;
    VSTRING *line = vstring_alloc(100);
    const char *path;
    struct stat st;
    int     have_source;
    mode_t  mode = 0644;
    MKMAP  *mkmap;
    FILE   *fp;
    int     lineno = 0;
    int     first = 0;
    const char *err;
    char   *key;
    char   *value;

    map_tool_split(arg, &table);
    if (incremental) {
	path = "stdin";
	fp = stdin;
	have_source = (stat(vstring_str(table.name), &st) == 0);
    } else {
	path = vstring_str(table.name);
	if ((fp = fopen(path, "re")) == 0)
	    msg_fatal("open %s: %m", path);
	if (fstat(fileno(fp), &st) < 0)
	    msg_fatal("fstat %s: %m", path);
	if (S_ISDIR(st.st_mode))
	    msg_fatal("open %s: Is a directory", path);
	have_source = 1;
    }
    if (have_source && !state->default_mode)
	mode = 0600 | (st.st_mode & 0044);
    map_tool_set_eugid(state, have_source ? &st : 0);
    if ((mkmap = mkmap_open(vstring_str(table.type), vstring_str(table.name),
			    incremental ? O_CREAT : O_CREAT | O_TRUNC, mode,
			    state->dict_flags
			    | (table.defaulted ? DICT_FLAG_QUIET : 0),
			    state->why)) == 0)
	msg_fatal("%s", vstring_str(state->why));
    while (readllines(line, fp, path, &lineno, &first) != 0) {
	if ((err = state->tool->parse(vstring_str(line), &key, &value)) != 0)
	    msg_warn("%s, line %d: %s", path, first, err);
	else
	    map_tool_put(state, mkmap, path, first, key, value);
    }
    if (ferror(fp)) {
	mkmap_abort(mkmap);
	msg_fatal("read %s: %m", path);
    }
    /* The sentinel of sendmail-style alias databases; already there is fine. */
    if ((state->tool->flags & MAP_TOOL_FLAG_ALIAS)
	&& mkmap_put(mkmap, "@", "@") == MKMAP_ERROR) {
	mkmap_abort(mkmap);
	msg_fatal("%s", vstring_str(state->why));
    }
    if (mkmap_commit(mkmap) < 0)
	msg_fatal("%s", vstring_str(state->why));
    if (fp != stdin)
	(void) fclose(fp);
    map_tool_set_eugid(state, 0);
    vstring_free(line);
    map_tool_free(&table);
}

/* map_tool_null_flags - -N or -n */

static int map_tool_null_flags(int flags, int want)
{
    return ((flags & ~DICT_FLAG_NULL_MASK) | want);
}

/* map_tool_main - the command */

int     map_tool_main(const MAP_TOOL *tool, int argc, char **argv)
{
    MAP_TOOL_STATE state;
    const char *query = 0;
    const char *delete = 0;
    int     dump = 0;
    int     incremental = 0;
    char  **args;
    int     count;
    ARGV   *defaults = 0;
    int     found;
    int     ch;

    msg_stderr_init(tool->name);
    state.tool = tool;
    state.dict_flags = DICT_FLAG_DUP_WARN | DICT_FLAG_FOLD_FIX;
    state.keep_privileges = 0;
    state.default_mode = 0;
    state.message = 0;
    state.saved_gid = getegid();
    state.why = vstring_alloc(100);

    opterr = 0;
    while ((ch = getopt(argc, argv, tool->options)) > 0) {
	switch (ch) {
	case 'b':
	    state.message |= MAP_TOOL_BODY;
	    break;
	case 'c':
	    mail_conf_set_dir(optarg);
	    break;
	case 'd':
	    if (delete || query || dump)
		map_tool_usage(tool, "specify only one of -s -q or -d");
	    delete = optarg;
	    break;
	case 'f':
	    state.dict_flags &= ~DICT_FLAG_FOLD_FIX;
	    break;
	case 'h':
	    state.message |= MAP_TOOL_HEADERS;
	    break;
	case 'i':
	    incremental = 1;
	    break;
	case 'N':
	    state.dict_flags = map_tool_null_flags(state.dict_flags, DICT_FLAG_TRY1NULL);
	    break;
	case 'n':
	    state.dict_flags = map_tool_null_flags(state.dict_flags, DICT_FLAG_TRY0NULL);
	    break;
	case 'o':
	    state.keep_privileges = 1;
	    break;
	case 'p':
	    state.default_mode = 1;
	    break;
	case 'q':
	    if (delete || query || dump)
		map_tool_usage(tool, "specify only one of -s -q or -d");
	    query = optarg;
	    break;
	case 'r':
	    state.dict_flags &= ~DICT_FLAG_DUP_MASK;
	    state.dict_flags |= DICT_FLAG_DUP_REPLACE;
	    break;
	case 's':
	    if (delete || query || dump)
		map_tool_usage(tool, "specify only one of -s -q or -d");
	    dump = 1;
	    break;
	case 'u':
	    /* No UTF-8 checks to disable. */
	    break;
	case 'v':
	    msg_verbose++;
	    break;
	case 'w':
	    state.dict_flags &= ~DICT_FLAG_DUP_MASK;
	    state.dict_flags |= DICT_FLAG_DUP_IGNORE;
	    break;
	default:
	    if (optopt && optopt != ':' && strchr(tool->options, optopt))
		vstring_sprintf(state.why, "option requires an argument -- '%c'", optopt);
	    else
		vstring_sprintf(state.why, "invalid option -- '%c'",
				isprint(optopt) ? optopt : '?');
	    map_tool_usage(tool, vstring_str(state.why));
	}
    }
    if (state.message && (query == 0 || strcmp(query, "-") != 0))
	map_tool_usage(tool, "specify -b or -h only with \"-q -\"");
    if (incremental && (query || delete || dump))
	map_tool_usage(tool, "specify -i only without -s -q or -d");

    mail_conf_read();
    mail_params_init(params_common);
    mail_params_init(params_postmap);

    args = argv + optind;
    count = argc - optind;
    if (count == 0 && (tool->flags & MAP_TOOL_FLAG_ALIAS)) {
	defaults = argv_split(var_alias_database, CHARS_COMMA_SP);
	if (defaults->argc > 0) {
	    args = defaults->argv;
	    count = 1;
	}
    }
    if (count == 0)
	map_tool_usage(tool, 0);

    found = 1;
    if (query) {
	found = map_tool_query(&state, args, count, query);
    } else if (delete) {
	found = map_tool_delete(&state, args, count, delete);
    } else if (dump) {
	for (ch = 0; ch < count; ch++)
	    map_tool_dump(&state, args[ch]);
    } else {
	for (ch = 0; ch < count; ch++)
	    map_tool_build(&state, args[ch], incremental);
    }
    if (fflush(stdout) != 0 || ferror(stdout))
	msg_fatal("write standard output: %m");
    if (defaults)
	argv_free(defaults);
    vstring_free(state.why);
    return (found ? 0 : 1);
}
