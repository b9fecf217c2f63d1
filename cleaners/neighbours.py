"""Rules that read a line's neighbours: chrome or metadata that only its surroundings give away.

A menu entry nobody listed sits in a run of known ones; a caption sits under ``Image
caption,``; ``BBC News`` under a byline is the outlet; a bare ``0`` between share buttons
is a like count.  Each function takes the classified lines and re-labels some of them.
"""

from __future__ import annotations

import regex

from . import chrome
from .model import Line
from .rules import (
    ABOUT_AUTHOR,
    AGENCIES,
    LABEL_LINES,
    LATIN_NAMES_SPLIT,
    LINK_WORDS,
    LIST_ITEM,
    OTHER_SENTENCE_END,
    SENTENCE_END,
)

HEADING_MAX = 64
_ENDS_CAPTIONLESS = regex.compile(r"[。！？!?：:]$")


_BARE_TIME = regex.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|JST|KST|IST))?$")


def heading_like(text: str, limit: int = HEADING_MAX) -> bool:
    return len(text) <= limit and text[-1] not in "。，、；：,;:." and not LIST_ITEM.match(text)


def headline_like(text: str, limit: int) -> bool:
    """Heading-like, and not a bare time (a live report's ``20:05`` heads no article)."""
    return heading_like(text, limit) and not _BARE_TIME.match(text)


CAPTION_MAX = 120
MENU_ITEM_MAX = 20  # a menu entry: a few words, or a few characters of Chinese
MENU_ITEM_HAN = 6
_HAN = regex.compile(r"\p{Han}")


def menu_item(text: str) -> bool:
    if _ENDS_CAPTIONLESS.search(text) or len(text) > MENU_ITEM_MAX:
        return False
    if len(_HAN.findall(text)) * 2 >= len(text):  # a headline of eight characters is no menu entry
        return len(text) <= MENU_ITEM_HAN
    return len(text.split()) <= 3


MENU_MIN = 4  # lines in a run before it can be a menu
AFFILIATION_MAX = 30
_WORDS_ONLY = regex.compile(r"^\p{L}[\p{L}\s·]*$")


def menus(lines: list[Line], first_body: int, last_body: int) -> None:
    """Above or below the body, a run of short lines (blank lines between allowed) of which at
    least half are chrome already, or which opens or ends the page, is a menu: its other entries (``Your account``, ``Family &
    Education``, ``Android版``) are menu entries too, not a headline or a paragraph."""
    run: list[Line] = []
    opening = next((x for x in lines if x.kind != "blank"), None)  # the page's first line
    tops = [x for x in lines if x.kind != "blank"][:2]  # ...and the one under it (the site's name above its menu)
    closing = next((x for x in reversed(lines) if x.kind != "blank"), None)  # and its last
    for ln in [*lines[:first_body], None, *lines[last_body + 1 :], None]:
        if ln is not None and (ln.kind in ("blank", "chrome") or ln.kind == "content" and menu_item(ln.text)):
            run.append(ln)
            continue
        items = [x for x in run if x.kind != "blank"]
        # at the page's top, a run of entries needs no known one among them: a headline comes next
        page_top = bool(items) and items[0] is opening
        # at the page's end, three or more entries after the story are its tags or a menu
        page_end = (bool(items) and items[-1] is closing and len(items) >= MENU_MIN - 1 and last_body >= 0
                    and all(x.kind != "content" or _WORDS_ONLY.match(x.text) for x in items))  # not a table's cells
        known = sum(x.kind == "chrome" for x in items)
        # under the site's name, three one-word entries are its menu: Il Sole 24 ORE / Economia / Finanza / Mercati
        under_site = (bool(items) and len(tops) == 2 and items[0] is tops[1] and len(items) >= MENU_MIN - 1
                      and all(len(x.text.split()) == 1 for x in items if x.kind == "content"))
        if (len(items) >= MENU_MIN and (page_top or 2 * known >= len(items)) or under_site
                or len(items) >= MENU_MIN - 1 and 3 * known >= 2 * len(items) or page_end):
            for x in items:
                if x.kind == "content":
                    x.kind, x.rule = "chrome", "chrome.nav"
        run = []


