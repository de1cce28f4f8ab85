"""Line labels read from wording alone (archive/labels.py)."""

import pytest

from archive.labels import (
    ATTRIBUTION_RE,
    AUTHOR_LINE_RE,
    CLOSING_NOTE_RE,
    COLUMN_TAG_RE,
    NUMBERED_HEADING_RE,
    OPENING_SECTION_RE,
    PROVENANCE_RE,
    SIGNATURE_RE,
    is_box_label,
    is_document_title,
    is_stress_kicker,
    leads_into_title,
)


def test_column_tag_but_not_a_section_number_or_a_count():
    assert COLUMN_TAG_RE.search("携手迈向共同繁荣的未来（和音）")
    assert COLUMN_TAG_RE.search("永远的丰碑（为了民族的复兴·英雄烈士谱）")
    assert not COLUMN_TAG_RE.search("工作原则（一）")
    assert not COLUMN_TAG_RE.search("全国劳动模范（53个）")
    # a series numbering its pieces inside its tag
    assert COLUMN_TAG_RE.search("林区巡护勤 虎豹日渐多（保护区里的年轻人（13））")
    assert not COLUMN_TAG_RE.search("工作原则（（一））")


def test_box_labels_with_bullets_and_colons():
    assert is_box_label("■小贴士") and is_box_label("图片说明：") and is_box_label("核心阅读")
    assert not is_box_label("小贴士里的大学问")


def test_opening_sections_but_not_titles_that_begin_alike():
    assert OPENING_SECTION_RE.match("一") and OPENING_SECTION_RE.match("引 子") and OPENING_SECTION_RE.match("编者的话")
    assert not OPENING_SECTION_RE.match("一封家书") and not OPENING_SECTION_RE.match("贺信里的嘱托")


def test_attributions_but_not_subtitles_opening_on_a_dash():
    assert ATTRIBUTION_RE.match("——山东省海阳市纪委书记、监委主任 盖石磊") and ATTRIBUTION_RE.match("——联合国秘书长军事顾问罗伊特")
    assert ATTRIBUTION_RE.match("——《经济日报》") and ATTRIBUTION_RE.match("——徐晓兰委员（中国工业互联网研究院院长）")
    assert not ATTRIBUTION_RE.match("——访东盟副秘书长康富") and not ATTRIBUTION_RE.match("——习近平总书记陕西考察纪实")
    # a role ending on 师 (engineer, teacher, doctor), with the speaker's age in brackets after the name
    assert ATTRIBUTION_RE.match("——中科院国家空间科学中心火星探测任务工程师 刘一譞（27岁）")
    assert ATTRIBUTION_RE.match("——北京市第八中学语文教师王红")
    assert not ATTRIBUTION_RE.match("——记火星探测任务工程师 刘一譞（27岁）")


def test_numbered_headings_and_provenance_lines():
    assert NUMBERED_HEADING_RE.match("一、总体要求") and NUMBERED_HEADING_RE.match("（二）工作原则")
    assert NUMBERED_HEADING_RE.match("第二编 物 权")
    assert not NUMBERED_HEADING_RE.match("12.1万处水文测站让防汛更精准")
    assert PROVENANCE_RE.match("（2020年11月11日第十三届全国人民代表大会常务委员会第二十三次会议通过）")
    assert not PROVENANCE_RE.match("（来自疫情防控一线的报道）")


def test_author_lines_signatures_and_closing_notes():
    assert AUTHOR_LINE_RE.match("尹晓东（中国儿童艺术剧院院长）") and AUTHOR_LINE_RE.match("江西南昌 杨铭鸣")
    assert AUTHOR_LINE_RE.match("——沈开举委员（民进河南省委副主委、郑州大学法学院教授）")
    assert not AUTHOR_LINE_RE.match("携手迈向共同繁荣的未来（和音）")
    assert SIGNATURE_RE.match("江苏徐州市 童殿文")
    assert CLOSING_NOTE_RE.match("（作者为民政部副部长）") and CLOSING_NOTE_RE.match("（李 恬）")


def test_labels_of_news_brief_columns():
    from archive.labels import BRIEFS_LABEL_RE

    assert all(BRIEFS_LABEL_RE.match(t) for t in ("财经短波", "新闻速递", "市场资讯", "医学资讯", "国际简讯"))
    assert not BRIEFS_LABEL_RE.match("图片报道") and not BRIEFS_LABEL_RE.match("资讯获取更便利了")


def test_a_place_then_four_characters_is_a_titles_phrase_not_a_signature():
    assert not SIGNATURE_RE.match("绿道进村 添美增收")
    assert not SIGNATURE_RE.match("秋到山乡 丰收在望")
    assert SIGNATURE_RE.match("江苏南通市 杨汉祥") and SIGNATURE_RE.match("新疆喀什市 阿依古丽·买买提")


def test_a_section_numbered_in_arabic_figures_is_a_numbered_heading_but_a_figure_is_not():
    assert NUMBERED_HEADING_RE.match("2.工作原则") and NUMBERED_HEADING_RE.match("3、加强组织领导")
    assert not NUMBERED_HEADING_RE.match("12.1万处文物得到保护") and not NUMBERED_HEADING_RE.match("2020年工作要点")


def test_a_roundups_closing_note_naming_many_reporters_is_a_closing_note():
    note = "（综合本报记者" + "、".join(["白剑峰", "刘毅", "孙秀艳", "赵永新", "杜海涛", "陆娅楠", "王珂", "王政"] * 4) + "报道）"
    assert len(note) > 90 and CLOSING_NOTE_RE.match(note)
    assert CLOSING_NOTE_RE.match("（本报记者" + "、".join(["朱竞若", "王昊男", "毛磊", "张枨"] * 8) + "）")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("中俄总理第二十五次定期会晤联合公报", True),
        ("全国人民代表大会常务委员会公告", True),
        ("关于对拟表彰的全国双拥模范个人进行公示的公告", True),
        ("发布公告", False),  # too short to name an issued document
        ("会议发表声明，呼吁各方保持克制", False),
    ],
)
def test_a_document_title_names_an_issued_document(text, expected):
    assert is_document_title(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [("习近平在宁夏考察时强调", True), ("——习近平总书记在浙江考察时强调", False), ("强调要加强监管", False)],
)
def test_a_stress_kicker_names_the_occasion_of_what_a_leader_stressed(text, expected):
    assert is_stress_kicker(text) is expected


def test_a_part_announcing_what_the_title_says_leads_into_it():
    assert leads_into_title("韩正召开财税部门座谈会强调") and leads_into_title("《求是》杂志发表习近平总书记重要文章")
    assert leads_into_title("中央“不忘初心、牢记使命”主题教育领导小组印发通知")
    assert not leads_into_title("——习近平总书记在浙江考察时强调") and not leads_into_title("新年戏曲晚会在京举行")
