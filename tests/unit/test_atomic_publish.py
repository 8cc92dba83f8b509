"""The atomic publish step: the live site is replaced only by a finished build, in one rename, and
nothing is left behind either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.publish.atomic import staged_output
from tests.conftest import write


def files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def live(tmp_path: Path) -> Path:
    out = tmp_path / "site"
    write(out / "index.html", "old home")
    write(out / "policy/x/index.html", "old policy")
    return out


def test_success_replaces_the_site_and_leaves_nothing_else(live: Path, tmp_path: Path) -> None:
    with staged_output(live) as stage:
        assert stage.parent == live.parent and stage != live
        write(stage / "index.html", "new home")
    assert files(live) == {"index.html": "new home"}  # the old page that the new build lacks is gone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert oct(live.stat().st_mode & 0o777) == oct(0o755)  # readable by the web server


def test_the_live_site_is_untouched_while_the_build_runs(live: Path) -> None:
    before = files(live)
    with staged_output(live) as stage:
        assert files(live) == before
        assert list(stage.iterdir()) == []  # an empty folder to build into
        write(stage / "index.html", "new home")
        assert files(live) == before


def test_failure_keeps_the_old_site_and_removes_the_stage(live: Path, tmp_path: Path) -> None:
    before = files(live)
    with pytest.raises(RuntimeError), staged_output(live) as stage:
        write(stage / "index.html", "half written")
        raise RuntimeError("the engine failed")
    assert files(live) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_interruption_also_keeps_the_old_site(live: Path, tmp_path: Path) -> None:
    before = files(live)
    with pytest.raises(KeyboardInterrupt), staged_output(live) as stage:
        write(stage / "index.html", "half written")
        raise KeyboardInterrupt
    assert files(live) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_first_build_creates_the_folder_and_its_parents(tmp_path: Path) -> None:
    out = tmp_path / "deploy/www/site"
    with staged_output(out) as stage:
        write(stage / "index.html", "home")
    assert files(out) == {"index.html": "home"}
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]
