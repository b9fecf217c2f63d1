"""Rules as data: every chrome, metadata, boundary and credit pattern lives here.

Each rule has a name (it appears in the audit), a compiled pattern and where it
may fire: ``any`` (anywhere on the page: the pattern alone is conclusive) or
``edge`` (only in the chrome clusters at the top or bottom of a page, so that a
body sentence mentioning 热线 or 来源 is kept).  Adding a site's chrome is adding
a row here, with a test line beside it in ``tests/cleaners``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

ANY = "any"
EDGE = "edge"


@dataclass(frozen=True)
class Rule:
    """One named line pattern. ``max_len`` guards against eating body paragraphs."""

    name: str
    pattern: regex.Pattern
    where: str = ANY
    max_len: int = 120
    # literal strings (lower case) of which a matching line holds at least one: a cheap test
    # that spares unanchored patterns the scan of every prose line
    needles: tuple[str, ...] = ()


def _r(name: str, pattern: str, where: str = ANY, max_len: int = 120, flags: int = 0,
       needles: tuple[str, ...] = ()) -> Rule:
    return Rule(name, regex.compile(pattern, flags | regex.V1), where, max_len, needles)


# Sentence-final punctuation (display text, after width folding).
SENTENCE_END = "。！？!?…"
# Sentence ends of other scripts: Devanagari danda, Arabic and Urdu question mark and full stop,
# Ethiopic, Armenian, Myanmar and Tibetan full stops.  (Thai, Lao and Khmer mark none.)
OTHER_SENTENCE_END = "।॥؟۔።։။།"


NAV_WORDS = (
    "首页|推荐|返回|返回首页|返回顶部|更多|登录|注册|English|搜索|网站导航|导航|客户端|移动版|手机版|"
    "收藏|打印|关闭|关闭窗口|打印本页|纠错|我要纠错|评论|点赞|在看|举报|订阅|下载APP|RSS|"
    "要闻|国内|国际|社会|财经|体育|娱乐|科技|教育|健康|时尚|本地|综合|军事|汽车|房产|文化|旅游|评论|视频|图片|专题|"
    "原创|滚动|正文|新闻详情|新闻中心|新闻|频道|资讯|图集|直播|举报/反馈|反馈|投诉|我要反馈|保存图片|微博分享|微信分享|"
    "听新闻|我要评论|发表评论|查看评论|写评论|我要举报|查看更多|广告合作|商务合作|法律声明|隐私政策|用户协议|网站地图|"
    "意见反馈|帮助中心|联系我们|关于我们|[A-Za-z]{3,10}版|关于[\\p{Han}]{1,4}|加入[\\p{Han}]{1,4}|知道了|取消|允许|留言|写留言|使用小程序|加入好友|订阅电子报|电子报|"
    "即时|政治|时政|两岸|港澳|台湾|产经|证券|股票|基金|理财|生活|地方|运动|军事|法治|民生|观点|深度|数据|公益|读书|"
    "育儿|游戏|星座|彩票|美食|家居|女性|亲子|看点|热点|热榜|热门|热搜|排行|"
    "メニュー|検索|トップ|ホーム|ログイン|経済|国際|スポーツ|科学|暮らし|天気|地域|特集|ランキング|"
    "[\\p{Han}A-Za-z]{1,6}首页|手机[\\p{Han}A-Za-z]{1,6}|[\\p{Han}A-Za-z]{0,6}客户端|"
    "Home|Menu|Search|World|News|Politics|Business|Sport|Sports|Opinion|Culture|Tech|Technology|Science|"
    "Markets|Sustainability|Legal|More|Breaking|Investigations|Economy|Climate|Environment|Arts|Books|Food|"
    "Media|Money|Finance|Companies|Industries|Energy|Autos|Asia|Europe|Americas|Africa|Middle East|"
    "百家号|关注|Sections|Teilen|Kommentare|Startseite|Partager|Commentaires|Accueil|Compartir|Comentarios|Inicio|Condividi|Commenti|"
    "Health|Travel|Style|Video|Videos|Live|Latest|Weather|Entertainment|Lifestyle|Local|National|US|UK||Login|Log in|Sign in|Sign up|Subscribe|Newsletter|Skip to content|Skip to main content|"
    r"应用|举报|ニュース|写文章|添加评论|喜欢|赞同[\s　]*\d*|\d+[\s　]*条评论|Подписаться|Подписка|Contact Us|About Us|Privacy Policy|Terms of Use|Terms of Service|Cookie Policy|Cookie Settings|Zur Startseite|Zurück zur Startseite|Back to top|전체 메뉴|전체메뉴|메뉴|Mới nhất|Trang chủ|Về đầu trang|トップへ戻る|ページの先頭へ"
)

# Words of a site's links that are capitalised like a name (``Contact Us``, ``Privacy Policy``):
# a line holding one is no reporter's signature.
LINK_WORDS = frozenset({
    "Us", "About", "Contact", "Privacy", "Policy", "Terms", "Use", "Cookie", "Cookies", "Settings", "Help",
    "Advertise", "Careers", "Newsletter", "Newsletters", "Topics", "Sections", "More", "Home", "News", "Follow",
    "Share", "Subscribe", "Sign", "Log", "Read", "View", "All", "Rights", "Reserved", "Today", "Latest", "Top",
    "Stories", "Video", "Videos", "Photos", "Live", "Opinion", "Sport", "Sports", "Business", "World", "Tin", "Xem",
    "Key", "Points", "Highlights", "Breaking", "Exclusive", "Analysis", "Update", "Watch", "Markets", "Summary",
    "Version", "Edition", "English", "Translation",
    # "news" and a section's name in other languages: a section head is no person (Ekonomi Haberleri)
    "Haberleri", "Haber", "Haberler", "Nachrichten", "Noticias", "Notícias", "Actualités", "Notizie", "Berita",
    "Новости", "Gündem", "Ekonomi", "Economia", "Economía", "Wirtschaft", "Politik", "Política", "Spor", "Deportes",
})

# Share buttons and "read also" link heads, one row per language.
SHARE_WORDS = (
    "Поделиться", "Поділитися", "Partager", "Compartir", "Compartilhar", "Partilhar", "Condividi", "Teilen",
    "Udostępnij", "Paylaş", "Delen", "Deel artikel", "Sdílet", "Megosztás", "Bagikan", "Chia sẻ", "شارك", "مشاركة", "שתף",
    "शेयर करें", "शेयर", "แชร์", "共有する", "공유하기",
)
READ_ALSO = (
    "Читайте также", "Смотрите также", "Читайте також", "Lire aussi", "À lire aussi", "A lire aussi", "Lea también",
    "Lee también", "Leer más", "Lesen Sie auch", "Leggi anche", "Leia também", "Veja também", "Czytaj też",
    "Czytaj także", "Lees ook", "Läs också", "Ayrıca okuyun", "Baca juga", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا",
    "यह भी पढ़ें", "อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง", "Đọc thêm", "Xem thêm", "あわせて読みたい",
    # the heads of "more news" lists
    "Más noticias", "Noticias relacionadas", "Weitere Nachrichten", "Другие новости", "Новости по теме",
    "Altre notizie", "Notizie correlate", "Mais notícias", "Notícias relacionadas", "Plus d'actualités",
    "Sur le même sujet", "أخبار ذات صلة", "أخبار متعلقة", "ข่าวที่เกี่ยวข้อง", "संबंधित खबरें", "Berita terkait", "Baca berikutnya", "Baca selanjutnya", "Berita lainnya",
    "İlgili haberler", "Powiązane artykuły", "Más información", "Archivado en", "Mehr lesen über", "Mehr zum Thema", "Zum Thema", "Weiterlesen",
    "Seguir leyendo", "Mais lidas", "Más leídas", "Lo más leído", "Meistgelesen", "Les plus lus", "I più letti",
    "En çok okunanlar", "Самое читаемое", "Dieses Thema im Programm",
    "Lees meer over", "Meer over", "مواضيع ذات صلة", "مواضيع متعلقة", "Zobacz więcej", "Zobacz też",
    "Go deeper", "Read more about",
)
SHARE_WORDS_UNSPACED = ("แชร์", "共有", "공유")  # scripts without spaces: the button's words run on (แชร์บทความนี้)
_SHARE_ALT = "|".join(map(regex.escape, SHARE_WORDS))
_SHARE_UNSPACED_ALT = "|".join(map(regex.escape, SHARE_WORDS_UNSPACED))
_READ_ALSO_ALT = "|".join(map(regex.escape, READ_ALSO))

_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace())  # what \s matches in a line

# Lines that are web or print chrome.  Order matters only for the rule name in the audit.
CHROME_RULES: tuple[Rule, ...] = (
    _r("chrome.breadcrumb", r"^(您的位置|您当前的位置|您现在的位置|当前位置|你的位置|你现在的位置|所在位置)[\s　]*[:：]"),
    _r("chrome.breadcrumb", r"^(首页|主页|网站首页|Home)[\s　]*([>＞»›→/]|&gt;)", max_len=160),
    _r("chrome.breadcrumb", r"^[^\s。，！？]{1,12}([\s　]*[>＞»›→][\s　]*[^>＞»›→。，！？]{1,30}){2,}$", EDGE),
    _r("chrome.breadcrumb", r"^[\p{Han}A-Za-z]{1,6}(?:[\s　]+/[\s　]+[\p{Han}A-Za-z]{1,6}){1,3}$", EDGE, 40),  # 社會 / 社會萬象
    _r("chrome.breadcrumb", r"^[^\s。，！？]{1,12}[\s　]*[>＞»›][\s　]*[^。]{1,40}$", EDGE, max_len=60),
    _r("chrome.nav", rf"^({NAV_WORDS})([\s　|｜]+({NAV_WORDS}))*$", ANY, 80, regex.I),
    # a bar of short entries: Chinese ones separated by spaces (Chinese prose has none), or entries
    # of any script separated by bars or dots (spaces alone separate the words of Korean or
    # Vietnamese prose, which is no menu)
    _r("chrome.nav", r"^(?=(?:[\p{Han}]{1,8}[\s　|｜丨·]+){4,}[\p{Han}]{1,8}$)", EDGE, 200,
       needles=(*_SPACES, "|", "｜", "丨", "·")),
    # a bar that starts at the home page, whatever its entries' script (首页 快报 研究 ETF)
    _r("chrome.nav", r"^(首页|首頁|主页|Home)(?:[\s　|｜丨·/]+[\p{Han}A-Za-z0-9]{1,8}){2,}$", EDGE, 80),
    _r("chrome.nav", r"^(?=(?:[^|｜丨·]{1,16}(?:[|｜丨]|[\s　]+·[\s　]+)){2,}[^|｜丨·]{1,16}$)(?!.*[。！？.!?]$)", EDGE, 200,
       needles=("|", "｜", "丨", "·")),
    # English menus run their entries together with spaces: short capitalised words, none of them a
    # function word (a headline in sentence case, ``Heavy snow disrupts travel across northern
    # England``, has lower-case words; one in title case has its prepositions)
    _r("chrome.nav", r"^(?=[\x20-\x7e]+$)(?=(?:[A-Z&]\S{0,7}\s+){4,}[A-Z&]\S{0,7}$)(?!.*[.!?]$)(?!.*\b(?i:the|a|an|of|to|in|on|for|and|or|is|are|was|were|with|at|by|from|as|after|over|into|says?|across|against|amid|under|before|than|will|new|up|out)\b)", EDGE, 200,
       needles=(" ",)),
    _r("chrome.fontsize", r"^[【\[]?(字号|字体|字级)[\s　]*[:：]?[\s　]*(大|中|小|默认|T)([\s　]+(大|中|小|默认|T))+"),
    _r("chrome.fontsize", r"^[AaＡ]([\s　]+[AaＡ]){1,3}[+＋]?$", ANY, 12),
    _r("chrome.fontsize", r"^[大中小]字号([\s　]*[大中小]字号)*$|^(字号|字体|字级)$", ANY, 20),
    _r("chrome.app", r"^(写|发表|说说你的)(评论|留言|看法)[\s　.…。]*$", ANY, 20),
    _r("chrome.prevnext", r"^[/／\[【<《]?(阅读|查看)?(上一篇|下一篇|上一条|下一条|上一页|下一页|上一张|下一张|上一幅|下一幅|前一篇|后一篇|Previous|Next)(?:[\s　]+(上一张|下一张|下一页|下一篇))?[/／\]】>》]?([\s　]*[:：]|$)", ANY, 120, regex.I),
    _r("chrome.nav", r"^(返回|回到).{0,8}(首页|顶部|列表|频道|目录|专题)$", ANY, 20),
    # a link to the page in another language: English Version, 中文版, 繁體, 英文版, Lire en français
    _r("chrome.nav", r"^(English|Chinese|中文|简体|繁體|繁体|英文|双语|日本語|한국어)[\s　]*(Version|Edition|版|版本)?$", ANY, 20, regex.I),
    _r("chrome.nav", r"^(Read in English|Lire en (français|anglais)|Leer en (español|inglés)|Ler em português|Auf Deutsch lesen|"
       r"Leggi in italiano|Version française|Versión en español)$", ANY, 30, regex.I),
    _r("chrome.nav", r"^.{0,8}(一覧|トップ|ページの先頭)(へ|に)戻る$", ANY, 16),  # 一覧へ戻る
    # pagination: 上一页 1 2 3 下一页, 第2页 共5页, « 1 2 3 »
    _r("chrome.prevnext", r"^(上一页|首页|«|‹|<)?[\s　]*\d{1,3}([\s　]+\d{1,3})+[\s　]*(下一页|尾页|»|›|>)?$|^第[\s　]*\d{1,3}[\s　]*页[\s　]*[,，/／]?[\s　]*共[\s　]*\d{1,3}[\s　]*页$", ANY, 60),
    _r("chrome.related", r"^(【)?(相关阅读|相关新闻|相关内容|相关话题|相关链接|相关文章|相关报道|相关推荐|延伸阅读|推荐阅读|热门推荐|热点推荐|精彩推荐|为你推荐|更多推荐|猜你喜欢|热门文章|热门新闻|热点新闻|24小时热点|热门排行|排行榜|往期回顾|往期精彩|更多精彩|今日推荐|编辑推荐|大家都在看|往期推荐|関連ニュース|関連記事|관련기사|관련 기사|많이 본 기사|많이 본 뉴스|Tin liên quan|Bài liên quan|Artículos relacionados|Articles liés|More on this story|Related Topics|Top Stories|Most Read|Related Internet Links|Related( articles?| stories| news| video| coverage)?|Most viewed|Most popular|More Stories From \w.{0,30}|Popular( \w+)? articles|Recommended|Read more|Read More|More from|Most read|Trending)(】)?([\s　]*[:：].*)?$", EDGE, 200, regex.I),
    _r("chrome.related", r"^(【)?(相关阅读|相关新闻|延伸阅读|推荐阅读|猜你喜欢)(】)?[\s　]*[:：]?$"),
    # the head of a comment section: what follows is readers' comments, however prose-like
    _r("chrome.comments", r"^(【)?(网友评论|热门评论|最新评论|全部评论|精彩评论|用户评论|读者评论|评论区|网友留言|精选留言|全部讨论|热门讨论|"
       r"Comments|Reader comments|Join the conversation|\d+[\s　]*条评论)(】)?([\s　]*[(（:：]?[\s　]*\d*[)）]?)?$", ANY, 30, regex.I),
    # a forum's replies: a later floor (2楼), or a reply's header (作者：… 回复日期：…)
    _r("chrome.comments", r"^(?:[2-9]|\d{2,4})楼$|^作者[:：].{1,20}[\s　]+回复(?:日期|时间)[:：]", ANY, 60),
    _r("chrome.share", r"^(分享到|分享至|转发到|一键分享|分享|Share( this( article| story)?)?( on \w+)?|Tweet|Email this)([\s　]*[:：].*)?$", ANY, 120, regex.I),
    _r("chrome.share", r"^(分享|转发)(让|给).{1,10}$", ANY, 20),  # 分享让更多人看到
    # a share button in another language, alone or with its networks (Partager sur Facebook)
    _r("chrome.share", rf"^(?:{_SHARE_ALT})(?:[\s:：]+.{{0,40}})?$|^(?:{_SHARE_UNSPACED_ALT}).{{0,20}}$", EDGE, 60, regex.I),
    # Читайте также: ..., Lire aussi : ..., Baca juga: ... (a link line, wherever it stands)
    _r("chrome.related", rf"^[\[【]?(?:{_READ_ALSO_ALT})[\]】]?(?:[\s　]*[:：|｜].*)?$", ANY, 200, regex.I),
    # a reading-time note: Temps de lecture 2 min., Lesezeit: 3 Min., 5 min read, 阅读时长 3 分钟
    _r("chrome.stamp", r"^[·•]?[\s]*\d{1,3}\s*min(?:ute)?s?\s+read$", ANY, 20, regex.I),  # ·2 min read
    # Time to 2 min., Lesezeit: 3 Min., Tiempo de lectura: 4 min, Temps de lecture 2 min., 읽는 시간 3분
    _r("chrome.stamp", r"^(?:Time to read|Time to|Reading time|Read time|Lesezeit|Lesedauer|Tiempo de lectura|Temps de lecture|"
       r"Tempo de leitura|Tempo di lettura|Okuma süresi|Время чтения|읽는 시간)[\s:：]*\d{1,3}\s*(?:min(?:utes?|uten|utos|uti)?|Min|мин|분)\.?$",
       ANY, 40, regex.I),
    _r("chrome.stamp", r"^\d{1,3}\s*(?:minuti di lettura|min(?:utes?)? de lecture|minutos de lectura|min(?:uten)?\.? Lesezeit|"
       r"minuten leestijd|minutos de leitura|minutes? read|分钟阅读|分鐘閱讀)$", ANY, 30, regex.I),
    # a time with no date, today's: Publié à 10:21, Aktualisiert um 10:21
    _r("chrome.stamp", r"^(?:Publié|Mis à jour|Aktualisiert|Veröffentlicht|Publicado|Actualizado|Pubblicato|Aggiornato|Published|Updated|"
       r"Aangepast|Bijgewerkt|Gepubliceerd)[:]?"
       r"(?:\s+(?:aujourd['’]hui|hier|today|yesterday|heute|gestern|hoy|ayer|oggi|ieri|vandaag|gisteren),?)?"
       r"(?:\s+(?:à|um|a las|alle|at|om))?\s+\d{1,2}[:h.]\d{2}(?:\s+[A-Z]{2,4})?"
       r"(?:,\s*(?:modifié|mis à jour|updated|aktualisiert|actualizado)\s+(?:(?:à|at|um|a las)\s+)?\d{1,2}[:h.]\d{2})?$", ANY, 80, regex.I),
    _r("chrome.stamp", r"^(?:temps de lecture|lesezeit|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|"
       r"reading time|阅读时长|阅读时间|预计阅读)[\s:：]*\d{1,3}\s*(?:min|minutes?|minuten|minutos|minuti|分钟)\.?$"
       r"|^\d{1,3}\s*min(?:ute)?s?\s+read$", ANY, 40, regex.I),
    _r("chrome.stamp", r"^(?:最終更新[:：]?[\s　]*)?\d{1,2}/\d{1,2}[（(][月火水木金土日][)）][\s　]*\d{1,2}:\d{2}(?:配信|更新)?$", ANY, 40),
    _r("chrome.counter", r"^(コメント|댓글|评论|評論|Comments?)[\s　]*\d[\d,]*[\s　]*(件|개|条|條)?$", ANY, 20, regex.I),
    # a time stamp relative to today: vandaag, 10:30; Aangepast vandaag, 12:05; heute, 10:30; 昨天 10:30
    _r("chrome.stamp", r"^(?:(?:aangepast|bijgewerkt|aktualisiert|mis à jour|actualizado|aggiornato|updated)\s+)?"
       r"(?:\d{1,2}-\d{1,2}|\d{1,2}月\d{1,2}日|vandaag|gisteren|heute|gestern|aujourd'hui|aujourd’hui|hier|hoy|ayer|oggi|ieri|today|yesterday|dzisiaj|wczoraj|сегодня|вчера|hoje|ontem|bugün|dün|hôm nay|hôm qua|hari ini|kemarin|今天|昨天)"
       r"[,，\s]*(?:à|um|a las|alle|at|om)?\s*\d{1,2}[:h.]\d{2}$", ANY, 40, regex.I),
    _r("chrome.share", r"^Share[\s]*[-–—:|·][\s]*\w.{0,30}$", ANY, 40),  # Share - WeChat
    _r("chrome.share", r"^((微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|朋友圈|豆瓣|抖音|Facebook|Twitter|LinkedIn|WhatsApp)[\s　、|｜]*){2,}$", ANY, 80, regex.I),
    _r("chrome.app", r"(扫描?二维码|扫一扫|长按(识别)?二维码|打开.{0,8}(APP|App|app|客户端|新闻)|下载.{0,12}(APP|App|app|客户端)|关注.{0,12}(公众号|微信号|官方微博|视频号|抖音号)|点击(进入|查看|阅读|播报)|阅读原文|展开全文|查看原图|点击播放|查看(精彩|更多|高清|全部)(图片|内容|评论|大图|视频))", EDGE, 160,
       needles=("二维码", "扫一扫", "打开", "下载", "关注", "点击", "阅读原文", "展开全文", "查看")),
    _r("chrome.app", r"^(【(我要)?纠错】|【打印】|【关闭】|【收藏】|【评论】|\[纠错\]|\[打印\]|\[关闭\])+"),
    _r("chrome.app", r"^(?:[【\[](?:打印|关闭|收藏|纠错|返回|字号|分享|加入收藏)[^】\]]{0,4}[】\]][\s　]*)+$", ANY, 60),
    _r("chrome.copyright", r"^(主办单位|承办单位|协办单位|技术支持|网站标识码|政府网站标识码|运维单位)[\s　]*[:：]", EDGE, 200),
    _r("chrome.app", r"^[\p{Han}A-Za-z]{1,8}(客户端|APP|App|app)$", ANY, 16),  # 新浪新闻客户端, 澎湃新闻APP
    # a subscription offer, an audio version, a "read the full article there" line
    _r("chrome.paywall", r"^(Offre (limitée|spéciale|exclusive|découverte)|Oferta (limitada|especial)|Offerta (limitata|speciale)|"
       r"Limited[- ]time offer|Sonderangebot)\b.{0,80}$|^\d+ (mois|months?|meses|mesi|Monate) (pour|for|por|per|für) \d+ ?(€|\$|euros?|EUR)\b.{0,40}$",
       ANY, 100, regex.I),
    _r("chrome.player", r"^(Ascolta la versione audio dell['’]articolo|Écouter cet article|Escuchar este artículo|Artikel anhören|"
       r"Listen to (this|the) (article|story)|Ouvir (este )?artigo)\b.{0,20}$|^\d{1,2}['’] di lettura$", ANY, 60, regex.I),
    _r("chrome.app", r"^Baca (artikel|berita) .{1,40} selengkapnya( di sini)?\.?$", ANY, 80, regex.I),
    # an Indonesian editors' initials closing the story: (fby/agt), (rds/mik)
    _r("chrome.credit", r"^\([a-z]{2,4}(?:/[a-z]{2,4}){1,3}\)$", ANY, 20),
    # where a magazine story ran in print: 发于2023.12.18总第1122期《中国新闻周刊》
    _r("chrome.print_source", r"^(?:发于|刊于|原载于?|原文刊于)[\s　]*(?:19|20)\d{2}[.年/-]\d{1,2}[.月/-]\d{1,2}日?.{0,24}《[^》]{2,20}》.{0,10}$", ANY, 60),
    # a forum's furniture: the floor number of the first post, the client it was sent from, a tip button,
    # an app's channel line (南方都市报APP • 南都深圳)
    _r("chrome.counter", r"^1楼$|^(打赏|只看楼主|回复|楼主|沙发)$", ANY, 6),
    _r("chrome.app", r"^来自.{1,16}客户端$|^[\p{Han}A-Za-z]{2,12}(?:APP|App|客户端)[\s　]*[•·|｜][\s　]*[\p{Han}A-Za-z]{2,12}$", ANY, 40),
    # a reporter's job title on its own line under the name: Senior Transport Correspondent, Political Editor
    _r("chrome.role", r"^(?:(?:Senior|Chief|Deputy|Associate|Assistant|Special|Foreign|Political|Economics?|Business|Transport|"
       r"Health|Science|Technology|Tech|Education|Legal|Crime|Sports?|Environment|Climate|Diplomatic|Defen[cs]e|"
       r"Investigations?|Staff|Data|Digital|Europe|Asia|China|Washington|Regional|Markets?|Property|Lifestyle|Arts)\s+){0,3}"
       r"(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist|Analyst|Producer|Photographer)$", ANY, 60),
    # a share or comment button with its count (share2, Comments 12), a player's close button
    _r("chrome.share", r"^(share|shares|comments?|close)[\s]*\d*$", ANY, 14, regex.I),
    # a subscribe or reaction button, a continue-reading break: 구독, 이 기사 어떠셨나요?, 좋아요 0, Haberin Devamı
    _r("chrome.app", r"^(구독|구독하기|기자 구독|이 기사 어떠셨나요\??|(좋아요|싫어요|훈훈해요|슬퍼요|화나요|후속기사 원해요)[\s]*\d*|"
       r"Haberin Devamı|Devamını oku|Reklam|Continúa leyendo|Continue lendo|Weiterlesen nach der Anzeige|Anzeige|Publicidad|Publicité)$",
       ANY, 30, regex.I),
    # Google News'te SÖZCÜ'ye abone olun, Subscribe to X on Google News, Síguenos en Google News
    _r("chrome.app", r"(Google News|Google Haberler|WhatsApp|Telegram)(['’]?[a-zçğıöşü]{0,4})?\s.{0,40}(abone ol|takip et|subscribe|follow|síguenos|siga|folge|подписывайтесь)"
       r"|^(Подписывайтесь|Síguenos|Siga-nos|Folgen Sie uns|Suivez-nous|Bizi takip edin|Join \S{1,20} (WhatsApp|Telegram) (channel|group)).{0,80}$",
       EDGE, 120, regex.I),
    # 更多宏观研究干货，请关注…小组 / 想了解更多，欢迎订阅…: a follow-us promo closing the page
    _r("chrome.app", r"^(想|如需|欲)?(了解|获取|查看|阅读)?更多[^。！？]{0,24}[，,：:][\s　]*(请|欢迎|敬请)(关注|订阅|下载|登录|访问)", EDGE, 60),
    _r("chrome.app", r"^[^。，！？：:]{0,8}扫码", EDGE, 40),  # 用微信扫码二维码, 扫码下载 (扫码 inside prose is prose)
    # follow the outlet on a messaging app or a news aggregator: Simak breaking news ... WhatsApp Channel
    _r("chrome.app", r"^(Simak|Ikuti|Dapatkan|Follow|Get|Join|Suivez|Folgen Sie|Siga|Theo dõi|Читать|Читайте|Подписывайтесь|Síguenos)\b.{0,160}"
       r"\b(Google News|WhatsApp|Telegram|Line Today|Zalo)\b.{0,80}$", EDGE, 260),
    _r("chrome.app", r"^[^。！？]{0,12}(打赏|赞赏)[^。！？]{0,12}$", EDGE, 30),  # 文章很值，打赏犒劳作者一下
    _r("chrome.app", r"^(Follow us|हमें फॉलो करें|Suivez-nous|Folgen Sie uns|Síguenos|Seguici|Siga-nos|Подписывайтесь на нас|关注我们)"
       r"(\s+(on|sur|auf|en|su|no|в)\s+.{1,30})?[\s:：]*$", ANY, 60, regex.I),
    _r("chrome.counter", r"^\d[\d,.]*[万千kK]?[\s　]*人(赞同|喜欢|收藏|关注)了(该|这篇)?(文章|回答|想法)$", ANY, 30),  # 128 人赞同了该文章
    _r("chrome.decoration", r"^[·•]$", ANY, 1),  # a lone separator between buttons
    _r("chrome.decoration", r"^-{2,3}$", EDGE, 3),  # (inside the story, ``--`` may be a table's empty cell)
    _r("chrome.app", r"尽在.{1,12}(APP|App|app|客户端)[。！!]?$|^(申请|入驻).{1,10}号.{0,6}访问", EDGE, 80),
    _r("chrome.statement", r"^本文(为|由|系).{1,20}(作者|用户|号主|机构).{0,30}(上传|发布)", EDGE, 300),
    _r("chrome.url", r"^https?://\S+$", EDGE, 200),  # https://p.dw.com/p/4ZzXy
    _r("chrome.share", r"^(LINE|Line|Facebook|Twitter|X|WhatsApp)[\s　]*(分享|分享到|シェア|share|Share)$", ANY, 20),
    _r("chrome.statement", r"^\(.{0,160}\bsyndicated feed\b.{0,40}\)$", EDGE, 240),  # (… published from a syndicated feed.)
    _r("chrome.app", r"^Download (the )?.{1,40}\bApp\b.{0,60}$", EDGE, 120),  # Download The Times of India News App ...
    _r("chrome.paywall", r"^(Suscríbete|Suscribete|Abonnez-vous|Abonnieren Sie|Iscriviti|Assine|Inscreva-se)\b[^.!?]{0,80}$", EDGE, 100),
    _r("chrome.app", r"^(微信号[\s　:：]+[A-Za-z][\w-]{3,}$|功能介绍[\s　:：]|收录于(合集|话题)|预览时标签不可点|(继续|向上|向下)?滑动看下一个|轻触阅读原文|微信扫一扫|关注该公众号|喜欢此内容的人还喜欢)", ANY, 60),
    _r("chrome.app", r"点击(上方|下方|底部|蓝字|右上角|下方卡片).{0,10}(关注|分享|星标|设为|发现)|分享(到|至)朋友圈|打开微信", EDGE, 60,
       needles=("点击", "朋友圈", "打开微信")),
    _r("chrome.app", r"^#[^#\s]{1,20}[\s　]*\d+个$", ANY, 30),  # a collection tag: #城市更新 12个
    _r("chrome.app", r"^[\p{Han}A-Za-z]{2,12}(官方|官网)?(微信|公众号|微博|抖音号|视频号)$", EDGE, 20),  # an account under a QR code
    _r("chrome.nav", r"^[\p{Han}A-Za-z]{1,6}首页$", ANY, 10),  # 搜狐首页
    # "read the whole article on ..." under an excerpt, in other languages
    _r("chrome.english", r"^(Leggi l'articolo completo|Lire l'article complet|Leer el artículo completo|"
       r"Lesen Sie den ganzen Artikel|Leia a matéria completa|Baca selengkapnya)\b.{0,60}$", EDGE, 100, regex.I),
    # the desk's initials or the agency under a story: (afz/rdp), mxw/dpa
    _r("chrome.desk", r"^[（(]?[a-z]{2,4}(?:/[a-zA-Z]{2,5})+[)）]?$", EDGE, 20),
    # a self-media platform's name on its own line (the account's name is the source, not this)
    _r("chrome.platform", r"^(网易号|百家号|头条号|企鹅号|大鱼号|搜狐号|一点号|澎湃号|新浪看点|微博|微信公众号|抖音|快手)$", EDGE, 8),
    _r("chrome.app", r"^返回.{1,8}[，,、]?[\s　]*查看更多|^(欢迎|记得)?(分享|转发)(到|至|给)?(朋友圈|微信|微博|好友)|^(微信)?扫一扫|^更多精彩[，,：:]", EDGE, 60),
    _r("chrome.copyright", r"(版权所有|版权归.{0,12}所有|Copyright|All Rights Reserved|©|\(c\)[\s　]*\d{4}|(未经|非经).{0,8}(授权|许可|同意).{0,12}(转载|使用|复制)|不得(转载|复制|公开播送)|免责声明|转载请注明|本文系转载|本文转载自|本文来自.{0,40}(授权|转载)|经授权(发布|转载)|本文来源于网络|如有侵权|不代表[^。，]{0,16}(的)?(观点|立场)|刊用本网站稿件|增值电信业务经营许可证|ICP(备|证)|网安备|公网安备)", EDGE, 300, regex.I,
       needles=("版权", "copyright", "all rights reserved", "©", "(c)", "未经", "非经", "免责声明", "转载", "不得", "授权", "本文来源于网络",
                "如有侵权", "不代表", "刊用本网站", "许可证", "icp", "网安备")),
    _r("chrome.copyright", r"^(©|Copyright|\(c\))", ANY, 200, regex.I),
    # Korean and Japanese copyright lines: 저작권자(c) 연합뉴스, 무단 전재-재배포 금지; 無断転載を禁じます
    _r("chrome.copyright", r"저작권자|무단\s*전재|재배포\s*금지|無断(转载|転載|複製)|著作権", EDGE, 200),
    # a bare e-mail address (a reporter's, under the story), a Korean tip line
    _r("chrome.contact", r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^제보는\s", EDGE, 60),
    _r("chrome.contact", r"((新闻|报料|服务|投诉|举报|客服|咨询|值班)?(热线|电话|邮箱|信箱|QQ|微信)|投稿|联系我们|联系方式|E-?mail|Tel|Phone)[\s　]*[:：]", EDGE, 200, regex.I,
       needles=(":", "：")),
    _r("chrome.contact", r"^[^。，！？]{0,12}报料(热线|电话|邮箱)?[\s　]*[:：]", ANY, 60),
    _r("chrome.contact", r"^(想|我要|欢迎)?(爆料|报料)[？?！!，,：:]", ANY, 120),  # 想爆料？请登录……或拨打新闻热线  # 澎湃新闻报料：021-962866
    _r("chrome.site", r"^[\p{Han}A-Za-z]{2,10}[\s　|｜]*(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|tv)(?:\.cn)?$", EDGE, 40, regex.I),
    _r("chrome.contact", r"^[^。！？]{0,20}(热线|投稿|邮箱|电话|E-?mail)[^。！？]{0,20}[\s　:：]*([\w.+-]+@[\w-]+\.[\w.]+|\d{3,4}-?\d{7,8}|1[3-9]\d{9})", ANY, 160, regex.I,
       needles=("热线", "投稿", "邮箱", "电话", "mail")),
    _r("chrome.paper_header", r"^(第?[\s　]*0*\d{1,5}[\s　]*版|[A-Z]\d{1,3}版)[\s　]*[:：]?", ANY, 40),
    _r("chrome.paper_header", r"^(本版|本期)(编辑|责编|主编|美编|校对|审读|统筹)", ANY, 80),
    _r("chrome.ad", r"^(广告|Advertisement|ADVERTISEMENT|Sponsored|Sponsored content|Sponsor Message|AD|推广|赞助内容|광고|広告|Quảng cáo|Iklan|Anzeige|Publicidad|Publicité)$", ANY, 30, regex.I),
    _r("chrome.ad", r"^(Advertisement[\s·|-]+Scroll to continue|Report this ad|Scroll to continue|Ad Feedback)$", ANY, 40, regex.I),
    # news sites' furniture in English: a home link, an age warning, topic and reuse boxes, prompts
    _r("chrome.english", r"^(.{2,40} - )?Back to home$|^This article is more than \d+ (years?|months?) old$|"
       r"^(Explore more on these topics|Reuse this content|"
       r"Save articles to read later.*|Why you can trust \w+|Search \w+\s*(\.\.\.|…)?|[A-Z]{2,6} values your feedback|"
       r"Skip links|Skip to navigation|Navigation menu|Print subscriptions|Search jobs|Live TV|Sign in|Edition)$", ANY, 80),
    _r("chrome.english", r"^.{1,80}, opens new tab$|^(Sign up here|Read Next|Read next|Share this article|Reuters Plus)\.?$", ANY, 120, regex.I),
    _r("chrome.id", r"^\d{20,}$", ANY, 80),  # a page id the scraper kept
    _r("chrome.decoration", r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u2190-\u21FF\u2B00-\u2BFF\uFE0F\s]+$", ANY, 40),  # 👇👇👇
    _r("chrome.app", r"^(点|点击)(个|一下)?[“\"]?(赞|在看|好看|分享)[”\"]?", EDGE, 30),  # 点个“在看”，你最好看
    # a saved WeChat page's interface strings, run together: ：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看…
    _r("chrome.app", r"轻点两下取消(赞|在看)|向上滑动看下一个|继续滑动看下一个|微信扫一扫(使用小程序|关注该公众号|可打开此内容)", EDGE, 120),
    # 点我下载APP, 按我看活动办法, 现在用APP看新闻
    _r("chrome.app", r"^(点我|按我|点此|按此)(看|下载|观看|阅读|订阅)|用APP看新闻", EDGE, 60),
    # 更多精彩内容请进入国内新闻频道, 阅读剩余全文（）, 参与互动, 点击关闭, 一财最热
    _r("chrome.app", r"^更多精彩(内容)?[，,]?(请)?(进入|点击|关注|访问|下载).{0,16}$|^(阅读剩余全文|继续阅读|阅读全文|展开剩余\d*%?)[\s　(（)）>》]*$|"
       r"^(参与互动|点击关闭|关闭窗口|点击收起|收起全文)$|^[\p{Han}A-Za-z]{1,6}(最热|热榜|热文|热搜)$", EDGE, 30),
    _r("chrome.related_list", r"^[►▶▸➤][^。！？]{1,40}$", EDGE, 42),  # ►a linked headline below the story
    _r("chrome.separator", r"^[_\-=~*·.—－─━]{3,}$", ANY, 80),  # a rule drawn with characters: ___, ----
    _r("chrome.counter", r"^\d{1,3}[\s　]*/[\s　]*\d{1,3}$", ANY, 9),  # a gallery's image counter: 2/6
    # a video player's residue: loading notes, browser warnings, a time counter
    _r("chrome.player", r"^(VIDEO|Video|视频)[\s　]*\d{1,2}:\d{2}(:\d{2})?$|^[Ww]atch now$|^원문보기$", ANY, 20),
    _r("chrome.app", r"^加入.{1,12}(LINE|Line|line)(好友|官方帳號|官方账号)$", ANY, 30),
    _r("chrome.keywords", r"^(?:#[^#\s]{1,20}[\s　]*){2,}$", EDGE, 120),  # #台北 #捷運 #夜間班次
    _r("chrome.player", r"^(视频|内容|图片)?(加载中|正在加载|载入中)[.…。]*$|^您的浏览器(不支持|版本过低).{0,30}$|"
       r"^请(升级|更换)(您的)?浏览器.{0,20}$|^\d{1,2}:\d{2}[\s　]*/[\s　]*\d{1,2}:\d{2}$|^(Your browser does not support|Loading)\b.{0,60}$", ANY, 60, regex.I),
    # a paywall's notice
    _r("chrome.paywall", r"^.{0,12}(定期)?購読(の)?(お)?申し?込み$", ANY, 20),  # 読売新聞購読申し込み
    _r("chrome.paywall", r"^(Article réservé aux abonnés|Artículo exclusivo para suscriptores|Nur für Abonnenten|Subscribers? only|Subscriber exclusive)$", ANY, 40, regex.I),
    _r("chrome.paywall", r"^.{0,20}(会員限定|有料会員|無料体験|無料で読める).{0,12}$", EDGE, 40),  # この記事は会員限定です
    _r("chrome.paywall", r"^(剩余|还有)\d{1,3}%?.{0,6}(内容|未读).{0,12}(订阅|付费|登录|开通).{0,12}$|^(订阅|付费|开通会员)后(可|即可)?(阅读|查看)(全文|完整内容)?[。]?$|"
       r"^(Subscribe|Sign in|Log in) to (continue|read)\b.{0,60}$", ANY, 60, regex.I),
    _r("chrome.cookie", r"(\bcookies?\b.*\b(accept|consent|use|policy|settings|agree)\b|\baccept (all )?cookies\b|本网站使用\s*cookie|我们使用\s*cookie)", EDGE, 400, regex.I,
       needles=("cookie",)),
    _r("chrome.english", r"^(Read more|Continue reading|Read the full (story|article)|Sign up for .*newsletter.*|Subscribe (now|today|to .*)|Follow us on .*|Click here.*|Print this page|Comments?( \(\d+\))?|\d+ comments?|Listen to this article.*|(As )?[Hh]eard on \p{Lu}.{2,40}|Listen|Save|Saved|Add to your saved stories|Gift( this)? article|Copy link|Link copied|(Our |A )?(Staff|Special) (Reporter|Correspondent|Writer)|(Web|News|Online) Desk|Photo/Illustration|Published in \p{Lu}.{1,30}, .{3,30}|Lire plus tard|Leer más tarde|Später lesen|Read later|Save for later|Have a (confidential |news )?tip\b.{0,60}|This (article|story|post) (has been|was) (updated|corrected|amended).{0,80}|Story continues|Sign in to .{1,40}|(?=.{0,60}$)(?!.*[.!?]$).*\bnewsletter\b.*|Follow|Following|\d[\d.,]*[KkMm]? (Followers|Following|claps?)|More from \p{Lu}.{1,40}|Written by \p{Lu}.{1,40}|Iscriviti alla newsletter|Abonnez-vous à (la|notre) newsletter|Suscríbete a (la|nuestra) newsletter|Newsletter abonnieren|Inscreva-se na newsletter|Our Standards:.{0,80}|News provided by|Media Contacts?:.{0,120}|(Acquire|Purchase) Licensing Rights|Join (our|the) comment(ing|s)( forum| section)?.{0,40})$", ANY, 120, regex.I),
    _r("chrome.statement", r"^(声明|特别声明|平台声明|风险提示|免责申明|版权声明|郑重声明|广告声明)[\s　]*[:：]", EDGE, 400),
    _r("chrome.statement", r"^(风险提示|免责声明|免责条款)(及(免责|风险)(条款|声明|提示))?[\s　:：]*$|^市场有风险，投资需谨慎", EDGE, 400),
    _r("chrome.statement", r"^(Notice|Disclaimer|Statement)[\s]*:", EDGE, 400, regex.I),
    _r("chrome.counter", r"^(阅读|浏览|点击|阅读量|浏览量|访问量|评论|点赞|在看|转发|赞|收藏|分享|Views?)[\s　]*[:：]?[\s　]*[（(]?\d+(\.\d+)?[万wW]?[)）]?[\s　]*(次|人)?$", ANY, 40, regex.I),
    _r("chrome.keywords", r"^(文章)?(关键词|关键字|标签|Tags|Keywords)[\s　]*[:：][\s　]*$", ANY, 12, regex.I),  # its words follow
    _r("chrome.cookie", r"(同意|接受).{0,8}隐私(权)?(政策|条款)|^隐私(权)?(政策|条款)$", EDGE, 60, needles=("隐私",)),
    _r("chrome.share", r"^(この記事を|[\p{Han}A-Za-z]{0,10}で)?(シェア|ポスト|ツイート|ブックマーク)する$", ANY, 30),
    _r("chrome.stamp", r"^((Published|Updated|Posted|Last updated)( about)?( \d{1,3} (seconds?|minutes?|mins?|hours?|hrs?|days?) ago)?|\d{1,3} (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|(\d{1,3})?(秒|分钟|小时|天)前|刚刚)$", ANY, 30, regex.I),
    _r("chrome.end_mark", r"^[（(]?(完|全文完|END|end|the end)[)）]?$|^-+[\s　]*(完|END)[\s　]*-+$", EDGE, 20),
)

# Photo credits and captions.  A credit line is removed; the short line right
# above it (without sentence punctuation) is its caption and is removed too.
CREDIT_RULES: tuple[Rule, ...] = (
    _r("credit.photo", r"^(?:[\p{Han}·]{2,5}|[\p{Han}]{2,12}(?:记者|通讯员|特约摄影|摄影师)[\s　]*[\p{Han}·]{2,4})(?:[\s　]+[\p{Han}·]{2,5})*[\s　]*摄(?:影)?[\s　]*$", ANY, 40),
    _r("credit.photo", r"^[（(]?(?:记者|通讯员|本报记者|特约记者|摄影)?[\s　]*[\p{Han}·]{2,5}(?:[\s　、]+[\p{Han}·]{2,5})*[\s　]*摄[)）]?$", ANY, 40),
    _r("credit.photo", r"^[（(]?(图|图片|图像|照片|配图|视频|题图|供图|制图|摄影|封面|头图)(?:[\s　]*(来源|来自|由|据|提供|作者|[:：/／丨|]))[^。！？]{0,40}[)）]?$", ANY, 60),
    _r("credit.photo", r"^[（(]?(图片|照片|视频|图)由.{1,30}提供[)）]?$", ANY, 50),
    _r("credit.caption", r"^(图为|上图|下图|左图|右图|图注|图说|(图片|图像)(说明|加注文字))[:：，,\s]?.{2,80}$|^[▲△↑][^。！？]{1,60}[。]?$", ANY, 90),
    _r("credit.photo", r"^[（(]?(资料图片?|网络图片|示意图|图源网络|受访者供图|受访者提供|新华社发|视觉中国|图虫创意|东方IC)[)）]?$", ANY, 30),
    _r("credit.photo", r"^(Image|Photo|Video) (source|caption|credit)s?[,:]?(\s.{1,60})?$", ANY, 80, regex.I),
    _r("credit.photo", r"^(Photo|Image|Picture|Credit|Photograph)s?( by|:)\s.{1,60}$|^\(?(Getty Images|AP Photo|Reuters|AFP)([/ ].{0,40})?\)?$", ANY, 80, regex.I),
)

# Attribution lines that close one article of a digest page and name its source.
ATTRIBUTION_RULES: tuple[Rule, ...] = (
    _r("digest.excerpt_from", r"^[（(]?(?:摘自|摘编自|选自|转自|转载自|节选自|原载)[\s　:：]*[《「『]?(?P<source>[^》」』)），。；！？\s]{2,20})[》」』]?[^，。；！？]{0,12}[)）]?$", ANY, 50),
)

# Metadata labels: label word -> meta field.  A metadata line is a run of
# ``label: value`` segments and nothing else.
META_LABELS: tuple[tuple[str, str], ...] = (
    ("原文标题|原标题|Original title", "original_title"),
    ("翻译|译者|编译|翻譯|譯者|編譯|Translated by|Translator|Translation", "translators"),
    ("发布时间|发表时间|发稿时间|最后更新时间|更新时间|时间|日期|发布日期|出版日期|刊发日期|最后更新日期|最后更新|更新日期|"
     "Published|Updated|Posted|Date", "date"),
    ("来源|稿源|出处|文章来源|本文来源|内容来源|新闻来源|信息来源|来源单位|Source|Quelle|Fuente|Fonte|Nguồn|Sumber|출처|出典|المصدر|Źródło|Источник", "source"),
    ("作者|撰稿|撰文|文|楼主|發帖人|发帖人|By|Author|Authors|Written by", "authors"),  # 楼主: a forum thread's poster
    ("本报记者|记者|Reporter|Reporters", "reporters"),
    ("通讯员", "correspondents"),
    ("实习生|见习记者", "interns"),
    ("摄影|摄像|图片|图", "photographers"),
    ("责任编辑|选稿|选编|版面编辑|美术编辑|视觉编辑|实习编辑|责编|编辑|主编|值班编辑|Editor|Edited by", "editor"),
    ("审核|审校|校对|终审|二审|三审|审签|监制|签发|统筹", "reviewer"),
    ("版次|版面|版名", "page"),
    ("栏目|频道|专栏|分类", "section"),
    ("作者简介|作者介绍", "author_bio"),
    ("回复日期|回复时间|回帖时间", "_reply"),  # a forum reply's header: the comments begin, no field of the story
    ("字体|字号|浏览次数|阅读次数|点击数|点击次数|点击|回复|回复数|回帖|访问量|浏览量|阅读量", "_widget"),  # page widgets inside a meta line
    ("文章关键词|关键词|关键字|标签|Tags|Keywords", "keywords"),
    # a listed company's notice: 证券代码：600000  证券简称：某某银行  公告编号：2023-045
    ("证券代码|股票代码|Stock code", "stock_code"),
    ("证券简称|股票简称", "stock_name"),
    ("公告编号", "notice_no"),
)

# Roles that appear inside one value, e.g. ``撰稿：记者 沈哲韬 实习生 徐佳叶``.
INNER_ROLES: tuple[tuple[str, str], ...] = (
    ("本报记者|记者|特约记者|首席记者", "reporters"),
    ("见习记者|实习生|实习记者", "interns"),
    ("通讯员", "correspondents"),
    ("摄影|摄", "photographers"),
    ("编辑|责编|责任编辑", "editor"),
    ("校对", "reviewer"),
)

# Author lines without a colon: ``本报记者 张三 李四``, ``(记者 张三 通讯员 李四)``, ``By Jane Doe``.
# Wire agencies and networks whose name opens a dateline (``Atlanta`` / ``CNN`` / ``—``).
AGENCIES = ("CNN", "(CNN)", "AP", "(AP)", "Reuters", "(Reuters)", "AFP", "(AFP)", "Bloomberg", "Xinhua", "dpa", "UPI",
            "EFE", "ANSA", "Kyodo", "Yonhap", "PA", "BBC", "共同", "時事", "共同通信", "時事通信", "新华社", "中新社",
            "Associated Press", "Agence France-Presse", "Press Trust of India", "PTI", "IANS", "ANI")
# "By" in English, German, French, Spanish, Italian, Dutch and the Nordic languages.
BY_WORDS = "By|BY|by|Von|von|Par|par|Por|por|Di|di|Door|door|Av|av"
# between the names of a byline written with spaces (Jane Doe, Иван Петров and Tom Lee)
LATIN_NAMES_SPLIT = regex.compile(r"\s*(?:,|;|&|\b(?:and|und|et|y|e|en|och|и|و)\b)\s*")
NEWSROOMS = "(?:Por:?\\s+)?(?:Redazione|Redacción|Rédaction|Redação|Redaksi)"  # "the newsroom of": Redazione ANSA
NEWSROOM_BAR = "(?:Tim|Team|Redaksi|Redazione|Redacción)\\s*[|｜]"  # Tim | CNN Indonesia ("Tim" alone is a first name)
# Byline labels of other languages (the "By" words above have their own rule).
BYLINE_LABELS = ("Текст|Автор|Авторы|Автор текста|Texto|Testo|Tekst|Autor|Autora|Autorin|Auteur|Auteure|Yazar|"
                 "Penulis|Tác giả|بقلم|كتب|लेखक|เขียนโดย|โดย")
# Words that follow 记者 like a name but name a kind of report: （记者手记）, 记者观察
NOT_NAMES = frozenset({"手记", "观察", "调查", "札记", "日记", "笔记", "随笔", "连线", "探访", "直击", "来信", "视角",
                       "问答", "专访", "追踪", "一线", "现场", "体验", "走访", "蹲点"})
EDITOR_LABELS = "Editor|Edited by|Penyunting|Redaktur|Biên tập|Редактор|Editora|Redakteurin|Redakteur"  # Editor Budi Santoso
# a personal name in a script with capitals (two to four words), or in Arabic, Devanagari or Thai
ANY_NAME = (r"(?:\p{Lu}[\p{L}.'-]+(?:[\s]+\p{Lu}[\p{L}.'-]+){0,3}"
             r"|[\p{Arabic}\p{Devanagari}\p{Thai}]{2,}(?:[\s]+[\p{Arabic}\p{Devanagari}\p{Thai}]{2,}){0,3})")
BYLINE_RULES: tuple[Rule, ...] = (
    _r("meta.byline", r"^(?:原创|独家)[\s　]+(?:记者|作者|文)?[\s　]*[\p{Han}·]{2,4}(?:[\s　、]+[\p{Han}A-Za-z·]{2,12})?(?:[\s　]+[\p{Han}A-Za-z]{2,12}(?:报|网|社|台|刊|号))?$", ANY, 50),
    _r("meta.byline", r"^[（(【]?(?:本报|本台|本刊|新华社|中新社|中新网)?(?:[\p{Han}A-Za-z]{2,12}[\s　]+)?[\p{Han}0-9]{0,8}(?:记者|通讯员|特约记者|实习生|见习记者)[\s　]*[\p{Han}·]{2,4}(?:[\s　、，,]+(?:(?:记者|通讯员|实习生|见习记者)[\s　]*)?[\p{Han}·]{2,4})*[)）】]?(?:[\s　]+\p{Han}{2,6}报道)?$", ANY, 60),  # 21世纪经济报道记者 张三 北京报道
    _r("meta.byline", r"^(?:记者|實習記者|实习记者)[\p{Han}·]{2,4}(?:[、，][\p{Han}·]{2,4})*[／/][\p{Han}]{2,8}(?:报导|报道|綜合報導|综合报导)$", ANY, 40),  # 記者王大明／台北報導
    _r("meta.byline", r"^[가-힣]{2,4}(?:[\s,·]+[가-힣]{2,4})*[\s]+(?:기자|특파원)(?:[\s]+구독)?(?:[\s]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$", ANY, 60),
    # a newsroom as the byline: Redazione ANSA, Redacción EL PAÍS (German "Redaktion" opens sentences too)
    _r("meta.byline", rf"^(?:(?:{NEWSROOMS})\s+|{NEWSROOM_BAR}\s*)\p{{Lu}}\S{{1,20}}(?:\s\S{{1,20}}){{0,2}}$", EDGE, 40),
    # a labelled byline in another language: Текст: Иван Петров, Autor: Jan Nowak, بقلم: أحمد علي
    _r("meta.byline", rf"^(?:{BYLINE_LABELS})[\s]*[:：]?[\s]+{ANY_NAME}(?:[\s]*(?:,|&|и|et|y|e|und|and|و)[\s]*{ANY_NAME})*$", ANY, 100),
    _r("meta.byline", rf"^(?:{BY_WORDS})[\s]+[A-Z][\w.'-]+(?:[\s]+[A-Z][\w.'-]*){{0,3}}(?:(?:,| and| y| e| et| und| en| och)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]*){{0,3}})*"
       r"(?:,\s+[a-z0-9][\w.'-]{0,15})?"  # an outlet written in lower case: Por Maria Souza, g1
       r"(?:\s*/\s*(?:Staff Writer|Staff|Correspondent|Special Correspondent|Reporter)|\s*\([^()]{2,40}\)"
       r"|\s+[—–]\s+\p{Lu}[\p{L} .'-]{1,30})?$", ANY, 100),  # By TARO YAMADA/ Staff Writer; … — Rio de Janeiro
    _r("meta.byline", r"^[（(【]?(?:文|图文|文图|文／图|文/图|本刊记者|本报记者|记者)[\s　]*[/／|｜:：][\s　]*(?:\p{Han}{2,8}(?:网|報|报|社)[\s　]+)?[\p{Han}·]{2,4}(?:[\s　、]+[\p{Han}·]{2,4})*[)）】]?$", ANY, 40),
)

# A byline with the writer's bio: By Jay Peters, a news editor covering technology … He joined The Verge in 2019.
BY_WITH_BIO_RULE = _r("meta.byline", r"^By (?P<name>\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}), (?P<bio>(?:a|an|the) .{5,200})$",
                      ANY, 240)

# A pen name in brackets closing an article: ``（露娜）``, ``（Chen）`` (not a note such as （组图）).
SIGNATURE_RULE = _r(
    "meta.signature",
    r"^[（(](?!(?:组图|多图|图|图文|完|全文完|上|中|下|续|待续|未完待续|视频|附图|附件|资料图|有删节|节选|摘编|编译|原创)[)）])(?P<name>[\p{Han}·]{2,6}|[A-Za-z][A-Za-z .'-]{1,20})[)）]$"
    # a Japanese paper's reporter in lenticular brackets (【山田太郎】); buttons are bracketed so too
    r"|^【(?!(?:纠错|糾錯|我要纠错|打印|關閉|关闭|收藏|评论|分享|返回|举报|热点|推荐|视频|图集|专题|快讯|独家|原创|编者按)】)(?P<name>\p{Han}{3,6})】$"
    # the author and the day closing an Austrian paper's story: (Max Muster, 15.12.2023)
    r"|^\((?P<name>\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3}),\s*(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})\)$",
    EDGE,
    50,
)

# A role and its people after a bar, the outlet glued to the role: ``界面新闻记者 | 钟廿七``.
ROLE_LINE_RULE = _r(
    "meta.role",
    r"^[\p{Han}A-Za-z]{0,10}?(?P<role>记者|编辑|责编|作者|撰文|摄影|实习生)[\s　]*[|｜丨][\s　]*(?P<names>[\p{Han}·]{2,4}(?:[\s　、，,]+[\p{Han}·]{2,4}){0,4})$",
    ANY,
    50,
)

# A newspaper masthead line at the top of a digital edition.
MASTHEAD_RULE = _r(
    "meta.masthead",
    r"^(?P<masthead>[\p{Han}A-Za-z]{2,12}(?:日报|晚报|晨报|早报|时报|商报|都市报|青年报|法制报|经济报|新闻报|报))[\s　]*(?:数字报纸|数字报|电子版|数字版|电子报|e报|多媒体数字报刊)?$",
    EDGE,
    30,
)

# A print-page header such as ``00003版:深读`` or ``A05版 要闻``.
PAGE_HEADER_RULE = _r(
    "meta.page",
    r"^(?:第[\s　]*)?(?P<page>[A-Z]?\d{1,5})[\s　]*版[\s　]*[:：]?[\s　]*(?P<section>[^\s　]{0,12})[\s　]*$",
    ANY,
    40,
)

# A Chinese print page's running head: ``2023年12月15日 星期五 第3版 要闻``.
PRINT_HEAD_ZH_RULE = _r(
    "meta.page",
    r"^(?:(?P<masthead>\p{Han}{2,8})[\s　]+)?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[\s　]*(?:星期.|周.)?[\s　]*"
    r"第?[\s　]*(?P<page>[A-Z]?\d{1,3})[\s　]*版[\s　]*[:：]?[\s　]*(?P<section>[^\s　]{0,8})$",
    ANY,
    50,
)

# A print page's running head in English: ``THE DAILY TIMES, FRIDAY, DECEMBER 15, 2023 PAGE 3``.
PRINT_HEAD_RULE = _r(
    "meta.page",
    r"^(?P<masthead>[A-Z][A-Za-z .&'-]{2,40}),\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?:19|20)\d{2}),?"
    r"\s+Page\s+(?P<page>[A-Z]?\d{1,3})$",
    ANY,
    100,
    regex.I,
)

# An opinion piece's closing note on its author: （作者系中国人民大学教授）
AUTHOR_NOTE_RULE = _r(
    "meta.author_bio",
    r"^[（(](?P<author_bio>作者(?:系|为|是|单位[:：]).{2,60})[)）]$"
    # under an English story: Sahil Kapur is a senior national political reporter for NBC News.
    r"|^(?P<author_bio>\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3} is (?:a|an|the) [^.]{3,100}? (?:for|at|of|with) [^.]{2,60}\.)$",
    EDGE,
    200,
)

# Where a reposted story comes from: 本文来自微信公众号：汽车观察（ID：qcgc2023），作者：张三，题图来自：视觉中国
PROVENANCE_RULE = _r(
    "meta.provenance",
    # a repost's origin (本文来自微信公众号：…) or where it first ran (（本文首发于钛媒体App，作者｜张三，编辑｜李四）)
    r"^[（(]?(?:本文|本文章|文章)?(?:(?:来自|来源于|转载自|转自)(?:微信)?公众号[:：]?|首发于|首发自|原载于)[\s　]*"
    r"(?P<source>[^（(，,：:\s)）]{2,20})(?:[（(]ID[:：][^)）]{1,30}[)）])?"
    r"(?:[，,][\s　]*作者[:：|｜][\s　]*(?P<author>[\p{Han}·]{2,6}))?(?:[，,](?P<rest>.{0,40}?))?[)）]?$",
    ANY,
    120,
)

# The head of an author's box below a story.
ABOUT_AUTHOR = regex.compile(r"^(?:About the authors?|Über (?:den Autor|die Autorin)|À propos de l'auteur|Sobre el autor|"
                             r"Sull'autore|作者简介|作者介绍|关于作者)[\s:：]*$", regex.I)

# A label alone on its line whose value is the next line: label (lower case, no colon) -> meta field.
LABEL_LINES: dict[str, str] = {
    "news provided by": "source", "provided by": "source", "source": "source", "来源": "source", "稿源": "source",
    "首发于": "section", "作者": "authors", "author": "authors", "文": "authors",
}

# A wire's stamp line: ``KYODO NEWS - Dec 15, 2023 - 10:21 | Japan, All``
WIRE_STAMP_RULE = _r(
    "meta.wire_stamp",
    r"^(?P<source>[A-Z][A-Z .&]{1,24}[A-Z])\s+[-–—]\s+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d{2})"
    r"(?:\s+[-–—]\s+(?P<time>\d{1,2}:\d{2}))?(?:\s+\|\s+.{1,40})?$",
    ANY,
    100,
)

# A press release's closing source line: ``SOURCE Acme Robotics Inc.``
WIRE_SOURCE_RULE = _r("meta.wire_source", r"^(?:SOURCE|기사제공)\s+(?P<source>\S[^.!?]{1,60}\.?)$", EDGE, 70)  # 기사제공 연합뉴스

# Month names by language (lower case), each row January..December; a cell may list spellings.
MONTH_NAMES_BY_LANGUAGE = {
    "en": "jan|feb|mar|apr|may|jun|jul|aug|sep,sept|oct|nov|dec",  # the English patterns capture three letters
    "fr": "janvier,janv|février,fevrier,févr,fevr|mars|avril,avr|mai|juin|juillet,juil|août,aout|septembre,sept|octobre,oct|"
          "novembre,nov|décembre,decembre,déc,dec",
    "es": "enero,ene|febrero,feb|marzo,mar|abril,abr|mayo,may|junio,jun|julio,jul|agosto,ago|septiembre,setiembre,sep,sept|"
          "octubre,oct|noviembre,nov|diciembre,dic",
    "pt": "janeiro,jan|fevereiro,fev|março,marco,mar|abril,abr|maio,mai|junho,jun|julho,jul|agosto,ago|setembro,set|"
          "outubro,out|novembro,nov|dezembro,dez",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "de": "januar,jänner,jan|februar,feb|märz,maerz,mär|april,apr|mai|juni,jun|juli,jul|august,aug|september,sep,sept|"
          "oktober,okt|november,nov|dezember,dez",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "ru": "января,январь,янв|февраля,февраль,фев|марта,март,мар|апреля,апрель,апр|мая,май|июня,июнь,июн|июля,июль,июл|"
          "августа,август,авг|сентября,сентябрь,сен|октября,октябрь,окт|ноября,ноябрь,ноя|декабря,декабрь,дек",
    "uk": "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
    "pl": "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
    "tr": "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık",
    "id": "januari,jan|februari,feb|maret,mac,mar|april,apr|mei|juni,jun|juli,jul|agustus,ogos,agu,agt,ags|"
          "september,sep|oktober,okt|november,nopember,nov|desember,disember,des",
    "ar": "يناير,كانون الثاني|فبراير,شباط|مارس,آذار|أبريل,ابريل,نيسان|مايو,أيار|يونيو,يونيه,حزيران|يوليو,يوليه,تموز|"
          "أغسطس,اغسطس,آب|سبتمبر,أيلول|أكتوبر,اكتوبر,تشرين الأول|نوفمبر,تشرين الثاني|ديسمبر,كانون الأول",
    "hi": "जनवरी|फ़रवरी,फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर,सितम्बर|अक्टूबर,अक्तूबर|नवंबर,नवम्बर|दिसंबर,दिसम्बर",
    "th": "มกราคม,ม.ค.|กุมภาพันธ์,ก.พ.|มีนาคม,มี.ค.|เมษายน,เม.ย.|พฤษภาคม,พ.ค.|มิถุนายน,มิ.ย.|กรกฎาคม,ก.ค.|สิงหาคม,ส.ค.|"
          "กันยายน,ก.ย.|ตุลาคม,ต.ค.|พฤศจิกายน,พ.ย.|ธันวาคม,ธ.ค.",
}
MONTH_NAMES = {name: i for row in MONTH_NAMES_BY_LANGUAGE.values()
               for i, cell in enumerate(row.split("|"), 1) for name in cell.split(",")}
BUDDHIST_ERA_OFFSET = 543  # Thai years (2569 is 2026)
_MONTH_ALT = "|".join(sorted(map(regex.escape, MONTH_NAMES), key=len, reverse=True))
# 15 novembre 2026 à 12h30, 15 de noviembre de 2026, 15. November 2026, 15 ноября 2026 г., 15 พฤศจิกายน 2569
INTL_DATE = (rf"(?<!\d)(?P<d>\d{{1,2}})(?:er|º)?(?:\.\s*|\s+)(?:de\s+)?(?P<mon>{_MONTH_ALT})\.?,?\s*(?:de\s+|del\s+)?"
             r"(?P<y>(?:19|20|25)\d{2})(?:\s*(?:г\.|года|р\.|року|року\.))?"
             r"(?:\s*(?:,|à|a las|às|alle|um|в|o|saat|pukul|lúc|-|–|\|)?\s*(?P<H>\d{1,2})[:h.](?P<M>\d{2})(?:\s*Uhr|\s*น\.)?"
             r"(?:\s*[ap]\.\s?m\.)?(?:\s+[A-Z]{2,5})?)?")  # 12:30 CET, 10:21 a. m.
# Tháng (Vietnamese): ngày 15 tháng 11 năm 2026
VI_DATE = r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm|,)?\s+(?P<y>(?:19|20)\d{2})"
# 23-12-15 08:30 (a two-digit year, always with a time: a social post's stamp)
SHORT_YEAR_STAMP = r"(?<![\d-])(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+(?P<H>\d{1,2}):(?P<M>\d{2})"
# 15/11/2026 (day first, as most of the world writes it; a first number over 12 is read month first)
# a time stamp without its year (15 дек, 13:30; 3 Oct at 09:12): no date can be read from it, but
# it stands where the date does, and is no headline
CHROME_RULES += (
    _r("chrome.stamp", rf"^\d{{1,2}}\s+(?:{_MONTH_ALT})\.?,?\s+(?:в\s+|à\s+|at\s+|um\s+|,\s*)?\d{{1,2}}[:h.]\d{{2}}$", ANY, 30, regex.I),
)

DMY_DATE = (r"(?<![\d/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})"
            r"(?:(?:,|\s-|\s\||\s(?:à|às|a las|alle|um|lúc|pukul))?\s*(?P<H>\d{1,2})[:h](?P<M>\d{2})"
            r"(?:\s*(?:\(GMT[+-]\d{1,2}(?::?\d{2})?\)|GMT[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4}))?)?")  # (GMT+7), GMT+7, WIB
_PUBLISHED_LABELS = (
    "Publié le|Mis à jour le|Publicado el|Publicado|Actualizado|Veröffentlicht am|Aktualisiert am|Pubblicato il|"
    "Aggiornato il|Publicado em|Atualizado em|Опубликовано|Обновлено|Дата публикации|Опубліковано|Opublikowano|"
    "Yayınlanma|Güncelleme|Oluşturulma Tarihi|Güncellenme Tarihi|Güncelleme Tarihi|Diterbitkan|Gepubliceerd|Bijgewerkt|Cập nhật|Ngày|نشر في|نشر بتاريخ|تاريخ النشر|"
    "آخر تحديث|प्रकाशित|अपडेटेड|เผยแพร่"
)

# Date formats, tried in order; named groups y, m, d and optionally H, M, S.
DATE_PATTERNS: tuple[regex.Pattern, ...] = tuple(
    regex.compile(p)
    for p in (
        r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\.?(?:[\sT　]+(?:(?P<P>오전|오후|上午|下午)\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?",
        r"(?P<y>(?:19|20)\d{2})年[\s　]*(?P<m>\d{1,2})月[\s　]*(?P<d>\d{1,2})日(?:[\s　]*(?:星期.|周.|週.)?[\s　]*(?P<P>上午|下午|中午|晚上|凌晨|早上)?[\s　]*(?P<H>\d{1,2})[:：时時](?P<M>\d{2})分?(?:[:：分](?P<S>\d{2}))?)?",
        f"(?i:{INTL_DATE})",
        r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})"
        r"(?:,?\s+(?:at\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:\s*(?P<P>[aApP])\.?[mM]\.?)?)?",  # Oct 10, 2023, 05:47 PM
        r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?:(?:,?\s+|\s*[-–]\s*)(?P<H>\d{1,2})[:.](?P<M>\d{2}))?",
        r"(?P<d>\d{1,2})\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?P<y>(?:19|20)\d{2})",
        f"(?i:{VI_DATE})",
        DMY_DATE,
        SHORT_YEAR_STAMP,
    )
)

# A print footer: masthead, section, page number and date on one line.
FOOTER_RULE = _r(
    "meta.paper_footer",
    r"^(?=.*(?:(?:19|20)\d{2}[-年/.]\d{1,2}))(?=.*(?:星期.|\b0*\d{1,5}\b|版)).*$",
    EDGE,
    160,
)

# Standalone lines that are only a time stamp (``2023-01-06 09:18``, ``Updated March 3, 2024``).
DATE_LINE_RULE = _r(
    "meta.date",
    r"^[\s　]*(?:(?:Updated|Published|Posted|Last updated|发布于|更新于|发表于)[\s　:：–-]*(?:[Oo]n[\s]+)?)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?(?:\s+[-–]\s+[A-Z][A-Za-z .&]{1,24})?(?:,?\s+(?:Updated|Last updated)\b.{1,40})?\s*$|^[\s　]*(?:原创)?[\s　]*(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:[\s　]*(?:星期|周|週)[一二三四五六日天])?(?:[\s　T]*(?:上午|下午|中午|晚上|凌晨|早上)?[\s　]*\d{1,2}(?:[:：时時])\d{2}分?(?:[:：]\d{2})?)?(?:[\s　]+星期.)?(?:[\s　]*[（(][^)）]{0,24}(?:更新|[Uu]pdated)[^)）]{0,8}[)）])?(?:[\s　]*[\[［【][^\]］】]{1,10}[\]］】])?(?:[\s　]*(?:发表于|发布于|IP属地[:：]?)[\s　]*\p{Han}{2,8})?(?:[\s　]*[\p{Han}A-Za-z]{2,20}官方[帐账]号)?(?:[\s　]*(?:公開|更新|配信|掲載|発表|发布|發佈|發布))?[\s　]*$|^[\s　]*(?:(?:입력|수정|등록|업데이트|기사입력|최종수정|发布于|更新于|发表于|发布|更新|发表|刊发|Posted|Updated|Published)[\s　:：/／]*)?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}[日.]?(?:[\s　T]*(?:오전|오후)?[\s　]*\d{1,2}[:：]\d{2}(?::\d{2})?)?(?:[\s　]+(?:입력|수정|등록|업데이트|기사입력|发布|更新|发表|刊发|Posted|Updated|Published)[\s　:：]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}[日.]?(?:[\s　T]*\d{1,2}[:：]\d{2}(?::\d{2})?)?)?[\s　]*$|^[\s　]*-?(?:(?:Aktualisiert|Veröffentlicht|Erschienen)(?:\s+am)?[\s:]*)?\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?:(?:,?\s+|\s*-\s*)\d{1,2}[:.]\d{2}(?:\s*Uhr)?-?)?(?:\s*\([^()]{0,20}\d{1,2}:\d{2}[^()]{0,12}\))?\s*$|^[\s]*(?:(?:Updated|Published|Posted)[\s:]*)?\d{1,2}:\d{2}\s*[aApP]\.?[mM]\.?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?,?\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\s*$"
    rf"|^[\s　]*(?:\p{{Lu}}[\p{{L}} ]{{1,20}}\s+[-–—]\s+)?(?i:(?:(?:{_PUBLISHED_LABELS})[\s　:：]*)?(?:\p{{L}}{{2,12}},?\s+)?(?:{INTL_DATE}|{VI_DATE}))(?:,?\s*\(?(?i:modifié|modifica|mis à jour|actualizado|aktualisiert|aggiornato|atualizado)\b.{{0,60}})?[\s.]*$"
    rf"|^[\s　]*(?:\p{{Lu}}[\p{{L}}.]{{1,20}}(?: \p{{Lu}}[\p{{L}}.]{{1,20}}){{0,2}}\s+[-–—]\s+)?"  # Kompas.com - 15/12/2023, 10:30 WIB
    rf"(?i:(?:(?:{_PUBLISHED_LABELS})[\s　:：]*)?(?:\p{{L}}[\p{{L}} ]{{1,12}},?\s+)?{DMY_DATE})"
    rf"(?:,?\s*\(?(?i:modifié|modifica|mis à jour|actualizado|aktualisiert|aggiornato|atualizado)\b.{{0,60}})?"
    rf"(?:\s+(?:{NEWSROOMS}))?[\s.]*$"  # 15/12/2023 10:21 Redacción
    rf"|^{SHORT_YEAR_STAMP}(?:\s+来自\s*.{{1,30}})?$",
    ANY,
    100,  # a date and its "modified" clause: Publié le 15 décembre 2023 à 10h30, modifié le ...
)

# Where a post was published from (a platform shows the poster's province): ``发布于北京``, ``IP属地：浙江``.
LOCATION_RULE = _r("meta.location", r"^(?:发布于|发表于|IP属地)[:：]?[\s　]*(?P<location>\p{Han}{2,8})$", ANY, 14)

# A portal's channel on a line of its own, under a page's time stamp: ``新浪时尚``, ``腾讯科技``.
PORTAL_CHANNEL_RULE = _r(
    "meta.channel",
    r"^(?P<channel>(?:新浪|腾讯|网易|搜狐|凤凰网?|央视网?|人民网|新华网|中新网|澎湃|界面|今日头条)"
    r"(?:时尚|娱乐|科技|财经|体育|新闻|汽车|教育|健康|军事|游戏|综合|众测|探索|读书|星座|收藏|育儿|女性|旅游|房产|"
    r"视频|图片|数码|国际|国内|社会|文化|历史)?)$",
    ANY,
    10,
)

# A numeric time stamp, year first, with its time if any: 2023-10-08 09:12, 2023年10月8日 9时12分.
STAMP = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s　T]*\d{1,2}[:：時时]\d{2}分?(?::\d{2})?)?"

# A time stamp and the account or outlet that posted it: ``原创2023-10-08 09:12·交通观察者``.
STAMP_SOURCE_RULE = _r(
    "meta.stamp_source",
    rf"^[\s　]*(?:原创)?[\s　]*(?P<date>{STAMP})[\s　]*"
    r"(?:[·・|｜][\s　]*(?P<source>[^\s　·・|｜。，]{2,20})|[（(](?P<source2>[^)）。，]{2,20})[)）]"
    r"|[\s　]+(?P<source3>\p{Han}{2,10}(?:报|网|社|台|刊|新闻|客户端)))[\s　]*$",  # 2023年12月15日 10:21 中国证券报
    ANY,
    60,
)

# A time stamp, the paper and the byline on one line: ``2023-12-15 10:32 聯合報／ 記者林佳彣／台北即時報導``.
STAMP_BYLINE_RULE = _r(
    "meta.stamp_byline",
    rf"^[\s　]*(?P<date>{STAMP})[\s　]+"
    r"(?P<source>[\p{Han}A-Za-z]{2,10})[\s　]*[／/][\s　]*(?P<byline>(?:记者|特约记者|实习记者)[\p{Han}·]{2,4}(?:[、，][\p{Han}·]{2,4})*"
    r"(?:[／/][\p{Han}]{2,8}(?:报导|报道|即时报导|综合报导))?)[\s　]*$",
    ANY,
    80,
)

# A paper's name, its time stamp, an update note and a character count: ``毎日新聞 2023/12/15 10:21（最終更新 12/15 11:00） 412文字``.
PAPER_STAMP_RULE = _r(
    "meta.paper_stamp",
    rf"^(?P<source>[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}A-Za-z]{{2,12}})[\s　]+(?P<date>{STAMP})"
    r"(?:[\s　]*[（(](?:最終更新|更新|updated)[^）)]{1,20}[）)])?(?:[\s　]*\d{1,6}文字)?[\s　]*$",
    ANY,
    80,
)

# A byline with the page's time stamp after it: ``（钱江晚报记者 龙艳 通讯员 方叶）2018-10-05 08:23``,
# or with digits and date marks that OCR garbled out of one (``208-10-05``).
BYLINE_STAMP_RULE = _r(
    "meta.byline_stamp",
    rf"^(?P<byline>[^\s　].{{1,58}}?[)）】\s　])[\s　]*(?P<date>{STAMP}|(?=[^\d]*\d{{2}})[\d\s　:：/.年月日时分-]{{6,24}})$",
    ANY,
    90,
)

# A Japanese paper's byline glued to its time stamp: ``佐藤一郎2023年12月15日 18時30分``.
NAME_STAMP_RULE = _r(
    "meta.name_stamp",
    r"^(?P<name>[\p{Han}]{2,5}(?<![报網网社台讯刊]))[\s　]*"
    rf"(?:(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日(?:[\s　]*\d{{1,2}}[時时:：]\d{{2}}分?)?)|[·・|｜][\s　]*(?P<date2>{STAMP}))$",  # 张三 · 2023-12-15 10:21
    ANY,
    30,
)

# A wire story's closing credits: ``Reporting by Jane Roe in Singapore; Editing by Richard Poe``.
CREDITS_LINE_RULE = _r(
    "meta.credits",
    r"^(?:(?:Additional )?[Rr]eporting|Writing|Written|Reported|Compiled|Editing|Edited) by [A-Z].{2,200}$"
    r"|^(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} )?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?) [A-Z].{2,120} contributed( to this (?:report|story))?\.?$"
    r"|^[A-Z][\w.]*(?:’s|'s) [A-Z].{2,120} contributed to this (?:report|story)\.?$",
    ANY,
    240,
)

# Pinyin annotations injected after Han text: 嘉兴(jiāxīng).
PINYIN_ANNOTATION = regex.compile(
    r"(?<=\p{Han})[（(][\s　]*(?=[a-zü\s]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+(?:[\s\-'][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*[\s　]*[)）]",
    regex.I | regex.V1,
)

# Common Chinese surnames, for recognising a bare name line as a byline.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐")

# List markers: a line starting with one is never joined to the previous paragraph.
LIST_ITEM = regex.compile(
    r"^(?:[·•●○◆◇■□▪▶►*]|-\s|\d{1,3}(?:[.．](?!\d)|[、)）])|[（(]\d{1,3}[)）]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十]+[)）]|[①-⑳]|第[一二三四五六七八九十\d]+[、，,条章节部分])",
    regex.V1,
)

# What opens a story's text right after an original title run onto it (原标题：……来源：…): a source
# or author label, an editor's note, a bracketed lead, a paper's own lead mark.  Where the first of
# them starts, the title ends.  An outlet's dateline (中新网乌镇11月7日电, 据…报道, 当地时间…) is not
# among them: one often follows another, and nothing tells where the title's last words end and
# the outlet's name begins.
STORY_OPENINGS = regex.compile(
    r"[\[【（(]?(?:[来來]源[:：]|作者[\s　]*[|｜:：]|文[\s　]*[|｜/／])|[\[【][编編]者按|[编編]者按[:：]|【[^】]{2,16}】"
    r"|本[报報网網][讯訊]|本[报報][记記]者"
)

# The words a date line may hold besides its date and time, in any of the languages the month
# table knows: labels (Stand:, Güncelleme:, UPDATED, Published on), linking words (at, um, às),
# clock and zone marks (Uhr, a.m., EST), weekdays.  A short line whose date parses and whose
# other words are all here is a date line, whatever its order.
DATE_LINE_WORDS = frozenset("""
stand updated update published posted last modified on at am pm a p m uhr um
est edt cst cdt pst pdt et pt gmt utc cet cest bst ist jst kst hkt sgt wib wita wit ict
publicado actualizado atualizado em às a las el de del do da hace há
publié le mis à jour modifié veröffentlicht aktualisiert zuletzt erschienen
pubblicato aggiornato il alle ore
güncelleme güncellendi yayınlanma yayınlandı tarih saat
опубликовано обновлено в г года
diterbitkan diperbarui pukul gepubliceerd bijgewerkt om
monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
montag dienstag mittwoch donnerstag freitag samstag sonntag
lunes martes miércoles jueves viernes sábado domingo
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
lundi mardi mercredi jeudi vendredi samedi dimanche
pazartesi salı çarşamba perşembe cuma cumartesi pazar
""".split())

