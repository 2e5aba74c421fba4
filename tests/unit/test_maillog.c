/*++
/* NAME
/*	test_maillog 1
/* SUMMARY
/*	unit tests for maillog_line, maillog_file and maillog_client
/* SYNOPSIS
/*	test_maillog
/* DESCRIPTION
/*	Checks Postfix's maillog_file line format (time stamp, host
/*	label, tag, pid, severity, the 2000-byte text limit), splitting
/*	a line for syslog, maillog_file_prefixes, the log file writer
/*	(safe open, one write per line, reopen after a rename), and the
/*	client: datagrams to a postlog socket made here in a temporary
/*	directory, reconnection after the service is re-created, a
/*	service that does not read (no hang), the direct file fallback
/*	when the socket is missing, the prefix refusal and syslog mode
/*	without a syslog daemon.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <mail_params.h>
#include <maillog_line.h>
#include <maillog_file.h>
#include <maillog_client.h>
#include <maillog_rotate.h>
#include <maillog_server.h>

#include "unit_test.h"

static char tmpdir[] = "/tmp/test_maillog.XXXXXX";
static char pathbuf[256];

/* tmp_path - a name in the temporary directory */

static const char *tmp_path(const char *name)
{
    snprintf(pathbuf, sizeof(pathbuf), "%s/%s", tmpdir, name);
    return (pathbuf);
}

/* read_file - whole file into buf, -1 if absent */

static ssize_t read_file(const char *path, char *buf, size_t size)
{
    int     fd;
    ssize_t n;

    if ((fd = open(path, O_RDONLY)) < 0)
	return (-1);
    n = read(fd, buf, size - 1);
    close(fd);
    if (n < 0)
	n = 0;
    buf[n] = 0;
    return (n);
}

/* test_line_format - Postfix's maillog_file layout */

static void test_line_format(void)
{
    char    buf[MAILLOG_LINE_MAX];
    size_t  len;

    /* 2023-11-21 10:00:00 UTC, 2023-11-01 09:08:07 UTC. */
    len = maillog_line_format(buf, sizeof(buf), 1700560800, "mail.example.com",
			      "postfix/smtp", 123, MSG_INFO, "text");
    UNIT_ASSERT_STR(buf, "Nov 21 10:00:00 mail postfix/smtp[123]: text");
    UNIT_ASSERT_INT(len, strlen(buf));
    maillog_line_format(buf, sizeof(buf), 1698829687, "router", "postfix/qmgr",
			7, MSG_WARN, "x");
    UNIT_ASSERT_STR(buf, "Nov 01 09:08:07 router postfix/qmgr[7]: warning: x");
    maillog_line_format(buf, sizeof(buf), 1698829687, "h", "t", 1, MSG_ERROR, "e");
    UNIT_ASSERT_STR(buf, "Nov 01 09:08:07 h t[1]: error: e");
    maillog_line_format(buf, sizeof(buf), 1698829687, "h", "t", 1, MSG_FATAL, "f");
    UNIT_ASSERT_STR(buf, "Nov 01 09:08:07 h t[1]: fatal: f");
    maillog_line_format(buf, sizeof(buf), 1698829687, "h", "t", 1, MSG_PANIC, "p");
    UNIT_ASSERT_STR(buf, "Nov 01 09:08:07 h t[1]: panic: p");
}

/* test_line_limits - text cut at 2000 bytes, long host and tag bounded */

static void test_line_limits(void)
{
    static char text[5000];
    static char host[300];
    static char tag[300];
    char    buf[MAILLOG_LINE_MAX];
    const char *cp;
    size_t  len;

    memset(text, 'x', sizeof(text) - 1);
    memset(host, 'h', sizeof(host) - 1);
    memset(tag, 't', sizeof(tag) - 1);
    len = maillog_line_format(buf, sizeof(buf), 0, "h", "t", 1, MSG_INFO, text);
    UNIT_ASSERT((cp = strstr(buf, "]: ")) != 0);
    UNIT_ASSERT_INT(strlen(cp + 3), MAILLOG_LINE_TEXT_MAX);
    UNIT_ASSERT_INT(len, strlen(buf));
    len = maillog_line_format(buf, sizeof(buf), 0, host, tag, 2147483647L,
			      MSG_WARN, text);
    UNIT_ASSERT(len < MAILLOG_LINE_MAX);
    UNIT_ASSERT_INT(len, strlen(buf));
    UNIT_ASSERT((cp = strstr(buf, "]: warning: ")) != 0);
    UNIT_ASSERT_INT(strlen(cp + 12), MAILLOG_LINE_TEXT_MAX);
}

