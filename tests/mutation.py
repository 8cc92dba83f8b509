"""`make mutation`: mutmut changes the rule, guard, publish and check modules one small mutation at a
time (pyproject.toml [tool.mutmut] lists them) and runs the unit and integration tests that reach each
changed function. A mutant the tests do not notice "survives". Then the named mistakes below, which
mutmut cannot make (it changes code inside functions only, never a module-level pattern, and never
removes a whole statement), are made one at a time and the tests meant to catch each are run.

Prints the kill rate per module and in all; tests/MUTATION.md records the last run and explains every
survivor. Slow (about three hours on two cores), so it is not part of `make test`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTMUT = Path(sys.executable).with_name("mutmut")
RESULT = re.compile(r"^\s*(?P<name>\S+__mutmut_\d+): (?P<status>.+)$")
KILLED = {"killed", "timeout", "segfault"}  # a timeout or crash is noticed too


# (what the mistake is, file, text, the text it becomes, the tests meant to catch it)
NAMED_MISTAKES = (
    (
        "E1 ignores 二、上年结转",
        "generator/reports/rules.py",
        'left = a["r1"][column] + a["r2"][column]',
        'left = a["r1"][column]',
        "tests/unit/test_report_totals.py",
    ),
    (
        "E2 leaves out an outcome row",
        "generator/reports/rules.py",
        "expected = sum(a[key][column] for key in OUTCOME_KEYS)",
        "expected = sum(a[key][column] for key in OUTCOME_KEYS[:-1])",
        "tests/unit/test_report_totals.py",
    ),
    (
        "E3 leaves out an applicant column",
        "generator/reports/rules.py",
        'expected = sum(cells[c] for c, _ in APPLICANT_COLUMNS if c != "T")',
        'expected = sum(cells[c] for c, _ in APPLICANT_COLUMNS if c not in ("T", "O"))',
        "tests/unit/test_report_totals.py",
    ),
    (
        "E5 leaves out a column",
        "generator/reports/rules.py",
        'expected = sum(cells[c] for c, _ in REVIEW_COLUMNS if c != "total")',
        'expected = sum(cells[c] for c, _ in REVIEW_COLUMNS if c not in ("total", "pending"))',
        "tests/unit/test_report_totals.py",
    ),
    (
        "no 已废止 banner on Mongolian pages",
        "generator/render/pages.py",
        '"abolished": documents.abolished_notice(edition, original, url),',
        '"abolished": documents.abolished_notice(edition, original, url) if edition.lang == "zh" else None,',
        "tests/integration/test_build_minimal.py",
    ),
    (
        "the banner's date is the replacement's publication date",
        "generator/documents/view.py",
        '"date": edition.ui.date(front.abolished_on)',
        '"date": edition.ui.date(replacement_date(edition, front))',
        "tests/integration/test_build_minimal.py",
    ),
    (
        "the guard misses protocol-relative URLs",
        "generator/publish/external.py",
        '_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)',
        '_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)',
        "tests/unit/test_external_guard.py",
    ),
    (
        "the guard does not scan stylesheets",
        "generator/publish/external.py",
        'elif path.suffix == ".css":',
        'elif path.suffix == ".stylesheet":',
        "tests/unit/test_external_guard.py",
    ),
    (
        "the guard ignores srcset",
        "generator/publish/external.py",
        '    ("img", "srcset"),\n    ("source", "srcset"),\n',
        "",
        "tests/unit/test_external_guard.py",
    ),
    (
        "the search index holds the untranslated Mongolian pages too",
        "generator/render/pages.py",
        "        if shown is not None:  # a page showing the original in the other edition is found there, once",
        "        if True:",
        "tests/integration/test_search_index.py",
    ),
    (
        "Pagefind's filter indexes are published in its random order",
        "generator/publish/search.py",
        "    _stable_filters(bundle)\n",
        "",
        "tests/integration/test_search_index.py",
    ),
    (
        "site.yml is not checked for glyph-encoded text",
        "generator/site/loader.py",
        "WrittenText(config_source.path, None, config_source.values),",
        "",
        "tests/integration/test_pua_everywhere.py",
    ),
    (
        "data tables are not checked for glyph-encoded text",
        "generator/site/loader.py",
        "*tables.texts,",
        "",
        "tests/integration/test_pua_everywhere.py",
    ),
    (
        "the UI strings are not checked for glyph-encoded text",
        "generator/checks/__init__.py",
        "*check_written_text(locale_texts(locales)),",
        "",
        "tests/integration/test_pua_everywhere.py tests/integration/test_site_locales.py",
    ),
    (
        "the old site is deleted before the new one is built",
        "generator/publish/atomic.py",
        "    out_dir.parent.mkdir(parents=True, exist_ok=True)",
        "    out_dir.parent.mkdir(parents=True, exist_ok=True)\n    shutil.rmtree(out_dir, ignore_errors=True)",
        "tests/unit/test_atomic_publish.py tests/integration/test_build_minimal.py",
    ),
    (
        "a failed build leaves its staging folder behind",
        "generator/publish/atomic.py",
        "        shutil.rmtree(stage, ignore_errors=True)\n        raise",
        "        raise",
        "tests/unit/test_atomic_publish.py tests/integration/test_build_minimal.py",
    ),
    (
        "the page cache ignores the theme overrides",
        "generator/engine/material.py",
        '        tree_digest(work / "theme"),\n',
        "",
        "tests/integration/test_page_cache.py::test_a_template_change_renders_every_page_again",
    ),
    (
        "the page cache ignores the edition's settings (navigation, UI strings, configuration)",
        "generator/engine/material.py",
        '        json.dumps({**settings, "theme": theme}, sort_keys=True),\n',
        "",
        "tests/integration/test_page_cache.py",
    ),
    (
        "the page cache ignores the engine's release",
        "generator/engine/material.py",
        "        _engine_versions(engine),\n",
        "",
        "tests/integration/test_page_cache.py::test_another_engine_release_renders_every_page_again",
    ),
    (
        "a page's own source is left out of its cache key",
        "generator/engine/material.py",
        "keys = {src: digest(shared, src, text) for src, text in sources.items()}",
        "keys = {src: digest(shared, src) for src, text in sources.items()}",
        "tests/integration/test_page_cache.py",
    ),
    (
        "links between cached and rendered pages, or pages of different engine runs, not checked for anchors",
        "generator/engine/material.py",
        "if other is None or rendered_by.get(src, -1) == rendered_by.get(target, -2):",
        "if other is None or src in rendered_by or target in rendered_by:",
        "tests/integration/test_page_cache.py tests/integration/test_engine_runs.py",
    ),
    (
        "the page cache keeps entries no build uses any more",
        "generator/engine/material.py",
        "        cache.keep_only(key for _, keys in runs for key in keys.values())\n",
        "",
        "tests/integration/test_page_cache.py::test_the_cache_keeps_only_the_pages_of_the_last_build",
    ),
    (
        "Pagefind runs in the caller's folder with its PAGEFIND_* variables",
        "generator/publish/search.py",
        "            cwd=out.parent,\n            env=environment,\n",
        "",
        "tests/integration/test_search_index.py::test_nothing_around_the_build_changes_the_index",
    ),
    (
        "the search index cache ignores what the indexed pages say",
        "generator/publish/search.py",
        "        hasher.update(data)\n",
        "",
        "tests/integration/test_page_cache.py",
    ),
    (
        "an edition with no page to index is indexed whole",
        "generator/publish/search.py",
        "            for index, pages in enumerate(edition.shards):",
        "            for index, pages in enumerate(edition.shards or ((),)):",
        "tests/integration/test_page_cache.py::test_an_edition_with_nothing_to_index_has_no_index",
    ),
    (
        "the preview never reloads the open pages",
        "generator/serve.py",
        "                        generation[0] += 1\n",
        "                        pass\n",
        "tests/integration/test_serve.py tests/browser/test_serve_reload.py",
    ),
    (
        "a failed rebuild reloads the open pages",
        "generator/serve.py",
        "                    if rebuild(content, out, lang, engine, cache):\n",
        "                    if rebuild(content, out, lang, engine, cache) or True:\n",
        "tests/integration/test_serve.py",
    ),
    (
        "the fast path of the link scan skips bodies with reference-style links only",
        "generator/documents/links.py",
        'if "](" not in body and "]:" not in body:',
        'if "](" not in body:',
        "tests/unit tests/integration/test_body_links.py",
    ),
    (
        "the fast look of the character check misses Cyrillic in Mongolian text",
        "generator/checks/mongolian_text.py",
        "CYRILLIC.search(span.text) is not None or ",
        "",
        "tests/unit tests/integration/test_pua_everywhere.py",
    ),
    (
        "the fast look of the character check misses text that is not NFC",
        "generator/checks/mongolian_text.py",
        ' or not unicodedata.is_normalized("NFC", span.text)',
        "",
        "tests/unit tests/integration/test_pua_everywhere.py",
    ),
    (
        "shards of a language not given each other's words (Pagefind's per-shard fallback)",
        "generator/publish/search.py",
        "            align_vocabularies(shards)",
        "            pass",
        "tests/integration/test_search_index.py",
    ),
    (
        "a year larger than a shard kept whole",
        "generator/render/search_shards.py",
        "        while len(paths) > limit:",
        "        while False:",
        "tests/unit/test_search_shards.py",
    ),
    (
        "the search page does not name the other shards",
        "site_src/page_templates/search.md.j2",
        "{% if shards %} data-gk-shards=\"{{ shards | join(' ') }}\"{% endif %}",
        "",
        "tests/integration/test_search_index.py",
    ),
    (
        "search.js does not merge the other shards",
        "site_src/assets/js/search.js",
        "return Promise.all(shards.map(",
        "return Promise.all([].map(",
        "tests/browser/test_search.py",
    ),
    (
        "the fast look of the table-directive scan wants a space after {{",
        "generator/tables/directive.py",
        'if "{{" not in body:',
        'if "{{ " not in body:',
        "tests/unit/test_markdown_body.py",
    ),
    (
        "fresh pages kept in the cache before the external-request guard has read them",
        "generator/build.py",
        "        resources = external.external_resources(stage, skip=built.from_cache)",
        "        built.keep()\n        resources = external.external_resources(stage, skip=built.from_cache)",
        "tests/integration/test_page_cache.py",
    ),
    (
        "the guard reads the pages from the cache again",
        "generator/build.py",
        "skip=built.from_cache)",
        "skip=frozenset())",
        "tests/integration/test_page_cache.py",
    ),
)


def named_mistakes() -> list[tuple[str, bool]]:
    """Each mistake made in the checkout and the tests run; the file is restored whatever happens."""
    results = []
    for what, name, text, mistake, tests in NAMED_MISTAKES:
        path = ROOT / name
        original = path.read_text(encoding="utf-8")
        if text not in original:
            raise SystemExit(f"{name} no longer contains {text!r}: update NAMED_MISTAKES")
        changed = original.replace(text, mistake, 1)
        if "replacement_date(" in mistake:  # the helper the mistaken line calls
            changed += (
                "\n\ndef replacement_date(edition: Edition, front: Any) -> Any:\n"
                "    replaced = edition.site.originals.get(front.replaced_by or '')\n"
                "    return replaced.front.published if replaced else front.abolished_on\n"
            )
        if name.endswith(".py"):  # a mistake, not a syntax error, is what the tests must notice
            compile(changed, name, "exec")
        try:
            path.write_text(changed, encoding="utf-8")
            run = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests.split()],
                cwd=ROOT,
                capture_output=True,
                check=False,
            )
        finally:
            path.write_text(original, encoding="utf-8")
        results.append((what, run.returncode != 0))
    return results


def main() -> int:
    if sys.argv[1:] == ["--named"]:  # the named mistakes only (minutes, not hours)
        return _print_named()
    run = subprocess.run(
        [MUTMUT, "run", "--max-children", str(os.cpu_count() or 2)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,  # a progress bar redrawn thousands of times
        check=False,
    )
    if run.returncode != 0:
        print("mutmut run failed: see mutants/ and `mutmut run` for details", file=sys.stderr)
        return run.returncode
    listed = subprocess.run(
        [MUTMUT, "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    counts: dict[str, Counter[str]] = {}
    survivors = []
    for line in listed.stdout.splitlines():
        match = RESULT.match(line)
        if match is None:
            continue
        status = match.group("status").strip()
        module = match.group("name").rsplit(".", 1)[0]  # generator.reports.rules.x_e1_balance__mutmut_3
        counts.setdefault(module, Counter())[status] += 1
        if status == "survived":
            survivors.append(match.group("name"))
    total: Counter[str] = Counter()
    print(f"{'module':48} {'mutants':>8} {'killed':>8} {'rate':>7}")
    for module, found in sorted(counts.items()):
        total += found
        print(_row(module, found))
    print(_row("all", total))
    if survivors:
        print("\nsurvivors (mutmut show <name> prints the change):")
        print("\n".join(f"  {name}" for name in survivors))
    return _print_named()


def _print_named() -> int:
    print("\nnamed mistakes mutmut cannot make:")
    caught = named_mistakes()
    for what, killed in caught:
        print(f"  {'killed  ' if killed else 'SURVIVED'} {what}", flush=True)
    print(f"  {sum(k for _, k in caught)} of {len(caught)} killed")
    return 0 if all(killed for _, killed in caught) else 1


def _row(name: str, found: Counter[str]) -> str:
    mutants = sum(found.values())
    killed = sum(found[status] for status in KILLED)
    rate = killed / mutants if mutants else 1.0
    return f"{name:48} {mutants:8} {killed:8} {rate:7.1%}"


if __name__ == "__main__":
    sys.exit(main())
