"""HTML pages as the page cleaner reads them: one line per block, plus the head's metadata.

inscriptis renders the body as a browser lays it out in text (a line per paragraph,
heading, list item and table row; scripts and styles dropped; entities decoded), so the
cleaner's line rules see a saved page as they see a copied one.  Before that, elements the
markup itself marks as no part of the story (``<nav>``, ``<aside>``, the page's
``<footer>``, buttons, hidden elements) are taken out, and audited with their text.  The head says outright
what the body only implies (``og:title``, ``article:published_time``, ``author``): those
values fill the fields the cleaner did not find in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from inscriptis import Inscriptis
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig
from lxml import etree
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


# Elements the markup itself declares to be no part of the story: the page's navigation, asides,
# controls, what only shows without scripts, and what is hidden.  A <footer> inside an <article>
# stays (it holds the byline or the tags, which the cleaner reads); the page's own footer goes.
CHROME_ELEMENTS: tuple[tuple[str, str], ...] = (
    ("//nav", "html.nav"),
    ("//aside", "html.aside"),
    ("//footer[not(ancestor::article)]", "html.footer"),
    ("//button | //select | //textarea", "html.control"),
    ("//noscript | //template", "html.noscript"),
    ("//*[@hidden] | //*[@aria-hidden='true']", "html.hidden"),
)
# the strict profile: inline elements add no spaces (the relaxed one writes 人民<span>日报</span> as 人民 日报)
_CONFIG = ParserConfig(css=CSS_PROFILES["strict"])
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


@dataclass
class HtmlPage:
    text: str  # one line per block
    meta: dict  # from the head
    removed: list[dict]  # {"text", "rule"} of each element the markup marks as chrome


def html_to_page(html: str) -> HtmlPage:
    """Render a page.  Raises ValueError on one lxml cannot parse at all."""
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return HtmlPage("", {}, [])
    try:
        root = lxml_html.document_fromstring(html)
    except etree.ParserError as e:
        raise ValueError(str(e)) from e
    meta = head_meta(root)
    marked = {}
    for path, rule in CHROME_ELEMENTS:
        for el in root.xpath(path):
            marked.setdefault(el, rule)
    removed = []
    for el, rule in marked.items():
        if el.getparent() is None or any(a in marked for a in el.iterancestors()):
            continue  # the document itself, or inside an element taken out whole
        text = " ".join(" ".join(el.itertext()).split())
        if text:
            removed.append({"text": text, "rule": rule})
        el.drop_tree()
    text = Inscriptis(root, _CONFIG).get_text()
    return HtmlPage("\n".join(line.rstrip() for line in text.split("\n")), meta, removed)


def head_meta(root) -> dict:
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
