#!/usr/bin/python3
# A loopback SMTP server for the mail tests (Debian's python3-aiosmtpd; run with /usr/bin/python3).
# Plain SMTP without STARTTLS. AUTH PLAIN/LOGIN with --user/--password, XOAUTH2 with --token.
# Every accepted message is written into a Maildir: the recruiter's address goes to the recruiter's
# INBOX, any other recipient to the "people" maildir, and a recipient at bounce.test makes the sink
# put a Postfix-style DSN (multipart/report, 5.1.1) into the recruiter's INBOX instead. One JSON
# line per accepted message goes to --log; the port is printed on stdout once listening.
import argparse
import base64
import email.parser
import email.policy
import json
import os
import signal
import sys
import threading
import time
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def maildir_deliver(maildir, raw):
    for sub in ("tmp", "new", "cur"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    name = "%d.%s.sink" % (time.time_ns(), uuid.uuid4().hex)
    tmp = os.path.join(maildir, "tmp", name)
    with open(tmp, "wb") as f:
        f.write(raw)
    # The sink may run as root while Dovecot reads the maildir as its mail user: hand the file to
    # the maildir's owner (a root umask of 077 would otherwise make it unreadable to Dovecot).
    owner = os.stat(maildir)
    if os.geteuid() == 0 and owner.st_uid != 0:
        os.chown(tmp, owner.st_uid, owner.st_gid)
    os.chmod(tmp, 0o600)
    os.rename(tmp, os.path.join(maildir, "new", name))


def header_block(raw):
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        end = raw.find(b"\n\n")
    return raw if end < 0 else raw[:end + 2]


def build_dsn(sender, failed, raw):
    boundary = "dsn-" + uuid.uuid4().hex
    now = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())
    diag = "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown" % failed
    parts = [
        "Return-Path: <>",
        "From: MAILER-DAEMON@sink.test (Mail Delivery System)",
        "To: %s" % sender,
        "Subject: Undelivered Mail Returned to Sender",
        "Date: %s" % now,
        "Message-ID: <%s@sink.test>" % uuid.uuid4().hex,
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % boundary,
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--%s" % boundary,
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host sink.test.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        "<%s>: host mx.bounce.test said: 550 5.1.1 User unknown" % failed,
        "",
        "--%s" % boundary,
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; sink.test",
        "Arrival-Date: %s" % now,
        "",
        "Final-Recipient: rfc822; %s" % failed,
        "Original-Recipient: rfc822;%s" % failed,
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx.bounce.test",
        "Diagnostic-Code: %s" % diag,
        "",
        "--%s" % boundary,
        "Content-Description: Undelivered Message Headers",
        "Content-Type: text/rfc822-headers",
        "",
    ]
    text = "\r\n".join(parts).encode() + b"\r\n"
    text += header_block(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    text += b"\r\n--" + boundary.encode() + b"--\r\n"
    return text


class Sink:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()

    # SASL XOAUTH2: base64("user=<u>\x01auth=Bearer <token>\x01\x01"). A refused token is answered
    # the way Gmail does: a 334 with a JSON error, the client's empty reply, then 535.
    async def auth_XOAUTH2(self, server, args):
        if len(args) == 1:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=False)
        else:
            try:
                blob = base64.b64decode(args[1].encode(), validate=True)
            except Exception:
                return AuthResult(success=False, handled=False)
        fields = dict(p.split(b"=", 1) for p in blob.split(b"\x01") if b"=" in p)
        ok = (not self.args.refuse_auth and bool(self.args.token)
              and fields.get(b"user", b"").decode(errors="replace") == self.args.user
              and fields.get(b"auth", b"") == b"Bearer " + self.args.token.encode())
        if ok:
            return AuthResult(success=True, auth_data=LoginPassword(fields[b"user"], b""))
        error = json.dumps({"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"})
        await server.challenge_auth(error.encode(), encode_to_b64=True)
        return AuthResult(success=False, handled=False,
                          message="535 5.7.8 Username and Password not accepted (token)")

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode()
        msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        message_id = (msg.get("Message-ID") or "").strip().strip("<>")
        recruiter = self.args.recruiter_address.lower()
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                r = rcpt.lower()
                if r.endswith("@bounce.test"):
                    dsn = build_dsn(envelope.mail_from, rcpt, raw)
                    target = (self.args.recruiter_maildir if envelope.mail_from.lower() == recruiter
                              else self.args.people_maildir)
                    maildir_deliver(target, dsn)
                elif r == recruiter:
                    maildir_deliver(self.args.recruiter_maildir, raw)
                else:
                    maildir_deliver(self.args.people_maildir, raw)
            with open(self.args.log, "a", encoding="utf-8") as f:
                f.write(json.dumps({"message_id": message_id, "from": envelope.mail_from,
                                    "rcpts": envelope.rcpt_tos}) + "\n")
        return "250 2.0.0 Ok: queued"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user", default="")
    p.add_argument("--password", default="")
    p.add_argument("--token", default="")
    p.add_argument("--refuse-auth", action="store_true",
                   help="advertise no AUTH and answer MAIL with 530 (a server that refuses everyone)")
    p.add_argument("--recruiter-address", required=True)
    p.add_argument("--recruiter-maildir", required=True)
    p.add_argument("--people-maildir", required=True)
    p.add_argument("--log", required=True)
    args = p.parse_args()

    def authenticator(server, session, envelope, mechanism, auth_data):
        if args.refuse_auth or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = (auth_data.login.decode(errors="replace") == args.user
              and auth_data.password.decode(errors="replace") == args.password)
        return AuthResult(success=ok, handled=False)

    sink = Sink(args)
    kwargs = dict(hostname="127.0.0.1", port=args.port, auth_require_tls=False,
                  auth_required=True, authenticator=authenticator, decode_data=False,
                  ready_timeout=10)
    if args.refuse_auth:
        kwargs["auth_exclude_mechanism"] = ["PLAIN", "LOGIN", "XOAUTH2"]
    controller = Controller(sink, **kwargs)
    controller.start()
    print(controller.port, flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.wait(0.5):
        if os.getppid() == 1:  # the test died without stopping us
            break
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