# an outlet's name: capitalised words (BBC News, The Associated Press), or Chinese ending in 报, 网...
_OUTLET_LINE = regex.compile(r"^(?:[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|the|and)){0,4}"
                             r"|[\p{Han}A-Za-z]{2,12}(?:报|网|社|台|刊|新闻|通讯社|杂志|周刊|公众号|号))$")


_PAPER_WORDS = "Post|Times|Herald|Journal|Tribune|Telegraph|Gazette|Chronicle"  # an English paper's name ends so
_SITE_NAME = regex.compile(r"^(?:[\p{Han}A-Za-z0-9]{1,8}(?:新闻|新聞|新闻网|新聞網|新闻云|新聞雲|网|網|在线|在線|资讯|資訊|头条|頭條|客户端|客戶端|号|號)"
                           r"|[\p{Han}\p{Katakana}A-Za-z0-9!！]{1,7}(?:新聞デジタル|新聞|ニュース|デジタル|電子版)"
                           rf"|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}} (?:News|NEWS|Online|Daily|{_PAPER_WORDS}))$")


SITE_NAME_MAX = 8
_MASTHEAD_EN = regex.compile(rf"^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}} (?:{_PAPER_WORDS})$")
_BARE_NAME = regex.compile(r"^[\p{Han}A-Za-z0-9]+$")


def site_name(lines: list[Line], first_body: int) -> None:
    """The page's first line naming a site (``界面新闻``, ``AP NEWS``) right above a headline is the
    site's name, not part of the headline."""
    shown = [ln for ln in lines[:first_body] if ln.kind != "blank"]
    after = [ln for ln in shown[1:] if ln.kind == "content"]  # chrome between them (a breadcrumb) is no matter
    if not (shown and after and shown[0].kind == "content" and heading_like(after[0].text)
            and (len(after[0].text) > len(shown[0].text) or _MASTHEAD_EN.match(shown[0].text))):
        return
    # a brand without a site's suffix (第一财经) tells itself by the menu between it and the headline
    menu_between = shown[1] is not after[0] and len(shown[0].text) <= SITE_NAME_MAX and _BARE_NAME.match(shown[0].text)
    if _SITE_NAME.match(shown[0].text) or menu_between:
        shown[0].kind, shown[0].rule = "chrome", "chrome.site"


def affiliations(lines: list[Line], first_body: int) -> None:
    """Above the body, a short line right under a byline names the author's outlet or account
    (``By Alex Brown`` / ``BBC News``): it is the source, not a headline or a paragraph."""
    for i, ln in enumerate(lines[:first_body]):
        prev = prev_nonblank(lines, i)
        if (ln.kind == "content" and prev is not None and prev.kind == "meta" and prev.rule == "meta.byline"
                and len(ln.text) <= AFFILIATION_MAX
                and (_OUTLET_LINE.match(ln.text) or ln.text == prev.meta.get("source"))):
            ln.kind, ln.rule, ln.meta = "meta", "meta.affiliation", {"source": ln.text}


LABEL_MAX = 12  # a label alone (a prompt ending in a colon, such as 关注…公众号：, names no value below)
LABEL_VALUE_MAX = 40


def label_values(lines: list[Line], last_body: int) -> None:
    """Below the body, a short line right under a chrome label that ends in a colon (``文章关键词：``,
    ``点击进入专题：``) is that label's value, and goes with it."""
    for i in range(max(last_body + 1, 1), len(lines)):
        ln, prev = lines[i], prev_nonblank(lines, i)
        if (ln.kind == "content" and prev is not None and prev.kind == "chrome" and prev.text[-1:] in ":："
                and len(prev.text) <= LABEL_MAX and len(ln.text) <= LABEL_VALUE_MAX and not chrome.is_body_like(ln.text)):
            ln.kind, ln.rule = "chrome", prev.rule


_COUNT = regex.compile(r"^[+＋]?\d{1,6}(?:\.\d)?[万wWkK]?[+＋]?$")


