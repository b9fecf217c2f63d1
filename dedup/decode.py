"""Bytes to text for the encodings found in Chinese corpora.

UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK and Big5.  The
legacy encodings are told apart by charset-normalizer, restricted to the
candidates that occur in practice so a short GBK file is not read as Latin-1.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY = ["gb18030", "big5"]
CONTROL_SHARE_MAX = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


class DecodeError(ValueError):
    """The bytes are not text in any supported encoding; the message says why."""


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:8192]
    ctrl = len(_CONTROL.findall(sample))
    return bool(sample) and ctrl / len(sample) > CONTROL_SHARE_MAX


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text with LF line ends, encoding name) or raise DecodeError."""
    if not data.strip():
        raise DecodeError("empty")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(f"undecodable: invalid {enc} after BOM at byte {e.start}") from e
            return _finish(text, "utf-8-sig" if enc == "utf-8-sig" else enc)
    if b"\x00" in data[:8192]:
        raise DecodeError("binary: NUL bytes and no UTF-16/32 byte-order mark")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY).best()
    if best is None:
        raise DecodeError("undecodable: not UTF-8, GB18030/GBK or Big5")
    return _finish(str(best), best.encoding)


def _finish(text: str, encoding: str) -> tuple[str, str]:
    if _looks_binary(text):
        raise DecodeError("binary: control characters")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DecodeError("empty")
    return text, encoding
