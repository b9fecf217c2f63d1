"""End-to-end ``dedup find`` on the seeds."""

import json

from click.testing import CliRunner

from dedup.cli import main


def _rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_find_on_seeds_clusters_only_the_two_jiaxing_reports(tmp_path, seeds_dir):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["find", str(seeds_dir), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    clusters = _rows(out / "clusters.jsonl")
    assert len(clusters) == 1
    ids = sorted(m["id"] for m in clusters[0]["members"])
    assert ids == ["001_c7015017442138a4#1", "003_44ac2a5507f4aaac"]
    arts = {a["id"]: a for a in _rows(out / "articles.jsonl")}
    assert len(arts) == 17
    clustered = [a for a in arts.values() if a["cluster"]]
    assert sorted(a["id"] for a in clustered) == ids
    # survivor by quality policy: the web page has no OCR-suspect characters
    assert arts["001_c7015017442138a4#1"]["duplicate_of"] == "003_44ac2a5507f4aaac"
    assert clusters[0]["pairs"][0]["jaccard"] > 0.8
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["versions"]["datasketch"].startswith("2.") and "affine32" in run["versions"]["minhash_scheme"]
    assert run["options"]["detect"]["bands"] * run["options"]["detect"]["rows"] <= 128


def test_find_catches_traditional_script_and_exact_copies(tmp_path, seeds_dir):
    import opencc

    src = tmp_path / "in"
    src.mkdir()
    web = next(seeds_dir.glob("003*.txt")).read_text(encoding="utf-8")
    (src / "web.txt").write_text(web, encoding="utf-8")
    (src / "trad.txt").write_text(opencc.OpenCC("s2t").convert(web), encoding="utf-8")
    (src / "copy.txt").write_text(web, encoding="utf-8")
    (src / "other.txt").write_text(next(seeds_dir.glob("002*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["find", str(src), "-o", str(out), "-q"]).exit_code == 0
    arts = {a["id"]: a for a in _rows(out / "articles.jsonl")}
    assert arts["web"]["cluster"] == arts["trad"]["cluster"] == arts["copy"]["cluster"] is not None
    assert arts["other"]["cluster"] is None
    kinds = {p["kind"] for p in _rows(out / "clusters.jsonl")[0]["pairs"]}
    assert "exact" in kinds


def test_find_joins_a_short_excerpt_to_its_article(tmp_path, seeds_dir):
    """An excerpt keeps the opening but its Jaccard with the whole is far below the threshold."""
    src = tmp_path / "in"
    src.mkdir()
    web = next(seeds_dir.glob("003*.txt")).read_text(encoding="utf-8")
    body_start = web.index("制造业是立市之本")
    excerpt = "嘉兴制造业向高质量迈进\n" + web[body_start : body_start + 330]
    (src / "web.txt").write_text(web, encoding="utf-8")
    (src / "excerpt.txt").write_text(excerpt, encoding="utf-8")
    (src / "other.txt").write_text(next(seeds_dir.glob("002*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["find", str(src), "-o", str(out), "-q"]).exit_code == 0
    arts = {a["id"]: a for a in _rows(out / "articles.jsonl")}
    assert arts["excerpt"]["cluster"] == arts["web"]["cluster"] is not None
    pair = _rows(out / "clusters.jsonl")[0]["pairs"][0]
    assert pair["jaccard"] < 0.5 and pair["kind"] in ("excerpt", "containment")


def test_one_report_on_two_portals_and_a_wechat_repost_is_one_cluster_and_another_report_is_not(tmp_path):
    # real-style layouts (tests/dedup/republished): the same report under 网易 and 新浪 chrome
    # and reposted as a WeChat article (its first sentence broken over two lines, ASCII quotes
    # on 新浪); a different report under the very same 网易 chrome stays apart
    pages = __import__("pathlib").Path(__file__).parent / "republished"
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["run", str(pages), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    clusters = _rows(out / "clusters.jsonl")
    assert [sorted(m["id"] for m in c["members"]) for c in clusters] == [["a_netease", "b_sina", "c_wechat"]]
    canon = {c["id"]: c for c in _rows(out / "canonical.jsonl")}
    same = next(c for c in canon.values() if c["cluster"])
    assert same["text"].count("\n") == 2 and "“我们有信心" in same["text"]  # three paragraphs, curly quotes
    assert not any(word in same["text"] for word in ("分享", "关注", "微信", "责任编辑", "文章关键词"))


def test_reprints_in_four_scripts_join_their_originals_and_nothing_else(tmp_path):
    # Cyrillic, Arabic, Devanagari and Thai (no spaces between words): each report reprinted under
    # another site's header with one phrase edited is one cluster with its original
    from pathlib import Path

    pages = Path(__file__).parents[1] / "cleaners" / "pages"
    corpus = tmp_path / "in"
    corpus.mkdir()
    edits = {"russian": ("утром", "днём"), "arabic": ("يوم السبت", "أمس"), "hindi": ("शनिवार", "कल"),
             "thai": ("เมื่อวันเสาร์ที่ผ่านมา", "เมื่อวันเสาร์")}
    for lang, (old, new) in edits.items():
        text = (pages / f"news_{lang}_style.txt").read_text(encoding="utf-8")
        (corpus / f"{lang}.txt").write_text(text, encoding="utf-8")
        body = text.split("\n", 2)[2].replace(old, new)
        assert new in body
        (corpus / f"{lang}_reprint.txt").write_text("Latest news\n" + body, encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["find", str(corpus), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    clusters = sorted(sorted(m["id"] for m in c["members"]) for c in _rows(out / "clusters.jsonl"))
    assert clusters == [[lang, f"{lang}_reprint"] for lang in sorted(edits)]


REPORTS = [
    "市教育局昨日宣布，全市中小学将于下月起推行课后服务延时至晚六点，家长可自愿报名。",
    "受冷空气影响，本周末全省大部分地区将出现大风降温天气，最低气温可降至零下五度。",
    "区人民医院新建的门诊大楼正式启用，设有四十个诊室，日接诊能力提升一倍。",
    "本市首条无人驾驶公交线路开始试运营，全长十二公里，沿途设站九个。",
    "今年秋粮收购工作全面展开，全县已收购玉米八万吨，农民售粮价格保持稳定。",
    "省博物馆推出宋代书画特展，展出作品一百二十件，其中多件为首次公开展出。",
    "市场监管部门开展食品安全专项检查，共检查餐饮单位三百余家，责令整改二十家。",
]
FOOTER = "本站致力于传递本地资讯，欢迎广大读者踊跃投稿参与互动共建美好家园"


def test_boilerplate_shared_by_unrelated_articles_is_cut_and_a_reports_own_sentence_is_not(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    closing = "记者将继续关注此事进展。"
    for i, text in enumerate(REPORTS):
        body = text * 3 + "\n" + (closing if i < 2 else "") + "\n" + FOOTER
        (corpus / f"r{i}.txt").write_text(f"标题{i}号新闻\n{body}\n", encoding="utf-8")
    # a reprint of r0: its closing sentence repeats, but inside one cluster only
    (corpus / "r0_copy.txt").write_text(f"标题0号新闻\n{REPORTS[0] * 3}\n{closing}\n{FOOTER}\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["find", str(corpus), "-o", str(out), "-q", "--boilerplate", "5"])
    assert res.exit_code == 0, res.output
    arts = {a["id"]: a for a in _rows(out / "articles.jsonl")}
    assert all(FOOTER not in a["text"] for a in arts.values())
    assert closing in arts["r0"]["text"] and closing in arts["r1"]["text"]
    assert [r["paragraph"] for r in _rows(out / "boilerplate.jsonl")] == [FOOTER]
    # off by default: nothing is cut
    res = CliRunner().invoke(main, ["find", str(corpus), "-o", str(tmp_path / "off"), "-q"])
    assert all(FOOTER in a["text"] for a in _rows(tmp_path / "off" / "articles.jsonl"))


def test_reports_reposted_by_a_paper_a_portal_an_account_and_an_aggregator_cluster_with_their_originals(tmp_path):
    # (tests/dedup/republished2, written as held-out pages) 人民网's report, 新浪's reprint with 原标题
    # and a desk code, a WeChat account's repost that edits 14日起 to 日前; a different 西湖 report
    # on the same day; an AP story and Yahoo's copy with its "Updated … GMT+8" and "·1 min read"
    pages = __import__("pathlib").Path(__file__).parent / "republished2"
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["run", str(pages), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    clusters = sorted(sorted(m["id"] for m in c["members"]) for c in _rows(out / "clusters.jsonl"))
    assert clusters == [["a_people", "b_sina", "c_wechat"], ["e_ap", "f_yahoo"]]
    canon = {c["id"]: c for c in _rows(out / "canonical.jsonl")}
    zh = next(c for c in canon.values() if "a_people" in c["witnesses"])
    assert zh["text"].count("\n") == 2 and not any(w in zh["text"] for w in ("原标题", "责编", "APP", "在看", "SN123"))
    en = next(c for c in canon.values() if "e_ap" in c["witnesses"])
    assert en["text"].startswith("TOKYO (AP)") and en["meta"]["date"] == "2023-12-15" and "Copyright" not in en["text"]
