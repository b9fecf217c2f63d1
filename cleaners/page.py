"""``clean_page``: one page of text in, articles and an audit out.

Steps (each can be switched off in ``CleanOptions``): characters, pinyin,
punctuation width, chrome, metadata, line-break repair, digest splitting.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import breaks, chrome
from .chars import normalize_line, simplified
from .columns import unwrap
from .headline import (
    BRACKETED_TITLE,
    INNER_PUNCT,
    NAV_ENTRIES_MIN,
    SECTION_HAN,
    TITLE_MAX,
    headline_start,
    is_section,
    navigation_above_date,
    section_above_dated_headline,
    sections_above_headline,
    subheading_like,
)
from .metadata import (
    finish,
    lead_byline,
    lead_original_title,
    loose_date_line,
    merge,
    parse_agency_credit,
    parse_author_note,
    parse_bracket_byline,
    parse_byline,
    parse_byline_stamp,
    parse_channel,
    parse_composite,
    parse_credits,
    parse_date,
    parse_location,
    parse_masthead,
    parse_meta_line,
    parse_name_stamp,
    parse_page_header,
    parse_paper_stamp,
    parse_print_head,
    parse_provenance,
    parse_role_line,
    parse_signature,
    parse_stamp_byline,
    parse_stamp_source,
    parse_wire_source,
    parse_wire_stamp,
)
from .model import Article, Audit, Line, PageResult
from .neighbours import (
    HEADING_MAX,
    affiliations,
    author_boxes,
    byline_places,
    caps_datelines,
    captions,
    dated_bylines,
    datelines,
    end_signatures,
    forum_posters,
    head_gap,
    heading_like,
    headline_like,
    label_lines,
    label_values,
    menus,
    only_link_words,
    page_tail,
    site_name,
    site_name_again,
    split_stamps,
    stray_counts,
)
from .punctuation import widen
from .rules import (
    ATTRIBUTION_RULES,
    BYLINE_RULES,
    CHROME_RULES,
    CREDIT_RULES,
    DATE_LINE_RULE,
    FOOTER_RULE,
    OTHER_SENTENCE_END,
    SENTENCE_END,
)

STEPS = ("chars", "pinyin", "punct", "chrome", "meta", "breaks", "digest")
PAGE_FIELDS = ("masthead", "page", "section", "paper_date")
CLOSING_FIELDS = ("source", "channel", "original_title")
HEADING_LINES_MAX = 4
_ENDS_SENTENCE = regex.compile(r"[。！？]$")
_BULLET = regex.compile(r"^[·•●▪■◆]")


@dataclass(frozen=True)
class CleanOptions:
    """Which cleaning steps run.  All on by default; ``punct`` widens ASCII punctuation in Chinese context."""

    disabled: frozenset[str] = field(default_factory=frozenset)

    def on(self, step: str) -> bool:
        return step not in self.disabled

    @classmethod
    def without(cls, *steps: str) -> CleanOptions:
        unknown = set(steps) - set(STEPS)
        if unknown:
            raise ValueError(f"unknown cleaning step(s): {', '.join(sorted(unknown))}; known: {', '.join(STEPS)}")
        return cls(frozenset(steps))


# Lines are memoised per process: a site's chrome repeats on every one of its pages and a
# reprint repeats its source's paragraphs, so a duplicate-heavy corpus cleans each line once.
LINE_CACHE = 1 << 16


def prepare_line(raw: str, options: CleanOptions, counts: Counter | None = None) -> str:
    """The line-local rewrites: characters, pinyin annotations, punctuation width."""
    line, rewrites = _prepared(raw, options)
    if counts is not None:
        for kind, n in rewrites:
            counts[kind] += n
    return line


@lru_cache(maxsize=LINE_CACHE)
def _prepared(raw: str, options: CleanOptions) -> tuple[str, tuple[tuple[str, int], ...]]:
    counts: Counter = Counter()
    line = normalize_line(raw, counts) if options.on("chars") else raw.strip()
    if options.on("pinyin"):
        line, n = chrome.strip_pinyin(line)
        if n:
            counts["pinyin"] += n
    if options.on("punct"):
        line, n = widen(line)
        if n:
            counts["punct_width"] += n
    return line, tuple(counts.items())


# A credit, byline or label line run onto the end of a paragraph (``……上限不会太高。原标题：……``,
# ``……站稳脚跟。（记者 张三）责任编辑：李四``): where a sentence or a bracket closes and a bracket
# or a short ``label：`` opens, the rest of the line may be a line of its own.
_GLUED = regex.compile(r"(?<=[。！？!?…][”’」』]?|[）)】])(?=[（(【\[]|[^\s，,。：:]{1,12}[：:])")
# a quick look before the full one: a close, then a bracket or a short label's colon
_GLUED_HINT = regex.compile(r"[。！？!?…”’」』）)】](?:[（(【\[]|[^\s，,。：:]{1,12}[：:])")
GLUED_MAX = 80  # characters of a tail tried as a line of its own
# what such a tail may be (never other chrome, a date or a notice's closing block)
GLUED_RULES = frozenset({"meta.fields", "meta.byline", "meta.signature", "meta.author_bio", "meta.provenance",
                         "meta.credits", "credit.photo", "credit.caption", "chrome.end_mark", "chrome.copyright"})
BRACKET_LABEL_MAX = 6  # 【编者按】 opens a note; a longer bracket that opens a running sentence is prose
_OPENS = {"（": "）", "(": ")", "【": "】", "[": "]"}


def split_glued(text: str, options: CleanOptions) -> tuple[str, list[tuple[str, tuple]]]:
    """The line without the credit, byline and label lines run onto its end, and those lines (in
    order) with their verdicts."""
    tails: list[tuple[str, tuple]] = []
    while len(text) > GLUED_MAX // 4 and _GLUED_HINT.search(text, max(0, len(text) - GLUED_MAX)):
        cut = [m.start() for m in _GLUED.finditer(text, max(0, len(text) - GLUED_MAX))]
        if not cut or cut[-1] < 2:
            break
        tail = text[cut[-1] :].strip()
        if tail[0] in _OPENS and _OPENS[tail[0]] not in tail[-2:] + tail[:BRACKET_LABEL_MAX]:
            break  # a bracket opening a sentence that runs on: prose, not a credit
        verdict = _verdict(tail, True, False, True, options)
        if verdict is None or verdict[1] not in GLUED_RULES:
            break
        tails.append((tail, verdict))
        text = text[: cut[-1]].rstrip()
    return text, tails[::-1]


def _classify(lines: list[Line], options: CleanOptions) -> None:
    """Give every line its kind; ``edge`` rules only in the top and bottom chrome clusters."""
    for ln in lines:
        if not ln.text:
            ln.kind = "blank"
            continue
        if options.on("digest"):
            for rule in ATTRIBUTION_RULES:
                m = rule.pattern.match(ln.text) if len(ln.text) <= rule.max_len else None
                if m:
                    ln.kind, ln.rule, ln.meta = "attribution", rule.name, {"source": m.group("source").strip()}
                    break
    # the body zone runs from the first to the last prose line that no rule (edge rules included)
    # claims: chrome clusters at the ends are peeled off even when their lines are long sentences
    # (only prose lines can anchor the zone, so only they are probed here)
    # (the items of a 相关阅读 list are headlines: however prose-like, they never anchor it)
    listed = _listed_under_related(lines, options) if options.on("chrome") else set()
    comments = _comments_from(lines, options) if options.on("chrome") else len(lines)
    unclaimed = [ln.kind == "content" and i not in listed and i < comments and chrome.is_body_like(ln.text)
                 and not _any_rule(ln.text, options) for i, ln in enumerate(lines)]
    first, last = chrome.body_zone([ln.text if ok else "" for ln, ok in zip(lines, unclaimed)])
    for i, ln in enumerate(lines):
        if ln.kind != "content" or (unclaimed[i] and first <= i <= last):
            continue  # a line no rule claims even at the edge needs no second look inside the body
        at_top, at_bottom = i < first, i > last
        _classify_line(ln, at_top or at_bottom, at_top, at_bottom, options)
    for ln in lines[comments + 1 :]:
        if ln.kind in ("content", "meta"):
            ln.kind, ln.rule, ln.meta = "chrome", "chrome.comments", {}
    if options.on("chrome"):
        _related_lists(lines, last, listed)
        captions(lines, first)
        label_values(lines, last)
        stray_counts(lines, first, last)
        if options.on("meta"):
            end_signatures(lines, last)  # before the menus: a name below the story is no menu entry
        menus(lines, first, last)
        site_name(lines, first)
        site_name_again(lines, last)
    if options.on("meta"):
        affiliations(lines, first)
        label_lines(lines, first)
        split_stamps(lines, first)
        dated_bylines(lines, first)
        forum_posters(lines, first)
        byline_places(lines, first)
        datelines(lines, first)
        caps_datelines(lines, first)
    if options.on("meta"):
        author_boxes(lines, last)
    if options.on("chrome"):
        page_tail(lines, last)  # last: what no rule claimed below the story
        head_gap(lines, first)  # and between the byline or date and the story


COMMENTS_AFTER_PROSE = 2  # prose lines a comments head must follow to open the comments
COMMENTS_HEAD_MAX = 60  # (a forum reply's header: 作者：… 回复日期：2023-11-20 21:40:12)
_COMMENT_WORD = regex.compile(r"评论|評論|留言|讨论|討論|楼$|回复|comment|conversation", regex.I)  # what every comments head holds


def _comments_from(lines: list[Line], options: CleanOptions) -> int:
    """Index of a comment section's head below some prose, else len(lines): readers' comments
    are prose too, and must not stretch the body down to the page's end."""
    prose: list[str] = []  # prose lines above: a comments link by the byline (``Comments``) has only a standfirst
    for i, ln in enumerate(lines):
        if ln.kind != "content":
            continue
        verdict = (_verdict(ln.text, True, False, False, options)
                   if len(ln.text) <= COMMENTS_HEAD_MAX and _COMMENT_WORD.search(ln.text) else None)
        if (len(prose) >= COMMENTS_AFTER_PROSE and verdict is not None and verdict[1] == "chrome.comments"
                and sum(not _any_rule(t, options) for t in prose) >= COMMENTS_AFTER_PROSE):  # (a byline with a bio is no story)
            return i
        if chrome.is_body_like(ln.text):
            prose.append(ln.text)
    return len(lines)


