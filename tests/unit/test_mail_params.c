/*++
/* NAME
/*	test_mail_params 1
/* SUMMARY
/*	unit tests for the parameter tables, mail_params(3) and mail_conv(3)
/* SYNOPSIS
/*	test_mail_params
/* DESCRIPTION
/*	The tables are consistent (unique names, known types, defaults
/*	that convert), the variables get the right values, overrides
/*	work, bad values are fatal, conversions respect their bounds,
/*	and the computed defaults follow their inputs.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include <mymalloc.h>
#include <htable.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <unit_test.h>

/* test_tables - unique names, sane entries */

static void test_tables(void)
{
    HTABLE *seen = htable_create(1000);
    const MAIL_PARAM *const * table;
    const MAIL_PARAM *p;
    const char *cp;
    int     count = 0;

    for (table = mail_params_tables; *table; table++) {
	for (p = *table; p->name; p++) {
	    count++;
	    if (htable_locate(seen, p->name))
		UNIT_FAIL("duplicate parameter %s", p->name);
	    htable_enter(seen, p->name, (void *) p);
	    for (cp = p->name; *cp; cp++)
		if (!isalnum((unsigned char) *cp)
		    && *cp != '_')
		    UNIT_FAIL("bad parameter name %s", p->name);
	    if (p->defval == 0 && p->defval_fn == 0)
		UNIT_FAIL("%s: no default", p->name);
	    if (p->target == 0 && p->defval_fn == 0)
		UNIT_FAIL("%s: no variable", p->name);
	    if (p->type > PARAM_TIME)
		UNIT_FAIL("%s: bad type", p->name);
	    if (p->max != 0 && p->max < p->min)
		UNIT_FAIL("%s: max < min", p->name);
	    if (mail_params_find(p->name) != p)
		UNIT_FAIL("%s: not found", p->name);
	}
    }
    UNIT_ASSERT(count > 400);
    htable_free(seen, (HTABLE_FREE_FN) 0);
}

/* init_all - give every table its values */

static void init_all(void *context)
{
    const MAIL_PARAM *const * table;

    (void) context;
    for (table = mail_params_tables; *table; table++)
	mail_params_init(*table);
}

/* test_defaults - every default converts; spot checks */

static void test_defaults(void)
{
    UNIT_ASSERT_INT(unit_exit_status(init_all, 0), 0);
    init_all(0);
    UNIT_ASSERT_INT(var_smtp_connect_timeout, 30);
    UNIT_ASSERT_INT(var_maximal_queue_lifetime, 5 * 24 * 3600);
    UNIT_ASSERT_INT(var_bounce_queue_lifetime, 5 * 24 * 3600);
    UNIT_ASSERT_INT(var_delay_warning_time, 0);
    UNIT_ASSERT_INT(var_message_size_limit, 10240000);
    UNIT_ASSERT_INT(var_default_process_limit, 100);
    UNIT_ASSERT_INT(var_smtputf8_enable, 0);
    UNIT_ASSERT_INT(var_append_dot_mydomain, 1);
    UNIT_ASSERT_INT(var_smtp_per_request_deadline, 0);
    UNIT_ASSERT_INT(var_ipc_timeout, 3600);
    UNIT_ASSERT_STR(var_mail_name, "Postlet");
    UNIT_ASSERT_STR(var_myorigin, var_myhostname);
    UNIT_ASSERT_STR(var_smtp_helo_name, var_myhostname);
    UNIT_ASSERT_STR(var_lmtp_tcp_port, "24");
    UNIT_ASSERT_STR(var_2bounce_notice_recipient, "postmaster");
    UNIT_ASSERT_STR(var_relay_domains, var_mydestination);
    UNIT_ASSERT_STR(var_mynetworks_style, "subnet");
    UNIT_ASSERT_STR(var_syslog_name, "postfix");
    UNIT_ASSERT_STR(var_debugger_command, "");
    UNIT_ASSERT_STR(var_tls_random_exchange_name, "/var/lib/postfix/prng_exch");
    UNIT_ASSERT(strchr(var_myhostname, '.') != 0);
}

/* test_overrides - main.cf and -o values */

