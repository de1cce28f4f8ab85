"""Headlines printed after their bodies go back to the body they describe."""

import os

from archive.pipeline import reconstruct

from .conftest import FIXTURES, seed_text
from .pages import BIRDWATCHING, articles_with_text, by_title, headings


def test_headlines_after_their_bodies_are_given_to_the_right_article():
    # seed 004 prints each headline after its article's body, right before the next dateline
    arts = reconstruct(seed_text("004"))
    comms = by_title(arts, "应急通信能力建设")
    assert comms.paragraphs[0].text.startswith("新华社北京1月21日电（记者张晓洁张辛欣）记者21日从工业和信息化部获悉")
    toll = by_title(arts, "免收通行费")
    assert toll.reporters == ["叶昊鸣"]
    review = by_title(arts, "为基层减负赋能")
    assert review.subtitle.startswith("——2024年以习近平同志为核心的党中央") and review.reporters[:2] == ["黄玥", "董博婷"]
    assert review.paragraphs[0].text.startswith("2024年岁末，北京中南海")


def test_a_page_printed_headline_after_body_without_datelines_is_read_in_that_order():
    # no dateline anchors the stories: the page opens on text with no headline and ends on a headline, so each
    # one-line headline that speaks of the text above it closes that text instead of heading a section below
    page = (
        "清晨，村小的屏幕亮了起来，孩子们跟着屏幕里的老师读课文。开通远程课堂两年，这所山区学校第一次开了编程课。\n\n"
        "村小的孩子们说，最盼着上屏幕里的课。\n\n"
        "山区学校开了编程课\n\n"
        "今年以来，全省已有三千多所乡村中小学开通远程课堂，城里的名师隔着屏幕给乡村孩子上课。\n\n"
        "省教育厅有关负责人表示，下一步将把优质课程送到更多乡村中小学。\n\n"
        "远程课堂覆盖三千多所乡村中小学\n\n"
        "青石板路重新铺好，老字号一家家开门迎客，老街又热闹起来了。\n\n"
        "老街焕新颜\n\n"
        "——青石板路重新铺好，周末游客比去年同期多了两成\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.subtitle, len(a.paragraphs)) for a in arts] == [
        ("山区学校开了编程课", None, 2),
        ("远程课堂覆盖三千多所乡村中小学", None, 2),
        ("老街焕新颜", "——青石板路重新铺好，周末游客比去年同期多了两成", 1),
    ]


def test_a_headline_after_body_page_whose_first_text_opens_on_a_short_line_is_read_in_that_order():
    # the first text opens on a box label that looks like a headline, so the page does not open on bare text;
    # its headlines speak of the text above them, and the page ends on a headline: PDF extraction order
    page = (
        "【绝活看点】\n\n"
        "钳工王师傅能把天线的手工装配精度做到0.002毫米，相当于头发丝的三十分之一。\n\n"
        "三十年来，王师傅装配的天线走向了全国各地的天文台。\n\n"
        "钳工王师傅装配天线精度达到头发丝三十分之一\n\n"
        "本报沈阳1月22日电（记者刘洪超）腊月二十八，沈阳大集上买年货的人熙熙攘攘，冻梨、粘豆包、对联摆满了摊位。\n\n"
        "大集上的年货一天能卖出上千斤，摊主们忙得脚不沾地。\n\n"
        "沈阳大集年货足 买年货的人熙熙攘攘\n\n"
        "本报太原1月22日电（记者乔栋）大同古城的城门挂上了春联，市民们举着手机拍下春联，春联征集活动收到作品上万副。\n\n"
        "大同春联征集活动收到作品上万副\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, len(a.paragraphs)) for a in arts] == [
        ("钳工王师傅装配天线精度达到头发丝三十分之一", 3),
        ("沈阳大集年货足 买年货的人熙熙攘攘", 2),
        ("大同春联征集活动收到作品上万副", 1),
    ]
    assert arts[0].paragraphs[0].text == "【绝活看点】"