/* test_line_split - tag[pid] and text back from a line */

static void test_line_split(void)
{
    char    line[] = "Nov 01 09:08:07 router postfix/qmgr[7]: warning: a: b";
    char    bad1[] = "Nov 01 09:08:07 router";
    char    bad2[] = "Nov 01 09:08:07 router no colon here";
    char   *tag;
    char   *text;

    UNIT_ASSERT_INT(maillog_line_split(line, &tag, &text), 1);
    UNIT_ASSERT_STR(tag, "postfix/qmgr[7]");
    UNIT_ASSERT_STR(text, "warning: a: b");
    UNIT_ASSERT_INT(maillog_line_split(bad1, &tag, &text), 0);
    UNIT_ASSERT_INT(maillog_line_split(bad2, &tag, &text), 0);
}

/* test_prefixes - maillog_file_prefixes matching */

static void test_prefixes(void)
{
    UNIT_ASSERT_INT(maillog_file_allowed("/var/log/mail.log", "/var, /dev/stdout"), 1);
    UNIT_ASSERT_INT(maillog_file_allowed("/dev/stdout", "/var, /dev/stdout"), 1);
    UNIT_ASSERT_INT(maillog_file_allowed("/tmp/x", "/var, /dev/stdout"), 0);
    UNIT_ASSERT_INT(maillog_file_allowed("/dev/stderr", "/var,/dev/stdout"), 0);
    UNIT_ASSERT_INT(maillog_file_allowed("/tmp/x", ""), 0);
    UNIT_ASSERT_INT(maillog_file_allowed("/tmp/x", " ,\t/tmp "), 1);
}

/* test_file_write - append, one line per write, reopen after rename */

static void test_file_write(void)
{
    char    whybuf[200];
    char    path[256];
    char    rotated[256];
    char    buf[200];
    VSTRING why;
    MAILLOG_FILE mf;
    struct stat st;

    vstring_init_mem(&why, whybuf, sizeof(whybuf));
    snprintf(path, sizeof(path), "%s", tmp_path("mail.log"));
    snprintf(rotated, sizeof(rotated), "%s", tmp_path("mail.log.1"));
    UNIT_ASSERT_INT(maillog_file_open(&mf, path, &why), 0);
    UNIT_ASSERT(stat(path, &st) == 0 && (st.st_mode & 0777) == 0644);
    UNIT_ASSERT_INT(maillog_file_write(&mf, "one", 3), 0);
    UNIT_ASSERT(rename(path, rotated) == 0);
    UNIT_ASSERT_INT(maillog_file_write(&mf, "two", 3), 0);
    UNIT_ASSERT_INT(read_file(rotated, buf, sizeof(buf)), 4);
    UNIT_ASSERT_STR(buf, "one\n");
    UNIT_ASSERT_INT(read_file(path, buf, sizeof(buf)), 4);
    UNIT_ASSERT_STR(buf, "two\n");
    maillog_file_close(&mf);
    UNIT_ASSERT_INT(maillog_file_once(path, "three", 5, &why), 0);
    UNIT_ASSERT_INT(read_file(path, buf, sizeof(buf)), 10);
    UNIT_ASSERT_STR(buf, "two\nthree\n");
    unlink(path);
    unlink(rotated);
}

/* test_file_refuse - directories, hard links, untrusted symlinks */

static void test_file_refuse(void)
{
    char    whybuf[200];
    char    path[256];
    char    link2[256];
    VSTRING why;
    MAILLOG_FILE mf;
    int     fd;

    vstring_init_mem(&why, whybuf, sizeof(whybuf));
    UNIT_ASSERT_INT(maillog_file_open(&mf, tmpdir, &why), -1);
    UNIT_ASSERT_STR(whybuf, "file is a directory");
    snprintf(path, sizeof(path), "%s", tmp_path("target"));
    snprintf(link2, sizeof(link2), "%s", tmp_path("hardlink"));
    UNIT_ASSERT((fd = open(path, O_CREAT | O_WRONLY, 0644)) >= 0);
    close(fd);
    UNIT_ASSERT(link(path, link2) == 0);
    UNIT_ASSERT_INT(maillog_file_open(&mf, path, &why), -1);
    UNIT_ASSERT_STR(whybuf, "file has 2 hard links");
    unlink(link2);
    /* A symlink in a group-writable directory is never trusted. */
    UNIT_ASSERT(chmod(tmpdir, 0775) == 0);
    UNIT_ASSERT(symlink(path, link2) == 0);
    UNIT_ASSERT_INT(maillog_file_open(&mf, link2, &why), -1);
    UNIT_ASSERT_STR(whybuf, "file is a symbolic link");
    UNIT_ASSERT(chmod(tmpdir, 0700) == 0);
    unlink(link2);
    unlink(path);
}