static void test_overrides(void)
{
    mail_conf_update("maximal_queue_lifetime", "3");
    mail_conf_update("delay_warning_time", "4");
    mail_conf_update("smtp_connect_timeout", "2m");
    mail_conf_update("compatibility_level", "3.6");
    mail_conf_update("multi_instance_name", "postfix-out");
    mail_conf_update("debugger_command", "$daemon_directory/x");
    mail_conf_update("message_size_limit", "2147483647");
    init_all(0);
    UNIT_ASSERT_INT(var_maximal_queue_lifetime, 3 * 24 * 3600);
    UNIT_ASSERT_INT(var_delay_warning_time, 4 * 3600);
    UNIT_ASSERT_INT(var_smtp_connect_timeout, 120);
    UNIT_ASSERT_INT(var_smtputf8_enable, 1);
    UNIT_ASSERT_INT(var_append_dot_mydomain, 0);
    UNIT_ASSERT_STR(var_mynetworks_style, "host");
    UNIT_ASSERT_STR(var_relay_domains, "");
    UNIT_ASSERT_STR(var_syslog_name, "postfix-out");
    UNIT_ASSERT_STR(var_debugger_command, "$daemon_directory/x");
    UNIT_ASSERT_INT(var_message_size_limit, 2147483647L);
    htable_free(mail_conf_dict, myfree);
    mail_conf_dict = 0;
    init_all(0);
    UNIT_ASSERT_INT(var_maximal_queue_lifetime, 5 * 24 * 3600);
}

typedef struct {
    const char *name;
    const char *value;
} TEST_BAD;

/* init_bad - child: one bad value */

static void init_bad(void *context)
{
    TEST_BAD *bad = (TEST_BAD *) context;

    mail_conf_update(bad->name, bad->value);
    init_all(0);
}

/* test_bad_values - malformed or out-of-range values are fatal */

static void test_bad_values(void)
{
    static TEST_BAD bad[] = {
	{"message_size_limit", "abc"},
	{"message_size_limit", "-5"},
	{"message_size_limit", "99999999999999999999"},
	{"message_size_limit", "10 MB"},
	{"line_length_limit", "100"},
	{"hash_queue_depth", "17"},
	{"hash_queue_depth", "0"},
	{"default_process_limit", "0"},
	{"qmgr_fudge_factor", "101"},
	{"smtp_mx_address_limit", "2147483648"},
	{"smtp_connect_timeout", "1x"},
	{"smtp_connect_timeout", "-1s"},
	{"smtp_connect_timeout", "s"},
	{"maximal_queue_lifetime", "99999999999"},
	{"maximal_queue_lifetime", "30000d"},
	{"smtputf8_enable", "maybe"},
	{"smtputf8_enable", ""},
	{"mydestination", "${unterminated"},
	{"myorigin", "$myorigin"},
	{0, 0},
    };
    TEST_BAD *bp;

    for (bp = bad; bp->name; bp++)
	if (unit_exit_status(init_bad, bp) != 1)
	    UNIT_FAIL("no fatal error for %s = %s", bp->name, bp->value);
}

/* test_conv_time - times and units */

static void test_conv_time(void)
{
    static const struct {
	const char *text;
	int     unit;
	long    want;
    }       good[] = {
	{"300s", 's', 300}, {"5d", 's', 432000}, {"3", 'd', 259200},
	{"1w", 's', 604800}, {"2h", 's', 7200}, {"10m", 's', 600},
	{"0", 's', 0}, {"7", 's', 7}, {"1H", 's', 3600},
	{"2147483647s", 's', 2147483647L}, {"35791394m", 's', 2147483640L},
    };
    static const char *bad[] = {
	"", "-1", "+1", "1x", "1ss", "s", " 1s", "1s ", "99999999999",
	"2147483648", "35791395m", "3551w", "1.5h", 0,
    };
    long    val;
    size_t  i;

    for (i = 0; i < ARRAY_LEN(good); i++) {
	val = -1;
	if (!mail_conv_time(good[i].text, good[i].unit, &val) || val != good[i].want)
	    UNIT_FAIL("\"%s\": got %ld, want %ld", good[i].text, val, good[i].want);
    }
    for (i = 0; bad[i]; i++) {
	val = -1;
	if (mail_conv_time(bad[i], 's', &val) || val != -1)
	    UNIT_FAIL("\"%s\" accepted", bad[i]);
    }
    UNIT_ASSERT(!mail_conv_time("5", 'x', &val));
}

/* test_conv_other - booleans and numbers */

