"""HTML pages as the page cleaner reads them: one line per block, plus the head's metadata.

inscriptis renders the body as a browser lays it out in text (a line per paragraph,
heading, list item and table row; scripts and styles dropped; entities decoded), so the
cleaner's line rules see a saved page as they see a copied one.  The head says outright
what the body only implies (``og:title``, ``article:published_time``, ``author``): those
values fill the fields the cleaner did not find in the text.
"""

from __future__ import annotations

import re

from inscriptis import get_text
from lxml import html as lxml_html

from cleaners.metadata import parse_date

# <meta> name or property -> article field, in order of trust (the first value found wins)
HEAD_FIELDS: tuple[tuple[str, str], ...] = (
    ("og:title", "title"),
    ("twitter:title", "title"),
    ("article:published_time", "date"),
    ("og:published_time", "date"),
    ("pubdate", "date"),
    ("publishdate", "date"),
    ("publish_date", "date"),
    ("date", "date"),
    ("dc.date", "date"),
    ("author", "authors"),
    ("article:author", "authors"),
    ("dc.creator", "authors"),
    ("og:site_name", "source"),
    ("source", "source"),
    ("keywords", "keywords"),
    ("news_keywords", "keywords"),
)
_RANK = {key: i for i, (key, _) in enumerate(HEAD_FIELDS)}
_TITLE_SUFFIX = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")
TITLE_HEAD_MIN = 4  # a shorter first part is no headline (a section's name): the whole <title> is kept
_LIST_SPLIT = re.compile(r"\s*[,，;；、|]\s*")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def looks_like_html(text: str) -> bool:
    """A whole HTML document (a JSONL record holding a saved page): starts with a doctype or <html>."""
    return bool(_HTML_START.match(text[:2000]))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset=gbk>``), if Python knows it."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    return {"gb2312": "gb18030", "gbk": "gb18030"}.get(name, name)


def html_to_page(html: str) -> tuple[str, dict]:
    """(text with one line per block, metadata from the head).  Raises ValueError on a page
    lxml cannot parse at all."""
    text = get_text(html)
    return "\n".join(line.rstrip() for line in text.split("\n")), head_meta(html)


def head_meta(html: str) -> dict:
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return {}
    found: dict[str, tuple[int, str]] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = " ".join((el.get("content") or "").split())
        if key in _RANK and value:
            field = HEAD_FIELDS[_RANK[key]][1]
            if field not in found or _RANK[key] < found[field][0]:
                found[field] = (_RANK[key], value)
    meta = {field: value for field, (_, value) in found.items()}
    if "title" not in meta:  # <title> carries the site's name too: 标题_频道_网站, Headline | Site
        title = " ".join((root.findtext(".//title") or "").split())
        head = _TITLE_SUFFIX.split(title)[0].strip()
        if head:
            meta["title"] = head if len(head) >= TITLE_HEAD_MIN else title
    if "date" in meta:
        iso = parse_date(meta["date"])
        if iso:
            meta["date"] = iso
        else:
            del meta["date"]
    for field in ("authors", "keywords"):
        if field in meta:
            meta[field] = [v for v in _LIST_SPLIT.split(meta[field]) if v]
    return meta
