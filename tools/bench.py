"""Scale benchmark: ``python tools/bench.py 100 1000`` (or ``make bench SIZES="100 1000"``).

For each size N: a synthetic archive of N issues (tools/bench_corpus.py) in a temporary copy of
the project, ``jianbao build``, and what it cost: generator and mkdocs time, wall time, peak
memory, the size of site/, of its largest page, of one fixed issue page (the corpus' first issue,
the same at every size), of the search index, and what a browser downloads and how long it waits
for the results of a query: 那坡县, the same narrowed by a year and by a place filter (sorted by
date), and two words (both must occur). Then a bare baseline — the same issue pages in a plain
mkdocs-material project with its default navigation and search (lang: zh) — and incremental
rebuilds: after adding the newest issue (the weekly case, three weeks in a row), then after adding
one that falls inside the archive (an older issue arriving late).

The table is printed and written to build/bench/results.md. Nothing here is a test: timings
depend on the machine and never gate CI.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from urllib.parse import quote
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

import bench_corpus  # noqa: E402

OUT = REPO / "build" / "bench"
QUERY = "那坡县"
# Runs a command and reports the peak memory of it and everything it started, together: the sum of
# the processes' proportional set sizes (shared pages counted once; a forked child shares most of
# its parent's), sampled every second on Linux (reading a large process's smaps costs ~10 ms), and
# at least the largest single process's peak.
_RSS_WRAPPER = ("import resource, subprocess, sys, time\n"
                "def tree(pid):\n"
                "    try:\n"
                "        kids = open(f'/proc/{pid}/task/{pid}/children').read().split()\n"
                "    except OSError:\n"
                "        kids = []\n"
                "    return [pid] + [p for k in kids for p in tree(int(k))]\n"
                "def pss(pid):\n"
                "    try:\n"
                "        return sum(int(l.split()[1]) for l in open(f'/proc/{pid}/smaps_rollup') if l.startswith('Pss:'))\n"
                "    except OSError:\n"
                "        return 0\n"
                "proc = subprocess.Popen(sys.argv[2:])\n"
                "peak = 0\n"
                "while True:\n"
                "    peak = max(peak, sum(pss(p) for p in tree(proc.pid)))\n"
                "    try:\n"
                "        proc.wait(timeout=1.0)\n"  # not sleep: the command's end is seen at once
                "        break\n"
                "    except subprocess.TimeoutExpired:\n"
                "        pass\n"
                "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
                "open(sys.argv[1], 'w').write(f'{max(peak, r.ru_maxrss)} {r.ru_utime + r.ru_stime}')\n"
                "sys.exit(proc.returncode)\n")


@dataclass
class Run:
    seconds: float  # wall
    peak_mb: float
    output: str
    code: int
    cpu: float = 0.0  # user + system seconds of the command and everything it started


def measured(cmd: list[str], cwd: Path, env: dict | None = None, timeout: int = 3600) -> Run:
    with tempfile.NamedTemporaryFile(suffix=".rss", delete=False) as f:
        rss_file = f.name
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _RSS_WRAPPER, rss_file, *cmd], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - t
    try:
        rss, cpu = (Path(rss_file).read_text() or "0 0").split()
    finally:
        os.unlink(rss_file)
    return Run(seconds, int(rss) / 1024, proc.stdout + proc.stderr, proc.returncode, float(cpu))  # KiB → MiB


def project_copy(root: Path) -> Path:
    """The files a build needs (as tests/sample.py copies them), without the sample bulletins."""
    from tests.sample import PROJECT_FILES
    for name in PROJECT_FILES:
        if name == "bulletins":
            continue
        src, dst = REPO / name, root / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst)
        elif src.exists():
            shutil.copy2(src, dst)
    return root


CODE: Path | None = None  # a snapshot of generator/: see snapshot_code


def snapshot_code(workdir: Path) -> Path:
    """Builds run a copy of generator/ taken when the benchmark starts, so that edits to the working
    tree during a long run neither mix versions nor invalidate the parse cache before the
    "add one issue" rebuild (the cache key hashes the code)."""
    global CODE
    CODE = workdir / "code"
    shutil.rmtree(CODE, ignore_errors=True)
    shutil.copytree(REPO / "generator", CODE / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    return CODE


def jianbao_build(project: Path) -> tuple[Run, dict[str, float], int]:
    run = measured([sys.executable, "-m", "generator.cli", "build", "--project", str(project)], cwd=CODE or REPO)
    if run.code not in (0, 1) or "网站已生成" not in run.output:
        raise SystemExit(f"build failed in {project}:\n{run.output[-3000:]}")
    seconds = {}
    m = re.search(r"用时 / seconds: (.*)", run.output)
    if m:
        for part in m.group(1).split(","):
            key, _, value = part.strip().rpartition(" ")
            try:
                seconds[key] = float(value)
            except ValueError:
                pass
    m = re.search(r"本次改写 (\d+)", run.output)
    return run, seconds, int(m.group(1)) if m else -1


def generator_seconds(seconds: dict[str, float]) -> float:
    """read+parse and render (which includes writing the search index); everything but mkdocs."""
    if "read+parse" in seconds and "render" in seconds:
        return seconds["read+parse"] + seconds["render"]
    return sum(v for k, v in seconds.items() if k != "mkdocs")


def tree_bytes(folder: Path, pattern: str = "*") -> tuple[int, int]:
    files = [p for p in folder.rglob(pattern) if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def first_issue_page(project: Path) -> Path | None:
    """The built page of issue 0 of the corpus, found the way the generator names it."""
    from generator.store.archive import load_issue
    from generator.store.slugs import issue_slug, pinyin_slug
    name, _ = bench_corpus.issue_text(0)
    issue, _ = load_issue(project / "bulletins" / name)
    if issue is None:
        return None
    slug = issue_slug(issue.year, issue.issue_no, issue.date, issue.source.sha256)
    page = project / "site" / "issues" / pinyin_slug(issue.series or "weimingming") / f"{slug}.html"
    return page if page.is_file() else None


# --- what a browser downloads for one query ---------------------------------------------------

class _Counting(http.server.SimpleHTTPRequestHandler):
    log: list[tuple[float, str, int]] = []

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        self.log.append((time.perf_counter(), self.path, len(data)))

    def log_message(self, *args):
        pass


# The queries measured in the browser, each in a fresh browser (nothing cached): the plain query, the
# same query narrowed by the search page's filters (which loads search/f.js as well), and two words
# (a space means AND). The label is the row of the table; the parameters are the search page's URL.
QUERIES = (
    (QUERY, {"q": QUERY}),
    (f"{QUERY} + filter 2018年", {"q": QUERY, "year": "2018"}),
    (f"{QUERY} + filter 百色市, by date", {"q": QUERY, "place": "451000", "sort": "date"}),
    (f"{QUERY} 易地扶贫搬迁 (AND)", {"q": f"{QUERY} 易地扶贫搬迁"}),
)


def _chromium():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return None
    if not chromium or not driver_path:
        return None
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not try to download anything
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                 "--disable-background-networking", "--disable-component-update",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(flag)
    return lambda: webdriver.Chrome(service=Service(driver_path), options=options)


def browser_queries(site: Path, queries=QUERIES, wait: float = 60) -> dict[str, dict] | None:
    """Each query of ``queries`` in a new headless Chromium: load a page, then the search page with the
    query (and its filters) in the address, and wait for the results.

    The server counts what it sends, so whatever the page loads is counted. None when Chromium or
    selenium is missing."""
    start = _chromium()
    if start is None:
        return None
    log: list[tuple[float, str, int]] = []
    handler = type("Handler", (_Counting,), {"log": log})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    out = {}
    try:
        for label, params in queries:
            browser = start()
            try:
                out[label] = _one_query(browser, site, base, log, params, wait)
            finally:
                browser.quit()
    finally:
        server.shutdown()
    return out


def _one_query(browser, site: Path, base: str, log: list, params: dict, wait: float) -> dict:
    from selenium.webdriver.common.by import By

    query = params["q"]
    # our search page sets data-ms on its status line once the results are shown
    done = ("const s = document.querySelector('#jb-status[data-ms]');"
            "if (s) return document.querySelectorAll('#jb-results > li').length;"
            "return document.querySelector('.md-search-result__item') && "
            "Array.from(document.querySelectorAll('.md-search-result__link'))"
            ".some(a => a.textContent.includes(arguments[0].slice(0, 2))) ? 1 : null;")
    browser.get(base + "about.html")  # the page itself (CSS, scripts) loaded and cached first
    if (site / "search.html").is_file():  # our own search page answers ?q= (and its filters) on load
        loaded = len(log)
        t0 = time.perf_counter()
        browser.get(base + "search.html?" + "&".join(f"{k}={quote(v)}" for k, v in params.items()))
    else:  # material's search box: the plain query only
        if set(params) != {"q"}:
            return {"error": "no filters in material's search"}
        time.sleep(0.5)
        loaded = len(log)
        boxes = browser.find_elements(By.CSS_SELECTOR, "input[data-md-component=search-query]")
        if not boxes:
            return {"error": "no search box"}
        t0 = time.perf_counter()
        browser.execute_script("arguments[0].focus()", boxes[0])
        boxes[0].send_keys(query)
    shown = None
    while time.perf_counter() - t0 < wait:
        shown = browser.execute_script(done, query)
        if shown is not None:
            break
        time.sleep(0.05)
    t1 = time.perf_counter()
    time.sleep(0.3)  # late requests of the same query
    in_page, status = browser.execute_script(
        "const e = document.querySelector('[data-ms]');"
        " return e ? [Number(e.getAttribute('data-ms')), e.textContent] : [null, ''];")
    searched = [(p, n) for _, p, n in log[loaded:] if p.startswith("/search/")]
    after = [(p, n) for _, p, n in log[loaded:]]

    def gz(path: str) -> int:
        file = site / path.split("?")[0].lstrip("/")
        return len(gzip.compress(file.read_bytes())) if file.is_file() else 0

    m = re.search(r"(\d+) (?:条结果|篇文章)", status)
    return {
        "found": bool(shown), "seconds": t1 - t0, "in_page_ms": in_page, "status": status,
        "results": int(m.group(1)) if m else (0 if shown is not None else None),
        "search_bytes": sum(n for _, n in searched), "search_files": len(searched),
        "search_gzip": sum(gz(p) for p, _ in searched),
        "after_load_bytes": sum(n for _, n in after),
    }


# --- bare mkdocs-material --------------------------------------------------------------------

BARE_CONFIG = """site_name: bare
docs_dir: docs
site_dir: site
theme:
  name: material
  language: zh