def _any_rule(text: str, options: CleanOptions) -> bool:
    return _verdict(text, True, False, False, options) is not None


# the longest line any rule may claim (each rule's max_len; metadata lines are shorter)
RULE_MAX_LEN = max(r.max_len for r in (*CHROME_RULES, *CREDIT_RULES, *BYLINE_RULES))
SCRIPT_FOLD_MAX = 160  # chrome lines are short: only these are also matched in Simplified script


def _classify_line(ln: Line, edge: bool, top: bool, bottom: bool, options: CleanOptions) -> None:
    verdict = _verdict(ln.text, edge, top, bottom, options)
    if verdict is not None:
        ln.kind, ln.rule, meta, ln.scope = verdict
        ln.meta = _own(meta)


def _own(fields: dict) -> dict:
    """A line's own copy of a verdict's fields: the verdict is shared through the cache."""
    return {k: list(v) if isinstance(v, list) else v for k, v in fields.items()}


@lru_cache(maxsize=LINE_CACHE)
def _verdict(text: str, edge: bool, top: bool, bottom: bool, options: CleanOptions) -> tuple[str, str, dict, str] | None:
    """(kind, rule, fields, scope) of a line that a meta or chrome rule claims at this position, else None."""
    if len(text) > RULE_MAX_LEN:  # longer than any rule's max_len: prose, whatever it says
        return None
    # rules are written in Simplified Chinese; a Traditional-script page is matched through a folded copy
    # (and, when folding changed the line, as it stands: folding also rewrites Japanese kanji)
    t = simplified(text) if len(text) <= SCRIPT_FOLD_MAX and not text.isascii() else text
    verdict = _rule_verdict(t, edge, top, bottom, options)
    if verdict is None and t != text:
        return _rule_verdict(text, edge, top, bottom, options)
    if verdict is not None and t != text and len(t) == len(text):
        kind, rule, fields, scope = verdict  # names and sources as the page writes them (陳小文, not 陈小文)
        verdict = kind, rule, {k: _unfold(v, t, text) for k, v in fields.items()}, scope
    return verdict


