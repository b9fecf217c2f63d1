import random

import numpy as np

from dedup.clusters import similarity, split_chains
from dedup.detect import anchors_of
from dedup.key import matching_key
from dedup.lsh import anchor_pairs, candidate_pairs, lsh_params, worth_verifying
from dedup.minhash import permutations, signatures
from dedup.shingles import shingle_hashes

SENTENCES = [
    "今年以来全市新签约重点项目一百多个。", "园区加快建设开放创新的世界一流高科技园区。", "企业提出了持续做好相关要素保障的诉求。",
    "出访团积极开展系列经贸洽谈活动。", "湖州市成功入选最具生态竞争力城市名单。", "项目全面采用自主可控的量子通信设备。",
    "合肥量子城域网包含八个核心网站点。", "当地一共有六十二家网络供应商。", "奥斯汀的平均下载速度高于全美水平。",
    "记者走进位于秀洲区的研发车间。", "工人们在各自岗位上紧张忙碌着。", "发明专利是衡量一个地区创新能力的重要指标。",
]


def _article(rng: random.Random, n: int = 12) -> str:
    """Different articles: random common ideographs with a few stock sentences mixed in."""
    pool = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    return "".join(rng.choice(SENTENCES) + "".join(rng.choice(pool) for _ in range(20)) for _ in range(n))


def _perturb(rng: random.Random, text: str, rate: float = 0.03) -> str:
    chars = list(text)
    for _ in range(int(len(chars) * rate)):
        i = rng.randrange(len(chars))
        chars[i] = rng.choice("的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感")
    return "".join(chars)


def _sets(texts):
    return [shingle_hashes(matching_key(t)) for t in texts]


def test_lsh_finds_planted_near_duplicate_pairs():
    rng = random.Random(7)
    originals = [_article(rng) for _ in range(200)]
    copies = [_perturb(rng, t) for t in originals[:100]]
    sets = _sets(originals + copies)
    sigs = signatures(sets, permutations(128, 1))
    b, r = lsh_params(0.5, 128)
    pairs = {tuple(p) for p in candidate_pairs(sigs, b, r).tolist()}
    planted = {(i, 200 + i) for i in range(100)}
    assert len(planted & pairs) / len(planted) >= 0.98
    unrelated_pairs = 300 * 299 // 2 - len(planted)
    assert len(pairs - planted) < 0.005 * unrelated_pairs  # articles sharing only stock sentences rarely collide
    # ...and verification on the real sets drops every one of them
    assert all(similarity(sets[a], sets[b]).jaccard < 0.5 for a, b in pairs - planted)


