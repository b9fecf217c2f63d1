"""Metadata lines (publish time, source, authors, editors, original title, page)
parsed into fields instead of being lost with the chrome."""

from __future__ import annotations

import regex

from .rules import (
    AGENCIES,
    ANY_NAME,
    AUTHOR_NOTE_RULE,
    BUDDHIST_ERA_OFFSET,
    BY_WITH_BIO_RULE,
    BY_WORDS,
    BYLINE_LABELS,
    BYLINE_RULES,
    BYLINE_STAMP_RULE,
    CREDITS_LINE_RULE,
    DATE_LINE_RULE,
    DATE_LINE_WORDS,
    DATE_PATTERNS,
    EDITOR_LABELS,
    INNER_ROLES,
    LATIN_NAMES_SPLIT,
    LOCATION_RULE,
    MASTHEAD_RULE,
    META_LABELS,
    MONTH_NAMES,
    NAME_STAMP_RULE,
    NEWSROOM_BAR,
    NEWSROOMS,
    NOT_NAMES,
    PAGE_HEADER_RULE,
    PAPER_STAMP_RULE,
    PORTAL_CHANNEL_RULE,
    PRINT_HEAD_RULE,
    PRINT_HEAD_ZH_RULE,
    PROVENANCE_RULE,
    ROLE_LINE_RULE,
    SIGNATURE_RULE,
    STAMP,
    STAMP_BYLINE_RULE,
    STAMP_SOURCE_RULE,
    STORY_OPENINGS,
    WIRE_SOURCE_RULE,
    WIRE_STAMP_RULE,
)

_LABEL_TO_FIELD = [(regex.compile(rf"^(?:{labels})$", regex.I), field) for labels, field in META_LABELS]
_ALL_LABELS = "|".join(labels for labels, _ in META_LABELS)
# ``label: value`` where value runs until the next label or the end; separators between
_SEGMENT = regex.compile(
    rf"(?P<label>{_ALL_LABELS})[\s　]*(?:[:：|｜]|(?<=^(?:作者|记者|来源|编辑|责编|责任编辑|撰稿|通讯员|实习生))[\s　]+)[\s　]*",
    regex.I | regex.V1,
)
_START = regex.compile(rf"^[\s　|｜丨│(（【\[]*(?:{_ALL_LABELS}|(?:19|20)\d\d)", regex.I | regex.V1)
# names written with spaces inside them (Jane Doe, Иван Петров, أحمد علي): split on commas and "and" only
_SPACED_NAMES = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Devanagari}\p{Thai}]{2}")
_PROSE_PUNCT = regex.compile(r"[，。！？；]")
_SENT_END = regex.compile(r"[。！？]")
_WEEKDAY = regex.compile(r"^(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]$")
_SOURCE_SPLIT = regex.compile(r"[\s　]{2,}|[|｜丨]")
# page buttons that a scrape runs into the source name: ``来源：澎湃新闻 举报``
_UI_TAIL = regex.compile(r"(?:[\s　]+(?:举报|分享|收藏|关注|评论|纠错|打印|订阅|投诉|反馈|字号|[大中小]|\S{0,12}官方[帐账]号))+$")
# an editor's desk code after the name (``冯十六 PN100``, ``DF010``) and a date code after a closing
# bracket (``（编辑：林十五）1120901``) are no names
_DESK_CODE = regex.compile(r"(?<=\p{Han})(?:[\s　]+|_)[A-Z]{1,4}\d{2,5}$")  # 王强 NE0011, 王强_NE0011 (网易)
_BRACKET_DATE_CODE = regex.compile(r"(?<=[)）\]】])\d{5,8}$")
_BYLINE_PREFIX = regex.compile(r"^[（(【]?(?:本报|本台|本刊|新华社|中新社|中新网)?")
_ORIGINAL_MARK = regex.compile(r"^(?:原创|独家)[\s　]+(?:记者|作者|文)?[\s　]*")
_OUTLET_TAIL = regex.compile(r"[\s　]+[\p{Han}A-Za-z]{2,12}(?:报|网|社|台|刊|号)$")
_BY = regex.compile(rf"^(?:{BY_WORDS}|{BYLINE_LABELS})\s*[:：]?\s+")
_WEN = regex.compile(r"^(?:文|图文|文图|文／图|文/图)[\s　]*[/／|｜:：]")
_SPLIT_NAMES = regex.compile(r"[\s　、，,;；/／]+|\band\b")
_INNER_ROLE = regex.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(INNER_ROLES)))
_NAME = regex.compile(rf"^(?:[\p{{Han}}·]{{2,5}}|[가-힣]{{2,4}}|[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){{0,3}}(?:\s(?:Jr\.?|Sr\.?|II|III|IV|V))?"
                   rf"|{ANY_NAME})$", regex.V1)  # (Frank Thorp V)
