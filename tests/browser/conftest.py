"""Browser fixtures: the sample site built once, a sub-path HTTP server, headless Chromium.

The tests load the built site in headless Chromium driven by Selenium and log every request the
page makes (Chrome DevTools performance log). Any request that is not to the local test server
(or, for the offline build, not a file: URL) fails the test, and so does any request the server
sees outside the sub-path the site is hosted under.

Chromium, chromedriver and selenium are looked up on the machine: without them the tests skip
with a reason, except when CI=true, where they fail (.ci/run installs them).
"""
from __future__ import annotations

import base64
import http.server
import json
import os
import re
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest

from ..sample import REPO, jianbao, make_project, missing

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCREENSHOTS = REPO / "build" / "screenshots"
PREFIX = "/fupin/jianbao/"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
    "--disable-default-apps", "--disable-sync", "--no-default-browser-check",
    "--lang=zh-CN", "--window-size=1280,1000",
    # belt and braces: no host name resolves, so even a request the tests missed cannot leave
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
)
# schemes a page may use without any request leaving the host
INLINE_SCHEMES = ("data", "blob", "about", "javascript")
WAIT = 15  # seconds for anything to appear



@dataclass(frozen=True)
class Tools:
    chromium: str
    chromedriver: str


@pytest.fixture(scope="session")
def tools() -> Tools:
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing("selenium is not installed (pip install -e '.[test]')")
    chromium = next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)
    driver = shutil.which("chromedriver") or next(
        (p for p in ("/usr/lib/chromium/chromedriver", "/usr/lib/chromium-browser/chromedriver") if Path(p).is_file()), None)
    if not chromium or not driver:
        missing("chromium and chromedriver are needed for the browser tests "
              "(Debian: apt-get install chromium chromium-driver)")
    return Tools(chromium, driver)


# --- the site -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Article:
    page: str      # path of the issue page inside the site, e.g. issues/x/2021-005.html
    anchor: str    # a1, a2, …
    title: str
    text: str      # the article's section as plain text (heading to next heading)
    body: str      # the same without the facts line (authors, source, places, themes)


@dataclass
class Built:
    project: Path
    site: Path          # `jianbao build`
    offline: Path       # `jianbao build --offline`
    seconds: dict[str, float] = field(default_factory=dict)

    def articles(self) -> list[Article]:
        return site_articles(self.site)

    def article(self, title_part: str) -> Article:
        found = [a for a in self.articles() if title_part in a.title]
        assert len(found) == 1, f"{len(found)} articles titled like {title_part!r}"
        return found[0]

    def place_page(self, name: str) -> str:
        for page in sorted(self.site.glob("places/*.html")):
            m = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.S)
            if m and name in _text(m.group(1)):
                return page.relative_to(self.site).as_posix()
        raise AssertionError(f"no place page for {name}")


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def site_articles(site: Path) -> list[Article]:
    """Every article of every issue page, read from the built HTML (h2 id="aN")."""
    out = []
    for page in sorted(site.glob("issues/*/*.html")):
        html = page.read_text(encoding="utf-8")
        heads = list(re.finditer(r'<h2 id="(a\d+)"[^>]*>(.*?)</h2>', html, re.S))
        for i, m in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else html.find("</article>", m.end())
            section = html[m.start():end if end > 0 else None]
            title = _text(re.sub(r'<a class="headerlink".*?</a>', "", m.group(2), flags=re.S)).strip()
            body = re.sub(r'<p[^>]*class="[^"]*jb-facts[^"]*"[^>]*>.*?</p>', "", section, flags=re.S)
            out.append(Article(page.relative_to(site).as_posix(), m.group(1), title, _text(section), _text(body)))
    return out


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Built:
    """The sample archive plus the browser fixtures (a 那坡县 issue, hostile text, a second 凌云县
    issue so that a place has values on two dates and a time chart), built once
    normally and once with --offline (into site/ and site-offline/)."""
    reuse = os.environ.get("JIANBAO_BROWSER_PROJECT")  # for working on the tests: a project built before
    if reuse:
        project = Path(reuse)
        assert (project / "site" / "index.html").is_file() and (project / "site-offline" / "index.html").is_file()
        return Built(project, project / "site", project / "site-offline")
    projects = {}
    for name in ("online", "offline"):  # two copies, built side by side: content/ is per project
        projects[name] = make_project(tmp_path_factory.mktemp(f"browser-{name}"))
        for f in sorted(FIXTURES.glob("*.txt")):
            shutil.copy2(f, projects[name] / "bulletins" / f.name)
    commands = {
        "online": ["build", "--project", str(projects["online"])],
        "offline": ["build", "--offline", "--project", str(projects["offline"]),
                    "--site-dir", str(projects["offline"] / "site-offline")],
    }
    t = time.perf_counter()
    with ThreadPoolExecutor(2) as pool:
        done = dict(zip(commands, pool.map(lambda args: jianbao(*args), commands.values())))
    for name, proc in done.items():
        assert proc.returncode == 0, f"jianbao {' '.join(commands[name])}\n{proc.stdout}{proc.stderr}"
    return Built(projects["online"], projects["online"] / "site", projects["offline"] / "site-offline",
                 {"builds": time.perf_counter() - t})


