import pytest

from dedup.variants import classify


@pytest.mark.parametrize(
    "base, reading, left, right, kind",
    [
        ("一", "—", "着", "个", "ocr_lookalike"),
        ("招", "引", "市", "引的", "ocr_doubled"),
        ("已", "己", "", "经", "ocr_lookalike"),
        ("我", "嘉兴", "，", "市南湖", "editorial"),
        ("", "嘉兴", "从", "市经信局", "editorial"),
        ("昨天，记者", "记者日前", "。", "从", "editorial"),
        ("说，", "表示，", "负责人", "同时", "editorial"),
        ("，", ",", "高", "有", "punctuation"),
        ("Ａ", "A", "", "", "width"),
        ("个地区", "個地區", "一", "的", "script"),
        ("a b", "a  b", "", "", "whitespace"),
        ("总投资", "总产值", "", "", "substitution"),
        ("", "此外，该项目还获得了省级专项资金支持。", "。", "", "insertion"),
    ],
)
def test_classify(base, reading, left, right, kind):
    assert classify(base, reading, left, right) == kind
