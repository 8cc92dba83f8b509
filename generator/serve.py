"""`gongkai serve`: build into a private folder, serve it on localhost, rebuild when a source changes.

A failing rebuild prints its findings and keeps serving the last good site (the atomic publish step
guarantees the folder is never half-written).
"""

from __future__ import annotations

import functools
import http.server
import signal
import tempfile
import threading
import time
from pathlib import Path

from generator import console
from generator.build import build_site
from generator.findings import ContentError
from generator.resources import LOCALES_DIR, SITE_SRC
from generator.site.loader import site_locales

POLL_SECONDS = 1.0


def source_state(folders: list[Path]) -> dict[Path, float]:
    """Modification times of every source file: cheap to poll, needs no extra dependency."""
    return {p: p.stat().st_mtime for folder in folders for p in folder.rglob("*") if p.is_file()}


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
        rebuild(content, out, lang, engine, cache)
        handler = functools.partial(_QuietHandler, directory=str(out))
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
                    rebuild(content, out, lang, engine, cache)
        except KeyboardInterrupt:
            return 0
        finally:
            server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass
