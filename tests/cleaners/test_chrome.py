"""Chrome removal on pages shaped like real news sites (not the seeds)."""

from cleaners import clean_page

PORTAL_PAGE = """首页 | 新闻 | 体育 | 财经 | 娱乐 | 科技 | 汽车
当前位置：首页 > 社会 > 正文
字号：大 中 小
宁波一小区试点垃圾分类积分兑换
2022年11月03日 14:25  来源：宁波晚报
本报记者 王小明 通讯员 李刚
11月2日上午，记者来到海曙区某小区，看到不少居民正拿着分好类的垃圾来到投放点，工作人员逐一称重并记录积分。
据社区负责人介绍，积分可以兑换洗衣液、纸巾等生活用品，试点两个月以来，参与户数已经超过八成。
遇到问题可拨打社区热线咨询，社区工作人员会在工作日内上门解答。
分享到：微信 微博 QQ空间
责任编辑：陈芳
相关阅读：
· 宁波垃圾分类新规下月实施
· 市民积分兑换热情高
版权所有 宁波晚报 未经授权禁止转载
新闻热线：0574-12345678 投稿邮箱：news@example.com
扫描二维码关注我们
"""

ENGLISH_PAGE = """Skip to main content
Home
World
Storm closes schools across the region
By Jane Doe
Updated March 3, 2024
Share
Heavy rain and strong winds forced more than 200 schools to close on Monday, officials said, as the storm moved inland.
Advertisement
Emergency crews worked through the night to clear fallen trees from major roads, and power was restored to most homes by noon.
Read more
We use cookies to improve your experience. By continuing you accept our cookie policy.
© 2024 Example News. All rights reserved.
"""


def _body(result):
    return "\n".join(a.text for a in result.articles)


def test_portal_page_chrome_gone_body_and_meta_kept():
    r = clean_page(PORTAL_PAGE)
    assert len(r.articles) == 1
    art = r.articles[0]
    assert art.title == "宁波一小区试点垃圾分类积分兑换"
    assert art.paragraphs[0].startswith("11月2日上午")
    # a body sentence that mentions 热线 stays
    assert "遇到问题可拨打社区热线咨询" in art.text
    for chrome in ("首页", "当前位置", "字号", "分享到", "相关阅读", "宁波垃圾分类新规", "版权所有", "投稿邮箱", "二维码"):
        assert chrome not in art.text
    assert art.meta["date"] == "2022-11-03T14:25"
    assert art.meta["source"] == "宁波晚报"
    assert art.meta["reporters"] == ["王小明"] and art.meta["correspondents"] == ["李刚"]
    assert art.meta["editor"] == ["陈芳"]
    rules = {x["rule"] for x in r.audit.removed}
    assert {"chrome.nav", "chrome.breadcrumb", "chrome.share", "chrome.related_list", "chrome.copyright"} <= rules


def test_english_page():
    r = clean_page(ENGLISH_PAGE)
    art = r.articles[0]
    assert art.title == "Storm closes schools across the region"
    assert art.meta["authors"] == ["Jane Doe"] and art.meta["date"] == "2024-03-03"
    assert len(art.paragraphs) == 2
    for chrome in ("Skip to", "Share", "Advertisement", "Read more", "cookie", "©"):
        assert chrome not in art.text


def test_photo_caption_and_credit_removed_body_kept():
    page = (
        "新园区正式开园\n"
        "开园当天，首批二十家企业签约入驻，园区负责人表示将提供全程代办服务，帮助企业尽快投产。\n\n"
        "园区全景\n新华社记者 李明 摄\n\n"
        "签约仪式现场\n图片由园区管委会提供\n\n"
        "据介绍，园区总规划面积约三平方公里，重点发展智能制造和生物医药产业，预计年产值超百亿元。\n"
    )
    r = clean_page(page)
    art = r.articles[0]
    assert [x["rule"] for x in r.audit.removed] == ["credit.caption", "credit.photo", "credit.caption", "credit.photo"]
    assert len(art.paragraphs) == 2 and "园区全景" not in art.text


def test_pinyin_annotation_removed_from_text():
    r = clean_page("标题\n嘉兴(jiāxīng)是一座历史文化名城，位于浙江省东北部，交通十分便利发达。")
    assert "jiāxīng" not in r.articles[0].text and r.audit.rewrites["pinyin"] == 1


