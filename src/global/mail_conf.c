/*++
/* NAME
/*	mail_conf 3
/* SUMMARY
/*	main.cf reader and the main.cf dictionary
/* SYNOPSIS
/*	#include <mail_conf.h>
/*
/*	HTABLE	*mail_conf_dict;
/*
/*	void	mail_conf_set_dir(dir)
/*	const char *dir;
/*
/*	const char *mail_conf_dir(void)
/*
/*	void	mail_conf_read(void)
/*
/*	int	mail_conf_read_file(path, table)
/*	const char *path;
/*	HTABLE	*table;
/*
/*	int	mail_conf_read_stream(fp, path, table, why)
/*	FILE	*fp;
/*	const char *path;
/*	HTABLE	*table;
/*	VSTRING	*why;
/*
/*	void	mail_conf_update(name, value)
/*	const char *name;
/*	const char *value;
/*
/*	const char *mail_conf_lookup(name)
/*	const char *name;
/* DESCRIPTION
/*	mail_conf_set_dir() sets the configuration directory, as the -c
/*	option of every program does. mail_conf_dir() returns the
/*	directory in effect: the one given to mail_conf_set_dir(), else
/*	$MAIL_CONFIG when set and not empty, else DEF_CONFIG_DIR (a
/*	build-time setting, "/etc/postfix" by default).
/*
/*	mail_conf_read() reads main.cf from that directory into a new
/*	mail_conf_dict, which replaces the previous one (a program that
/*	re-reads its configuration applies its -o overrides again
/*	afterwards). When the directory did
/*	not come from the built-in default, config_directory is then
/*	set to it, so that the rest of the configuration sees the
/*	directory actually used. A program that can do without main.cf
/*	(postconf -d) simply does not call this function.
/*
/*	A set-user-ID or set-group-ID program (postdrop(1), postqueue(1)
/*	installed set-gid setgid_group) must not read a main.cf that the
/*	user who runs it chose: that file names the queue directory and
/*	the users allowed to submit mail. So, as Postfix does, when the
/*	process runs with privileges that its real user does not have
/*	(effective and real user or group IDs differ), and the real and
/*	effective user is not root, mail_conf_read() accepts a
/*	directory from -c or $MAIL_CONFIG other than DEF_CONFIG_DIR only
/*	when DEF_CONFIG_DIR/main.cf lists it, by the same name, in
/*	alternate_config_directories or multi_instance_directories (raw
/*	values, separated by commas or blanks, not expanded). Otherwise
/*	it logs "unauthorized configuration directory name: DIR" and
/*	exits with a fatal error that names the settings to add.
/*
/*	mail_conf_dir_listed() makes that decision: it returns 1 when
/*	the main.cf file at path lists dir, 0 when it does not, -1
/*	when the file cannot be read (errno set).
/*
/*	mail_conf_read_file() reads one file of "name = value" lines
/*	into table, whose values are private copies of the raw text
/*	(myfree()). Logical lines are those of readllines(3): a line
/*	starting with white space continues the previous one, comment
/*	and blank lines are skipped, trailing white space and CR are
/*	removed. Blanks around the name and the value are removed. A
/*	later line for the same name replaces the earlier value, with a
/*	warning when the value differs. The result is 0, or -1 with
/*	errno set when the file cannot be opened.
/*
/*	mail_conf_read_stream() does the same work on an open stream
/*	(path is used in messages only); instead of exiting, it returns
/*	-1 with the reason in why for a malformed line or a read error,
/*	keeping the lines read before it.
/*
/*	mail_conf_update() enters or replaces a value in mail_conf_dict,
/*	as "-o name=value" options do. mail_conf_lookup() returns the
/*	raw value of a name, or a null pointer.
/* DIAGNOSTICS
/*	Fatal: an unreadable main.cf ("open /x/main.cf: No such file or
/*	directory"); a line without a name or without "=" ("path, line
/*	N: missing '=' after attribute name: "text""). A read error in
/*	the middle of a file is fatal too.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <stringops.h>
#include <readlline.h>
#include <htable.h>
#include <argv.h>
#include <mail_params.h>
#include <mail_conf.h>

#define MAIL_CONF_FILE	"main.cf"
#define MAIL_CONF_ENV	"MAIL_CONFIG"

HTABLE *mail_conf_dict;

static char *mail_conf_dir_set;		/* from -c */

/* mail_conf_set_dir - set the configuration directory */

void    mail_conf_set_dir(const char *dir)
{
    if (mail_conf_dir_set)
	myfree(mail_conf_dir_set);
    mail_conf_dir_set = mystrdup(dir);
}

/* mail_conf_dir_explicit - directory from -c or environment, or null */

static const char *mail_conf_dir_explicit(void)
{
    const char *env;

    if (mail_conf_dir_set)
	return (mail_conf_dir_set);
    if ((env = getenv(MAIL_CONF_ENV)) != 0 && *env != 0)
	return (env);
    return (0);
}

/* mail_conf_dir - the configuration directory in effect */

const char *mail_conf_dir(void)
{
    const char *dir;

    return ((dir = mail_conf_dir_explicit()) != 0 ? dir : DEF_CONFIG_DIR);
}

/* mail_conf_enter - enter or replace a value */

