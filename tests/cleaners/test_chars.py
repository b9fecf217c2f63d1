from collections import Counter

from cleaners.chars import normalize_line


def test_spaces_zero_width_and_controls():
    counts = Counter()
    assert normalize_line("\u3000\u3000嘉兴\u00a0制造业\u200b向\x07高质量  迈进 ", counts) == "嘉兴 制造业向高质量 迈进"
    assert counts["zero_width"] and counts["control"]


def test_kangxi_radicals_and_compatibility_ideographs_fold():
    # U+2F00 KANGXI RADICAL ONE, U+2F08 RADICAL MAN, U+F900 CJK COMPATIBILITY IDEOGRAPH (豈)
    assert normalize_line("\u2f00个\u2f08") == "一个人"
    assert normalize_line("\uf900") == "豈"


def test_fullwidth_letters_digits_to_ascii_but_punctuation_kept():
    assert normalize_line("ＧＤＰ增长３．８％，") == "GDP增长3．8％，"


def test_script_is_never_converted():
    assert normalize_line("記者從市經信局獲悉") == "記者從市經信局獲悉"
