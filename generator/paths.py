"""Where the project's own files live (theme layer, UI strings, base MkDocs configuration)."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
LOCALES_DIR = PROJECT_ROOT / "locales"
SITE_SRC = PROJECT_ROOT / "site_src"
BASE_MKDOCS_YML = PROJECT_ROOT / "mkdocs.yml"
