"""Quality signals of a display text, for choosing the survivor or the base witness."""

from __future__ import annotations

import numpy as np
import regex

# OCR-suspect patterns: a dash where 一 belongs, 曰 outside classical quotation, doubled Han.
SUSPECT_PATTERNS = (
    regex.compile(r"(?<=\p{Han})(?<![—－])[—－](?=\p{Han})"),  # —个 for 一个 (the 破折号 —— is two dashes)
    regex.compile(r"(?<![—－\p{Han}])[—－](?=[个些直定样起切种般天年次位名场项条家])"),
    regex.compile(r"曰(?!\p{Han}?[：:“])"),
)
# Reduplications that are ordinary words, not OCR doubling.  Data, not code.
REDUPLICATIONS = frozenset(
    "常常 天天 人人 年年 渐渐 刚刚 纷纷 谢谢 看看 想想 慢慢 快快 多多 一一 个个 家家 户户 处处 时时 事事 步步 层层 种种 样样 "
    "默默 深深 久久 高高 大大 小小 好好 明明 往往 仅仅 稍稍 略略 偷偷 悄悄 轻轻 静静 紧紧 冷冷 热热 暖暖 欣欣 匆匆 频频 屡屡 "
    "连连 声声 句句 字字 点点 片片 条条 项项 代代 世世 生生 日日 月月 星星 妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 宝宝 姥姥 "
    "叔叔 舅舅 婆婆 公公 太太 猩猩 孜孜 津津 彬彬 济济 茫茫 滔滔 皑皑 熊熊 堂堂 赫赫 洋洋 累累 岌岌 炯炯 楚楚 亭亭 绰绰 姗姗 "
    "翩翩 袅袅 莘莘 芸芸 区区 寥寥 比比 井井 历历 侃侃 喋喋 娓娓 栩栩 源源 滚滚 隆隆 哈哈 呵呵 嘻嘻 啦啦 嘿嘿 咚咚 哗哗 轰轰 "
    "嗡嗡 沙沙 刷刷 蒸蒸 勃勃 冉冉 徐徐 缓缓 恰恰 统统 通通 白白 早早 足足 整整 好好 平平 淡淡 浅浅 长长 短短 远远 近近 "
    "重重 轻轻 红红 绿绿 蓝蓝 亮亮 闪闪 甜甜 香香 软软 硬硬 圆圆 方方 满满 空空 密密 麻麻 花花 草草 山山 水水 风风 火火 "
    "口口 头头 心心 手手 脚脚 眼眼 耳耳 一一 二二 三三 四四 五五 六六 七七 八八 九九 十十 万万 千千 百百".split()
)


def suspect_count(text: str) -> int:
    """Number of OCR-suspect spots in ``text`` (lower is cleaner)."""
    n = sum(len(p.findall(text)) for p in SUSPECT_PATTERNS) if ("—" in text or "－" in text or "曰" in text) else 0
    return n + sum(1 for pair in doubled_han(text) if pair not in REDUPLICATIONS)


def doubled_han(text: str) -> list[str]:
    """Each non-overlapping pair of one Han character written twice (vectorised: runs once per article)."""
    cps = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    if len(cps) < 2:
        return []
    same = cps[1:] == cps[:-1]
    han = ((cps[:-1] >= 0x3400) & (cps[:-1] <= 0x4DBF)) | ((cps[:-1] >= 0x4E00) & (cps[:-1] <= 0x9FFF))
    out, skip_to = [], -1
    for i in np.flatnonzero(same & han).tolist():
        if i >= skip_to:  # a run of three gives one pair, as a left-to-right scan would
            out.append(text[i : i + 2])
            skip_to = i + 2
    return out
