"""`gongkai serve`: a local preview that rebuilds when an editor saves a file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import write


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(predicate, seconds: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def test_serve_rebuilds_on_save_and_survives_a_bad_edit(minimal: Path) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "generator.cli", "serve", "--content", str(minimal), "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = f"http://127.0.0.1:{port}"
    url = f"{root}/notice/meeting/"
    generation = f"{root}/__gongkai__/generation"
    try:
        assert wait_for(lambda: "关于召开招商引资工作会议的通知" in fetch(url)), "preview never came up"
        # Every page asks whether it is out of date; the built files themselves do not.
        assert fetch(url).count('<script src="/__gongkai__/reload.js"></script></body>') == 1
        assert "location.reload()" in fetch(f"{root}/__gongkai__/reload.js")
        assert fetch(generation) == "0"
        path = minimal / "zh/notice/meeting.md"
        original = path.read_text(encoding="utf-8")
        write(path, original.replace("关于召开招商引资工作会议的通知", "关于改期召开工作会议的通知"))
        assert wait_for(lambda: "关于改期召开工作会议的通知" in fetch(url)), "no rebuild after save"
        # The new files are in place a moment before the build counts as done: the count follows.
        assert wait_for(lambda: fetch(generation) != "0", 30)
        assert fetch(generation) == "1"
        # Rendered again through the page cache beside the content: the cache holds this build's pages.
        assert any((minimal.parent / ".gongkai-cache/pages/zh").iterdir())
        # A broken save is reported, and the last good preview keeps being served, not reloaded.
        write(path, original.replace("published: 2024-03-05", "published: 2024-03-45"))
        time.sleep(4)
        assert "关于改期召开工作会议的通知" in fetch(url)
        assert fetch(generation) == "1"
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=20)
    assert "meeting.md:3:" in stderr
