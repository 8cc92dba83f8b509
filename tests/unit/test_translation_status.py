"""`gongkai check --translations`: which originals have an up-to-date translation, which have none,
and which translations are stale, decided by the front-matter dates or else by git history."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from generator.build import check_content
from generator.cli import main
from generator.resources import LOCALES_DIR
from generator.site import Site
from generator.translation_status import DocumentStatus, git_history, translation_status
from tests.conftest import write

# Three moments, one day apart (2024-03-06 10:00 +08:00 and after).
T1, T2, T3 = 1709690400, 1709690400 + 86400, 1709690400 + 2 * 86400


def git(repo: Path, *args: str, when: int | None = None) -> None:
    # GIT_* variables of a surrounding hook or shell must not point these commands at another repository.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    if when is not None:
        env |= {"GIT_AUTHOR_DATE": f"{when} +0800", "GIT_COMMITTER_DATE": f"{when} +0800"}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def commit(repo: Path, when: int) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", f"edit at {when}", when=when)


@pytest.fixture
def outside_git(minimal: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The minimal fixture, with git told not to look for a repository above it."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(minimal.parent))
    return minimal


@pytest.fixture
def repo(minimal: Path) -> Path:
    """The minimal fixture as a git work tree with everything committed at T1."""
    git(minimal, "init", "-q")
    git(minimal, "config", "user.name", "Gongkai Test")
    git(minimal, "config", "user.email", "test@example.gov.cn")
    git(minimal, "config", "commit.gpgsign", "false")
    commit(minimal, T1)
    return minimal


def site_of(content: Path) -> Site:
    site, findings = check_content(content, LOCALES_DIR)
    assert site is not None, [f.format() for f in findings]
    return site


def status_of(content: Path) -> dict[str, DocumentStatus]:
    _, documents = translation_status(site_of(content), git_history(content))
    return {doc.key: doc for doc in documents}


def set_front(path: Path, line: str) -> None:
    """Add a front-matter line after the first `---`."""
    path.write_text(path.read_text(encoding="utf-8").replace("---\n", f"---\n{line}\n", 1), encoding="utf-8")


def test_translated_and_missing_per_section(repo: Path) -> None:
    sections, documents = translation_status(site_of(repo), git_history(repo))
    assert [(row.section.id, row.total, row.counts) for row in sections] == [
        ("guide", 1, {"current": 0, "stale": 0, "unknown": 0, "missing": 1}),
        ("policy", 2, {"current": 0, "stale": 0, "unknown": 0, "missing": 2}),
        ("interpretation", 1, {"current": 0, "stale": 0, "unknown": 0, "missing": 1}),
        ("notice", 1, {"current": 1, "stale": 0, "unknown": 0, "missing": 0}),
    ]
    by_key = {doc.key: doc for doc in documents}
    assert by_key["meeting"].basis == "git"  # committed together: the translation is current
    assert by_key["new-policy"].translation == repo / "mn/policy/new-policy.md"  # where it belongs


def test_stale_by_date_when_the_original_is_newer_than_the_translation(outside_git: Path) -> None:
    original, translation = outside_git / "zh/notice/meeting.md", outside_git / "mn/notice/meeting.md"
    set_front(translation, "updated: 2024-03-04")  # the original was published 2024-03-05
    meeting = status_of(outside_git)["meeting"]
    assert (meeting.status, meeting.basis) == ("stale", "date")
    assert (meeting.original_changed, meeting.translation_changed) == (
        dt.date(2024, 3, 5),
        dt.date(2024, 3, 4),
    )

    set_front(original, "updated: 2024-03-20")  # `updated` of the original wins over `published`
    meeting = status_of(outside_git)["meeting"]
    assert (meeting.status, meeting.original_changed) == ("stale", dt.date(2024, 3, 20))


def test_current_by_date_when_translated_the_day_the_original_changed(outside_git: Path) -> None:
    set_front(outside_git / "zh/notice/meeting.md", "updated: 2024-03-20")
    set_front(outside_git / "mn/notice/meeting.md", "updated: 2024-03-20")
    assert status_of(outside_git)["meeting"].status == "current"


def test_stale_by_git_when_the_original_was_committed_after_the_translation(repo: Path) -> None:
    original, translation = repo / "zh/notice/meeting.md", repo / "mn/notice/meeting.md"
    original.write_text(original.read_text(encoding="utf-8") + "会议地点另行通知。\n", encoding="utf-8")
    commit(repo, T2)
    meeting = status_of(repo)["meeting"]
    assert (meeting.status, meeting.basis) == ("stale", "git")
    assert meeting.original_changed == dt.datetime.fromtimestamp(T2)
    assert meeting.translation_changed == dt.datetime.fromtimestamp(T1)

    translation.write_text(translation.read_text(encoding="utf-8") + "ᠬᠤᠷᠠᠯ᠃\n", encoding="utf-8")
    commit(repo, T3)
    assert status_of(repo)["meeting"].status == "current"


def test_dates_decide_before_git_history(repo: Path) -> None:
    original = repo / "zh/notice/meeting.md"
    original.write_text(original.read_text(encoding="utf-8") + "会议地点另行通知。\n", encoding="utf-8")
    set_front(repo / "mn/notice/meeting.md", "updated: 2024-03-05")
    commit(repo, T2)  # git alone would not tell: both files are in the same commit
    assert (status_of(repo)["meeting"].status, status_of(repo)["meeting"].basis) == ("current", "date")


def test_unknown_without_dates_or_history(outside_git: Path) -> None:
    assert status_of(outside_git)["meeting"].status == "unknown"


def test_unknown_when_the_translation_was_never_committed(repo: Path) -> None:
    write(
        repo / "mn/policy/new-policy.md",
        "---\ntitle: ᠪᠣᠳᠤᠯᠭ᠎ᠠ\ntranslation_key: new-policy\n---\nᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠵᠦᠢᠯ᠃\n",
    )
    assert status_of(repo)["new-policy"].status == "unknown"


def test_unknown_when_git_is_not_installed(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo / "no-programs-here"))
    assert status_of(repo)["meeting"].status == "unknown"


def test_cli_prints_the_table_and_the_documents_to_work_on(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    original = repo / "zh/notice/meeting.md"
    original.write_text(original.read_text(encoding="utf-8") + "会议地点另行通知。\n", encoding="utf-8")
    commit(repo, T2)
    assert main(["check", "--translations", "--content", "."]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "蒙古文翻译状态"
    assert out[1].split() == ["栏目", "原文", "已译（最新）", "过时", "无法判断", "缺译"]
    assert out[5].split() == ["通知公告", "1", "0", "1", "0", "0"]
    assert out[6].split() == ["合计", "5", "0", "1", "0", "4"]
    committed = dt.datetime.fromtimestamp(T2).strftime("%Y-%m-%d %H:%M")  # in the machine's time zone
    assert f"  mn/notice/meeting.md：原文最后提交于 {committed}，" in "\n".join(out)
    assert "  zh/policy/new-policy.md → mn/policy/new-policy.md" in out

    assert main(["--lang", "en", "check", "--translations", "--content", "."]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split() == ["section", "originals", "up", "to", "date", "stale", "unknown", "missing"]
    assert out[5].split() == ["通知公告", "(notice)", "1", "0", "1", "0", "0"]


def test_cli_still_fails_on_content_errors(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    set_front(repo / "zh/notice/meeting.md", "publish: 2024-03-05")
    assert main(["check", "--translations", "--content", str(repo)]) == 1
    assert "蒙古文翻译状态" not in capsys.readouterr().out