/* test_file_stdout - /dev/stdout is the standard output descriptor */

static void test_file_stdout(void)
{
    char    whybuf[200];
    char    buf[100];
    VSTRING why;
    MAILLOG_FILE mf;
    int     saved;
    int     fd;

    vstring_init_mem(&why, whybuf, sizeof(whybuf));
    fflush(stdout);
    UNIT_ASSERT((saved = dup(1)) >= 0);
    UNIT_ASSERT((fd = open(tmp_path("stdout"), O_CREAT | O_WRONLY | O_TRUNC, 0600)) >= 0);
    dup2(fd, 1);
    close(fd);
    fd = maillog_file_open(&mf, "/dev/stdout", &why);
    if (fd == 0) {
	fd = maillog_file_write(&mf, "to stdout", 9);
	maillog_file_close(&mf);
    }
    dup2(saved, 1);
    close(saved);
    UNIT_ASSERT_INT(fd, 0);
    UNIT_ASSERT_INT(read_file(tmp_path("stdout"), buf, sizeof(buf)), 10);
    UNIT_ASSERT_STR(buf, "to stdout\n");
    unlink(tmp_path("stdout"));
}

 /*
  * The client tests share one configuration: queue_directory is the
  * temporary directory, the service is public/postlog there.
  */
static char queue_dir[256];
static char log_file[256];
static char prefixes[300];

/* client_config - parameters as mail_params_init() would set them */

static void client_config(void)
{
    snprintf(queue_dir, sizeof(queue_dir), "%s", tmpdir);
    snprintf(log_file, sizeof(log_file), "%s/maillog", tmpdir);
    snprintf(prefixes, sizeof(prefixes), "/var, %s", tmpdir);
    var_queue_directory = queue_dir;
    var_postlog_service_name = "postlog";
    var_maillog_file = log_file;
    var_maillog_file_prefixes = prefixes;
    var_myhostname = "gw.example.net";
    var_syslog_name = "postfix";
    var_syslog_facility = "mail";
}

/* server_open - the postlog service endpoint, as master would make it */

static int server_open(void)
{
    struct sockaddr_un sun;
    int     sock;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    snprintf(sun.sun_path, sizeof(sun.sun_path), "%s/public/postlog", tmpdir);
    mkdir(tmp_path("public"), 0755);
    unlink(sun.sun_path);
    if ((sock = socket(AF_UNIX, SOCK_DGRAM, 0)) < 0)
	return (-1);
    if (bind(sock, (struct sockaddr *) &sun, sizeof(sun)) < 0) {
	close(sock);
	return (-1);
    }
    return (sock);
}

/* server_recv - one datagram, with a time limit */

static ssize_t server_recv(int sock, char *buf, size_t size)
{
    struct timeval tv = {2, 0};
    ssize_t n;

    setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    if ((n = recv(sock, buf, size - 1, 0)) < 0)
	return (-1);
    buf[n] = 0;
    return (n);
}

/* test_client_postlog - lines arrive as datagrams */

