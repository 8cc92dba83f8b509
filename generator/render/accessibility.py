"""The 无障碍 toolbar's keyboard shortcuts: one table for the toolbar and the 无障碍说明 page.

The toolbar partial writes each shortcut into its control's `aria-keyshortcuts` (toolbar.js binds the
keys from there) and the statement page lists the same table, so the page documents exactly the keys
that work. Every shortcut is Alt+Shift+key: never a single printable character, which would fire
while a screen reader user types or browses (WCAG 2.1.4).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.i18n.strings import UiStrings

MODIFIERS = ("Alt", "Shift")
# toolbar action -> (key as KeyboardEvent.key names it, the UI strings that describe the action)
SHORTCUTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "toolbar": ("T", ("a11y.focus_toolbar",)),
    "elder": ("E", ("a11y.elder",)),
    "larger": ("ArrowUp", ("a11y.text_size", "a11y.larger")),
    "smaller": ("ArrowDown", ("a11y.text_size", "a11y.smaller")),
    "read": ("R", ("a11y.read",)),
    "pause": ("P", ("a11y.pause", "a11y.resume")),
    "stop": ("S", ("a11y.stop",)),
}
_SHOWN_KEYS = {"ArrowUp": "↑", "ArrowDown": "↓"}


@dataclass(frozen=True)
class Shortcut:
    keys: list[str]  # as printed, one <kbd> each: ["Alt", "Shift", "E"]
    action: str


def aria_keyshortcuts() -> dict[str, str]:
    """action -> the `aria-keyshortcuts` value of its toolbar control, e.g. "Alt+Shift+E"."""
    return {action: "+".join((*MODIFIERS, key)) for action, (key, _) in SHORTCUTS.items()}


def shortcut_table(ui: UiStrings) -> list[Shortcut]:
    return [
        Shortcut([*MODIFIERS, _SHOWN_KEYS.get(key, key)], " / ".join(ui.t(label) for label in labels))
        for key, labels in SHORTCUTS.values()
    ]