_PLACE_REPORT = regex.compile(r"[／/][\p{Han}]{2,8}(?:报导|报道|綜合報導|综合报导)$")  # 記者王大明／台北報導
_KO_ROLE = regex.compile(r"\s+(?:기자|특파원)(?:\s+구독)?(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$")  # 김철수 기자 (구독, e-mail)
DATE_HEAD = regex.compile(rf"^{STAMP}[\s　]*$")
ORIGINAL_TITLE_MAX = 60
KEYWORDS_MAX = 60
_LIST_FIELDS = {"authors", "reporters", "correspondents", "interns", "photographers", "editor", "reviewer"}


_MORNING = frozenset({"AM", "am", "A", "a"})
_AFTERNOON = frozenset({"下午", "晚上", "오후", "PM", "pm", "P", "p"})  # a 12-hour clock's afternoon (p.m.)


def parse_date(text: str) -> str | None:
    """First date in ``text`` as ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS]``)."""
    for pat in DATE_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        g = m.groupdict()
        y = int(g["y"])
        mon = MONTH_NAMES.get(g["mon"].lower(), 0) if g.get("mon") else int(g["m"])
        if y >= 2400:  # a Thai year, in the Buddhist era
            y -= BUDDHIST_ERA_OFFSET
        elif y < 100:  # 23-12-15 08:30
            y += 2000
        d = int(g["d"])
        if mon > 12 and not g.get("mon") and d <= 12:  # 11/15/2026: month first after all
            mon, d = d, mon
        if not (1 <= mon <= 12 and 1 <= d <= 31):
            continue
        iso = f"{y:04d}-{mon:02d}-{d:02d}"
        if g.get("H"):
            hour = int(g["H"]) + (12 if g.get("P") in _AFTERNOON and int(g["H"]) < 12 else 0)
            if g.get("P") in _MORNING and hour == 12:  # 12:30 AM
                hour = 0
            iso += f"T{hour:02d}:{int(g['M']):02d}"
            if g.get("S"):
                iso += f":{int(g['S']):02d}"
        return iso
    return None


_PLACE_REPORTED = regex.compile(r"(?:报道|报导|報導|報道)$")  # 北京报道: where the reporter filed from


def _names(value: str) -> list[str]:
    value = value.strip("（）()【】[] 　")
    splitter = LATIN_NAMES_SPLIT if _SPACED_NAMES.search(value) else _SPLIT_NAMES
    return [n.strip() for n in splitter.split(value)
            if n and _NAME.match(n.strip()) and n.strip() not in NOT_NAMES and not _PLACE_REPORTED.search(n)]


def _people(value: str, default_field: str) -> dict[str, list[str]]:
    """Split ``记者 沈哲韬 实习生 徐佳叶`` into role lists; names without a role go to default."""
    out: dict[str, list[str]] = {}
    field = default_field
    pos = 0
    for m in _INNER_ROLE.finditer(value):
        chunk = value[pos : m.start()]
        if pos == 0 and chunk and (not chunk[-1].isspace() or _OUTLET_WORD.match(chunk.strip())):
            # glued to the role word it names an outlet, not a person (澎湃新闻记者 张三); so does
            # a word ending like one (南都讯 记者丰臻, 本版撰稿 特约记者 刘刚)
            chunk = ""
        elif chunk and not chunk[-1].isspace():  # 记者 张三 南方周末实习生 李四: the outlet of the next role
            chunk = chunk.rsplit(None, 1)[0] if len(chunk.split()) > 1 else ""
        for n in _names(chunk):
            out.setdefault(field, []).append(n)
        field = next(INNER_ROLES[int(k[1:])][1] for k, v in m.groupdict().items() if v)
        pos = m.end()
    for n in _names(value[pos:]):
        out.setdefault(field, []).append(n)
    return out