def _unfold(value, folded: str, text: str):
    """A field value found in the folded line, taken from the same place in the line as written."""
    if isinstance(value, list):
        return [_unfold(v, folded, text) for v in value]
    pos = folded.find(value) if isinstance(value, str) and value else -1
    return text[pos : pos + len(value)] if pos >= 0 else value


def _rule_verdict(t: str, edge: bool, top: bool, bottom: bool, options: CleanOptions) -> tuple[str, str, dict, str] | None:
    if options.on("meta"):
        for name, parse, where in _META_PARSERS:
            if where == "top" and not top or where == "bottom" and not bottom:
                continue
            fields = parse(t)
            if fields:
                return "meta", name, fields, "page" if set(fields) <= set(PAGE_FIELDS) else "article"
    if options.on("chrome"):
        rule = chrome.credit_rule(t) or chrome.chrome_rule(t, edge)
        if rule:
            return "chrome", rule, {}, "article"
    return None


def _footer(text: str) -> dict | None:
    if not FOOTER_RULE.pattern.match(text) or len(text) > FOOTER_RULE.max_len or _ENDS_SENTENCE.search(text):
        return None
    iso = parse_date(text)
    return {"paper_date": iso} if iso else None


_DIGIT = regex.compile(r"\d")


def _date_line(text: str) -> dict | None:
    # (every date the rule reads has a digit: most lines have none, and the rule is long to try)
    if len(text) > DATE_LINE_RULE.max_len or not _DIGIT.search(text):
        return None
    if not DATE_LINE_RULE.pattern.match(text):
        return loose_date_line(text)  # a label or an order the rule does not spell
    iso = parse_date(text)
    return {"date": iso} if iso else None


