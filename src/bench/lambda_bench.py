#!/usr/bin/env python3
"""Local Lambda harness (issue 8): runs a packaged function.zip the way the AWS Java runtime does (the AWS
Lambda Runtime Interface Client as main class, the unzipped zip as task root) against a Runtime API server of
our own, and times init, the cold invocation and warm invocations; CPU time and peak RSS come from /proc.

Usage: lambda_bench.py --zip target/function.zip --ric-dir DIR --export summarize --event event.json
                       [--warm 50] [--env K=V ...] [--label name] [--expect TEXT] [--save-first-response FILE]
With --snap-start the init runs as for a SnapStart snapshot (AWS_LAMBDA_INITIALIZATION_TYPE=snap-start: the
runtime calls the CRaC hooks and /restore/next); the restore itself cannot happen here, so the figures are
the snapshot's init and the time from /restore/next to the first response (AWS adds its restore time).
Every "{n}" in the event is replaced by a number of its own on each invocation (a new post URL each time, so
the whole flow runs instead of an answer from the store). Every response must contain --expect when given.
Prints one JSON line of measurements. Driven by src/bench/lambda-bench.sh.
"""
import argparse
import http.server
import json
import os
import queue
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
import zipfile

API = "/2018-06-01/runtime"
# The JVM options the AWS Java 17 managed runtime starts with (tiered compilation stopped at C1, serial GC,
# heap from the 1024 MB memory size).
DEFAULT_JVM_FLAGS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx880m"


class RuntimeApi(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.stopping = False
        self.events = queue.Queue()
        self.results = queue.Queue()
        self.first_next = None
        self.restore_next = None

    def handle_error(self, request, client_address):
        if not self.stopping:  # the killed function's pending `next` resets its connection: expected
            super().handle_error(request, client_address)

    @property
    def port(self):
        return self.server_address[1]


class QuietHandler(http.server.BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive, no request log, replies without Nagle delay (also the stub servers' base)."""
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # headers and body go out in separate writes: without this, Nagle + delayed ACK add ~40 ms per reply
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type=None):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Handler(QuietHandler):

    def do_GET(self):
        if self.path == API + "/restore/next":
            # SnapStart: the runtime asks for this once init (priming included) is done; Lambda would take the
            # snapshot now and answer when an environment is restored from it. Here the process simply goes on.
            self.server.restore_next = time.monotonic()
            return self.reply(200, b"")
        if self.path != API + "/invocation/next":
            return self.reply(404, b"{}")
        server = self.server
        if server.first_next is None:
            server.first_next = time.monotonic()
        request_id, body = server.events.get()
        self.send_response(200)
        self.send_header("Lambda-Runtime-Aws-Request-Id", request_id)
        self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 60_000))
        self.send_header("Lambda-Runtime-Invoked-Function-Arn",
                         "arn:aws:lambda:us-east-1:000000000000:function:bench")
        self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        now = time.monotonic()
        if self.path.endswith("/response"):
            self.server.results.put(("ok", now, body))
        elif self.path.endswith("/error"):
            self.server.results.put(("error", now, body))
        self.reply(202, b"{}")


