"""Property tests: cleaning is idempotent and every input line is accounted for."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaners import CleanOptions, clean_page, prepare_line

TOP = ["您的位置：首页 > 浙江 > 嘉兴", "发布时间：2023-01-06 09:18:16", "分享到：微信 微博 QQ空间", "推荐", ""]
TITLES = ["嘉兴制造业向高质量迈进", "“相亲”之后，比翼齐飞", "Storm closes schools across the region"]
SUBHEADINGS = ["用好“两只手”竞逐新赛道", "总部经济为何这么热？", "——金华竞逐新能源产业赛道的启示"]
BODY = [
    "制造业是立市之本、强市之基，决定着一个地区的综合实力和区域竞争力。",
    "为做大做强光伏产业规模，秀洲国家高新区分",
    "别于2017年6月与阿特斯签订投资协议，总投资50亿元。",
    "“此次入选让我们倍感振奋,也对未来充满了信心!”负责人说。",
    "The committee approved the plan on Monday, officials said in a statement today.",
    "林明峰 摄",
    "摘自《嘉兴日报》",
    "1. 加大投入",
    "遇到问题可拨打社区热线咨询，社区工作人员会在工作日内上门解答。",
    "",
]
BOTTOM = ["责任编辑：陆姗姗", "新闻热线：13157110107", "相关阅读：", "· 宁波垃圾分类新规下月实施", ""]

block = st.tuples(st.lists(st.sampled_from(SUBHEADINGS), max_size=1), st.lists(st.sampled_from(BODY), min_size=1, max_size=4))
pages = st.tuples(
    st.lists(st.sampled_from(TOP), max_size=3),
    st.lists(st.sampled_from(TITLES), max_size=1),
    st.lists(block, min_size=1, max_size=5),
    st.lists(st.sampled_from(BOTTOM), max_size=4),
).map(lambda p: "\n".join(p[0] + p[1] + [ln for sub, body in p[2] for ln in sub + body] + p[3]))


def render(a) -> str:
    sub = ["——" + a.meta["subtitle"]] if "subtitle" in a.meta else []
    return "\n\n".join(([a.title] if a.title else []) + sub + a.paragraphs)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(pages)
def test_every_line_is_in_output_or_audit(page):
    r = clean_page(page)
    out = "\n".join([a.title for a in r.articles] + [a.text for a in r.articles]
                    + [a.meta.get("subtitle", "") for a in r.articles])
    removed = [x["text"] for x in r.audit.removed]
    for raw in page.split("\n"):
        line = prepare_line(raw, CleanOptions())
        if line:  # a subtitle line is kept in meta without its leading dash
            assert line in removed or line in out or line.lstrip("—") in out, line


@settings(max_examples=150, deadline=None, derandomize=True)
@given(pages)
@example("嘉兴制造业向高质量迈进\n用好“两只手”竞逐新赛道\n为做大做强光伏产业规模，秀洲国家高新区分\n林明峰 摄\n"
         "用好“两只手”竞逐新赛道\n摘自《嘉兴日报》\n用好“两只手”竞逐新赛道\n为做大做强光伏产业规模，秀洲国家高新区分\n"
         "林明峰 摄\n用好“两只手”竞逐新赛道\n制造业是立市之本、强市之基，决定着一个地区的综合实力和区域竞争力。")  # a repeated headline
def test_cleaning_is_idempotent(page):
    """Cleaning an article's own output gives back the same article."""
    for art in clean_page(page).articles:
        again = clean_page(render(art)).articles
        assert [(a.title, a.paragraphs) for a in again] == [(art.title, art.paragraphs)]
