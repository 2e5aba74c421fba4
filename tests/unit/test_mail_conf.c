/*++
/* NAME
/*	test_mail_conf 1
/* SUMMARY
/*	unit tests for mail_conf(3) and mail_conf_eval(3)
/* SYNOPSIS
/*	test_mail_conf
/* DESCRIPTION
/*	The configuration directory order, reading main.cf (comments,
/*	continuation lines, CRLF, duplicates, bad lines, missing file),
/*	-o overrides, the list of blessed configuration directories, and
/*	evaluation against main.cf and the defaults.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mymalloc.h>
#include <vstring.h>
#include <argv.h>
#include <htable.h>
#include <stringops.h>
#include <mac_expand.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <unit_test.h>

static char test_dir[] = "/tmp/test_mail_conf.XXXXXX";
static char test_file[sizeof(test_dir) + 20];

/* test_write - write main.cf in the test directory */

static int test_write(const char *text)
{
    FILE   *fp;

    if ((fp = fopen(test_file, "w")) == 0)
	return (-1);
    fputs(text, fp);
    return (fclose(fp));
}

/* test_dir_order - -c, then $MAIL_CONFIG, then the built-in default */

static void test_dir_order(void)
{
    unsetenv("MAIL_CONFIG");
    UNIT_ASSERT_STR(mail_conf_dir(), DEF_CONFIG_DIR);
    setenv("MAIL_CONFIG", "/from/env", 1);
    UNIT_ASSERT_STR(mail_conf_dir(), "/from/env");
    setenv("MAIL_CONFIG", "", 1);
    UNIT_ASSERT_STR(mail_conf_dir(), DEF_CONFIG_DIR);
    setenv("MAIL_CONFIG", "/from/env", 1);
    mail_conf_set_dir(test_dir);
    UNIT_ASSERT_STR(mail_conf_dir(), test_dir);
    unsetenv("MAIL_CONFIG");
}

/* test_dir_listed - alternate_config_directories, multi_instance_... */

static void test_dir_listed(void)
{
    UNIT_ASSERT(test_write("alternate_config_directories = /etc/a,\n"
			   "  /etc/b\tALT\n"
			   "multi_instance_directories = /etc/m ${x}\n"
			   "other = /etc/o\n") == 0);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "/etc/a"), 1);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "/etc/b"), 1);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "ALT"), 1);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "/etc/m"), 1);
    /* Raw values, the exact name: no expansion, no prefix, no case. */
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "${x}"), 1);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "/etc/o"), 0);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "/etc/a/"), 0);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "/etc"), 0);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "alt"), 0);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, ""), 0);
    UNIT_ASSERT(test_write("alternate_config_directories =\n") == 0);
    UNIT_ASSERT_INT(mail_conf_dir_listed(test_file, "/etc/a"), 0);
    UNIT_ASSERT_INT(mail_conf_dir_listed("/nonexistent/main.cf", "/etc/a"), -1);
    UNIT_ASSERT_INT(errno, ENOENT);
}

/* test_read - comments, continuations, CRLF, duplicates, blanks */

static void test_read(void)
{
    UNIT_ASSERT(test_write("# a comment\n"
			   "myhostname = host.example.com\n"
			   "mydomain=example.com\r\n"
			   "long_value = one,\n"
			   "   two,\n"
			   "  # a comment inside a continued line\n"
			   "\n"
			   "\tthree\n"
			   "empty =\n"
			   "dup = first\n"
			   "dup = second\n"
			   "same = x\n"
			   "same = x\n"
			   "spaces   =   a   b   \n"
			   "weird.name-x = $$literal\n"
			   "last = no newline at end") == 0);
    mail_conf_read();
    UNIT_ASSERT_STR(mail_conf_lookup("myhostname"), "host.example.com");
    UNIT_ASSERT_STR(mail_conf_lookup("mydomain"), "example.com");
    UNIT_ASSERT_STR(mail_conf_lookup("long_value"), "one, two, three");
    UNIT_ASSERT_STR(mail_conf_lookup("empty"), "");
    UNIT_ASSERT_STR(mail_conf_lookup("dup"), "second");
    UNIT_ASSERT_STR(mail_conf_lookup("same"), "x");
    UNIT_ASSERT_STR(mail_conf_lookup("spaces"), "a   b");
    UNIT_ASSERT_STR(mail_conf_lookup("weird.name-x"), "$$literal");
    UNIT_ASSERT_STR(mail_conf_lookup("last"), "no newline at end");
    UNIT_ASSERT(mail_conf_lookup("# a comment") == 0);
    UNIT_ASSERT(mail_conf_lookup("nosuch") == 0);
    /* The directory came from -c: config_directory follows it. */
    UNIT_ASSERT_STR(mail_conf_lookup(VAR_CONFIG_DIRECTORY), test_dir);
}

