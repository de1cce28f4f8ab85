import codecs

import pytest

from archive.decode import DecodeError, decode_bytes

TEXT = "新华社北京1月21日电 我国5G基站达到425万个。\n"


@pytest.mark.parametrize(
    "data,encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("gbk"), "gbk"),
        ("𠀀".join([TEXT, TEXT]).encode("gb18030"), "gb18030"),
        # a Hong Kong or Taiwan paper's page in Big5, traditional characters
        ("新華社北京1月21日電（記者 張三）這是一段測試文本，內容完整。\n".encode("big5"), "big5hkscs"),
    ],
)
def test_decodes_and_records_encoding(data, encoding):
    text, detected = decode_bytes(data)
    assert detected == encoding
    assert text.lstrip("\ufeff").startswith(("新华社北京1月21日电", "新華社北京1月21日電"))


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        (b"\x80\x80\xff" * 50, "undecodable"),
    ],
)
def test_rejects_bad_input_with_a_reason(data, message):
    with pytest.raises(DecodeError) as e:
        decode_bytes(data)
    assert message in str(e.value)
    assert "\n" not in str(e.value)
