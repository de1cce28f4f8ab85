"""Section headings stay in their article: numbered, built alike, an interview's turns."""

from .pages import articles_with_text, headings, kinds


def test_a_line_under_the_title_built_like_the_sections_below_heads_the_first_section():
    # kicker / title / a line in two clauses, then text, then another heading of that build: the line is the
    # first section's heading, not the subtitle
    page = (
        "山西运城推动果业优化升级\n\n"
        "有了“身份证” 苹果涨身价\n\n"
        "新技术入园，论筐卖变论个卖\n\n"
        "走进山西省运城市临猗县西村的标准化苹果园，顿时眼前一亮，果树整齐排列，滴灌管道铺到每一行。\n\n"
        "和过去相比，苹果树产量低了，可果子的品质上去了，论个卖的价钱比论筐卖高出不少。\n\n"
        "品牌化助力，水果越销越远\n\n"
        "有了统一的品牌和溯源码，运城苹果走进了各地的大超市，还通过电商卖到了海外。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.kicker, art.title, art.subtitle) == ("山西运城推动果业优化升级", "有了“身份证” 苹果涨身价", None)
    assert headings(art) == ["新技术入园，论筐卖变论个卖", "品牌化助力，水果越销越远"]


def test_a_subtitle_unlike_the_sections_stays_the_subtitle():
    page = (
        "山西运城推动果业优化升级\n\n"
        "有了“身份证” 苹果涨身价\n\n"
        "果农收入三年翻了一番，全市苹果产业产值突破百亿元\n\n"
        "走进山西省运城市临猗县西村的标准化苹果园，顿时眼前一亮，果树整齐排列，滴灌管道铺到每一行。\n\n"
        "品牌化助力\n\n"
        "有了统一的品牌和溯源码，运城苹果走进了各地的大超市，还通过电商卖到了海外。\n"
    )
    (art,) = articles_with_text(page)
    assert art.subtitle == "果农收入三年翻了一番，全市苹果产业产值突破百亿元"


def test_section_headings_built_alike_stay_in_their_feature():
    page = (
        "第七届老龄产业博览会举办——\n\n养老，瞄向更智慧更便捷\n\n"
        "本届博览会吸引了众多参展商，展示了养老服务的新模式和新产品，观众数量创下新高。\n\n"
        "亮点一\n\n品牌选择多元化\n\n"
        "来自十多个国家和地区的企业参展，带来上千种养老产品，覆盖康复、护理、家居等领域。\n\n"
        "亮点二\n\n科技助力智慧养老\n\n"
        "一款智能导盲杖可以探测前方三米内的障碍物，障碍物越近，提示音越急促。\n\n"
        "亮点三\n\n特色服务构建全产业链\n\n"
        "博览会设置了无障碍生活、智慧养老、养老照护等展区，集中展示产业链上下游成果。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["养老，瞄向更智慧更便捷"]
    assert headings(arts[0]) == [
        "亮点一", "品牌选择多元化", "亮点二", "科技助力智慧养老", "亮点三", "特色服务构建全产业链",
    ]


def test_a_plain_line_after_a_kicker_and_title_is_the_first_section_heading():
    page = (
        "一项项农村改革——\n\n为乡村振兴注入新动能\n\n确权颁证，让农民吃下“定心丸”\n\n"
        "黑土地又披新绿。望着一望无际的田野，种粮大户笑得合不拢嘴。\n\n"
        "说起村里的黑土地，他有说不完的话。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.kicker, art.title, art.subtitle) == ("一项项农村改革——", "为乡村振兴注入新动能", None)
    assert kinds(art)[0] == ("heading", "确权颁证，让农民吃下“定心丸”")


def test_box_labels_with_bullet_or_colon_and_a_quotation_attribution_stay_inside():
    page = (
        "开启城市生活新境界（开卷知新）\n\n"
        "“要更加注重以人民为中心，推动城市治理体系和治理能力现代化。”\n\n——习近平\n\n"
        "城市智能化的技术重点，是在城市大数据的基础上建设城市大脑。\n\n"
        "推荐读物：\n\n"
        "1.《大数据时代》：讲述数据如何改变生活、工作与思维。\n\n"
        "■小贴士\n\n"
        "智慧城市建设要先打好数据基础。\n\n"
        "（感谢市图书馆协助采访）\n"
    )
    (art,) = articles_with_text(page)
    paragraphs = kinds(art)
    assert ("note", "——习近平") in paragraphs and ("heading", "推荐读物：") in paragraphs and ("heading", "■小贴士") in paragraphs
    assert paragraphs[-1] == ("note", "（感谢市图书馆协助采访）")


def test_a_picture_notes_box_stays_in_its_feature():
    page = (
        "分区按时抓好春耕春管\n\n"
        "眼下正是春耕备耕的关键时期，各地在做好疫情防控的同时，组织农民下田劳动，抢抓农时。\n\n"
        "农业农村部要求，分区分级抓好春耕生产，确保不误农时。\n\n"
        "图片说明：\n\n"
        "图①：广西博白县龙潭镇东岸村村民在农田劳动。\n\n骆泓铭摄（人民视觉）\n\n"
        "图②：湖南长沙县农民驾驶插秧机作业。\n\n孙 凯摄（影像中国）\n"
    )
    (art,) = articles_with_text(page)
    assert art.title == "分区按时抓好春耕春管"
    assert [p.text for p in art.paragraphs][2:4] == ["图片说明：", "图①：广西博白县龙潭镇东岸村村民在农田劳动。"]
    assert art.paragraphs[-1].text == "孙凯摄（影像中国）"


def test_numbered_section_headings_stay_in_their_document():
    page = (
        "关于推进农村改革试点的实施方案\n\n"
        "新华社北京10月11日电 近日，中共中央办公厅、国务院办公厅印发了《实施方案》，并发出通知。\n\n"
        "一、总体要求\n\n"
        "以新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。\n\n"
        "（二）工作原则\n\n"
        "——坚持解放思想、守正创新。坚持和加强党的全面领导。\n"
    )
    (art,) = articles_with_text(page)
    assert [(p.kind, p.text) for p in art.paragraphs if p.kind == "heading"] == [("heading", "一、总体要求"), ("heading", "（二）工作原则")]


def test_a_chapter_numeral_or_prologue_under_a_title_heads_the_body_not_the_headline():
    # 酿泉 / 一: a literary feature's first chapter; 习近平的扶贫故事 / 引 子: its prologue (37 to none in People's Daily 2020)
    page = (
        "酿泉\n\n一\n\n"
        "冬至后小寒前的一个清晨，明强带着我，从浙江省玉环市楚门镇山后浦出发，过南塘头路，进山谷，沿山路盘旋而上。\n\n"
        "我们看到了晨光中正在醒来的东海，又看到山腰上一间农家厨房。\n\n"
        "二\n\n"
        "泉水从石缝里渗出来，清凉甘甜，山里人家用它酿酒，已经好几代了。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "酿泉")]
    assert kinds(arts[0])[0] == ("heading", "一")
    page = "习近平的扶贫故事\n\n引 子\n\n一个个动人的故事，串联起人民领袖同扶贫事业的不解之缘。\n"
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "习近平的扶贫故事")]
    assert kinds(arts[0])[0] == ("heading", "引 子")


def test_a_day_heading_a_diary_entry_opens_no_article():
    page = (
        "病房里的春天\n\n"
        "2月9日\n\n"
        "今天是我进方舱医院的第三天，病友们渐渐熟悉起来，有人开始在床边做操，气氛比刚来时轻松了许多。\n\n"
        "傍晚护士送来了热饭，还给每张床发了一张写着加油的卡片，我把它贴在床头，看着心里暖暖的。\n\n"
        "晚上睡前大家一起聊家常，说等出院了要去看樱花，整个病区都安静下来的时候，我听见有人在轻轻哼歌。\n\n"
        "夜里值班的护士一遍遍巡视，轻手轻脚地给咳嗽的病友倒水，天快亮时她才靠着墙打了个盹。\n\n"
        "2月10日\n\n"
        "2月10日清晨，母亲打来视频电话，说家里的腊肉已经晒好，弟弟考试拿了第一名，邻居送来了一筐鸡蛋。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["病房里的春天"]
    assert arts[0].paragraphs[-1].text.startswith("2月10日清晨")


def test_a_short_question_of_an_interview_is_a_turn_not_the_next_articles_headline():
    page = (
        "国务院关税税则委员会办公室有关负责人\n\n"
        "就调整进口商品加征关税措施答记者问\n\n"
        "新华社北京2月6日电 国务院关税税则委员会6日发布公告，调整部分进口商品加征关税措施。\n\n"
        "问：请问您能详细介绍一下此次调整的具体情况吗？\n\n"
        "答：自2月14日起，加征的关税税率分别调整为5%和2.5%。\n\n"
        "记者：下一步还有什么考虑？\n\n"
        "答：我们将根据形势发展，适时作出安排。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["就调整进口商品加征关税措施答记者问"]
    assert [p.kind for p in arts[0].paragraphs] == ["body", "question", "answer", "question", "answer"]


def test_a_line_under_the_byline_that_closes_a_headline_heads_the_first_section():
    page = (
        "民宿业如何更好出发（假日观察）\n\n"
        "本报记者 李 四\n\n"
        "文旅行业在此次疫情期间受到较大冲击。清明假期，不少民宿迎来了复工后的第一波客流。\n\n"
        "塞下怀古（跟着唐诗宋词去旅游）\n\n"
        "本报记者 张 三\n\n"
        "渔家傲·秋思\n\n"
        "范仲淹（宋）\n\n"
        "塞下秋来风景异，衡阳雁去无留意。四面边声连角起，千嶂里，长烟落日孤城闭。\n\n"
        "这首词写于范仲淹镇守西北边塞之时，词中的边塞风光至今仍能在当地找到。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["民宿业如何更好出发（假日观察）", "塞下怀古（跟着唐诗宋词去旅游）"]
    assert arts[1].reporters == ["张三"] and headings(arts[1])[0] == "渔家傲·秋思"


def test_a_report_printed_in_summary_after_its_dateline_keeps_its_one_line_section_headings():
    page = (
        "最高人民法院工作报告（摘要）\n\n"
        "新华社北京5月25日电 最高人民法院院长周强25日下午向十三届全国人大三次会议作最高人民法院工作报告。摘要如下：\n\n"
        "新冠肺炎疫情发生以来，最高人民法院坚决贯彻习近平总书记重要指示精神和党中央决策部署，在中央政法委领导下，"
        "认真落实依法防控要求，单独或会同有关单位制定依法惩治妨害疫情防控犯罪等司法政策文件，服务保障疫情防控。\n\n"
        "2019年主要工作\n\n"
        "2019年，最高人民法院坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、"
        "四中全会精神，受理案件34481件，审结31905件，地方各级人民法院受理案件3156.7万件，审结、执结2902.2万件。\n\n"
        "2020年工作任务\n\n"
        "着力服务保障常态化疫情防控和全面恢复经济社会秩序，依法严惩妨害疫情防控的违法犯罪。\n"
    )
    (art,) = articles_with_text(page)
    assert art.title == "最高人民法院工作报告（摘要）"
    assert [t for k, t in kinds(art) if k == "heading"] == ["2019年主要工作", "2020年工作任务"]


def test_a_numbered_parts_marker_under_a_headline_opens_the_text_instead_of_running_on_the_headline():
    page = (
        "冲寒已觉东风暖\n\n"
        "——记习近平总书记在浙江调研疫情防控和复工复产\n\n"
        "（一）\n\n"
        "第一大港的硬核力量\n\n"
        "3月29日下午，习近平总书记来到宁波舟山港穿山港区，考察港区复工复产情况，港区一派繁忙景象。\n\n"
        "（二）\n\n"
        "数字经济的新动能\n\n"
        "在杭州城市大脑运营指挥中心，总书记察看了数字化城市管理的情况，听取了相关工作的介绍。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.title, art.subtitle) == ("冲寒已觉东风暖", "——记习近平总书记在浙江调研疫情防控和复工复产")
    assert kinds(art)[:2] == [("heading", "（一）"), ("heading", "第一大港的硬核力量")]



ESSAY = (
    "江城夜色\n\n"
    "傍晚时分，江边的风渐渐凉了下来，散步的人却越来越多。\n\n"
    "老人们沿着堤岸慢慢走，孩子们追着泡泡跑，笑声一阵接着一阵。\n\n"
    "对岸的楼群亮起了灯，一盏，两盏，很快连成了一片。\n\n"
    "轮渡靠岸又离岸，汽笛声在水面上传得很远。\n\n"
    "卖糖画的摊子前围满了人，师傅手腕一抖，一只凤凰就落在了竹签上。\n\n"
    "夜深了，江水依旧向东流去，映着满城灯火，也映着人们安稳的日子。\n\n"
)
SPRING = "春天的江边，柳枝发了新芽，散步的人又多了起来，孩子们在堤岸上放风筝。\n\n"
FERRY = "江水涨了一些，轮渡往来，对岸的花开成了一片。\n"


def test_a_first_and_only_title_after_unsectioned_prose_opens_the_next_essay():
    # a page of essays with no bylines: six paragraphs of one essay end a sentence, then a plain one-line title
    # over more prose on the same river, and no other title of its build below: sections come in series, so
    # a first and only one heads the next piece
    arts = articles_with_text(ESSAY + "江边的春色\n\n" + SPRING + FERRY)
    assert [a.title for a in arts] == ["江城夜色", "江边的春色"]
    assert arts[1].paragraphs[0].text.startswith("春天的江边")


def test_a_title_with_a_sibling_of_its_build_below_stays_a_section():
    (art,) = articles_with_text(ESSAY + "江边的春色\n\n" + SPRING + "江边的夏夜\n\n" + FERRY)
    assert headings(art) == ["江边的春色", "江边的夏夜"]




def test_a_title_like_one_beyond_a_closing_note_ahead_still_opens_a_piece():
    # the title built like this one stands beyond a closing note (（作者为…）) further down, so it heads another
    # piece, not a sibling section
    page = (
        ESSAY + "江边的春色\n\n" + SPRING + FERRY
        + "\n一场及时雨润透了江汉平原的麦田\n\n" + SPRING + FERRY + "\n（作者为本报记者）\n\n江边的秋夜\n\n" + SPRING + FERRY
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts][:2] == ["江城夜色", "江边的春色"]


def test_a_four_character_title_opens_a_piece_only_after_a_long_stretch_of_prose():
    # literary pages title essays in four characters (江边春色), but so are box labels (专家连线): after six
    # paragraphs it stays a heading, after ten it heads the next essay
    more = (
        "天渐渐亮了，江面上升起一层薄雾，早起的人们已经在码头边忙碌起来。\n\n"
        "卖早点的小店开了门，热干面的香味飘满了整条街。\n\n"
        "公交车一辆接一辆驶过大桥，车窗里是一张张赶着上班的脸。\n\n"
        "这座城就这样醒来，一天又一天，平常而又踏实。\n\n"
    )
    (short,) = articles_with_text(ESSAY + "江边春色\n\n" + SPRING + FERRY)
    assert headings(short) == ["江边春色"]
    arts = articles_with_text(ESSAY + more + "江边春色\n\n" + SPRING + FERRY)
    assert [a.title for a in arts] == ["江城夜色", "江边春色"]


def test_a_photo_reports_label_ahead_is_no_sibling_section():
    # 图片报道 heads a photo story further down: it is no section heading built like this title
    page = ESSAY + "江边的春色\n\n" + SPRING + FERRY + "\n图片报道\n\n6月7日，市民在江边公园赏花。\n"
    arts = articles_with_text(page)
    assert [a.title for a in arts][:2] == ["江城夜色", "江边的春色"]