static void test_conv_other(void)
{
    static const char *bad_bool[] = {"y", "n", "1", "0", "", "yes ", "on", 0};
    static const char *bad_long[] = {"", "-", "+1", "1a", " 1", "0x10",
    "99999999999999999999", "--1", 0};
    long    lval;
    int     ival;
    int     i;

    UNIT_ASSERT(mail_conv_bool("yes", &ival) && ival == 1);
    UNIT_ASSERT(mail_conv_bool("TRUE", &ival) && ival == 1);
    UNIT_ASSERT(mail_conv_bool("No", &ival) && ival == 0);
    UNIT_ASSERT(mail_conv_bool("false", &ival) && ival == 0);
    for (i = 0; bad_bool[i]; i++)
	if (mail_conv_bool(bad_bool[i], &ival))
	    UNIT_FAIL("boolean \"%s\" accepted", bad_bool[i]);
    UNIT_ASSERT(mail_conv_long("0", &lval) && lval == 0);
    UNIT_ASSERT(mail_conv_long("-5", &lval) && lval == -5);
    UNIT_ASSERT(mail_conv_long("2147483647", &lval) && lval == 2147483647L);
    for (i = 0; bad_long[i]; i++)
	if (mail_conv_long(bad_long[i], &lval))
	    UNIT_FAIL("number \"%s\" accepted", bad_long[i]);
}

/* test_time_unit - the unit of a default, through $name */

static void test_time_unit(void)
{
    UNIT_ASSERT_INT(mail_params_time_unit(mail_params_find("maximal_queue_lifetime")), 'd');
    UNIT_ASSERT_INT(mail_params_time_unit(mail_params_find("delay_warning_time")), 'h');
    UNIT_ASSERT_INT(mail_params_time_unit(mail_params_find("smtp_connect_timeout")), 's');
    UNIT_ASSERT_INT(mail_params_time_unit(mail_params_find("lmtp_data_done_timeout")), 's');
    UNIT_ASSERT_INT(mail_params_time_unit(mail_params_find("smtp_sasl_auth_cache_time")), 'd');
    UNIT_ASSERT_INT(mail_params_time_unit(&mail_params_transport[7]), 's');
}

/* test_computed - myhostname, mydomain */

static void test_computed(void)
{
    char    host[256];

    mail_conf_update("myhostname", "a.b.c");
    UNIT_ASSERT_STR(mail_conf_default("mydomain"), "b.c");
    mail_conf_update("myhostname", "a");
    UNIT_ASSERT_STR(mail_conf_default("mydomain"), "localdomain");
    mail_conf_update("myhostname", "$mydomain");
    UNIT_ASSERT_STR(mail_conf_default("mydomain"), "localdomain");
    htable_delete(mail_conf_dict, "myhostname", myfree);

    if (gethostname(host, sizeof(host)) == 0 && strchr(host, '.') == 0) {
	mail_conf_update("mydomain", "example.org");
	UNIT_ASSERT(strstr(mail_params_myhostname(), ".example.org") != 0);
	htable_delete(mail_conf_dict, "mydomain", myfree);
	UNIT_ASSERT(strstr(mail_params_myhostname(), ".localdomain") != 0);
	UNIT_ASSERT_STR(mail_params_mydomain(), "localdomain");
    }
    UNIT_ASSERT(atoi(mail_params_process_id()) == (int) getpid());
}

/* mynetworks - mail_params_mynetworks() with these settings */

static const char *mynetworks(const char *style, const char *interfaces,
			              const char *protocols)
{
    mail_conf_update("mynetworks_style", style);
    mail_conf_update("inet_interfaces", interfaces);
    mail_conf_update("inet_protocols", protocols);
    return (mail_params_mynetworks());
}

/* test_mynetworks - styles, interfaces, protocols */

