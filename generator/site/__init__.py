"""The site as loaded: `load_site()` reads a content folder in the one order that works, and `Site`
holds what it read. Checks and the page planner only read a Site; nothing below this package knows it.
"""

from generator.site.loader import SiteLoad, load_site
from generator.site.model import Site

__all__ = ["Site", "SiteLoad", "load_site"]