static void test_client_postlog(void)
{
    char    buf[4000];
    char    want[100];
    static char text[3000];
    int     sock;
    ssize_t n;

    client_config();
    UNIT_ASSERT((sock = server_open()) >= 0);
    maillog_client_init("smtp", MAILLOG_CLIENT_FLAG_NONE);
    UNIT_ASSERT_INT(maillog_client_mode(), MAILLOG_CLIENT_MODE_POSTLOG);
    UNIT_ASSERT_STR(msg_progname, "smtp");
    UNIT_ASSERT_STR(getenv(MAILLOG_ENV_SERVICE), tmp_path("public/postlog"));
    UNIT_ASSERT_STR(getenv(MAILLOG_ENV_HOSTNAME), "gw.example.net");
    msg_info("hello %d", 42);
    n = server_recv(sock, buf, sizeof(buf));
    UNIT_ASSERT(n > 16);
    snprintf(want, sizeof(want), " gw postfix/smtp[%ld]: hello 42", (long) getpid());
    UNIT_ASSERT_STR(buf + 15, want);
    msg_warn("careful");
    UNIT_ASSERT(server_recv(sock, buf, sizeof(buf)) > 0);
    UNIT_ASSERT(strstr(buf, "]: warning: careful") != 0);

    /* A long text is cut at 2000 bytes; the datagram is bounded. */
    memset(text, 'y', sizeof(text) - 1);
    msg_info("%s", text);
    n = server_recv(sock, buf, sizeof(buf));
    UNIT_ASSERT(n > 0 && n < MAILLOG_LINE_MAX);
    UNIT_ASSERT_INT(strlen(strstr(buf, "]: ") + 3), MAILLOG_LINE_TEXT_MAX);

    /* The service is re-created (postfix reload): the client reconnects. */
    close(sock);
    UNIT_ASSERT((sock = server_open()) >= 0);
    msg_info("after reload");
    UNIT_ASSERT(server_recv(sock, buf, sizeof(buf)) > 0);
    UNIT_ASSERT(strstr(buf, "]: after reload") != 0);

    /* A tag as given (postlog -t). */
    maillog_client_init("my/tag", MAILLOG_CLIENT_FLAG_TAG);
    msg_info("tagged");
    UNIT_ASSERT(server_recv(sock, buf, sizeof(buf)) > 0);
    UNIT_ASSERT(strstr(buf, " gw my/tag[") != 0);
    close(sock);
    unlink(tmp_path("public/postlog"));
}

/* test_client_stuck - a service that does not read never hangs a client */

static void test_client_stuck(void)
{
    char    buf[4000];
    time_t  start;
    int     sock;
    int     i;

    client_config();
    UNIT_ASSERT((sock = server_open()) >= 0);
    maillog_client_init("qmgr", MAILLOG_CLIENT_FLAG_NONE);
    start = time((time_t *) 0);
    for (i = 0; i < 3000; i++)
	msg_info("line %d of a flood that nobody reads", i);
    UNIT_ASSERT(time((time_t *) 0) - start <= 4);
    /* Once there is room again, lines get through. */
    while (recv(sock, buf, sizeof(buf), MSG_DONTWAIT) > 0)
	 /* drain */ ;
    msg_info("room again");
    msg_info("and more");
    UNIT_ASSERT(server_recv(sock, buf, sizeof(buf)) > 0);
    UNIT_ASSERT(strstr(buf, "]: room again") != 0 || strstr(buf, "]: and more") != 0);
    close(sock);
    unlink(tmp_path("public/postlog"));
}

/* test_client_fallback - no service: the file, or nothing */

static void test_client_fallback(void)
{
    char    buf[4000];
    char    want[100];

    client_config();
    unlink(tmp_path("public/postlog"));
    unlink(log_file);
    maillog_client_init("postfix-script", MAILLOG_CLIENT_FLAG_NONE);
    msg_info("dropped");
    UNIT_ASSERT_INT(read_file(log_file, buf, sizeof(buf)), -1);
    maillog_client_init("postfix-script", MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK);
    msg_info("starting the Postfix mail system");
    UNIT_ASSERT(read_file(log_file, buf, sizeof(buf)) > 0);
    snprintf(want, sizeof(want), " gw postfix/postfix-script[%ld]: starting the Postfix mail system\n",
	     (long) getpid());
    UNIT_ASSERT_STR(buf + 15, want);
    unlink(log_file);
}

/* fallback_fails - the log file cannot be written: fatal, once */

static void fallback_fails(void *unused)
{
    (void) unused;
    client_config();
    snprintf(log_file, sizeof(log_file), "%s/nodir/maillog", tmpdir);
    maillog_client_init("postlog", MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK);
    msg_info("nowhere to go");
}

/* bad_prefix - maillog_file outside maillog_file_prefixes */

static void bad_prefix(void *unused)
{
    (void) unused;
    client_config();
    var_maillog_file_prefixes = "/var, /dev/stdout";
    maillog_client_init("smtp", MAILLOG_CLIENT_FLAG_NONE);
}

