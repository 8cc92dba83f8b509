"""Attachments listed in Chinese originals: each must be a publishable file inside content/zh/."""

from __future__ import annotations

from pathlib import Path

from generator.content.attachments import attachment_files
from generator.content.models import Document
from generator.findings import Finding


def check_attachments(docs: dict[str, list[Document]], content_dir: Path) -> list[Finding]:
    return [finding for doc in docs["zh"] for finding in attachment_files(doc, content_dir / "zh")[1]]
