"""The baseline: the same documents as two plain MkDocs + mkdocs-material sites, the way a new user
would publish them without Gongkai. The Chinese documents make one site and the Mongolian
translations another; each section is a folder with an index page, and the navigation lists the
section pages only (a navigation of every document would be a different, slower site). The theme's
own search plugin is on, as it is by default.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def make_baseline(content: Path, out: Path) -> list[Path]:
    """Write one MkDocs project per language under `out`; return their folders."""
    site = yaml.safe_load((content / "site.yml").read_text(encoding="utf-8"))
    projects = []
    for lang in ("zh", "mn"):
        project = out / f"plain-{lang}"
        if project.exists():
            shutil.rmtree(project)
        docs = project / "docs"
        nav = [{"首页" if lang == "zh" else "Home": "index.md"}]
        (docs).mkdir(parents=True)
        (docs / "index.md").write_text(f"# {site['site_name'][lang]}\n", encoding="utf-8")
        for section in site["sections"]:
            folder = content / lang / section["id"]
            if not folder.is_dir():
                continue
            title = section["title"][lang]
            (docs / section["id"]).mkdir()
            lines = [f"# {title}", ""]
            for source in sorted(folder.glob("*.md")):
                text = source.read_text(encoding="utf-8")
                match = FRONT.match(text)
                front = yaml.safe_load(match.group(1)) if match else {}
                body = text[match.end() :] if match else text
                # Links inside the example's bodies point at Gongkai's layout; the baseline keeps the text.
                body = re.sub(r"\]\([^)]*\)", "](#)", body)
                (docs / section["id"] / source.name).write_text(
                    f"---\ntitle: {front.get('title', source.stem)!r}\n---\n\n{body}", encoding="utf-8"
                )
                lines.append(f"- [{front.get('title', source.stem)}]({source.name})")
            (docs / section["id"] / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
            nav.append({title: f"{section['id']}/index.md"})
        config = {
            "site_name": site["site_name"][lang],
            "theme": {"name": "material", "language": "zh" if lang == "zh" else "mn"},
            "nav": nav,
            "markdown_extensions": ["tables", "attr_list"],
            "validation": {"omitted_files": "ignore", "not_found": "ignore", "anchors": "ignore"},
        }
        (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        projects.append(project)
    return projects
