"""How sizes are written for readers and operators (one formatter, one set of units)."""

from __future__ import annotations


def file_size(size: int) -> str:
    """Bytes as an operating system's file list shows them: 512 B, 23.4 KB, 1.2 MB (1 KB = 1024 B)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
