/*++
/* NAME
/*	test_scache_client 1
/* SUMMARY
/*	unit tests for the scache(3h) client library
/* SYNOPSIS
/*	test_scache_client
/* DESCRIPTION
/*	The client against a small stand-in for scache(8) in a child
/*	process, listening on private/scache of a temporary queue
/*	directory and speaking the protocol of scache(3h): one byte
/*	(with the descriptor, if any) and an attribute list each way.
/*	The stand-in keeps one connection and one destination.
/*
/*	Covered: save and find of endpoints and destinations with a
/*	pipe end that still works afterwards, the caller's descriptor
/*	left open by scache_save_endp(), a connection that the daemon
/*	closed after each reply (reopened and the request repeated,
/*	without a warning), no daemon, a malformed reply and a daemon
/*	that never answers (-1 within connection_cache_protocol_timeout,
/*	one warning of the client per process; attr_scan(3) names what
/*	was wrong with each bad reply), and labels that cannot be sent.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>

#include <msg.h>
#include <iostuff.h>
#include <fd_pass.h>
#include <vstring.h>
#include <mail_params.h>
#include <scache.h>
#include <unit_test.h>

static char queue_dir[] = "/tmp/test_scache_client.XXXXXX";
static int warnings;			/* the client's own */
static int scan_warnings;		/* attr_scan(3) on a bad reply */

 /*
  * How the stand-in behaves.
  */
#define FAKE_NORMAL	0		/* serve requests */
#define FAKE_HANGUP	1		/* close after each reply */
#define FAKE_GARBAGE	2		/* reply with a malformed list */
#define FAKE_SILENT	3		/* never reply */

#define FAKE_TEXT	1100		/* room for one value */

static int fake_conn_fd = -1;
static char fake_conn_label[FAKE_TEXT];
static char fake_conn_prop[FAKE_TEXT];
static char fake_dest_label[FAKE_TEXT];
static char fake_dest_prop[FAKE_TEXT];
static char fake_dest_endp[FAKE_TEXT];

/* capture - count warnings by origin */

static void capture(int level, const char *text)
{
    if (level != MSG_WARN)
	return;
    if (strncmp(text, "attr_scan:", 10) == 0)
	scan_warnings++;
    else
	warnings++;
}

/* fake_read_list - read "name=value" lines up to the empty line */

static int fake_read_list(int fd, char *buf, size_t len)
{
    size_t  n = 0;

    while (n + 1 < len) {
	if (read(fd, buf + n, 1) != 1)
	    return (-1);
	n++;
	if (n >= 2 && buf[n - 1] == '\n' && buf[n - 2] == '\n')
	    break;
    }
    buf[n] = 0;
    return (0);
}

/* fake_get - the value of name in a list, copied into val */

static const char *fake_get(const char *list, const char *name, char *val)
{
    const char *cp = list;
    size_t  nlen = strlen(name);
    const char *end;

    *val = 0;
    while (*cp) {
	end = strchr(cp, '\n');
	if (end == 0)
	    break;
	if (strncmp(cp, name, nlen) == 0 && cp[nlen] == '=') {
	    memcpy(val, cp + nlen + 1, end - cp - nlen - 1);
	    val[end - cp - nlen - 1] = 0;
	    break;
	}
	cp = end + 1;
    }
    return (val);
}

/* fake_reply - one byte (with fd when >= 0), then the text */

static void fake_reply(int sock, int fd, const char *text)
{
    if (fd >= 0) {
	(void) fd_send(sock, fd);
	(void) close(fd);
    } else {
	(void) write(sock, "", 1);
    }
    (void) write(sock, text, strlen(text));
}

/* fake_serve - one client connection */

