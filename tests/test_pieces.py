"""Articles made of pieces: bundles under one headline, signed pieces, columns of letters and briefs, bylines."""

from .pages import SERIES_PAGE, articles_with_text, headings, kinds


def test_dateline_after_lead_lines_and_items_of_one_article():
    page = (
        "中共中央政治局常务委员会召开会议\n\n听取脱贫攻坚总结评估汇报\n\n中共中央总书记习近平主持会议\n\n"
        "■党的十八大以来，党中央团结带领全党全国各族人民，把脱贫攻坚摆在治国理政突出位置，充分发挥党的领导和我国社会主义"
        "制度的政治优势，采取了许多具有原创性、独特性的重大举措，组织实施了人类历史上规模最大、力度最强的脱贫攻坚战\n\n"
        "■脱贫攻坚的重大胜利，为实现第一个百年奋斗目标打下坚实基础，极大增强了人民群众获得感、幸福感、安全感，彻底改变了"
        "贫困地区的面貌，改善了生产生活条件，提高了群众生活质量\n\n"
        "新华社北京12月3日电中共中央政治局常务委员会12月3日召开会议，听取脱贫攻坚总结评估汇报。中共中央总书记习近平主持"
        "会议。会议认为，党的十八大以来，党中央把脱贫攻坚摆在治国理政突出位置。\n\n"
        "会议指出，脱贫攻坚的重大胜利，为实现第一个百年奋斗目标打下坚实基础，极大增强了人民群众获得感、幸福感、安全感。\n\n"
        "王毅分别同新加坡外长和荷兰外交大臣通电话\n\n"
        "本报北京3月18日电3月18日，国务委员兼外长王毅应约同新加坡外长维文通电话。维文表示，新方高度赞赏中方为抗击疫情作出的巨大努力。\n\n"
        "王毅说，中新两国是友好近邻，双方在抗击疫情过程中相互支持、守望相助，体现了两国人民的深厚情谊。\n\n"
        "本报北京3月18日电3月18日，国务委员兼外长王毅应约同荷兰外交大臣布洛克通电话。布洛克表示，荷方愿同中方加强抗疫合作。\n\n"
        "王毅说，中荷关系保持良好发展势头，双方应当携手应对疫情挑战，维护全球产业链供应链稳定。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["听取脱贫攻坚总结评估汇报", "王毅分别同新加坡外长和荷兰外交大臣通电话"]
    assert arts[0].paragraphs[0].text.startswith("■党的十八大以来") and arts[0].dateline == "新华社北京12月3日电"
    assert len(arts[0].paragraphs) == 4 and len(arts[1].paragraphs) == 4
    assert arts[1].paragraphs[-1].text.startswith("王毅说，中荷关系保持良好发展势头")


def test_a_banner_closed_by_its_tag_does_not_swallow_the_tagged_piece_below():
    page = (
        "坚决打赢疫情防控阻击战（来自疫情防控一线的报道）\n\n"
        "我们一定赢（快评）\n\n"
        "疫情就是命令，防控就是责任。当前，全国各地正加紧防控阻击新型冠状病毒感染的肺炎疫情。\n\n"
        "武汉，这座英雄的城市，面对疫情，身负千钧，奋力前行。\n"
    )
    arts = [a for a in articles_with_text(page) if a.kind != "fragment"]
    assert [a.title for a in arts] == ["我们一定赢（快评）"]
    assert arts[0].paragraphs[0].text.startswith("疫情就是命令")


def test_bylines_other_papers_print_open_their_articles_and_name_the_reporters():
    # ■本报记者 张三 实习生 李四 / 法治日报全媒体记者 王 五: bylines, not headlines of stories of their own
    page = (
        "城南社区便民服务站开张\n\n■本报记者 张三 实习生 李四\n\n"
        "每天一早，服务站门口就排起了长队，前来办理医保、社保和证明事项的居民络绎不绝。\n\n"
        "“过去办个证明要跑好几趟，现在楼下就能办，省心多了。”刚办完手续的居民王大爷说。\n\n"
        "县里新建改建农村公路一千二百多公里\n\n法治日报全媒体记者 王 五\n\n"
        "今年以来，这个县新建改建农村公路一千二百多公里，通村公路全部硬化。\n\n"
        "道路通了，产业也跟着活了起来，去年一年接待游客四十多万人次。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.reporters, a.contributors) for a in arts] == [
        ("城南社区便民服务站开张", ["张三"], ["李四"]),
        ("县里新建改建农村公路一千二百多公里", ["王五"], []),
    ]
    assert [len(a.paragraphs) for a in arts] == [2, 2]


def test_voices_under_an_article_its_reporter_signs_stay_in_it():
    # 艺术家心声 / 本报记者 张 三, then pieces each signed by who speaks (张 也（歌唱演员）): the voices the reporter
    # gathered, not stories of their own; the story above, signed by its own reporter, stays apart
    page = (
        "基层文艺演出走进山村\n\n本报记者 王 五\n\n"
        "春节前夕，一支由歌唱演员、曲艺演员和书画家组成的文艺小分队来到山区村庄，为村民送上一台精彩的演出。\n\n"
        "演出结束后，艺术家们还走进农户家中，同村民拉家常、写春联，现场气氛热烈。\n\n"
        "艺术家心声\n\n本报记者 张 三\n\n"
        "在群众中找到创作源泉\n\n张 也（歌唱演员）\n\n"
        "每次到基层演出，我都能从观众热情的掌声中感受到力量。村民们朴实的笑容，是对我们最好的鼓励。\n\n"
        "把欢乐带给乡亲们\n\n李 四（曲艺演员）\n\n"
        "乡亲们爱听相声、爱看小品，我们就把新编的节目带来，让大家在笑声中过个欢乐祥和的新年。\n\n"
        "书画传情暖人心\n\n赵 六（书法家）\n\n"
        "一副春联、一幅福字，承载着大家对新年的美好期盼。能为乡亲们写春联，我感到很有意义。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["基层文艺演出走进山村", "艺术家心声"]
    assert headings(arts[1]) == ["在群众中找到创作源泉", "把欢乐带给乡亲们", "书画传情暖人心"]


def test_a_tagged_title_shaped_like_a_name_over_a_post_is_not_the_next_signed_piece():
    # 辣子红了（泥土芬芳） reads like 张 也（歌唱演员）, but its brackets name no post: after a signed essay it is
    # the next essay's title, not another piece of the same bundle
    page = (
        "家住寨上（决胜2020）\n\n"
        "张 也（歌唱演员）\n\n"
        "寨子里的路修好了，孩子们上学再也不用蹚水过河，乡亲们的日子一天比一天红火。\n\n"
        "何祖华和孩子们扫路的情景，被路过的游客拍了下来，发到网上，感动了很多人。\n\n"
        "辣子红了（泥土芬芳）\n\n"
        "八月的乡村，雨水时不时就来一场，地里的辣子一天天红了起来。\n\n"
        "父亲年年都种辣子，又向来勤俭持家，辣子红了，一家人的日子也就有了盼头。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["家住寨上（决胜2020）", "辣子红了（泥土芬芳）"]


def test_sub_stories_with_their_own_bylines_stay_in_the_feature():
    page = (
        "本报北京3月2日电（记者王明）全市重点工程本周全部复工，首批项目涉及交通、水利等领域。\n\n"
        "据介绍，各项目已落实防疫措施。\n\n"
        "春耕一线见闻（田间观察）\n\n"
        "眼下正是春耕备耕的关键时节，各地农民抢抓农时，田间地头一派繁忙景象。\n\n"
        "智能农机下田\n\n本报记者 李华\n\n"
        "在江苏一处农场，几台无人驾驶插秧机正在作业，一个人就能管好上百亩地。\n\n"
        "良种送到村口\n\n本报记者 赵刚 周敏\n\n"
        "种子站的技术员把新品种送到村里，还现场讲解种植要点。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == [None, "春耕一线见闻（田间观察）"]
    feature = arts[1]
    assert [p.kind for p in feature.paragraphs] == ["body", "heading", "byline", "body", "heading", "byline", "body"]
    assert feature.reporters == ["李华", "赵刚", "周敏"]
    # after a dated news story, a headline over a byline opens an article of its own
    news = articles_with_text(page.split("春耕一线见闻")[0] + "智能农机下田\n\n本报记者 李华\n\n在江苏一处农场，几台无人驾驶插秧机正在作业。\n")
    assert [a.title for a in news] == [None, "智能农机下田"] and news[1].reporters == ["李华"]


def test_signed_pieces_of_a_bundle_stay_one_article():
    page = (
        "我们的心声\n\n一路播种一路收获\n\n张 也（歌唱演员）\n\n"
        "这次到革命老区演出，乡亲们早早就坐满了广场，我们唱一首，他们就跟着唱一首。\n\n"
        "把好剧带给更多孩子\n\n尹晓东（中国儿童艺术剧院院长）\n\n"
        "河北阜平县是革命老区，那里的孩子很少看儿童剧。这次我们把儿童剧送到了孩子们身边。\n\n"
        "珍惜向人民学习的机会\n\n佟丽娅（影视演员）\n\n"
        "通过这次活动，我把为人民服务这句话落到了实处，也从乡亲们身上学到了很多。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.kicker, art.title, art.subtitle) == ("我们的心声", "一路播种一路收获", None)
    assert headings(art) == ["把好剧带给更多孩子", "珍惜向人民学习的机会"]
    assert [p.kind for p in art.paragraphs if "（" in p.text] == ["byline", "byline"]  # each piece's author
    assert art.reporters == ["张也", "尹晓东", "佟丽娅"] and art.paragraphs[-1].text.startswith("通过这次活动")


def test_a_place_and_name_after_a_piece_sign_it_with_a_padded_name():
    page = (
        "坚决制止餐饮浪费行为\n\n本报记者 施 芳\n\n"
        "北京市民张立一向节俭，但最近两次在餐馆点菜的经历，却让她既破费又浪费。\n\n"
        "湖南会同县 林 春\n\n社区防疫不宜一刀切\n\n"
        "社区处于防疫的最基层，事务繁杂，既要严格管理，也要方便群众生活。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.paragraphs[-1].kind, a.paragraphs[-1].text) for a in arts] == [
        ("坚决制止餐饮浪费行为", "note", "湖南会同县林春"), ("社区防疫不宜一刀切", "body", "社区处于防疫的最基层，事务繁杂，既要严格管理，也要方便群众生活。"),
    ]


def test_a_column_of_signed_letters_under_its_label_is_one_article():
    page = (
        "建议\n\n“装饰”社交账号应有度\n\n"
        "在移动互联网时代，社交账号成了不少人展示自我的窗口，但装饰过度反而容易泄露个人信息。\n\n"
        "山东蒙阴县 何 勇\n\n"
        "加强农村浴池卫生监管\n\n"
        "近年来，不少农村建设了公共浴池，方便了群众，但卫生状况令人担忧。建议有关部门加强监管。\n\n"
        "河北唐山市 许贵元\n\n"
        "网上招聘遇骗局（身边事）\n\n"
        "疫情防控期间，不少人选择网上求职应聘，却遇到了骗局。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["建议", "网上招聘遇骗局（身边事）"]
    # an unsigned story after the last letter is a story of its own: here a photo under its title
    after = page.split("网上招聘")[0] + "乡村夜校亮起来\n\n夜幕降临，村民们走进夜校学习种植技术。\n\n张 三摄（人民视觉）\n"
    assert [a.title for a in articles_with_text(after)] == ["建议", "乡村夜校亮起来"]
    assert [(p.kind, p.text[:6]) for p in arts[0].paragraphs] == [
        ("heading", "“装饰”社交"), ("body", "在移动互联网"), ("note", "山东蒙阴县何"),
        ("heading", "加强农村浴池"), ("body", "近年来，不少"), ("note", "河北唐山市许"),
    ]


def test_quotes_each_under_its_speakers_line_stay_one_article():
    page = (
        "代表委员谈民生\n\n"
        "——朱山委员（贵州贵达律师事务所主任）\n\n"
        "要加快完善社会保障体系，让群众看病更方便、养老更安心。\n\n"
        "——沈开举委员（民进河南省委副主委、郑州大学法学院教授）\n\n"
        "基层治理离不开法治保障，要把矛盾化解在基层、解决在萌芽状态。\n"
    )
    (art,) = articles_with_text(page)
    assert art.paragraphs[-1].text.startswith("基层治理离不开法治保障")


def test_a_paper_that_prints_a_byline_under_every_story_keeps_its_stories_apart():
    page = (
        "山村里的数字课堂\n\n本报记者 王 慧\n\n"
        "清晨的大山里，一间教室的屏幕亮了起来，城里的老师正在给山里的孩子上课。\n\n"
        "远程课堂开通两年，村小的孩子们第一次上了编程课。\n\n"
        "老街焕新颜\n\n本报记者 李 强\n\n"
        "青石板路重新铺好，老字号一家家开门迎客，老街又热闹起来了。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.reporters, len(a.paragraphs)) for a in arts] == [("山村里的数字课堂", ["王慧"], 2), ("老街焕新颜", ["李强"], 1)]


def test_a_tagged_headline_over_a_byline_opens_a_story_after_one_printed_without_a_byline():
    # a paper that prints bylines: an unsigned report, then a column's piece under its tag and byline. The
    # byline does not make the piece a reported sub-story of the report above (only untagged headlines are)
    page = (
        "多地出台举措\n\n坚决制止餐饮浪费\n\n"
        "连日来，各地各部门采取有效措施，倡导文明用餐，建立长效机制。\n\n"
        "不少机关食堂推出“光盘积分制”，每次用餐做到“光盘”的职工可得积分。\n\n"
        "以奋斗姿态迎接新时代（人民论坛）\n\n本报记者 张 三\n\n"
        "奋斗是青春最亮丽的底色。一代人有一代人的使命，一代人有一代人的担当。\n\n"
        "新时代的青年，更要在奋斗中书写人生华章。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.reporters, len(a.paragraphs)) for a in arts] == [
        ("坚决制止餐饮浪费", [], 2), ("以奋斗姿态迎接新时代（人民论坛）", ["张三"], 2),
    ]


def test_stories_under_bylines_after_a_page_opening_on_text_without_a_headline_stay_apart():
    # the page opens on the end of a story from the page before (no headline over it): that text is no
    # feature gathering reported sub-stories, so each headline over a byline below opens its own story
    page = (
        "今年以来，全县新增就业岗位三千多个，群众收入稳步增长。\n\n"
        "山村里的数字课堂\n\n本报记者 王 慧\n\n"
        "清晨的大山里，一间教室的屏幕亮了起来，城里的老师正在给山里的孩子上课。\n\n"
        "老街焕新颜\n\n本报记者 李 强\n\n"
        "青石板路重新铺好，老字号一家家开门迎客，老街又热闹起来了。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.reporters, len(a.paragraphs)) for a in arts][-2:] == [("山村里的数字课堂", ["王慧"], 1), ("老街焕新颜", ["李强"], 1)]


def test_author_lines_under_every_commentary_keep_the_commentaries_apart():
    page = (
        "把握新发展阶段（新论）\n\n张 三（北京大学教授）\n\n"
        "新发展阶段是我国社会主义发展进程中的一个重要阶段，要深刻把握其内涵。\n\n"
        "要以新发展理念引领发展全局，推动高质量发展。\n\n"
        "让城市更有温度（人民时评）\n\n作者：李四\n\n"
        "城市建设要以人民为中心，让居民生活更便利、更舒心。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.reporters, len(a.paragraphs)) for a in arts] == [
        ("把握新发展阶段（新论）", ["张三"], 2), ("让城市更有温度（人民时评）", ["李四"], 1),
    ]


def test_a_column_of_news_briefs_is_one_article_under_its_label():
    page = (
        "用改革破除资金“中梗阻”（财经观）\n\n"
        "金融是实体经济的血脉。疏通货币政策传导机制，才能让资金更好流向实体经济。\n\n"
        "（作者为本报记者）\n\n"
        "财经短波\n\n第五届中国市场风险管理大会举行\n\n"
        "本报电 由中国有色金属工业信息中心主办的第五届中国市场风险管理大会日前在京举行。\n\n（葛孟超）\n\n"
        "中国银联助力海水稻研究事业\n\n"
        "本报电 近日，第四届国际海水稻论坛举行，中国银联宣布继续支持海水稻研究。\n\n（陈 玲）\n\n"
        "厦门马拉松开跑\n\n"
        "本报厦门1月5日电（记者刘硕阳）5日上午，厦门马拉松赛在厦门国际会展中心鸣枪开跑。\n"
    )
    arts = articles_with_text(page)
    # a story with a full dateline after the column is a story of its own
    assert [a.title for a in arts] == ["用改革破除资金“中梗阻”（财经观）", "财经短波", "厦门马拉松开跑"]
    briefs = arts[1]
    assert [(p.kind, p.text[:6]) for p in briefs.paragraphs] == [
        ("heading", "第五届中国市"), ("body", "本报电由中国"), ("note", "（葛孟超）"),
        ("heading", "中国银联助力"), ("body", "本报电近日，"), ("note", "（陈玲）"),
    ]


def test_a_column_of_pieces_each_closed_by_its_source_is_one_article():
    page = (
        "微阅读\n\n科威特和沙特签署协议恢复中立区石油生产\n\n"
        "科威特外交部日前发表声明说，科威特和沙特阿拉伯签署协议，恢复两国中立区的石油生产。\n\n"
        "（据新华社科威特城电 记者王俊鹏）\n\n"
        "天文学家新发现6颗系外行星\n\n"
        "英国开放大学日前发布新闻公报说，由该校学者领衔的国际团队新发现6颗系外行星。\n\n"
        "（据新华社伦敦电 记者张家伟）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["微阅读"]
    assert [p.kind for p in arts[0].paragraphs] == ["heading", "body", "dateline", "heading", "body", "dateline"]


def test_pieces_each_closed_by_their_compiled_note_are_one_article():
    # A series of interviews the publisher prints as one article, each piece closed by （…采访整理）: the next
    # piece's title and the box label under the last piece continue it; a tagged commentary after it does not.
    arts = articles_with_text("\n\n".join(SERIES_PAGE) + "\n")
    assert [a.title for a in arts] == ["说说家风故事（特别策划）", "为新时代提供有力法治保障（人民要论）"]
    starts = [(p.kind, p.text[:4]) for p in arts[0].paragraphs if p.kind != "body"]
    assert ("heading", "边境乡的") in starts and ("heading", "守护好幸") in starts and ("heading", "图片说明") in starts
    assert arts[0].paragraphs[-1].text.startswith("版式设计")


def test_a_forums_contributions_each_under_a_title_and_bare_name_stay_in_the_forum():
    # 大家谈: the editors' lead, then contributions, each a title over its writer's bare name and closed by
    # （作者为…）; a tagged commentary's author note ends it, but here the next title sits over a name as the
    # first one did, so it is the next contribution
    page = (
        "加快培育壮大“新型消费”（大家谈）\n\n"
        "直播带货、线上教育、“无接触”零售……新型消费成为热议话题。本期大家谈邀请专家学者探讨。\n\n"
        "——编 者\n\n"
        "顺应消费新趋势\n\n邹一南\n\n"
        "一季度社会消费品零售总额下降，而实物商品网上零售额逆势增长，新型消费显示出强大活力。\n\n"
        "面对消费新趋势，要顺势而为、主动作为，完善新型消费的基础设施。\n\n"
        "（作者为中央党校经济学教研部副教授）\n\n"
        "亟待供给侧发力\n\n车 宁\n\n"
        "新型消费发展提速，深刻影响着商业模式、业务形态等方方面面。\n\n"
        "对于企业来说，关键是围绕产品创新能力构筑新型消费生态优势。\n\n"
        "（作者为北京市网络法学研究会副秘书长）\n\n"
        "关键是消费品质\n\n崔传刚\n\n"
        "新型消费追求的不仅仅是物美价廉，还有消费体验。\n\n"
        "（作者为财经作家）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["加快培育壮大“新型消费”（大家谈）"]
    assert headings(arts[0]) == ["顺应消费新趋势", "邹一南", "亟待供给侧发力", "车 宁", "关键是消费品质", "崔传刚"]


def test_a_roundup_of_correspondents_reports_each_closed_by_its_source_is_one_article():
    page = (
        "为保就业，各国采取了哪些措施（记者观察）\n\n"
        "疫情之下，各国就业压力增大，多国政府出台措施稳定就业。\n\n"
        "西班牙\n\n扩大职业教育 加强技能认证\n\n本报驻西班牙记者 姜 波\n\n"
        "西班牙政府近日宣布职业教育现代化计划，帮助失业者重返工作岗位。\n\n（本报马德里电）\n\n"
        "日本\n\n放宽雇用补贴 探索共享用工\n\n本报驻日本记者 刘军国\n\n"
        "日本政府扩大雇用调整补贴的适用范围，企业与员工共同渡过难关。\n\n（本报东京电）\n\n"
        "多国央行宣布降息\n\n"
        "本报华盛顿8月25日电（记者张三）多国央行25日宣布下调基准利率。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["为保就业，各国采取了哪些措施（记者观察）", "多国央行宣布降息"]
    assert headings(arts[0]) == ["西班牙", "扩大职业教育 加强技能认证", "日本", "放宽雇用补贴 探索共享用工"]
    assert {"姜波", "刘军国"} <= set(arts[0].reporters)


def test_stories_each_under_its_byline_and_closed_by_their_source_are_articles_of_their_own():
    # A paper that prints a byline under every headline closes its correspondents' stories on their source too:
    # the next story is no report of a roundup (those are headed by a label: 西班牙 / 扩大职业教育…).
    page = (
        "荷兰农场用高新技术实现精准生产\n\n本报记者 张 三\n\n"
        "总面积900公顷的农场仅有6名工作人员，无人机和传感器替代了大量人工。\n\n"
        "大数据分析指导施肥、灌溉和种植，农场的产量逐年提高。\n\n（本报阿姆斯特丹电）\n\n"
        "经合组织将牵头开展数字税谈判\n\n本报记者 李 四\n\n"
        "经济合作与发展组织近日发布声明称，137个国家和地区同意进行谈判，推动修改现行跨境税则。\n\n（本报巴黎电）\n\n"
        "德国打击针对老年人的跨国诈骗\n\n本报记者 王 五\n\n"
        "德国北威州警方近日与土耳其警方联合行动，捣毁一个专门针对老年人的电信诈骗团伙。\n\n（本报柏林电）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["荷兰农场用高新技术实现精准生产", "经合组织将牵头开展数字税谈判", "德国打击针对老年人的跨国诈骗"]
    assert [a.reporters for a in arts] == [["张三"], ["李四"], ["王五"]]


def test_text_without_a_headline_after_a_piece_closed_by_its_note_stays_in_the_article():
    page = (
        "河北大学百年校庆公告\n\n（第一号）\n\n"
        "春秋代序，岁月不居。河北大学将迎来建校一百周年华诞。\n\n"
        "值此百年校庆全面启动之际，谨向各界人士致以诚挚谢意。\n\n"
        "翻译没有捷径（名师谈艺）\n\n"
        "翻译是一门需要耐心的手艺，每一个词都要反复推敲，才能找到最贴切的表达。\n\n"
        "年轻人要多读原著，多查资料，不要满足于差不多。\n\n"
        "（吴江涛采访整理）\n\n"
        "文洁若，1927年生，毕业于清华大学，历任出版社编辑、编审，现为日本文学翻译家。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["河北大学百年校庆公告", "翻译没有捷径（名师谈艺）"]
    # a bracketed line under the headline closes nothing; the biography after the note is the piece's
    assert arts[0].subtitle == "（第一号）"
    assert [p.text[:4] for p in arts[0].paragraphs if p.kind == "body"] == ["春秋代序", "值此百年"]
    assert arts[1].paragraphs[-1].text.startswith("文洁若，1927年生")


def test_voices_headed_alike_with_a_quotation_are_sections_of_one_article():
    page = (
        "在抗疫战场接受考验（让党旗高高飘扬）\n\n"
        "宁波北仑人民医院重症监护室护士焦萍——\n\n"
        "“要让他们从我们的眼神中看到希望”\n\n"
        "2月24日下午3点，一场特殊的入党宣誓在医院的隔离病区举行，焦萍和战友们举起了右拳。\n\n"
        "武汉市肺科医院放射科医生秦立新——\n\n"
        "“当好火线上的‘侦察兵’”\n\n"
        "每天，秦立新要阅读上百份CT片，为临床诊断提供依据，他说这是放射科医生的本分。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["在抗疫战场接受考验（让党旗高高飘扬）"]
    assert [p.text[:6] for p in arts[0].paragraphs if p.kind == "heading"][-2:] == ["武汉市肺科医", "“当好火线上"]


def test_a_letter_closed_on_its_source_and_the_report_of_it_are_one_article():
    page = (
        "习近平向2020中国5G+工业互联网大会致贺信\n\n"
        "贺信\n\n"
        "值此首届中国5G+工业互联网大会开幕之际，我向大会的召开表示热烈祝贺！\n\n"
        "预祝大会取得圆满成功！\n\n"
        "习近平\n\n"
        "2020年11月20日\n\n"
        "（新华社北京11月20日电）\n\n"
        "新华社武汉11月20日电 2020中国5G+工业互联网大会20日在湖北武汉开幕。国家主席习近平向大会致贺信。\n\n"
        "习近平指出，当前，全球新一轮科技革命和产业变革深入推进，信息技术日新月异。\n\n"
        "开幕式上，中共中央政治局委员、国务院副总理刘鹤出席并致辞。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["习近平向2020中国5G+工业互联网大会致贺信"]
    assert arts[0].paragraphs[-1].text.startswith("开幕式上")


def test_a_column_of_briefs_each_closed_on_its_source_is_one_article():
    # 微阅读: each brief a title, a few paragraphs and its source; the story after the column, longer, stands alone
    page = (
        "微阅读\n\n"
        "国际团队确定直立人“最后定居点”年代\n\n"
        "美国艾奥瓦大学等机构研究人员近日在英国《自然》杂志上表示，直立人最后定居点的年代为距今11.7万年至10.8万年。\n\n"
        "（据新华社电）\n\n"
        "英国将借助卫星技术应对气候变化\n\n"
        "英国政府近日宣布，将组建一个名为“环境科学卫星数据中心”的新机构，利用先进卫星技术来分析气候变化的影响。\n\n"
        "（据新华社伦敦电 记者张家伟）\n\n"
        "经合组织将牵头开展数字税谈判\n\n"
        "总部位于法国巴黎的经济合作与发展组织近日表示，将牵头开展数字税国际谈判。\n\n"
        "谈判涉及大型互联网企业的利润在各国之间如何分配。\n\n"
        "多国财长表示支持在经合组织框架下达成共识。\n\n"
        "分析人士认为，谈判仍面临不少分歧。\n\n"
        "各方希望年内达成基本框架，避免单边征税引发贸易摩擦。\n\n"
        "经合组织秘书长表示，将尽快公布方案细节。\n\n"
        "（本报巴黎电）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["微阅读", "经合组织将牵头开展数字税谈判"]
    assert headings(arts[0]) == ["国际团队确定直立人“最后定居点”年代", "英国将借助卫星技术应对气候变化"]


def test_a_column_label_over_a_signed_letter_opens_the_column_after_a_feature():
    # the letters may speak of the feature's subject; the label over a signed letter still opens their column
    page = (
        "防控疫情，从自我保护做起（来信综述）\n\n"
        "新型冠状病毒感染的肺炎疫情发生以来，读者纷纷来信，谈防控疫情要从自我保护做起，从身边小事做起。\n\n"
        "不少读者来信反映，疫情期间家中存放的消毒用品越来越多，使用和存放都要讲究方法。\n\n"
        "建议\n\n"
        "消毒用品要妥善存放\n\n"
        "近日，本地一个3岁多的孩子误食洗手用的消毒液，幸亏送医及时才转危为安。这段时间由于防控疫情需要，居民家中存放的消毒用品多了。\n\n"
        "江苏南通市 杨汉祥\n\n"
        "引导孩子用好压岁钱\n\n"
        "每逢过年，孩子们都会得到压岁钱，家长可以教育孩子，压岁钱不论多少，都要合理使用。\n\n"
        "湖南益阳市 夏扬\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["防控疫情，从自我保护做起（来信综述）", "建议"]
    assert headings(arts[1]) == ["消毒用品要妥善存放", "引导孩子用好压岁钱"]


def test_after_a_signed_letter_another_columns_label_opens_that_column():
    page = (
        "身边事\n\n"
        "“防疫神器”不靠谱\n\n"
        "近期，市场上出现了一些打着高科技旗号的“防疫神器”，希望有关部门加大执法检查力度。\n\n"
        "河南漯河市 张淳艺\n\n"
        "封闭化管理不能僵化\n\n"
        "疫情期间，居民小区普遍实施封闭化管理，措施执行当然要严，但也要讲究方法。\n\n"
        "天津河北区 孙海龙\n\n"
        "预告\n\n"
        "近期话题：复工复产，如何更好地保障农民工合法权益。\n\n"
        "欢迎读者就此话题来信，结合身边所见所闻，提出意见建议。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["身边事", "预告"]
    assert headings(arts[0]) == ["“防疫神器”不靠谱", "封闭化管理不能僵化"]


def test_a_column_of_pieces_each_signed_with_a_bare_name_is_one_article():
    page = (
        "来论\n\n用真情传承医者仁心\n\n何 娟\n\n"
        "前不久，首届中国威克利—伍连德奖征文获奖作品揭晓，一封医生父亲写给女儿的家书打动了许多人。\n\n"
        "除了感动，这封家书给人们带来的，还有理解和尊重，医患之间需要更多这样的真情。\n\n"
        "办好民生“关键小事”\n\n张国庆\n\n"
        "岁末年初，各地区各部门纷纷晒出民生账单，一件件“小事”连着百姓的“大幸福”。\n\n"
        "正因为“小事”不小，我们更要用心用情办好，让身边的“小改变”汇聚起百姓的“大幸福”。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [(None, "来论", None)]
    assert headings(arts[0]) == ["用真情传承医者仁心", "何 娟", "办好民生“关键小事”", "张国庆"]


def test_a_column_label_over_a_signed_piece_titles_the_column():
    page = (
        "来论\n\n为战“疫”注入必胜信心\n\n江西南昌 杨铭鸣\n\n"
        "疫情就是命令，防控就是责任。哪里有危险，哪里就有担当。\n\n"
        "在防控第一线考察识别干部\n\n云南昆明 李中军\n\n"
        "评价一个干部，不仅要看他说了什么，更要看他做了什么。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [(None, "来论", None)]
    assert headings(arts[0])[:2] == ["为战“疫”注入必胜信心", "江西南昌 杨铭鸣"]


def test_letters_each_signed_with_place_and_name_are_one_article():
    page = (
        "农时不等人 农资要跟上\n\n"
        "眼下正是春耕备耕的关键时期，一些农资店还没开门，农民买种子化肥不方便，希望有关部门想想办法。\n\n"
        "重庆巴南区 赵正荣\n\n"
        "小孩无人带 家长复工难\n\n"
        "学校还没开学，不少双职工家庭的孩子在家无人照看，家长复工后很是发愁，建议社区提供看护服务。\n\n"
        "云南昆明市 吴绍健\n\n"
        "建议\n\n"
        "乘车不方便 返岗多周折\n\n"
        "一些地方的公交线路还没恢复，外地员工返岗要转好几趟车，希望交通部门开通返岗专线。\n\n"
        "吉林白山市 王 敏\n"
    )
    arts = articles_with_text(page)
    # the second letter continues the first; a column's label opens the next column
    assert [a.title for a in arts] == ["农时不等人 农资要跟上", "建议"]
    assert ("heading", "小孩无人带 家长复工难") in kinds(arts[0])


def test_the_first_voice_of_a_series_under_a_long_kicker_is_a_section():
    page = (
        "武汉战“疫” 警徽闪耀英雄本色（英雄的城市 英雄的人民）\n\n"
        "在武汉抗击疫情战场上，警徽随处闪耀！他们守护着白衣天使，也守护着城市的安宁。\n\n"
        "在医院、在方舱，他们眉头不皱，奋勇向前——\n\n"
        "“越是危险的地方，我越要冲锋在前”\n\n"
        "“队员们，请大家穿好防护服，让我们平安进舱、安全回家！”2月13日下午，民警们再次出发。\n\n"
        "在街巷、在社区，他们转运患者，冲锋在前——\n\n"
        "“选择这个职业，就没有怕的道理”\n\n"
        "“马上穿好防护服，准备执行转运任务！”民警们迅速集合，登上转运车辆。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["武汉战“疫” 警徽闪耀英雄本色（英雄的城市 英雄的人民）"]
    assert [p.text[:6] for p in arts[0].paragraphs if p.kind == "heading"] == ["在医院、在方", "“越是危险的", "在街巷、在社", "“选择这个职"]


def test_a_layout_credit_after_a_piece_does_not_end_its_series():
    page = (
        "释放数据价值 畅享智能生活（开卷知新）\n\n"
        "大数据正在改变我们的生活方式，也在改变国家治理的方式。\n\n"
        "（作者为北京大学人工智能研究院教授）\n\n"
        "制图：蔡华伟\n\n"
        "推荐读物：\n\n"
        "1.《大数据时代：生活、工作与思维的大变革》，浙江人民出版社出版。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["释放数据价值 畅享智能生活（开卷知新）"]
    assert ("heading", "推荐读物：") in kinds(arts[0])


def test_a_bulletin_under_one_bare_lead_is_one_article_until_a_title_over_a_lead_of_its_own():
    # a broadcast transcript: the bulletin's label, its lead alone on a line, then items of title and text
    page = (
        "各地积极行动 让节约成为良好习惯\n\n"
        "央视网消息（新闻联播）：一粥一饭，当思来之不易。针对餐饮浪费，各地出台措施，引导群众养成节约习惯。\n\n"
        "国内联播快讯\n\n"
        "央视网消息（新闻联播）：\n\n"
        "1—8月银行累计结售汇顺差5088亿元人民币\n\n"
        "国家外汇管理局最新数据显示，1—8月，银行累计结售汇顺差5088亿元人民币。\n\n"
        "国家税务总局推出4项优化纳税信用管理措施\n\n"
        "国家税务总局今天推出4项优化纳税信用服务和管理措施，进一步扩大纳税信用评价范围。\n\n"
        "世卫：全球累计新冠肺炎确诊超2973万\n\n"
        "央视网消息（新闻联播）：根据世卫组织最新统计数据，全球累计新冠肺炎确诊病例超2973万例。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["各地积极行动 让节约成为良好习惯", "国内联播快讯", "世卫：全球累计新冠肺炎确诊超2973万"]
    assert arts[1].kicker is None and headings(arts[1]) == ["1—8月银行累计结售汇顺差5088亿元人民币", "国家税务总局推出4项优化纳税信用管理措施"]
    assert arts[1].agency == "央视网"


def test_a_short_kicker_over_a_title_closed_by_its_source_is_no_letters_column():
    # 建议 / title / … / 江苏南通市 杨汉祥 opens a column of letters; a source line is no reader's signature
    page = (
        "7月天宇\n\n"
        "金星全年最亮 木星土星“冲日”\n\n"
        "天文专家介绍，7月，以“启明星”姿态现身的金星迎来全年最明亮时期，木星和土星先后“冲日”。\n\n"
        "7月10日，金星达到全年最明亮度，感兴趣的公众可在日出前观赏。\n\n"
        "（据新华社电）\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [("7月天宇", "金星全年最亮 木星土星“冲日”")]
    assert headings(arts[0]) == []


def test_the_piece_an_editors_signed_lead_introduces_stays_in_its_article():
    page = (
        "全力打造社会主义现代化建设引领区\n\n"
        "习近平总书记在浦东开发开放30周年庆祝大会上的重要讲话，充分肯定浦东开发开放的成就。本版今天刊发文章，谈学习体会。\n\n"
        "——编 者\n\n"
        "努力成为更高水平改革开放的开路先锋\n\n"
        "马建堂\n\n"
        "开发开放上海浦东是党中央全面研判国际国内大势，统筹把握改革发展大局作出的重大决策。\n\n"
        "三十年来，浦东以敢闯敢试、先行先试的精神，创造了令人瞩目的发展奇迹。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["全力打造社会主义现代化建设引领区"]
    assert "努力成为更高水平改革开放的开路先锋" in headings(arts[0]) and arts[0].paragraphs[-1].text.startswith("三十年来")


def test_speakers_pieces_each_closed_by_who_compiled_them_stay_in_their_bundle():
    # a bundle of deputies' statements under one tagged title: each piece a title, the speaker's line, the pull
    # quote set large, the text, and who compiled it on a line of its own, without brackets
    page = (
        "稳就业 惠民生（代表委员之声）\n\n"
        "办好家门口的职业学校\n\n"
        "李建国代表（湖南省株洲市副市长）\n\n"
        "职业教育连着产业和就业，要让孩子在家门口学到真本领，毕业就能上岗\n\n"
        "去年我们走访了二十多所职业学校，发现专业设置和本地产业对不上的情况还不少。\n\n"
        "今年我带来的建议，就是让企业和学校一起定专业、编教材、带学生。\n\n"
        "本报记者 王小明整理\n\n"
        "让小微企业敢招人\n\n"
        "陈秀兰委员（浙江省工商联副主席）\n\n"
        "稳住了小微企业，就稳住了大量就业岗位，政策要直达、更要好用\n\n"
        "调研中，不少小微企业主告诉我，社保补贴的申请手续还比较繁琐。\n\n"
        "建议把补贴和减免做成免申即享，让企业把更多精力放在经营上。\n\n"
        "本报记者 刘晓红整理\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["稳就业 惠民生（代表委员之声）"]
    assert headings(arts[0])[0] == "办好家门口的职业学校" and "让小微企业敢招人" in headings(arts[0])
    assert [p.text for p in arts[0].paragraphs if p.kind == "byline"] == ["李建国代表（湖南省株洲市副市长）", "陈秀兰委员（浙江省工商联副主席）"]
    assert kinds(arts[0])[-1] == ("note", "本报记者刘晓红整理")


def test_a_row_of_short_reports_under_headlines_of_one_build_is_one_article_each():
    page = (
        "四 川\n\n"
        "春耕物资配到位\n\n"
        "连日来，四川各地抢抓农时，组织农资企业加快生产，化肥、种子、农膜陆续运抵乡镇网点。\n\n"
        "省农业农村厅组织专家深入田间地头，指导农户科学选种、合理施肥，确保春耕生产有序推进。\n\n"
        "在成都平原，一台台旋耕机来回穿梭，翻起的泥土散发着清香，大片农田已完成备耕。\n\n"
        "各地还开通农资配送绿色通道，由村组干部统一收集需求，实行送货到村、配送到户。\n\n"
        "海 南\n\n"
        "多举措抓好春耕\n\n"
        "几百亩农田平整完毕，十余名工人手里握满了稻种，随着他们扬起手臂，种子被均匀地撒进田里。\n\n"
        "海南各市县组织农技人员分片包干，帮助种植户解决用工、运输和销售方面的困难。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [("四 川", "春耕物资配到位"), ("海 南", "多举措抓好春耕")]


def test_pieces_under_an_umbrella_title_each_with_its_headline_and_byline_are_one_article():
    page = (
        "常委会会议审议多部法律草案\n\n"
        "野生动物保护法修订草案首次审议\n\n"
        "公共卫生安全与生态安全并重\n\n"
        "本报记者 徐 隽\n\n"
        "10月13日，常委会会议审议了野生动物保护法修订草案，草案从源头上防控重大公共卫生风险。\n\n"
        "草案在总则中明确规定禁止违法猎捕、运输、交易野生动物，并加大对违法行为的处罚力度。\n\n"
        "长江保护法草案进入二审\n\n"
        "建立健全长江流域规划体系\n\n"
        "本报记者 王比学\n\n"
        "10月13日，长江保护法草案提请常委会会议第二次审议，草案增加了流域规划的有关规定。\n\n"
        "草案还对长江流域水资源保护、水污染防治和生态环境修复作出了更加具体的规定。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [(None, "常委会会议审议多部法律草案", None)]
    assert headings(arts[0]) == ["野生动物保护法修订草案首次审议", "公共卫生安全与生态安全并重", "长江保护法草案进入二审", "建立健全长江流域规划体系"]
    assert [p.text for p in arts[0].paragraphs if p.kind == "byline"] == ["本报记者徐隽", "本报记者王比学"]


def test_a_bundle_of_signed_speeches_under_its_title_is_one_article_whose_first_piece_is_in_the_body():
    page = (
        "建言“十四五” 共绘新蓝图\n\n"
        "——政协常务委员会会议大会发言摘编\n\n"
        "加快构建新发展格局\n\n"
        "全国政协常委 谢伏瞻\n\n"
        "加快形成以国内大循环为主体、国内国际双循环相互促进的新发展格局，是重大战略部署。\n\n"
        "构建新发展格局，必须坚持扩大内需这个战略基点，使生产、分配、流通、消费更多依托国内市场。\n\n"
        "推动长三角更高水平协同开放\n\n"
        "全国政协常委夏涛（代表民革中央）\n\n"
        "新发展格局决不是封闭的国内循环，而是开放的国内国际双循环，长三角应当走在前列。\n\n"
        "建议推动长三角自贸试验区联动发展，在制度型开放上先行先试，形成可复制的经验。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, a.subtitle) for a in arts] == [("建言“十四五” 共绘新蓝图", "——政协常务委员会会议大会发言摘编")]
    assert arts[0].paragraphs[0].text == "加快构建新发展格局"
    assert "推动长三角更高水平协同开放" in headings(arts[0])


def test_a_columns_dotted_label_over_its_first_pieces_title_titles_the_column():
    page = (
        "议政建言·聚焦基层治理\n\n"
        "大力发展社区商业\n\n"
        "社区商业是一种以社区范围内的居民为服务对象，以便民、利民为宗旨的属地型商业。\n\n"
        "大力发展社区商业，增强社区商业的社会功能，显得越来越重要，也越来越紧迫。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [(None, "议政建言·聚焦基层治理", None)]
    assert headings(arts[0]) == ["大力发展社区商业"]


def test_a_title_under_a_long_campaign_tag_opens_the_next_piece():
    # a tag naming the campaign and the column, 38 characters, longer than most titles it closes
    page = (
        "让我们一起奔跑（人民论坛）\n\n"
        "岁月不居，时节如流。当太阳从地平线上冉冉升起，新的一年开始了。\n\n"
        "奔跑，是新时代的姿态。让我们一起奔跑，跑出属于这个时代的好成绩。\n\n"
        "“阜阳夜话”，架起沟通桥梁（守初心 担使命 找差距 抓落实·深入开展“不忘初心、牢记使命”主题教育·记者观察）\n\n"
        "“没有共产党就没有新中国……”嘹亮的歌声从安徽省阜阳市的一处小院里传出。\n\n"
        "夜话，是当地干部倾听群众心声的一种方式。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == [
        "让我们一起奔跑（人民论坛）",
        "“阜阳夜话”，架起沟通桥梁（守初心 担使命 找差距 抓落实·深入开展“不忘初心、牢记使命”主题教育·记者观察）",
    ]
    assert [len(a.paragraphs) for a in arts] == [2, 2]


def test_a_line_between_a_tagged_title_and_the_reporters_byline_is_the_subtitle():
    page = (
        "牵手跆拳道，无锡有一套（体育大看台）\n\n"
        "已连续举办3届世界跆拳道大满贯赛，体育产业发展势头良好\n\n"
        "本报记者 张 三\n\n"
        "2019年12月，世界跆拳道大满贯冠军系列赛在江苏无锡落下帷幕，这项赛事已连续3年在无锡举办。\n\n"
        "无锡市体育局负责人介绍，赛事带动了当地体育产业发展。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.title, art.subtitle) == ("牵手跆拳道，无锡有一套（体育大看台）", "已连续举办3届世界跆拳道大满贯赛，体育产业发展势头良好")
    assert art.reporters == ["张三"] and len(art.paragraphs) == 2


def test_a_bundle_of_reports_each_over_its_reporters_byline_stays_one_article():
    page = (
        "我当记者跑两会（记者连线）\n\n"
        "网络直播带来新变化\n\n"
        "本报记者 张 洋\n\n"
        "根据疫情防控需要，今年记者进入住地采访有严格要求，网络直播正好派上大用场。\n\n"
        "人大代表心里装着人民\n\n"
        "本报记者 李 四\n\n"
        "今年是我第一次参加全国两会报道，代表们带来的建议件件关乎民生。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["我当记者跑两会（记者连线）"]
    assert headings(arts[0]) == ["网络直播带来新变化", "人大代表心里装着人民"]


def test_a_bylined_piece_after_the_next_dated_story_does_not_make_a_subtitle_a_bundles_piece_title():
    page = (
        "我当记者跑两会（记者连线）\n\n"
        "网络直播带来新变化\n\n"
        "本报记者 张 洋\n\n"
        "根据疫情防控需要，今年记者进入住地采访有严格要求，网络直播正好派上大用场。\n\n"
        "国务院安委会决定对火灾事故查处实行挂牌督办\n\n"
        "本报北京5月21日电 （记者丁怡婷）记者从应急管理部获悉，国务院安委会决定对该起事故查处实行挂牌督办。\n\n"
        "人大代表心里装着人民\n\n"
        "本报记者 李 四\n\n"
        "今年是我第一次参加全国两会报道，代表们带来的建议件件关乎民生。\n"
    )
    arts = articles_with_text(page)
    # the dated story ends the first piece's column: its second line is the subtitle, not the title of a bundle's piece
    assert arts[0].title == "我当记者跑两会（记者连线）" and arts[0].subtitle == "网络直播带来新变化"
    assert headings(arts[0]) == []


def test_a_roundups_dispatches_from_the_places_its_headline_names_stay_one_article():
    page = (
        "香港、澳门举办丰富多彩的活动\n\n"
        "庆祝新中国成立71周年\n\n"
        "本报香港10月1日电 （记者冯学知）庆国庆，贺中秋。香港特区政府1日上午在金紫荆广场举行升旗仪式。\n\n"
        "本报澳门10月1日电 （记者毛磊）澳门特区政府1日举行升旗仪式和国庆酒会。\n\n"
        "国务院安委会决定对火灾事故查处实行挂牌督办\n\n"
        "本报北京10月1日电 （记者丁怡婷）记者从应急管理部获悉，国务院安委会决定对该起事故查处实行挂牌督办。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["庆祝新中国成立71周年", "国务院安委会决定对火灾事故查处实行挂牌督办"]
    assert len(arts[0].paragraphs) == 2


def test_the_first_speaker_under_a_group_profiles_short_lead_heads_a_section():
    page = (
        "走近四名抗疫一线的“90后”中医师——\n\n"
        "彰显中医药战疫独特疗效（一线抗疫群英谱·青春力量）\n\n"
        "新冠肺炎疫情发生以来，广大中医师争相请战，全力以赴投入救治工作，其中不乏年轻的身影。\n\n"
        "湖北省中西医结合医院范存愈：\n\n"
        "“我没有理由退缩”\n\n"
        "“请摘下口罩，伸出舌头……”在湖北省中西医结合医院的发热门诊，范存愈每天要接诊几十名患者。\n\n"
        "湖北省中医院詹明明：\n\n"
        "“想到康复门诊尽自己的一份力”\n\n"
        "“我觉得休息得差不多了，想到康复门诊尽自己的一份力。”詹明明说，她刚从隔离病区轮换下来。\n"
    )
    (art,) = articles_with_text(page)
    assert art.title == "彰显中医药战疫独特疗效（一线抗疫群英谱·青春力量）"
    assert [t for k, t in kinds(art) if k == "heading"][:2] == ["湖北省中西医结合医院范存愈：", "“我没有理由退缩”"]


def test_a_one_line_title_over_a_signed_piece_after_an_unsectioned_feature_opens_an_article():
    feature = (
        "书香满城 全民阅读蔚然成风\n\n"
        "走进城市书房，读者们安静地翻阅着书籍，阅读已经成为越来越多市民生活的一部分，城市里处处飘着书香。\n\n"
        "近年来，各地建设了大批城市书房和农家书屋，让读者在家门口就能读到好书，阅读的条件越来越好了。\n\n"
        "阅读推广活动也越办越多，读书会、分享会、朗诵会接连举办，吸引了众多读者参加，阅读氛围日益浓厚。\n\n"
    )
    signed = (
        "让阅读成为一种生活方式\n\n"
        "阅读是人类获取知识、增长智慧的重要途径，推动全民阅读，对于提高国民素质具有重要意义。\n\n"
        "我们要继续完善公共阅读服务体系，让更多的人爱上阅读，让书香飘满城乡的每一个角落。\n\n"
        "（作者为中国图书馆学会副理事长）\n"
    )
    arts = articles_with_text(feature + signed)
    assert [a.title for a in arts] == ["书香满城 全民阅读蔚然成风", "让阅读成为一种生活方式"]
    # the last section of a text divided into sections is still the text's
    sectioned = feature.replace("近年来，", "城市书房遍地开花\n\n近年来，")
    (art,) = articles_with_text(sectioned + signed)
    assert ("heading", "让阅读成为一种生活方式") in kinds(art)


def test_a_feature_under_its_reporters_byline_keeps_its_section_heading():
    # In a paper that signs every story, the next story stands under a byline of its own: a kicker and title
    # with plain text under them head a section of the signed feature, however far its words turn.
    page = (
        "进博会上的服务保障\n\n本报记者 张 三\n\n"
        "第三届进博会期间，各方力量为展商和观众提供全方位服务，确保展会安全有序进行。\n\n"
        "红十字会医疗志愿者每届进博会都有，主要负责提供紧急医疗服务，今年还承担了防疫任务。\n\n"
        "在国家会展中心的医疗站里，医生们每天接诊数十人次，多是轻微擦伤和中暑。\n\n"
        "志愿者们说，能为进博会出一份力，辛苦也值得。\n\n"
        "冷链配送\n\n慢一点让人安心\n\n"
        "11月6日凌晨，一辆满载冷链食材的专运货车驶入会场，车上的每一箱食材都经过了核酸检测。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["进博会上的服务保障"]
    assert headings(arts[0]) == ["冷链配送", "慢一点让人安心"]


def test_stories_under_a_short_kicker_and_a_reporters_byline_are_articles_of_their_own():
    # 中国银联 over the title is the story's kicker, not a bundle's label like 我们的心声 (whose pieces are signed by
    # who speaks in them): the next headline over a reporter's byline opens the next story.
    page = (
        "中国银联\n\n发挥科技优势 助力复工复产\n\n本报记者 张 三\n\n"
        "疫情防控形势催生出线上线下进一步融合发展的新业态、新模式，中国银联推出多项便民支付服务。\n\n"
        "中国银联表示，将努力探索更全方位、高质量的数字化支付服务。\n\n"
        "保利发展控股\n\n提供优质服务 彰显品牌价值\n\n本报记者 李 四\n\n"
        "辽宁保利海德公园物业服务中心的安防班长白永，近日有了个新称呼，业主们都叫他“白大哥”。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [("中国银联", "发挥科技优势 助力复工复产"), ("保利发展控股", "提供优质服务 彰显品牌价值")]
    assert [a.reporters for a in arts] == [["张三"], ["李四"]]


def test_reports_of_a_roundup_opening_the_page_under_kicker_titles_stay_one_article():
    # The roundup's headline is elsewhere (or printed after it): its reports open the text, each a kicker and title
    # over its correspondent's byline, each closed on its source.
    page = (
        "驻印度尼西亚大使馆\n\n稳妥推进重大项目建设\n\n本报驻印度尼西亚记者 李 四\n\n"
        "使馆协调中资企业在做好防护的前提下有序复工，重大项目建设稳步推进。\n\n（本报雅加达电）\n\n"
        "驻老挝大使馆\n\n推动澜湄国家防控合作\n\n本报驻老挝记者 王 五\n\n"
        "使馆积极推动中老两国卫生部门交流抗疫经验，向老方捐赠防疫物资。\n\n（本报万象电）\n"
    )
    arts = articles_with_text(page)
    assert len(arts) == 1
    assert headings(arts[0]) == ["驻老挝大使馆", "推动澜湄国家防控合作"]


def test_pieces_each_under_a_label_title_and_subtitle_over_a_reporters_byline_stay_one_article():
    page = (
        "片儿警王虎刚\n\n多跑腿\n\n为平安守岁\n\n本报记者 张 枨\n\n"
        "“我虽然工作忙碌，但能被群众信任就是一种幸福。”\n\n"
        "王虎刚是内蒙古鄂尔多斯市伊金霍洛旗札萨克派出所的一名社区民警，从警12年，被大家亲切地唤作“虎子”。\n\n"
        "列车维修工王振波\n\n不怕苦\n\n温暖归乡路\n\n本报记者 毕京津\n\n"
        "“心里只有一种朴素的情感，就是少索取，多奉献。”\n\n"
        "王振波是北京动车段的一名维修工，春运期间每天要检修十几组列车。\n"
    )
    arts = articles_with_text(page)
    assert len(arts) == 1
    assert headings(arts[0])[:3] == ["列车维修工王振波", "不怕苦", "温暖归乡路"]


def test_a_headline_left_over_a_byline_that_opens_the_next_story_goes_with_it():
    # After an editor's lead (——编 者) a headline reads as the piece it introduces; when the byline under it opens a
    # story of its own, the headline is that story's, not the end of the article above.
    page = (
        "特别就业季 援企又稳岗\n\n本报记者 张 三\n\n"
        "中共中央政治局常务委员会近日召开会议强调，要有针对性地开展援企、稳岗、扩就业工作。\n\n"
        "——编 者\n\n"
        "出口企业白马实业公司——\n\n员工就位 大干一场\n\n本报记者 赵展慧\n\n"
        "1个多月前，浙江白马实业有限公司董事长马妙武没有料到，今年自家企业的复工会这么难。\n"
    )
    arts = articles_with_text(page)
    last = arts[-1]
    assert (last.kicker, last.title) == ("出口企业白马实业公司——", "员工就位 大干一场")
    assert last.reporters == ["赵展慧"]
    assert all(p.text.strip() != "员工就位 大干一场" for a in arts for p in a.paragraphs)


def test_a_commentary_under_its_own_headline_ends_on_its_authors_note():
    # Two signed commentaries, each under its own headline: the note closes the first, the next title opens the
    # second. Pieces headed inside an umbrella, each signed the same way, stay the umbrella's (a series kept whole).
    page = (
        "推动“互联网+医疗”新业态加快发展\n\n"
        "党的十九届五中全会提出，要加快发展“互联网+医疗健康”，推动优质医疗资源扩容和区域均衡布局。\n\n"
        "近年来，远程医疗服务覆盖所有地级市，互联网医院数量快速增长，群众就医更加便捷。\n\n"
        "下一步，要完善相关标准和支付政策，让新业态健康有序发展。\n\n"
        "（作者为国家远程医疗与互联网医学中心主任）\n\n"
        "满足人民群众日益增长的健康需求\n\n"
        "党的十八大以来，我国卫生健康事业取得显著成就，人民健康水平持续提高。\n\n"
        "面向未来，要坚持预防为主，推动以治病为中心向以人民健康为中心转变。\n\n"
        "（作者为山东大学哲学与社会发展学院副院长）\n\n"
        "患难见真情 共同抗疫情\n\n"
        "他们是中国政府友谊奖获得者，与中国结缘，亲历了中国与世界守望相助、合作抗疫。\n\n"
        "与学生分享对中国担当的见解\n\n"
        "最近，我被授予年度人物。说实话，不是我感动中国，是中国感动我，感动世界。\n\n"
        "（作者为厦门大学管理学院教授）\n\n"
        "中国的经验值得借鉴\n\n"
        "疫情发生以来，我一直在中国工作，亲眼看到这里的人们团结一心、共克时艰。\n\n"
        "（作者为某公司总经理）\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == [
        "推动“互联网+医疗”新业态加快发展", "满足人民群众日益增长的健康需求", "患难见真情 共同抗疫情",
    ]
    assert headings(arts[2]) == ["与学生分享对中国担当的见解", "中国的经验值得借鉴"]


# A bundle of voices under one headline: an opening, two voices each closed on the note of who compiled it, then
# a piece under its reporter's byline.
VOICES_THEN_REPORT = (
    "山海相连 情谊相通\n\n"
    "面对新冠肺炎疫情，各国人民相互声援、并肩战斗。疫情防控期间，许多在华留学生和外国友人积极支持、主动参与到中国疫情"
    "防控工作中，以实际行动展现了深厚情谊。本版刊发他们的讲述，与读者分享。\n\n"
    "我在社区当翻译\n\n"
    "（意大利）马可\n\n"
    "我在杭州读书已经五年了。疫情发生后，社区里住着不少外国居民，我主动报名当翻译，帮助工作人员向他们解释防控措施。\n\n"
    "每天傍晚，我都会把当天的通知翻译成意大利语和英语，发到居民群里。大家都说，看到熟悉的语言，心里踏实多了。\n\n"
    "（作者为浙江大学留学生，本报记者王明采访整理）\n\n"
    "视频见证邻里真情\n\n"
    "（巴西）卡洛斯\n\n"
    "我在上海工作已经十年了。封控期间，楼里的邻居们每天帮我们这些外国住户代买生活物资，还教我用手机买菜。\n\n"
    "我把这些经历拍成视频发到网上，很多巴西朋友看后留言说，原来中国的社区是这样守望相助的。\n\n"
    "（作者为上海一家设计公司职员，本报记者赵平采访整理）\n\n"
    "把家乡的茶送到武汉\n\n"
    "本报记者 李华\n\n"
    "来自肯尼亚的奥马尔在云南经营一家茶叶公司。疫情期间，他带着员工连夜打包了两吨红茶，送给武汉的医护人员。\n\n"
    "奥马尔说，中国朋友帮助过他很多，这一次轮到他出一份力了。\n"
)


def test_a_piece_under_its_reporters_byline_after_a_voice_closed_on_who_compiled_it_stays_in_the_bundle():
    (art,) = articles_with_text(VOICES_THEN_REPORT)
    assert art.title == "山海相连 情谊相通"
    assert headings(art) == ["我在社区当翻译", "（意大利）马可", "视频见证邻里真情", "（巴西）卡洛斯", "把家乡的茶送到武汉"]
    assert art.paragraphs[-1].text.startswith("奥马尔说")


def test_a_story_under_its_reporters_byline_after_a_closing_dateline_opens_an_article():
    page = VOICES_THEN_REPORT.replace("（作者为浙江大学留学生，本报记者王明采访整理）", "（据新华社杭州3月2日电 记者王明）")
    titles = [a.title for a in articles_with_text(page)]
    assert titles[-1] == "把家乡的茶送到武汉"