def _field_for(label: str) -> str:
    for pat, field in _LABEL_TO_FIELD:
        if pat.match(label):
            return field
    return "other"


_DATED_FIELDS = frozenset({"source", "authors", "reporters", "correspondents", "interns", "photographers", "editor"})


def _without_date(value: str, meta: dict) -> str:
    """``value`` without a time stamp at its end, which goes to ``meta`` (the first date found stays)."""
    dated = _TRAILING_DATE.search(value)
    iso = parse_date(dated.group(1)) if dated else None
    if not iso:
        return value
    meta.setdefault("date", iso)
    return value[: dated.start()].strip()


def parse_meta_line(line: str) -> dict | None:
    """Fields of a line that is wholly ``label: value`` segments, else None."""
    if not _START.match(line):
        return None
    line = _BRACKET_DATE_CODE.sub("", line)
    matches = list(_SEGMENT.finditer(line))
    if not matches:
        return None
    head = line[: matches[0].start()].strip(" 　|｜丨│(（【[")
    meta: dict = {}
    if head:  # a bare time stamp may lead the line: ``2022年11月03日 14:25  来源：宁波晚报``
        iso = parse_date(head) if DATE_HEAD.match(head) else None
        if not iso:
            return None
        meta["date"] = iso
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[m.end() : end].strip(" 　|｜丨│)）】]")
        field = _field_for(m.group("label"))
        if field == "_reply":
            return None  # 作者：… 回复日期：…: a reply, which the comment rules take
        if not value or field.startswith("_"):
            continue  # a widget's label (字体：[ 大 中 小 ]) and its value carry no metadata
        if field in _DATED_FIELDS:  # the page's time stamp after the last field: 作者：李华 2023-12-15 10:30
            value = _without_date(value, meta)
        if field == "date":
            iso = parse_date(value) if len(value) <= 60 and not _PROSE_PUNCT.search(value) else None
            if not iso:
                return None
            meta.setdefault("date", iso)
        elif field in ("authors", "reporters", "correspondents", "interns", "photographers"):
            people = _people(value, "reporters" if field == "authors" and "记者" in value else field)
            if not people:
                return None
            for f, names in people.items():
                meta.setdefault(f, []).extend(names)
        elif field in ("editor", "reviewer", "translators"):  # 编辑 张磊 校对 刘越: a role word starts the next list
            people = _people(_DESK_CODE.sub("", value.strip(" 　)）]】")), field)
            if not people:
                return None
            for f, names in people.items():
                meta.setdefault(f, []).extend(names)
        elif field == "original_title":
            if len(value) > ORIGINAL_TITLE_MAX or "。" in value:  # the story runs on after the title: body
                return None
            meta["original_title"] = value
        elif field == "keywords":
            if len(value) > KEYWORDS_MAX or _PROSE_PUNCT.search(value):
                return None  # a sentence after the label: prose that mentions 关键词
            meta["keywords"] = value
        elif field == "source":
            src = _without_date(_UI_TAIL.sub("", _SOURCE_SPLIT.split(value)[0]).strip("《》 "), meta)
            if not src or len(src) > 40 or _SENT_END.search(src):
                return None
            meta["source"] = src
        else:
            meta[field] = value
    return finish(meta) or None


_WITH_AGENCIES = regex.compile(r"^(?P<name>\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}) with (?P<agencies>.{2,60})$")


