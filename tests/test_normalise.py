from archive.normalise import normalise_text, normalise_title


def test_removes_layout_spaces_between_cjk_and_digits():
    # seed 004: justified text spaced out character by character, and pangu-style spaces around numbers
    assert normalise_text("2024 年，我国持续加大新型信息基础设 施 建 设 ，加 快 信 息 通 信 业") == "2024年，我国持续加大新型信息基础设施建设，加快信息通信业"
    assert normalise_text("累计达到 33 家，突破关键共性技术672项") == "累计达到33家，突破关键共性技术672项"
    assert normalise_text("加大 5G 演进和 6G 技术创新投入") == "加大5G演进和6G技术创新投入"


def test_folds_fullwidth_digits_and_letters():
    assert normalise_text("增长１５．７％，ＡＩ应用") == "增长15．7%，AI应用"


def test_ascii_punctuation_in_chinese_becomes_fullwidth():
    # seed 002 uses ASCII commas and colons in Chinese text
    assert normalise_text("记者:我国工业经济在稳定宏观经济大盘中发挥了“压舱石”作用,请详细介绍") == "记者：我国工业经济在稳定宏观经济大盘中发挥了“压舱石”作用，请详细介绍"


def test_keeps_ascii_punctuation_between_digits_and_in_latin_text():
    assert normalise_text("1,000 units at 00:00") == "1,000 units at 00:00"
    assert normalise_text("THE STATE COUNCIL INFORMATION OFFICE, P.R.C.") == "THE STATE COUNCIL INFORMATION OFFICE, P.R.C."


def test_titles_keep_phrase_spaces_but_lose_layout_spaces():
    assert normalise_title("为基层减负赋能 促干部实干担当") == "为基层减负赋能 促干部实干担当"
    assert normalise_title("我国 5G 基站达到 425 万个") == "我国5G基站达到425万个"


def test_a_bracket_takes_the_full_width_form_of_its_partner():
    assert normalise_text("看谁推得快（动感2020)") == "看谁推得快（动感2020）"
    assert normalise_text("(2020年12月3日）") == "（2020年12月3日）"
    assert normalise_text("(1) 2024") == "(1) 2024"