def stray_counts(lines: list[Line], first_body: int, last_body: int) -> None:
    """Outside the body, a line that is only a number between two chrome or metadata lines is a like
    or comment count (between content lines it may be a list number or a split figure)."""
    for i, ln in enumerate(lines):
        if ln.kind != "content" or first_body <= i <= last_body or not _COUNT.match(ln.text):
            continue
        prev, nxt = prev_nonblank(lines, i), next_nonblank(lines, i)
        if all(x is not None and x.kind in ("chrome", "meta") for x in (prev, nxt)):
            ln.kind, ln.rule = "chrome", "chrome.counter"


def next_nonblank(lines: list[Line], i: int) -> Line | None:
    return next((ln for ln in lines[i + 1 :] if ln.kind != "blank"), None)


def prev_nonblank(lines: list[Line], i: int) -> Line | None:
    return next((lines[j] for j in range(i - 1, -1, -1) if lines[j].kind != "blank"), None)


_NAME = r"(?!(?:By|BY|Von|Par|Por|Di|Door)\s)\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3}"  # Jane Lee, JUAN PÉREZ (no "By …")
_PLACED_NAME = regex.compile(rf"^(?P<name>{_NAME}(?:(?:, | and | & ){_NAME}){{0,3}})"  # SOMINI SENGUPTA, BRAD PLUMER
                            r"(?: in \p{Lu}[\p{L} .'-]{1,30}| [-–—|] (?P<outlet>[\w.]{2,30}))?$")  # Ahmad Fauzi - detikNews


_POSTER_PUNCT = regex.compile(r"[，。！？：；、,.!?:;（）()《》“”]")
# a place and the outlet, in a script without capitals, right above the date: دبي - العربية.نت
_PLACE_OUTLET = regex.compile(r"^(?P<place>\p{Arabic}{2,15}(?: \p{Arabic}{2,15})?) [-–—] (?P<outlet>[\p{Arabic}\w.]{2,20}(?: [\p{Arabic}\w.]{2,20})?)$")
_BARE_HAN_NAME = regex.compile(r"^(?P<name>\p{Han}{2,4})(?P<outlet>)$")


def dated_bylines(lines: list[Line], first_body: int) -> None:
    """Above the body and below the headline, a bare personal name (``Jane Lee``, ``Kim Willsher in
    Paris``) right above the page's date line is its byline (a headline in title case, ``Biden Signs
    Climate Bill``, may stand right above the date too: only a line shorter than the one above it)."""
    above = ""  # the content line above: a headline or standfirst is longer than a name
    first_body = _past_standfirst(lines, first_body)
    story = lines[first_body] if first_body < len(lines) else None
    for i, ln in enumerate(lines[:first_body]):
        if ln.kind != "content":
            continue
        if ln.text in AGENCIES and len(above) > len(ln.text) and _dated(next_nonblank(lines, i)):
            ln.kind, ln.rule, ln.meta = "meta", "meta.byline", {"source": ln.text}  # Press Trust of India / date
            continue
        placed = _PLACE_OUTLET.match(ln.text)
        if placed and _dated(next_nonblank(lines, i)):  # دبي - العربية.نت / date: the dateline and the outlet
            ln.kind, ln.rule, ln.meta = "meta", "meta.dateline", {"dateline": placed.group("place"), "source": placed.group("outlet")}
            continue
        # (under a Chinese headline, a line in Latin letters is no headline however long: 纽约时报中文网)
        below_headline = len(above) > len(ln.text) or bool(_HAN.search(above)) and not _HAN.search(ln.text)
        m = _PLACED_NAME.match(ln.text) if below_headline and not _link_words(ln.text) else None
        if m is None and len(above) > len(ln.text) and chrome.is_bare_name(ln.text):
            m = _BARE_HAN_NAME.match(ln.text)  # 張三 above the date line
        above = ln.text
        if not m:
            continue
        nxt = next((x for x in lines[i + 1 :] if x.kind not in ("blank", "chrome") or _stamp(x)), None)
        prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].kind not in ("blank", "chrome") or _stamp(lines[j])), None)
        # under the date line (a removed button between), a name needs the story, a place or a
        # section's label (``KEY POINTS``) right after it
        after_place = next_nonblank(lines, lines.index(nxt)) if nxt is not None and _place_line(nxt) else None
        if (_dated(nxt) or _dated(after_place)  # a name, perhaps its place, then the date (JUAN PÉREZ / Madrid / date)
                or _dated(prev) and nxt is not None and (nxt is story or _place_line(nxt) or _link_words(nxt.text))):
            ln.kind, ln.rule = "meta", "meta.byline"
            names = m.group("name").title() if m.group("name").isupper() else m.group("name")
            ln.meta = {"authors": LATIN_NAMES_SPLIT.split(names), **({"source": m.group("outlet")} if m.group("outlet") else {})}
            if nxt is not None and _place_line(nxt):  # Ana Souza / Brasília: the place is its dateline
                nxt.kind, nxt.rule, nxt.meta = "meta", "meta.dateline", {"dateline": nxt.text}


