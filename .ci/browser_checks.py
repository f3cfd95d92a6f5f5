#!/usr/bin/env python3
"""Checks the built handbook in headless Chromium, as readers meet it.

Every page, at 375 px and 1280 px wide, in the light and the dark colour scheme, must have no
axe-core violations and no console errors, and no page may scroll sideways on the phone. The
theme toggle must switch and be remembered; search must find a glossary term by its aliases and
be followable by keyboard; a glossary definition must open on keyboard focus and on tap; the
menu must work by keyboard; pages must read with JavaScript off; no page may load anything from
another origin or a web font; the home page must stay under the weight budget. Screenshots of
the home page and one content page, at both widths and in both schemes, go to --screenshots.

Then it proves the checks can fail: on a copy of the site with planted defects (an image
without alt text, a low-contrast colour, an element wider than the phone, a console error, a
request to another origin, a search index without the aliases, hidden glossary definitions), each
check must report its defect.

Standard library and selenium only; axe-core comes from the axe-playwright-python package's
files (installed with --no-deps; its Python code, which needs Playwright, is never imported).
"""
import argparse
import base64
import functools
import html.parser
import http.server
import importlib.util
import json
import os
import pathlib
import shutil
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

PHONE = 375
DESKTOP = 1280
WIDTHS = {PHONE: 812, DESKTOP: 900}
SCHEMES = ("light", "dark")
WEIGHT_BUDGET = 40 * 1024
SCREENSHOT_PAGE = "/myths/"
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# The print page repeats every page's body: after its full check (phone, light), the other
# passes look at its own parts only, which keeps the run to a few minutes.
REPEATED_CONTENT = {"/print/": [".chapter > .prose"]}


def log(message):
    print(f"browser-checks: {message}", flush=True)


# The site, served on loopback ------------------------------------------------------------------

