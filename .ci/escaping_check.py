#!/usr/bin/env python3
"""Loads a handbook built from hostile input in headless Chromium and checks that nothing ran.

The fixture Tests/HandbookCLITests/Fixtures/bad-input/hostile holds markup in every field an
editor fills in: titles, descriptions, the outline, glossary terms and aliases, source records,
citation locators, file names and page text. Every payload would set window.__pwned if it ran.
The fixture is copied to a temporary folder with the handbook's own templates/, built with the
real binary, served on loopback, and every page (and the search page with queries that match the
payloads) is loaded. A page fails when window.__pwned is set, a dialog opened, or its DOM holds
an event-handler attribute or a javascript: URL (payloads that would run on a click or a hover).

First it proves the check can fail: three planted pages, one with a script that runs, one with a
javascript: link and one that opens a dialog, must each be reported.

Needs chromium and chromium-driver (Debian) and selenium (PyPI); nothing is fetched from
anywhere else. Standard library and selenium only.
"""
import argparse
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests" / "HandbookCLITests" / "Fixtures" / "bad-input" / "hostile"
SEARCHES = ["pwned", "script", "img", "haven", "onerror", "title"]
SETTLE_SECONDS = 0.4

# Defines dialogs away before any script of the page runs, so a payload that calls one is seen.
DIALOG_TRAP = """
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = function () { window.__pwned = "called " + name; };
}
"""

# Markup that would run on a click, a hover or a focus: on* attributes, javascript: URLs.
STATIC_PROBLEMS = """
const problems = [];
for (const element of document.querySelectorAll("*")) {
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    const value = attribute.value.trim().toLowerCase().replace(/[\\s\\u0000-\\u001f]/g, "");
    if (name.startsWith("on")) {
      problems.push("<" + element.localName + "> has the event handler " + name);
    }
    if (["href", "src", "action", "formaction", "xlink:href", "data"].includes(name)
        && value.startsWith("javascript:")) {
      problems.push("<" + element.localName + "> has a javascript: URL in " + name);
    }
  }
}
return problems;
"""


def log(message):
    print(f"escaping-check: {message}", flush=True)


def find_binary(explicit):
    """--binary, $HANDBOOK_BINARY, or the newer of the release and debug builds."""
    for candidate in [explicit, os.environ.get("HANDBOOK_BINARY")]:
        if candidate:
            return candidate
    built = [path for path in (ROOT / ".build" / "release" / "handbook", ROOT / ".build" / "debug" / "handbook")
             if os.access(path, os.X_OK)]
    if not built:
        sys.exit("escaping-check: no handbook binary; run 'make test' or 'make release', or pass --binary")
    return str(max(built, key=lambda path: path.stat().st_mtime))


def build_hostile_site(binary, workdir):
    """Copies the fixture and the real templates into workdir/site and builds it."""
    site = workdir / "site"
    shutil.copytree(FIXTURE, site)
    shutil.copytree(ROOT / "templates", site / "templates")
    result = subprocess.run([binary, "build", "--root", str(site)], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"escaping-check: the hostile site did not build:\n{result.stderr}")
    return site / "public"


def serve(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def make_driver():
    os.environ["SE_OFFLINE"] = "true"
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900"]:
        options.add_argument(argument)
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    driver_path = shutil.which("chromedriver")
    if not driver_path:
        sys.exit("escaping-check: chromedriver is not installed")
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": DIALOG_TRAP})
    return driver


def page_urls(folder, base):
    """Every HTML page of the site, and the search page with queries that match the payloads."""
    urls = []
    for path in sorted(folder.rglob("*.html")):
        relative = path.relative_to(folder).as_posix()
        urls.append(base + "/" + urllib.parse.quote(relative))
    if (folder / "search" / "index.html").exists():
        urls += [f"{base}/search/?q={urllib.parse.quote(query)}" for query in SEARCHES]
    return urls


def problems_on(driver, url):
    driver.get(url)
    deadline = time.time() + 10
    while driver.execute_script("return document.readyState") != "complete" and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(SETTLE_SECONDS)  # failing images fire onerror, deferred scripts run
    problems = []
    try:
        alert = driver.switch_to.alert
        problems.append(f"a dialog opened: {alert.text!r}")
        alert.dismiss()
    except NoAlertPresentException:
        pass
    pwned = driver.execute_script("return window.__pwned === undefined ? null : String(window.__pwned)")
    if pwned is not None:
        problems.append(f"a payload ran: window.__pwned is {pwned!r}")
    problems += driver.execute_script(STATIC_PROBLEMS)
    return problems


def plant_defects(public, workdir):
    """A copy of the site with three pages the check must report."""
    planted = workdir / "planted"
    shutil.copytree(public, planted)
    pages = {
        "planted-script.html": "<!DOCTYPE html><title>x</title><p>text<script>window.__pwned=1</script>",
        "planted-link.html": '<!DOCTYPE html><title>x</title><a href=" JavaScript:void(0)">a link</a>',
        "planted-dialog.html": "<!DOCTYPE html><title>x</title><script>alert(1)</script>",
    }
    for name, text in pages.items():
        (planted / name).write_text(text)
    return planted, sorted(pages)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", help="the handbook binary (default: .build/release or .build/debug)")
    arguments = parser.parse_args()
    binary = find_binary(arguments.binary)
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="handbook-escaping-"))
    driver = None
    try:
        public = build_hostile_site(binary, workdir)
        planted, planted_pages = plant_defects(public, workdir)
        driver = make_driver()

        server, base = serve(planted)
        missed = [name for name in planted_pages if not problems_on(driver, f"{base}/{name}")]
        server.shutdown()
        if missed:
            sys.exit(f"escaping-check: the check cannot fail: it missed the planted {', '.join(missed)}")
        log(f"the check reports each of the {len(planted_pages)} planted pages")

        server, base = serve(public)
        urls = page_urls(public, base)
        failures = {}
        for url in urls:
            problems = problems_on(driver, url)
            if problems:
                failures[url] = problems
        # The search page must have shown the payloads, as text, for the check to mean anything.
        shown = ""
        if (public / "search" / "index.html").exists():
            problems_on(driver, f"{base}/search/?q=pwned")
            shown = driver.execute_script("return document.querySelector('main').innerText")
        server.shutdown()
        if (public / "search" / "index.html").exists() and "window.__pwned=1" not in shown:
            failures["/search/?q=pwned"] = ["the search found none of the payloads, so its results were not checked"]
        for url, problems in failures.items():
            for problem in problems:
                log(f"{url[len(base):]}: {problem}")
        if failures:
            sys.exit(f"escaping-check: hostile input ran or could run on {len(failures)} of {len(urls)} pages")
        log(f"{len(urls)} pages built from hostile input: nothing ran, no handler or javascript: URL")
    finally:
        if driver:
            driver.quit()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