_META_PARSERS = (
    ("meta.page", parse_page_header, "any"),
    ("meta.page", parse_print_head, "any"),
    ("meta.masthead", parse_masthead, "top"),
    ("meta.fields", lambda t: parse_meta_line(t) if len(t) <= 240 else None, "any"),
    ("meta.byline", parse_byline, "any"),
    ("meta.date", _date_line, "any"),
    ("meta.stamp_source", parse_stamp_source, "any"),
    ("meta.stamp_byline", parse_stamp_byline, "any"),
    ("meta.byline_stamp", parse_byline_stamp, "any"),
    ("meta.paper_stamp", parse_paper_stamp, "any"),
    ("meta.name_stamp", parse_name_stamp, "top"),
    ("meta.channel", parse_channel, "any"),
    ("meta.location", parse_location, "any"),
    ("meta.credits", parse_credits, "any"),
    ("meta.agency", parse_agency_credit, "any"),
    ("meta.provenance", parse_provenance, "any"),
    ("meta.wire_stamp", parse_wire_stamp, "any"),
    ("meta.author_bio", parse_author_note, "any"),
    ("meta.byline", parse_bracket_byline, "any"),
    ("meta.signature", parse_signature, "bottom"),
    ("meta.wire_source", parse_wire_source, "bottom"),
    ("meta.role", parse_role_line, "any"),
    ("meta.composite", parse_composite, "any"),
    ("meta.paper_footer", _footer, "bottom"),
)


def _list_item(text: str) -> bool:
    """A line as a 相关阅读 list holds them: a bulleted headline, or a short line without a full stop
    (a Latin-script headline runs longer than a Chinese one)."""
    limit = HEADLINE_ITEM_MAX if _HAN_CHAR.search(text) else RELATED_ITEM_MAX
    return len(text) <= RELATED_ITEM_MAX and bool(
        _BULLET.match(text) or len(text) <= limit and "。" not in text and not text.endswith("."))


