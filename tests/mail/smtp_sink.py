#!/usr/bin/python3
"""A mail server for tests: Debian's aiosmtpd, keeping every message it is
given as a file, so a test can read what firsthire sent.

  smtp_sink.py --port PORT --dir DIR [--cert CERT --key KEY] [--auth USER:PASSWORD]

Listens on 127.0.0.1:PORT (0: any free port). Each accepted message becomes
DIR/NNNN.eml (the message as received, CRLF line ends) and DIR/NNNN.json
({"from": ..., "to": [...]}), written to a temporary name first and renamed,
so a file that exists is complete. With --cert and --key the server offers
STARTTLS; with --auth it requires signing in (AUTH PLAIN or LOGIN, over TLS
only) as that user. Prints "ready PORT" once it listens; stops on SIGTERM or
SIGINT.
"""
import argparse
import json
import os
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Keeper:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = os.path.join(self.directory, "%04d" % self.count)
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        for suffix, data in ((".json", json.dumps({"from": envelope.mail_from,
                                                    "to": envelope.rcpt_tos}).encode()),
                             (".eml", content)):
            with open(name + suffix + ".tmp", "wb") as out:
                out.write(data)
            os.rename(name + suffix + ".tmp", name + suffix)
        return "250 Message accepted for delivery"


class OneUser:
    """Lets in only the user and password given with --auth."""

    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == self.user
              and auth_data.password == self.password)
        # handled=False: the server itself answers 235 or 535.
        return AuthResult(success=ok, handled=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--auth")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    tls = None
    if args.cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.cert, args.key)
    port = args.port
    if port == 0:
        import socket
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    auth = {}
    if args.auth:
        user, password = args.auth.split(":", 1)
        auth = {"authenticator": OneUser(user, password), "auth_required": True,
                "auth_require_tls": True}
    controller = Controller(Keeper(args.dir), hostname="127.0.0.1", port=port,
                            tls_context=tls, require_starttls=False, decode_data=False,
                            **auth)
    controller.start()
    print("ready %d" % port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