def test_headline_after_body_fixture():
    with open(os.path.join(FIXTURES, "headline_after.txt"), encoding="utf-8") as f:
        arts = reconstruct(f.read())
    assert [(a.title, a.reporters) for a in arts] == [
        ("杭州西湖区年内改造30家社区图书馆", ["王小明"]),
        ("宁波舟山港集装箱吞吐量同比增长", ["李红"]),
    ]
    assert [len(a.paragraphs) for a in arts] == [2, 2]


def test_headline_after_body_above_a_narrow_photo_caption():
    # seed 004 ends: …body… / 我国 5G 基站达到 425 万个 (its headline, after it) / a caption in a narrower
    # column ending with its credit / 张灯结彩迎新春 (the photo's headline, after it)
    arts = reconstruct(seed_text("004"))
    fiveg = by_title(arts, "5G基站")
    assert fiveg.title == "我国5G基站达到425万个" and fiveg.paragraphs[-1].text.endswith("适时扩大电信业务开放。")
    photo = arts[-1]
    assert (photo.kind, photo.title) == ("photo", "张灯结彩迎新春")
    assert [p.text for p in photo.paragraphs] == [
        "随着春节临近，各地张灯结彩，年味渐浓。", "图为1月21日，游客在江苏省苏州市虎丘山景区游玩。", "（新华社发杭兴微摄）",
    ]
    assert photo.contributors == ["杭兴微"]


def test_a_page_printed_headline_after_body_throughout_gives_each_body_its_headline():
    page = (
        "本报北京4月9日电（记者刘硕阳）各地体育场馆有序恢复开放，健身爱好者重新走进场馆，羽毛球馆、游泳馆里又热闹起来。\n\n"
        "场馆实行线上预约、线下亮码、入场测温，健身市民分时段入场。\n\n"
        "健身人群回归球馆\n\n"
        "本报乌鲁木齐4月9日电（记者李亚楠）新疆今年将建设一批社会足球场地，让更多青少年在家门口踢上足球，足球场地将向社会开放。\n\n"
        "新建足球场地优先安排在学校和社区周边。\n\n"
        "新疆今年建设一批社会足球场地\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.paragraphs[0].text[:6]) for a in arts] == [
        ("健身人群回归球馆", "本报北京4月"), ("新疆今年建设一批社会足球场地", "本报乌鲁木齐"),
    ]


def test_on_a_headline_after_body_page_a_headline_sharing_nothing_goes_with_the_body_before_it():
    page = (
        "春节临近，各地张灯结彩，游客在景区游玩，年味渐浓。\n\n"
        "喜迎新春\n\n"
        "新华社北京1月21日电 工业和信息化部21日发布数据，我国5G基站总数达到425万个。\n\n"
        "我国5G基站达到425万个\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["喜迎新春", "我国5G基站达到425万个"]
    assert arts[0].paragraphs[0].text.startswith("春节临近")


def test_on_a_headline_after_body_page_a_section_heading_over_a_turn_of_subject_stays_a_section():
    # the birdwatching feature printed headline-after-body, with a section on another subject than the paragraphs
    # above: printed headline first, 志愿巡护队夜里守河道 would open the next story, but here the text below a line is
    # never its own story's; the feature's own headline stands after its last section
    title, body = BIRDWATCHING.split("\n\n", 1)
    page = body + (
        "志愿巡护队夜里守河道\n\n"
        "天黑以后，十几名志愿者打着手电沿河道巡查，劝离下网捕鱼的人，清理岸边丢弃的塑料瓶和渔具。\n\n"
        "志愿者大多是附近小区的退休职工，排班表贴在社区活动室门口，每晚两人一组，风雨无阻。\n\n"
        f"{title}\n\n"
        "本报南京5月20日电（记者王明）江苏省今年将新建改建农村公路两千公里，重点解决群众出行难问题。\n\n"
        "省交通运输厅表示，新建道路将优先连通学校、卫生院和产业园区。\n\n"
        "江苏今年新建改建农村公路两千公里\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, len(a.paragraphs)) for a in arts] == [("湿地观鸟正当时", 7), ("江苏今年新建改建农村公路两千公里", 2)]
    assert headings(arts[0]) == ["志愿巡护队夜里守河道"]
