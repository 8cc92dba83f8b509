"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright, against the built example site.

Without Chromium the browser tests skip on a developer machine and FAIL under CI=true.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.build import BuildResult, build_site
from generator.render import search_shards
from tests.conftest import EXAMPLE_CONTENT

CHROMIUM = Path(os.environ.get("GONGKAI_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason} (install Debian's chromium)")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} not found")
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as playwright:
        try:
            instance = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
        except Error as exc:
            _unavailable(f"Chromium did not start: {exc}")
        yield instance
        instance.close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _served(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def served_site(example_site: BuildResult) -> Iterator[str]:
    yield from _served(example_site.out_dir)


@pytest.fixture(scope="session")
def sharded_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example built with search shards of four documents, as an archive's index is split
    (render/search_shards.py), served: the reader's browser merges them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_shards, "SHARD_DOCUMENTS", 4)
        out = build_site(EXAMPLE_CONTENT, tmp_path_factory.mktemp("sharded") / "site").out_dir
    assert (out / "pagefind/zh-3/pagefind-entry.json").is_file()
    yield from _served(out)


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()