def test_anchors_find_excerpts_from_the_middle_that_the_bands_miss():
    rng = random.Random(11)
    # articles with a few stock sentences each (a phrase in every article would fill every
    # article's anchors: such values are skipped, see the next test)
    longs = ["".join(_plain(rng, 20) + (rng.choice(SENTENCES) if rng.random() < 0.1 else "") for _ in range(30))
             for _ in range(150)]
    # a quarter of each article, taken from the middle (no shared opening), with a few misreads
    middles = [_perturb(rng, t[3 * len(t) // 8 : 5 * len(t) // 8], 0.01) for t in longs[:100]]
    sets = _sets(longs + middles)
    sigs = signatures(sets, permutations(128, 1))
    planted = {(i, 150 + i) for i in range(100)}
    banded = {tuple(p) for p in candidate_pairs(sigs, *lsh_params(0.5, 128)).tolist()}
    anchored = {tuple(p) for p in anchor_pairs(np.stack([anchors_of(np.unique(s)) for s in sets])).tolist()}
    assert len(planted & banded) <= 25  # Jaccard about a quarter: below what the bands are tuned for
    assert len(planted & anchored) / len(planted) >= 0.8
    # articles sharing stock sentences meet there too, but their signatures drop them unread
    sizes = np.array([len(np.unique(s)) for s in sets])
    kept = {tuple(p) for p in worth_verifying(sigs, np.array(sorted(anchored)), sizes, 0.5, 0.8).tolist()}
    assert planted & anchored <= kept
    assert len(kept - planted) < 0.002 * (250 * 249 // 2)


def test_anchor_values_held_by_many_rows_are_skipped():
    common = np.array([[5, 9, 0xFFFFFFFF]] * 70 + [[7, 8, 9]], np.uint32)
    pairs = anchor_pairs(common, max_group=64)
    assert pairs.tolist() == []  # 5 and 9 are in 70 and 71 rows: common phrases, not shared passages
    assert anchor_pairs(common[-3:], max_group=64).tolist() == [[0, 1], [0, 2], [1, 2]]


def test_containment_is_directional():
    rng = random.Random(3)
    long_text = _article(rng, 30)
    short = long_text[: len(long_text) // 3]
    a, b = _sets([short, long_text])
    s = similarity(a, b)
    assert s.containment > 0.95 and s.jaccard < 0.5 and s.contained == 0


def test_chain_is_split_at_the_centre():
    # 0-1-2-3-4: neighbours similar, nothing two steps apart; the centre keeps only what is similar to it
    sims = {(i, j): (0.9 if abs(i - j) == 1 else 0.4 if abs(i - j) == 2 else 0.1) for i in range(5) for j in range(5)}
    parts = split_chains([0, 1, 2, 3, 4], [(0, 1), (1, 2), (2, 3), (3, 4)], lambda a, b: sims[(a, b)], 0.5)
    assert sorted(m for _, ms in parts for m in ms) == [0, 1, 2, 3, 4]  # nothing lost
    assert len(parts) >= 2  # the chain did not survive as one cluster
    for centre, members in parts:  # every kept member is similar to its own centre
        assert all(m == centre or sims[(centre, m)] >= 0.5 for m in members)


def test_exact_signatures_identical_for_identical_keys():
    sets = _sets(["嘉兴制造业向高质量迈进，全市光伏产业产值达五百亿元。", "嘉興製造業向高質量邁進,全市光伏產業產值達五百億元."])
    assert np.array_equal(sets[0], sets[1])


def _edge_setup(texts):
    from dedup.detect import DetectOptions, verify

    sets = dict(enumerate(_sets(texts)))
    pairs = np.array([(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))])
    opts = DetectOptions()
    return sets, verify(pairs, sets, opts), opts


def test_excerpt_merges_but_a_compilation_does_not_chain():
    from dedup.detect import build_clusters

    rng = random.Random(11)
    article, other = _article(rng, 30), _article(rng, 30)
    excerpt = article[: len(article) // 4]
    # 0: article, 1: its excerpt -> one cluster
    sets, edges, opts = _edge_setup([article, excerpt])
    clusters = build_clusters(2, edges, {}, sets, opts)
    assert [c.members for c in clusters] == [[0, 1]] and edges[0].kind == "excerpt"
    # 0: a page holding two different reports, 1 and 2: the reports -> nothing merged
    sets, edges, opts = _edge_setup([article + other, article, other])
    clusters = build_clusters(3, edges, {}, sets, opts)
    assert sorted(len(c.members) for c in clusters) == [1, 1, 1]
    assert {e.kind for e in edges} == {"contained"}


def test_a_short_item_glued_to_the_head_of_another_report_does_not_chain_them():
    from dedup.detect import build_clusters

    rng = random.Random(13)
    item = "".join(chr(rng.randrange(0x4E00, 0x4E00 + 3000)) for _ in range(60))  # shares no stock sentence
    report = _article(rng, 30)
    # 0: a digest's cut that left the short item glued to the head of a copy of the report (cut short);
    # 1: the report; 2, 3: copies of the short item.  The item is wholly inside 0, and the rest of 0 is
    # the report: the item and the report must stay apart
    glued = item + report[: len(report) * 3 // 4]
    sets, edges, opts = _edge_setup([glued, report, item, _perturb(rng, item, 0.01)])
    clusters = build_clusters(4, edges, {}, sets, opts)
    groups = sorted(sorted(c.members) for c in clusters)
    assert [0, 1] in groups and [2, 3] in groups


def test_a_passage_quoted_in_different_articles_does_not_join_them():
    from dedup.detect import build_clusters

    rng = random.Random(12)
    passage = _article(rng, 6)  # a notice or stock paragraph that several reports carry
    first, second = _article(rng, 30) + passage, passage + _article(rng, 30)
    sets, edges, opts = _edge_setup([passage, first, second])
    clusters = build_clusters(3, edges, {}, sets, opts)
    assert sorted(len(c.members) for c in clusters) == [1, 1, 1]
    assert {e.kind for e in edges} == {"contained"}


def test_spool_gives_back_every_array_written_by_any_process_and_removes_its_files(tmp_path):
    from multiprocessing import get_context

    from dedup.spool import Spool

    arrays = [np.array([1, 5, 9], np.uint32), np.zeros(0, np.uint32), np.array([2**32 - 1], np.uint32)]
    spool = Spool(tmp_path / "spool", "sets")
    writer = spool.writer()
    spool.add(writer.write(arrays[0]))
    with get_context("fork").Pool(1) as pool:  # a worker process writes to a file of its own
        refs = pool.map(writer.write, arrays[1:])
    for ref in refs:
        spool.add(ref)
    spool.seal()
    assert len(spool) == 3 and 2 in spool and 3 not in spool
    assert [spool[i].tolist() for i in range(3)] == [a.tolist() for a in arrays]
    assert spool.get(7) is None
    got = spool.read_many(np.array([2, 0, 1]))
    assert {i: a.tolist() for i, a in got.items()} == {i: a.tolist() for i, a in enumerate(arrays)}
    spool.close()
    assert not any((tmp_path / "spool").iterdir())


def _spools(path, texts):
    from dedup.shingles import shingle_parts
    from dedup.spool import Spool

    sets, seqs = Spool(path, "sets"), Spool(path, "seqs")
    for t in texts:
        chars, words = shingle_parts(matching_key(t))
        sets.add(sets.writer().write(np.unique(np.concatenate([chars, words]))))
        seqs.add(seqs.writer().write(chars))
    return sets.seal(), seqs.seal()


def _kinds(path, texts) -> list[str]:
    from dedup.detect import DetectOptions, verify

    sets, seqs = _spools(path, texts)
    return [e.kind for e in verify(np.array([[0, 1]]), sets, DetectOptions(), seqs)]


def test_verification_in_small_read_blocks_finds_the_same_edges(tmp_path, monkeypatch):
    import dedup.detect as detect

    rng = random.Random(5)
    texts = []
    for _ in range(12):  # six pairs of copies among unrelated pairs
        text = _article(rng, 8)
        texts += [text, _perturb(rng, text)]
    pairs = np.array([(a, b) for a in range(len(texts)) for b in range(a + 1, len(texts))])
    sets, seqs = _spools(tmp_path, texts)
    whole = detect.verify(pairs, sets, detect.DetectOptions(), seqs)
    monkeypatch.setattr(detect, "VERIFY_BLOCK_BYTES", 4096)  # a few sets per block
    assert len(detect._blocks(pairs, sets)) > 10
    blocked = detect.verify(pairs, sets, detect.DetectOptions(), seqs)
    assert [(e.a, e.b, e.kind) for e in blocked] == [(e.a, e.b, e.kind) for e in whole]
    assert {(e.a, e.b) for e in whole} >= {(2 * k, 2 * k + 1) for k in range(12)}


def _plain(rng: random.Random, n: int) -> str:
    pool = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    return "".join(rng.choice(pool) for _ in range(n))


def test_noisy_copy_of_a_long_text_is_kept_below_the_jaccard_threshold(tmp_path):
    rng = random.Random(11)
    page = _article(rng, 60)  # a long page, ~2,400 characters
    noisy = _perturb(rng, page, rate=0.09)  # heavy OCR noise
    sets, _ = _spools(tmp_path / "a", [page, noisy])
    assert 0.25 <= similarity(sets[0], sets[1]).jaccard < 0.5  # far below the threshold
    assert _kinds(tmp_path / "b", [page, noisy]) == ["noisy"]
    assert _kinds(tmp_path / "c", [page, _article(rng, 60)]) == []
    # a short text with the same noise gets no such allowance: one shared sentence weighs more there
    short = page[:300]
    assert _kinds(tmp_path / "d", [short, _perturb(rng, short, rate=0.09)]) == []


def test_different_articles_under_the_same_long_boilerplate_are_not_merged(tmp_path):
    rng = random.Random(5)
    boiler = _plain(rng, 500)  # a long site footer the cleaner did not recognise
    a, b = _plain(rng, 200) + boiler, _plain(rng, 200) + boiler
    sets, _ = _spools(tmp_path / "a", [a, b])
    assert similarity(sets[0], sets[1]).jaccard >= 0.5  # Jaccard alone would merge them
    assert _kinds(tmp_path / "b", [a, b]) == []
    # the same article with a few misreads in one copy is still one article
    assert _kinds(tmp_path / "c", [a, _perturb(rng, a, 0.01)]) == ["jaccard"]


def test_the_centre_is_a_copy_that_holds_the_fragments_not_a_fragment():
    # 0 and 1 are two fragments of a report (a cut-down reprint and one that lost its lead); 2, 3
    # and 4 are fuller copies.  Fragment 0 lies inside all three copies, so it is similar to more
    # members than any copy is; but it does not hold fragment 1, and as the centre it split it off.
    F, G, A, B, C = range(5)
    inside = {(F, A): 1.0, (F, B): 1.0, (F, C): 1.0, (G, A): 0.95}  # (fragment, copy): containment
    jaccard = {(F, A): 0.4, (F, B): 0.4, (F, C): 0.4, (G, A): 0.45, (A, B): 0.9, (A, C): 0.85, (B, C): 0.8,
               (F, G): 0.1, (G, B): 0.3, (G, C): 0.3}
    def sim(a, b):
        key = (a, b) if (a, b) in jaccard else (b, a)
        return max(jaccard[key], inside.get(key, 0.0))

    def cover(c, m):  # containment counts only when m is inside c
        return max(jaccard[(c, m) if (c, m) in jaccard else (m, c)], inside.get((m, c), 0.0))

    edges = [(F, A), (F, B), (F, C), (G, A), (A, B)]
    parts = split_chains([F, G, A, B, C], edges, sim, 0.5, cover)
    assert [(centre, sorted(ms)) for centre, ms in parts] == [(A, [F, G, A, B, C])]
