"""Data tables: `content/tables/<name>.yml`, checked for the sums they declare and embedded in a
document's body with `{{ table: <name> }}`. See docs/content-format.md and docs/errors.md."""
