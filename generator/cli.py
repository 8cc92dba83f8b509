"""`gongkai` command line: build, check, serve, init, import-report.

Exit codes: 0 success, 1 content errors (each printed as `path:line: message`), 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import console
from generator.build import build_site, check_content, project_cache
from generator.console import complain, report, say
from generator.engine import CACHE_DIR_NAME, DEFAULT_ENGINE, ENGINE_ENV, ENGINES, selected_engine
from generator.findings import ContentError, display_path, errors, sort_findings
from generator.translation_status import format_translation_status, git_history, translation_status

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gongkai", description="Bilingual government disclosure sites")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh", help="message language (default: zh)")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="check the content and build the site")
    build.add_argument("--content", type=Path, default=Path("content"))
    build.add_argument("--out", type=Path, default=Path("site"))
    build.add_argument(
        "--engine",
        choices=ENGINES,
        default=None,
        help=f"what builds the pages (default: ${ENGINE_ENV}, else {DEFAULT_ENGINE})",
    )
    check = sub.add_parser("check", help="check the content only")
    check.add_argument("--content", type=Path, default=Path("content"))
    check.add_argument(
        "--translations",
        action="store_true",
        help="also list, per section, which Mongolian translations are up to date, stale or missing",
    )
    serve = sub.add_parser("serve", help="local preview that rebuilds on save")
    serve.add_argument("--content", type=Path, default=Path("content"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--engine", choices=ENGINES, default=None)
    for sp in (build, serve):
        sp.add_argument(
            "--no-cache",
            action="store_true",
            help=f"render every page again, without the page cache ({CACHE_DIR_NAME}/ beside the content)",
        )
    init = sub.add_parser("init", help="write a new site that builds at once, to start from")
    init.add_argument("directory", type=Path, help="the new site's folder (must be empty or not exist)")
    imported = sub.add_parser("import-report", help="import an annual report (plain text or HTML page)")
    imported.add_argument("file", type=Path, help="the report: the plain-text layout or a saved HTML page")
    imported.add_argument(
        "--out",
        type=Path,
        default=Path("content"),
        help="content folder to write reports/annual/<year>.yml and zh/report/ into",
    )
    imported.add_argument("--force", action="store_true", help="replace files that already exist")
    for sp in (build, check, serve, init, imported):
        sp.add_argument("--lang", choices=["zh", "en"], default=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = args.lang
    if args.command == "import-report":
        return run_import(args.file, args.out, args.force, lang)
    if args.command == "init":
        return run_init(args.directory, lang)
    if not args.content.is_dir():
        complain("cli-no-content", lang, path=args.content)
        return EXIT_USAGE
    if args.command == "check":
        return run_check(args.content, lang, args.translations)
    try:
        engine = selected_engine(args.engine)
    except ValueError as unknown:
        complain("cli-engine-unknown", lang, name=unknown, env=ENGINE_ENV, engines=", ".join(ENGINES))
        return EXIT_USAGE
    cache = None if args.no_cache else project_cache(args.content)
    if args.command == "build":
        return run_build(args.content, args.out, lang, engine, cache)
    from generator.serve import serve

    return serve(args.content, args.host, args.port, lang, engine, cache)


def run_check(content: Path, lang: str, translations: bool = False) -> int:
    site, findings = check_content(content)
    report(findings, lang)
    if site is None:
        complain("cli-check-failed", lang, count=len(errors(findings)))
        return EXIT_CONTENT
    if translations:
        sections, documents = translation_status(site, git_history(content))
        print(format_translation_status(sections, documents, lang) + "\n")
    say(
        "cli-check-ok",
        lang,
        docs=len(site.originals),
        translations=len(site.translations),
        warnings=len(findings),
    )
    return EXIT_OK


def run_build(
    content: Path, out: Path, lang: str, engine: str | None = None, cache: Path | None = None
) -> int:
    try:
        result = build_site(content, out, engine_name=engine, cache=cache)
    except ContentError as exc:
        console.build_failed(exc.findings, lang)
        return EXIT_CONTENT
    console.built(result, lang)
    return EXIT_OK


def run_init(target: Path, lang: str) -> int:
    from generator.scaffold import NotEmpty, init_site

    try:
        written = init_site(target)
    except NotEmpty:
        complain("cli-init-not-empty", lang, path=target)
        return EXIT_USAGE
    say("cli-init-ok", lang, path=target, count=len(written))
    return EXIT_OK


def run_import(source: Path, out: Path, force: bool, lang: str) -> int:
    from generator.reports.importer import TargetExists, import_report  # HTML parsing: only here

    if not source.is_file():
        complain("cli-import-no-file", lang, path=source)
        return EXIT_USAGE
    try:
        result = import_report(source, out, overwrite=force)
    except TargetExists as exc:
        complain("cli-import-exists", lang, paths="、".join(display_path(p) for p in exc.paths))
        return EXIT_USAGE
    report(sort_findings([*result.unmapped_lines, *result.findings]), lang)
    files = "、".join(display_path(p) for p in result.written_paths)
    if result.refused:
        say("cli-import-refused", lang, count=len(errors(result.findings)))
        return EXIT_CONTENT
    if not result.ok:
        say("cli-import-errors", lang, files=files, count=len(errors(result.findings)))
        return EXIT_CONTENT
    say(
        "cli-import-ok",
        lang,
        year=result.year,
        files=files,
        unmapped=len(result.unmapped_lines),
        warnings=len(result.findings),
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
