"""The reconciler on the seeds' 嘉兴 cluster and on small constructed clusters."""

import json

import opencc
import pytest
from click.testing import CliRunner

from dedup.cli import main
from dedup.reconcile import ReconcileOptions, reconcile


def _rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def jiaxing(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("find")
    assert CliRunner().invoke(main, ["find", str(seeds_dir), "-o", str(out), "-q"]).exit_code == 0
    return [a for a in _rows(out / "articles.jsonl") if a["cluster"]]


def _site(rec, rows, reading_a, reading_b):
    for s in rec.sites:
        texts = {r for r, _ in s.readings}
        if texts == {reading_a, reading_b}:
            return s
    raise AssertionError(f"no site {reading_a}/{reading_b}: {[[r for r, _ in s.readings] for s in rec.sites]}")


def test_jiaxing_canonical_reads_clean_text_and_one_edition(jiaxing):
    rec = reconcile(jiaxing)
    assert jiaxing[rec.base]["id"] == "003_44ac2a5507f4aaac"  # original web page over the OCR'd digest reprint
    assert "一个地区" in rec.text and "招引" in rec.text and "—个" not in rec.text and "引引" not in rec.text
    assert _site(rec, jiaxing, "—", "一").kind == "ocr_lookalike"
    assert _site(rec, jiaxing, "引", "招").kind == "ocr_doubled"
    assert _site(rec, jiaxing, "嘉兴", "我").kind == "editorial"
    assert _site(rec, jiaxing, "记者日前", "昨天，记者").kind == "editorial"
    editorial = [s for s in rec.sites if s.kind == "editorial"]
    assert editorial and all(s.chosen_from == [rec.base] for s in editorial)


def test_two_witnesses_clean_reading_beats_an_ocr_suspect_base(jiaxing):
    # make the OCR'd digest reprint the base: its errors are still corrected, its edition kept
    rec = reconcile(jiaxing, ReconcileOptions(prefer=("001_",)))
    assert jiaxing[rec.base]["id"] == "001_c7015017442138a4#1"
    assert "一个地区" in rec.text and "招引" in rec.text
    assert "嘉兴市南湖功率半导体" in rec.text and "记者日前从嘉兴市经信局获悉" in rec.text  # the digest's edition, whole
    assert "我市" not in rec.text and "昨天" not in rec.text


def _row(i, text, title="标题"):
    return {"id": f"w{i}", "title": title, "text": text, "meta": {"date": f"2023-01-0{i + 1}", "source": f"报{i}"}}


ORIGINAL = "制造业是立市之本、强市之基，决定着一个地区的综合实力。目前已初步编制完成新材料产业集群实施方案，并建立了联席会议制度。"


def test_three_witnesses_majority_corrects_the_base():
    rows = [_row(0, ORIGINAL.replace("已初步", "己初步")), _row(1, ORIGINAL), _row(2, ORIGINAL.replace("一个", "—个"))]
    rec = reconcile(rows)
    assert rec.text == ORIGINAL
    assert rec.meta["date"] == "2023-01-01" and rec.meta["sources"] == [rows[rec.base]["meta"]["source"]] + [
        r["meta"]["source"] for i, r in enumerate(rows) if i != rec.base]
    assert all("majority" in s.reason for s in rec.sites)


def test_variant_offsets_point_into_each_text():
    rows = [_row(0, ORIGINAL), _row(1, "前言。" + ORIGINAL.replace("一个", "—个"))]
    rec = reconcile(rows)
    for s in rec.sites:
        assert rec.text[s.offset : s.offset + len(s.chosen)] == s.chosen
        for (reading, off), row in zip(s.readings, rows):
            assert row["text"][off : off + len(reading)] == reading


def test_run_writes_canonical_variants_and_report(tmp_path, seeds_dir, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["run", "-q"])
    assert res.exit_code == 0, res.output
    out = tmp_path / "dedup-out"
    canon = _rows(out / "canonical.jsonl")
    assert len(canon) == 16  # 17 articles, one pair reconciled
    merged = next(c for c in canon if c["cluster"])
    assert sorted(merged["witnesses"]) == ["001_c7015017442138a4#1", "003_44ac2a5507f4aaac"]
    assert merged["meta"]["date"] == "2023-01-06T09:18:16" and "沈哲韬" in merged["meta"]["authors"]
    singles = [c for c in canon if not c["cluster"]]
    arts = {a["id"]: a for a in _rows(out / "articles.jsonl")}
    assert all(c["text"] == arts[c["id"]]["text"] for c in singles)  # singletons pass through unchanged
    variants = _rows(out / "variants.jsonl")
    assert {v["kind"] for v in variants} >= {"ocr_lookalike", "ocr_doubled", "editorial"}
    assert all(merged["text"][v["offset"] : v["offset"] + v["length"]] == v["chosen"] for v in variants)
    assert (out / "report" / "index.html").exists() and (out / "report" / "summary.md").exists()
    assert "report:" in res.output


def test_a_failing_cluster_is_reported_and_the_run_goes_on(tmp_path, seeds_dir, monkeypatch):
    import dedup.canonical as canonical

    def broken(rows, opts=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(canonical, "reconcile", broken)
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["run", str(seeds_dir), "-o", str(out), "-q", "-j", "1"])
    assert res.exit_code == 0, res.output
    canon = _rows(out / "canonical.jsonl")
    merged = next(c for c in canon if c["cluster"])
    assert "boom" in merged["base_reason"]["reconcile_error"] and merged["text"]
    assert len(canon) == 16


def test_run_outputs_are_byte_identical_across_jobs(tmp_path, seeds_dir):
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        assert CliRunner().invoke(main, ["run", str(seeds_dir), "-o", str(out), "-q", "-j", jobs]).exit_code == 0
        outs.append(out)
    for name in ("articles.jsonl", "canonical.jsonl", "variants.jsonl", "clusters.jsonl", "report/summary.md",
                 "report/clusters/c000001.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


STORY = [
    "嘉兴市秀洲区今年新签约重点项目四十二个，总投资超过三百亿元。",
    "园区负责人介绍，新项目主要集中在光伏新能源和智能制造领域。",
    "为保障项目落地，当地建立了专班服务机制，帮助企业解决用地和用工问题。",
    "今年前三季度，全区规上工业增加值同比增长百分之九点六。",
    "下一步，秀洲将继续推进产业链招商，培育更多高成长性企业。",
    "专家认为，这一做法为县域经济高质量发展提供了可借鉴的经验。",
]


def test_witnesses_cut_short_do_not_outvote_the_complete_text():
    full = "".join(STORY)
    rows = [_row(0, "".join(STORY[:3])), _row(1, "".join(STORY[:4]).replace("一", "—")), _row(2, full)]
    rec = reconcile(rows)
    assert rec.base == 2 and rec.text == full


def test_a_sentence_one_reprint_adds_at_the_end_is_not_the_edition_kept():
    full = "".join(STORY)
    added = full + "原标题：秀洲招商引资再创新高，重点项目数量和投资额都创下历年新高"
    other = full + "记者手记：项目落地离不开好的营商环境，这一点企业感受很深。"
    rows = [_row(0, added), _row(1, full), _row(2, other), _row(3, full.replace("四十二", "四十ニ"))]
    rec = reconcile(rows)
    assert rec.base == 1 and rec.text == full


def test_a_sentence_inserted_before_a_short_closing_line_is_not_mistaken_for_the_edition_kept():
    # two witnesses cut short lack only the short closing line, so the site runs to the base's end;
    # the sentence one reprint inserts before that line is still its own addition, not the base's tail
    body, closing = "".join(STORY), "专家也点了赞。"
    inserted = "一是导致药品价格虚高且不准二次议价，引发更为普遍而严重的腐败。"
    rows = [_row(0, body), _row(1, body + inserted + closing), _row(2, body + closing),
            _row(3, body.replace("一", "—", 1)), _row(4, body + closing + "也有网友替他鸣不平。")]
    rec = reconcile(rows)
    assert rec.base == 2 and rec.text == body + closing


def test_neighbouring_passages_two_reprints_each_drop_are_not_taken_for_additions():
    # w2 drops one sentence and w3 the next; both end alike, so the aligner may let their gaps
    # overlap by a character or two, yet each witness lacks only its own sentence
    story = STORY[:3] + ["今年前三季度，全区规上工业增加值同比增长，新兴产业发展较快。",
                         "下一步，秀洲将继续推进产业链招商，培育更多高成长性企业，民营经济发展较快。"] + STORY[5:]
    full = "".join(story)
    rows = [_row(0, full.replace("主要", "主耍")), _row(1, full.replace(story[3], "")), _row(2, full.replace(story[4], ""))]
    rec = reconcile(rows)
    assert rec.base == 0 and rec.text == full


def test_witnesses_in_the_other_script_are_collated_not_silent():
    full = "".join(STORY)
    trad = opencc.OpenCC("s2t").convert(full)
    rows = [_row(0, trad), _row(1, full.replace("一", "—", 1)), _row(2, full)]
    rec = reconcile(rows, ReconcileOptions())
    lacunae = [s for s in rec.sites if s.reason.startswith("lacuna")]
    assert lacunae == []
    assert all(s.kind in ("script", "ocr_lookalike") for s in rec.sites)


def test_a_sentence_replaced_by_another_is_one_site_not_a_scatter_of_letters():
    full = "".join(STORY)
    other = full.replace(STORY[2], "据了解，这些项目的落地将带动就业岗位的增加和地方财政收入的增长。")
    rows = [_row(0, full), _row(1, other), _row(2, full.replace("光伏", "光状"))]
    rec = reconcile(rows)
    assert rec.text == full
    changed = [s for s in rec.sites if any(r != rec.sites[0].readings[0][0] for r, _ in s.readings)]
    replaced = [s for s in rec.sites if STORY[2][:10] in full[s.s:s.e]]
    assert len(replaced) == 1 and full[replaced[0].s:replaced[0].e].startswith(STORY[2][:-1])
    assert changed


def test_a_closing_sentence_only_one_witness_has_is_its_addition_even_when_it_is_the_base():
    # w0 was cut after four sentences and then given a closing line of its own; w1 is complete
    full = "".join(STORY)
    added = "".join(STORY[:4]) + "华侨在这边主要做一些商业经营，许多商店招牌都是用中文和老挝文并写的。"
    rows = [_row(0, added), _row(1, full.replace("项目", "项日", 1)), _row(2, "".join(STORY[:3]))]
    rec = reconcile(rows)
    assert rec.base == 1 and "华侨" not in rec.text


def test_with_one_voice_each_a_sentence_inside_the_text_is_kept_rather_than_dropped():
    # w0 dropped the fifth sentence, w1 has it, w2 was cut before it: one voice each, and
    # reprints abridge far more often than they insert a sentence mid-text
    full = "".join(STORY)
    rows = [_row(0, full.replace(STORY[4], "")), _row(1, full), _row(2, "".join(STORY[:3]))]
    rec = reconcile(rows)
    assert rec.base == 1 and rec.text == full


def test_a_witness_with_misreads_has_a_full_voice_on_whether_a_sentence_is_there():
    # w1 alone carries the fifth sentence, which w0 dropped (w2 was cut before it); w1's doubled
    # characters (an OCR fault) lower its weight on characters, not its word on the sentence being there
    full = "".join(STORY)
    noisy = full.replace("主要", "主主要").replace("当地", "当当地")
    rows = [_row(0, full.replace(STORY[4], "")), _row(1, noisy), _row(2, "".join(STORY[:3]))]
    rec = reconcile(rows)
    assert rec.base == 1 and rec.text == full


def _doubled(text: str, words: tuple[str, ...]) -> str:
    """The text with the first character of each word doubled (an OCR fault)."""
    for w in words:
        text = text.replace(w, w[0] + w, 1)
    return text


def test_on_punctuation_every_witness_has_one_voice():
    # w1 and w2 read the enumeration comma 、 where w0 (the cleanest text, so the base) has ，;
    # their doubled characters weigh against their letters, not against their punctuation
    full = "".join(STORY).replace("光伏新能源和智能制造", "光伏、新能源、智能制造")
    rows = [_row(0, full.replace("光伏、新能源", "光伏，新能源")),
            _row(1, _doubled(full, ("主要", "专班", "帮助", "用地", "总投资"))),
            _row(2, _doubled(full, ("工业", "成长", "提供", "经验", "专家")))]
    rec = reconcile(rows)
    assert rec.base == 0 and rec.text == full


def test_of_two_witnesses_the_fuller_text_inside_is_the_base_and_a_cut_one_never_is():
    full = "".join(STORY)
    # w0 dropped the fourth sentence; w1 has it, with a misread the clean w0 corrects
    rows = [_row(0, full.replace(STORY[3], "")), _row(1, full.replace("这一做法", "这—做法"))]
    rec = reconcile(rows)
    assert rec.base == 1 and rec.text == full
    # a copy cut short, or left with no text at all, does not become the base
    for short in ("".join(STORY[:2]), ""):
        rec = reconcile([_row(0, short), _row(1, full)])
        assert rec.base == 1 and rec.text == full


def test_a_sentence_shared_between_a_dropped_and_an_added_one_is_matched_not_substituted():
    # the witness lacks STORY[2] and holds a sentence of its own after STORY[3], which is shorter than
    # either: letter by letter, substituting across STORY[3] costs less than the deletion and the
    # insertion, but the shared sentence must stay aligned with itself (else it is a site of its own)
    from dedup.align import Witness, align

    full = "".join(STORY)
    added = "据了解，这些项目的落地将带动就业岗位和地方财政收入的增长。"
    wit = full.replace(STORY[2], "").replace(STORY[3], STORY[3] + added)
    edits = align(Witness.of("a", full), Witness.of("b", wit))
    shared = (full.index(STORY[3]), full.index(STORY[3]) + len(STORY[3]))
    assert [e for e in edits if e.s < shared[1] and shared[0] < e.e] == []
    assert len(edits) == 2


def test_two_closing_lines_of_their_own_do_not_outvote_two_witnesses_that_end_with_the_text():
    # w0 and w1 each add a closing line of their own (a byline, another sentence); w2 (misreads) and
    # w3 (Traditional script, ASCII commas) end where the report ends.  w0 is the provisional base
    # (clean, closest to all): the two that end with the text are not "cut short" before its byline
    full = "".join(STORY)
    trad = opencc.OpenCC("s2t").convert(full)
    rows = [_row(0, full + "（燕赵都市报记者 金毓妹 通讯员 高韵）"),
            _row(1, full + "辽宁在辽宁省高中阶段有三年学籍，并有完整学习经历，父母在辽宁省具有合法稳定职业。"),
            _row(2, full.replace("项目", "项日", 1).replace("四十二", "四十ニ").replace("一", "—")),
            _row(3, trad.replace("，", ",", 3))]
    rec = reconcile(rows)
    assert "金毓妹" not in rec.text and "辽宁" not in rec.text


def test_a_sentence_two_witnesses_carry_is_kept_though_more_dropped_it():
    # w0, w1 and w4 each dropped the third sentence on their own (copies often drop the same one:
    # an article has a handful); w2 and w3 carry it, each with a misread.  Copies made apart never
    # add the same sentence, so it is the original's text, and the edition kept has it
    full = "".join(STORY)
    dropped = full.replace(STORY[2], "")
    rows = [_row(0, dropped.replace("四十二", "四十多")), _row(1, dropped), _row(2, full.replace("一", "—", 1)),
            _row(3, full.replace("规上", "规土")), _row(4, dropped.replace("三百", "300"))]
    rec = reconcile(rows)
    assert rec.base in (2, 3) and rec.text == full


def test_a_sentence_two_witnesses_carry_before_the_base_s_last_one_is_not_a_run_on():
    # the clean w0 (the first base: w1 and w2 carry misreads) dropped the sentence before the last, as did w3; w4 dropped the
    # last one instead, so the site runs to w0's end.  w1 and w2 carry both: the sentence stands
    # inside the text, not past its end, and their agreement outweighs the two that lack it
    full = "".join(STORY)
    rows = [_row(0, full.replace(STORY[-2], "")), _row(1, full.replace("一", "—")),
            _row(2, full.replace("项目", "项项目")), _row(3, full.replace(STORY[-2], "").replace("规上", "规土")),
            _row(4, full.replace(STORY[-1], ""))]
    rec = reconcile(rows)
    assert rec.base in (1, 2) and rec.text == full