/* test_client_fatal - prefix refusal and a failing fallback stop */

static void test_client_fatal(void)
{
    int     prefix_status;
    int     fallback_status;
    int     saved;
    int     fd;

    /* Keep the expected fatal lines off the test output. */
    fflush(stderr);
    saved = dup(2);
    fd = open("/dev/null", O_WRONLY);
    dup2(fd, 2);
    close(fd);
    prefix_status = unit_exit_status(bad_prefix, 0);
    fallback_status = unit_exit_status(fallback_fails, 0);
    dup2(saved, 2);
    close(saved);
    UNIT_ASSERT_INT(prefix_status, 1);
    UNIT_ASSERT_INT(fallback_status, 1);
}

/* syslog_flood - many lines with no syslog daemon reachable */

static void syslog_flood(void *unused)
{
    int     i;

    (void) unused;
    alarm(10);
    client_config();
    var_maillog_file = "";
    maillog_client_init("pickup", MAILLOG_CLIENT_FLAG_NONE);
    if (maillog_client_mode() != MAILLOG_CLIENT_MODE_SYSLOG
	|| getenv(MAILLOG_ENV_SERVICE) != 0)
	_exit(2);
    for (i = 0; i < 1000; i++)
	msg_info("line %d", i);
    _exit(0);
}

/* test_client_syslog - syslog mode, without a syslog daemon: no hang */

static void test_client_syslog(void)
{
    UNIT_ASSERT_INT(unit_exit_status(syslog_flood, 0), 0);
}

/* test_client_env - before main.cf, the environment decides */

static void test_client_env(void)
{
    char    buf[4000];
    int     sock;

    client_config();
    UNIT_ASSERT((sock = server_open()) >= 0);
    setenv(MAILLOG_ENV_SERVICE, tmp_path("public/postlog"), 1);
    setenv(MAILLOG_ENV_HOSTNAME, "boot.example", 1);
    var_maillog_file = 0;
    var_myhostname = 0;
    var_queue_directory = 0;
    var_postlog_service_name = 0;
    maillog_client_init("postdrop", MAILLOG_CLIENT_FLAG_NONE);
    UNIT_ASSERT_INT(maillog_client_mode(), MAILLOG_CLIENT_MODE_POSTLOG);
    msg_info("early");
    UNIT_ASSERT(server_recv(sock, buf, sizeof(buf)) > 0);
    UNIT_ASSERT(strstr(buf, " boot postfix/postdrop[") != 0);
    close(sock);
    unlink(tmp_path("public/postlog"));
}

/* test_rotate - rename with the suffix, compress in the background */

static void test_rotate(void)
{
    char    rbuf[256];
    char    wbuf[200];
    char    gz[300];
    VSTRING rotated;
    VSTRING why;
    struct stat st;
    int     fd;
    int     i;

    client_config();
    vstring_init_mem(&rotated, rbuf, sizeof(rbuf));
    vstring_init_mem(&why, wbuf, sizeof(wbuf));
    var_maillog_file_compressor = "gzip";
    var_maillog_file_rotate_suffix = "%Y%m%d-%H%M%S";
    UNIT_ASSERT((fd = open(log_file, O_CREAT | O_WRONLY, 0644)) >= 0);
    UNIT_ASSERT(write(fd, "line\n", 5) == 5);
    close(fd);
    UNIT_ASSERT_INT(maillog_rotate(1700560800, &rotated, &why), 0);
    snprintf(gz, sizeof(gz), "%s.20231121-100000", log_file);
    UNIT_ASSERT_STR(rbuf, gz);
    UNIT_ASSERT(stat(log_file, &st) < 0);
    strcat(gz, ".gz");
    /* gzip makes the .gz file first and removes the original last. */
    for (i = 0; i < 100 && (stat(gz, &st) < 0 || stat(rbuf, &st) == 0); i++)
	usleep(100000);
    UNIT_ASSERT(stat(gz, &st) == 0);
    UNIT_ASSERT(stat(rbuf, &st) < 0);
    unlink(gz);

    /* Refusals, with Postfix's words. */
    UNIT_ASSERT_INT(maillog_rotate(0, 0, &why), -1);
    UNIT_ASSERT(strstr(wbuf, "rotation failed: cannot rename") != 0);
    var_maillog_file = "/dev/stdout";
    UNIT_ASSERT_INT(maillog_rotate(0, 0, &why), -1);
    UNIT_ASSERT_STR(wbuf, "not rotating '/dev/stdout'");
    var_maillog_file_compressor = "";
    UNIT_ASSERT_INT(maillog_rotate(0, 0, &why), -1);
    UNIT_ASSERT_STR(wbuf, "empty 'maillog_file_compressor' parameter value - logfile rotation failed");
}

