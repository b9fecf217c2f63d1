"""Column-wrapped print text (one line per printed line) is joined back into its paragraphs."""

from cleaners import clean_page
from cleaners.columns import column_width, unwrap, wrap

PARAS = [
    "制造业是立市之本、强市之基，决定着一个地区的综合实力和区域竞争能力。昨天，记者从市经信局获悉，"
    "在全省公布的第二批省级“新星”产业群培育名单中，我市四个产业群入围。入围项目数量位列全省第一。",
    "“新星”产业群是依托新科技、聚焦新领域、创造新供给的企业群落，主要围绕数字经济、生命健康和新材料等领域。"
    "1月4日，记者走进位于秀洲区的Canadian Solar研发车间，只见6条自动化流水线马力全开。",
    "数据显示，2021年，全市光伏产业规上工业总产值达505.25亿元，占全省光伏产业产值的三分之一。",
]


def _page(indent: str) -> str:
    lines = ["嘉兴制造业向高质量迈进"]
    for p in PARAS:
        lines += wrap(indent + p, 36)
    return "\n".join(lines)


def test_a_line_cut_right_after_a_full_stop_is_joined_when_it_is_full_width():
    page = _page("　　")
    # the wrap puts a full stop at a line's end inside the first paragraph
    assert any(line.endswith("。") for line in page.split("\n")[1:4])
    art = clean_page(page).articles[0]
    assert art.title == "嘉兴制造业向高质量迈进"
    assert art.paragraphs == PARAS


def test_without_indents_a_short_last_line_still_ends_its_paragraph():
    art = clean_page(_page("")).articles[0]
    assert art.title == "嘉兴制造业向高质量迈进"
    assert art.paragraphs[-1] == PARAS[-1]
    assert "".join(art.paragraphs) == "".join(PARAS)


def test_joins_are_audited_and_other_pages_come_back_line_for_line():
    result = clean_page(_page("　　"))
    assert any(j["rule"] == "join.column" for j in result.audit.joins)
    web = ["标题", "第一段很长很长的正文，写得很长很长很长。", "第二段也很长，写得很长很长很长很长很长。"]
    assert column_width(web) is None
    assert unwrap(web) == (list(enumerate(web, 1)), [])


def test_latin_text_is_left_to_break_repair():
    # word-wrapped Latin text is ragged: its widths tell nothing
    lines = ["Madrid, vom 2. Junii. Ein Nachtrag unsrer Zeitung liefert die Artikel der", "Uebergabe der Vestung"] * 8
    assert column_width(lines) is None


def test_a_digest_of_excerpts_cut_to_one_length_is_no_column_text():
    excerpt = "各位家长朋友们可能不知道，孩子们在初三的时候，和初一初二的学习节奏可是完全不一样的。目前各个初中初三"
    items = []
    for k in range(7):
        paper = ["光明日报", "新京报", "人民日报海外版", "华西都市报", "经济日报", "现代快报", "扬子晚报网"][k]
        items += [excerpt[k:] + excerpt[:k], f"摘自《{paper}》2018-02-{10 + k}"]
    lines = ["搜狐网 · 今日文摘 · 第395期", ""] + items
    assert column_width(lines) is None
    assert unwrap(lines) == (list(enumerate(lines, 1)), [])
