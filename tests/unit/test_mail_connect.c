/*++
/* NAME
/*	test_mail_connect 1
/* SUMMARY
/*	unit tests for mail_connect(3), mail_trigger(3) and the client
/*	endpoints
/* SYNOPSIS
/*	test_mail_connect
/* DESCRIPTION
/*	In a temporary queue directory with public/ and private/: the
/*	service path (relative in the queue directory, absolute
/*	elsewhere), a conversation with attr(3) over mail_connect() and
/*	mail_connect_place(), missing and dead services, the ipc_timeout
/*	on a server that never answers, mail_connect_wait() warnings and
/*	its fatal end, and triggers to a fifo, a stream socket and a
/*	datagram socket, including a full fifo, a full backlog, a fifo
/*	without reader and a plain file, none of which may block.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <iostuff.h>
#include <listen.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <mail_connect.h>
#include <mail_trigger.h>
#include <unit_test.h>

static char queue_dir[] = "/tmp/test_mail_connect.XXXXXX";
static int warnings;
static char last_warning[1024];

/* capture - count warnings */

static void capture(int level, const char *text)
{
    if (level == MSG_WARN) {
	warnings++;
	snprintf(last_warning, sizeof(last_warning), "%s", text);
    }
}

/* qpath - a path in the queue directory */

static const char *qpath(const char *class, const char *name)
{
    static char buf[256];

    snprintf(buf, sizeof(buf), "%s/%s/%s", queue_dir, class, name);
    return (buf);
}

/* test_service_path - relative in the queue directory, else absolute */

static void test_service_path(void)
{
    VSTRING *path = vstring_alloc(10);
    char    want[256];

    UNIT_ASSERT(chdir("/") == 0);
    snprintf(want, sizeof(want), "%s/private/cleanup", queue_dir);
    UNIT_ASSERT_STR(mail_service_path(path, "private", "cleanup"), want);
    UNIT_ASSERT(chdir(queue_dir) == 0);
    UNIT_ASSERT_STR(mail_service_path(path, "private", "cleanup"),
		    "private/cleanup");
    UNIT_ASSERT(chdir("/") == 0);
    vstring_free(path);
}

/* test_conversation - request and reply over a connected stream */

static void test_conversation(void)
{
    VSTRING *why = vstring_alloc(10);
    VSTRING *val = vstring_alloc(10);
    VSTREAM *client;
    VSTREAM *server;
    VSTREAM placed;
    char    buf[512];
    int     lsock;
    int     fd;
    int     n = 0;

    lsock = unix_listen(qpath("private", "svc"), 10, why);
    UNIT_ASSERT(lsock >= 0);
    client = mail_connect(MAIL_CLASS_PRIVATE, "svc", BLOCKING);
    UNIT_ASSERT(client != 0);
    UNIT_ASSERT(read_wait(lsock, 5) == 0);
    UNIT_ASSERT((fd = accept(lsock, 0, 0)) >= 0);
    server = vstream_fdopen(fd, O_RDWR);
    UNIT_ASSERT_INT(attr_print(server, 0, SEND_ATTR_STR("queue_id", "ABC"),
			       ATTR_TYPE_END), 0);
    UNIT_ASSERT_INT(attr_scan(client, 0, RECV_ATTR_STR("queue_id", val),
			      ATTR_TYPE_END), 1);
    UNIT_ASSERT_STR(vstring_str(val), "ABC");
    UNIT_ASSERT_INT(attr_print(client, 0, SEND_ATTR_INT("status", 7),
			       ATTR_TYPE_END), 0);
    UNIT_ASSERT_INT(attr_scan(server, 0, RECV_ATTR_INT("status", &n),
			      ATTR_TYPE_END), 1);
    UNIT_ASSERT_INT(n, 7);
    vstream_fclose(client);
    vstream_fclose(server);

    /* The same in caller-owned memory, connected from the queue dir. */
    UNIT_ASSERT(chdir(queue_dir) == 0);
    UNIT_ASSERT_INT(mail_connect_place(&placed, buf, sizeof(buf),
				       MAIL_CLASS_PRIVATE, "svc",
				       NON_BLOCKING), 0);
    UNIT_ASSERT(chdir("/") == 0);
    UNIT_ASSERT((fd = accept(lsock, 0, 0)) >= 0);
    server = vstream_fdopen(fd, O_RDWR);
    UNIT_ASSERT_INT(attr_print(&placed, 0, SEND_ATTR_INT("status", 3),
			       ATTR_TYPE_END), 0);
    UNIT_ASSERT_INT(attr_scan(server, 0, RECV_ATTR_INT("status", &n),
			      ATTR_TYPE_END), 1);
    UNIT_ASSERT_INT(n, 3);
    vstream_fclose(&placed);
    vstream_fclose(server);
    close(lsock);
    vstring_free(why);
    vstring_free(val);
}

