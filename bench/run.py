"""`make bench N=2000` (or `python bench/run.py 2000 5000 20000`): how Gongkai handles an archive.

For each size N it generates the corpus (bench/corpus.py: N Chinese documents, half translated, plus
the bundled example), then measures in this same run, each command in its own process:

- `gongkai build`, clean (no output folder, no cache);
- the rebuild after editing one document, after adding one, after changing a UI string (each with
  the page cache, `.gongkai-cache/` beside the corpus, that the build before it filled);
- `gongkai check` on the whole corpus;
- the search-index stage alone (bench/search_only.py), to show its share of the clean build;
- the baseline: plain MkDocs + mkdocs-material on the same documents (bench/baseline.py), the
  Chinese documents and the Mongolian translations as two sites, built one after the other;
- wall time, per-page milliseconds (pages = HTML files written), peak RSS of the process tree
  (sampled every 20 ms, children included; and its PSS, which counts memory forked workers share
  with their parent once, every 200 ms), the output's size, and the search bytes: what a reader's
  browser downloads for search when a page opens, and for a first query (`年度报告`), gzip-compressed
  as a server would send them (needs Chromium; skipped without it).

It prints a table per N with the ratio against the baseline, and one across sizes per page.
The corpus and sites are kept in $BENCH_DIR (default: a folder under the system's temp folder).
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from baseline import make_baseline  # noqa: E402
from corpus import make_corpus  # noqa: E402

BIN = Path(sys.executable).parent
QUERY = "年度报告"


@dataclass
class Measured:
    wall: float = 0.0  # seconds
    rss: int = 0  # bytes, peak of the whole process tree
    pss: int = 0  # bytes, peak of the tree's proportional set size (shared pages counted once)
    pages: int = 0
    size: int = 0  # bytes of output
    extra: dict[str, str] = field(default_factory=dict)


def run(cmd: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run `cmd`, sampling the resident memory of it and all its children until it ends."""
    start = time.perf_counter()
    proc = psutil.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
    )
    peak = peak_pss = 0
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(proc.stdout.read() if proc.stdout else b""))
    reader.start()
    samples = 0
    while proc.poll() is None:
        total = shared = 0
        try:
            tree = [proc, *proc.children(recursive=True)]
            for p in tree:
                total += p.memory_info().rss
            # PSS shares each page among the processes mapping it: forked workers share the parent's
            # memory, which RSS counts once per process. Slower to read, so every tenth sample.
            if samples % 10 == 0:
                shared = sum(p.memory_full_info().pss for p in tree)
        except psutil.Error:
            pass  # a child ended between listing and reading
        peak = max(peak, total)
        peak_pss = max(peak_pss, shared)
        samples += 1
        time.sleep(0.02)
    reader.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{b''.join(output).decode()[-3000:]}")
    return Measured(wall=wall, rss=peak, pss=peak_pss)


