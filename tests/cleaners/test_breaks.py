from cleaners.breaks import join_rule, joined


def test_midword_split_is_joined():
    prev = "2022年，提出重点打造“2+4+X”主导产业，其中芯光电、新能源汽车及零部"
    assert join_rule(prev, "件在4个现代新兴产业中占了两席。") == "join.midsentence"
    assert joined(prev, "件在4个", "join.midsentence").endswith("零部件在4个")


def test_comma_end_and_closing_start_join():
    assert join_rule("通过对电能智能调度和高效利用，", "可以为企业降本增效。") == "join.open_punct"
    assert join_rule("会上公布了名单", "。会议还指出") == "join.close_punct"


def test_headings_list_items_and_finished_sentences_do_not_join():
    assert join_rule("用好“两只手”竞逐新赛道", "前几天，横店东磁公布2023半年度报告。") is None
    assert join_rule("总部经济为何这么热？", "总部经济是工业化的必然产物。") is None
    assert join_rule("主要措施包括以下几个方面，分别是：", "1. 加大投入") is None
    assert join_rule("一方面，政府的“有形之手”为地方经济发展指路——", "2019年，金华印发方案。") is None


def test_latin_dehyphenation_and_lowercase_continuation():
    assert join_rule("the inter-", "national community") == "join.dehyphen"
    assert joined("the inter-", "national community", "join.dehyphen") == "the international community"
    assert joined("The committee met on", "tuesday morning", "join.lowercase") == "The committee met on tuesday morning"


def test_a_capitalised_noun_after_a_break_still_continues_the_sentence():
    # German capitalises nouns: an OCR line break before one is still mid-sentence
    prev = "Der Bundesrat hat am Montag nach langer Debatte die"
    assert join_rule(prev, "Vorlage zur Reform der Altersvorsorge angenommen.") == "join.midsentence"
    assert joined(prev, "Vorlage", "join.midsentence") == prev + " Vorlage"


def test_words_of_other_scripts_keep_their_space_at_a_join():
    assert joined("Поезда будут ходить каждые пять минут в часы", "пик, сообщили в метрополитене.",
                  "join.lowercase").endswith("часы пик, сообщили в метрополитене.")
    assert joined("成立大会在杭州", "举行", "join.midsentence") == "成立大会在杭州举行"