/* test_no_service - missing socket, dead socket */

static void test_no_service(void)
{
    VSTRING *why = vstring_alloc(10);
    VSTRING *path = vstring_alloc(10);
    VSTREAM placed;
    char    buf[64];
    int     lsock;

    errno = 0;
    UNIT_ASSERT(mail_connect(MAIL_CLASS_PRIVATE, "none", BLOCKING) == 0);
    UNIT_ASSERT_INT(errno, ENOENT);
    lsock = unix_listen(qpath("private", "dead"), 10, why);
    UNIT_ASSERT(lsock >= 0);
    close(lsock);
    errno = 0;
    UNIT_ASSERT(mail_connect(MAIL_CLASS_PRIVATE, "dead", NON_BLOCKING) == 0);
    UNIT_ASSERT_INT(errno, ECONNREFUSED);
    UNIT_ASSERT_INT(mail_connect_place(&placed, buf, sizeof(buf),
				       MAIL_CLASS_PRIVATE, "dead",
				       BLOCKING), -1);
    vstring_free(why);
    vstring_free(path);
}

/* test_ipc_timeout - a server that never answers */

static void test_ipc_timeout(void)
{
    VSTRING *why = vstring_alloc(10);
    VSTRING *val = vstring_alloc(10);
    VSTREAM *client;
    time_t  start;
    int     lsock;

    lsock = unix_listen(qpath("private", "mute"), 10, why);
    UNIT_ASSERT(lsock >= 0);
    var_ipc_timeout = 1;
    client = mail_connect(MAIL_CLASS_PRIVATE, "mute", BLOCKING);
    UNIT_ASSERT(client != 0);
    warnings = 0;
    start = time((time_t *) 0);
    UNIT_ASSERT_INT(attr_scan(client, 0, RECV_ATTR_STR("queue_id", val),
			      ATTR_TYPE_END), -1);
    UNIT_ASSERT(time((time_t *) 0) - start <= 3);
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT(strstr(last_warning, "time-out") != 0);
    var_ipc_timeout = 3600;
    vstream_fclose(client);
    close(lsock);
    vstring_free(why);
    vstring_free(val);
}

/* connect_wait_missing - mail_connect_wait() on a missing service */

static void connect_wait_missing(void *context)
{
    (void) context;
    mail_connect_wait_delay = 0;
    mail_connect_wait_tries = 3;
    warnings = 0;
    (void) mail_connect_wait(MAIL_CLASS_PRIVATE, "none");
    _exit(0);
}

/* connect_wait_count - exit status tells the number of warnings */

static void connect_wait_count(int level, const char *text)
{
    if (level == MSG_WARN && strstr(text, "connect #") != 0)
	warnings++;
    if (level == MSG_FATAL)
	_exit(strstr(text, "connect #3 to subsystem private/none") ? 10 + warnings : 2);
}

static void connect_wait_child(void *context)
{
    msg_output_reset();
    msg_output(connect_wait_count);
    connect_wait_missing(context);
}

static void test_connect_wait(void)
{
    VSTRING *why = vstring_alloc(10);
    VSTREAM *client;
    int     lsock;

    UNIT_ASSERT_INT(unit_exit_status(connect_wait_child, 0), 12);
    lsock = unix_listen(qpath("private", "up"), 10, why);
    UNIT_ASSERT(lsock >= 0);
    warnings = 0;
    client = mail_connect_wait(MAIL_CLASS_PRIVATE, "up");
    UNIT_ASSERT(client != 0);
    UNIT_ASSERT_INT(warnings, 0);
    vstream_fclose(client);
    close(lsock);
    vstring_free(why);
}

/* test_trigger_fifo - wakeups through a fifo, full or without reader */

static void test_trigger_fifo(void)
{
    VSTRING *why = vstring_alloc(10);
    char    buf[8];
    int     fd;
    int     w;
    time_t  start;

    fd = fifo_listen(qpath("public", "pickup"), 0622, why);
    UNIT_ASSERT(fd >= 0);
    UNIT_ASSERT_INT(mail_trigger(MAIL_CLASS_PUBLIC, "pickup", "W", 1), 0);
    UNIT_ASSERT_INT(read(fd, buf, sizeof(buf)), 1);
    UNIT_ASSERT(buf[0] == TRIGGER_REQ_WAKEUP);

    /* Fill the fifo; a trigger must return at once, successfully. */
    w = open(qpath("public", "pickup"), O_WRONLY | O_NONBLOCK);
    UNIT_ASSERT(w >= 0);
    while (write(w, "xxxxxxxxxxxxxxxx", 16) > 0)
	 /* void */ ;
    UNIT_ASSERT(errno == EAGAIN);
    start = time((time_t *) 0);
    UNIT_ASSERT_INT(mail_trigger(MAIL_CLASS_PUBLIC, "pickup", "W", 1), 0);
    UNIT_ASSERT(time((time_t *) 0) - start <= 1);
    close(w);
    close(fd);

    /* Nobody reads the fifo: fail at once, do not block in open(). */
    errno = 0;
    UNIT_ASSERT_INT(mail_trigger(MAIL_CLASS_PUBLIC, "pickup", "W", 1), -1);
    UNIT_ASSERT_INT(errno, ENXIO);
    errno = 0;
    UNIT_ASSERT_INT(mail_trigger(MAIL_CLASS_PUBLIC, "nothing", "W", 1), -1);
    UNIT_ASSERT_INT(errno, ENOENT);
    vstring_free(why);
}

