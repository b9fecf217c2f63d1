import numpy as np
from datasketch import MinHash

from dedup.key import matching_key
from dedup.minhash import permutations, signatures
from dedup.shingles import ShingleSpec, shingle_hashes, shingle_strings


def test_shingles_per_script():
    zh = shingle_strings(matching_key("嘉兴制造业向高质量迈进"))
    assert zh[0] == "嘉兴制造业" and all(len(s) == 5 for s in zh)
    en = shingle_strings(matching_key("The storm closed two hundred schools on Monday"))
    words = [s for s in en if " " in s]
    assert words[0] == "the st0rm c10sed" and all(len(s.split()) == 3 for s in words)
    # character 5-grams too: they survive OCR misreads that break every word 3-gram around them
    assert "st0rm" in en and all(len(s) == 5 for s in en if " " not in s)
    mixed = shingle_strings(matching_key("阿特斯 Canadian Solar 公司 opened a new plant in Jiaxing today"))
    assert any(" " in s for s in mixed) and any(" " not in s and len(s) == 5 for s in mixed)


def test_short_text_is_one_shingle():
    assert len(shingle_hashes("短文", ShingleSpec())) == 1


def test_signatures_equal_datasketch_minhash_for_the_same_shingles():
    texts = ["制造业是立市之本、强市之基，决定着一个地区的综合实力和区域竞争力。",
             "The committee approved the plan on Monday, officials said.", ""]
    sets = [shingle_hashes(matching_key(t)) for t in texts]
    sigs = signatures(sets, permutations(128, 1))
    for s, sig in zip(sets[:2], sigs[:2]):
        m = MinHash(num_perm=128, seed=1, hashfunc=int)
        m.update_batch(s.tolist())
        assert np.array_equal(m.hashvalues, sig)
    assert (sigs[2] == np.uint32(0xFFFFFFFF)).all()