STANDFIRST_GAP = 4  # lines between a standfirst and the date block under it


def _past_standfirst(lines: list[Line], first_body: int) -> int:
    """The story's first line when the first prose line is a standfirst with the byline and date
    block under it (headline / standfirst / name / role / date / story), else ``first_body``."""
    seen = 0
    for j in range(first_body + 1, len(lines)):
        if lines[j].kind == "blank":
            continue
        seen += 1
        if seen > STANDFIRST_GAP:
            break
        if _dated(lines[j]):
            return next((k for k in range(j + 1, len(lines)) if lines[k].kind == "content" and chrome.is_body_like(lines[k].text)),
                        first_body)
    return first_body


def _link_words(text: str) -> bool:
    """A line holding a word of a site's links or labels (``Contact Us``, ``KEY POINTS``)."""
    return any(w.capitalize() in LINK_WORDS for w in text.split())


def only_link_words(text: str) -> bool:
    """A line of a site's link or section words only (``Ekonomi Haberleri``, ``World News``)."""
    words = text.split()
    return 0 < len(words) <= 3 and all(w.capitalize() in LINK_WORDS for w in words)


def _dated(ln: Line | None) -> bool:
    """A date line, or a time stamp relative to today (``Dzisiaj 10:21``: no date, but the same place)."""
    return ln is not None and (ln.kind == "meta" and "date" in ln.meta or _stamp(ln))


def _stamp(ln: Line) -> bool:
    return ln.kind == "chrome" and ln.rule == "chrome.stamp"


PLACE_MAX = 20


def _place_line(ln: Line) -> bool:
    """A content line that is only a place's name of a word or two (``Brasília``, ``New York``)."""
    return (ln.kind == "content" and len(ln.text) <= PLACE_MAX and len(ln.text.split()) <= 2
            and bool(_PLACE.match(ln.text)) and not _link_words(ln.text))




def split_stamps(lines: list[Line], first_body: int) -> None:
    """A bare time above the story is the page's time stamp, not text: right under a date line
    without a time (``2018-09-22`` / ``18:26:28``) it is the rest of that stamp, and with no prose
    after it it heads nothing.  A time right above prose (a live report's ``20:05`` entry) is the
    text's own."""
    for i, ln in enumerate(lines[:first_body]):
        if ln.kind != "content" or not _BARE_TIME.match(ln.text):
            continue
        prev, nxt = prev_nonblank(lines, i), next_nonblank(lines, i)
        rest_of_date = prev is not None and prev.kind == "meta" and "T" not in str(prev.meta.get("date", "T"))
        if rest_of_date or nxt is None or nxt.kind != "content":
            ln.kind, ln.rule, ln.meta = "meta", "meta.time", {}


_DASH_ONLY = regex.compile(r"^[—–-]{1,2}$")
_PLACE = regex.compile(r"^\p{Lu}[\p{L}.'-]*(?:[ ,]+\p{Lu}[\p{L}.'-]*){0,3}$")
_PLACE_COLON = regex.compile(r"^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,2}:$")  # Mumbai:
_CAPS_PLACE = regex.compile(r"^\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]+){0,2}$")  # ROMA, WASHINGTON, NEW YORK


