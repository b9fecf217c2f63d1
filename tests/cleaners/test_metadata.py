import pytest

from cleaners.metadata import loose_date_line, parse_byline, parse_date, parse_meta_line


def test_web_page_source_line_splits_roles():
    meta = parse_meta_line("来源：宁波晚报 | 撰稿：记者 王小明 实习生 李娜 通讯员 赵刚 | 责编：陈芳 审核：周杰")
    assert meta["source"] == "宁波晚报"
    assert meta["reporters"] == ["王小明"] and meta["authors"] == ["王小明"]
    assert meta["interns"] == ["李娜"] and meta["correspondents"] == ["赵刚"]
    assert meta["editor"] == ["陈芳"] and meta["reviewer"] == ["周杰"]


def test_dates_become_iso():
    assert parse_meta_line("发布时间：2021-3-5 8:07") == {"date": "2021-03-05T08:07"}
    assert parse_date("2024年08月22日 星期四") == "2024-08-22"
    assert parse_date("Updated March 3, 2024") == "2024-03-03"


def test_original_title_and_english_byline():
    assert parse_meta_line("（原标题：某地出台新政）") == {"original_title": "某地出台新政"}
    assert parse_byline("By Jane Doe and John Smith") == {"authors": ["Jane Doe", "John Smith"]}
    assert parse_byline("本报记者 张三 李四") == {"reporters": ["张三", "李四"], "authors": ["张三", "李四"]}


def test_body_sentences_are_not_metadata():
    assert parse_meta_line("来源：据说这是一个很长的句子，里面提到来源。") is None
    assert parse_meta_line("时间：2023年5月1日上午，地点：市民中心，活动吸引了数百名市民。") is None
    assert parse_meta_line("他说，来源于生活的艺术更动人。") is None


def test_dates_in_other_languages_become_iso():
    assert parse_date("15 ноября 2026, 12:30") == "2026-11-15T12:30"
    assert parse_date("Publié le 15 novembre 2026 à 12h30") == "2026-11-15T12:30"
    assert parse_date("Sábado, 15 de noviembre de 2026") == "2026-11-15"
    assert parse_date("نشر في: 15 نوفمبر 2026") == "2026-11-15"
    assert parse_date("15 พฤศจิกายน 2569") == "2026-11-15"  # Buddhist era
    assert parse_date("ngày 15 tháng 11 năm 2026") == "2026-11-15"
    assert parse_date("15/11/2026 - 10:30") == "2026-11-15T10:30"
    assert parse_date("11/15/2026") == "2026-11-15"  # a first number over 12 is a day: month first
    assert parse_byline("Текст: Иван Петров") == {"authors": ["Иван Петров"]}


def test_a_byline_may_open_with_its_outlet_or_a_desk_label():
    assert parse_byline("北京日报客户端 记者 王一凡") == {"reporters": ["王一凡"], "authors": ["王一凡"]}
    assert parse_byline("南都讯 记者丰臻") == {"reporters": ["丰臻"], "authors": ["丰臻"]}  # 南都讯 is no person
    assert parse_meta_line("编辑 张磊 校对 刘越") == {"editor": ["张磊"], "reviewer": ["刘越"]}
    assert parse_meta_line("来源：光明日报 2023-12-15 05:05") == {"source": "光明日报", "date": "2023-12-15T05:05"}


@pytest.mark.parametrize("line, iso", [
    ("Stand: 15.12.2023 10:21 Uhr", "2023-12-15T10:21"),
    ("15 Dic, 2023 09:30 a.m. EST", "2023-12-15T09:30"),
    ("Опубликовано 15 декабря 2023 г. в 13:30", "2023-12-15T13:30"),
    ("Published on December 20, 2023, at 9:15 am (Paris)", "2023-12-20T09:15"),
    ("(2023-12-10 20:15:36)", "2023-12-10T20:15:36"),
])
def test_a_line_of_a_date_and_date_line_words_only_is_a_date_line(line, iso):
    assert loose_date_line(line) == {"date": iso}


@pytest.mark.parametrize("line", ["The council met on December 20, 2023 to vote", "Budget 2024 passed on 15.12.2023 in Berlin"])
def test_a_sentence_holding_a_date_is_no_date_line(line):
    assert loose_date_line(line) is None
