"""Stage 1: bytes of a page file -> text, with the encoding that was detected."""

import codecs


class DecodeError(ValueError):
    """The file cannot be read as text; the message says why, in one line."""


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def _looks_like_text(text: str) -> bool:
    # Control characters other than tab/newline/CR/form feed are rare in real text;
    # a decoder that "succeeds" on binary data produces many of them.
    if not text:
        return True
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    private = sum(1 for c in text if 0xE000 <= ord(c) <= 0xF8FF)
    return (controls + private) / len(text) < 0.01


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Encoding is one of utf-8, utf-8-sig, utf-16, utf-32, gbk, gb18030, big5hkscs.

    Raises DecodeError for empty, binary or undecodable input.
    """
    if not data:
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {encoding} after its byte-order mark at byte {e.start}") from None
            return _checked(text, encoding)
    if b"\x00" in data[:4096]:
        raise DecodeError("binary file (NUL bytes, no UTF-16 byte-order mark)")
    rejected: DecodeError | None = None
    # Big5 (Hong Kong and Taiwan papers) comes last: GBK refuses most of its pairs, and GB18030 reads them as
    # private-use characters, which _checked rejects.
    for encoding in ("utf-8", "gbk", "gb18030", "big5hkscs"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        try:
            return _checked(text, encoding)
        except DecodeError as e:
            rejected = rejected or e
    raise rejected or DecodeError("undecodable: not UTF-8, UTF-16 (with BOM), GB18030/GBK or Big5")


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise DecodeError("empty file (whitespace only)")
    if not _looks_like_text(text):
        raise DecodeError(f"binary file (decodes as {encoding} but is mostly control characters)")
    return text, encoding