class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class SiteServer:
    """A folder served by Python's HTTP server on 127.0.0.1, on a free port, in a thread."""

    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        handler = functools.partial(QuietHandler, directory=str(self.folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return self.origin + path

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def site_pages(folder):
    """The URL path of every HTML page: `/tips/play/` for tips/play/index.html."""
    folder = pathlib.Path(folder)
    paths = []
    for file in sorted(folder.rglob("*.html")):
        relative = file.relative_to(folder).as_posix()
        paths.append("/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative))
    return paths


# The browser -------------------------------------------------------------------------------------

def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        sys.exit("browser-checks: axe-playwright-python is not installed (pip install --no-deps axe-playwright-python)")
    path = pathlib.Path(spec.origin).parent / "axe.min.js"
    if not path.exists():
        sys.exit(f"browser-checks: {path} is missing")
    return path.read_text(encoding="utf-8")


class Browser:
    """Headless Chromium through chromedriver, with the viewport, colour scheme and JavaScript
    switched through the DevTools protocol."""

    def __init__(self, axe):
        options = Options()
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-extensions", "--no-first-run", "--hide-scrollbars", "--lang=en-US",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-default-apps", "--disable-sync", "--metrics-recording-only",
                         "--no-default-browser-check", "--window-size=1280,900"):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        if binary:
            options.binary_location = binary
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        self.driver = webdriver.Chrome(service=Service(driver_path), options=options)
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)
        self.axe = axe
        self.width = None

    def quit(self):
        self.driver.quit()

    def cdp(self, command, parameters):
        return self.driver.execute_cdp_cmd(command, parameters)

    def viewport(self, width):
        self.width = width
        self.cdp("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": WIDTHS[width], "deviceScaleFactor": 1, "mobile": width == PHONE})
        self.cdp("Emulation.setTouchEmulationEnabled", {"enabled": width == PHONE, "maxTouchPoints": 5})

    def scheme(self, name, reduced_motion=False):
        self.cdp("Emulation.setEmulatedMedia", {"features": [
            {"name": "prefers-color-scheme", "value": name},
            {"name": "prefers-reduced-motion", "value": "reduce" if reduced_motion else "no-preference"}]})

    def scripts(self, enabled):
        self.cdp("Emulation.setScriptExecutionDisabled", {"value": not enabled})

    def open(self, url):
        self.driver.get(url)
        self.wait_for("return document.readyState === 'complete'")

    def run(self, script, *arguments):
        return self.driver.execute_script(script, *arguments)

    def wait_for(self, script, timeout=5.0, *arguments):
        deadline = time.monotonic() + timeout
        while True:
            value = self.driver.execute_script(script, *arguments)
            if value or time.monotonic() > deadline:
                return value
            time.sleep(0.05)

    def console_errors(self):
        """Console errors, uncaught exceptions and failed loads since the last call."""
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def axe_violations(self, only_colours=False, exclude=None):
        """axe-core's violations on the page: every rule, or only the rules about colour (which
        are all that a change of colour scheme can change); `exclude` is a list of selectors."""
        if not self.driver.execute_script("return !!window.axe"):
            self.driver.execute_script(self.axe)
        options = {"resultTypes": ["violations"]}
        if only_colours:
            options["runOnly"] = COLOUR_RULES
        context = {"include": [["html"]], "exclude": [[selector] for selector in exclude or []]}
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(arguments[0], arguments[1])"
            ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))}))))"
            ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));",
            context, options)
        return result

    def keys(self, *keys):
        ActionChains(self.driver).send_keys(*keys).perform()

    def tap(self, element):
        """A touch: pointerdown and pointerup of a touch pointer, as a finger would."""
        actions = ActionBuilder(self.driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"))
        actions.pointer_action.move_to(element).pointer_down().pause(0.05).pointer_up()
        actions.perform()

    def screenshot(self, path, full_page=False):
        parameters = {"format": "png"}
        if full_page:
            size = self.run("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            parameters.update(captureBeyondViewport=True,
                              clip={"x": 0, "y": 0, "width": size[0], "height": min(size[1], 6000), "scale": 1})
        data = self.cdp("Page.captureScreenshot", parameters)["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))


# The checks: each returns a list of problems, empty when all is well --------------------------------

def page_problems(browser, url, check_overflow, only_colours=False, exclude=None):
    """Opens a page: its console errors, its axe violations and, on the phone, sideways scrolling."""
    browser.console_errors()
    browser.open(url)
    problems = []
    for violation in browser.axe_violations(only_colours, exclude):
        problems.append(f"axe {violation['id']} ({violation['impact']}): {violation['help']}; "
                        + " | ".join(violation["nodes"]))
    if check_overflow:
        width = browser.run("return document.documentElement.scrollWidth")
        if width > PHONE:
            widest = browser.run("""
                let found = null;
                for (const e of document.body.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > arguments[0] + 1 && (!found || r.right > found.r)) found = {r: r.right, e};
                }
                return found ? found.e.tagName.toLowerCase() + (found.e.className ? '.' + found.e.className : '') : '?';""",
                PHONE)
            problems.append(f"scrolls sideways: {width} px wide at a {PHONE} px viewport (widest: {widest})")
    problems += [f"console: {message}" for message in browser.console_errors()]
    problems += browser.run("""
        const problems = [];
        const headings = document.querySelectorAll('h1').length;
        if (headings !== 1) problems.push('has ' + headings + ' h1 headings, not one');
        for (const a of document.querySelectorAll('a[href^="#"]')) {
          const id = decodeURIComponent(a.getAttribute('href').slice(1));
          if (id && !document.getElementById(id)) problems.push('in-page link to a missing id: #' + id);
        }
        return problems;""")
    return problems


def third_party_problems(browser, url, origin):
    """Anything loaded from another origin, and any web font."""
    browser.open(url)
    loaded = browser.run("return performance.getEntriesByType('resource').map(e => e.name)")
    problems = [f"loads from another origin: {name}" for name in loaded
                if not name.startswith(origin + "/") and not name.startswith("data:")]
    fonts = browser.run("return document.fonts ? document.fonts.size : 0")
    if fonts:
        problems.append(f"declares {fonts} web font(s)")
    return problems


def theme_problems(browser, site):
    """The toggle switches away from the device's scheme, is remembered across pages and reloads,
    and comes back to Auto."""
    problems = []
    for system, other in (("light", "dark"), ("dark", "light")):
        browser.scheme(system)
        browser.open(site.url("/"))
        browser.run("localStorage.clear()")
        browser.open(site.url("/"))
        toggle = browser.driver.find_element(By.CSS_SELECTOR, ".theme-toggle")
        background = "return getComputedStyle(document.body).backgroundColor"
        before = browser.run(background)
        toggle.click()
        if browser.run("return document.documentElement.getAttribute('data-theme')") != other:
            problems.append(f"theme toggle: with a {system} device, one press did not switch to {other}")
        if browser.run(background) == before:
            problems.append(f"theme toggle: the {other} theme did not change the page's background")
        browser.open(site.url(SCREENSHOT_PAGE))
        if browser.run("return document.documentElement.getAttribute('data-theme')") != other:
            problems.append(f"theme toggle: the {other} theme was not remembered on the next page")
        for violation in browser.axe_violations():
            problems.append(f"theme toggle: {other} theme chosen on a {system} device: axe {violation['id']}: "
                            + " | ".join(violation["nodes"]))
        toggle = browser.driver.find_element(By.CSS_SELECTOR, ".theme-toggle")
        toggle.click()
        toggle.click()
        if browser.run("return document.documentElement.hasAttribute('data-theme') || !!localStorage.getItem('theme')"):
            problems.append("theme toggle: three presses did not come back to Auto")
        browser.run("localStorage.clear()")
    browser.scheme("light")
    return problems


def search_index_terms(folder):
    index = json.loads((pathlib.Path(folder) / "search-index.json").read_text(encoding="utf-8"))
    return index["g"], index["p"]


def search_results(browser, text):
    field = browser.driver.find_element(By.CSS_SELECTOR, ".site-header .search-input")
    field.clear()
    browser.run("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'))", field)
    field.send_keys(text)
    browser.wait_for("const p = document.querySelector('.site-header .search-results');"
                     "return p && !p.hidden && p.querySelector('a, .search-none')", 5.0)
    return browser.run("return [...document.querySelectorAll('.site-header .search-results a')]"
                       ".map(a => a.getAttribute('href'))")


def search_problems(browser, site, folder):
    """Every glossary term and alias finds its entry first; a page title finds its page first;
    the first result is reached with the down arrow and followed with Enter; Escape closes."""
    problems = []
    terms, pages = search_index_terms(folder)
    browser.viewport(DESKTOP)
    browser.open(site.url("/"))
    queries = [(phrase, term["u"]) for term in terms for phrase in [term["t"]] + term["a"]]
    if not any(term["a"] for term in terms):
        problems.append("search: the index has no glossary aliases")
    for phrase, expected in queries:
        results = search_results(browser, phrase)
        if not results or results[0] != expected:
            problems.append(f"search: '{phrase}' gave {results[:3]} first, not {expected}")
    for page in pages[1:6]:
        results = search_results(browser, page["t"])
        if not results or results[0] != page["u"]:
            problems.append(f"search: the title '{page['t']}' gave {results[:3]} first, not {page['u']}")
    alias = next((a for t in terms for a in t["a"] if a == "skin to skin"), None) or next(
        (a for t in terms for a in t["a"]), None)
    if alias is None:
        return problems
    expected = next(t["u"] for t in terms if alias in t["a"])
    results = search_results(browser, alias)
    browser.keys(Keys.ESCAPE)
    if browser.run("return !document.querySelector('.site-header .search-results').hidden"):
        problems.append("search: Escape did not close the results")
    browser.keys(Keys.ARROW_DOWN)
    search_results(browser, alias)
    browser.keys(Keys.ARROW_DOWN)
    focused = browser.run("return document.activeElement.getAttribute('href')")
    if focused != expected:
        problems.append(f"search: the down arrow moved focus to {focused}, not the first result {expected}")
    browser.keys(Keys.ENTER)
    browser.wait_for("return location.hash !== ''", 5.0)
    where = browser.run("return location.pathname + location.hash")
    if where != expected:
        problems.append(f"search: Enter on the first result went to {where}, not {expected}")
    elif not browser.run("return !!document.querySelector(':target')"):
        problems.append(f"search: {expected} has no element with that id")
    return problems


def glossary_tip_problems(browser, site, page):
    """On the phone: Tab from the top reaches a glossary term and shows its definition; Escape
    hides it; a tap on a term shows its definition instead of leaving the page."""
    problems = []
    browser.viewport(PHONE)
    browser.open(site.url(page))
    visible = ("const t = document.getElementById(arguments[0]); if (!t) return false;"
               "const r = t.getBoundingClientRect(); return getComputedStyle(t).display !== 'none' && r.width > 0 && r.height > 0;")
    reached = None
    for _ in range(150):
        browser.keys(Keys.TAB)
        reached = browser.run("const a = document.activeElement;"
                              "return a && a.classList.contains('glossary-term') ? a.getAttribute('aria-describedby') : null")
        if reached:
            break
    if not reached:
        return problems + [f"glossary tip: Tab never reached a glossary term on {page}"]
    if not browser.run(visible, reached):
        problems.append(f"glossary tip: keyboard focus on the term did not show #{reached} on {page}")
    elif browser.run("const r = document.getElementById(arguments[0]).getBoundingClientRect(); return r.left < 0 || r.right > innerWidth", reached):
        problems.append(f"glossary tip: #{reached} does not fit on a {PHONE} px screen")
    browser.keys(Keys.ESCAPE)
    if browser.run(visible, reached):
        problems.append("glossary tip: Escape did not hide the definition")
    browser.open(site.url(page))
    term = browser.driver.find_elements(By.CSS_SELECTOR, ".prose .glossary-term")[-1]
    browser.run("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", term)
    tip = term.get_attribute("aria-describedby")
    before = browser.run("return location.href")
    browser.tap(term)
    time.sleep(0.2)
    if browser.run("return location.href") != before:
        problems.append("glossary tip: a tap on the term left the page instead of showing its definition")
    elif not browser.run(visible, tip):
        problems.append(f"glossary tip: a tap on the term did not show #{tip}")
    return problems


def menu_problems(browser, site):
    """On the phone the outline is behind a Menu button that works by keyboard; Escape closes it
    and puts focus back on the button."""
    problems = []
    browser.viewport(PHONE)
    browser.open(site.url("/tips/") if (site.folder / "tips").exists() else site.url("/"))
    shown = "return getComputedStyle(document.getElementById('site-nav')).display !== 'none'"
    if browser.run(shown):
        problems.append("menu: the outline shows on the phone before the Menu button is pressed")
    for _ in range(20):
        browser.keys(Keys.TAB)
        if browser.run("return document.activeElement.classList.contains('menu-toggle')"):
            break
    else:
        return problems + ["menu: Tab did not reach the Menu button"]
    browser.keys(Keys.ENTER)
    if not browser.run(shown) or browser.run("return document.querySelector('.menu-toggle').getAttribute('aria-expanded')") != "true":
        problems.append("menu: Enter on the Menu button did not open the outline")
    browser.keys(Keys.ESCAPE)
    if browser.run(shown) or not browser.run("return document.activeElement.classList.contains('menu-toggle')"):
        problems.append("menu: Escape did not close the outline and return focus to the button")
    return problems


def keyboard_problems(browser, site, page):
    """The first Tab reaches a visible skip link that moves to the main content; every control
    after it shows where the focus is."""
    problems = []
    browser.viewport(PHONE)
    browser.open(site.url(page))
    browser.keys(Keys.TAB)
    skip = browser.run("const a = document.activeElement, r = a.getBoundingClientRect();"
                       "return a.classList.contains('skip-link') && r.top >= 0 && r.height > 0")
    if not skip:
        problems.append("keyboard: the first Tab does not show the skip link")
    else:
        browser.keys(Keys.ENTER)
        if browser.run("return location.hash") != "#main":
            problems.append("keyboard: the skip link does not lead to #main")
    browser.open(site.url(page))
    unmarked = browser.run("return []")
    for _ in range(40):
        browser.keys(Keys.TAB)
        focused = browser.run("""
            const a = document.activeElement;
            if (!a || a === document.body) return null;
            const s = getComputedStyle(a);
            const marked = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
            return marked ? '' : a.tagName.toLowerCase() + (a.className ? '.' + a.className : '') + ' ' + (a.textContent || '').trim().slice(0, 30);""")
        if focused:
            unmarked.append(focused)
    if unmarked:
        problems.append(f"keyboard: no visible focus on {len(unmarked)} control(s), e.g. {unmarked[:3]}")
    return problems


def no_script_problems(browser, site, page):
    """With JavaScript off a page still reads, and the search form leads to the search page's advice."""
    problems = []
    browser.scripts(False)
    try:
        browser.viewport(PHONE)
        browser.open(site.url(page))
        if not browser.run("const m = document.querySelector('main h1'); return m && m.getBoundingClientRect().height > 0"):
            problems.append(f"no script: {page} shows no heading")
        if browser.run("return document.documentElement.scrollWidth") > PHONE:
            problems.append(f"no script: {page} scrolls sideways")
        field = browser.driver.find_element(By.CSS_SELECTOR, ".site-header .search-input")
        field.send_keys("crying", Keys.ENTER)
        browser.wait_for("return location.pathname.endsWith('/search/') && document.readyState === 'complete'", 5.0)
        advice = browser.run("const n = document.querySelector('.search-noscript'); return n && n.getBoundingClientRect().height > 0")
        if not browser.run("return location.pathname.endsWith('/search/')") or not advice:
            problems.append("no script: the search form did not lead to the search page's advice")
    finally:
        browser.scripts(True)
    return problems


def typography_problems(browser, site, page, report=True):
    """Body text of at least 16 px, and lines of about 60 to 75 characters on a wide screen
    (measured on the page's longest paragraph); logs what it measures."""
    problems = []
    for width in (PHONE, DESKTOP):
        browser.viewport(width)
        browser.open(site.url(page))
        size, per_line = browser.run("""
            const paragraphs = [...document.querySelectorAll('.prose > p')];
            if (!paragraphs.length) return [0, 0];
            const p = paragraphs.reduce((a, b) => b.textContent.length > a.textContent.length ? b : a);
            const style = getComputedStyle(p);
            const probe = document.createElement('span');
            probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
            probe.textContent = p.innerText.replace(/\\s+/g, ' ').trim();
            p.appendChild(probe);
            const perCharacter = probe.getBoundingClientRect().width / probe.textContent.length;
            probe.remove();
            return [parseFloat(style.fontSize), Math.round(p.clientWidth / perCharacter)];""")
        if report:
            log(f"typography at {width} px on {page}: body text {size:g} px, about {per_line} characters a line")
        if size < 16:
            problems.append(f"body text is {size:g} px at {width} px, under 16 px")
        if width == DESKTOP and not 55 <= per_line <= 80:
            problems.append(f"lines are about {per_line} characters at {width} px, not about 60 to 75")
    return problems


def reduced_motion_problems(browser, site):
    browser.scheme("light", reduced_motion=True)
    browser.open(site.url("/"))
    behaviour = browser.run("return getComputedStyle(document.documentElement).scrollBehavior")
    browser.scheme("light")
    return [] if behaviour != "smooth" else ["reduced motion: scrolling is still smooth"]


class AssetCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.assets = []

    def handle_starttag(self, tag, attributes):
        values = dict(attributes)
        if tag == "link" and values.get("rel") == "stylesheet" and values.get("href"):
            self.assets.append(values["href"])
        if tag == "script" and values.get("src"):
            self.assets.append(values["src"])


def page_weight(folder, page="index.html"):
    """(HTML, CSS, JS) bytes of a page as first loaded: the page, its stylesheets, its scripts."""
    folder = pathlib.Path(folder)
    html_text = (folder / page).read_text(encoding="utf-8")
    collector = AssetCollector()
    collector.feed(html_text)
    css = js = 0
    for asset in collector.assets:
        size = (folder / asset.lstrip("/")).stat().st_size
        if asset.endswith(".css"):
            css += size
        else:
            js += size
    return len(html_text.encode("utf-8")), css, js


def weight_problems(folder):
    html_bytes, css, js = page_weight(folder)
    total = html_bytes + css + js
    if total > WEIGHT_BUDGET:
        return [f"weight: the home page is {total} bytes (HTML {html_bytes}, CSS {css}, JS {js}), over {WEIGHT_BUDGET}"]
    return []


# The runs --------------------------------------------------------------------------------------

def screenshots(browser, site, folder):
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    taken = []
    for name, page in (("home", "/"), ("content", SCREENSHOT_PAGE)):
        for width in (PHONE, DESKTOP):
            for scheme in SCHEMES:
                browser.viewport(width)
                browser.scheme(scheme)
                browser.open(site.url(page))
                path = folder / f"{name}-{width}-{scheme}.png"
                browser.screenshot(path)
                taken.append(path.name)
    browser.viewport(PHONE)
    browser.scheme("light")
    browser.open(site.url(SCREENSHOT_PAGE))
    browser.screenshot(folder / f"content-{PHONE}-light-full.png", full_page=True)
    taken.append(f"content-{PHONE}-light-full.png")
    for width in (PHONE, DESKTOP):
        browser.viewport(width)
        browser.open(site.url("/"))
        search_results(browser, "skin to skin")
        browser.screenshot(folder / f"search-{width}-light.png")
        taken.append(f"search-{width}-light.png")
    browser.viewport(PHONE)
    browser.scheme("dark")
    browser.open(site.url(SCREENSHOT_PAGE))
    term = browser.driver.find_elements(By.CSS_SELECTOR, ".prose .glossary-term")
    if term:
        browser.run("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", term[0])
        browser.tap(term[0])
        time.sleep(0.2)
        browser.screenshot(folder / f"glossary-tip-{PHONE}-dark.png")
        taken.append(f"glossary-tip-{PHONE}-dark.png")
    browser.scheme("light")
    return taken


def check_site(browser, folder, shots):
    site = SiteServer(folder)
    failures = []

    def record(name, problems):
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        log(f"{name}: {status}")
        for problem in problems:
            log(f"  {problem}")
        failures.extend(f"{name}: {p}" for p in problems)

    try:
        pages = site_pages(folder)
        count = 0
        for width in (PHONE, DESKTOP):
            browser.viewport(width)
            for scheme in SCHEMES:
                browser.scheme(scheme)
                first_pass = width == PHONE and scheme == "light"
                problems = []
                for page in pages:
                    exclude = None if first_pass else REPEATED_CONTENT.get(page)
                    problems += [f"{page}: {p}" for p in page_problems(
                        browser, site.url(page), width == PHONE, only_colours=scheme == "dark", exclude=exclude)]
                    count += 1
                rules = "axe colour rules" if scheme == "dark" else "axe"
                record(f"{len(pages)} pages at {width} px, {scheme} ({rules}, console{', overflow' if width == PHONE else ''})",
                       problems)
        browser.viewport(DESKTOP)
        record("theme toggle", theme_problems(browser, site))
        record("search", search_problems(browser, site, folder))
        tip_page = next((p for p in pages if "class=\"glossary-term\"" in page_html(folder, p)), None)
        record("glossary tips", glossary_tip_problems(browser, site, tip_page) if tip_page else ["no page has a glossary term"])
        record("menu", menu_problems(browser, site))
        record("keyboard", keyboard_problems(browser, site, SCREENSHOT_PAGE))
        record("no script", no_script_problems(browser, site, SCREENSHOT_PAGE))
        record("reduced motion", reduced_motion_problems(browser, site))
        record("typography", typography_problems(browser, site, SCREENSHOT_PAGE))
        browser.viewport(DESKTOP)
        third = []
        for page in pages:
            third += [f"{page}: {p}" for p in third_party_problems(browser, site.url(page), site.origin)]
        record("no third-party requests, no web fonts", third)
        record("weight", weight_problems(folder))
        html_bytes, css, js = page_weight(folder)
        log(f"home page weight: HTML {html_bytes} + CSS {css} + JS {js} = {html_bytes + css + js} bytes")
        later = [pathlib.Path(folder) / "assets" / "search.js", pathlib.Path(folder) / "search-index.json"]
        if all(path.exists() for path in later):
            log(f"first use of the search box loads search.js ({later[0].stat().st_size} bytes) and "
                f"search-index.json ({later[1].stat().st_size} bytes)")
        if shots:
            taken = screenshots(browser, site, shots)
            log(f"screenshots: {len(taken)} in {shots}: {', '.join(taken)}")
        log(f"{count} page loads checked with axe-core")
    finally:
        site.stop()
    return failures


def page_html(folder, page):
    path = pathlib.Path(folder) / page.lstrip("/")
    if page.endswith("/"):
        path = path / "index.html"
    return path.read_text(encoding="utf-8")


def plant(folder, page, snippet, before="</main>"):
    path = pathlib.Path(folder) / page.lstrip("/") / "index.html"
    text = path.read_text(encoding="utf-8")
    assert before in text, f"{before} not in {path}"
    path.write_text(text.replace(before, snippet + before, 1), encoding="utf-8")


def check_planted(browser, folder):
    """Each check must catch its planted defect on a copy of the site."""
    copy = pathlib.Path(tempfile.mkdtemp(prefix="handbook-planted-"))
    failures = []
    try:
        site_copy = copy / "site"
        shutil.copytree(folder, site_copy)
        pages = [p for p in site_pages(site_copy) if p.endswith("/") and p != "/"]
        target = next(p for p in pages if "class=\"glossary-term\"" in page_html(site_copy, p))
        site = SiteServer(site_copy)
        try:
            other_origin = f"http://localhost:{site.port}"
            plant(site_copy, "/", '<p><img src="/assets/favicon.svg" width="20" height="20"></p>')
            plant(site_copy, pages[0], '<style>.prose p { color: #b8b8b8 !important; }</style>', before="</head>")
            plant(site_copy, pages[1], '<div style="width: 600px; height: 4px"></div>')
            plant(site_copy, pages[2], '<script>console.error("planted console error")</script>')
            plant(site_copy, pages[3], f'<link rel="stylesheet" href="{other_origin}/assets/style.css">', before="</head>")
            plant(site_copy, pages[4], "<style>:root[data-theme], :root { --text-planted: #4a4a4a; }"
                  " @media (prefers-color-scheme: dark) { .prose p { color: var(--text-planted) !important; } }</style>",
                  before="</head>")
            plant(site_copy, target, '<style>.glossary-tip { display: none !important; }</style>', before="</head>")
            plant(site_copy, pages[5], '<style>:focus-visible { outline: none !important; }</style>', before="</head>")
            plant(site_copy, pages[6], '<p><a href="#no-such-id">a broken in-page link</a></p><h1>A second h1</h1>')
            plant(site_copy, pages[7], '<style>.prose p { font-size: 13px !important; }</style>', before="</head>")
            index = site_copy / "search-index.json"
            data = json.loads(index.read_text(encoding="utf-8"))
            for term in data["g"]:
                term["a"] = []
            index.write_text(json.dumps(data), encoding="utf-8")
            big = site_copy / "assets" / "style.css"
            big.write_text(big.read_text(encoding="utf-8") + "/*" + "x" * WEIGHT_BUDGET + "*/", encoding="utf-8")

            browser.viewport(PHONE)
            browser.scheme("light")
            cases = [
                ("an image without alt text", page_problems(browser, site.url("/"), False), "axe image-alt"),
                ("a low-contrast colour", page_problems(browser, site.url(pages[0]), False), "axe color-contrast"),
                ("an element 600 px wide", page_problems(browser, site.url(pages[1]), True), "scrolls sideways"),
                ("a console error", page_problems(browser, site.url(pages[2]), False), "console:"),
                ("a stylesheet from another origin", third_party_problems(browser, site.url(pages[3]), site.origin),
                 "loads from another origin"),
                ("a search index without aliases", search_problems(browser, site, site_copy), "search:"),
                ("hidden glossary definitions", glossary_tip_problems(browser, site, target), "glossary tip:"),
                ("a home page over the weight budget", weight_problems(site_copy), "weight:"),
                ("focus without an outline", keyboard_problems(browser, site, pages[5]), "keyboard: no visible focus"),
                ("a broken in-page link", page_problems(browser, site.url(pages[6]), False), "in-page link to a missing id"),
                ("a second h1", page_problems(browser, site.url(pages[6]), False), "h1 headings, not one"),
                ("13 px body text", typography_problems(browser, site, pages[7], report=False), "under 16 px"),
            ]
            if page_problems(browser, site.url(pages[4]), False, only_colours=True):
                log("the dark-only planted colour was reported in the light scheme; the colour scheme is not emulated")
                failures.append("the light scheme is not emulated")
            browser.scheme("dark")
            cases.append(("a low-contrast colour in the dark scheme only",
                          page_problems(browser, site.url(pages[4]), False, only_colours=True), "axe color-contrast"))
            browser.scheme("light")
            for name, problems, expected in cases:
                caught = [p for p in problems if expected in p]
                if caught:
                    log(f"planted {name}: caught ({caught[0][:140]})")
                else:
                    log(f"planted {name}: NOT caught; the check is not working ({problems[:3]})")
                    failures.append(f"planted {name} was not caught")
        finally:
            site.stop()
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="the built site (a folder)")
    parser.add_argument("--screenshots", help="where to write the screenshots")
    parser.add_argument("--skip-planted", action="store_true", help="do not prove the checks on planted defects")
    arguments = parser.parse_args()
    started = time.monotonic()
    browser = Browser(axe_source())
    try:
        failures = [] if arguments.skip_planted else check_planted(browser, arguments.site)
        if failures:
            log("a check did not catch its planted defect; not trusting its results")
        failures += check_site(browser, arguments.site, arguments.screenshots)
    except WebDriverException as error:
        log(f"the browser failed: {error.msg}")
        failures = ["the browser failed"]
    finally:
        browser.quit()
    elapsed = time.monotonic() - started
    if failures:
        log(f"{len(failures)} problem(s) in {elapsed:.0f} s")
        return 1
    log(f"every check passed in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
