from dedup.key import key_offsets, matching_key


def test_key_folds_width_script_punctuation_and_lookalikes():
    a = matching_key("制造业是立市之本，决定着一个地区的综合实力。")
    b = matching_key("製造業是立市之本,決定著—個地區的綜合實力.")  # traditional, ASCII punctuation, OCR dash
    assert a == b.replace("著", "着") or a == b


def test_key_lowercases_latin_and_keeps_word_boundaries_only_between_words():
    assert matching_key("ＧＤＰ增长 3.8%") == "gdp增长38"
    assert matching_key("The Quick, brown fox!") == "the quick br0wn f0x"
    assert matching_key("3.8 million") == "38 mi11i0n"


def test_offsets_lead_back_to_display_text():
    text = "嘉兴（Ｊｉａｘｉｎｇ），記者—個"
    key, offs = key_offsets(text)
    assert key == matching_key(text)
    assert len(offs) == len(key)
    assert text[offs[key.index("记")]] == "記" and text[offs[key.index("个")]] == "個"


def test_batched_keys_and_shingles_equal_one_at_a_time():
    import numpy as np

    from dedup.key import matching_keys
    from dedup.shingles import shingle_parts, shingle_parts_batch

    texts = ["", " ", "  The  storm, closed! ", "中 文", "a b", "™ trade", "嘉兴制造业向高质量迈进。",
             "阿特斯 Canadian Solar 公司 ", " 短", "x", "一二三四", "一二三四五六"]
    keys = matching_keys(texts)
    assert keys == [matching_key(t) for t in texts]
    for (c1, w1), key in zip(shingle_parts_batch(keys), keys):
        c2, w2 = shingle_parts(key)
        assert np.array_equal(c1, c2) and np.array_equal(w1, w2)