def proc_stats(pid):
    with open(f"/proc/{pid}/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    return rss / 1024.0, cpu


def first_result(server, process, log_name):
    """Waits for the cold invocation's result, failing fast when the function process dies."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            return server.results.get(timeout=0.2)
        except queue.Empty:
            if process.poll() is not None:
                raise SystemExit(f"the function exited with {process.returncode}; its output is in {log_name}")
    raise SystemExit(f"no response within 120 s; the function's output is in {log_name}")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def run(args):
    task = tempfile.mkdtemp(prefix="lambda-task-")
    with zipfile.ZipFile(args.zip) as archive:
        archive.extractall(task)
    server = RuntimeApi()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with open(args.event, "rb") as f:
        event = f.read()
    env = dict(os.environ)
    env.update({
        "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{server.port}",
        "LAMBDA_TASK_ROOT": task,
        "_HANDLER": "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest",
        "AWS_REGION": "us-east-1",
        "AWS_LAMBDA_FUNCTION_NAME": "bench",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "1024",
        "QUARKUS_FUNQY_EXPORT": args.export,
    })
    if args.snap_start:
        env["AWS_LAMBDA_INITIALIZATION_TYPE"] = "snap-start"
    for pair in args.env:
        key, value = pair.split("=", 1)
        env[key] = value
    classpath = ":".join([task, os.path.join(task, "lib", "*"), os.path.join(os.path.abspath(args.ric_dir), "*")])
    command = ["java", *args.jvm_flags.split(),
               "-cp", classpath, "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
               "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest"]
    counter = iter(range(1_000_000))
    placeholder = re.compile(rb"\{n\}")

    def next_event():
        return placeholder.sub(lambda _: str(next(counter)).encode(), event)

    def check(outcome, body, which):
        if outcome != "ok":
            raise SystemExit(f"{which} invocation failed: {body[:400]!r}")
        if args.expect and args.expect.encode() not in body:
            raise SystemExit(f"{which} response lacks {args.expect!r}: {body[:400]!r}")

    server.events.put((str(uuid.uuid4()), next_event()))
    start = time.monotonic()
    log = tempfile.NamedTemporaryFile(prefix="lambda-bench-", suffix=".log", delete=False)
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=task)
    try:
        outcome, cold_end, body = first_result(server, process, log.name)
        check(outcome, body, "cold")
        if args.save_first_response:
            with open(args.save_first_response, "wb") as f:
                f.write(body)
        warm = []
        for _ in range(args.warm):
            sent = time.monotonic()
            server.events.put((str(uuid.uuid4()), next_event()))
            outcome, end, body = server.results.get(timeout=60)
            check(outcome, body, "warm")
            warm.append((end - sent) * 1000)
        rss_mib, cpu_s = proc_stats(process.pid)
    finally:
        server.stopping = True
        process.terminate()  # SIGTERM: shutdown hooks run (a JFR recording started by JAVA_TOOL_OPTIONS is written)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        server.shutdown()
        shutil.rmtree(task, ignore_errors=True)
    init_ms = (server.first_next - start) * 1000
    snap_start = {}
    if args.snap_start:
        if server.restore_next is None:
            raise SystemExit("--snap-start: the runtime never asked for /restore/next")
        snap_start = {"snapshot_init_ms": round((server.restore_next - start) * 1000, 1),
                      "restore_to_first_response_ms": round((cold_end - server.restore_next) * 1000, 1)}
    print(json.dumps({
        "label": args.label + (" snap-start" if args.snap_start else "")
        + ("" if args.jvm_flags == DEFAULT_JVM_FLAGS else f" [{args.jvm_flags}]"),
        **snap_start,
        "init_ms": round(init_ms, 1),
        "cold_invocation_ms": round((cold_end - server.first_next) * 1000, 1),
        "cold_total_ms": round((cold_end - start) * 1000, 1),
        "warm_p50_ms": round(statistics.median(warm), 2),
        "warm_p95_ms": round(percentile(warm, 95), 2),
        "warm_p99_ms": round(percentile(warm, 99), 2),
        "cpu_s": round(cpu_s, 2),
        "peak_rss_mib": round(rss_mib, 1),
    }))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--zip", required=True)
    parser.add_argument("--ric-dir", required=True)
    parser.add_argument("--export", required=True)
    parser.add_argument("--event", required=True)
    parser.add_argument("--warm", type=int, default=50)
    parser.add_argument("--label", default="function")
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--expect", help="text every response must contain")
    parser.add_argument("--jvm-flags", default=DEFAULT_JVM_FLAGS,
                        help="the JVM options instead of the managed runtime's (to compare JAVA_TOOL_OPTIONS choices)")
    parser.add_argument("--snap-start", action="store_true",
                        help="run the init as Lambda does for a SnapStart snapshot (priming, /restore/next)")
    parser.add_argument("--save-first-response", help="file for the cold invocation's response")
    run(parser.parse_args())
