"""Headline runs: kicker, title and subtitle as printed, and what under a headline opens its text instead."""

import pytest

from archive.pipeline import reconstruct

from .conftest import seed_text
from .pages import articles_with_text, by_title, headings, kinds, narrow, page_blocks, rewrap


def test_kicker_and_title_from_separate_lines():
    arts = reconstruct(seed_text("001"))
    first = arts[0]
    assert (first.kicker, first.title) == ("连续15年规模全球第一！", "2024年中国制造“成绩单”请收下")
    assert first.reporters == ["张晓洁", "张辛欣"]


def test_markdown_headings_kicker_title_and_missing_headline():
    arts = reconstruct(seed_text("003"))
    first = arts[0]
    assert (first.kicker, first.title) == ("工业和信息化部：", "我国制造业总体规模连续15年保持全球第一")
    assert first.reporters == ["崔爽"] and first.agency == "科技日报"
    # 科技日报北京1月21日电（记者吴叶凡）… stands with no headline: the title stays empty
    headless = next(a for a in arts if a.reporters == ["吴叶凡"])
    assert headless.title is None


def test_lead_line_after_a_subtitle_is_body_not_headline():
    page = (
        "分类指导，做到精准高效防控（评论员观察）\n\n——把疫情防控工作抓细抓实③\n\n"
        "疫情防控是一个复杂的系统工程，会随着疫情形势变化而产生不同的工作重点\n\n"
        "多次召开会议、多次听取汇报、实地调研指导工作、视频连线抗疫前线……新冠肺炎疫情发生以来，习近平总书记多次就防控工作"
        "发表重要讲话、作出重要指示，为打赢疫情防控人民战争、总体战、阻击战指明了方向。\n\n"
        "分类指导，首先要做到因地制宜。不久前，国务院联防联控机制印发《关于科学防治精准施策分区分级做好新冠肺炎疫情防控工作的"
        "指导意见》，要求各地区各部门科学防治、精准施策。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.title, art.subtitle) == ("分类指导，做到精准高效防控（评论员观察）", "——把疫情防控工作抓细抓实③")
    assert art.paragraphs[0].text == "疫情防控是一个复杂的系统工程，会随着疫情形势变化而产生不同的工作重点"
    assert len(art.paragraphs) == 3


def test_a_long_lead_line_without_a_comma_after_a_subtitle_is_body_not_headline():
    page = (
        "生态文明，描绘美丽画卷（人民观点）\n\n——“十三五”经济社会发展的启示④\n\n"
        "“十三五”时期是迄今为止生态环境质量改善成效最大、生态环境保护事业发展最好的5年\n\n"
        "我国把生态文明建设放在突出地位，融入经济社会发展各方面和全过程，努力建设人与自然和谐共生的现代化。\n\n"
        "不久前，生态环境部公布了第四批国家生态文明建设示范市县名单，87个市县入选。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.title, art.subtitle) == ("生态文明，描绘美丽画卷（人民观点）", "——“十三五”经济社会发展的启示④")
    assert art.paragraphs[0].text.startswith("“十三五”时期是迄今为止") and len(art.paragraphs) == 3


def test_a_count_in_parentheses_is_not_a_column_tag():
    from archive.labels import COLUMN_TAG_RE

    assert COLUMN_TAG_RE.search("携手迈向共同繁荣的未来（和音）") and COLUMN_TAG_RE.search("个人信用报告，到底有啥用（理财参谋）")
    assert not COLUMN_TAG_RE.search("全国劳动模范（53个）") and not COLUMN_TAG_RE.search("贡献奖（共24人）")
    assert not COLUMN_TAG_RE.search("工作原则（二）")


def test_a_long_clause_under_a_short_title_is_the_pull_quote_opening_the_text():
    # a commentary's title, then its pull quote in clauses, then undated text: the quote is the first paragraph
    page = (
        "汇聚体育的力量\n\n"
        "在重要场次比赛中闯难关、拔头筹，以酣畅淋漓的胜利提振信心、鼓舞斗志\n\n"
        "2月8日，面对西班牙女篮在最后5分钟掀起的反击狂潮，中国女篮顶住巨大压力，最后以两分的优势拿下比赛。\n\n"
        "在关键场次比赛中，一支队伍能不能拼下来，是检验队伍意志品质是否过关的试金石。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.kicker, art.title, art.subtitle) == (None, "汇聚体育的力量", None)
    assert art.paragraphs[0].text.startswith("在重要场次比赛中闯难关")
    assert len(art.paragraphs) == 3


def test_a_clause_under_a_short_title_over_a_dateline_stays_the_subtitle():
    page = (
        "抗疫特别国债首发一千七百亿元\n\n"
        "通过竞争性招标确定票面利率，个人也可购买\n\n"
        "本报北京6月16日电 （记者曲哲涵）财政部16日首次发行抗疫特别国债，规模为1000亿元。\n\n"
        "此次发行的国债为5年期固定利率附息债。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.title, art.subtitle) == ("抗疫特别国债首发一千七百亿元", "通过竞争性招标确定票面利率，个人也可购买")


def test_a_kicker_and_title_like_the_headline_over_the_next_dateline_still_open_an_article():
    # after a feature, a report under kicker and title built like the headline straight over the next
    # dateline: that headline heads a dated story of its own, so the report is not one of the feature's sections
    page = (
        "醉心植物分类学七十载，94岁仍伏案办公，王文采——\n\n"
        "他为中国植物建档案（自然之子）\n\n"
        "在中国科学院植物研究所的标本馆里，94岁的王文采院士仍每天伏案工作，整理标本，修订书稿。\n\n"
        "七十年来，他走遍大江南北，采集和鉴定的植物标本数以万计，发表新种上千个。\n\n"
        "“只要还能动，就要把这件事做下去。”王文采说。\n\n"
        "长江“禁渔令”实施近半年——\n\n"
        "偷捕现象未绝，“江鲜”仍在交易\n\n"
        "从2020年1月1日开始，长达十年的长江禁渔期正式开启，但记者调查发现，一些地方仍有偷捕现象。\n\n"
        "在部分农贸市场和餐馆，打着“江鲜”招牌的鱼类仍在销售，执法部门表示将加大打击力度。\n\n"
        "安徽选定30个林长制改革试点区域\n\n"
        "在六大片区设立不同类型的示范区先行区\n\n"
        "本报合肥6月15日电 （记者游仪）安徽省近日选定30个林长制改革示范先行区，在六大片区分类推进。\n\n"
        "先行区建设由省林长办统一组织和协调推进。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["他为中国植物建档案（自然之子）", "偷捕现象未绝，“江鲜”仍在交易", "在六大片区设立不同类型的示范区先行区"]


def test_a_title_over_key_points_opens_a_feature_even_after_a_column_piece():
    # a column's piece, then a one-line title in two clauses over 核心阅读: the key points open a feature's body,
    # so the title heads a new article, not a section of the piece above
    page = (
        "运动相伴 快乐生活（体坛观澜）\n\n"
        "体育运动以更多方式走近我们，走到我们生活中，为青春织梦，为成长喝彩。\n\n"
        "不久前，独臂篮球少年参加了小篮球挑战活动，与中国女篮队长云端比拼。\n\n"
        "在这些故事中，体育陪伴着骑平衡车的小朋友，也陪伴着渴望踢球的山里孩子。\n\n"
        "如今，随着各项体育活动逐步恢复，运动正在回到人们的日常生活里。\n\n"
        "机器人，让乒乓球有了更多可能\n\n"
        "核心阅读\n\n"
        "乒乓球机器人展示了人工智能强大的“行为”能力，将会助力运动员更好训练。\n\n"
        "前段时间，国际乒联发布的一条“史上最长乒乓回合”视频在网络上引发了球迷的广泛关注。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["运动相伴 快乐生活（体坛观澜）", "机器人，让乒乓球有了更多可能"]
    assert arts[1].paragraphs[0].text == "核心阅读"


def test_a_long_kicker_over_a_tagged_title_holds_whatever_opens_the_body():
    # the deck over a tagged title is a kicker even when a box label or a speaker's line, not running text,
    # opens the body under it
    page = (
        "调查显示，美国不同政治群体对于疫情存在明显认知差别和党派倾向。不少专家学者认为——\n\n"
        "美国政治极化阻碍疫情应对（深度观察）\n\n"
        "核心阅读\n\n"
        "美国新冠肺炎确诊病例持续增加，两党在防疫措施上分歧明显，地方政府各行其是。\n\n"
        "民调显示，不同党派选民对戴口罩、保持社交距离等措施的看法差异很大。\n"
    )
    (art,) = articles_with_text(page)
    assert art.kicker.startswith("调查显示") and art.title == "美国政治极化阻碍疫情应对（深度观察）"
    assert art.paragraphs[0].text == "核心阅读"


def test_a_column_tag_with_a_numeral_in_its_words_is_still_a_tag():
    # （一方有难 八方支援） wraps under “能出一份力，辛苦也值得！”, which fills its line: a tag, not an item （一）
    page = narrow([
        "2月20日晚，海南支援湖北医疗队队员的群体像，以灯光秀的形式登上了海口市的地标建筑外墙。",
        "蒋聚荣摄（人民视觉）",
        "“能出一份力，辛苦也值得！”（一方有难 八方支援）",
        "连日来，各地各部门积极履职，统筹调度，保障重点地区需要，在加强疫情防控的同时，努力保持生产生活平稳有序。",
        "近日，多地饱含深厚情谊的物资陆续发往湖北，助力保障湖北生活必需品等供应。",
    ])
    arts = [a for a in articles_with_text(page) if a.title]
    assert [a.title for a in arts] == ["“能出一份力，辛苦也值得！”（一方有难 八方支援）"]
    assert arts[0].paragraphs[0].text.startswith("连日来")


def test_a_markdown_title_is_read_for_its_column_tag_like_a_plain_one():
    # # 让城市更有温度（新知新觉） after a commentary closed by （作者为…）: a tagged piece of its own, as the same
    # title without the # is; the marks are not part of the words the rules read
    page = (
        "# 以法治思维推进基层治理（深入学习贯彻习近平新时代中国特色社会主义思想）\n\n"
        "基层治理是国家治理的基石。推进基层治理现代化，必须运用法治思维和法治方式化解矛盾、维护稳定、促进发展。\n\n"
        "要完善基层治理的制度体系，把矛盾纠纷化解在基层、化解在萌芽状态，让群众在每一件小事中感受到公平正义。\n\n"
        "（作者为某大学法学院教授）\n\n"
        "# 让城市更有温度（新知新觉）\n\n"
        "城市是人们集中生活的地方。提高城市治理水平，要坚持以人民为中心，在细微处下功夫，在精细上做文章。\n\n"
        "要推动城市管理手段、管理模式、管理理念创新，让城市运行更加高效、居民生活更加便利。\n\n"
        "（作者为某市社会科学院研究员）\n"
    )
    for text in (page, page.replace("# ", "")):
        arts = articles_with_text(text)
        assert [a.title for a in arts] == ["以法治思维推进基层治理（深入学习贯彻习近平新时代中国特色社会主义思想）", "让城市更有温度（新知新觉）"]
        assert [len(a.paragraphs) for a in arts] == [3, 3]


def test_a_dash_cut_in_two_by_the_column_does_not_open_a_subtitle():
    # “豌豆八个——”“豌豆八个——” in 14-character columns: the second —— breaks over the line end (— / —”)
    page = narrow([
        "“豌豆八个——”“豌豆八个——”",
        "还有“豌豆八个”的鸟叫声。每到这个时节，山里的孩子就跟着鸟声去田里摘豌豆。",
        "豌豆是山里娃子最好的“零食”，也是一年里最早的收成。",
    ])
    (art,) = articles_with_text(page)
    assert (art.kicker, art.title, art.subtitle) == (None, "“豌豆八个——”“豌豆八个——”", None)


def test_a_long_column_tag_still_closes_a_title():
    page = (
        "守护一方平安（为了民族的复兴·英雄烈士谱）\n\n"
        "张志民生前是一名派出所所长。他扎根基层二十年，把辖区群众的冷暖放在心上，调解纠纷上千起。\n\n"
        "在一次抓捕行动中，他身负重伤，经抢救无效牺牲，年仅四十二岁。\n\n"
        "英勇无畏冲在前（为了民族的复兴·英雄烈士谱）\n\n"
        "喻继刚生前是一名铁路民警。洪水来袭时，他第一个跳进激流，救出被困的两名群众。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["守护一方平安（为了民族的复兴·英雄烈士谱）", "英勇无畏冲在前（为了民族的复兴·英雄烈士谱）"]


def test_a_speaker_ending_in_a_colon_is_the_kicker_of_the_next_title():
    page = (
        "本报北京6月30日电（记者李明）全国人大常委会今天表决通过相关法律，会议由委员长主持。\n\n"
        "会议还审议了其他议案。\n\n"
        "香港多个公务员团体、警察协会发表声明：\n\n"
        "坚决拥护中央立法\n\n"
        "新华社香港6月30日电 香港多个公务员团体和警察协会30日发表声明，表示坚决拥护。\n\n"
        "声明说，立法有利于香港长期繁荣稳定：\n\n"
        "一是维护国家安全；\n\n二是保障市民权利。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, None), ("香港多个公务员团体、警察协会发表声明：", "坚决拥护中央立法")]
    assert arts[1].paragraphs[-1].text == "二是保障市民权利。"


def test_a_dateline_right_after_a_dash_subtitle_is_read_as_the_dateline():
    page = (
        "公道自在人心\n\n——70余国在联合国发言支持中国立场\n\n"
        "本报布鲁塞尔7月3日电 （记者张朋辉、方莹馨）日内瓦消息：多国在人权理事会会议上发言，支持中国的立场。\n\n"
        "俄罗斯表示，俄坚定支持中国维护国家安全的努力。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.title, art.subtitle, art.dateline, art.reporters) == (
        "公道自在人心", "——70余国在联合国发言支持中国立场", "本报布鲁塞尔7月3日电", ["张朋辉", "方莹馨"],
    )


def test_a_long_clause_kicker_ending_in_a_dash_opens_the_next_article():
    # a page set one paragraph per line; the first article ends on a reference note after its last sentence
    page = (
        "上半年财政收入降幅收窄\n\n"
        "本报北京7月17日电（记者曲哲涵）财政部17日发布数据，上半年全国一般公共预算收入同比下降10.8%，降幅比一季度收窄。"
        "其中税收收入同比下降11.3%，非税收入同比下降8%，行政事业性收费收入同比下降9.7%。（相关报道见第二版）\n\n"
        "从贫困户到养殖能手，海南省文昌市龙楼村的村民朱兴旺一家日子越过越红火——\n\n"
        "脱贫不返贫 要靠志和勤\n\n"
        "在海南省文昌市龙楼镇，46岁的龙楼村村民朱兴旺小有名气，他养的鸡供不应求，每年出栏上万只。\n\n"
        "朱兴旺说，日子是干出来的，靠别人送不来小康。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "上半年财政收入降幅收窄"),
        ("从贫困户到养殖能手，海南省文昌市龙楼村的村民朱兴旺一家日子越过越红火——", "脱贫不返贫 要靠志和勤"),
    ]
    assert arts[0].paragraphs[-1].text.endswith("（相关报道见第二版）") and len(arts[1].paragraphs) == 2


def test_a_headline_with_no_text_under_it_is_a_fragment_not_an_article():
    page = (
        "春运首日客流平稳\n\n"
        "本报北京1月10日电（记者齐志明）今年春运今天开始，全国铁路、公路、水路、民航客流总体平稳有序。\n\n"
        "交通运输部表示，将加强运力调度，保障旅客安全出行。\n\n"
        "图片报道\n"
    )
    arts = reconstruct(page)
    assert [(a.kind, a.title, len(a.paragraphs)) for a in arts] == [("article", "春运首日客流平稳", 2), ("fragment", "图片报道", 0)]


def test_a_summary_under_the_headline_without_its_full_stop_is_its_own_paragraph():
    # one paragraph per line (People's Daily): the bold summary ends on no stop, and must not run on into
    # the next paragraph as a column-broken line would
    page = (
        "更好发挥数字化抗疫作用（人民时评）\n\n"
        "面对疫情，我们需要从顶层设计上多推出务实、管用、灵活、高效的信息化举措，让大数据在战疫中跑出速度、力度和温度\n\n"
        "扫描健康码，社区工作人员精准排查来往人员；在机场、车站、码头，用大数据实现旅客行踪可追溯。\n\n"
        "利用信息化手段精准防控疫情蔓延，考验着城市数字化管理能力。其中，既有成果显著的应用经验，也有值得记取的不足。\n\n"
        "●让数据多跑路\n\n"
        "打赢疫情防控阻击战，每一步都很关键，每一个环节都很重要。凡事多想一步，行动再快一步，服务更进一步。\n"
    )
    (art,) = articles_with_text(page)
    assert [p.text[:5] for p in art.paragraphs] == ["面对疫情，", "扫描健康码", "利用信息化", "●让数据多", "打赢疫情防"]
    assert art.paragraphs[3].kind == "heading"


def test_a_headline_over_a_core_reading_box_opens_an_article():
    page = (
        "国际奥委会修订东京奥运会晋级资格准则\n\n"
        "本报北京4月9日电（记者季芳）国际奥委会日前宣布，修订东京奥运会晋级资格准则，资格获取截止日延至明年。\n\n"
        "在设有年龄限制的项目中，根据已经取得奥运资格的运动员情况作出相应调整。\n\n"
        "线上预约、线下亮码、入场测温……\n\n走进场馆，过把运动的瘾\n\n核心阅读\n\n"
        "各地体育场馆有序恢复开放，健身爱好者重新走进场馆。\n\n"
        "浙江省金华市体育中心的室内羽毛球馆于3月25日恢复开放，前来运动的市民络绎不绝。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["国际奥委会修订东京奥运会晋级资格准则", "走进场馆，过把运动的瘾"]
    assert arts[1].kicker == "线上预约、线下亮码、入场测温……" and arts[1].paragraphs[0].text == "核心阅读"


def test_documents_under_their_provenance_line_are_each_an_article():
    page = (
        "全国人民代表大会常务委员会任命名单\n\n"
        "（2020年11月11日第十三届全国人民代表大会常务委员会第二十三次会议通过）\n\n"
        "任命陈武为第十三届全国人民代表大会财政经济委员会副主任委员。\n\n"
        "全国人民代表大会常务委员会任免名单\n\n"
        "（2020年11月11日第十三届全国人民代表大会常务委员会第二十三次会议通过）\n\n"
        "一、任命王洪祥为最高人民法院审判委员会委员。\n\n"
        "二、免去张三的最高人民法院审判员职务。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.subtitle, len(a.paragraphs)) for a in arts] == [
        ("全国人民代表大会常务委员会任命名单", "（2020年11月11日第十三届全国人民代表大会常务委员会第二十三次会议通过）", 1),
        ("全国人民代表大会常务委员会任免名单", "（2020年11月11日第十三届全国人民代表大会常务委员会第二十三次会议通过）", 2),
    ]


def test_two_plain_headline_parts_are_title_and_subtitle_when_the_second_adds_who_or_what():
    page = (
        "中央企业抗击新冠肺炎疫情表彰大会暨先进事迹报告会举行\n\n王勇出席\n\n"
        "本报北京6月2日电（记者王政）中央企业抗击新冠肺炎疫情表彰大会暨先进事迹报告会2日在京举行。\n\n"
        "长株潭区域加快一体化发展\n\n大力建设国家重要先进制造业高地\n\n"
        "本报长沙10月20日电（记者王云娜）湖南长株潭区域加快一体化发展，先进制造业集群不断壮大。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        (None, "中央企业抗击新冠肺炎疫情表彰大会暨先进事迹报告会举行", "王勇出席"),
        ("长株潭区域加快一体化发展", "大力建设国家重要先进制造业高地", None),  # no cue: the usual kicker and title
    ]


def test_what_a_leader_stressed_is_the_kicker_over_a_long_title():
    # a second part over 40 characters is mostly a subtitle, but never under …强调: what was stressed is the title
    page = (
        "韩正召开财税部门座谈会强调\n\n"
        "巩固拓展减税降费成效从严从紧管好财政支出确保全面建成小康社会和“十三五”规划圆满收官\n\n"
        "新华社北京1月6日电 中共中央政治局常委、国务院副总理韩正6日在京召开财税部门座谈会。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.kicker, art.subtitle) == ("韩正召开财税部门座谈会强调", None)
    assert art.title.startswith("巩固拓展减税降费成效")


def test_a_column_tag_that_asks_a_question_still_closes_a_title():
    page = (
        "保障粮食安全的一线观察（调研手记）\n\n"
        "今年以来，各地抓紧抓实粮食生产，春播进度快于往年，农资供应总体充足。\n\n"
        "农民画，描绘乡村之美（乡村振兴 艺术何为？）\n\n"
        "走进村里的文化礼堂，一幅幅色彩明快的农民画映入眼帘，画的是田间地头的日常生活。\n\n"
        "老旧小区，缘何变了样？（第一落点）\n\n"
        "小区门口不再堆满杂物，楼道里的小广告也清理干净了，居民们说起变化都很高兴。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == [
        "保障粮食安全的一线观察（调研手记）", "农民画，描绘乡村之美（乡村振兴 艺术何为？）", "老旧小区，缘何变了样？（第一落点）",
    ]


def test_a_tagged_title_in_several_clauses_opens_a_piece():
    # three clauses, or a comma inside the column's tag, read like a lead sentence set as a section heading;
    # the tag says it is a piece of its own (in People's Daily 2020, 24 such titles, none a section heading)
    page = (
        "新品牌，中国制造乘势而上（评论员观察）\n\n"
        "一批国产品牌在国内外市场站稳脚跟，靠的是质量和创新，也靠对消费者需求的细致把握。\n\n"
        "品牌的背后是产业链的整体升级，从设计到制造再到服务，每一环都在进步。\n\n"
        "品牌建设没有捷径，只有久久为功，才能赢得更多信赖。\n\n"
        "搬得出，稳得住，能致富（现场评论·督战未摘帽贫困县②）\n\n"
        "脱贫攻坚路上，易地搬迁不仅是帮群众建新房、安新家，还包括重塑生计和社区。\n\n"
        "这五年，就业门路更宽广（“十三五”，总书记关心的这些事）\n\n"
        "就业是最大的民生，这五年城镇新增就业年均超过一千三百万人。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == [
        "新品牌，中国制造乘势而上（评论员观察）", "搬得出，稳得住，能致富（现场评论·督战未摘帽贫困县②）",
        "这五年，就业门路更宽广（“十三五”，总书记关心的这些事）",
    ]


def test_a_line_between_a_tagged_title_and_the_core_reading_box_is_the_subtitle():
    # after a title with a column tag, a plain line is usually the body's first section heading; over the
    # box that opens the body (核心阅读) it is the subtitle (in People's Daily 2020, 25 to none)
    page = (
        "央企运行明显改善（权威发布）\n\n"
        "6月营业收入和利润同步实现同比正增长\n\n"
        "核心阅读\n\n"
        "今年6月份，中央企业实现营业收入2.9万亿元、净利润1664.8亿元，同比分别增长0.6%和5%。\n\n"
        "面对错综复杂的环境，中央企业收入和利润同步实现正增长，十分不易。国务院国资委16日召开新闻发布会，介绍有关情况。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.subtitle) for a in arts] == [("央企运行明显改善（权威发布）", "6月营业收入和利润同步实现同比正增长")]
    assert arts[0].paragraphs[0].text == "核心阅读"


def test_a_tagged_title_after_a_long_kicker_is_not_run_into_it():
    # the kicker runs a full line and ends without a stop, as a sentence cut by a column break would; the title
    # under it, closed by its column tag, still stands alone
    page = (
        "全国各地中小学陆续复课，各地各校全力营造保障安全、专心学习、健康成长的良好环境\n\n"
        "回来了，我的校园（深聚焦）\n\n"
        "开学复课，牵动千家万户。抓实抓细校园疫情防控，确保校园安全复课，是当前教育系统乃至整个社会面临的重要问题。\n\n"
        "各地因地制宜、因时制宜，创造性地开展工作。本期周刊，我们走进多地中小学，看看校园里的新变化。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [
        ("全国各地中小学陆续复课，各地各校全力营造保障安全、专心学习、健康成长的良好环境", "回来了，我的校园（深聚焦）")
    ]
    assert arts[0].paragraphs[0].text.startswith("开学复课")


def test_a_meetings_decisions_over_the_dateline_are_the_subtitle():
    subtitle = (
        "听取国务院第七次大督查情况汇报，确保政策落实更好发挥促进经济稳定恢复的重要作用；决定在浦东新区开展市场准入"
        "“一业一证”试点，在全国大幅压减建设工程企业和测绘资质并加强监管，更大激发市场活力，为扩大消费和有效投资创造条件"
    )
    page = (
        "李克强主持召开国务院常务会议\n\n" + subtitle + "\n\n"
        "新华社北京11月11日电 国务院总理李克强11月11日主持召开国务院常务会议，听取国务院第七次大督查情况汇报。\n\n"
        "会议还研究了其他事项。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.subtitle) for a in arts] == [("李克强主持召开国务院常务会议", subtitle)]
    assert arts[0].paragraphs[0].text.startswith("新华社北京11月11日电")


def test_a_meetings_agenda_ending_on_who_chaired_it_is_the_subtitle():
    subtitle = "审议《黄河流域生态保护和高质量发展规划纲要》和《关于十九届中央第五轮巡视情况的综合报告》中共中央总书记习近平主持会议"
    page = (
        "中共中央政治局召开会议\n\n" + subtitle + "\n\n"
        "■ 黄河是中华民族的母亲河，要把黄河流域生态保护和高质量发展作为事关中华民族伟大复兴的千秋大计\n\n"
        "新华社北京8月31日电 中共中央政治局8月31日召开会议，审议《黄河流域生态保护和高质量发展规划纲要》。\n\n"
        "会议还研究了其他事项。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.subtitle) for a in arts] == [("中共中央政治局召开会议", subtitle)]
    assert arts[0].paragraphs[0].text.startswith("■")


def test_a_bracketed_date_under_a_speech_title_is_not_run_into_the_body():
    page = narrow([
        "在教育文化卫生体育领域专家代表座谈会上的讲话",
        "（2020年9月22日）",
        "今天，我们召开教育文化卫生体育领域专家代表座谈会，听听大家的意见和建议。",
    ], between="\n")
    arts = articles_with_text(page)
    assert arts[0].paragraphs[0].text.startswith("今天，我们召开")
    assert "（2020年9月22日）" not in arts[0].paragraphs[0].text


def test_a_line_trailing_off_after_a_comma_ends_a_paragraph_not_a_kicker():
    page = (
        "热线全天候 服务全方位\n\n"
        "复工应急组开通热线，24小时为企业解答复工复产中的难题。\n\n"
        "这样的故事，时时刻刻都在发生……\n\n"
        "发放居民消费券、减免企业税费……\n\n"
        "澳门提振经济保民生\n\n"
        "澳门特区政府近日推出一系列措施，支持中小企业渡过难关。\n"
    )
    arts = articles_with_text(page)
    assert arts[0].paragraphs[-1].text == "这样的故事，时时刻刻都在发生……"
    assert (arts[1].kicker, arts[1].title) == ("发放居民消费券、减免企业税费……", "澳门提振经济保民生")


def test_a_title_longer_than_fifty_ems_over_a_dateline_after_a_finished_text_heads_the_next_story():
    page = (
        "全国政协召开专题协商会\n\n"
        "央视网消息（新闻联播）：全国政协18日在京召开专题协商会。委员们围绕文化建设建言资政。\n\n"
        "李克强对森林草原防灭火工作作出重要批示强调 做好秋冬季森林草原防灭火工作 提高防灭能力水平 坚决防范重特大火灾发生\n\n"
        "央视网消息（新闻联播）：中共中央政治局常委、国务院总理李克强作出重要批示。\n\n"
        "批示指出，各地区各有关部门要坚持人民至上、生命至上，压实责任。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == [
        "全国政协召开专题协商会",
        "李克强对森林草原防灭火工作作出重要批示强调 做好秋冬季森林草原防灭火工作 提高防灭能力水平 坚决防范重特大火灾发生",
    ]
    assert len(arts[1].paragraphs) == 2


def test_a_box_label_opening_a_body_whose_headline_follows_it_is_no_title():
    # PDF extraction order: each headline after its body; the first body opens on its 核心阅读 box
    page = (
        "核心阅读\n\n"
        "米兰启动智慧城市项目以来，以市民需求为导向推进技术创新，城市治理更加精细。\n\n"
        "意大利米兰是一座拥有两千多年历史的城市，也是闻名世界的时尚之都。近年来，米兰大力推进数字化转型。\n\n"
        "2012年，米兰启动智慧城市项目，在交通、能源、公共服务等领域推出一系列数字化措施，方便市民出行和办事。\n\n"
        "以市民需求为导向进行技术创新\n\n"
        "米兰，时尚之都的智慧转型（他山之石）\n\n"
        "本报罗马10月22日电 （记者韩硕）意大利政府22日宣布，将向地方政府拨付专项资金，用于改善城市公共交通。\n\n"
        "这笔资金将主要用于更新公交车辆和扩建地铁线路，预计惠及全国数十座城市。\n\n"
        "意大利拨款改善城市公共交通\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [
        ("以市民需求为导向进行技术创新", "米兰，时尚之都的智慧转型（他山之石）"),
        (None, "意大利拨款改善城市公共交通"),
    ]
    assert arts[0].paragraphs[0].kind == "heading" and arts[0].paragraphs[0].text == "核心阅读"


def test_a_title_of_a_place_phrase_and_four_characters_under_its_kicker_stays_the_title():
    page = (
        "重庆铜梁区推进乡村振兴——\n\n"
        "绿道进村 添美增收\n\n"
        "核心阅读\n\n"
        "建设一条绿道，发展一片产业，富裕一方百姓。重庆铜梁区建成一条60公里的进村绿道。\n\n"
        "白墙黛瓦，花木扶疏。仲夏时节，重庆铜梁区巴川街道玉皇村，宽阔平整的柏油路蜿蜒前行。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [("重庆铜梁区推进乡村振兴——", "绿道进村 添美增收")]
    assert arts[0].paragraphs[0].text == "核心阅读"


def test_the_order_under_a_laws_title_opens_its_text():
    page = (
        "中华人民共和国档案法\n\n"
        "（1987年9月5日第六届全国人民代表大会常务委员会第二十二次会议通过 根据1996年7月5日第八届全国人民代表大会常务委员会"
        "第二十次会议《关于修改〈中华人民共和国档案法〉的决定》第一次修正 2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议修订）\n\n"
        "中华人民共和国主席令\n\n"
        "第四十七号\n\n"
        "《中华人民共和国档案法》已由中华人民共和国第十三届全国人民代表大会常务委员会第十九次会议于2020年6月20日修订通过，现予公布，自2021年1月1日起施行。\n\n"
        "第一章 总 则\n\n"
        "第一条 为了加强档案管理，规范档案收集、整理工作，有效保护和利用档案，制定本法。\n"
    )
    arts = articles_with_text(page)
    assert len(arts) == 1
    assert arts[0].title == "中华人民共和国档案法" and arts[0].subtitle.startswith("（1987年9月5日")
    assert [p.text for p in arts[0].paragraphs[:2]] == ["中华人民共和国主席令", "第四十七号"]
    assert headings(arts[0]) == ["第一章总则"]  # justified spacing closed up


def test_a_document_whose_full_text_the_report_announces_stays_in_the_report():
    page = (
        "中共中央印发《社区服务工作条例》\n\n"
        "新华社北京1月5日电 近日，中共中央印发了《社区服务工作条例》，并发出通知，要求各级党委认真遵照执行。\n\n"
        "《条例》全文如下。\n\n"
        "社区服务工作条例\n\n"
        "（2019年11月29日中共中央政治局会议审议批准 2019年12月30日中共中央发布）\n\n"
        "第一章 总 则\n\n"
        "第一条 为了做好社区服务工作，提高服务水平，根据有关规定，制定本条例。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["中共中央印发《社区服务工作条例》"]
    assert arts[0].paragraphs[-1].text.startswith("第一条")


def test_what_a_speech_stressed_under_its_headline_is_the_subtitle_over_the_lead_summary():
    page = (
        "习近平在联合国成立75周年纪念峰会上发表重要讲话\n\n"
        "强调后疫情时代联合国应主持公道、厉行法治、促进合作、聚焦行动 重申中国将始终做多边主义的践行者，"
        "积极参与全球治理体系改革和建设\n\n"
        "■当今世界正经历百年未有之大变局，突如其来的新冠肺炎疫情是对世界的一次大考。\n\n"
        "■中国是第一个在联合国宪章上签字的国家，是联合国创始会员国，也是安理会常任理事国中唯一的发展中国家。\n\n"
        "新华社北京9月21日电 国家主席习近平21日在联合国成立75周年纪念峰会上发表重要讲话。\n"
    )
    arts = articles_with_text(page)
    assert len(arts) == 1
    assert arts[0].subtitle.startswith("强调后疫情时代") and arts[0].subtitle.endswith("改革和建设")
    assert arts[0].paragraphs[0].text.startswith("■当今世界")


def test_bulleted_lead_lines_under_a_headline_open_the_body_instead_of_joining_the_headline():
    page = (
        "困难群众救助补助资金共安排1560亿元（发布会）\n\n"
        "●截至3月底，已向230万名失业人员发放失业保险金93亿元\n\n"
        "●今年3月到6月，每月价格临时补贴金额提高一倍发放\n\n"
        "本报北京4月10日电（记者邱超奕）10日，国务院联防联控机制召开新闻发布会，介绍保障困难群众基本生活有关情况。\n\n"
        "民政部有关负责人介绍，今年中央财政安排困难群众救助补助资金1560亿元，已全部下达地方。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [(None, "困难群众救助补助资金共安排1560亿元（发布会）", None)]
    assert [p.text[:3] for p in arts[0].paragraphs[:3]] == ["●截至", "●今年", "本报北"]


def test_a_salutation_under_a_speech_headline_opens_its_text():
    page = (
        "关于《中华人民共和国档案法（修订草案）》的说明\n\n"
        "——2020年4月26日在全国人民代表大会常务委员会会议上\n\n"
        "各位委员：\n\n"
        "我受委托，作关于《中华人民共和国档案法（修订草案）》的说明。\n\n"
        "一、修订档案法的必要性\n\n"
        "现行档案法于1987年通过，对于加强档案管理发挥了重要作用。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.subtitle) for a in arts] == [
        ("关于《中华人民共和国档案法（修订草案）》的说明", "——2020年4月26日在全国人民代表大会常务委员会会议上")
    ]
    assert arts[0].paragraphs[0].text == "各位委员："


@pytest.mark.parametrize("salutation", ["比尔·盖茨先生：", "尊敬的主席先生："])
def test_a_salutation_naming_its_addressee_under_a_letters_headline_opens_its_text(salutation):
    page = (
        "习近平给比尔·盖茨回信\n\n"
        "感谢盖茨基金会支持中国抗击新冠肺炎疫情\n\n"
        f"{salutation}\n\n"
        "你好！在中国抗击新冠肺炎疫情的关键时刻，你和夫人领导的基金会慷慨解囊，我对此表示赞赏。\n\n"
        "中华人民共和国主席 习近平\n\n"
        "2020年2月20日\n\n"
        "（新华社北京2月22日电）\n"
    )
    (art,) = articles_with_text(page)
    assert salutation not in (art.kicker or "") + (art.title or "") + (art.subtitle or "")
    assert art.paragraphs[0].text == salutation


def test_a_short_biography_box_under_an_obituary_headline_opens_its_text():
    page = (
        "著名学者、书法家欧阳中石一生牵挂书法艺术的发扬\n\n"
        "以书焕采 切时如需\n\n"
        "人物小传\n\n"
        "欧阳中石，1928—2020年，我国著名学者、教育家、书法家，首都师范大学教授。\n\n"
        "“我这一生，概括起来，就三句话：少无大志，见异思迁，任人驱使。”他常这样说。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [("著名学者、书法家欧阳中石一生牵挂书法艺术的发扬", "以书焕采 切时如需", None)]
    assert arts[0].paragraphs[0].text == "人物小传"


def test_a_title_crying_out_in_two_clauses_under_its_kicker_is_the_title_not_the_first_paragraph():
    page = (
        "浙江桐乡辅警程腾峰深夜救火\n\n"
        "开“火”车的你，真棒！\n\n"
        "货车已燃起熊熊大火，一名男子正驾驶着车子拼命往前开……这不是电影片段，是1月8日发生在浙江桐乡的一幕。\n\n"
        "当天凌晨2时许，桐乡市公安局巡特警大队辅警程腾峰正准备在家里睡觉。\n\n"
        "采购有代购\n\n"
        "“要买东西的报名，我去山江街上买！”\n\n"
        "村里的志愿者每天记下村民要买的东西，统一采购后送到各家门口。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [("浙江桐乡辅警程腾峰深夜救火", "开“火”车的你，真棒！")]
    # under a section's short heading, a quotation crying out opens the section's text
    assert kinds(arts[0])[2:4] == [("heading", "采购有代购"), ("body", "“要买东西的报名，我去山江街上买！”")]


def test_a_meetings_agenda_and_who_attended_stand_between_its_headline_and_dateline():
    page = (
        "图为当地农民在田间劳作。\n\n"
        "李克强主持召开中央应对新冠肺炎疫情工作领导小组会议\n\n"
        "部署加强无症状感染者管理并开展流行病学调查 做好陆地边境防范疫情跨境输入工作 优化防控措施有力有序积极推进复工复产\n\n"
        "王沪宁出席\n\n"
        "新华社北京4月2日电 4月2日，中共中央政治局常委、国务院总理李克强主持召开中央应对新冠肺炎疫情工作领导小组会议。\n\n"
        "会议指出，要加强对无症状感染者的管理。\n"
    )
    art = by_title(articles_with_text(page), "部署加强")
    assert art.kicker == "李克强主持召开中央应对新冠肺炎疫情工作领导小组会议"
    assert art.subtitle == "王沪宁出席"
    assert art.dateline == "新华社北京4月2日电" and len(art.paragraphs) == 2


def test_a_line_of_dots_marking_a_cut_is_no_headline():
    page = (
        "各地工商联积极行动\n\n"
        "面对疫情，各地工商联迅速行动起来，组织会员企业捐款捐物，全力支援抗疫一线，彰显了民营企业的家国情怀。\n\n"
        "……\n\n"
        "一方面坚定信心抗击疫情，一方面抓紧复工复产，民营企业正在为稳定经济社会秩序贡献力量。\n"
    )
    (art,) = articles_with_text(page)
    assert kinds(art)[1] == ("body", "……")


def test_what_a_leader_stressed_heads_a_report_even_after_an_undated_story_on_the_same_visit():
    page = (
        "总书记来到我们村\n\n"
        "“这些年，同心县许多妇女走进家门口的扶贫车间，开起了手工作坊，日子越过越好。”村民们回忆起总书记考察时的情景。\n\n"
        "总书记来到村里的扶贫车间，同正在工作的村民们亲切交谈，村民们说这是最难忘的一天。\n\n"
        "习近平在宁夏考察时强调\n\n"
        "决胜全面建成小康社会 继续建设美丽新宁夏\n\n"
        "■ 要全面落实党中央决策部署，坚持稳中求进工作总基调，坚持新发展理念，扎实做好各项工作。\n\n"
        "中共中央总书记、国家主席、中央军委主席习近平近日在宁夏考察时强调，要决胜全面建成小康社会。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "总书记来到我们村"),
        ("习近平在宁夏考察时强调", "决胜全面建成小康社会 继续建设美丽新宁夏"),
    ]


def test_a_document_printed_whole_after_the_report_of_its_signing_is_an_article_of_its_own():
    page = (
        "李克强同俄罗斯总理共同主持中俄总理第二十五次定期会晤\n\n"
        "新华社北京12月2日电 国务院总理李克强2日下午在人民大会堂同俄罗斯总理以视频方式共同主持中俄总理第二十五次定期会晤。\n\n"
        "会晤后，两国总理签署了联合公报，并见证了双方多项合作文件的签署。\n\n"
        "中俄总理第二十五次定期会晤联合公报\n\n"
        "中华人民共和国国务院总理李克强和俄罗斯联邦政府总理于2020年12月2日以视频方式举行会晤。\n\n"
        "双方高度评价两国各领域务实合作取得的积极进展，愿进一步深化合作。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["李克强同俄罗斯总理共同主持中俄总理第二十五次定期会晤", "中俄总理第二十五次定期会晤联合公报"]
    assert [len(a.paragraphs) for a in arts] == [2, 2]


def test_a_white_papers_month_in_brackets_under_its_title_is_the_subtitle():
    page = (
        "抗击新冠肺炎疫情的中国行动\n\n"
        "（2020年6月）\n\n"
        "目 录\n\n"
        "前 言\n\n"
        "一、中国抗击疫情的艰辛历程\n\n"
        "（一）第一阶段：迅即应对突发疫情\n\n"
        "（二）第二阶段：初步遏制疫情蔓延势头\n\n"
        "（三）第三阶段：本土新增病例数逐步下降至个位数\n\n"
        "二、防控和救治两个战场协同作战\n\n"
        "结束语\n\n"
        "前 言\n\n"
        "新冠肺炎疫情是百年来全球发生的最严重的传染病大流行，是新中国成立以来我国遭遇的传播速度最快、感染范围最广、防控难度最大的重大突发公共卫生事件。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.title, art.subtitle) == ("抗击新冠肺炎疫情的中国行动", "（2020年6月）")


def test_a_summary_box_label_under_a_theory_pieces_headline_opens_its_text():
    page = (
        "经济更加发展的成色十足（决胜全面小康 决战脱贫攻坚 专论）\n\n"
        "——习近平新时代中国特色社会主义经济思想的生动实践\n\n"
        "内容提要\n\n"
        "全面建成小康社会，经济更加发展是重要标志。党的十八大以来，我国经济实力、科技实力、综合国力跃上新台阶。\n\n"
        "经济发展是全面建成小康社会的物质基础。党的十八大以来，我国经济保持中高速增长，经济总量稳居世界第二。\n"
    )
    (art,) = articles_with_text(page)
    assert art.subtitle == "——习近平新时代中国特色社会主义经济思想的生动实践"
    assert kinds(art)[0] == ("heading", "内容提要")


def test_a_document_title_too_long_for_a_headline_stands_over_its_provenance():
    page = (
        "十三届全国人大三次会议主席团举行第四次会议\n\n"
        "本报北京5月28日电 （记者徐隽）十三届全国人大三次会议主席团28日上午在人民大会堂举行第四次会议。\n\n"
        "会议听取了关于各项决议草案的审议情况的报告，决定将各项决议草案提请大会全体会议表决。会议经过表决，通过了"
        "关于政府工作报告的决议草案等各项决议草案，决定将这些草案提请大会全体会议表决。\n\n"
        "栗战书主持会议。王晨、曹建明、张春贤、沈跃跃、吉炳轩、艾力更·依明巴海、万鄂湘、陈竺、王东明、白玛赤林、"
        "丁仲礼、郝明金、蔡达峰、武维华和主席团常务主席，主席团成员出席会议。\n\n"
        "第十三届全国人民代表大会第三次会议关于2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划的决议\n\n"
        "（2020年5月28日第十三届全国人民代表大会第三次会议通过）\n\n"
        "第十三届全国人民代表大会第三次会议审查了国务院提出的关于2019年国民经济和社会发展计划执行情况与2020年计划草案的报告。\n"
    )
    arts = articles_with_text(page)
    assert len(arts) == 2
    assert arts[1].title.startswith("第十三届全国人民代表大会第三次会议关于2019年")
    assert arts[1].subtitle == "（2020年5月28日第十三届全国人民代表大会第三次会议通过）"


def test_a_long_summary_line_over_the_reporters_byline_is_the_subtitle():
    page = (
        "制度创新 赋能沿边开放（经济聚焦）\n\n"
        "黑龙江自贸区成立一年以来，新设立企业4855家，引资1800多亿元\n\n"
        "本报记者 张 三\n\n"
        "黑龙江自贸区成立一年以来，通过大胆实践、积极探索，在制度创新、营商环境等各方面都呈现出积极变化。\n\n"
        "河南漯河市建产业公共研发平台助力创新\n\n食品企业有了“共享实验室”\n\n本报记者 李 四\n\n"
        "“2019年营业收入同比增长35%，利润翻番。”漯河一家食品企业负责人说。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.subtitle) for a in arts] == [
        ("制度创新 赋能沿边开放（经济聚焦）", "黑龙江自贸区成立一年以来，新设立企业4855家，引资1800多亿元"),
        ("食品企业有了“共享实验室”", None),
    ]
    assert [a.reporters for a in arts] == [["张三"], ["李四"]]


def test_a_range_dash_a_wrap_set_at_a_line_start_does_not_open_a_subtitle():
    # 50%—60% cut before its dash: the line under is the same part, not a —— subtitle
    page = (
        "废旧家电如何规范回收\n\n告别4年多租房的日子，北京市朝\n阳区居民刘晓峰喜迁新居，住进敞\n亮的新房子。\n\n"
        "数量巨大\n\n2018年废旧家电理论报废量\n约1.5亿台，乐观估计50%\n—60%得到规范处理\n\n"
        "“向小区的商贩打听，也就卖个百\n十块钱，舍不得。”刘晓峰挺纠结。\n"
    )
    [section_line] = [b for b in page_blocks(page) if b.text.startswith("2018")]
    assert [p for p, _ in section_line.parts()] == ["2018年废旧家电理论报废量约1.5亿台，乐观估计50%—60%得到规范处理"]


def test_a_meetings_agenda_whose_spaces_a_narrow_column_took_is_still_the_title():
    # Re-wrapped, the agenda's only space falls at a line break (…防控举措 / 着力提升…): its length, with no comma in
    # it, still tells it from a sentence; a short title over who attended stays the title.
    paragraphs = [
        "图为当地农民在田间劳作。",
        "李克强主持召开中央应对新冠肺炎疫情工作领导小组会议",
        "部署调整完善重点地区防控举措 着力提升检测能力尽力扩大检测范围在常态化防控条件下推动经济社会秩序加快恢复",
        "王沪宁出席",
        "新华社北京4月22日电 4月22日，中共中央政治局常委、国务院总理李克强主持召开领导小组会议。",
        "会议指出，要突出重点做好精准防控，认真查找、加固防控薄弱环节，坚决防止疫情反弹。",
    ]
    page = narrow(paragraphs)
    assert "防控举措\n 着力提升" in page
    art = by_title(articles_with_text(page), "部署调整")
    assert art.kicker == "李克强主持召开中央应对新冠肺炎疫情工作领导小组会议" and art.subtitle == "王沪宁出席"
    short = "全国政务公开领导小组第三次会议召开\n\n肖捷主持并讲话\n\n新华社北京6月15日电 全国政务公开领导小组召开第三次会议。\n"
    art = by_title(articles_with_text("图片报道（防汛救灾 全力以赴）\n\n" + short), "全国政务公开")
    assert art.title == "全国政务公开领导小组第三次会议召开" and art.kicker is None


def test_a_space_a_narrow_column_broke_at_stays_between_the_headlines_parts():
    # Seed 000 prints its headline on one line, kicker and title a space apart; set in a 12-character column the
    # break falls on that space, and the headline still reads as on the page: a kicker, then the title.
    raw = seed_text("000")
    wrapped = rewrap(raw, 12)
    assert "全球第一！\n 2024年" in wrapped
    for page in (raw, wrapped):
        art = by_title(articles_with_text(page), "2024年中国制造")
        assert (art.kicker, art.title) == ("连续15年规模全球第一！", "2024年中国制造“成绩单”请收下")


def test_a_bullet_setting_off_a_briefs_title_is_no_part_of_it():
    page = (
        "■ 市区新增三处停车场\n\n"
        "本报讯（记者 孙七）为缓解春节期间停车难，市区新增三处临时停车场，共提供车位600个。\n\n"
        "● 春运首日客流平稳\n\n"
        "本报讯 春运首日，市火车站发送旅客2.3万人次，客流总体平稳有序。\n"
    )
    assert [a.title for a in reconstruct(page)] == ["市区新增三处停车场", "春运首日客流平稳"]


def test_a_kicker_keeps_its_bullet_as_printed():
    page = "■ 火神山医院维保组——\n\n“最危险的地方我们去”\n\n本报武汉2月17日电（记者张三）火神山医院维保组24小时值守，保障医院设备正常运转。\n"
    (art,) = reconstruct(page)
    assert (art.kicker, art.title) == ("■ 火神山医院维保组——", "“最危险的地方我们去”")
