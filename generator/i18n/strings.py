"""Look up a language's UI strings (from locales/<lang>.yml) and format dates with them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
        """Dates follow the locale's `date_format`: 2024年01月19日 / the Mongolian ordinal form."""
        return self.strings["date_format"].format(
            year=value.year, month=value.month, day=value.day, mm=f"{value.month:02}", dd=f"{value.day:02}"
        )

    def section(self, prefix: str) -> dict[str, str]:
        """All strings under `prefix.` with the prefix removed (e.g. the theme's own keys)."""
        cut = len(prefix) + 1
        return {k[cut:]: v for k, v in self.strings.items() if k.startswith(prefix + ".")}
