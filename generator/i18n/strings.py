"""Look up a language's UI strings (from locales/<lang>.yml) and format dates with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from generator.i18n.mongolian import format_date_mn

# A `date_format` without placeholders names a formatter: some languages cannot be a fill-in pattern
# (a Mongolian suffix depends on how the number before it is read aloud).
NAMED_DATE_FORMATS: dict[str, Callable[[dt.date], str]] = {"mongolian": format_date_mn}


@dataclass(frozen=True)
class UiStrings:
    lang: str
    strings: dict[str, str]

    def t(self, key: str, **params: object) -> str:
        text = self.strings[key]
        return text.format(**params) if params else text

    @property
    def tag(self) -> str:
        """The BCP 47 tag used in lang= and hreflang= (zh-CN, mn-Mong-CN)."""
        return self.strings["lang_tag"]

    def date(self, value: dt.date) -> str:
        """Dates follow the locale's `date_format`: 2024年01月19日 / a named formatter (`mongolian`)."""
        pattern = self.strings["date_format"]
        if pattern in NAMED_DATE_FORMATS:
            return NAMED_DATE_FORMATS[pattern](value)
        return pattern.format(
            year=value.year, month=value.month, day=value.day, mm=f"{value.month:02}", dd=f"{value.day:02}"
        )

    def section(self, prefix: str) -> dict[str, str]:
        """All strings under `prefix.` with the prefix removed (e.g. the theme's own keys)."""
        cut = len(prefix) + 1
        return {k[cut:]: v for k, v in self.strings.items() if k.startswith(prefix + ".")}