def _listed_under_related(lines: list[Line], options: CleanOptions) -> set[int]:
    """Indices of the list items right under a 相关阅读-style header (blank lines between allowed)."""
    out: set[int] = set()
    content = [i for i, ln in enumerate(lines) if ln.kind != "blank"]
    prose = next((i for i in content if chrome.is_body_like(lines[i].text)), len(lines))
    for k, i in enumerate(content[:-1]):
        if i < prose or len(lines[i].text) > RELATED_HEADER_MAX or not _list_item(lines[content[k + 1]].text):
            continue  # only a short line below some prose with a list item under it can head a list
            # (a ``Top Stories`` entry in the menu above the headline heads nothing)
        verdict = _verdict(lines[i].text, True, False, False, options)
        if verdict is None or verdict[1] != "chrome.related":
            continue
        for j in content[k + 1 :]:
            if not _list_item(lines[j].text):
                break
            out.add(j)
    return out


RELATED_HEADER_MAX = 30
HEADLINE_ITEM_MAX = 40  # an unbulleted headline in a list
RELATED_ITEM_MAX = 80  # a headline, bullet included


def _related_lists(lines: list[Line], last_body: int, listed: set[int]) -> None:
    """Lines under a 相关阅读-style header at the bottom are the list it heads: its items (``listed``,
    however prose-like) and short lines; below the body, short bulleted lines are one too, unless
    the body's last paragraph is a bulleted point they continue."""
    in_list = False
    own_points = 0 <= last_body < len(lines) and bool(_BULLET.match(lines[last_body].text))
    for i, ln in enumerate(lines):
        if i <= last_body:
            continue
        if ln.kind == "chrome" and ln.rule == "chrome.related":
            in_list = True
        elif ln.kind == "content" and (
                i in listed
                or (in_list or _BULLET.match(ln.text) and not own_points)
                and not chrome.is_body_like(ln.text) and len(ln.text) <= 60):
            ln.kind, ln.rule = "chrome", "chrome.related_list"


@dataclass
class _Segment:
    lines: list[tuple[Line, bool]] = field(default_factory=list)  # (line, blank or removed line before it)
    meta: dict = field(default_factory=dict)
    closing: bool = False


def _segments(lines: list[Line], options: CleanOptions) -> tuple[list[_Segment], dict]:
    """Cut the page into articles at attribution lines; collect page-level metadata.

    A source line below a single paragraph, in a block with the date, closes nothing: that
    paragraph is a standfirst and the block heads the story (headline / standfirst /
    ``Aktualisiert am …`` / ``Quelle: …`` / story)."""
    segs = [_Segment()]
    page_meta: dict = {}
    gap = True
    chrome_seen, last_content = 0, None
    dated_block = False  # the metadata lines since the last content line hold a date
    for ln in lines:
        cur = segs[-1]
        if ln.kind == "content":
            dated_block = False
        elif ln.kind == "meta" and "date" in ln.meta:
            dated_block = True
        if ln.kind == "meta" and last_content is not None and ln.rule not in PRINT_FURNITURE:
            last_content.meta_after = True
        if ln.kind == "content":
            if cur.closing:
                cur = _Segment()
                segs.append(cur)
            ln.chrome_before, chrome_seen, last_content = chrome_seen, 0, ln
            cur.lines.append((ln, gap))
            gap = False
        elif ln.kind == "blank" or ln.kind == "chrome":
            chrome_seen += ln.kind == "chrome"
            gap = True
        elif ln.kind == "meta" and ln.scope == "page":
            page_meta = merge(page_meta, ln.meta)
        elif ln.glued:  # run onto a paragraph's end: its fields, never a cut
            cur.meta = merge(cur.meta, ln.meta)
            gap = True
        else:
            if options.on("digest") and _headline_of_next(cur, ln, last_content):
                # a print page's next story: its headline and byline below the last one's text
                head = cur.lines.pop()
                cur = _Segment(lines=[head])
                segs.append(cur)
            if ln.kind == "attribution":
                cur.meta = {**cur.meta, **ln.meta}
            else:
                cur.meta = merge(cur.meta, ln.meta)
            if options.on("digest") and _has_body(cur) and (
                    ln.kind == "attribution" or set(ln.meta) & set(CLOSING_FIELDS) and not (dated_block and _standfirst_only(cur))):
                cur.closing = True
            gap = True
    # a segment with no content gives its metadata to its neighbour
    out: list[_Segment] = []
    for seg in segs:
        if seg.lines:
            out.append(seg)
        elif out:
            out[-1].meta = merge(out[-1].meta, seg.meta)
        elif len(segs) > 1:  # metadata above the first article belongs to it
            segs[1].meta = merge(seg.meta, segs[1].meta)
    return out, page_meta


