"""Read aloud with a real voice: Chromium speaking through speech-dispatcher and espeak-ng (Debian
packages, installed by .ci/run), with the audio written to a file instead of a sound card.

The test starts its own speech-dispatcher (private socket, configuration and ALSA output) rather than
relying on the desktop's autospawned one, whose state differs between runs and machines.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, IN_CI

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
LOCALES = {
    lang: yaml.safe_load((ROOT / f"locales/{lang}.yml").read_text(encoding="utf-8")) for lang in ("zh", "mn")
}
DOCUMENT = "/notice/rare-earth-industry-development/"
SPEECHD_CONFIG = Path("/etc/speech-dispatcher")
ESPEAK_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")

# Records every utterance the page hands to the engine, and what the engine then did with it.
RECORD_UTTERANCES = """
(() => {
  window.gkSpoken = [];
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = utterance => {
    const entry = { text: utterance.text, lang: utterance.voice && utterance.voice.lang, events: [] };
    window.gkSpoken.push(entry);
    for (const name of ["start", "end", "error"]) {
      utterance.addEventListener(name, event => entry.events.push(name === "error" ? "error:" + event.error : name));
    }
    speak(utterance);
  };
})();
"""


class Speech:
    """A private speech-dispatcher whose audio output is a raw file we can measure."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "speechd.sock"
        self.audio = root / "spoken.raw"
        config = root / "config"
        shutil.copytree(SPEECHD_CONFIG, config)
        with (config / "speechd.conf").open("a", encoding="utf-8") as conf:
            conf.write('\nAudioOutputMethod "alsa"\n')
        # ALSA reads ~/.asoundrc: play into the null device through the file plugin, which keeps the samples
        # (appended through a pipe: a plain file would be emptied each time the device is opened again).
        (root / ".asoundrc").write_text(
            f'pcm.!default {{ type file slave.pcm "null" file "|cat >> {self.audio}" format "raw" }}\n',
            encoding="utf-8",
        )
        command = ["speech-dispatcher", "--run-single", "--timeout", "0", "--config-dir", str(config),
                   "--communication-method", "unix_socket", "--socket-path", str(self.socket),
                   "--pid-file", str(root / "pid"), "--log-dir", str(root)]  # fmt: skip
        self.process = subprocess.Popen(
            command,
            env={**os.environ, "HOME": str(root)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"speech-dispatcher did not start; its log is in {root}")
            time.sleep(0.05)

    def audio_bytes(self) -> int:
        return self.audio.stat().st_size if self.audio.exists() else 0

    def settled(self, quiet: float = 0.5, limit: float = 20) -> int:
        """The audio size once no more has come for `quiet` seconds."""
        deadline = time.monotonic() + limit
        size = self.audio_bytes()
        while time.monotonic() < deadline:
            time.sleep(quiet)
            now = self.audio_bytes()
            if now == size:
                return size
            size = now
        return size

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Speech]:
    if not (shutil.which("speech-dispatcher") and ESPEAK_MODULE.exists() and SPEECHD_CONFIG.is_dir()):
        reason = "read aloud needs a voice: apt-get install speech-dispatcher speech-dispatcher-espeak-ng"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    engine = Speech(tmp_path_factory.mktemp("speech"))
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def speaking_browser(browser, speech: Speech) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """A second Chromium from the session's Playwright, with speech-dispatcher voices switched on."""
    instance = browser.browser_type.launch(
        executable_path=str(CHROMIUM),
        headless=True,
        args=[*CHROMIUM_ARGS, "--enable-speech-dispatcher"],
        env={**os.environ, "SPEECHD_ADDRESS": f"unix_socket:{speech.socket}"},
    )
    yield instance
    instance.close()


@pytest.fixture
def voiced_page(speaking_browser) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    context = speaking_browser.new_context()
    context.add_init_script(RECORD_UTTERANCES)
    tab = context.new_page()
    yield tab
    context.close()


def _status(page: Any) -> str:
    return page.locator("#gk-toolbar [data-gk-status]").text_content() or ""


def _wait_for_outcome(page: Any, lang: str, timeout: float = 60_000) -> str:
    """Wait until read aloud has finished, one way or another, and return what it told the reader."""
    strings = LOCALES[lang]["a11y"]
    final = [strings[key] for key in ("status_done", "no_voice", "no_speech", "status_nothing")]
    page.wait_for_function(
        "final => final.includes(document.querySelector('#gk-toolbar [data-gk-status]').textContent)",
        arg=final,
        timeout=timeout,
    )
    return _status(page)


@dataclass
class Reading:
    spoken: list[dict[str, Any]]  # what the page handed to the engine, with the engine's events
    outcome: str  # the toolbar's last message
    article: str  # the article's text as the reader sees it
    audio: int  # bytes of audio the engine produced


@pytest.fixture(scope="module")
def whole_article(speaking_browser, speech: Speech, served_site: str) -> Reading:  # type: ignore[no-untyped-def]
    """Press 朗读 on a Chinese document at once (voices still loading: the press must wait for them)
    and let it read to the end."""
    context = speaking_browser.new_context()
    context.add_init_script(RECORD_UTTERANCES)
    page = context.new_page()
    try:
        page.goto(served_site + DOCUMENT)
        before = speech.audio_bytes()
        page.locator('#gk-toolbar [data-gk-action="read"]').click()
        outcome = _wait_for_outcome(page, "zh")
        return Reading(
            page.evaluate("window.gkSpoken"),
            outcome,
            page.locator("article").inner_text(),
            speech.settled() - before,
        )
    finally:
        context.close()