def _name_with_agencies(line: str) -> dict | None:
    """``Jane Doe with Reuters, AFP``: the reporter, and the agencies as the source."""
    m = _WITH_AGENCIES.match(line)
    agencies = [a.strip() for a in regex.split(r",|\band\b", m.group("agencies"))] if m else []
    if not agencies or not all(a in AGENCY_NAMES for a in agencies):
        return None
    return {"authors": [m.group("name")], "source": ", ".join(agencies)}


_NEWS_TAIL = regex.compile(r"\s+(?P<outlet>\p{Lu}[\w&.-]*\s(?:News|Digital|Times|Post|Journal|Network))$")  # By John Smith Fox News


def parse_byline(line: str) -> dict | None:
    """``本报记者 张三 通讯员 李四`` or ``By Jane Doe`` -> people fields."""
    bio = _match(BY_WITH_BIO_RULE, line)
    if bio:  # By Jay Peters, a news editor covering technology … He joined The Verge in 2019.
        return {"authors": [bio.group("name")], "author_bio": bio.group("bio")}
    with_agencies = _name_with_agencies(line) if " with " in line else None
    if with_agencies:
        return with_agencies
    newsroom = _NEWSROOM.match(line)
    if newsroom:  # Redazione ANSA: the newsroom wrote it, the outlet is the source
        return {"source": newsroom.group(1).strip()}
    for rule in BYLINE_RULES:
        if len(line) <= rule.max_len and rule.pattern.match(line):
            original = _ORIGINAL_MARK.match(line)
            placed = _BYLINE_TAIL.search(line)  # By TARO YAMADA/ Staff Writer; Par Jean Dupont (Dubaï, envoyé spécial)
            text = _BYLINE_PREFIX.sub("", _ORIGINAL_MARK.sub("", line[: placed.start()] if placed else line)).strip("（）()【】")
            outlet = _OUTLET_TAIL.search(text)
            if outlet:
                text = text[: outlet.start()]
            tokens = text.split()
            if original and not outlet and len(tokens) == 2:
                # ``原创 作者 公众号`` (a WeChat article's header): the second name is the account
                people = _people(tokens[0], "authors")
                return finish({**people, "source": tokens[1]}) if people else None
            text = _PLACE_REPORT.sub("", _KO_ROLE.sub("", _BY.sub("", text)))
            text = _WEN.sub("", text)
            people = _people(text, "authors")
            names = people.get("authors", [])
            if (len(names) >= 2 and " " not in names[-1] and all(" " in n for n in names[:-1])
                    and names[-1][:1].isupper() and not names[-1].isupper() and names[-1] not in AGENCY_NAMES):
                people["authors"], people["dateline"] = names[:-1], names[-1]  # Von Max Muster, Berlin
            people = _outlets_apart(people)
            names = people.get("authors", [])
            tail = _NEWS_TAIL.search(names[-1]) if names else None
            if tail and len(names[-1][: tail.start()].split()) >= 2:  # By John Smith Fox News
                people["authors"] = [*names[:-1], names[-1][: tail.start()]]
                people.setdefault("source", tail.group("outlet"))
            if placed and (placed.group("place") or placed.group("dashplace")):
                people["dateline"] = (placed.group("place") or placed.group("dashplace")).strip()
            if people:
                return finish(people)
    return None


_BYLINE_TAIL = regex.compile(r"\s*/\s*(?:Staff Writer|Staff|Correspondent|Special Correspondent|Reporter)$"
                             r"|\s*\((?P<place>\p{Lu}[^(),]{1,29})(?:,[^()]{1,30})?\)$"
                             r"|\s+[—–]\s+(?P<dashplace>\p{Lu}[\p{L} .'-]{1,30})$")  # Por Maria Souza, g1 — Rio de Janeiro


def _outlets_apart(people: dict) -> dict:
    """An outlet among a byline's names (``By Mary Gilbert, CNN``, ``文/观察者网 王五``) is its source."""
    names = people.get("authors", [])
    outlets = [n for n in names if _OUTLET_CAPS.match(n) or OUTLET_NAME.match(n)]
    if not outlets or len(outlets) == len(names):
        return people
    return {**people, "authors": [n for n in names if n not in outlets], "source": outlets[0]}