/* test_server - postlogd's handling of datagrams */

static void test_server(void)
{
    static char big[4000];
    char    whybuf[300];
    char    buf[8000];
    char    want[400];
    VSTRING why;
    const char *cp;

    client_config();
    vstring_init_mem(&why, whybuf, sizeof(whybuf));
    unlink(log_file);
    UNIT_ASSERT_INT(maillog_server_open(log_file, "/var, /dev/stdout", &why), -1);
    snprintf(want, sizeof(want), "maillog_file value '%s' does not match any prefix in maillog_file_prefixes",
	     log_file);
    UNIT_ASSERT_STR(whybuf, want);
    UNIT_ASSERT_INT(maillog_server_open(tmpdir, tmpdir, &why), -1);
    snprintf(want, sizeof(want), "open logfile '%s': file is a directory", tmpdir);
    UNIT_ASSERT_STR(whybuf, want);

    UNIT_ASSERT_INT(maillog_server_open(log_file, prefixes, &why), 0);
    UNIT_ASSERT_INT(maillog_client_mode(), MAILLOG_CLIENT_MODE_FILE);
#define DGRAM(s) s, (ssize_t) sizeof(s) - 1
    maillog_server_line(DGRAM("Nov 21 10:00:00 gw postfix/smtp[9]: plain\n"));
    maillog_server_line(DGRAM("\n"));
    maillog_server_line(DGRAM(""));
    maillog_server_line(DGRAM("Nov 21 10:00:00 gw x[1]: a\nNov 21 10:00:00 gw forged[2]: b\0c"));
    memset(big, 'z', sizeof(big));
    maillog_server_line(big, sizeof(big));
    /* postlogd's own lines go to the file, not to its socket. */
    msg_warn("self");
    maillog_server_close();
    UNIT_ASSERT(read_file(log_file, buf, sizeof(buf)) > 0);
    UNIT_ASSERT((cp = strstr(buf, "Nov 21 10:00:00 gw postfix/smtp[9]: plain\n"
			     "Nov 21 10:00:00 gw x[1]: a?Nov 21 10:00:00 gw forged[2]: b?c\n")) == buf);
    cp = strchr(cp, '\n') + 1;
    cp = strchr(cp, '\n') + 1;
    UNIT_ASSERT_INT(strspn(cp, "z"), MAILLOG_LINE_MAX);
    UNIT_ASSERT_INT(cp[MAILLOG_LINE_MAX], '\n');
    cp += MAILLOG_LINE_MAX + 1;
    UNIT_ASSERT(strstr(cp, "]: warning: self\n") != 0);
    UNIT_ASSERT(strchr(cp, '\n')[1] == 0);
    UNIT_ASSERT(maillog_client_mode() != MAILLOG_CLIENT_MODE_FILE);
    unlink(log_file);
}

int     main(void)
{
    setenv("TZ", "UTC0", 1);
    tzset();
    signal(SIGPIPE, SIG_IGN);
    if (mkdtemp(tmpdir) == 0) {
	perror("mkdtemp");
	return (1);
    }
    UNIT_RUN(test_line_format);
    UNIT_RUN(test_line_limits);
    UNIT_RUN(test_line_split);
    UNIT_RUN(test_prefixes);
    UNIT_RUN(test_file_write);
    UNIT_RUN(test_file_refuse);
    UNIT_RUN(test_file_stdout);
    UNIT_RUN(test_client_postlog);
    UNIT_RUN(test_client_stuck);
    UNIT_RUN(test_client_fallback);
    UNIT_RUN(test_client_fatal);
    UNIT_RUN(test_client_syslog);
    UNIT_RUN(test_client_env);
    UNIT_RUN(test_rotate);
    UNIT_RUN(test_server);
    rmdir(tmp_path("public"));
    rmdir(tmpdir);
    return (UNIT_SUMMARY());
}
