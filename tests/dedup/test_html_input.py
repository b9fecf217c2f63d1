"""Saved HTML pages as input: rendered one line per block, the head's metadata kept."""

import json
from pathlib import Path

from click.testing import CliRunner

from dedup.cli import main
from dedup.readers import Document, Rejected, read_inputs

PAGE = Path(__file__).parent / "html" / "zjol_style.html"


def _clean(tmp_path, inputs):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", *map(str, inputs), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def _clean_pages(tmp_path, names):
    """The articles of the named test pages, cleaned together, by document."""
    pages = tmp_path / "in"
    pages.mkdir()
    for name in names:
        (pages / name).write_bytes((PAGE.parent / name).read_bytes())
    return {a["doc"]: a for a in _clean(tmp_path, [pages])}


def test_an_html_page_gives_its_story_its_head_metadata_and_no_script(tmp_path):
    (art,) = _clean(tmp_path, [PAGE])
    assert art["title"] == "嘉兴制造业向高质量迈进"
    assert art["text"].startswith("制造业是立市之本") and "不是正文" not in art["text"]
    assert "<script>alert(1)</script>" in art["text"]  # escaped in the page: text, as the reader saw it
    assert art["meta"]["source"] == "嘉兴日报"  # the text's own source line beats the head's site name
    assert art["meta"]["authors"] == ["张三", "李四"] and art["meta"]["date"] == "2023-01-06T09:18:16"
    assert art["meta"]["editor"] == ["王芳"] and "分享到" not in art["text"]


def test_a_page_in_the_charset_it_declares_and_the_title_from_its_title_tag(tmp_path):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "<title>秀洲光伏产业群入选省级培育名单_嘉兴新闻</title></head><body>"
            "<p>秀洲光伏新能源产业群入选第二批省级“新星”产业群培育名单，入围项目数量位列全省第一。</p>"
            "<p>阿特斯总经办主任虞文娟表示，企业倍感振奋和鼓舞，对行业的未来发展充满了信心。</p></body></html>")
    path = tmp_path / "in" / "gbk.htm"
    path.parent.mkdir()
    path.write_bytes(html.encode("gb2312"))
    (art,) = _clean(tmp_path, [path.parent])
    assert art["title"] == "秀洲光伏产业群入选省级培育名单"
    assert art["text"].startswith("秀洲光伏新能源产业群") and len(art["text"].split("\n")) == 2


def test_a_jsonl_record_holding_a_whole_page_is_read_as_html(tmp_path):
    path = tmp_path / "crawl.jsonl"
    records = [{"id": "p1", "text": PAGE.read_text(encoding="utf-8")}, {"id": "t1", "text": "<b>不是网页</b> 只是一行字。"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    docs = list(read_inputs([str(path)]))
    assert isinstance(docs[0], Document) and "<h1>" not in docs[0].text and docs[0].hints["title"] == "嘉兴制造业向高质量迈进"
    assert docs[1].text == "<b>不是网页</b> 只是一行字。" and docs[1].hints == {}


def test_a_page_with_no_text_is_reported_and_the_run_goes_on(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.html").write_text("<html><head><script>x()</script></head><body></body></html>", encoding="utf-8")
    (tmp_path / "in" / "page.html").write_bytes(PAGE.read_bytes())
    docs = list(read_inputs([str(tmp_path / "in")]))
    assert [type(d) for d in docs] in ([Document, Document], [Rejected, Document])
    arts = _clean(tmp_path, [tmp_path / "in"])
    assert [a["doc"] for a in arts] == ["page"]
    ledger = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))["ledger"]
    assert ledger["documents"] == 2 and ledger["rejected"] == 1
    assert ledger["rejections"][0]["doc"] == "empty" and ledger["rejections"][0]["reason"]


def test_what_the_markup_marks_as_chrome_goes_and_is_audited(tmp_path):
    arts = _clean_pages(tmp_path, ("bbc_style.html", "sina_style.html"))
    bbc, sina = arts["bbc_style"], arts["sina_style"]
    assert bbc["title"] == "Storm Ashley: Thousands without power as winds hit 80mph"
    assert bbc["text"].split("\n") == [
        "Thousands of homes are without power after Storm Ashley brought gusts of more than 80mph to parts of Northern Ireland.",
        "NIE Networks said about 25,000 customers were affected at the height of the storm on Sunday morning.",
        "A yellow wind warning remains in place until 21:00 BST, the Met Office said."]
    assert bbc["meta"]["authors"][0] == "Jane Smith" and bbc["meta"]["date"] == "2024-10-20"
    assert sina["title"] == "重庆发布暴雨预警 多地启动应急响应" and sina["text"].endswith("远离河道和山体。")
    assert sina["meta"]["editor"] == ["张晓"] and sina["meta"]["original_title"] == "重庆发布暴雨橙色预警"
    assert "新浪新闻" not in sina["meta"].get("authors", [])  # the portal named as article:author is no person
    audit = {r["doc"]: r for r in map(json.loads, (tmp_path / "out" / "cleaning.jsonl").read_text(encoding="utf-8").splitlines())}
    markup = [(r["rule"], r["text"]) for r in audit["bbc_style"]["removed"] if r["line"] == 0]
    assert ("html.nav", "Home News Sport Weather iPlayer Sounds") in markup
    assert ("html.hidden", "Image source, PA Media") in markup and ("html.control", "Share") in markup


def test_a_news_article_in_json_ld_is_trusted_over_the_meta_tags():
    from dedup.htmltext import html_to_page

    html = ('<html><head><title>Storm | The Daily</title><meta property="og:title" content="Storm (og)">'
            '<meta name="byl" content="By Jane Smith and Tom Lee"><meta name="PubDate" content="2024-07-12 08:30">'
            '<script type="application/ld+json">{broken</script>'
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "name": "page"},'
            ' {"@type": ["NewsArticle"], "headline": "Storm hits coast", "datePublished": "2024-10-20T09:12:04Z",'
            ' "author": [{"@type": "Person", "name": "Jane Smith"}], "publisher": {"name": "The Daily"}}]}</script>'
            "</head><body><p>Text.</p></body></html>")
    meta = html_to_page(html).meta
    assert meta["title"] == "Storm hits coast" and meta["date"] == "2024-10-20T09:12:04"
    assert meta["authors"] == ["Jane Smith"] and meta["source"] == "The Daily"
    no_ld = html_to_page(html.replace('{"@graph"', '{"x": 1, "y"')).meta
    assert no_ld["title"] == "Storm (og)" and no_ld["authors"] == ["Jane Smith", "Tom Lee"] and no_ld["date"] == "2024-07-12T08:30"


def test_a_saved_wechat_article_and_a_gb2312_portal_page_give_the_story_alone(tmp_path):
    arts = _clean_pages(tmp_path, ("wechat_style.html", "people_style.html"))
    wechat, people = arts["wechat_style"], arts["people_style"]
    assert wechat["title"] == "县城咖啡店，正在悄悄变多" and len(wechat["text"].split("\n")) == 2
    assert wechat["meta"]["authors"] == ["李明"] and wechat["meta"]["editor"] == ["王芳"]
    assert not any(w in wechat["text"] for w in ("轻点两下", "在看", "END", "扫一扫"))
    assert people["title"] == "全国铁路元旦假期预计发送旅客4200万人次" and people["meta"]["date"] == "2023-12-29T08:30"
    assert people["text"].endswith("方便旅客出行。") and people["meta"]["editor"] == ["李四", "王五"]
