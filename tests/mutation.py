"""`make mutation`: mutmut changes the rule, guard, publish and check modules one small mutation at a
time (pyproject.toml [tool.mutmut] lists them) and runs the unit and integration tests that reach each
changed function. A mutant the tests do not notice "survives". Prints the kill rate per module and in
all; tests/MUTATION.md records the last run and explains every survivor. Slow (about an hour on two
cores), so it is not part of `make test`.
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


def main() -> int:
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
    return 0


def _row(name: str, found: Counter[str]) -> str:
    mutants = sum(found.values())
    killed = sum(found[status] for status in KILLED)
    rate = killed / mutants if mutants else 1.0
    return f"{name:48} {mutants:8} {killed:8} {rate:7.1%}"


if __name__ == "__main__":
    sys.exit(main())
