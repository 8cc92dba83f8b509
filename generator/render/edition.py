"""One language edition while its pages are planned: the site, the edition's UI strings and the
other edition's, and addresses between pages (relative, so the site works from any folder)."""

from __future__ import annotations

from generator.content.config import Lang
from generator.documents.model import Translation
from generator.i18n.strings import UiStrings
from generator.render import urls
from generator.site import Site


class Edition:
    def __init__(self, site: Site, lang: Lang) -> None:
        self.site = site
        self.lang: Lang = lang
        self.other_lang: Lang = "mn" if lang == "zh" else "zh"
        self.ui = UiStrings(lang, site.locales.strings[lang])
        self.other_ui = UiStrings(self.other_lang, site.locales.strings[self.other_lang])
        self.zh_ui = UiStrings("zh", site.locales.strings["zh"])

    @property
    def chinese_tag(self) -> str | None:
        """The lang= of Chinese text on this edition's pages; None on Chinese pages, where it is the page's."""
        return self.zh_ui.tag if self.lang != "zh" else None

    def href(self, from_url: str, to_url: str, to_lang: Lang | None = None) -> str:
        return urls.relative(
            urls.site_path(self.lang, from_url), urls.site_path(to_lang or self.lang, to_url)
        )

    def translation(self, key: str) -> Translation | None:
        """The translation this edition shows for an original: only the Mongolian edition has one."""
        return self.site.translations.get(key) if self.lang == "mn" else None