_CREDIT_PART = regex.compile(r"^(?P<role>(?:Additional )?[Rr]eporting|Writing|Written|Reported|Compiled|Editing|Edited) by (?P<names>.+)$")
_IN_PLACE = regex.compile(r"\s+in\s+[A-Z][\w.' -]*$")
_CONTRIBUTED = regex.compile(r"^(?:(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} )?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?) "
                             r"|[A-Z][\w.]*(?:’s|'s) )(?P<names>[A-Z].+?) contributed")  # CNN’s Jane Doe contributed


_ASSISTED = regex.compile(r"^[—–-]+\s*With assistance from (?P<names>\p{Lu}.{1,80})$")


def parse_credits(line: str) -> dict | None:
    """``Reporting by Jane Roe in Singapore; Editing by Richard Poe`` -> authors and editor;
    ``— With assistance from John Roe`` -> authors."""
    assisted = _ASSISTED.match(line)
    if assisted:
        return finish({"authors": _placed_names(assisted.group("names").rstrip("."))}) or None
    if " by " not in line and "contributed" not in line or not _match(CREDITS_LINE_RULE, line):
        return None
    contributed = _CONTRIBUTED.match(line)
    if contributed:  # Associated Press writer Ann Lee in Los Angeles contributed to this report.
        return finish({"authors": _placed_names(contributed.group("names"))}) or None
    out: dict[str, list[str]] = {}
    for part in line.rstrip(".").split(";"):
        m = _CREDIT_PART.match(part.strip())
        if m:
            out.setdefault("editor" if m.group("role").startswith("Edit") else "authors", []).extend(
                _placed_names(m.group("names")))
    return finish({k: v for k, v in out.items() if v}) or None


def _placed_names(text: str) -> list[str]:
    """``Jane Roe in Singapore and John Doe`` -> the names, without where they reported from."""
    names = (_IN_PLACE.sub("", chunk.strip()) for chunk in LATIN_NAMES_SPLIT.split(text))
    return [n for n in names if _NAME.match(n)]


_ROLE_FIELD = {"记者": "reporters", "编辑": "editor", "责编": "editor", "作者": "authors", "撰文": "authors",
               "摄影": "photographers", "实习生": "interns"}


def parse_role_line(line: str) -> dict | None:
    """``界面新闻记者 | 钟廿七`` -> reporters."""
    if not _HAS_BAR.search(line):
        return None
    m = _match(ROLE_LINE_RULE, line)
    names = _names(m.group("names")) if m else []
    return finish({_ROLE_FIELD[m.group("role")]: names}) if names else None


_BAR = regex.compile(r"[\s　]+[|｜丨/][\s　]+")
_HAS_BAR = regex.compile(r"[|｜丨]|\s/\s")
_DESK = regex.compile(r"^(?P<source>\S.{1,30}?)\s+(?:News Desk|Web Desk|Online Desk|Desk|Bureau|Staff)$")  # TOI News Desk
_YEAR = regex.compile(r"(?:19|20)\d\d")
_NEWSROOM = regex.compile(rf"^(?:(?:{NEWSROOMS})\s+|{NEWSROOM_BAR}\s*)(\p{{Lu}}.{{1,30}})$")
_OUTLET_CAPS = regex.compile(r"^[A-Z]{2,6}$")  # an agency or network among the names: CNN, AP, AFP
OUTLET_NAME = regex.compile(r"^\p{Han}{2,10}(?:报|報|网|網|社|台|刊|新闻|新聞|客户端|客戶端)$")  # 观察者网, 北京日报客户端
_OUTLET_WORD = regex.compile(r"^[\p{Han}A-Za-z]{2,12}(?:报|网|社|台|刊|号|讯|端|稿)$")
_TRAILING_DATE = regex.compile(rf"[\s　]+({STAMP})$")
_DOMAIN = regex.compile(r"^(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|tv)(?:\.cn)?$", regex.I)