plugins:
  - search:
      lang: zh
"""


def bare_build(content: Path, root: Path) -> tuple[Run, int]:
    shutil.copytree(content / "issues", root / "docs" / "issues")
    (root / "docs" / "index.md").write_text("# bare\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(BARE_CONFIG, encoding="utf-8")
    run = measured([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=root)
    if run.code != 0:
        raise SystemExit(f"bare build failed:\n{run.output[-3000:]}")
    return run, tree_bytes(root / "site")[0]


# --- one size --------------------------------------------------------------------------------

@dataclass
class Result:
    n: int
    rows: dict[str, str] = field(default_factory=dict)


def bench_size(n: int, workdir: Path, browser: bool, bare: bool) -> Result:
    res = Result(n)
    project = project_copy(workdir / f"n{n}" / "project")
    t = time.perf_counter()
    bench_corpus.generate(project / "bulletins", n)
    corpus_bytes, _ = tree_bytes(project / "bulletins")
    print(f"[{n}] corpus {corpus_bytes / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s", flush=True)
    run, seconds, written = jianbao_build(project)
    mk = seconds.get("mkdocs", 0.0)
    gen = generator_seconds(seconds)
    site = project / "site"
    site_bytes, site_files = tree_bytes(site)
    pages = [p for p in site.rglob("*.html")]
    largest = max(pages, key=lambda p: p.stat().st_size)
    issue_page = first_issue_page(project)
    search_bytes, search_files = tree_bytes(site / "search") if (site / "search").is_dir() else (0, 0)
    content_bytes, content_files = tree_bytes(project / "content")
    r = res.rows
    r["corpus (MB of .txt)"] = f"{corpus_bytes / 1e6:.1f}"
    r["generator s (" + ", ".join(k for k in seconds if k != "mkdocs") + ")"] = \
        f"{gen:.1f} (" + ", ".join(f"{v:.1f}" for k, v in seconds.items() if k != "mkdocs") + ")"
    r["mkdocs s"] = f"{mk:.1f}"
    r["total wall s (cold: no caches)"] = f"{run.seconds:.1f}"
    r["total CPU s (user+sys, all processes)"] = f"{run.cpu:.1f}"
    r["peak memory MB (all processes together)"] = f"{run.peak_mb:.0f}"
    r["content/ files · MB"] = f"{content_files} · {content_bytes / 1e6:.1f}"
    r["site/ files · MB"] = f"{site_files} · {site_bytes / 1e6:.1f}"
    originals = tree_bytes(site / "originals")[0] if (site / "originals").is_dir() else 0
    r["site/ MB without originals/ (extra.jianbao.originals: linked, not copied)"] = \
        f"{(site_bytes - originals) / 1e6:.1f}"
    r["largest page KB"] = f"{largest.stat().st_size / 1e3:.0f} ({largest.relative_to(site).as_posix()})"
    r["issue 0 page KB"] = f"{issue_page.stat().st_size / 1e3:.0f}" if issue_page else "not found"
    r["search index files · MB"] = f"{search_files} · {search_bytes / 1e6:.2f}"
    print(f"[{n}] build {run.seconds:.1f} s ({seconds}), peak {run.peak_mb:.0f} MB", flush=True)
    if browser:
        measured_queries = browser_queries(site)
        for label, _ in QUERIES:
            q = (measured_queries or {}).get(label)
            if q is None:
                r[f"query {label}: search KB fetched (gzip)"] = "no chromium/selenium"
            elif "error" in q:
                r[f"query {label}: search KB fetched (gzip)"] = q["error"]
            else:
                r[f"query {label}: search KB fetched (gzip)"] = \
                    f"{q['search_bytes'] / 1e3:.0f} ({q['search_gzip'] / 1e3:.0f}) in {q['search_files']} files"
                notes = ([] if q["found"] else ["no result seen"]) + \
                    ([f"search {q['in_page_ms']:.0f} ms"] if q["in_page_ms"] is not None else []) + \
                    ([f"{q['results']} results"] if q["results"] is not None else [])
                r[f"query {label}: s to results"] = f"{q['seconds']:.2f}" + (f" ({', '.join(notes)})" if notes else "")
            print(f"[{n}] query {label}: {q}", flush=True)
    if bare:
        brun, bbytes = bare_build(project / "content", workdir / f"n{n}" / "bare")
        r["bare material: wall s · CPU s · peak MB · site MB"] = \
            f"{brun.seconds:.1f} · {brun.cpu:.1f} · {brun.peak_mb:.0f} · {bbytes / 1e6:.1f}"
        r["ours / bare (wall · CPU)"] = f"{run.seconds / brun.seconds:.2f} · {run.cpu / max(brun.cpu, 0.01):.2f}"
        print(f"[{n}] bare {brun.seconds:.1f} s, peak {brun.peak_mb:.0f} MB", flush=True)
    wrun, wseconds, wwritten = jianbao_build(project)  # caches warm, nothing changed
    r["rebuild, nothing changed: wall s (generator, mkdocs) · files rewritten"] = \
        f"{wrun.seconds:.1f} ({generator_seconds(wseconds):.1f}, {wseconds.get('mkdocs', 0.0):.1f}) · {wwritten}"
    print(f"[{n}] warm rebuild: {wrun.seconds:.1f} s ({wseconds})", flush=True)
    # the weekly case: a new issue, dated after every other, three weeks in a row (single runs on
    # this machine vary by 10-15%); then one that falls inside the archive
    added = [("the newest issue", 1), ("the newest issue", 2), ("the newest issue", 3), ("an older issue", 0)]
    runs: dict[str, list[tuple[Run, float, int]]] = {}
    for k, (what, newest) in enumerate(added):
        bench_corpus.generate(project / "bulletins", 1, start=n + k, newest=newest)
        arun, aseconds, awritten = jianbao_build(project)
        runs.setdefault(what, []).append((arun, generator_seconds(aseconds), awritten))
        print(f"[{n}] add {what}: {arun.seconds:.1f} s ({aseconds}), {awritten} files rewritten", flush=True)
    for what, done in runs.items():
        each = ", ".join(f"{gen:.1f}" for _, gen, _ in done)
        if len(done) > 1:
            each += f" (median {statistics.median(gen for _, gen, _ in done):.1f})"
        r[f"add {what}: generator s · files rewritten"] = f"{each} · " + ", ".join(str(w) for _, _, w in done)
        r[f"add {what}: total wall s · CPU s"] = ", ".join(f"{a.seconds:.1f} · {a.cpu:.1f}" for a, _, _ in done)
    return res


def table(results: list[Result]) -> str:
    keys: list[str] = []
    for res in results:
        keys += [k for k in res.rows if k not in keys]
    lines = ["| | " + " | ".join(f"{r.n:,} issues" for r in results) + " |",
             "|---|" + "---|" * len(results)]
    for k in keys:
        lines.append(f"| {k} | " + " | ".join(r.rows.get(k, "") for r in results) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="jianbao scale benchmark")
    p.add_argument("sizes", nargs="*", type=int, default=[100, 1000])
    p.add_argument("--no-browser", action="store_true", help="skip the headless Chromium query")
    p.add_argument("--no-bare", action="store_true", help="skip the plain mkdocs-material baseline")
    p.add_argument("--keep", action="store_true", help="keep the temporary projects (for profiling)")
    p.add_argument("--workdir", type=Path, default=None)
    args = p.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="jianbao-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    snapshot_code(workdir)
    results = []
    try:
        for n in args.sizes:
            results.append(bench_size(n, workdir, not args.no_browser, not args.no_bare))
            if not args.keep:
                shutil.rmtree(workdir / f"n{n}", ignore_errors=True)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
        elif args.keep:
            print(f"projects kept in {workdir}")
    text = (f"# jianbao scale benchmark\n\n{time.strftime('%Y-%m-%d %H:%M')} · {os.cpu_count()} CPUs · "
            f"corpus: tools/bench_corpus.py (~3 articles, ~15,000 characters an issue)\n\n" + table(results))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.md").write_text(text, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps([{"n": r.n, **r.rows} for r in results], ensure_ascii=False,
                                                 indent=1), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
