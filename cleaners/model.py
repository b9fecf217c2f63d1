"""The data a page turns into: articles plus an audit of every change."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Article:
    """One article cut from a page: display title, body paragraphs and metadata."""

    title: str
    paragraphs: list[str]
    meta: dict = field(default_factory=dict)
    lines: tuple[int, int] = (0, 0)  # first and last input line (1-based) it came from

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class Audit:
    """What cleaning did to one page: removed lines with their rule, joined breaks, rewrites."""

    removed: list[dict] = field(default_factory=list)
    joins: list[dict] = field(default_factory=list)
    rewrites: Counter = field(default_factory=Counter)
    meta_lines: int = 0
    blank_lines: int = 0

    def to_dict(self) -> dict:
        return {
            "removed": self.removed,
            "joins": self.joins,
            "rewrites": dict(sorted(self.rewrites.items())),
            "meta_lines": self.meta_lines,
            "blank_lines": self.blank_lines,
        }


@dataclass
class PageResult:
    articles: list[Article]
    audit: Audit


@dataclass
class Line:
    """One input line as the page cleaner sees it: its kind, the rule that gave it, its fields."""

    no: int  # 1-based input line number
    text: str
    kind: str = "content"  # content | blank | chrome | meta | attribution
    rule: str = ""
    meta: dict = field(default_factory=dict)
    scope: str = "article"
    chrome_before: int = 0  # removed chrome lines between it and the content line before
    meta_after: bool = False  # a metadata line follows it before the next content line
    glued: bool = False  # split off the end of the line above (a byline or label run onto a paragraph)
