"""Photos and photo stories: captions, credits and a photo's own headline."""

from archive.photos import credit_ahead
from archive.pipeline import reconstruct

from .conftest import seed_text
from .pages import articles_with_text, by_title, headings, kinds, narrow, page_blocks


def test_photo_captions_with_credit():
    arts = reconstruct(seed_text("001"))
    photo = by_title(arts, "涠洲岛")
    assert photo.kind == "photo"
    assert "金皓原" in photo.contributors


def test_a_photographer_credited_after_a_drone_shot_note_in_the_same_caption_is_read():
    # seed 000 prints the caption whole on one line: （无人机照片） comes first, the (misprinted) credit
    # （新华社（郑家裕 摄） last; the credit is the caption's whichever bracket comes first
    (photo,) = [a for a in reconstruct(seed_text("000")) if a.kind == "photo"]
    assert "（无人机照片）" in photo.paragraphs[0].text
    assert photo.contributors == ["郑家裕"]


def test_photo_report_credit_closes_the_photo_story():
    from archive.blocks import is_lone_credit

    assert is_lone_credit("史自强 武殿森摄影报道") and is_lone_credit("新华社记者 金皓原 摄")
    assert not is_lone_credit("风雨洗礼更坚劲（经济长期向好的基本面没有改变②）")


