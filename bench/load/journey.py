#!/usr/bin/env python3
"""Throughput and latency of a whole interviewer journey against `firsthire serve`.

usage: bench/load/journey.py [FIRSTHIRE_BINARY] [--connections 64] [--seconds 20]
           [--db URL | --pg-url URL] [--candidates 4000] [--serve-arg=ARG ...]

Starts `firsthire serve` on a fresh database (a new SQLite file in a temporary
directory, or --db, e.g. the URL of an empty PostgreSQL database; with
--pg-url, a PostgreSQL URL whose user may create databases, it runs twice,
on SQLite and then on a new database it creates there and drops), makes one
interviewer account per connection and --candidates candidates, then for
--seconds keeps --connections keep-alive connections each running journeys
one after the other:

  sign in       POST /api/v1/login                         (argon2id: the costly step)
  list          GET  /api/v1/candidates?limit=50
  open          GET  /api/v1/candidates/{id}
  score         POST /api/v1/candidates/{id}/scorecards    (submitted)
  evaluation    GET  /api/v1/candidates/{id}/evaluation
  sign out      POST /api/v1/logout

Each interviewer scores the candidates in its own order, never one twice.
A sign-in the server refuses as busy (503 with Retry-After: the bound on
password hashing) is tried again after Retry-After seconds, as the web app
would; its latency runs from the first try to the answer, and the refusals
are counted.
Prints journeys and requests per second, and the median and p99 latency of
each step and of all requests together. Any answer other than the expected
status stops the run with the answer shown. Not a test: a benchmark that
prints figures. The client is Python (asyncio, one process), so on a small
machine it takes a share of the CPU the server could have used; the figures
are a floor.
"""
import argparse
import asyncio
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

PASSWORD = "correct horse battery staple"
STEPS = ("sign in", "list", "open", "score", "evaluation", "sign out")