static void mail_conf_enter(HTABLE *table, const char *name, const char *value)
{
    HTABLE_INFO *ht;

    if ((ht = htable_locate(table, name)) != 0) {
	myfree(ht->value);
	ht->value = mystrdup(value);
    } else {
	htable_enter(table, name, mystrdup(value));
    }
}

/* mail_conf_read_stream - read name = value lines from a stream */

int     mail_conf_read_stream(FILE *fp, const char *path, HTABLE *table,
			              VSTRING *why)
{
    VSTRING *buf = vstring_alloc(100);
    VSTRING *copy = vstring_alloc(100);
    int     lineno = 0;
    int     first = 0;
    int     ret = 0;
    char   *name;
    char   *value;
    const char *err;
    const char *old;

    while (readllines(buf, fp, path, &lineno, &first) != 0) {
	vstring_strcpy(copy, vstring_str(buf));
	if ((err = split_nameval(vstring_str(buf), &name, &value)) != 0) {
	    vstring_sprintf(why, "%s, line %d: %s: \"%.100s\"", path, first,
			    err, printable(vstring_str(copy), '?'));
	    ret = -1;
	    break;
	}
	if ((old = htable_find(table, name)) != 0 && strcmp(old, value) != 0)
	    msg_warn("%s, line %d: overriding earlier entry: %s=%s",
		     path, first, name, old);
	mail_conf_enter(table, name, value);
    }
    if (ret == 0 && ferror(fp)) {
	vstring_sprintf(why, "read %s: %s", path, strerror(errno));
	ret = -1;
    }
    vstring_free(buf);
    vstring_free(copy);
    return (ret);
}

/* mail_conf_read_file - read one file of name = value lines */

int     mail_conf_read_file(const char *path, HTABLE *table)
{
    FILE   *fp;
    VSTRING *why;

    if ((fp = fopen(path, "r")) == 0)
	return (-1);
    why = vstring_alloc(100);
    if (mail_conf_read_stream(fp, path, table, why) < 0)
	msg_fatal("%s", vstring_str(why));
    (void) fclose(fp);
    vstring_free(why);
    return (0);
}

/* mail_conf_dir_listed - is dir a blessed configuration directory */

int     mail_conf_dir_listed(const char *path, const char *dir)
{
    static const char *const names[] = {
	VAR_ALTERNATE_CONFIG_DIRECTORIES, VAR_MULTI_INSTANCE_DIRECTORIES, 0,
    };
    HTABLE *table = htable_create(100);
    const char *const *np;
    const char *value;
    ARGV   *list;
    int     found = 0;
    int     n;

    if (mail_conf_read_file(path, table) < 0) {
	htable_free(table, myfree);
	return (-1);
    }
    for (np = names; found == 0 && *np; np++) {
	if ((value = htable_find(table, *np)) == 0)
	    continue;
	list = argv_split(value, CHARS_COMMA_SP);
	for (n = 0; found == 0 && n < list->argc; n++)
	    found = (strcmp(list->argv[n], dir) == 0);
	argv_free(list);
    }
    htable_free(table, myfree);
    return (found);
}

/* mail_conf_unsafe - running with privileges the real user lacks */

static int mail_conf_unsafe(void)
{
    if (getuid() == 0 && geteuid() == 0)
	return (0);
    return (geteuid() != getuid() || getegid() != getgid());
}

/* mail_conf_check_dir - a set-id program trusts only blessed directories */

static void mail_conf_check_dir(const char *dir)
{
    const char *path = DEF_CONFIG_DIR "/" MAIL_CONF_FILE;
    int     listed;

    if (strcmp(dir, DEF_CONFIG_DIR) == 0 || !mail_conf_unsafe())
	return;
    if ((listed = mail_conf_dir_listed(path, dir)) < 0)
	msg_fatal("open file %s: %m", path);
    if (listed == 0) {
	msg_error("unauthorized configuration directory name: %s", dir);
	msg_fatal("specify \"%s = %s\" or \"%s = %s\" in %s",
		  VAR_ALTERNATE_CONFIG_DIRECTORIES, dir,
		  VAR_MULTI_INSTANCE_DIRECTORIES, dir, path);
    }
}

/* mail_conf_read - read main.cf */

void    mail_conf_read(void)
{
    char   *path;
    const char *dir = mail_conf_dir_explicit();
    HTABLE *table;

    if (dir)
	mail_conf_check_dir(dir);
    table = htable_create(100);
    path = concatenate(mail_conf_dir(), "/", MAIL_CONF_FILE, (char *) 0);
    if (mail_conf_read_file(path, table) < 0)
	msg_fatal("open %s: %m", path);
    myfree(path);
    if (mail_conf_dict)
	htable_free(mail_conf_dict, myfree);
    mail_conf_dict = table;
    if (dir)
	mail_conf_update(VAR_CONFIG_DIRECTORY, dir);
}

/* mail_conf_update - enter or replace a value */

void    mail_conf_update(const char *name, const char *value)
{
    if (mail_conf_dict == 0)
	mail_conf_dict = htable_create(100);
    mail_conf_enter(mail_conf_dict, name, value);
}

/* mail_conf_lookup - raw value of a name */

const char *mail_conf_lookup(const char *name)
{
    if (mail_conf_dict == 0)
	return (0);
    return ((const char *) htable_find(mail_conf_dict, name));
}