def caps_datelines(lines: list[Line], first_body: int) -> None:
    """A place in capitals on its own line right above the story (``ROMA``, ``WASHINGTON``) is the
    wire copy's dateline."""
    if 0 < first_body < len(lines):
        prev = prev_nonblank(lines, first_body)
        if (prev is not None and prev.kind == "content" and (_CAPS_PLACE.match(prev.text) or _PLACE_COLON.match(prev.text))
                and len(prev.text) <= PLACE_MAX and not _link_words(prev.text)):  # KEY POINTS is no place
            prev.kind, prev.rule, prev.meta = "meta", "meta.dateline", {"dateline": prev.text.rstrip(":")}


def datelines(lines: list[Line], first_body: int) -> None:
    """A dateline that a page's layout spread over lines above the story (``Atlanta`` / ``CNN`` / ``—``):
    the agency alone on its line, the place above it and the dash below go together as metadata."""
    for i, ln in enumerate(lines[:first_body]):
        if ln.kind != "content" or ln.text not in AGENCIES:
            continue
        group = [ln]
        prev, nxt = prev_nonblank(lines, i), next_nonblank(lines, i)
        if nxt is not None and nxt.kind == "content" and _DASH_ONLY.match(nxt.text):
            group.append(nxt)
        place = prev is not None and prev.kind == "content" and _PLACE.match(prev.text) and len(prev.text) <= 30
        if place:
            group.append(prev)
        if len(group) == 1:
            continue  # an agency's name alone may be a site's: only the dateline's shape tells
        for g in group:
            g.kind, g.rule, g.meta = "meta", "meta.dateline", {}
        ln.meta = {"dateline": prev.text} if place else {}


def captions(lines: list[Line], first_body: int) -> None:
    """The short line above a photo credit is its caption; a bare name beside it is a byline."""
    for i, ln in enumerate(lines):
        if ln.kind == "chrome" and ln.rule == "credit.photo":
            prev = prev_nonblank(lines, i)
            if (prev and prev.kind == "content" and len(prev.text) <= 50
                    and not _ENDS_CAPTIONLESS.search(prev.text) and not chrome.is_body_like(prev.text)):
                prev.kind, prev.rule = "chrome", "credit.caption"
        # a credit label that ends in a comma or colon (``Image caption,``) has its caption below it
        nxt = next_nonblank(lines, i) if ln.kind == "chrome" and ln.rule == "credit.photo" else None
        if (nxt is not None and ln.text[-1:] in ",:，：" and nxt.kind == "content"
                and len(nxt.text) <= CAPTION_MAX and not chrome.is_body_like(nxt.text)):
            nxt.kind, nxt.rule = "chrome", "credit.caption"
    for i, ln in enumerate(lines):
        if ln.kind == "content" and chrome.is_bare_name(ln.text):
            prev = prev_nonblank(lines, i)
            beside_credit = prev is not None and prev.kind == "chrome" and prev.rule.startswith("credit.")
            if beside_credit:
                ln.kind, ln.rule, ln.meta = "meta", "meta.byline_name", {"authors": [ln.text]}


# a name of two to four capitalised words (Nguyễn Văn An) or the same in capitals (NGUYỄN VĂN AN)
_SIGNATURE_NAME = regex.compile(r"^(?:\p{Lu}\p{Ll}[\p{Ll}'’-]*(?: \p{Lu}\p{Ll}[\p{Ll}'’-]*){1,3}"
                                r"|\p{Lu}{2,}(?: \p{Lu}{2,}){1,3})$")


def end_signatures(lines: list[Line], last_body: int) -> None:
    """A personal name alone on the line right below the story, with nothing but chrome after it,
    is the reporter's signature (``Nguyễn Văn An`` under a Vietnamese story): an author, not a
    menu entry or a paragraph.  A paper's or agency's name there credits the copy (``毎日新聞`` below
    a story an aggregator carries): its source."""
    if last_body < 0:
        return
    ln = next((x for x in lines[last_body + 1 :] if x.kind != "blank" and not _stamp(x)), None)  # a stamp may come between
    if ln is None or ln.kind != "content" or _link_words(ln.text):
        return
    outlet = ln.text in AGENCIES or bool(_SITE_NAME.match(ln.text) or _SITE_NAME.match(ln.text.title()))  # CHINA DAILY
    if not (outlet or _SIGNATURE_NAME.match(ln.text)):
        return
    i = lines.index(ln)
    if all(x.kind in ("blank", "chrome", "meta") or menu_item(x.text) for x in lines[i + 1 :]):
        name = ln.text if not ln.text.isupper() else ln.text.title()
        ln.kind, ln.rule, ln.meta = "meta", "meta.signature", {"source": name} if outlet else {"authors": [name]}


