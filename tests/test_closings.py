"""What closes a text: credits, signatures, attributions, notes and cheers end it and head nothing."""

import os

import pytest

from archive.pipeline import reconstruct

from .conftest import FIXTURES
from .pages import articles_with_text, headings, kinds


def test_feature_page_labels_notes_and_credits_stay_in_their_article():
    with open(os.path.join(FIXTURES, "features_page.txt"), encoding="utf-8") as f:
        arts = reconstruct(f.read())
    assert [(a.title, a.subtitle) for a in arts] == [
        ("城市书房点亮夜读时光（文化视点）", None),
        ("乡村学校用上智慧教室（一线视角）", "——记者探访山区小学数字化教学"),
    ]
    first, second = arts
    assert [p.kind for p in first.paragraphs] == ["heading", "body", "body", "heading", "heading", "body", "note", "credit"]
    assert first.paragraphs[-2].text.startswith("（作者为")
    assert second.paragraphs[-1].kind == "credit" and second.paragraphs[-1].text == "制图：李华"


def test_reporter_name_alone_in_parentheses_closes_the_brief():
    page = (
        "交通银行离岸中心入驻上海自贸区临港新片区\n\n"
        "本报电 交通银行离岸金融业务中心近日入驻上海自贸区临港新片区，将为区内企业提供跨境金融服务，支持新片区建设。\n\n"
        "（李 恬）\n\n"
        "个人信用报告，到底有啥用（理财参谋）\n\n"
        "●如果信用记录良好，能够快速获得贷款、信用卡，享受优惠利率，个人信用报告是经济生活中的“身份证”。\n\n"
        "不少人只有在办理贷款时才第一次接触到个人信用报告，对它的作用了解不多，记者就此采访了有关专家。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["交通银行离岸中心入驻上海自贸区临港新片区", "个人信用报告，到底有啥用（理财参谋）"]
    assert arts[0].paragraphs[-1].text == "（李恬）" and arts[0].paragraphs[-1].kind == "note"
    assert len(arts[1].paragraphs) == 2


def test_a_post_and_name_on_the_pages_last_line_sign_the_text_above():
    page = (
        "与“懂行”的人一起，共建金融数字化未来\n\n"
        "金融业正在加快数字化转型，科技与业务的融合越来越深，数字技术的规模化应用将带来新的机遇。\n\n"
        "在“新基建”时代，我们愿与合作伙伴一起，帮助金融机构实现数字化转型。\n\n"
        "华为中国政企金融业务部总经理 刘维明\n"
    )
    arts = [a for a in articles_with_text(page) if a.kind != "fragment"]
    assert len(arts) == 1 and arts[0].paragraphs[-1].text.endswith("刘维明")
    labelled = page.replace("华为中国政企金融业务部总经理 刘维明", "图片报道（患难见真情 共同抗疫情）")
    assert not articles_with_text(labelled)[0].paragraphs[-1].text.startswith("图片报道")


def test_credits_contacts_and_attributions_close_the_article_they_follow():
    page = (
        "一声乡音暖心田（一线行走）\n\n"
        "村里的老人听不懂普通话，驻村干部就学说方言，把政策一条一条讲明白。\n\n"
        "（作者为某县扶贫干部）\n\n"
        "栏目投稿邮箱：yxxz8494@163.com\n\n"
        "图片报道\n\n"
        "社区志愿者为独居老人送上新鲜蔬菜，帮助他们解决日常生活中的难题。\n\n"
        "曹 一图 卜 拉文\n\n"
        "暖心的守护（暖闻热评）\n\n"
        "一位网友留言说，看到深夜仍在值守的身影，心里格外踏实。\n\n"
        "——@王春华\n\n"
        "本报记者 吴 君文 新华社记者 程 敏摄\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["一声乡音暖心田（一线行走）", "图片报道", "暖心的守护（暖闻热评）"]
    assert kinds(arts[0])[-1] == ("note", "栏目投稿邮箱：yxxz8494@163.com")
    assert kinds(arts[1])[-1] == ("credit", "曹一图卜拉文")
    assert [p.kind for p in arts[2].paragraphs][-2:] == ["note", "credit"]


def test_a_headline_after_a_credit_opens_the_next_article():
    page = (
        "项目建设忙\n\n"
        "3月7日，浙江省湖州市一处重点工程建设现场，工人们正在抓紧施工。\n\n"
        "王健民摄（影像中国）\n\n"
        "小公筷撬动竹产业\n\n"
        "公筷大概多长？用什么材质制作？当地企业给出了自己的答案，订单已经排到了下个月。\n\n"
        "企业负责人说，今年的产量预计比去年翻一番。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["项目建设忙", "小公筷撬动竹产业"]
    assert arts[0].paragraphs[-1].kind == "credit" and len(arts[1].paragraphs) == 2


def test_a_reporters_notes_stay_with_the_story_they_follow():
    page = (
        "北京顺义一群村民用小说、诗歌、散文记录自己的生活——\n\n田野上长出的文学社（解码·文化权益）\n\n"
        "冬日的午后，村里的文学社又热闹起来，十几位村民围坐在一起，轮流朗读自己新写的作品。\n\n"
        "文学社成立十年，社员们已经出版了好几本作品集。\n\n"
        "书写热气腾腾的故事（记者手记）\n\n"
        "采访中，记者被村民们对文学的热爱打动。他们写的是身边事，抒的是真性情。\n"
    )
    (art,) = articles_with_text(page)
    assert art.title == "田野上长出的文学社（解码·文化权益）"
    assert ("heading", "书写热气腾腾的故事（记者手记）") in kinds(art)


def test_a_dashed_attribution_after_the_text_closes_it_and_is_not_the_next_kicker():
    # ——post and name under a commentary signs it (in People's Daily 2020, 51 such lines end an article); the
    # next piece's headline stands alone
    page = (
        "惠农资金 岂能染指（监督哨）\n\n"
        "事情还要从海阳市纪委监委接到的一封举报信说起。经查，某村党支部书记隐瞒实情，骗取养牛补贴。\n\n"
        "【执纪者说】\n\n"
        "凡是群众反映强烈的问题都要严肃认真对待，凡是损害群众利益的行为都要坚决纠正。\n\n"
        "——山东省海阳市纪委书记、监委主任 盖石磊\n\n"
        "发展产业是长久之计（扶贫手记）\n\n"
        "2018年，我作为驻村第一书记来到了离家300多公里的鄂尔多斯市杭锦旗，村里的产业基础很薄弱。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "惠农资金 岂能染指（监督哨）"), (None, "发展产业是长久之计（扶贫手记）")]
    assert arts[0].paragraphs[-1].text.startswith("——山东省海阳市纪委书记")


@pytest.mark.parametrize(
    "page, titles, note",
    [
        (  # who compiled the piece, with no brackets round it
            (
                "守住山清水秀（小康路上·绿色力量）\n\n"
                "环境美起来，才能留得住客。守住十八洞村的山清水秀，也是为我们的子孙后代留下一片好山好水。\n\n"
                "本报记者 王云娜整理\n\n"
                "小家电 大市场（假日观察）\n\n"
                "把腌好的小排切成小块，拌入少许黄酒，放进空气炸锅，十几分钟就能出锅，小家电成了不少家庭的新宠。\n"
            ),
            ["守住山清水秀（小康路上·绿色力量）", "小家电 大市场（假日观察）"],
            "本报记者王云娜整理",
        ),
        (  # a short label over an e-mail address alone
            (
                "又到赏梅好时节（绿色家园）\n\n"
                "不畏寒、不争春的梅花，将一直盛开在大江南北，一直绽放在人们心中。\n\n"
                "电子信箱：lvse@example.com\n\n"
                "图书馆里的新年（文化观察）\n\n"
                "新年假期，市图书馆的阅览室座无虚席，不少家长带着孩子来借书、听讲座。\n"
            ),
            ["又到赏梅好时节（绿色家园）", "图书馆里的新年（文化观察）"],
            "电子信箱：lvse@example.com",
        ),
    ],
)
def test_a_closing_line_ends_the_text_above_and_is_not_the_next_kicker(page, titles, note):
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, titles[0]), (None, titles[1])]
    assert kinds(arts[0])[-1] == ("note", note)


def test_a_title_whose_text_closes_on_its_own_source_opens_a_story():
    # an international page: a commentary, then a correspondent's story under a one-line title that ends on
    # its source line; a feature's sections end on one source line after the last section only
    page = (
        "政治打压中国媒体暴露美方虚伪性（钟声）\n\n"
        "当地时间3月2日，美方宣布限期对5家中国媒体驻美人员实行“人数上限”。\n\n"
        "媒体是各国人民加强沟通、增进理解的重要桥梁和纽带。\n\n"
        "铁的事实充分表明，美方的所谓“对等”借口十分荒谬。\n\n"
        "德国加强新冠肺炎疫情防控\n\n"
        "德国疾病防控机构罗伯特·科赫研究所最新公布的数据显示，德国确诊病例继续增加。\n\n"
        "德国各级政府正积极行动，制定多种应对策略。\n\n"
        "（本报柏林3月3日电）\n\n"
        "世界银行下调经济增长预期\n\n"
        "据新华社华盛顿3月3日电 世界银行3日发布报告，下调今年全球经济增长预期。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["政治打压中国媒体暴露美方虚伪性（钟声）", "德国加强新冠肺炎疫情防控", "世界银行下调经济增长预期"]
    germany = arts[1]
    assert germany.dateline == "本报柏林3月3日电" and germany.paragraphs[0].text.startswith("德国疾病防控机构")


def test_a_section_before_a_features_closing_source_stays_in_the_feature():
    page = (
        "“武汉也是我的家”\n\n"
        "——四名外国友人的抗疫故事\n\n"
        "在武汉，生活着数以万计的外国人。新冠肺炎疫情发生后，他们和武汉人一起抗击疫情。\n\n"
        "中国好，世界才会好\n\n"
        "“我就是地道的‘武汉人’。”阿部讲得一口流利的汉语。\n\n"
        "我们一起来保护武汉\n\n"
        "“这是中国人民的特殊时刻，我要同他们在一起。”杨康说。\n\n"
        "（本报武汉3月3日电）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["“武汉也是我的家”"]
    assert headings(arts[0]) == ["中国好，世界才会好", "我们一起来保护武汉"]


def test_a_tagged_title_after_a_compiled_by_note_opens_the_next_story_with_its_title():
    page = (
        "新时代深化党的自我革命的生动实践\n\n"
        "在1月8日召开的主题教育总结大会上，习近平总书记发表重要讲话，在各地党员干部中引起强烈反响。\n\n"
        "广大党员、干部表示，要把学习成果转化为推动工作的实际成效。\n\n"
        "（本报记者江琳、贺勇、朱磊采写）\n\n"
        "喜出深山（记录中国·暖暖的新家）\n\n"
        "近日，云南昭通多个县区的群众陆续从大山深处搬出。\n\n"
        "其中，彝良县15个乡镇的群众搬进县城南部的易地扶贫搬迁集中安置区，住进新房。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["新时代深化党的自我革命的生动实践", "喜出深山（记录中国·暖暖的新家）"]
    assert arts[1].reporters == [] and arts[1].paragraphs[0].text.startswith("近日")


def test_a_cheer_after_the_text_over_the_next_storys_headline_and_dateline_ends_the_text():
    page = (
        "武汉加油\n\n"
        "这是一场没有硝烟的战斗，每一位医护人员都在拼尽全力，每一位市民都在默默坚守，城市在等待春天。\n\n"
        "武汉必胜！湖北必胜！中国必胜！\n\n"
        "多地医疗队驰援湖北\n\n"
        "新华社武汉2月10日电（记者张三）10日，又有多支医疗队抵达湖北，投入到救治工作中。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "武汉加油"), (None, "多地医疗队驰援湖北")]
    assert arts[0].paragraphs[-1].text == "武汉必胜！湖北必胜！中国必胜！"


def test_a_cheer_closing_the_page_is_the_last_line_of_the_text_above():
    page = (
        "风雨无阻向前进\n\n"
        "从艰难困苦中走来，在风霜雨雪中跋涉，我们对困难和挑战从不陌生，也从来没有被吓倒过。\n\n"
        "武汉必胜！湖北必胜！中国必胜！\n"
    )
    arts = articles_with_text(page)
    assert [p.text for p in arts[0].paragraphs][-1] == "武汉必胜！湖北必胜！中国必胜！"


def test_a_cross_reference_after_a_closing_dateline_stays_in_the_article():
    page = (
        "国务院印发关于推进物流降本增效的意见\n\n"
        "意见提出，到2025年，社会物流总费用与国内生产总值的比率进一步下降，物流服务质量明显提升。\n\n"
        "（新华社北京4月9日电）\n\n"
        "（相关报道见第六版）\n"
    )
    arts = [a for a in reconstruct(page) if a.kind != "fragment"]
    assert len(arts) == 1 and arts[0].paragraphs[-1].text == "（相关报道见第六版）"


def test_a_layout_credit_ends_the_feature_even_before_a_headline_over_a_speakers_line():
    page = (
        "凝心聚力战疫情（艺文观察）\n\n"
        "在线上，各类演出机构也为公众提供了丰富的文艺节目，让人们足不出户就能欣赏到精彩的演出。\n\n"
        "在这次防疫主题文艺宣传中，网络媒介显示出独特优势，作品传播得更快更广。\n\n"
        "版式设计：蔡华伟\n\n"
        "我们的心声\n\n"
        "“我随时准备着”\n\n"
        "刘兰芳（中国曲艺家协会名誉主席）\n\n"
        "疫情发生以来，我一直关注着防控一线的消息，和曲艺界的同行们一起创作了一批作品。\n"
    )
    arts = articles_with_text(page)
    assert arts[0].title == "凝心聚力战疫情（艺文观察）"
    assert len(arts) == 2 and arts[0].paragraphs[-1].text == "版式设计：蔡华伟"
    assert arts[1].paragraphs[-1].text.startswith("疫情发生以来")


def test_a_note_in_brackets_after_a_text_ends_it_and_heads_nothing():
    page = (
        "我的战友（一线讲述）\n\n"
        "身为一名医生，奋战在火神山医院的这些日子里，我和战友们一起守护着每一位患者。\n\n"
        "这个夜班，恰逢雨后放晴，我们走出病区透透气，她说等疫情过去，要带孩子去看樱花。\n\n"
        "（讲述人张久聪，为支援湖北医疗队队员）\n\n"
        "衔泥\n\n"
        "春天，燕子又飞到古巷人家前，衔来新泥，在屋檐下筑起了巢，孩子们仰着头看个不停。\n\n"
        "燕子来来去去，一天要衔几十趟泥，老人说，燕子在谁家筑巢，谁家就有福气。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "我的战友（一线讲述）"), (None, "衔泥")]
    assert kinds(arts[0])[-1] == ("note", "（讲述人张久聪，为支援湖北医疗队队员）")


def test_a_long_dash_line_closing_on_the_verb_of_saying_names_who_spoke_the_words_above():
    page = (
        "做到“两手抓” 夺取“双胜利”（声音）\n\n"
        "要多从群众角度想问题，既守牢疫情防控的防线，又尽可能减少对群众生产生活的影响。\n\n"
        "——吉林省委书记日前在全省统筹推进疫情防控和经济社会发展“三抓”“三早”行动动员大会上说\n\n"
        "（本报记者 岳富荣整理）\n\n"
        "在春天植下绿色希望（人民时评）\n\n"
        "春暖花开，万物复苏。各地年度植树造林任务完成过半，处处可见义务植树的身影。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["做到“两手抓” 夺取“双胜利”（声音）", "在春天植下绿色希望（人民时评）"]
    assert [p.kind for p in arts[0].paragraphs][-2:] == ["note", "note"]


def test_the_pages_makers_credited_on_one_line_close_the_text_above_and_head_nothing():
    page = (
        "蓝领，撑起一片蓝天（第一落点）\n\n"
        "有尊严、有出路、有奔头，技术学好同样可以发光发热，这样的观念正在越来越多的年轻人中扎根。\n\n"
        "本期统筹：胡安琪 制图：沈亦伶\n\n"
        "砥砺奋进当鼓“气”（人民论坛）\n\n"
        "“天地英雄气，千秋尚凛然”。砥砺奋进，需要一股精气神，更需要久久为功的韧劲。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "蓝领，撑起一片蓝天（第一落点）"), (None, "砥砺奋进当鼓“气”（人民论坛）")]
    assert kinds(arts[0])[-1] == ("credit", "本期统筹：胡安琪制图：沈亦伶")
