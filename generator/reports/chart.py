"""A grouped bar chart as plain geometry for an inline SVG (no JavaScript, no external library).

Every bar carries its value as visible text, so the chart does not depend on colour alone, and the
page shows the same numbers in a table beside it."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 720, 360
PLOT_TOP, PLOT_BOTTOM, PLOT_LEFT, PLOT_RIGHT = 30, 300, 50, 710
# Colours with ≥ 3:1 contrast against white (WCAG 1.4.11), distinguishable in common colour blindness.
PALETTE = ("#0b57a4", "#9b1c1c", "#1b6e3a", "#8a4b00", "#5b3b8c", "#3d3d3d")


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    value: int
    label: str  # series name, for the bar's <title>


@dataclass
class Group:
    label: str
    x: float  # centre, for the axis label
    bars: list[Bar]


@dataclass
class Chart:
    width: int
    height: int
    groups: list[Group]
    series: list[tuple[str, str]]  # (name, colour) for the legend
    ticks: list[tuple[float, int]]  # (y, value) for the value axis
    baseline: float
    left: float
    right: float


def nice_maximum(value: int) -> int:
    if value <= 5:
        return 5
    magnitude: int = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def grouped_bars(categories: list[str], series: list[tuple[str, list[int]]]) -> Chart:
    top = nice_maximum(max((v for _, values in series for v in values), default=0))
    plot_height = PLOT_BOTTOM - PLOT_TOP
    group_width = (PLOT_RIGHT - PLOT_LEFT) / max(1, len(categories))
    bar_width = group_width * 0.8 / max(1, len(series))
    groups = []
    for index, category in enumerate(categories):
        start = PLOT_LEFT + index * group_width + group_width * 0.1
        bars = []
        for position, (name, values) in enumerate(series):
            height = plot_height * values[index] / top
            bars.append(
                Bar(
                    round(start + position * bar_width, 1),
                    round(PLOT_BOTTOM - height, 1),
                    round(bar_width * 0.9, 1),
                    round(height, 1),
                    PALETTE[position % len(PALETTE)],
                    values[index],
                    name,
                )
            )
        groups.append(Group(category, round(PLOT_LEFT + (index + 0.5) * group_width, 1), bars))
    ticks = [(round(PLOT_BOTTOM - plot_height * step / 4, 1), top * step // 4) for step in range(5)]
    legend = [(name, PALETTE[i % len(PALETTE)]) for i, (name, _) in enumerate(series)]
    return Chart(WIDTH, HEIGHT, groups, legend, ticks, PLOT_BOTTOM, PLOT_LEFT, PLOT_RIGHT)
