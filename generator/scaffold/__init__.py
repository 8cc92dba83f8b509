"""`gongkai init DIR`: a new site that builds at once — site.yml with example values to replace, one
document for each kind of section, an annual report with its data, a README for editors.

The files are package data (scaffold/project/); nothing is generated, so what an editor gets is exactly
what is reviewed here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

TEMPLATE = Path(__file__).parent / "project"


class NotEmpty(FileExistsError):
    """The target folder already holds something: init never overwrites an editor's files."""


def init_site(target: Path) -> list[Path]:
    """Write the new site into `target` (created if missing, refused if not empty); the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise NotEmpty(str(target))
    shutil.copytree(TEMPLATE, target, dirs_exist_ok=True)
    return sorted(path for path in target.rglob("*") if path.is_file())
