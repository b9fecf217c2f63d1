import pytest

from cleaners.punctuation import widen


@pytest.mark.parametrize(
    "line, expected",
    [
        ("金华块状经济特征明显,有兰溪纺织;永康五金:义乌?好!", "金华块状经济特征明显，有兰溪纺织；永康五金：义乌？好！"),
        ("浙江杭轴科技有限公司项目工地(一期)", "浙江杭轴科技有限公司项目工地（一期）"),
        ("占规上工业比重52.1%,已形成", "占规上工业比重52.1%，已形成"),
        ("勇士负于雄鹿.很显然,卫冕冠军遇到挑战.", "勇士负于雄鹿。很显然，卫冕冠军遇到挑战。"),
        ("他说:“好.”", "他说：“好。”"),
        ('他说:"我们明天出发."然后走了', "他说：“我们明天出发。”然后走了"),
        ('据"人民日报"报道,"一带一路"倡议', "据“人民日报”报道，“一带一路”倡议"),
        ("\"当我醒来,'阳光'刺痛眼睛.\"", "“当我醒来，‘阳光’刺痛眼睛。”"),
        ('很好."他说', "很好。”他说"),  # a quotation closed after a line break: the sentence end closes it
    ],
)
def test_widened_in_chinese_context(line, expected):
    assert widen(line)[0] == expected


@pytest.mark.parametrize(
    "line",
    [
        "发布时间 | 2023-01-06 09:18:16",
        "总产值达505.25亿元",
        "打造“2+4+X”主导产业",
        "全市R&D经费投入",
        "生产210HiKu7产品",
        "详见 https://example.com/a?b=1,2&c=3 网页",
        "邮箱 news@example.com",
        "比分1,000:998",
        "Hello, world! (yes)",
        "访问新华网.com 或 www.news.cn",
        "图1.新华社记者摄",
        "他说好...",
        'He said "hi" to everyone',
        "It's 中国's best",
    ],
)
def test_protected_spans_and_latin_text_unchanged(line):
    assert widen(line) == (line, 0)
