"""End-to-end ``dedup clean`` on the seeds and on bad inputs."""

import json
import shutil

from click.testing import CliRunner

from dedup.cli import main


def _rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_clean_seeds(tmp_path, seeds_dir):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(seeds_dir), "-o", str(out), "-q", "--format", "txt"])
    assert res.exit_code == 0, res.output
    arts = _rows(out / "articles.jsonl")
    assert len(arts) == 17
    ids = [a["id"] for a in arts]
    assert "003_44ac2a5507f4aaac" in ids and "000_107661a1d552af63#7" in ids
    assert set(arts[0]) >= {"id", "doc", "title", "text", "meta"}
    audits = _rows(out / "cleaning.jsonl")
    assert len(audits) == 5 and all(a["encoding"] == "utf-8" for a in audits)
    web = next(a for a in audits if a["doc"].startswith("003"))
    assert {"rule": "chrome.breadcrumb"}.items() <= next(r for r in web["removed"] if "您的位置" in r["text"]).items()
    assert (out / "txt" / "003_44ac2a5507f4aaac.txt").read_text(encoding="utf-8").startswith("嘉兴制造业向高质量迈进")
    assert "articles written: 17" in res.output and "chrome.breadcrumb" in res.output


def test_no_chrome_survives_in_seed_bodies(tmp_path, seeds_dir):
    out = tmp_path / "out"
    CliRunner().invoke(main, ["clean", str(seeds_dir), "-o", str(out), "-q"])
    body = "\n".join(a["text"] for a in _rows(out / "articles.jsonl"))
    for chrome in ("您的位置", "新闻热线", "投稿", "00003版", "数字报纸", "星期四", " 摄", "图片由", "摘自《", "责编"):
        assert chrome not in body


def test_output_is_byte_identical_across_runs_and_jobs(tmp_path, seeds_dir):
    a, b = tmp_path / "a", tmp_path / "b"
    CliRunner().invoke(main, ["clean", str(seeds_dir), "-o", str(a), "-q", "-j", "1"])
    CliRunner().invoke(main, ["clean", str(seeds_dir), "-o", str(b), "-q", "-j", "2"])
    for name in ("articles.jsonl", "cleaning.jsonl"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    assert not list(a.glob(".*.tmp"))


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path, seeds_dir):
    src = tmp_path / "in"
    shutil.copytree(seeds_dir, src)
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "empty.txt").write_bytes(b"")
    (src / "gbk.txt").write_bytes("标题\n正文很长很长很长很长很长很长很长很长很长很长很长很长。".encode("gbk"))
    (src / "records.jsonl").write_text('{"id": "r1", "text": "标题\\n正文。"}\n{broken\n{"id": "r3"}\n', encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    audits = {a["doc"]: a for a in _rows(out / "cleaning.jsonl")}
    assert audits["binary"]["rejected"].startswith("binary")
    assert audits["empty"]["rejected"] == "empty"
    assert audits["gbk"]["encoding"] == "gb18030" and not audits["gbk"].get("rejected")
    assert audits["records:2"]["rejected"].startswith("malformed JSONL line")
    assert audits["r3"]["rejected"] == "record has no text field 'text'"
    assert "rejected inputs: 4" in res.output and "binary" in res.output
    assert len(_rows(out / "articles.jsonl")) == 17 + 2


def test_nothing_processable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(main, ["clean", str(tmp_path), "-o", str(tmp_path / "out"), "-q"])
    assert res.exit_code == 1 and "nothing could be processed" in res.output


def test_misuse_exits_non_zero(tmp_path):
    assert CliRunner().invoke(main, ["clean", str(tmp_path / "missing"), "-o", str(tmp_path)]).exit_code == 2
    assert CliRunner().invoke(main, ["clean", str(tmp_path), "--no-clean", "bogus", "-o", str(tmp_path)]).exit_code == 2
