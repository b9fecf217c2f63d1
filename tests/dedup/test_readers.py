import gzip
import json

import pytest

from dedup.decode import DecodeError, decode_bytes
from dedup.readers import Document, Rejected, read_inputs

TEXT = "嘉兴制造业向高质量迈进\r\n记者从市经信局获悉。\r"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
)
def test_encodings_detected_and_line_ends_normalised(data, encoding):
    text, enc = decode_bytes(data)
    assert enc == encoding
    assert text == "嘉兴制造业向高质量迈进\n记者从市经信局获悉。\n"


def test_big5_detected():
    text, enc = decode_bytes("記者從市經信局獲悉，台灣報紙報導了這則新聞。".encode("big5"))
    assert enc == "big5" and text.startswith("記者從市經信局")


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"  \n ", "empty"), (b"\x00\x01\x02PNG\x00", "binary")])
def test_bad_bytes_rejected_with_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [json.dumps({"doc_id": "a", "body": "正文一。"}, ensure_ascii=False), "{not json",
             json.dumps({"doc_id": "b"}), json.dumps({"doc_id": "c", "body": "  "}), json.dumps([1, 2])]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "y.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"doc_id": "d", "body": "正文二。"}, ensure_ascii=False) + "\n")
    out = list(read_inputs([str(tmp_path)], id_field="doc_id", text_field="body"))
    docs = [o.id for o in out if isinstance(o, Document)]
    rejected = {o.id: o.reason for o in out if isinstance(o, Rejected)}
    assert docs == ["a", "d"]
    assert rejected["x:2"].startswith("malformed JSONL line")
    assert rejected["b"] == "record has no text field 'body'"
    assert rejected["c"] == "empty" and "not a JSON object" in rejected["x:5"]


def test_directory_ids_are_relative_paths_without_extension(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [d.id for d in read_inputs([str(tmp_path)])] == ["sub/page"]