def pages_and_size(site: Path) -> tuple[int, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return sum(p.suffix == ".html" for p in files), sum(p.stat().st_size for p in files)


def gongkai(*args: str) -> list[str]:
    return [str(BIN / "gongkai"), *args]


def edit_one(content: Path) -> None:
    doc = sorted((content / "zh/notice").glob("notice-*.md"))[0]
    doc.write_text(doc.read_text(encoding="utf-8") + "\n本通知由我局负责解释。\n", encoding="utf-8")


def add_one(content: Path) -> None:
    (content / "zh/notice/bench-added.md").write_text(
        "---\ntitle: 关于基准测试新增文件的通知\npublished: 2025-12-01\nissuer: 包头稀土高新区投资促进局\n"
        "index_no: 11150200MB0000000X/2025-99999\n---\n各有关单位：\n\n现将有关事项通知如下。\n",
        encoding="utf-8",
    )


def change_string(content: Path) -> None:
    locales = content.parent / "locales"
    locales.mkdir(exist_ok=True)
    (locales / "zh.yml").write_text("nav:\n  home: 网站首页\n", encoding="utf-8")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def search_bytes(site: Path) -> tuple[int, int] | None:
    """(bytes for search when a page opens untouched, bytes after a first query), gzip-compressed."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return None
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    requested: list[str] = []

    def gz(url: str) -> int:
        path = site / url.removeprefix(base).split("?")[0].lstrip("/")
        if path.is_dir():
            path /= "index.html"
        return len(gzip.compress(path.read_bytes(), 6)) if path.is_file() else 0

    def searchy(url: str) -> bool:  # the index, its scripts, and the search page's own script
        return "search" in url.removeprefix(base).split("?")[0] or "pagefind" in url

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
            page = browser.new_page()
            page.on("request", lambda r: requested.append(r.url))
            page.goto(f"{base}/notice/", wait_until="networkidle")
            page.wait_for_timeout(1000)
            untouched = sum(gz(u) for u in set(requested) if searchy(u))
            if (site / "search/index.html").is_file():  # Gongkai: the search page, as a reader gets there
                page.fill("#gk-search-q", QUERY)
                page.press("#gk-search-q", "Enter")
                page.wait_for_selector(".gk-search-result", timeout=60000)
            else:  # mkdocs-material: its search box in the header
                box = page.locator(".md-search__input").first
                box.focus()
                box.fill(QUERY)
                page.wait_for_timeout(3000)
            page.wait_for_load_state("networkidle")
            after = sum(gz(u) for u in set(requested) if searchy(u))
            browser.close()
    finally:
        server.shutdown()
    return untouched, after


def bench(n: int, work: Path) -> dict[str, Measured]:
    print(f"\n== N = {n}: generating the corpus", flush=True)
    root = work / f"n{n}"
    if root.exists():
        shutil.rmtree(root)
    content = make_corpus(root, n)
    results: dict[str, Measured] = {}
    site = root / "site"

    print("   gongkai build (clean)", flush=True)
    results["clean"] = run(gongkai("build", "--content", str(content), "--out", str(site)))
    results["clean"].pages, results["clean"].size = pages_and_size(site)
    searched = search_bytes(site)
    print("   the search index alone, on that site", flush=True)
    indexing = subprocess.run(
        [sys.executable, str(ROOT / "bench/search_only.py"), str(content), str(site)],
        capture_output=True,
        text=True,
        check=True,
    )
    results["clean"].extra["indexing"] = indexing.stdout.strip()
    for label, change in (("edit one", edit_one), ("add one", add_one), ("UI string", change_string)):
        change(content)
        print(f"   gongkai build after: {label}", flush=True)
        results[label] = run(gongkai("build", "--content", str(content), "--out", str(site)))
    print("   gongkai check", flush=True)
    results["check"] = run(gongkai("check", "--content", str(content)))

    print("   baseline: plain MkDocs + mkdocs-material, zh and mn", flush=True)
    plain = Measured()
    for project in make_baseline(content, root):
        measured = run([str(BIN / "mkdocs"), "build", "-q", "-f", str(project / "mkdocs.yml")])
        pages, size = pages_and_size(project / "site")
        plain.wall += measured.wall
        plain.rss = max(plain.rss, measured.rss)
        plain.pss = max(plain.pss, measured.pss)
        plain.pages += pages
        plain.size += size
    results["baseline"] = plain
    plain_searched = search_bytes(root / "plain-zh/site")
    if searched and plain_searched:
        results["clean"].extra["search"] = "{} / {}".format(*searched)
        plain.extra["search"] = "{} / {}".format(*plain_searched)
    return results


def report(n: int, r: dict[str, Measured]) -> str:
    base, clean = r["baseline"], r["clean"]
    per = clean.wall / clean.pages * 1000
    base_per = base.wall / base.pages * 1000
    mb = 1024 * 1024
    rows = [
        f"### N = {n}: {clean.pages} Gongkai pages, {base.pages} baseline pages",
        "",
        "| measure | Gongkai | plain MkDocs | ratio |",
        "|---|---:|---:|---:|",
        f"| clean build, wall | {clean.wall:.1f} s | {base.wall:.1f} s | {clean.wall / base.wall:.2f}× |",
        f"| clean build, per page | {per:.2f} ms | {base_per:.2f} ms | **{per / base_per:.2f}×** |",
    ]
    if "indexing" in clean.extra:  # Pagefind's part of the clean build, timed alone on its site
        indexing = float(clean.extra["indexing"])
        rest = (clean.wall - indexing) / clean.pages * 1000
        rows += [
            f"| of which the search index (Pagefind) | {indexing:.1f} s | | |",
            f"| clean build without it, per page | {rest:.2f} ms | {base_per:.2f} ms | {rest / base_per:.2f}× |",
        ]
    rows += [
        f"| peak RSS (process tree) | {clean.rss / mb:.0f} MB | {base.rss / mb:.0f} MB | {clean.rss / base.rss:.2f}× |",
        f"| peak PSS (process tree, shared pages once) | {clean.pss / mb:.0f} MB | {base.pss / mb:.0f} MB | |",
        f"| output size | {clean.size / mb:.0f} MB | {base.size / mb:.0f} MB | {clean.size / base.size:.2f}× |",
    ]
    for label in ("edit one", "add one", "UI string"):
        m = r[label]
        rows.append(
            f"| rebuild after {label}, wall | {m.wall:.1f} s | {base.wall:.1f} s | {m.wall / base.wall:.2f}× |"
        )
    rows.append(f"| `gongkai check`, wall | {r['check'].wall:.1f} s | | |")
    if "search" in clean.extra:
        rows.append(
            f"| search bytes (gzip): page opened / first query | {clean.extra['search']} | "
            f"{base.extra['search']} | |"
        )
    return "\n".join(rows)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [int(os.environ.get("N", "1000"))]
    work = Path(os.environ.get("BENCH_DIR") or Path(tempfile.gettempdir()) / "gongkai-bench")
    work.mkdir(parents=True, exist_ok=True)
    cpu = f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 1024**3:.1f} GB RAM"
    print(f"Gongkai benchmark: N = {sizes}, {cpu}, Python {sys.version.split()[0]}")
    tables = []
    per_page = []
    for n in sizes:
        results = bench(n, work)
        tables.append(report(n, results))
        print("\n" + tables[-1], flush=True)
        clean, base = results["clean"], results["baseline"]
        per_page.append((n, clean.wall / clean.pages * 1000, base.wall / base.pages * 1000))
    if len(per_page) > 1:
        print("\n### Growth: per-page cost across sizes (linear cost keeps it flat)\n")
        print("| N | Gongkai ms/page | baseline ms/page |\n|---:|---:|---:|")
        for n, ours, theirs in per_page:
            print(f"| {n} | {ours:.2f} | {theirs:.2f} |")


if __name__ == "__main__":
    main()