/* test_update - -o overrides replace and add */

static void test_update(void)
{
    mail_conf_update("dup", "third");
    UNIT_ASSERT_STR(mail_conf_lookup("dup"), "third");
    mail_conf_update("brand_new", "value with  blanks");
    UNIT_ASSERT_STR(mail_conf_lookup("brand_new"), "value with  blanks");
}

/* read_text - mail_conf_read_stream() on a string */

static int read_text(const char *text, HTABLE *table, VSTRING *why)
{
    FILE   *fp = fmemopen((void *) text, strlen(text), "r");
    int     ret;

    if (fp == 0)
	return (-2);
    ret = mail_conf_read_stream(fp, "test.cf", table, why);
    fclose(fp);
    return (ret);
}

/* test_reread - reading again replaces the dictionary */

static void test_reread(void)
{
    UNIT_ASSERT(test_write("only = this\n") == 0);
    mail_conf_read();
    UNIT_ASSERT_STR(mail_conf_lookup("only"), "this");
    UNIT_ASSERT(mail_conf_lookup("brand_new") == 0);
    UNIT_ASSERT(mail_conf_lookup("myhostname") == 0);
    UNIT_ASSERT_STR(mail_conf_lookup(VAR_CONFIG_DIRECTORY), test_dir);
}

/* test_bad_lines - a line without "=" or without a name */

static void test_bad_lines(void)
{
    HTABLE *table = htable_create(10);
    VSTRING *why = vstring_alloc(100);

    UNIT_ASSERT_INT(read_text("ok = 1\n\nfoo\nlater = 2\n", table, why), -1);
    UNIT_ASSERT_STR(vstring_str(why),
		    "test.cf, line 3: missing '=' after attribute name: \"foo\"");
    UNIT_ASSERT_STR(htable_find(table, "ok"), "1");
    UNIT_ASSERT(htable_find(table, "later") == 0);
    UNIT_ASSERT_INT(read_text("= bar\n", table, why), -1);
    UNIT_ASSERT_STR(vstring_str(why), "test.cf, line 1: missing attribute name: \"= bar\"");
    UNIT_ASSERT_INT(read_text("a b = c\n", table, why), -1);
    UNIT_ASSERT(strstr(vstring_str(why), "missing '='") != 0);
    UNIT_ASSERT_INT(read_text("x = 1\n  continued\nbad\n", table, why), -1);
    UNIT_ASSERT(strstr(vstring_str(why), "line 3:") != 0);
    UNIT_ASSERT_STR(htable_find(table, "x"), "1 continued");
    UNIT_ASSERT_INT(read_text("", table, why), 0);
    htable_free(table, myfree);
    vstring_free(why);
}

/* read_main_cf - child: read main.cf */

static void read_main_cf(void *context)
{
    (void) context;
    mail_conf_read();
}

/* test_fatal - a bad line and a missing main.cf are fatal */

static void test_fatal(void)
{
    char   *missing = concatenate(test_dir, "/nosuch/main.cf", (char *) 0);
    HTABLE *table = htable_create(10);

    UNIT_ASSERT(test_write("good = 1\nbad line\n") == 0);
    UNIT_ASSERT_INT(unit_exit_status(read_main_cf, 0), 1);
    UNIT_ASSERT(unlink(test_file) == 0);
    UNIT_ASSERT_INT(unit_exit_status(read_main_cf, 0), 1);
    errno = 0;
    UNIT_ASSERT_INT(mail_conf_read_file(missing, table), -1);
    UNIT_ASSERT_INT(errno, ENOENT);
    myfree(missing);
    htable_free(table, myfree);
}