class Connection:
    """One HTTP/1.1 keep-alive connection with the cookies of one browser."""

    def __init__(self, port):
        self.port = port
        self.reader = None
        self.writer = None
        self.cookies = {}
        self.csrf = ""
        self.headers = {}

    async def request(self, method, path, body=None, token=None):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        data = b"" if body is None else json.dumps(body).encode()
        head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(data)}"]
        if body is not None:
            head.append("Content-Type: application/json")
        if token:
            head.append(f"Authorization: Bearer {token}")
        if self.cookies:
            head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if self.csrf and method != "GET":
            head.append(f"X-CSRF-Token: {self.csrf}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
        return await self.read_response()

    async def read_response(self):
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("the server closed the connection")
        status = int(status_line.split()[1])
        headers = {}
        while True:
            line = (await self.reader.readline()).decode("latin-1").rstrip("\r\n")
            if not line:
                break
            name, _, value = line.partition(":")
            name = name.strip().lower()
            value = value.strip()
            if name == "set-cookie":
                cookie = value.split(";", 1)[0]
                key, _, val = cookie.partition("=")
                self.cookies[key] = val
            headers[name] = value
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                chunk = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                body += chunk[:-2]
        else:
            body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            self.writer.close()
            self.reader = self.writer = None
        self.headers = headers
        return status, body


class Figures:
    def __init__(self):
        self.latency = {step: [] for step in STEPS}
        self.journeys = 0
        self.refused_sign_ins = 0

    def add(self, step, seconds):
        self.latency[step].append(seconds * 1000.0)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def timed(figures, step, call, expected):
    start = time.perf_counter()
    status, body = await call
    figures.add(step, time.perf_counter() - start)
    if status != expected:
        raise RuntimeError(f"{step}: expected {expected}, got {status}: {body[:300]!r}")
    return body


async def sign_in(conn, email, figures):
    start = time.perf_counter()
    while True:
        status, body = await conn.request(
            "POST", "/api/v1/login", {"email": email, "password": PASSWORD})
        if status != 503:
            break
        figures.refused_sign_ins += 1
        await asyncio.sleep(float(conn.headers.get("retry-after", "1")))
    figures.add("sign in", time.perf_counter() - start)
    if status != 200:
        raise RuntimeError(f"sign in: expected 200, got {status}: {body[:300]!r}")
    return body


async def journeys(port, email, candidate_ids, stop_at, figures):
    conn = Connection(port)
    order = candidate_ids[:]
    random.Random(email).shuffle(order)
    scores = {"production_shipping": 4, "eval_discipline": 3}
    for candidate in order:
        if time.perf_counter() >= stop_at:
            return
        body = await sign_in(conn, email, figures)
        conn.csrf = json.loads(body)["csrf_token"]
        await timed(figures, "list", conn.request("GET", "/api/v1/candidates?limit=50"), 200)
        await timed(figures, "open", conn.request("GET", f"/api/v1/candidates/{candidate}"), 200)
        await timed(figures, "score", conn.request(
            "POST", f"/api/v1/candidates/{candidate}/scorecards",
            {"scores": scores, "notes": {"eval_discipline": "Ran a golden set of 200 cases."},
             "red_flags": [], "submit": True}), 201)
        await timed(figures, "evaluation",
                    conn.request("GET", f"/api/v1/candidates/{candidate}/evaluation"), 200)
        await timed(figures, "sign out", conn.request("POST", "/api/v1/logout"), 204)
        conn.cookies.clear()
        conn.csrf = ""
        figures.journeys += 1
    raise RuntimeError(f"{email} ran out of candidates: raise --candidates")


async def set_up(port, token, interviewers, candidates):
    conn = Connection(port)
    for i in range(interviewers):
        status, body = await conn.request("POST", "/api/v1/users", {
            "email": f"interviewer{i}@example.com", "name": f"Interviewer {i}",
            "role": "interviewer", "password": PASSWORD}, token)
        if status != 201:
            raise RuntimeError(f"creating an interviewer: {status} {body[:200]!r}")
    ids = []
    for i in range(candidates):
        status, body = await conn.request("POST", "/api/v1/candidates", {
            "name": f"Candidate {i}", "email": f"candidate{i}@example.com",
            "profile": {"source": "journey benchmark"}}, token)
        if status != 201:
            raise RuntimeError(f"creating a candidate: {status} {body[:200]!r}")
        ids.append(json.loads(body)["id"])
    return ids


async def measure(port, token, args):
    ids = await set_up(port, token, args.connections, args.candidates)
    figures = Figures()
    start = time.perf_counter()
    stop_at = start + args.seconds
    await asyncio.gather(*(journeys(port, f"interviewer{i}@example.com", ids, stop_at, figures)
                           for i in range(args.connections)))
    return figures, time.perf_counter() - start


def start_server(binary, work, db, serve_args):
    env = dict(os.environ, HOME=work, XDG_DATA_HOME=work, FIRSTHIRE_DATA_DIR=work)
    subprocess.run([binary, "user", "add", "admin@example.com", "--role", "admin", "--name",
                    "Admin", "--password-stdin", "--db", db], input=PASSWORD + "\n",
                   capture_output=True, text=True, check=True, env=env)
    token = subprocess.run([binary, "token", "create", "admin@example.com", "--name", "journey",
                            "--db", db], capture_output=True, text=True, check=True,
                           env=env).stdout.strip()
    out = open(os.path.join(work, "serve.out"), "w+")
    server = subprocess.Popen([binary, "serve", "--db", db, "--listen", "127.0.0.1:0"] +
                              serve_args, stdout=out,
                              stderr=open(os.path.join(work, "serve.log"), "w"), env=env)
    for _ in range(300):
        out.seek(0)
        found = re.search(r"127\.0\.0\.1:(\d+)", out.read())
        if found:
            return server, int(found.group(1)), token
        time.sleep(0.1)
    server.kill()
    raise RuntimeError("firsthire serve did not start: see " + work)


def report(figures, elapsed, args, backend):
    total = sum(len(v) for v in figures.latency.values())
    print(f"journey mix on {backend}, {args.connections} connections, {elapsed:.1f} s")
    print(f"  {figures.journeys} journeys: {figures.journeys / elapsed:.1f} journeys/s, "
          f"{total / elapsed:.0f} requests/s; {figures.refused_sign_ins} sign-in tries "
          f"answered 503 busy (tried again after Retry-After)")
    print(f"  {'step':12s} {'n':>7s} {'median ms':>10s} {'p99 ms':>9s}")
    everything = []
    for step in STEPS:
        values = figures.latency[step]
        everything += values
        if values:
            print(f"  {step:12s} {len(values):7d} {percentile(values, 0.5):10.1f} "
                  f"{percentile(values, 0.99):9.1f}")
    if everything:
        print(f"  {'all':12s} {len(everything):7d} {percentile(everything, 0.5):10.1f} "
              f"{percentile(everything, 0.99):9.1f}")
        rest = [v for s in STEPS if s != "sign in" for v in figures.latency[s]]
        print(f"  {'all but sign in':12s} {len(rest):4d} {percentile(rest, 0.5):10.1f} "
              f"{percentile(rest, 0.99):9.1f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary", nargs="?", default="build/src/firsthire")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--candidates", type=int, default=4000)
    ap.add_argument("--db", default="")
    ap.add_argument("--pg-url", default="",
                    help="also run on PostgreSQL, in a new database on this server")
    ap.add_argument("--serve-arg", action="append", default=[], dest="serve_args")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"journey.py: no firsthire binary at {binary} (build it, or pass its path)")
    if args.pg_url:
        run_once(binary, args, "")
        name = "fh_journey_" + os.urandom(4).hex()
        subprocess.run(["psql", "-q", args.pg_url, "-c", f"CREATE DATABASE {name}"], check=True)
        try:
            print()
            run_once(binary, args, re.sub(r"^(postgres(ql)?://[^/]*)/[^?]*", r"\1/" + name,
                                          args.pg_url))
        finally:
            subprocess.run(["psql", "-q", args.pg_url, "-c", f"DROP DATABASE IF EXISTS {name}"],
                           check=False)
    else:
        run_once(binary, args, args.db)


def run_once(binary, args, db):
    """One server on `db` (a new SQLite file when empty), measured and reported."""
    work = tempfile.mkdtemp(prefix="fh_journey_bench_")
    db = db or os.path.join(work, "bench.db")
    backend = "PostgreSQL" if db.startswith("postgres") else "SQLite"
    server = None
    try:
        server, port, token = start_server(binary, work, db, args.serve_args)
        figures, elapsed = asyncio.run(measure(port, token, args))
        report(figures, elapsed, args, backend)
    finally:
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
