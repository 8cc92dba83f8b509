"""An annual report's data: read from `content/reports/annual/<year>.yml`, every row with its line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from generator.content.strict import StrictModel

Level = Literal["department", "government"]


class ReportFile(StrictModel):
    """The file's outer shape; the tables are checked cell by cell in generator/reports/loader.py so
    every message can use the official row and column labels."""

    agency: str = Field(min_length=1)
    year: int = Field(ge=2008, le=2100)
    published: dt.date
    level: Level = "department"
    late_reason: str | None = Field(default=None, min_length=1)  # a report really published late says why
    proactive: dict[str, Any]
    applications: dict[str, Any]
    review_litigation: dict[str, Any]


@dataclass
class AnnualReport:
    path: Path
    agency: str
    year: int
    published: dt.date
    level: Level
    late_reason: str | None
    documents: dict[str, dict[str, int]]  # rules / normative_documents -> issued / abolished / in_force
    decisions: dict[str, int]  # licensing, punishment, enforcement
    fees: Decimal  # 万元
    applications: dict[str, dict[str, int]]  # row key -> applicant column key -> count
    review: dict[str, dict[str, int]]  # review / direct / after_review -> upheld … total
    lines: dict[str, int] = field(default_factory=dict)  # "applications.r1" -> line

    def line(self, key: str) -> int:
        return self.lines.get(key, 1)

    def application_total(self, expression_row: str, column: str) -> int:
        """A row or a group of rows (r3_4 = the three （四） rows) in one applicant column."""
        if expression_row in self.applications:
            return self.applications[expression_row][column]
        members = [k for k in self.applications if k.startswith(expression_row + "_")]
        if not members:
            raise KeyError(expression_row)
        return sum(self.applications[k][column] for k in members)