def test_a_credit_naming_two_photographers_or_words_and_supplier_closes_the_photo_story():
    # the credit under a photo story names reporter and correspondent, or whose words and whose picture: it is
    # the story's last line, not the kicker of the report below
    page = (
        "攀\n\n"
        "3月31日，重庆的一家攀岩示范公园内，12岁的王炳棠在专业人士的指导下练习攀岩。\n\n"
        "本报记者 崔 佳 本报通讯员 周 舸摄影报道\n\n"
        "第十四届全运会发布志愿者招募方案\n\n"
        "据新华社西安4月1日电 （记者姚友明）第十四届全国运动会陕西省筹委会4月1日正式发布志愿者招募方案。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "攀"), (None, "第十四届全运会发布志愿者招募方案")]
    assert arts[0].paragraphs[-1].kind == "credit" and arts[0].paragraphs[-1].text.endswith("摄影报道")
    from archive.blocks import is_lone_credit

    assert is_lone_credit("本报记者 徐 伟文 中国国家能源集团国华电力公司供图")
    assert is_lone_credit("中国驻马来西亚哥打基纳巴卢总领事馆供图 本报记者 林 芮文")
    assert not is_lone_credit("本报记者 张 文")  # a reporter named 张文, no picture credited


def test_a_photo_credit_spaced_from_its_agency_or_without_its_verb_is_not_the_next_title():
    # 姬 东摄 （人民视觉）, 胥 鹏（人民视觉）: the photo story's credit, not the headline of the story below
    page = (
        "怀旧餐厅 品出新意\n\n"
        "近日，广州市一家怀旧主题餐厅吸引了不少食客。据了解，餐厅复原了上世纪的街景和陈设。\n\n"
        "图为食客们在用餐。\n\n"
        "姬 东摄 （人民视觉）\n\n"
        "安徽高中将迎新课改\n\n"
        "本报合肥7月14日电（记者田先进）安徽省近日印发方案，今年秋季起高一年级实施新课程新教材。\n\n"
        "图片报道\n\n"
        "28日，太原铁路公安局大同公安处应县车站派出所民警在车站进行消毒作业。\n\n"
        "胥 鹏（人民视觉）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["怀旧餐厅 品出新意", "安徽高中将迎新课改", "图片报道"]
    assert arts[0].paragraphs[-1].text == "姬东摄（人民视觉）" and arts[2].paragraphs[-1].kind == "credit"


def test_a_section_over_a_short_stretch_closed_by_a_data_source_is_not_a_photo_story():
    # 数据来源：… closes the whole advertorial, as a layout credit closes a feature: the heading two paragraphs
    # above it heads the advertorial's last section, not a photo's caption
    page = (
        "中国人寿 青山写华章 产业扶贫助力脱贫攻坚\n\n"
        "中国人寿坚决贯彻落实党中央决策部署，把脱贫攻坚作为重大政治任务，累计投入帮扶资金数亿元。\n\n"
        "公司在定点扶贫县发展特色种植养殖，带动贫困户稳定增收，受到当地群众欢迎。\n\n"
        "扶贫步履不停\n\n"
        "中国人寿凭借机构多、布局广、人才储备足的优势，坚持“脱贫要精准，扶贫先扶智”。\n\n"
        "中国人寿将以必胜的信心、昂扬的斗志，为决战决胜脱贫攻坚贡献力量。\n\n"
        "数据来源：中国人寿保险（集团）公司\n"
    )
    (art,) = articles_with_text(page)
    assert headings(art) == ["扶贫步履不停"] and art.paragraphs[-1].kind == "credit"


def test_running_text_that_points_at_a_photo_in_passing_is_not_a_caption():
    page = (
        "建筑翻新助力欧盟绿色增长（国际视点）\n\n"
        "欧盟提出“翻新浪潮”计划，力争在未来十年内使建筑翻新率翻一番，以减少能源消耗和碳排放。\n\n"
        "建筑翻新 效益可观\n\n"
        "比利时荷语布鲁塞尔自由大学游泳馆（见图，本报记者方莹馨摄），是一座有着几十年历史的老建筑，经过翻新后焕然一新。\n\n"
        "据学校负责人介绍，老馆在使用中能耗很高，翻新后每年可节省大量电费和燃气费。\n"
    )
    (art,) = articles_with_text(page)
    assert headings(art) == ["建筑翻新 效益可观"]


def test_a_line_ending_on_the_verb_shot_is_no_photo_credit():
    # …无人机拍摄 / 的九曲黄河灯阵。 in 14-character columns: 拍摄 is the verb (shot by drone), not a credit (王 松摄)
    # ending the line
    page = narrow([
        "长三角一体化发展成果正在更多更好惠及民生。",
        "黄河灯阵待客来",
        "1月14日，在甘肃省张掖市甘州区碱滩镇古城村，无人机拍摄的九曲黄河灯阵。",
        "春节临近，位于古城村的九曲黄河灯阵近日完成灯光的安装和调试，将于农历正月初五正式对游客开放。",
        "九曲黄河灯阵起源于黄河沿岸，是一种融合了民间灯会、游艺和祈福习俗的传统文化活动，至今已有数百年历史。",
        "马希平摄（新华社发）",
    ])
    art = next(a for a in articles_with_text(page) if a.title == "黄河灯阵待客来")
    assert (art.kind, art.subtitle) == ("article", None)
    assert art.paragraphs[0].text == "1月14日，在甘肃省张掖市甘州区碱滩镇古城村，无人机拍摄的九曲黄河灯阵。"


def test_a_caption_walk_stopped_by_its_limit_starts_where_a_paragraph_starts():
    # in 14-character columns every line fits the caption column, so the walk back from the credit stops at
    # its limit, here inside the first paragraph: the caption starts at a paragraph, not halfway through one
    page = narrow([
        "长三角一体化发展成果正在更多更好惠及民生。",
        "欢乐冰雪节",
        "5日晚，第三十六届中国·哈尔滨国际冰雪节在黑龙江哈尔滨冰雪大世界开幕，各地游客纷纷前来观赏冰灯和雪雕。",
        "本届冰雪节以“冰雪之冠上的明珠”为主题，以创新视觉呈现、创新互动体验、创新宣传推广为宗旨，开幕式期间组织了交响乐演出。",
        "冰雪节期间还将举办冰雪旅游发展论坛、国际冰雪城市合作与发展论坛等一百多项活动，持续到二月底，市民和游客可以在松花江上体验冰上运动。",
        "游客们纷纷表示，今年的冰灯比往年更美了。",
        "新华社记者 王 松摄",
    ])
    art = next(a for a in articles_with_text(page) if a.title == "欢乐冰雪节")
    assert art.subtitle is None
    assert art.paragraphs[0].text.startswith("5日晚") and art.paragraphs[0].text.endswith("观赏冰灯和雪雕。")


def test_photo_story_with_headline_and_credit_after_its_caption_is_its_own():
    page = (
        "代表委员——\n\n守护一方水土（履职故事）\n\n"
        "今年以来，李明多次深入山区调研，推动当地建成三座污水处理站，群众的饮水问题有了着落。\n\n"
        "他说，履职就是要把群众的事放在心上，一件一件办好。\n\n"
        "冰雪运动进校园\n\n"
        "1月10日，河北省张家口市一所小学的学生在操场上体验冰雪运动。\n\n"
        "近年来，当地把冰雪运动纳入体育课程，参与学生超过两万人。\n\n"
        "张 华摄（人民视觉）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["守护一方水土（履职故事）", "冰雪运动进校园"]
    assert arts[0].paragraphs[-1].text.startswith("他说，履职就是")
    assert [p.kind for p in arts[1].paragraphs][-1] == "credit"


def test_a_long_caption_without_a_full_stop_over_the_next_dateline_is_no_title():
    page = (
        "三峡库区首艘新能源滚装船下水\n\n"
        "新华社武汉1月20日电 三峡库区首艘新能源滚装船20日在湖北省秭归县顺利下水。\n\n"
        "该船设计载重8000多吨，采用甲醇单一燃料发电和电力驱动的动力系统。\n\n"
        "1月21日在湖北省秭归县华星船务有限公司专用码头进行舾装的新能源滚装船（无人机照片）新华社记者 肖艺九 摄\n\n"
        "新华社北京1月21日电 （记者 张晓洁）记者21日从工业和信息化部获悉，我国制造业总体规模连续15年保持全球第一。\n"
    )
    titles = [a.title for a in articles_with_text(page)]
    assert not any(t and t.startswith("1月21日") for t in titles)


def test_a_cry_after_a_finished_text_over_a_caption_and_a_photographers_credit_is_a_photo_storys_title():
    story = (
        "村里建起文化广场\n\n"
        "本报杭州3月9日电 （记者王明）记者从浙江省文化和旅游厅获悉，全省今年将新建文化广场一千处，覆盖所有行政村。\n\n"
        "据介绍，广场将配备灯光、音响和健身器材，由各村村委会负责日常管理，供村民们开展各类文体活动。\n\n"
    )
    photo = (
        "看电影啦，回来了！\n\n"
        "在四川省华蓥市的山区，露天电影近日恢复放映，村民们搬来板凳，围坐在银幕前观看影片。\n\n"
        "图为3月8日，华蓥市红岩乡的村民在观看露天电影。\n\n"
        "邱海鹰摄（人民视觉）\n"
    )
    arts = articles_with_text(story + photo)
    assert [a.title for a in arts] == ["村里建起文化广场", "看电影啦，回来了！"]
    assert arts[1].paragraphs[0].text.startswith("在四川省华蓥市")
    # the same cry inside a text with no photographer's credit below is a paragraph of it
    (art,) = articles_with_text(story + photo.replace("邱海鹰摄（人民视觉）", "村民们说，这样的日子越过越有滋味。"))
    assert "看电影啦，回来了！" in [p.text for p in art.paragraphs]


def test_a_one_line_title_over_a_photo_story_of_four_paragraphs_closed_by_its_photographer_heads_it():
    page = (
        "沂源苹果喜获丰收\n\n"
        "眼下，山东省沂源县的苹果进入采摘季，果农们忙着采摘、分拣、装箱，田间地头一派繁忙景象，苹果销路很好。\n\n"
        "果园里的新技术\n\n"
        "近年来，沂源县引进苹果新品种、推广种植新技术，苹果产量和品质逐年提高，苹果远销全国各地。\n\n"
        "果农们的好日子\n\n"
        "种苹果的收入越来越高，沂源县的果农们盖起了新房，买上了小汽车，日子越过越红火。\n\n"
        "苹果红了\n\n"
        "正值苹果采摘上市的季节，沂源县里炮村的果农们忙着采摘苹果，村里的苹果今年又是一个丰收年。\n\n"
        "近年来，里炮村引进苹果新品种，苹果产量和品质逐年提高，苹果远销全国各地。\n\n"
        "里炮村苹果今年产量达一百七十万斤，村民人均增收三千多元，全村的贫困户都靠种苹果过上了好日子。\n\n"
        "图为村民正将采收的苹果分拣装箱，准备通过网络销往全国各地，一箱苹果能卖到一百多元。\n\n"
        "本报记者 贺 勇摄\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["沂源苹果喜获丰收", "苹果红了"]
    assert [len(a.paragraphs) for a in arts] == [5, 5]


def test_a_pointer_to_a_photo_beside_the_text_neither_closes_the_text_nor_heads_a_new_one():
    page = (
        "丰收节里探农机\n\n"
        "大田种粮“神器”多（深度观察）\n\n"
        "【农业物联网】\n\n"
        "手机上就能看地里苗情\n\n"
        "本报记者 史自强\n\n"
        "在黑龙江省的一处农场，技术员打开手机，地里的温度、湿度和苗情一目了然，种地越来越省心了。\n\n"
        "（见图②）\n\n"
        "【育秧流水线】\n\n"
        "育秧插秧 一气呵成\n\n"
        "本报记者 郁静娴\n\n"
        "育秧流水线集铺土、洒水、播种、覆土等功能于一体，能大大提高育秧效率，节省大量人工。\n"
    )
    (art,) = articles_with_text(page)
    assert art.title == "大田种粮“神器”多（深度观察）"
    assert ("body", "（见图②）") in kinds(art)


def test_a_photo_storys_short_lead_keeps_the_caption_and_credit_below_it():
    page = (
        "贵州加快发展乡村旅游\n\n"
        "本报贵阳8月25日电 （记者苏滨）贵州省近日出台措施，加快发展乡村旅游，带动农民增收致富，推动乡村振兴。\n\n"
        "侗寨晒秋\n\n"
        "位于贵州省黔东南苗族侗族自治州从江县往洞镇的增冲村，历史悠久、风光秀丽，保留着侗族传统生产方式与生活风俗。\n\n"
        "初秋时节，村民将抢收的辣椒、黄豆等农作物晾晒在村寨的戏台前院坝里。（无人机照片）\n\n"
        "吴德军摄（人民视觉）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["贵州加快发展乡村旅游", "侗寨晒秋"]
    assert len(arts[1].paragraphs) == 3


def test_a_photos_headline_over_a_long_caption_holds_in_narrow_columns():
    # A long caption, a 图为 line and the credit: the re-wrap marks the 图为 line as the caption's, and the credit
    # below it still closes a photo story under its own title, as on the plain page.
    paragraphs = [
        "“我们接过了老师的接力棒。”赵东说，自己选择做医务志愿者，也是一种传承，老师把当年抗击非典战斗中学到的宝贵经验教给了我们。",
        "送菜上门",
        "疫情发生以来，56岁的社区民警杨秀林已在一线工作超过30天，每天在派出所所辖各社区巡逻并为有需求的困难群众送菜、肉、"
        "鸡蛋等生活必需品。家住天后社区的小欣只有13岁，家里只剩她一人。杨秀林时常在巡逻、封控的间隙去看望她，自掏腰包给她买些"
        "酸奶、水果和鸡蛋，并为她每天测量体温。小欣说，杨叔叔就像自己的家人一样，每天都来看她，她一点也不害怕了。社区干部也轮流上门看望，帮她准备一日三餐和学习用品。",
        "图为杨秀林警官正在给独自在家隔离的小欣送食品。",
        "本报记者 张武军摄",
    ]
    for page in ("\n\n".join(paragraphs) + "\n", narrow(paragraphs)):
        blocks = page_blocks(page)
        title = next(k for k, b in enumerate(blocks) if b.text == "送菜上门")
        assert credit_ahead(blocks, title + 1), page
        assert [a.title for a in reconstruct(page) if a.kind != "fragment"][-1] == "送菜上门"


def test_a_photo_credit_whose_source_a_full_line_pushed_down_stays_one_credit():
    paragraphs = [
        "国家重点输变电项目",
        "云贵互联通道工程直流线路全线贯通",
        "4月20日，国家重点输变电项目——云贵互联通道工程直流线路全线贯通。按计划，该工程将于今年6月底前投运。",
        "图为工作人员正在该工程贵州境内8标段施工。",
        "本报记者 罗艾桦文 许朝平摄（人民视觉）",
    ]
    page = narrow(paragraphs)
    assert "许朝平摄\n（人民视觉）" in page
    [photo] = [a for a in reconstruct(page) if a.title == "云贵互联通道工程直流线路全线贯通"]
    assert photo.paragraphs[-1].text == "本报记者罗艾桦文许朝平摄（人民视觉）"


def test_a_credit_whose_photo_report_a_full_line_cut_after_its_shot_stays_whole():
    # 新华社记者 周 畅 周 牧摄 / 影报道: 摄影报道 cut in two; 影报道 is neither a headline nor the next article's
    paragraphs = [
        "全民健身赛事在合肥举行",
        "11月22日，选手在比赛中。本次赛事由中华全国体育总会、国家体育总局社会体育指导中心主办。",
        "新华社记者 周 畅 周 牧摄影报道",
        "北京冬奥会和冬残奥会项目审议会召开",
        "本报北京11月23日电 （记者季芳）国际奥委会—国际残奥委会北京冬奥会和冬残奥会项目审议会日前以视频方式召开。",
    ]
    page = narrow(paragraphs)
    assert "周 牧摄\n影报道" in page
    arts = [a for a in reconstruct(page) if a.kind != "fragment"]
    assert [a.title for a in arts] == ["全民健身赛事在合肥举行", "北京冬奥会和冬残奥会项目审议会召开"]
    assert arts[0].paragraphs[-1].text.endswith("摄影报道") and arts[1].kicker is None


def test_a_photos_title_filling_the_column_under_its_kicker_is_no_caption_line():
    # 中职篮复赛第二阶段 / 广东东莞银行队战胜浙江广厦队: the title runs exactly the column's 14 characters, alone between
    # blank lines under its short kicker; the caption below starts after it
    paragraphs = [
        "将东京奥运会的挑战摆上这方棋盘，落子运筹间，新局在其中。",
        "中职篮复赛第二阶段",
        "广东东莞银行队战胜浙江广厦队",
        "7月16日，广东东莞银行队球员易建联（右）在比赛中伺机突破。",
        "当日，在山东青岛举行的CBA复赛第二阶段比赛中，广东东莞银行队以104∶97战胜浙江广厦队。",
        "新华社记者 郭绪雷摄",
    ]
    page = narrow(paragraphs)
    [photo] = [a for a in reconstruct(page) if a.kind == "photo"]
    assert (photo.kicker, photo.title) == ("中职篮复赛第二阶段", "广东东莞银行队战胜浙江广厦队")
    assert photo.paragraphs[0].text.startswith("7月16日")


def test_a_photo_credit_in_brackets_inside_a_sentence_that_a_wrap_cut_at_its_bracket_is_no_caption():
    # …游泳馆（见图，本报记者方莹馨摄 / ），是…: the line ends on the credit, but its bracket closes on the next line
    # and the sentence goes on; no caption starts or ends there
    paragraphs = [
        "建筑翻新 效益可观",
        "比利时荷语布鲁塞尔自由大学游泳馆（见图，本报记者方莹馨摄），是比利时布鲁塞尔大区的示范建筑。"
        "银白色的墙体、不规则几何形状的外观，在绿草坪和蓝天白云的映衬下，极具简约美感和时尚气息。",
        "据学校负责人介绍，老馆在使用了25年后，机电设备老化，外墙和屋顶不再符合现行节能标准。",
    ]
    page = narrow(paragraphs)
    assert "方莹馨摄\n），是" in page
    blocks = page_blocks(page)
    assert [b.text[:6] for b in blocks] == ["建筑翻新 效", "比利时荷语布", "据学校负责人"]
    assert not any(b.caption for b in blocks)


def test_a_photos_title_straight_after_a_finished_paragraph_heads_its_caption_with_no_blank_lines():
    # No blank lines at all: the title (13 characters, short of the 14-character column, no clause in it) stands
    # straight after a paragraph's last sentence; the caption's walk back from the credit stops there.
    paragraphs = [
        "“有大家的理解支持，以心换心累也值！”潘丽娟说。",
        "雷神山医院里的“艺术长廊”",
        "3月4日，在武汉雷神山医院，来自武汉第一医院的陈娅莉拍摄同事的图画。雷神山医院过道间的墙壁，逐渐成为医护人员表达内心感受的窗口。",
        "新华社记者 程 敏摄",
    ]
    page = narrow(paragraphs, between="\n")
    [photo] = [a for a in reconstruct(page) if a.kind == "photo"]
    assert photo.title == "雷神山医院里的“艺术长廊”"
    assert photo.paragraphs[0].text.startswith("3月4日")