/* test_trigger_stream - wakeups through a unix stream socket */

static void test_trigger_stream(void)
{
    VSTRING *why = vstring_alloc(10);
    char    buf[8];
    int     lsock;
    int     fd;
    int     i;
    int     ok = 0;
    time_t  start;

    lsock = unix_listen(qpath("public", "qmgr"), 1, why);
    UNIT_ASSERT(lsock >= 0);
    UNIT_ASSERT_INT(mail_trigger(MAIL_CLASS_PUBLIC, "qmgr", "I", 1), 0);
    UNIT_ASSERT((fd = accept(lsock, 0, 0)) >= 0);
    UNIT_ASSERT_INT(timed_read(fd, buf, sizeof(buf), 5), 1);
    UNIT_ASSERT(buf[0] == QMGR_REQ_SCAN_INCOMING);
    UNIT_ASSERT_INT(timed_read(fd, buf, sizeof(buf), 5), 0);
    close(fd);

    /* Nobody accepts: triggers fail or succeed, but never wait. */
    start = time((time_t *) 0);
    for (i = 0; i < 50; i++)
	if (mail_trigger(MAIL_CLASS_PUBLIC, "qmgr", "W", 1) == 0)
	    ok++;
    UNIT_ASSERT(time((time_t *) 0) - start <= 2);
    UNIT_ASSERT(ok >= 1 && ok < 50);
    close(lsock);
    vstring_free(why);
}

/* test_trigger_dgram - wakeups through a unix datagram socket */

static void test_trigger_dgram(void)
{
    VSTRING *why = vstring_alloc(10);
    char    buf[8];
    int     sock;

    sock = unix_dgram_listen(qpath("private", "dgram"), why);
    UNIT_ASSERT(sock >= 0);
    UNIT_ASSERT_INT(mail_trigger(MAIL_CLASS_PRIVATE, "dgram", "AB", 2), 0);
    UNIT_ASSERT(read_wait(sock, 5) == 0);
    UNIT_ASSERT_INT(recv(sock, buf, sizeof(buf), 0), 2);
    UNIT_ASSERT(memcmp(buf, "AB", 2) == 0);
    close(sock);
    vstring_free(why);
}

/* test_trigger_file - a plain file is left alone */

static void test_trigger_file(void)
{
    struct stat st;
    int     fd;

    fd = open(qpath("public", "plain"), O_CREAT | O_WRONLY, 0644);
    UNIT_ASSERT(fd >= 0);
    close(fd);
    UNIT_ASSERT_INT(mail_trigger(MAIL_CLASS_PUBLIC, "plain", "W", 1), -1);
    UNIT_ASSERT(stat(qpath("public", "plain"), &st) == 0);
    UNIT_ASSERT_INT(st.st_size, 0);
}

int     main(void)
{
    char    cmd[256];
    int     status;

    signal(SIGPIPE, SIG_IGN);
    alarm(120);
    msg_output_reset();
    msg_output(capture);
    if (mkdtemp(queue_dir) == 0) {
	perror("mkdtemp");
	return (1);
    }
    snprintf(cmd, sizeof(cmd), "%s/public", queue_dir);
    mkdir(cmd, 0755);
    snprintf(cmd, sizeof(cmd), "%s/private", queue_dir);
    mkdir(cmd, 0700);
    var_queue_directory = queue_dir;
    var_ipc_timeout = 3600;
    UNIT_RUN(test_service_path);
    UNIT_RUN(test_conversation);
    UNIT_RUN(test_no_service);
    UNIT_RUN(test_ipc_timeout);
    UNIT_RUN(test_connect_wait);
    UNIT_RUN(test_trigger_fifo);
    UNIT_RUN(test_trigger_stream);
    UNIT_RUN(test_trigger_dgram);
    UNIT_RUN(test_trigger_file);
    status = UNIT_SUMMARY();
    snprintf(cmd, sizeof(cmd), "rm -rf %s", queue_dir);
    if (system(cmd) != 0)
	return (1);
    return (status);
}