static void fake_serve(int sock, int mode)
{
    char    list[4 * FAKE_TEXT];
    char    req[FAKE_TEXT];
    char    label[FAKE_TEXT];
    char    text[3 * FAKE_TEXT];
    int     fd;

    for (;;) {
	if ((fd = fd_recv(sock, 0)) < 0 && errno != EBADMSG)
	    return;
	if (fake_read_list(sock, list, sizeof(list)) < 0)
	    return;
	fake_get(list, "request", req);
	fake_get(list, "label", label);
	if (mode == FAKE_SILENT) {
	    pause();
	} else if (mode == FAKE_GARBAGE) {
	    fake_reply(sock, -1, "stat\n\n");
	} else if (strcmp(req, "save_endp") == 0) {
	    if (fake_conn_fd >= 0)
		close(fake_conn_fd);
	    fake_conn_fd = fd;
	    strcpy(fake_conn_label, label);
	    fake_get(list, "prop", fake_conn_prop);
	    fake_reply(sock, -1, "status=0\n\n");
	} else if (strcmp(req, "save_dest") == 0) {
	    strcpy(fake_dest_label, label);
	    fake_get(list, "prop", fake_dest_prop);
	    fake_get(list, "endp_label", fake_dest_endp);
	    fake_reply(sock, -1, "status=0\n\n");
	} else if (strcmp(req, "find_endp") == 0) {
	    if (fake_conn_fd >= 0 && strcmp(label, fake_conn_label) == 0) {
		snprintf(text, sizeof(text), "status=0\nprop=%s\n\n",
			 fake_conn_prop);
		fake_reply(sock, fake_conn_fd, text);
		fake_conn_fd = -1;
	    } else {
		fake_reply(sock, -1, "status=-1\nprop=\n\n");
	    }
	} else if (strcmp(req, "find_dest") == 0) {
	    if (fake_conn_fd >= 0 && strcmp(label, fake_dest_label) == 0
		&& strcmp(fake_dest_endp, fake_conn_label) == 0) {
		snprintf(text, sizeof(text), "status=0\nprop=%s\nendp_prop=%s\n\n",
			 fake_dest_prop, fake_conn_prop);
		fake_reply(sock, fake_conn_fd, text);
		fake_conn_fd = -1;
	    } else {
		fake_reply(sock, -1, "status=-1\nprop=\nendp_prop=\n\n");
	    }
	} else {
	    return;
	}
	if (mode == FAKE_HANGUP)
	    return;
    }
}

/* fake_start - the stand-in daemon in a child process */

static pid_t fake_start(int mode)
{
    struct sockaddr_un sun;
    int     lsock;
    int     sock;
    pid_t   pid;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    snprintf(sun.sun_path, sizeof(sun.sun_path), "%s/private/scache",
	     queue_dir);
    (void) unlink(sun.sun_path);
    if ((lsock = socket(AF_UNIX, SOCK_STREAM, 0)) < 0
	|| bind(lsock, (struct sockaddr *) &sun, sizeof(sun)) < 0
	|| listen(lsock, 5) < 0)
	return (-1);
    if ((pid = fork()) == 0) {
	for (;;) {
	    if ((sock = accept(lsock, 0, 0)) < 0)
		_exit(1);
	    fake_serve(sock, mode);
	    close(sock);
	}
    }
    close(lsock);
    return (pid);
}

/* fake_stop - end the stand-in */

static void fake_stop(pid_t pid)
{
    char    path[256];

    scache_close();
    kill(pid, SIGKILL);
    waitpid(pid, (int *) 0, 0);
    snprintf(path, sizeof(path), "%s/private/scache", queue_dir);
    (void) unlink(path);
}

/* pipe_works - bytes written to fd arrive at rfd */

static int pipe_works(int fd, int rfd)
{
    char    buf[10];

    return (write(fd, "ping", 4) == 4 && read(rfd, buf, sizeof(buf)) == 4
	    && memcmp(buf, "ping", 4) == 0);
}

/* test_round_trip - save and find endpoints and destinations */

static void test_round_trip(void)
{
    VSTRING *dprop = vstring_alloc(10);
    VSTRING *eprop = vstring_alloc(10);
    pid_t   pid = fake_start(FAKE_NORMAL);
    int     pfd[2];
    int     fd;

    UNIT_ASSERT(pid > 0);
    UNIT_ASSERT(pipe(pfd) == 0);
    UNIT_ASSERT_INT(scache_save_endp(2, "smtp:192.0.2.1:25", "ep", pfd[1]), 0);
    UNIT_ASSERT(fcntl(pfd[1], F_GETFD) >= 0);
    close(pfd[1]);
    fd = scache_find_endp("smtp:192.0.2.1:25", eprop);
    UNIT_ASSERT(fd >= 0);
    UNIT_ASSERT_STR(vstring_str(eprop), "ep");
    UNIT_ASSERT(pipe_works(fd, pfd[0]));
    UNIT_ASSERT_INT(scache_find_endp("smtp:192.0.2.1:25", eprop), -1);
    UNIT_ASSERT_INT(scache_save_endp(2, "smtp:192.0.2.1:25", "ep2", fd), 0);
    close(fd);
    UNIT_ASSERT_INT(scache_save_dest(2, "smtp:example.com:25", "dp",
				     "smtp:192.0.2.1:25"), 0);
    fd = scache_find_dest("smtp:example.com:25", dprop, eprop);
    UNIT_ASSERT(fd >= 0);
    UNIT_ASSERT_STR(vstring_str(dprop), "dp");
    UNIT_ASSERT_STR(vstring_str(eprop), "ep2");
    UNIT_ASSERT(pipe_works(fd, pfd[0]));
    UNIT_ASSERT_INT(scache_find_dest("smtp:example.com:25", dprop, eprop), -1);
    close(fd);
    close(pfd[0]);
    fake_stop(pid);
    UNIT_ASSERT_INT(warnings, 0);
    vstring_free(dprop);
    vstring_free(eprop);
}

