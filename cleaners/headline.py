"""Which of an article's opening lines is its headline: the site's and section's names, menus
and kickers above it, a date line above it on some layouts, a digest's name above its first item."""

from __future__ import annotations

import regex

from .chrome import is_body_like
from .model import Line
from .neighbours import heading_like, headline_like, menu_item

TITLE_MAX = 100  # a joined multi-line heading may reach this
SUBHEADING_PROSE_LEN = 16
INNER_PUNCT = regex.compile(r"[，、；,;]")


def subheading_like(text: str) -> bool:
    """A heading inside the body: heading-like and not a comma-bearing prose fragment."""
    return heading_like(text) and not (len(text) >= SUBHEADING_PROSE_LEN and INNER_PUNCT.search(text))


# one to three capitalised words, or two words in sentence case (Thời sự, Home news)
_SECTION_WORDS = regex.compile(r"^\p{Lu}[\w&'.-]*(?: [\p{Lu}&][\w&'.-]*){0,2}$|^\p{Lu}\p{Ll}+ \p{Ll}+$|^\p{Ll}+\p{Lu}\w+$")  # derStandard
SECTION_HAN_MAX = 5  # 港聞, 社會新聞, 香港01, 华尔街见闻: a Chinese section or site name above a headline
SECTION_HAN = regex.compile(rf"^[\p{{Han}}\p{{Hangul}}\p{{Hiragana}}\p{{Katakana}}A-Za-z0-9]{{1,{SECTION_HAN_MAX}}}$")


# a word or two of a script without capitals (Arabic, Hebrew, Devanagari): أخبار, سياسة
_SECTION_CASELESS = regex.compile(r"^[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Hangul}\p{Thai}]+"
                                  r"(?: [\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Hangul}\p{Thai}]+)?$")


_ACRONYM_TAIL = regex.compile(r" [A-Z]{2,5}$")  # 中央社 CNA


def is_section(line: str, headline: str) -> bool:
    """A section's or site's name above a headline: one to three capitalised words above an English
    headline twice as many words long, or up to five characters above a Chinese one three times
    as long (a Chinese kicker, 引题, is a phrase: it stays with the headline)."""
    if _SECTION_CASELESS.match(line) and " " not in line and len(headline) >= 2 * len(line):
        return True  # (Thai writes no spaces between words: there, twice as many characters)
    if _SECTION_WORDS.match(line) or _SECTION_CASELESS.match(line):
        return len(headline.split()) >= max(4, 2 * len(line.split()))
    line = _ACRONYM_TAIL.sub("", line)
    return bool(SECTION_HAN.match(line)) and len(headline) >= 3 * len(line)


MENU_BETWEEN = 2  # removed chrome lines that set a headline apart from the lines above it


def headline_start(items: list[tuple[Line, bool]]) -> int:
    """Where the headline starts among the heading-like lines that open an article: at the last
    block, set apart by a removed menu, that a byline, date or source line follows (not the first
    block, and not the headline printed again): the lines above it are a site's tagline or a kicker."""
    start, block, k = 0, 0, 0
    while k < len(items) - 1 and headline_like(items[k][0].text, TITLE_MAX):
        ln = items[k][0]
        if k > 0 and ln.chrome_before >= MENU_BETWEEN:
            block = k
        if (ln.meta_after or _standfirst_then_meta(items, k)) and block > 0 \
                and items[block][0].text not in (x.text for x, _ in items[:block]):
            start = block
        k += 1
    return start


def _standfirst_then_meta(items: list[tuple[Line, bool]], k: int) -> bool:
    """Whether the line after heading line ``k`` is a standfirst (one sentence or two of prose) with
    a byline, date or source line under it."""
    if k + 1 >= len(items) - 1:
        return False
    nxt = items[k + 1][0]
    return nxt.meta_after and is_body_like(nxt.text) and not heading_like(nxt.text)


NAV_ENTRIES_MIN = 3  # short entries (removed ones included) that make a page's top a menu


BRACKETED_TITLE = regex.compile(r"^【([^【】]+)】$")


def navigation_above_date(items: list[tuple[Line, bool]], n_head: int, entries_min: int = NAV_ENTRIES_MIN) -> bool:
    """Whether the heading lines, cut off by a date or byline line, are a menu (several one- or
    two-word entries; on a digest's first article, the digest's own name will do) and the line
    below that date is the headline: longer than each entry and followed by the story."""
    if not (0 < n_head < len(items) - 1 and items[n_head - 1][0].meta_after):
        return False
    entries = [ln.text for ln, _ in items[:n_head]]
    removed = sum(ln.chrome_before for ln, _ in items[1:n_head])
    headline, after = items[n_head][0].text, items[n_head + 1][0].text
    return (len(entries) + removed >= entries_min and all(map(menu_item, entries))
            and headline_like(headline, TITLE_MAX) and len(headline) > max(map(len, entries))
            and not heading_like(after))


def sections_above_headline(items: list[tuple[Line, bool]], n_head: int) -> bool:
    """Whether the heading lines are a site's and section's names (one to three words each) above the
    headline that the byline or date line follows, which the heading stopped short of because it
    reads like prose (``Corriere della Sera`` / ``Cronaca`` / ``Milano, chiusa la linea M2 …`` / ``di …``);
    a standfirst may stand between the headline and that line (``Economia`` / headline / standfirst / ``Por …``)."""
    if not (0 < n_head < len(items) - 1) or items[n_head - 1][0].meta_after \
            or not (items[n_head][0].meta_after or _standfirst_then_meta(items, n_head)):
        return False
    entries = [ln.text for ln, _ in items[:n_head]]
    headline = items[n_head][0].text
    return all(map(menu_item, entries)) and headline_like(headline, TITLE_MAX) and len(headline) > max(map(len, entries))


def section_above_dated_headline(items: list[tuple[Line, bool]], n_head: int) -> bool:
    """Whether the one heading line is a section's name above the date, with the headline under the
    date and the story under it (``東方日報`` / ``要聞港聞`` / ``2023年12月15日(星期五)`` / headline / story)."""
    if n_head != 1 or len(items) < 3 or not items[0][0].meta_after or items[1][0].meta_after:
        return False
    section, headline = items[0][0].text, items[1][0].text
    return (bool(SECTION_HAN.match(section)) and headline_like(headline, TITLE_MAX) and len(headline) > len(section)
            and is_body_like(items[2][0].text))

