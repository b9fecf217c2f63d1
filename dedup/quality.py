"""Quality signals of a display text, for choosing the survivor or the base witness."""

from __future__ import annotations

import regex

# OCR-suspect patterns: a dash where 一 belongs, look-alikes in impossible places, doubled Han.
SUSPECT_PATTERNS = (
    regex.compile(r"(?<=\p{Han})[—－](?=\p{Han})(?!—)(?<!——)"),  # —个 for 一个 (not the 破折号 ——)
    regex.compile(r"(?<![—－])[—－](?=[个些直定样起切种般天年次位名场项条家])"),
    regex.compile(r"[曰](?!\p{Han}{0,1}[：:“])"),  # 曰 outside classical quotation
    regex.compile(r"(\p{Han})\1(?!\1)(?<!(?:常常|天天|人人|年年|渐渐|刚刚|纷纷|谢谢|看看|想想|慢慢|快快|多多|一一|个个|家家|户户|处处|时时|事事|步步|层层|种种|样样|默默|深深|久久|高高|大大|小小|好好|明明|往往|仅仅|稍稍|略略|偷偷|悄悄|轻轻|静静|紧紧|冷冷|热热|暖暖|欣欣|匆匆|频频|屡屡|连连|声声|句句|字字|点点|片片|条条|项项|代代|世世|生生|日日|月月|星星|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|宝宝|姥姥|叔叔|舅舅|婆婆|公公|太太|猩猩|蛐蛐|蝈蝈|狒狒|孜孜|津津|彬彬|济济|茫茫|滔滔|皑皑|熊熊|堂堂|赫赫|洋洋|累累|岌岌|炯炯|楚楚|亭亭|绰绰|姗姗|翩翩|袅袅|莘莘|芸芸|区区|寥寥|比比|井井|历历|侃侃|喋喋|娓娓|栩栩|孜孜|源源|滚滚|隆隆|哈哈|呵呵|嘻嘻|啦啦|嘿嘿|咚咚|哗哗|轰轰|嗡嗡|沙沙|刷刷))"),
)


def suspect_count(text: str) -> int:
    """Number of OCR-suspect spots in ``text`` (lower is cleaner)."""
    return sum(len(p.findall(text)) for p in SUSPECT_PATTERNS)
