"""Build-time benchmark: does the cost grow linearly with the number of documents?

Builds generated sites of N, 2N and 4N documents (copies of tests/fixtures/minimal plus generated
notices) and prints seconds per build and the ratio against the smallest, measured in this same run.
Linear growth gives ratios near 1 : 2 : 4 for the per-document part; quadratic navigation would give
1 : 4 : 16. Run with `make bench` (or `python bench/run.py [N]`).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.build import build_site  # noqa: E402

NOTICE = (
    "---\ntitle: 通知{n}\npublished: {date}\nissuer: 测试区投资促进局\nindex_no: X/2023-{n:05}\n---\n{body}\n"
)


def make_content(root: Path, count: int) -> Path:
    content = root / f"content-{count}"
    shutil.copytree(ROOT / "tests/fixtures/minimal", content)
    for n in range(count):
        date = f"2023-{1 + n % 12:02}-{1 + n % 28:02}"
        body = "为进一步优化营商环境，现将有关事项通知如下。" * 20
        (content / "zh/notice" / f"n{n:05}.md").write_text(
            NOTICE.format(n=n, date=date, body=body), encoding="utf-8"
        )
    return content


def timed_build(content: Path, out: Path, repeats: int = 2) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        build_site(content, out)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    base = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    sizes = [base, base * 2, base * 4]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        results = [(n, timed_build(make_content(root, n), root / f"site-{n}")) for n in sizes]
    baseline = results[0][1]
    print(f"{'documents':>10} {'seconds':>9} {'ratio':>7} {'ms/doc':>8}")
    for n, seconds in results:
        print(f"{n:>10} {seconds:>9.2f} {seconds / baseline:>7.2f} {1000 * seconds / n:>8.1f}")


if __name__ == "__main__":
    main()