def test_digital_newspaper_header_and_footer_become_meta():
    page = (
        "钱江晚报 数字版\n\nA05版：城市新闻\n\n老街改造完成\n\n"
        "经过半年施工，老街改造工程日前完成，沿街三十多家老字号陆续恢复营业，吸引不少市民前来打卡。\n\n"
        "钱江晚报 城市新闻 A05 老街改造完成 2023-05-12 2023年05月12日 星期五\n"
    )
    art = clean_page(page).articles[0]
    assert art.title == "老街改造完成"
    assert art.meta["masthead"] == "钱江晚报" and art.meta["page"] == "A05" and art.meta["section"] == "城市新闻"
    assert art.meta["date"] == "2023-05-12" and art.text.startswith("经过半年施工")


def test_site_and_headline_breadcrumb_at_the_top():
    page = "中国新闻网 > 恭喜！韦德宣布女儿出生 欢迎小可\n韦德宣布女儿出生\n韦德在社交网站上宣布女儿出生，并感谢家人和球迷一直以来的支持与祝福。"
    r = clean_page(page)
    assert r.audit.removed[0]["rule"] == "chrome.breadcrumb" and r.articles[0].title == "韦德宣布女儿出生"


SELF_MEDIA_PAGE = """原创 记者 王小明 钱江晚报
A A A
城市书房开到家门口
城市书房今年新增十二家，市民凭借书证即可在家门口借阅图书，夜间也能安静自习。
据了解，每家书房藏书约五千册，并定期举办阅读分享活动，吸引了不少年轻家长带着孩子参加。
返回搜狐，查看更多
平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。
阅读 (1234)
举报/反馈
欢迎分享到朋友圈
本文来源：钱江晚报
"""


def test_self_media_portal_page():
    r = clean_page(SELF_MEDIA_PAGE)
    art = r.articles[0]
    assert art.title == "城市书房开到家门口" and len(art.paragraphs) == 2
    assert art.meta["authors"] == ["王小明"] and art.meta["source"] == "钱江晚报"
    assert len(r.audit.removed) == 8


def test_rule_needles_are_implied_by_their_patterns(seeds_dir):
    """A rule's needles only skip lines its pattern could not match: every matching line holds one."""
    from cleaners.chars import normalize_line
    from cleaners.rules import CHROME_RULES

    lines = {normalize_line(x) for x in (PORTAL_PAGE + ENGLISH_PAGE).splitlines()}
    for path in seeds_dir.rglob("*"):
        if path.is_file():
            lines |= {normalize_line(x) for x in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    lines |= {"Copyright (C) 2024 Example", "(c) 2023 新华网", "本站ICP备案号", "联系电话 0571-87654321",
              "Email: news@example.com", "Home\tWorld\tBusiness\tSport\tOpinion", "下载 新闻客户端"}
    checked = 0
    for rule in CHROME_RULES:
        for line in lines:
            if rule.needles and rule.pattern.search(line):
                checked += 1
                assert any(n in line.lower() for n in rule.needles), (rule.name, line)
    assert checked >= 8


def test_a_portal_time_stamp_split_over_lines_gives_its_channel_as_source():
    # a Sina page's stamp block: date, time and channel on three lines above the story
    page = ("张艺兴新专辑发布 登上多国榜单\n2018-09-22\n18:26:28\n新浪娱乐\n"
            "张艺兴新专辑22日正式发布，上线后登上多个国家和地区的音乐榜单，引发歌迷热议。\n"
            "据介绍，专辑共收录十二首歌曲，制作历时两年。\n")
    art = clean_page(page).articles[0]
    assert art.title == "张艺兴新专辑发布 登上多国榜单"
    assert art.meta["source"] == "新浪娱乐" and art.meta["date"] == "2018-09-22"
    assert art.paragraphs[0].startswith("张艺兴新专辑22日") and "18:26" not in art.text


def test_the_times_of_a_live_report_are_its_text():
    page = ("直播：中国队2:1逆转日本队\n2023-12-18 20:00 来源：体坛周报\n20:05\n比赛开始，双方都很谨慎，中场争夺十分激烈。\n"
            "20:32\n日本队率先破门，比分变为1:0，中国队需要加强进攻。\n")
    art = clean_page(page).articles[0]
    assert art.paragraphs[0] == "20:05" and "20:32" in art.paragraphs