static void test_mynetworks(void)
{
    const char *list = "10.1.2.3, 172.16.5.4 192.168.1.1,[2001:db8::1] 2001:db8::2";

    UNIT_ASSERT_STR(mynetworks("host", "127.0.0.1", "all"), "127.0.0.1/32");
    UNIT_ASSERT_STR(mynetworks("subnet", "loopback-only", "ipv4"), "127.0.0.0/8");
    UNIT_ASSERT_STR(mynetworks("class", list, "all"),
		    "10.0.0.0/8 172.16.0.0/16 192.168.1.0/24 "
		    "[2001:db8::1]/128 [2001:db8::2]/128");
    UNIT_ASSERT_STR(mynetworks("host", list, "ipv4"),
		    "10.1.2.3/32 172.16.5.4/32 192.168.1.1/32");
    UNIT_ASSERT_STR(mynetworks("host", list, "ipv6"),
		    "[2001:db8::1]/128 [2001:db8::2]/128");
    UNIT_ASSERT_STR(mynetworks("host", "10.1.2.3 10.1.2.3", "ipv4, ipv6"), "10.1.2.3/32");
    UNIT_ASSERT_STR(mynetworks("bogus", "10.1.2.3", "bogus, ipv4"), "10.1.2.3/32");
    UNIT_ASSERT_STR(mynetworks("host", "mail.example.com", "all"), "");
    UNIT_ASSERT(mynetworks("subnet", "all", "all") != 0);
    UNIT_ASSERT_STR(mynetworks("${{$compatibility_level} <level {2} ? {class} : {host}}",
			       "10.9.8.7", "ipv4"), "10.0.0.0/8");
    /* A reference back to $mynetworks is empty, not a loop. */
    UNIT_ASSERT_STR(mynetworks("host$mynetworks", "10.9.8.7", "ipv4"), "10.9.8.7/32");
    htable_delete(mail_conf_dict, "mynetworks_style", myfree);
    htable_delete(mail_conf_dict, "inet_interfaces", myfree);
    htable_delete(mail_conf_dict, "inet_protocols", myfree);
}

/* test_transport - per-transport suffixes refer to known parameters */

static void test_transport(void)
{
    const MAIL_PARAM *tables[] = {mail_params_transport, mail_params_transport_pipe, 0};
    const MAIL_PARAM *p;
    const MAIL_PARAM *ref;
    int     i;

    for (i = 0; tables[i]; i++) {
	for (p = tables[i]; p->name; p++) {
	    if (p->name[0] != '_' || p->defval == 0 || p->defval[0] != '$')
		UNIT_FAIL("bad transport entry %s", p->name);
	    if ((ref = mail_params_find(p->defval + 1)) == 0)
		UNIT_FAIL("%s: unknown default %s", p->name, p->defval);
	    if (ref->type != p->type)
		UNIT_FAIL("%s: type differs from %s", p->name, ref->name);
	}
    }
    UNIT_ASSERT(mail_params_delivery_agent("smtp"));
    UNIT_ASSERT(mail_params_delivery_agent("pipe"));
    UNIT_ASSERT(!mail_params_delivery_agent("discard"));
    UNIT_ASSERT(!mail_params_delivery_agent("smtpd"));
}

/* transport_bad - child: a bad per-transport value */

static void transport_bad(void *context)
{
    (void) context;
    mail_conf_update("smtp_destination_recipient_limit", "many");
    (void) mail_params_transport_int("smtp", "_destination_recipient_limit");
}

/* test_transport_values - per-transport values and their defaults */

static void test_transport_values(void)
{
    char   *str;

    UNIT_ASSERT_INT(mail_params_transport_int("smtp", "_destination_concurrency_limit"), 20);
    mail_conf_update("default_destination_concurrency_limit", "7");
    mail_conf_update("relay_destination_concurrency_limit", "3");
    UNIT_ASSERT_INT(mail_params_transport_int("smtp", "_destination_concurrency_limit"), 7);
    UNIT_ASSERT_INT(mail_params_transport_int("relay", "_destination_concurrency_limit"), 3);
    UNIT_ASSERT_INT(mail_params_transport_int("smtp", "_destination_rate_delay"), 0);
    mail_conf_update("smtp_destination_rate_delay", "2m");
    UNIT_ASSERT_INT(mail_params_transport_int("smtp", "_destination_rate_delay"), 120);
    UNIT_ASSERT_INT(mail_params_transport_int("uucp", "_time_limit"), 1000);
    str = mail_params_transport_str("smtp", "_destination_concurrency_negative_feedback");
    UNIT_ASSERT_STR(str, "1");
    myfree(str);
    UNIT_ASSERT_INT(unit_exit_status(transport_bad, 0), 1);
}

int     main(void)
{
    UNIT_RUN(test_tables);
    UNIT_RUN(test_defaults);
    UNIT_RUN(test_overrides);
    UNIT_RUN(test_bad_values);
    UNIT_RUN(test_conv_time);
    UNIT_RUN(test_conv_other);
    UNIT_RUN(test_time_unit);
    UNIT_RUN(test_computed);
    UNIT_RUN(test_mynetworks);
    UNIT_RUN(test_transport);
    UNIT_RUN(test_transport_values);
    return (UNIT_SUMMARY());
}
