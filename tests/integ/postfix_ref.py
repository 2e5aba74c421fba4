"""A private Debian Postfix 3.7 instance as a reference to compare with
(tests/integ/smtp_peers.py with POSTLET_SMTP_REF=postfix, and the
benchmarks in tests/bench): the main.cf settings every such instance needs.

The instance lives under top: etc/ (main.cf), the queue directory and
data/; it uses the system's Postfix programs (postconf -d gives their
directories), runs as postfix/postdrop, listens on no network interface
but loopback, has no aliases and logs to maillog under top.
"""
import subprocess


def postfix_main_cf(top, queue, maillog):
    """The common main.cf text of a private Postfix instance."""
    out = subprocess.run(["/usr/sbin/postconf", "-d", "daemon_directory",
                          "shlib_directory", "meta_directory"],
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    text = ["compatibility_level = 3.6",
            "queue_directory = %s" % queue,
            "data_directory = %s/data" % top,
            "command_directory = /usr/sbin"]
    text += out.splitlines()
    text += ["mail_owner = postfix",
             "setgid_group = postdrop",
             "inet_interfaces = loopback-only",
             "alias_maps =",
             "alias_database =",
             "maillog_file = %s" % maillog,
             "maillog_file_prefixes = %s" % top]
    return "\n".join(text) + "\n"