def _plain(text: str) -> str:
    return "".join(text.split())


def test_read_aloud_speaks_the_whole_article_with_a_mandarin_voice(whole_article: Reading) -> None:
    assert whole_article.outcome == LOCALES["zh"]["a11y"]["status_done"]
    spoken = whole_article.spoken
    assert spoken, "nothing was handed to the speech engine"
    assert {entry["lang"] for entry in spoken} == {"cmn"}, "not spoken with the Mandarin voice"
    assert all(entry["events"] == ["start", "end"] for entry in spoken), spoken
    assert "".join(_plain(entry["text"]) for entry in spoken) == _plain(whole_article.article)
    # Short pieces (some engines cut a long utterance off; a resumed piece is read again from its start).
    assert max(len(_plain(entry["text"])) for entry in spoken) <= 60
    # espeak-ng really synthesised it: 16-bit samples, far more than a blip per character.
    assert whole_article.audio > 1000 * len(_plain(whole_article.article))


def _read_until_first_piece_starts(page: Any, served_site: str) -> None:
    page.goto(served_site + DOCUMENT)
    page.locator('#gk-toolbar [data-gk-action="read"]').click()
    page.wait_for_function(
        "window.gkSpoken.length > 0 && window.gkSpoken[0].events.includes('start')", timeout=30_000
    )


def _assert_engine_falls_silent(page: Any, speech: Speech, whole_article: Reading, since: int) -> None:
    page.wait_for_function("!speechSynthesis.speaking && !speechSynthesis.pending", timeout=10_000)
    started = page.evaluate("window.gkSpoken.length")
    # The piece being synthesised may still be flushed to the (faster than real time) audio file.
    assert speech.settled() - since < whole_article.audio / 2, "the engine went on reading"
    time.sleep(1)
    assert page.evaluate("window.gkSpoken.length") == started, "another piece was started"


def test_stop_silences_the_reading(
    voiced_page, speech: Speech, served_site: str, whole_article: Reading
) -> None:  # type: ignore[no-untyped-def]
    page = voiced_page
    before = speech.settled()
    _read_until_first_piece_starts(page, served_site)
    page.locator('#gk-toolbar [data-gk-action="stop"]').click()
    assert _status(page) == LOCALES["zh"]["a11y"]["status_stopped"]
    _assert_engine_falls_silent(page, speech, whole_article, before)
    # No late 朗读完毕 from the cancelled reading.
    assert _status(page) == LOCALES["zh"]["a11y"]["status_stopped"]


def test_pause_then_resume_reads_on_to_the_end(
    voiced_page, speech: Speech, served_site: str, whole_article: Reading
) -> None:  # type: ignore[no-untyped-def]
    page = voiced_page
    strings = LOCALES["zh"]["a11y"]
    pause = page.locator('#gk-toolbar [data-gk-action="pause"]')
    before = speech.settled()
    _read_until_first_piece_starts(page, served_site)
    pause.click()
    assert pause.get_attribute("aria-pressed") == "true"
    assert _status(page) == strings["status_paused"]
    _assert_engine_falls_silent(page, speech, whole_article, before)
    paused_at = page.evaluate("window.gkSpoken.length") - 1

    pause.click()
    assert pause.get_attribute("aria-pressed") == "false"
    assert _wait_for_outcome(page, "zh") == strings["status_done"]
    spoken = page.evaluate("window.gkSpoken")
    resumed = spoken[paused_at + 1 :]
    # Resume reads the interrupted piece again, then the rest: together, the whole article once more.
    assert resumed and resumed[0]["text"] == spoken[paused_at]["text"]
    assert all(entry["events"] == ["start", "end"] for entry in resumed), resumed
    assert "".join(_plain(e["text"]) for e in spoken[:paused_at] + resumed) == _plain(whole_article.article)


def test_a_page_in_a_language_without_a_voice_says_so(voiced_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    """The browser has voices (Mandarin, Cantonese, …) but none for Mongolian: no wrong-language reading."""
    page = voiced_page
    page.goto(served_site + "/mn" + DOCUMENT)
    page.wait_for_function("speechSynthesis.getVoices().length > 0", timeout=30_000)
    page.locator('#gk-toolbar [data-gk-action="read"]').click()
    assert _wait_for_outcome(page, "mn", timeout=10_000) == LOCALES["mn"]["a11y"]["no_voice"]
    assert page.evaluate("window.gkSpoken") == []


def test_read_aloud_reads_only_the_selected_text(voiced_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page = voiced_page
    page.goto(served_site + DOCUMENT)
    selected = page.evaluate("""() => {
        const paragraph = document.querySelectorAll('article p')[2];
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return String(getSelection());
    }""")
    assert len(_plain(selected)) > 20
    page.locator('#gk-toolbar [data-gk-action="read"]').click()
    assert _wait_for_outcome(page, "zh") == LOCALES["zh"]["a11y"]["status_done"]
    spoken = page.evaluate("window.gkSpoken")
    assert "".join(_plain(entry["text"]) for entry in spoken) == _plain(selected)
    assert {entry["lang"] for entry in spoken} == {"cmn"}
