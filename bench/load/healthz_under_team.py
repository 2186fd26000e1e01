#!/usr/bin/env python3
"""How long GET /healthz takes while maximal POST /api/v1/team requests run.

usage: bench/load/healthz_under_team.py [FIRSTHIRE_BINARY] [--clients 4]
           [--candidates 6000] [--seconds 10] [--serve-arg=ARG ...]
           [--honour-retry-after]

Starts `firsthire serve` on a fresh SQLite database in a temporary directory
(its default options plus any --serve-arg), signs up an interviewer with
an API token, then for --seconds keeps --clients connections each sending a
maximal team search (a pool of --candidates from bench/gen_pool.py, no team,
hires=5, a budget that keeps the exact search busy) one after the other,
while this process asks /healthz every 20 ms. Prints the /healthz latency
(median, p99, max) and what the team requests got (200 with optimal false,
503 busy). By default a client answered 503 sends again at once (an attacker);
with --honour-retry-after it waits the Retry-After seconds first. Not a test:
a benchmark that prints figures.
"""
import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import gen_pool  # noqa: E402  (bench/gen_pool.py)


def run(cmd, stdin=None):
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True).stdout


def team_body(size):
    traits = gen_pool.TRAITS
    pool = []
    for cid, name, levels, cost, codes in gen_pool.candidates(size, random.Random(1)):
        pool.append({"id": cid, "name": name, "cost": cost, "codes": codes,
                     "traits": {t: v for t, v in zip(traits, levels) if v > 0}})
    return json.dumps({"members": [], "candidates": pool}, separators=(",", ":"))


def request(port, method, path, body=None, token=None, timeout=120):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary", nargs="?", default="build/src/firsthire")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--candidates", type=int, default=6000)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--serve-arg", action="append", default=[], dest="serve_args")
    ap.add_argument("--honour-retry-after", action="store_true")
    args = ap.parse_args()
    serve_args = args.serve_args
    binary = os.path.abspath(args.binary)
    work = tempfile.mkdtemp(prefix="fh_healthz_bench_")
    server = None
    try:
        env = dict(os.environ, HOME=work, XDG_DATA_HOME=work)
        db = os.path.join(work, "bench.db")
        subprocess.run([binary, "user", "add", "ivan@example.com", "--role", "interviewer",
                        "--name", "Ivan", "--password-stdin", "--db", db],
                       input="correct horse battery\n", capture_output=True, text=True,
                       check=True, env=env)
        token = subprocess.run([binary, "token", "create", "ivan@example.com", "--db", db],
                               capture_output=True, text=True, check=True,
                               env=env).stdout.strip()
        server = subprocess.Popen([binary, "serve", "--db", db, "--listen", "127.0.0.1:0"] +
                                  serve_args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True, env=env)
        line = server.stdout.readline()
        port = int(line.split("http://127.0.0.1:")[1].split()[0])
        body = team_body(args.candidates)
        path = "/api/v1/team?hires=5&budget=500000"
        stop = time.monotonic() + args.seconds
        outcomes = []
        lock = threading.Lock()

        def client():
            while time.monotonic() < stop:
                status, data = request(port, "POST", path, body, token)
                label = str(status)
                if status == 200:
                    label += " optimal=" + str(json.loads(data)["best_hires"]["optimal"]).lower()
                with lock:
                    outcomes.append(label)
                if status == 503 and args.honour_retry_after:
                    time.sleep(1)  # the server's Retry-After

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for t in threads:
            t.start()
        time.sleep(0.5)  # let the searches start
        latencies = []
        while time.monotonic() < stop:
            began = time.monotonic()
            status, _ = request(port, "GET", "/healthz", timeout=10)
            latencies.append((time.monotonic() - began) * 1000)
            if status != 200:
                print(f"healthz answered {status}", file=sys.stderr)
            time.sleep(0.02)
        for t in threads:
            t.join()
        latencies.sort()
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print(f"/healthz while {args.clients} clients send maximal /team requests "
              f"({args.candidates} candidates, hires=5), {len(latencies)} samples: "
              f"median {statistics.median(latencies):.1f} ms, p99 {p99:.1f} ms, "
              f"max {latencies[-1]:.1f} ms")
        counts = {label: outcomes.count(label) for label in sorted(set(outcomes))}
        print("team answers: " + ", ".join(f"{k}: {v}" for k, v in counts.items()))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