_EDITOR = regex.compile(rf"^(?:{EDITOR_LABELS})[\s]+(?P<name>{ANY_NAME})$")


def _labelled_editor(part: str) -> dict | None:
    """``Editor Budi Santoso`` (no colon: one part of a line of parts) -> the editor."""
    m = _EDITOR.match(part)
    return {"editor": [m.group("name")]} if m else None


def parse_composite(line: str) -> dict | None:
    """``By ZHANG SAN | chinadaily.com.cn | Updated: 2023-10-01 10:00``: a line of parts between bars,
    each a metadata line, a byline or a site's domain -> their fields together."""
    if not _HAS_BAR.search(line):
        return None
    parts = _BAR.split(line)
    if len(parts) < 2:
        return None
    out: dict = {}
    for part in parts:
        if _DOMAIN.match(part):
            continue
        if OUTLET_NAME.match(part):  # 北京日报客户端 | 记者 张三
            out = merge(out, {"source": part})
            continue
        desk = _DESK.match(part)
        if desk:  # TOI News Desk / Updated: …
            out = merge(out, {"source": desk.group("source")})
            continue
        fields = parse_meta_line(part) or parse_byline(part) or _labelled_editor(part) or (
            {"date": parse_date(part)} if DATE_LINE_RULE.pattern.match(part) and parse_date(part) else None)
        if not fields:
            return None
        out = merge(out, fields)
    return finish(out) or None


AGENCY_NAMES = frozenset(a.strip("()") for a in AGENCIES)
_AGENCY_CREDIT = regex.compile(r"^(?:[（(](?P<a>[^()（）]{2,20})[)）]|[—–-]{1,2}\s*(?P<b>\S.{1,19}))$")


def parse_agency_credit(line: str) -> dict | None:
    """``(Reuters)``, ``— AP`` alone on a line: the wire agency credited for the copy above."""
    m = _AGENCY_CREDIT.match(line) if len(line) <= 24 else None
    name = (m.group("a") or m.group("b")).strip() if m else ""
    return {"source": name} if name in AGENCY_NAMES else None


def parse_wire_stamp(line: str) -> dict | None:
    """``KYODO NEWS - Dec 15, 2023 - 10:21 | Japan, All`` -> the agency and the date."""
    m = _match(WIRE_STAMP_RULE, line)
    iso = parse_date(m.group("date")) if m else None
    if not iso:
        return None
    if m.group("time"):
        iso += "T" + m.group("time").zfill(5)
    return {"source": m.group("source").title(), "date": iso}


def parse_provenance(line: str) -> dict | None:
    """``本文来自微信公众号：汽车观察（ID：qcgc2023），作者：张三，题图来自：视觉中国`` -> source and author."""
    m = _match(PROVENANCE_RULE, line)
    if not m:
        return None
    rest = parse_meta_line(m.group("rest").strip()) if m.group("rest") else None  # 编辑｜李四, 题图来自：…
    return {**(rest or {}), "source": m.group("source").strip(),
            **({"authors": [m.group("author")]} if m.group("author") else {})}


def parse_signature(line: str) -> dict | None:
    """``（露娜）`` closing an article -> its author."""
    if line[:1] not in "（(【":  # (the rule's two shapes)
        return None
    m = _match(SIGNATURE_RULE, line)
    if not m:
        return None
    iso = parse_date(m.group("date")) if m.group("date") else None
    return {"authors": [m.group("name").strip()], **({"date": iso} if iso else {})}


def parse_stamp_source(line: str) -> dict | None:
    """``原创2023-10-08 09:12·交通观察者`` -> date and source."""
    m = _match(STAMP_SOURCE_RULE, line) if _YEAR.search(line) else None
    iso = parse_date(m.group("date")) if m else None
    if not iso:
        return None
    source = m.group("source") or m.group("source2") or m.group("source3")
    if not source or _WEEKDAY.match(source):  # 2023年12月15日(星期五): the day of the week, no source
        return {"date": iso}
    return {"date": iso, "source": source.removeprefix("来自").strip() or source}  # · 来自雪球: the platform


