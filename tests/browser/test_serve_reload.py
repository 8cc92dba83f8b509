"""`gongkai serve` in Chromium: the page an editor has open reloads by itself after a save."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Page

from tests.conftest import write
from tests.integration.test_serve import fetch, free_port, wait_for


def test_the_open_page_shows_a_saved_change_without_a_reload(minimal: Path, page: Page) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "generator.cli", "serve", "--content", str(minimal), "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/notice/meeting/"
    try:
        assert wait_for(lambda: "关于召开招商引资工作会议的通知" in fetch(url)), "preview never came up"
        page.goto(url)
        assert page.locator("h1").first.inner_text() == "关于召开招商引资工作会议的通知"
        page.evaluate("window.gkOpenedOnce = true")  # gone once the page has reloaded
        path = minimal / "zh/notice/meeting.md"
        text = path.read_text(encoding="utf-8")
        write(path, text.replace("关于召开招商引资工作会议的通知", "关于改期召开工作会议的通知"))
        page.wait_for_function(
            "document.querySelector('h1').innerText === '关于改期召开工作会议的通知'", timeout=60_000
        )
        assert page.evaluate("window.gkOpenedOnce === undefined")
    finally:
        server.terminate()
        server.communicate(timeout=20)
