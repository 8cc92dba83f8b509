"""`python bench/search_only.py CONTENT SITE`: time the search-index stage of a build alone, on a site
that build made (its pagefind/ folder is made again, the same bytes). Prints the seconds.

bench/run.py uses it to show how much of a clean build is the indexing itself (Pagefind), which the
plain-MkDocs baseline does not do (its search index is one JSON file)."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.build import check_content, indexed_editions  # noqa: E402
from generator.publish import search  # noqa: E402
from generator.render.plan import plan_site  # noqa: E402
from generator.render.urls import SEARCH_BUNDLE  # noqa: E402


def main() -> None:
    content, site_dir = Path(sys.argv[1]), Path(sys.argv[2])
    site, _ = check_content(content)
    assert site is not None, "the content has errors: build it first"
    editions = indexed_editions(plan_site(site))
    shutil.rmtree(site_dir / SEARCH_BUNDLE)
    start = time.perf_counter()
    search.index_site(site_dir, editions)
    print(f"{time.perf_counter() - start:.3f}")


if __name__ == "__main__":
    main()