/* test_stale_connection - reopened and repeated without a warning */

static void test_stale_connection(void)
{
    pid_t   pid = fake_start(FAKE_HANGUP);

    UNIT_ASSERT(pid > 0);
    UNIT_ASSERT_INT(scache_save_dest(2, "d1", "p", "e"), 0);
    UNIT_ASSERT_INT(scache_save_dest(2, "d2", "p", "e"), 0);
    UNIT_ASSERT_INT(scache_save_dest(2, "d3", "p", "e"), 0);
    fake_stop(pid);
    UNIT_ASSERT_INT(warnings, 0);
}

/* test_unreachable - one warning per process, then silence */

static void test_unreachable(void)
{
    VSTRING *prop = vstring_alloc(10);
    long long start;
    pid_t   pid;
    int     pfd[2];

    UNIT_ASSERT_INT(scache_find_endp("smtp:192.0.2.1:25", prop), -1);
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT(pipe(pfd) == 0);
    UNIT_ASSERT_INT(scache_save_endp(2, "smtp:192.0.2.1:25", "ep", pfd[1]), -1);
    UNIT_ASSERT(fcntl(pfd[1], F_GETFD) >= 0);
    close(pfd[0]);
    close(pfd[1]);

    pid = fake_start(FAKE_GARBAGE);
    UNIT_ASSERT(pid > 0);
    UNIT_ASSERT_INT(scache_save_dest(2, "d", "p", "e"), -1);
    UNIT_ASSERT_INT(scache_save_dest(2, "d", "p", "e"), -1);
    UNIT_ASSERT_INT(scan_warnings, 2);
    fake_stop(pid);

    pid = fake_start(FAKE_SILENT);
    UNIT_ASSERT(pid > 0);
    start = deadline_now();
    UNIT_ASSERT_INT(scache_find_endp("smtp:192.0.2.1:25", prop), -1);
    UNIT_ASSERT(deadline_now() - start < 3000);
    fake_stop(pid);
    UNIT_ASSERT_INT(warnings, 1);
    vstring_free(prop);
}

/* test_unsendable - over-long and multi-line text is not sent */

static void test_unsendable(void)
{
    VSTRING *prop = vstring_alloc(10);
    char    big[SCACHE_PROP_MAX + 2];
    int     before = warnings;
    int     pfd[2];

    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    UNIT_ASSERT(pipe(pfd) == 0);
    UNIT_ASSERT_INT(scache_save_endp(2, "smtp:192.0.2.1:25", big, pfd[1]), -1);
    UNIT_ASSERT(fcntl(pfd[1], F_GETFD) >= 0);
    close(pfd[1]);
    UNIT_ASSERT_INT(scache_find_endp("two\nlines", prop), -1);
    UNIT_ASSERT_INT(scache_save_dest(2, "d", "p", big), -1);
    UNIT_ASSERT_INT(warnings, before + 3);
    close(pfd[0]);
    vstring_free(prop);
}

int     main(void)
{
    char    path[256];
    int     status;

    signal(SIGPIPE, SIG_IGN);
    alarm(60);
    msg_output_reset();
    msg_output(capture);
    if (mkdtemp(queue_dir) == 0) {
	perror("mkdtemp");
	return (1);
    }
    snprintf(path, sizeof(path), "%s/private", queue_dir);
    mkdir(path, 0700);
    var_queue_directory = queue_dir;
    var_ipc_timeout = 3600;
    var_connection_cache_service_name = "scache";
    var_connection_cache_protocol_timeout = 1;
    UNIT_RUN(test_round_trip);
    UNIT_RUN(test_stale_connection);
    UNIT_RUN(test_unreachable);
    UNIT_RUN(test_unsendable);
    status = UNIT_SUMMARY();
    (void) rmdir(path);
    (void) rmdir(queue_dir);
    return (status);
}
