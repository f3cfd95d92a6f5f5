#!/usr/bin/env python3
"""Edit-to-reload latency of `handbook serve`: the time from writing one page's file to the
reload event for that page reaching a connected Server-Sent Events client.

    python3 bench/serve_latency.py .build/release/handbook bench-out/corpus-1000 [--edits 20]

Starts `handbook serve --port 0` on the site (loopback only), waits for the first build,
connects to /__handbook/events like an open page, then edits one page N times (appending a
sentence, then putting it back), each time timing from the write to the `reload` event that
names the page's URL. Prints every edit, then the median, min, max and the rebuild times the
server printed. The page is restored afterwards. Standard library only.
"""

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="the handbook executable")
    parser.add_argument("site", help="the site root (a corpus made by bench/gen_corpus.py)")
    parser.add_argument("--edits", type=int, default=20, help="how many edits to time (default 20)")
    parser.add_argument("--page", help="the page to edit, relative to the root (default: the first numbered page)")
    parser.add_argument("--pause", type=float, default=0.5, help="seconds between edits (default 0.5)")
    return parser.parse_args()


def first_page(site):
    """The first numbered page of a corpus (content/part-01/page-00001.md), else the first page."""
    candidates = []
    for folder, names, files in os.walk(os.path.join(site, "content")):
        for name in files:
            if name.endswith(".md") and name not in ("SUMMARY.md", "index.md") and "glossary" not in folder:
                path = os.path.relpath(os.path.join(folder, name), site)
                candidates.append((not re.match(r"page-\d+\.md$", name), path))
    if not candidates:
        sys.exit("no page to edit under content/")
    return min(candidates)[1]


def page_url(page):
    path = page[len("content/"):-len(".md")]
    if path == "index":
        return "/"
    if path.endswith("/index"):
        path = path[:-len("index")]
        return "/" + path
    return "/" + path + "/"


class ServerOutput:
    """Reads the server's standard output and error on threads, keeping every line."""

    def __init__(self, process):
        self.lines = []
        self.lock = threading.Lock()
        for stream in (process.stdout, process.stderr):
            threading.Thread(target=self.read, args=(stream,), daemon=True).start()

    def read(self, stream):
        for line in stream:
            with self.lock:
                self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern, timeout, start=0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                for index in range(start, len(self.lines)):
                    match = re.search(pattern, self.lines[index])
                    if match:
                        return index, match
            time.sleep(0.01)
        with self.lock:
            sys.exit("timed out waiting for %r; the server said:\n%s" % (pattern, "\n".join(self.lines[-20:])))


class EventStream:
    """A page's connection to the reload channel, read event by event."""

    def __init__(self, port):
        self.socket = socket.create_connection(("127.0.0.1", port))
        self.socket.sendall(b"GET /__handbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buffer = b""

    def next_event(self, timeout):
        deadline = time.monotonic() + timeout
        while True:
            match = re.search(rb"event: ([a-z-]+)\ndata: ([^\n]*)\n\n", self.buffer)
            if match:
                self.buffer = self.buffer[match.end():]
                return match.group(1).decode(), match.group(2).decode()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            self.socket.settimeout(remaining)
            try:
                chunk = self.socket.recv(65536)
            except socket.timeout:
                return None
            if not chunk:
                return None
            self.buffer += chunk


def measure(binary, site, edits=20, page=None, pause=0.5, report=print):
    """Edits `page` (default: the first numbered page) of `site` `edits` times under
    `handbook serve`; returns the latencies in milliseconds, in edit order."""
    site = os.path.abspath(site)
    page = page or first_page(site)
    url = page_url(page)
    page_path = os.path.join(site, page)
    with open(page_path, encoding="utf-8") as file:
        original = file.read()

    server = subprocess.Popen([binary, "serve", "--root", site, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    output = ServerOutput(server)
    latencies = []
    try:
        _, serving = output.wait_for(r"serving http://127\.0\.0\.1:(\d+)/", 60)
        port = int(serving.group(1))
        first_build, built = output.wait_for(r"^built in (.*?)[:,]", 600)
        report("first build: %s; editing %s (%s)" % (built.group(1), page, url))
        events = EventStream(port)
        if not events.next_event(10):
            sys.exit("no hello from the reload channel")

        line = first_build + 1
        for edit in range(edits):
            text = original if edit % 2 else original + "\nEdit number %d of the benchmark.\n" % edit
            with open(page_path, "w", encoding="utf-8") as file:
                file.write(text)
            written = time.perf_counter()
            while True:
                event = events.next_event(120)
                if event is None:
                    sys.exit("no reload event after edit %d" % edit)
                name, data = event
                if name == "reload" and ('"all":true' in data or '"%s"' % url in data):
                    break
            latency = time.perf_counter() - written
            latencies.append(latency * 1000)
            line, rebuilt = output.wait_for(r"^rebuilt in (.*?)[:,]", 60, start=line)
            line += 1
            report("edit %2d: %7.1f ms to the reload event (server: rebuilt in %s)" % (edit + 1, latency * 1000, rebuilt.group(1)))
            time.sleep(pause)
    finally:
        with open(page_path, "w", encoding="utf-8") as file:
            file.write(original)
        server.send_signal(signal.SIGINT)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
    return latencies


def main():
    arguments = parse_arguments()
    milliseconds = sorted(measure(arguments.binary, arguments.site, arguments.edits, arguments.page, arguments.pause))
    print("edits: %d  median: %.1f ms  min: %.1f ms  max: %.1f ms" % (
        len(milliseconds), statistics.median(milliseconds), milliseconds[0], milliseconds[-1]))


if __name__ == "__main__":
    main()
