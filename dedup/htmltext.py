"""HTML pages as the page cleaner reads them: one line per block, plus the head's metadata.

inscriptis renders the body as a browser lays it out in text (a line per paragraph,
heading, list item and table row; scripts and styles dropped; entities decoded), so the
cleaner's line rules see a saved page as they see a copied one.  Before that, elements the
markup itself marks as no part of the story (``<nav>``, ``<aside>``, the page's
``<footer>``, buttons, hidden elements) are taken out, and audited with their text.  The
head says outright what the body only implies (a JSON-LD ``NewsArticle``, ``og:title``,
``article:published_time``, ``author``): those values fill the fields the cleaner did not
find in the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from inscriptis import Inscriptis
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig
from lxml import etree
from lxml import html as lxml_html

from cleaners.metadata import OUTLET_NAME, parse_date

# <meta> name or property -> article field, in order of trust (the first value found wins)
# (a page's JSON-LD NewsArticle, when it has one, is trusted over all of them)
HEAD_FIELDS: tuple[tuple[str, str], ...] = (
    ("og:title", "title"),
    ("twitter:title", "title"),
    ("articletitle", "title"),
    ("headline", "title"),
    ("article:published_time", "date"),
    ("og:published_time", "date"),
    ("datepublished", "date"),
    ("parsely-pub-date", "date"),
    ("sailthru.date", "date"),
    ("pubdate", "date"),
    ("publishdate", "date"),
    ("publish_date", "date"),
    ("firstpublishedtime", "date"),
    ("date", "date"),
    ("dc.date", "date"),
    ("dc.date.issued", "date"),
    ("author", "authors"),
    ("article:author", "authors"),
    ("og:article:author", "authors"),
    ("parsely-author", "authors"),
    ("byl", "authors"),
    ("dc.creator", "authors"),
    ("og:site_name", "source"),
    ("contentsource", "source"),
    ("source", "source"),
    ("sitename", "source"),
    ("keywords", "keywords"),
    ("news_keywords", "keywords"),
)
# JSON-LD types that describe the story, and their fields
LD_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                      "BlogPosting", "LiveBlogPosting", "Report"})
LD_FIELDS: tuple[tuple[str, str], ...] = (("headline", "title"), ("datePublished", "date"), ("author", "authors"),
                                         ("publisher", "source"), ("keywords", "keywords"))
_BYLINE_BY = re.compile(r"^(?:by|von|par|por|di)\s+", re.I)
_RANK = {key: i for i, (key, _) in enumerate(HEAD_FIELDS)}
_TITLE_SUFFIX = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")
TITLE_HEAD_MIN = 4  # a shorter first part is no headline (a section's name): the whole <title> is kept
_LIST_SPLIT = re.compile(r"\s*[,，;；、|]\s*|\s+(?:and|und|et|y|e)\s+|\s*&\s*")
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
    meta.update(_json_ld(root))
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
        if isinstance(meta.get(field), str):
            meta[field] = [v for v in _LIST_SPLIT.split(_BYLINE_BY.sub("", meta[field])) if v]
    # a portal names itself as the author (article:author 新浪新闻): an outlet, not a person
    outlets = [a for a in meta.get("authors", []) if OUTLET_NAME.match(a) or a == meta.get("source")]
    if outlets:
        meta.setdefault("source", outlets[0])
        meta["authors"] = [a for a in meta["authors"] if a not in outlets]
        if not meta["authors"]:
            del meta["authors"]
    return meta


def _json_ld(root) -> dict:
    """Title, date, authors, publisher and keywords of the first NewsArticle (or Article...) in the
    page's JSON-LD; nothing from a block that does not parse."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _ld_items(data):
            types = item.get("@type")
            if not set(types if isinstance(types, list) else [types]) & LD_TYPES:
                continue
            out = {}
            for key, field in LD_FIELDS:
                value = _ld_text(item.get(key))
                if value:
                    out[field] = value
            return out
    return {}


def _ld_items(data) -> list[dict]:
    if isinstance(data, list):
        return [x for d in data for x in _ld_items(d)]
    if isinstance(data, dict):
        return [data, *_ld_items(data.get("@graph", []))]
    return []


def _ld_text(value) -> str | list[str] | None:
    """A JSON-LD value as text: a name for a person or organisation, names for a list of them."""
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_ld_text(v) for v in value) if isinstance(n, str)]
        return names or None
    return None