# --- the sub-path server ------------------------------------------------------------------------

class PrefixServer:
    """A threaded static server that serves ``site`` only under PREFIX and records every path; a
    missing page under PREFIX gets the site's 404.html."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.paths: list[str] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(site), **kwargs)

            def _route(self) -> bool:
                with owner._lock:
                    owner.paths.append(self.path)
                if not urlsplit(self.path).path.startswith(PREFIX):
                    self.send_error(404, "outside the site's prefix")
                    return False
                return True

            def translate_path(self, path: str) -> str:
                rest = urlsplit(path).path[len(PREFIX) - 1:]
                return super().translate_path(rest)

            def send_error(self, code, message=None, explain=None):
                # a missing page of the site gets the site's error page, as an intranet server
                # configured for it sends (nginx: error_page 404 /fupin/jianbao/404.html)
                page = site / "404.html"
                if code != 404 or not urlsplit(self.path).path.startswith(PREFIX) or not page.is_file():
                    return super().send_error(code, message, explain)
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def do_GET(self):
                if self._route():
                    super().do_GET()

            def do_HEAD(self):
                if self._route():
                    super().do_HEAD()

            def do_POST(self):
                self._route()
                self.send_error(405)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.base = self.origin + PREFIX
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, page: str = "") -> str:
        return self.base + quote(page, safe="/?=&#%")

    def take(self) -> list[str]:
        with self._lock:
            paths, self.paths = self.paths, []
        return paths

    def outside(self, paths: list[str]) -> list[str]:
        return [p for p in paths if not urlsplit(p).path.startswith(PREFIX)]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def server(built) -> PrefixServer:
    srv = PrefixServer(built.site)
    yield srv
    srv.close()


# --- the browser --------------------------------------------------------------------------------

@dataclass
class Traffic:
    requests: list[str] = field(default_factory=list)        # every URL the page asked for
    failed: list[str] = field(default_factory=list)          # loading failed (net::ERR_…)
    bad_status: list[str] = field(default_factory=list)      # HTTP status >= 400
    console: list[str] = field(default_factory=list)         # console errors and exceptions


class Browser:
    """A Selenium Chrome driver with the performance log read into :class:`Traffic`."""

    def __init__(self, driver) -> None:
        self.driver = driver
        self.traffic = Traffic()
        self._urls: dict[str, str] = {}
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": ALERT_TRAP})

    # traffic
    def collect(self) -> Traffic:
        for entry in self.driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            method, params = msg.get("method"), msg.get("params", {})
            if method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                self._urls[params["requestId"]] = url
                self.traffic.requests.append(url)
            elif method == "Network.webSocketCreated":
                self.traffic.requests.append(params["url"])
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                url = self._urls.get(params["requestId"], params["requestId"])
                self.traffic.failed.append(f"{url}: {params.get('errorText')}")
            elif method == "Network.responseReceived":
                status = params["response"].get("status", 0)
                if status >= 400:
                    self.traffic.bad_status.append(f"{params['response']['url']}: {status}")
        for entry in self.driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                self.traffic.console.append(entry["message"])
        return self.traffic

    def reset(self) -> None:
        self.collect()
        self.traffic = Traffic()

    # pages
    def open(self, url: str) -> None:
        self.driver.get(url)
        self.wait_ready()

    def wait_ready(self) -> None:
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete")

    def wait(self, condition, timeout: float = WAIT, message: str = ""):
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(condition, message)

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def css(self, selector: str):
        from selenium.webdriver.common.by import By

        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def alerts(self) -> int:
        """Alert/confirm/prompt calls on the current page (trapped), plus any dialog left open."""
        from selenium.common.exceptions import NoAlertPresentException

        try:
            self.driver.switch_to.alert.dismiss()
            open_dialog = 1
        except NoAlertPresentException:
            open_dialog = 0
        return open_dialog + (self.js("return window.__jbAlerts || 0") or 0)

    def unloaded_media(self) -> list[str]:
        """<img> that did not load and <object> whose data did not render, on the current page."""
        return self.js(UNLOADED_MEDIA)

    def screenshot(self, name: str) -> Path:
        """A full-page PNG in build/screenshots/: the viewport is made as tall as the page first."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        cdp = self.driver.execute_cdp_cmd
        width, _ = self.js("return [window.innerWidth, window.innerHeight]")
        height = min(int(self.js("return document.documentElement.scrollHeight")), 8000)
        cdp("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        try:
            self.js("window.scrollTo(0, 0)")
            self.driver.execute_async_script(
                "const done = arguments[0]; document.fonts.ready.then(() => setTimeout(done, 500))")
            shot = cdp("Page.captureScreenshot", {"format": "png"})
        finally:
            cdp("Emulation.clearDeviceMetricsOverride", {})
        path = SCREENSHOTS / name
        path.write_bytes(base64.b64decode(shot["data"]))
        return path


ALERT_TRAP = """
(() => {
  const trap = () => { window.__jbAlerts = (window.__jbAlerts || 0) + 1; };
  window.alert = trap; window.confirm = () => { trap(); return false; }; window.prompt = () => { trap(); return null; };
})();
"""

UNLOADED_MEDIA = """
const bad = [];
for (const img of document.images) {
  if (!img.complete || img.naturalWidth === 0) bad.push('img ' + (img.currentSrc || img.src));
}
for (const obj of document.querySelectorAll('object')) {
  let ok = false;
  try { ok = !!(obj.contentDocument && obj.contentDocument.documentElement); } catch (e) { ok = false; }
  // file: pages cannot look into an <object>'s document: fall back on its rendered size
  if (!ok && location.protocol === 'file:') ok = obj.getBoundingClientRect().height > 0;
  if (!ok) bad.push('object ' + obj.data);
}
return bad;
"""


def _chrome(tools: Tools, profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not try to download anything
    options = Options()
    options.binary_location = tools.chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    options.set_capability("unhandledPromptBehavior", "ignore")
    return webdriver.Chrome(options=options, service=Service(executable_path=tools.chromedriver))


@pytest.fixture(scope="session")
def chrome(tools, tmp_path_factory):
    driver = _chrome(tools, tmp_path_factory.mktemp("chromium-profile"))
    driver.set_page_load_timeout(60)
    yield Browser(driver)
    driver.quit()


@pytest.fixture()
def browser(chrome, server):
    """The browser for one test against the sub-path server. After the test: no request may have
    gone anywhere but the test server, and the server must have seen nothing outside the prefix."""
    chrome.reset()
    server.take()
    yield chrome
    traffic = chrome.collect()
    outside = [u for u in traffic.requests
               if urlsplit(u).scheme not in INLINE_SCHEMES and not u.startswith(server.base)]
    assert not outside, "requests that left the site's prefix:\n" + "\n".join(outside)
    assert not server.outside(server.take()), "the server was asked for paths outside " + PREFIX


@pytest.fixture()
def file_browser(chrome):
    """The browser for one test against the offline build opened from file://."""
    chrome.reset()
    yield chrome
    traffic = chrome.collect()
    outside = [u for u in traffic.requests if urlsplit(u).scheme not in ("file", *INLINE_SCHEMES)]
    assert not outside, "requests that were not file: URLs:\n" + "\n".join(outside)


def page_path(url: str, base: str) -> str:
    """The site path of a URL (query and fragment removed, percent-decoded)."""
    assert url.startswith(base), f"{url} is not under {base}"
    return unquote(urlsplit(url[len(base):]).path)