def _has_body(seg: _Segment) -> bool:
    return any(chrome.is_body_like(ln.text) and not heading_like(ln.text) for ln, _ in seg.lines)


HEADLINE_OF_NEXT_MAX = 40  # a headline in a page's middle: short, no clause mark, no sentence end
_CLOSES_SENTENCE = regex.compile(rf"[{regex.escape(SENTENCE_END + OTHER_SENTENCE_END)}.][”’」』）)\"»]*$")


def _headline_of_next(cur: _Segment, ln: Line, last_content: Line | None) -> bool:
    """Whether the byline ``ln`` heads another story: right under a headline-like line that itself
    follows prose of the story before (``…建设。`` / ``冬季安全生产检查全面展开`` / ``本报记者 李四``)."""
    if ln.kind != "meta" or ln.rule != "meta.byline" or len(cur.lines) < 2 or ln.text[:1].islower():
        return False  # (a line that opens in lower case, ``von Charakter``, may be a sentence's next line)
    head = cur.lines[-1][0]
    before = _Segment(lines=cur.lines[:-1])
    return (head is last_content and headline_like(head.text, HEADLINE_OF_NEXT_MAX) and not _CLOSES_SENTENCE.search(head.text)
            and not INNER_PUNCT.search(head.text) and _has_body(before)
            and bool(_CLOSES_SENTENCE.search(cur.lines[-2][0].text)))


def _standfirst_only(seg: _Segment) -> bool:
    """One prose paragraph so far, under the headline."""
    return sum(chrome.is_body_like(ln.text) and not heading_like(ln.text) for ln, _ in seg.lines) == 1


PRINT_FURNITURE = frozenset({"meta.page", "meta.paper_footer", "meta.masthead"})  # metadata that sits mid-text
_HAN_CHAR = regex.compile(r"\p{Han}")


def _names_site(line: str, source: str | None) -> bool:
    """Whether a heading line is the name of the source the page names (the same, or one inside the other)."""
    if not source or not isinstance(source, str) or len(line) < 2:
        return False
    return line == source or (min(len(line), len(source)) >= 3 and (source.startswith(line) or line.startswith(source)))