/* test_eval - values from main.cf, defaults, computed defaults */

static void test_eval(void)
{
    VSTRING *result = vstring_alloc(100);
    VSTRING *why = vstring_alloc(100);
    ARGV   *undef = argv_alloc(2);
    char   *value;

    value = mail_conf_eval("$myhostname");
    UNIT_ASSERT_STR(value, "host.example.com");
    myfree(value);
    value = mail_conf_eval("<$myorigin> <$mail_name> <${mydomain?{d=$mydomain}}>");
    UNIT_ASSERT_STR(value, "<host.example.com> <Postlet> <d=example.com>");
    myfree(value);
    value = mail_conf_eval("$weird.name-x");
    UNIT_ASSERT_STR(value, ".name-x");
    myfree(value);
    value = mail_conf_eval("$mydestination");
    UNIT_ASSERT_STR(value, "host.example.com, localhost.example.com, localhost");
    myfree(value);

    UNIT_ASSERT_INT(mail_conf_expand(result, "[$nosuch][$other]", undef, why),
		    MAC_EXP_UNDEF);
    UNIT_ASSERT_STR(vstring_str(result), "[][]");
    UNIT_ASSERT_INT(undef->argc, 2);
    UNIT_ASSERT_STR(undef->argv[0], "nosuch");
    UNIT_ASSERT_STR(undef->argv[1], "other");

    UNIT_ASSERT_STR(mail_conf_default("myorigin"), "$myhostname");
    UNIT_ASSERT_STR(mail_conf_default("mail_version"), "0.1");
    UNIT_ASSERT(mail_conf_default("nosuch") == 0);
    UNIT_ASSERT(mail_conf_default("myhostname") != 0);
    UNIT_ASSERT(mail_params_find("smtp_helo_name") != 0);
    UNIT_ASSERT_INT(mail_params_find("smtp_helo_name")->type, PARAM_STR);
    UNIT_ASSERT(mail_params_find("weird.name-x") == 0);

    /* Only letters, digits and "_" make a name. */
    UNIT_ASSERT(mail_conf_expand(result, "${weird.name-x}", (ARGV *) 0, why) & MAC_EXP_ERROR);

    /* A loop in main.cf is an error, not a hang. */
    mail_conf_update("loop_a", "$loop_b");
    mail_conf_update("loop_b", "x$loop_a");
    UNIT_ASSERT(mail_conf_expand(result, "$loop_a", (ARGV *) 0, why) & MAC_EXP_ERROR);
    UNIT_ASSERT(VSTRING_LEN(why) > 0);

    argv_free(undef);
    vstring_free(result);
    vstring_free(why);
}

/* eval_bad - child: evaluate malformed text */

static void eval_bad(void *context)
{
    myfree(mail_conf_eval((const char *) context));
}

/* test_eval_fatal - mail_conf_eval() exits on errors */

static void test_eval_fatal(void)
{
    UNIT_ASSERT_INT(unit_exit_status(eval_bad, "${unterminated"), 1);
    UNIT_ASSERT_INT(unit_exit_status(eval_bad, "$loop_a"), 1);
    UNIT_ASSERT_INT(unit_exit_status(eval_bad, "fine $$"), 0);
}

int     main(void)
{
    if (mkdtemp(test_dir) == 0) {
	perror("mkdtemp");
	return (1);
    }
    snprintf(test_file, sizeof(test_file), "%s/main.cf", test_dir);
    UNIT_RUN(test_dir_order);
    UNIT_RUN(test_read);
    UNIT_RUN(test_dir_listed);
    UNIT_RUN(test_update);
    UNIT_RUN(test_bad_lines);
    UNIT_RUN(test_eval);
    UNIT_RUN(test_eval_fatal);
    UNIT_RUN(test_reread);
    UNIT_RUN(test_fatal);
    unlink(test_file);
    rmdir(test_dir);
    return (UNIT_SUMMARY());
}