def parse_name_stamp(line: str) -> dict | None:
    """``佐藤一郎2023年12月15日 18時30分`` -> authors and date."""
    m = _match(NAME_STAMP_RULE, line) if _YEAR.search(line) else None
    iso = parse_date(m.group("date") or m.group("date2")) if m else None
    return {"authors": [m.group("name")], "date": iso} if iso else None


def parse_paper_stamp(line: str) -> dict | None:
    """``毎日新聞 2023/12/15 10:21（最終更新 12/15 11:00） 412文字`` -> source and date."""
    m = _match(PAPER_STAMP_RULE, line) if _YEAR.search(line) else None
    iso = parse_date(m.group("date")) if m else None
    return {"source": m.group("source"), "date": iso} if iso else None


def parse_byline_stamp(line: str) -> dict | None:
    """``（钱江晚报记者 龙艳 通讯员 方叶）2018-10-05 08:23`` -> the byline's people and the date (none
    when the stamp is garbled)."""
    m = _match(BYLINE_STAMP_RULE, line)
    people = parse_byline(m.group("byline").strip()) if m else None
    if not people:
        return None
    iso = parse_date(m.group("date"))
    return {**people, "date": iso} if iso else people


def parse_stamp_byline(line: str) -> dict | None:
    """``2023-12-15 10:32 联合报／ 记者林佳彣／台北即时报导`` -> date, source and reporters."""
    m = _match(STAMP_BYLINE_RULE, line) if _YEAR.search(line) else None
    iso = parse_date(m.group("date")) if m else None
    people = parse_byline(m.group("byline")) if iso else None
    return {"date": iso, "source": m.group("source"), **people} if people else None


def _match(rule, line: str):
    """``rule``'s match on the whole line, or None when the line is longer than the rule allows."""
    return rule.pattern.match(line) if len(line) <= rule.max_len else None


def _group_field(rule, field: str):
    """A parser giving ``{field: the group of that name}`` for a line ``rule`` matches whole."""
    def parse(line: str) -> dict | None:
        m = _match(rule, line)
        return {field: m.group(field)} if m else None
    return parse


parse_masthead = _group_field(MASTHEAD_RULE, "masthead")  # 嘉兴日报
parse_location = _group_field(LOCATION_RULE, "location")  # 发布于北京
parse_channel = _group_field(PORTAL_CHANNEL_RULE, "channel")  # 新浪时尚: the source unless the page names one


def parse_print_head(line: str) -> dict | None:
    """``THE DAILY TIMES, FRIDAY, DECEMBER 15, 2023 PAGE 3`` or ``2023年12月15日 星期五 第3版 要闻`` ->
    masthead, paper date, page and section."""
    m = _match(PRINT_HEAD_RULE, line) or _match(PRINT_HEAD_ZH_RULE, line)
    iso = parse_date(m.group("date").title()) if m else None
    if not iso:
        return None
    fields = {k: m.group(k) for k in ("masthead", "page", "section") if k in m.groupdict() and m.group(k)}
    if "masthead" in fields and fields["masthead"].isupper():
        fields["masthead"] = fields["masthead"].title()
    return {**fields, "paper_date": iso}


parse_wire_source = _group_field(WIRE_SOURCE_RULE, "source")  # SOURCE Acme Robotics Inc.
parse_author_note = _group_field(AUTHOR_NOTE_RULE, "author_bio")  # （作者系中国人民大学教授）


def parse_page_header(line: str) -> dict | None:
    m = _match(PAGE_HEADER_RULE, line)
    if not m:
        return None
    meta = {"page": m.group("page")}
    if m.group("section"):
        meta["section"] = m.group("section")
    return meta


def finish(meta: dict) -> dict:
    """Derive ``authors`` from reporters/writers and dedupe name lists, keeping order."""
    for f in _LIST_FIELDS:
        if f in meta:
            meta[f] = list(dict.fromkeys(meta[f]))
    if "reporters" in meta:
        meta["authors"] = list(dict.fromkeys(meta.get("authors", []) + meta["reporters"]))
    return meta