def _article(seg: _Segment, audit: Audit, options: CleanOptions, digest_head: bool = False) -> Article:
    """One article from its segment; ``digest_head``: the first of a digest page's articles, whose
    heading lines may begin with the digest's name and date (``Morning Briefing`` / date / headline)."""
    items = seg.lines
    meta = dict(seg.meta)
    start = headline_start(items)
    if start:
        meta["kicker"] = " ".join(ln.text for ln, _ in items[:start])
        for ln, _ in items[:start]:
            audit.removed.append({"line": ln.no, "text": ln.text, "rule": "meta.kicker"})
        items = items[start:]
    head: list[str] = []
    head_nos: list[int] = []  # their input line numbers, for the audit
    n_head, total = 0, 0  # lines the heading takes (repeats included), characters of its text
    while n_head < len(items) - 1 and len(head) < HEADING_LINES_MAX:
        t = items[n_head][0].text
        joined = " ".join(head)
        if head and (joined == t or joined.endswith(" " + t)):
            # a headline printed twice (page title above article title): removed, not more title
            audit.removed.append({"line": items[n_head][0].no, "text": t, "rule": "chrome.repeated_title"})
            n_head += 1
            continue
        ok = headline_like(t, TITLE_MAX) and (not head or subheading_like(t) and not items[n_head - 1][0].meta_after)
        if not ok or total + len(t) > TITLE_MAX:
            break  # (a byline or date line ends the headline: what follows it is the story's)
        total += len(t) + 1
        head.append(t)
        head_nos.append(items[n_head][0].no)
        n_head += 1
    # the heading lines gathered so far stand above the real headline: a menu above a date line, or a
    # site's and section's names above a headline the heading stopped short of
    above = ("chrome.nav" if navigation_above_date(items, n_head, 1 if digest_head else NAV_ENTRIES_MIN)
             else "meta.kicker" if sections_above_headline(items, n_head) or section_above_dated_headline(items, n_head)
             else None)
    if above:
        if above == "meta.kicker":
            meta["kicker"] = " ".join(filter(None, [meta.get("kicker", ""), *head]))
        audit.removed.extend({"line": ln.no, "text": ln.text, "rule": above} for ln, _ in items[:n_head])
        items, head, head_nos, n_head = items[n_head:], [items[n_head][0].text], [items[n_head][0].no], 1
    if n_head == 0 and len(items) == 1 and heading_like(items[0][0].text) and len(items[0][0].text) <= 30:
        n_head = 1
        head = [items[0][0].text]
    subtitles = [h.lstrip("—－-─ ") for h in head if h[:1] in "—－─" or h.startswith("--")]
    titles = [h for h in head if not (h[:1] in "—－─" or h.startswith("--"))]
    sections: list[str] = []

    def to_kicker(k: int) -> None:  # a heading line that names the site or section, not the story
        sections.append(titles.pop(k))
        audit.removed.append({"line": head_nos[head.index(sections[-1])], "text": sections[-1], "rule": "meta.kicker"})

    while len(titles) >= 2 and (is_section(titles[0], titles[-1]) or digest_head and BRACKETED_TITLE.match(titles[-1])):
        to_kicker(0)  # (on a digest, the digest's name above its first item's bracketed headline)
    if len(titles) >= 2 and all(SECTION_HAN.match(t) for t in titles):  # 财联社 / 电报 / story: no headline
        sections, titles = sections + titles, []
    while titles and _names_site(titles[0], meta.get("source")):  # the site's name heads the page: 钛媒体 / 钛媒体App
        to_kicker(0)
    while len(titles) >= 2 and only_link_words(titles[-1]):  # a section's name under the headline: Ekonomi Haberleri
        to_kicker(-1)
    if sections:  # a site's or section's name above the headline (Hong Kong / ..., 港聞 / 社會新聞 / ...)
        meta["kicker"] = " ".join(filter(None, [meta.get("kicker", ""), *sections]))
    if subtitles:
        meta["subtitle"] = " ".join(subtitles)
    paragraphs: list[str] = []
    heading_flags: list[bool] = []
    for k, (ln, gap) in enumerate(items[n_head:], n_head):
        t = ln.text
        if paragraphs and options.on("breaks"):
            prev = paragraphs[-1]
            # a byline or date line between two paragraphs parts them (a standfirst and the story);
            # a print page's header or footer does not (a paragraph runs on across the page break)
            rule = None if heading_flags[-1] or items[k - 1][0].meta_after else breaks.join_rule(prev, t)
            if rule is None and heading_flags[-1] and not gap and subheading_like(t) and len(prev) + len(t) <= HEADING_MAX:
                rule = "join.heading_lines"
            if rule:
                sep = " " if rule == "join.heading_lines" else None
                paragraphs[-1] = prev + sep + t if sep else breaks.joined(prev, t, rule)
                heading_flags[-1] = rule == "join.heading_lines"
                audit.joins.append({"line": ln.no, "rule": rule})
                continue
        paragraphs.append(t)
        heading_flags.append(subheading_like(t))
    if paragraphs and options.on("meta"):
        paragraphs[0], original = lead_original_title(paragraphs[0])
        if original:
            meta.setdefault("original_title", original["original_title"])
            audit.rewrites["lead_original_title"] += 1
        paragraphs[0], lead = lead_byline(paragraphs[0])
        if lead:
            meta = merge(meta, lead)
            audit.rewrites["lead_byline"] += 1
    first_no, last_no = items[0][0].no, items[-1][0].no
    title = " ".join(titles)
    bracketed = BRACKETED_TITLE.match(title)  # 【北京发布寒潮预警】: a digest's headline in brackets
    return Article(bracketed.group(1) if bracketed else title, paragraphs, meta, (first_no, last_no))


