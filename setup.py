"""Packaging beyond pyproject.toml: the wheel carries Gongkai's theme layer (site_src/), default UI
strings (locales/) and base MkDocs configuration (mkdocs.yml) as package data under generator/_share/,
copied there at build time so the repository keeps its top-level layout. An editable install reads
them from the checkout instead (generator/resources.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHARED = ("site_src", "locales", "mkdocs.yml")


class BuildWithSharedFiles(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "generator" / "_share"
        for name in SHARED:
            source = Path(name)
            if source.is_dir():
                shutil.copytree(source, target / name, dirs_exist_ok=True)
            else:
                target.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target / name)


setup(cmdclass={"build_py": BuildWithSharedFiles})