def merge(base: dict, extra: dict) -> dict:
    """Merge metadata: lists are unioned in order, scalars keep the first value seen."""
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, list):
            out[k] = list(dict.fromkeys(out.get(k, []) + v))
        elif k not in out:
            out[k] = v
    return out


# (only a bracket that opens the text: after the outlet's lead mark, ``新京报讯（记者 吴为）`` or
# ``【财新网】（记者 张三）``, the byline is part of the lead as the paper prints it)
_LEAD_BYLINE = regex.compile(r"^[（(](?P<byline>[^（()）]{2,40})[)）][\s　]*(?=\S)")


def lead_byline(paragraph: str) -> tuple[str, dict]:
    """A byline in brackets opening the story (``（经济日报记者 陶贞 通讯员 萧娥）新浪娱乐讯 …``) is
    metadata: reprints add, drop and reword it.  Only a bracket that reads as a byline whole."""
    m = _LEAD_BYLINE.match(paragraph)
    people = parse_byline(m.group("byline").strip()) if m else None
    if not people or not ({"authors", "reporters", "correspondents"} & set(people)):
        return paragraph, {}
    return paragraph[m.end():], people


_LEAD_ORIGINAL_TITLE = regex.compile(r"^原文?[标標][题題][:：][\s　]*(?:《(?P<quoted>[^》]{2,80})》)?")
LEAD_TITLE_MIN, LEAD_TITLE_MAX = 4, 60


def lead_original_title(paragraph: str) -> tuple[str, dict]:
    """An original title run onto the start of the story (``原标题：《…》中国侨网11月4日电 …``,
    ``原标题：…本报记者 顾湘 北京报道 …``) is metadata.  It ends at its closing 》, else where the
    story visibly opens (a lead mark, a byline, a dateline: ``STORY_OPENINGS``); without either,
    the line stays as it is."""
    m = _LEAD_ORIGINAL_TITLE.match(paragraph)
    if not m:
        return paragraph, {}
    if m.group("quoted"):
        title, end = m.group("quoted"), m.end()
    else:
        opening = STORY_OPENINGS.search(paragraph, m.end(), m.end() + LEAD_TITLE_MAX + 1)
        if not opening:
            return paragraph, {}
        title, end = paragraph[m.end() : opening.start()].strip(), opening.start()
    rest = paragraph[end:].lstrip(" 　")
    if not (LEAD_TITLE_MIN <= len(title) <= LEAD_TITLE_MAX) or _SENT_END.search(title) or not rest:
        return paragraph, {}
    return rest, {"original_title": title}


_DATE_LINE_NOISE = regex.compile(r"\([^()]{1,24}\)|[\d\p{P}\p{S}]+")
LOOSE_DATE_LINE_MAX = 80


def loose_date_line(text: str) -> dict | None:
    """A short line holding a date and nothing but date-line words (``Stand: 15.12.2023 10:21 Uhr``,
    ``Published on December 20, 2023, at 9:15 am (Paris)``): its date."""
    if len(text) > LOOSE_DATE_LINE_MAX:
        return None
    words = _DATE_LINE_NOISE.sub(" ", text).lower().split()  # (before the date: most lines fail here, cheaply)
    if not all(w in DATE_LINE_WORDS or w in MONTH_NAMES for w in words):  # none at all: a bare date, (2023-12-10 20:15)
        return None
    iso = parse_date(text)
    return {"date": iso} if iso else None


# A Japanese site's byline in brackets under the date: [山田太郎，ITmedia], ［山田太郎］
_BRACKET_BYLINE = regex.compile(r"^[\[［](?P<name>[\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,10})(?:[，,、\s]+(?P<outlet>[\p{L}\p{N} .]{2,24}))?[\]］]$")


def parse_bracket_byline(line: str) -> dict | None:
    """``[山田太郎，ITmedia]`` -> the author and the outlet."""
    m = _BRACKET_BYLINE.match(line)
    if not m:
        return None
    return {"authors": [m.group("name")], **({"source": m.group("outlet").strip()} if m.group("outlet") else {})}