def site_name_again(lines: list[Line], last_body: int) -> None:
    """A short line that opens the page (the site's name, ``南方周末``), printed again in the page's
    footer (nothing but chrome or menu entries after it), is chrome there too."""
    opening = next((ln for ln in lines if ln.kind != "blank"), None)
    if opening is None or last_body < 0 or len(opening.text) > SITE_NAME_MAX:
        return
    for i in range(last_body + 1, len(lines)):
        ln = lines[i]
        if (ln.kind == "content" and ln.text == opening.text
                and all(x.kind != "content" or menu_item(x.text) for x in lines[i + 1 :])):
            ln.kind, ln.rule, ln.meta = "chrome", "chrome.site", {}


LABEL_LINE_VALUE_MAX = 40


def label_lines(lines: list[Line], first_body: int) -> None:
    """Above the story, a label alone on its line (``NEWS PROVIDED BY``, ``首发于``) and the short line
    under it are one metadata field; a bare Chinese name with a vote or follower count a line or two
    below it is the author's box (a name alone under a headline is as often a photo's subject)."""
    for i, ln in enumerate(lines[:first_body]):
        if ln.kind == "blank":
            continue
        field = LABEL_LINES.get(ln.text.rstrip(":： ").lower())
        nxt = next_nonblank(lines, i) if field else None
        if (field and ln.kind in ("content", "chrome") and nxt is not None and nxt.kind == "content"
                and len(nxt.text) <= LABEL_LINE_VALUE_MAX and not chrome.is_body_like(nxt.text)):
            ln.kind, ln.rule, ln.meta = "chrome", "meta.label", {}
            nxt.kind, nxt.rule = "meta", "meta.label"
            nxt.meta = {field: [nxt.text] if field == "authors" else nxt.text}
        elif ln.kind == "content" and chrome.is_bare_name(ln.text) and _count_below(lines, i):
            ln.kind, ln.rule, ln.meta = "meta", "meta.byline_name", {"authors": [ln.text]}


AUTHOR_BOX_LINES = 2  # the name, perhaps a line about the author, then the count


def _count_below(lines: list[Line], i: int) -> bool:
    below = [x for x in lines[i + 1 :] if x.kind != "blank"][:AUTHOR_BOX_LINES]
    return any(x.kind == "chrome" and x.rule == "chrome.counter" for x in below)


TAIL_LINE_MAX = 40  # a button, a link or a slogan under the story is short
TAIL_LINES_MAX = 4
_CLAUSE_MARK = regex.compile(r"[，,；;。、]")  # a fragment of prose (a story cut short) has them; a button has none
_SENTENCE_END = regex.compile(rf"[{regex.escape(SENTENCE_END + OTHER_SENTENCE_END)}.…」』”\"')）]$")


def page_tail(lines: list[Line], last_body: int) -> None:
    """A few short lines that end no sentence, between the story and the page's end, are the page's
    furniture (``Newsletter Clarín``, ``一覧へ戻る``, ``Story continues``) even when no rule knows
    their words: a story ends on a sentence.  Taken from the page's end up, and only beside chrome
    or metadata (a page's footer: the text alone, cleaned once already, keeps its last line); list
    items stay."""
    if last_body < 0:
        return
    below = lines[last_body + 1 :]
    tail = [ln for ln in below if ln.kind == "content"]
    if not tail or len(tail) > TAIL_LINES_MAX or not any(ln.kind in ("chrome", "meta") for ln in below):
        return
    if lines[last_body].text.endswith((":", "：")) or any(ln.text.endswith((":", "：")) for ln in tail):
        return  # a list the story introduces (积分榜前三名如下： / rows): the story's own
    for ln in reversed(tail):
        if not _furniture_like(ln.text, TAIL_LINE_MAX):
            break
        ln.kind, ln.rule = "chrome", "chrome.page_tail"


