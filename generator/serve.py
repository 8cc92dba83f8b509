"""`gongkai serve`: build into a private folder, serve it on localhost, rebuild when a source changes,
and reload the pages open in the browser.

Rebuilds go through the page cache (`.gongkai-cache/` beside the content, as `gongkai build`), so only
the pages whose inputs changed are rendered again. A failing rebuild prints its findings and keeps
serving the last good site (the atomic publish step guarantees the folder is never half-written).

Reloading: every HTML page the preview serves gets one script (not in the built files), which asks
`/__gongkai__/generation` each second and reloads the page when a rebuild has succeeded since it was
opened.
"""

from __future__ import annotations

import functools
import http.server
import signal
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

from generator import console
from generator.build import build_site
from generator.findings import ContentError
from generator.resources import LOCALES_DIR, SITE_SRC
from generator.site.loader import site_locales

POLL_SECONDS = 1.0


def source_state(folders: list[Path]) -> dict[Path, float]:
    """Modification times of every source file: cheap to poll, needs no extra dependency."""
    return {p: p.stat().st_mtime for folder in folders for p in folder.rglob("*") if p.is_file()}


PREVIEW = "/__gongkai__/"
GENERATION_URL = PREVIEW + "generation"
RELOAD_URL = PREVIEW + "reload.js"
RELOAD_TAG = f'<script src="{RELOAD_URL}"></script>'.encode()
RELOAD_JS = f"""// gongkai serve: reload this page when the preview has been rebuilt (not part of the built site)
(function () {{
  var seen = null;
  function ask() {{
    fetch("{GENERATION_URL}", {{ cache: "no-store" }})
      .then(function (answer) {{ return answer.text(); }})
      .then(function (now) {{
        if (seen === null) seen = now;
        else if (now !== seen) location.reload();
      }})
      .catch(function () {{}})  // the preview stopped: keep the page as it is
      .then(function () {{ setTimeout(ask, 1000); }});
  }}
  ask();
}})();
""".encode()


def rebuild(
    content: Path, out: Path, lang: str, engine: str | None = None, cache: Path | None = None
) -> bool:
    try:
        result = build_site(content, out, engine_name=engine, cache=cache)
    except ContentError as exc:
        console.build_failed(exc.findings, lang)
        return False
    console.built(result, lang)
    return True


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # end like Ctrl+C, so the temporary site folder is removed


def serve(
    content: Path, host: str, port: int, lang: str, engine: str | None = None, cache: Path | None = None
) -> int:
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    with tempfile.TemporaryDirectory(prefix="gongkai-serve-") as tmp:
        out = Path(tmp) / "site"
        out.mkdir()
        generation = [0]  # successful builds so far: the open pages reload when it changes
        rebuild(content, out, lang, engine, cache)
        handler = functools.partial(_PreviewHandler, generation, directory=str(out))
        server = http.server.ThreadingHTTPServer((host, port), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        console.say("cli-serving", lang, host=host, port=server.server_address[1])
        own_strings = site_locales(content, LOCALES_DIR)
        watched = [content, LOCALES_DIR, SITE_SRC, *([own_strings] if own_strings else [])]
        state = source_state(watched)
        try:
            while True:
                time.sleep(POLL_SECONDS)
                current = source_state(watched)
                if current != state:
                    state = current
                    console.say("cli-rebuilding", lang)
                    if rebuild(content, out, lang, engine, cache):
                        generation[0] += 1
        except KeyboardInterrupt:
            return 0
        finally:
            server.shutdown()


class _PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """The built files, each HTML page with the reload script, and the preview's generation."""

    def __init__(self, generation: list[int], *args: Any, **kwargs: Any) -> None:
        self.generation = generation
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        address = urllib.parse.urlsplit(self.path).path
        if address == GENERATION_URL:
            return self._send(str(self.generation[0]).encode(), "text/plain; charset=utf-8")
        if address == RELOAD_URL:
            return self._send(RELOAD_JS, "text/javascript; charset=utf-8")
        file = Path(self.translate_path(self.path))
        if address.endswith("/"):
            file = file / "index.html"
        if file.suffix == ".html" and file.is_file():
            page = file.read_bytes()
            end = page.rfind(b"</body>")
            if end >= 0:
                return self._send(page[:end] + RELOAD_TAG + page[end:], "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass
