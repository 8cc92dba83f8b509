"""UI strings and the formatting of dates and numbers per language."""
