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