def _furniture_like(text: str, max_len: int) -> bool:
    """Short, ending no sentence, holding no clause mark, no list item: a button, a link or a count."""
    return (len(text) <= max_len and not _SENTENCE_END.search(text) and not _CLAUSE_MARK.search(text)
            and not LIST_ITEM.match(text))


ABOUT_AUTHOR_BIO_MAX = 300


def author_boxes(lines: list[Line], last_body: int) -> None:
    """Below the story, an ``About the Author`` head and the paragraph under it are the author's
    biography (metadata), not the story's last paragraph."""
    for i in range(max(last_body - 1, 0), len(lines)):
        ln = lines[i]
        if ln.kind == "content" and ABOUT_AUTHOR.match(ln.text):
            bio = next_nonblank(lines, i)
            ln.kind, ln.rule, ln.meta = "chrome", "meta.author_bio", {}
            if bio is not None and bio.kind == "content" and len(bio.text) <= ABOUT_AUTHOR_BIO_MAX:
                bio.kind, bio.rule, bio.meta = "meta", "meta.author_bio", {"author_bio": bio.text}
            return


HEAD_GAP_LINE_MAX = 24  # a button or a count is short


def head_gap(lines: list[Line], first_body: int) -> None:
    """Between the byline or date block and the story's first paragraph, short lines that end no
    sentence and hold no clause mark, with a button after them, are the page's buttons and counts
    (``Add to your saved stories`` / ``Save``) even when no rule knows their words.  The headline
    stands above that block; a short line right above the story or a list is its subheading
    (``Key Points``)."""
    if not 0 < first_body < len(lines):
        return
    last_meta = next((i for i in range(first_body - 1, -1, -1) if lines[i].kind == "meta"), None)
    if last_meta is None or not any(x.kind == "content" for x in lines[:last_meta]):
        return  # (a date above the headline: what follows it is the headline)
    if not any(x.kind == "meta" and "date" in x.meta for x in lines[: last_meta + 1]):
        return
    for i in range(first_body - 1, last_meta, -1):
        ln, nxt = lines[i], next_nonblank(lines, i)
        if (ln.kind == "content" and _furniture_like(ln.text, HEAD_GAP_LINE_MAX)
                and nxt is not None and nxt.kind == "chrome"):
            ln.kind, ln.rule = "chrome", "chrome.head_gap"


POSTER_MAX = 16  # a forum handle: a short line without punctuation


def forum_posters(lines: list[Line], first_body: int) -> None:
    """Above the first post, the short line right over its floor number (``小明同学`` / ``1楼``) is the
    thread's poster: a forum handle is no personal name the byline rules would know."""
    for i, ln in enumerate(lines[:first_body]):
        if ln.kind != "content" or len(ln.text) > POSTER_MAX or _POSTER_PUNCT.search(ln.text):
            continue
        nxt = next_nonblank(lines, i)
        if nxt is not None and nxt.rule == "chrome.counter" and nxt.text == "1楼":
            ln.kind, ln.rule, ln.meta = "meta", "meta.byline", {"authors": [ln.text]}


_OUTLET_AT_PLACE = regex.compile(r"^(?P<outlet>\p{Lu}[\w&.]*(?: \p{Lu}[\w&.]*){0,3}) at (?P<place>\p{Lu}[\w ,.'’-]{2,60})$")
PLACE_LINE_MAX = 80


def byline_places(lines: list[Line], first_body: int) -> None:
    """Right under a byline, where the reporter filed from (``BBC Sport at King Abdullah Sports City,
    Jeddah``) is the dateline and the outlet, not the story's first words."""
    for i, ln in enumerate(lines[: first_body + 1]):
        if ln.kind != "content" or len(ln.text) > PLACE_LINE_MAX or ln.text.endswith("."):
            continue
        prev = prev_nonblank(lines, i)
        m = _OUTLET_AT_PLACE.match(ln.text) if prev is not None and prev.kind == "meta" and "authors" in prev.meta else None
        if m:
            ln.kind, ln.rule, ln.meta = "meta", "meta.dateline", {"dateline": m.group("place"), "source": m.group("outlet")}