TRAILING_LINES, TRAILING_CHARS = 3, 60  # what may follow the last closing line and still be furniture


def _without_trailing_furniture(segs: list[_Segment], audit: Audit) -> list[_Segment]:
    """A few short lines without prose after the last article's closing line are page furniture the
    rules did not know (欢迎转发, a slogan), not one more article."""
    tail = segs[-1].lines if segs else []
    if (len(segs) < 2 or len(tail) > TRAILING_LINES or sum(len(ln.text) for ln, _ in tail) > TRAILING_CHARS
            or any(chrome.is_body_like(ln.text) for ln, _ in tail)):
        return segs
    for ln, _ in tail:
        audit.removed.append({"line": ln.no, "text": ln.text, "rule": "chrome.trailing"})
    segs[-2].meta = merge(segs[-2].meta, segs[-1].meta)
    return segs[:-1]


def _with_glued_split(lines: list[Line], options: CleanOptions) -> list[Line]:
    """Lines with what was run onto their ends split off as lines of their own, marked ``glued``."""
    if not options.on("meta"):
        return lines
    out = []
    for ln in lines:
        head, tails = split_glued(ln.text, options) if len(ln.text) > GLUED_MAX // 4 else (ln.text, [])
        out.append(Line(ln.no, head) if tails else ln)
        for tail, (kind, rule, meta, scope) in tails:
            out.append(Line(ln.no, tail, kind, rule, _own(meta), scope, glued=True))
    return out


def clean_page(text: str, options: CleanOptions | None = None) -> PageResult:
    """Clean one page: returns its articles (title, paragraphs, meta) and the audit of every change.

    >>> r = clean_page("您的位置：首页 > 新闻\\n标题\\n正文第一句话很长，写得很长很长很长很长很长很长很长很长。\\n责任编辑：王芳")
    >>> r.articles[0].title, r.articles[0].meta["editor"], r.audit.removed[0]["rule"]
    ('标题', ['王芳'], 'chrome.breadcrumb')
    """
    options = options or CleanOptions()
    audit = Audit()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    numbered, column_joins = unwrap(text.split("\n")) if options.on("breaks") else (list(enumerate(text.split("\n"), 1)), [])
    audit.joins.extend({"line": no, "rule": "join.column"} for no in column_joins)
    lines = _with_glued_split([Line(i, prepare_line(raw, options, audit.rewrites)) for i, raw in numbered], options)
    _classify(lines, options)
    for ln in lines:
        if ln.kind == "blank":
            audit.blank_lines += 1
        elif ln.kind in ("chrome", "meta", "attribution"):
            audit.removed.append({"line": ln.no, "text": ln.text, "rule": ln.rule})
            if ln.kind != "chrome":
                audit.meta_lines += 1
    segs, page_meta = _segments(lines, options)
    if options.on("chrome"):
        segs = _without_trailing_furniture(segs, audit)
    if "masthead" in page_meta:
        page_meta.setdefault("source", page_meta["masthead"])
    if "paper_date" in page_meta:
        page_meta.setdefault("date", page_meta.pop("paper_date"))
    articles = []
    for k, seg in enumerate(segs):
        art = _article(seg, audit, options, digest_head=k == 0 and len(segs) > 1)
        art.meta = finish(merge(art.meta, page_meta))
        if "channel" in art.meta:  # a portal's channel (网易新闻) is the source only when no line names one
            art.meta.setdefault("source", art.meta.pop("channel"))
        if not art.title and art.meta.get("original_title"):
            art.title = art.meta["original_title"]  # a page that prints only its 原标题 line
        articles.append(art)
    return PageResult(articles, audit)
