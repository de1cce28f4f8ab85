"""A headline over text the article above never speaks of opens an article; a section keeps its words."""

import pytest

from .pages import BIRDWATCHING, articles_with_text, headings, kinds

# A tagged feature's first two paragraphs of prose (over 66 characters each), for the topic rules to compare with.
BIRDWATCHING_FEATURE = (
    "湿地观鸟正当时（美丽中国）\n\n"
    "冬季是观鸟的好时节，大批候鸟从北方飞来，在湖区湿地越冬栖息，成群的白鹤、天鹅在浅滩上觅食嬉戏，"
    "引来不少游客驻足，湖区管理部门专门开辟了观鸟步道和观景平台。\n\n"
    "观鸟爱好者们带着望远镜和相机，早早守候在湖边，等待鸟群起飞的一刻，有人一蹲就是大半天，只为拍下振翅的瞬间，"
    "不少照片在网上引来大量点赞和转发，也带动了更多人走进湿地。\n\n"
)


@pytest.mark.parametrize(
    "page, title, heading",
    [
        # a column's reportage in short paragraphs, then a heading over text its own headline still speaks of
        # (好日子, 花茂村): the piece's first section, not a new article
        (
            (
                "好日子是干出来的（总书记来过我们家）\n\n"
                "——回访贵州遵义市播州区枫香镇花茂村王治强家\n\n"
                "党中央十分关心广大农民特别是农村贫困人口。\n\n"
                "花茂村地处黔北山区，过去是个穷村，村民外出打工的多。\n\n"
                "2015年6月，习近平总书记来到花茂村，走进王治强家。\n\n"
                "五年过去，王治强一家的日子怎么样了？\n\n"
                "记者再次来到花茂村，走进王治强家的院子。\n\n"
                "奋斗创造幸福生活\n\n"
                "“总书记来过花茂村以后，我把二楼和后院都改成餐厅，靠奋斗创造幸福生活，好日子是干出来的。”王治强说。\n\n"
                "奋斗创造幸福，如今花茂村的农家乐有几十家，村里的好日子、幸福生活越过越红火。\n"
            ),
            "好日子是干出来的（总书记来过我们家）",
            "奋斗创造幸福生活",
        ),
        # the heading's words (换班子) close the stretch above: the story turns to them, it does not end
        (
            (
                "风光正好三涧溪\n\n"
                "三涧溪村在山东章丘，十多年前是远近闻名的乱村。\n\n"
                "村里的路坑坑洼洼，村民上访不断，集体账上没有一分钱。\n\n"
                "那一年，镇里派来的工作组在村里住了整整一个月。\n\n"
                "他们挨家挨户地走，听了许多牢骚，也记下了许多盼头。\n\n"
                "老人们说得最多的一句话是：这个村，得先换班子。\n\n"
                "年轻人说得更直接：不换班子，啥也干不成。\n\n"
                "工作组把这些话一条条带回了镇上。\n\n"
                "镇党委研究了三个晚上，决定从换班子入手。\n\n"
                "换班子\n\n"
                "接连几天，高淑贞忙着串门，先到熟悉人家，再去左邻右舍，听大伙儿说说对换班子的心里话，问问对选举的想法。\n\n"
                "选举那天，礼堂里坐满了人，投票箱前排起了长队，计票一直持续到深夜。\n"
            ),
            "风光正好三涧溪",
            "换班子",
        ),
    ],
    ids=["tagged-reportage-whose-headline-speaks-of-the-text-below", "heading-the-stretch-above-speaks-of"],
)
def test_a_heading_the_story_still_speaks_of_stays_a_section(page, title, heading):
    arts = [a for a in articles_with_text(page) if a.kind != "fragment"]
    assert [a.title for a in arts] == [title]
    assert headings(arts[0]) == [heading]


def test_a_title_after_a_column_piece_opens_the_next_article_when_it_describes_what_follows():
    page = (
        "戴口罩，也是彼此关爱（环球走笔）\n\n"
        "疫情发生以来，戴口罩成为许多人出门的习惯。\n\n"
        "在一些国家，戴口罩曾被看作生病的标志，如今越来越多的人接受了它。\n\n"
        "口罩虽小，却关乎公共卫生，也关乎对他人的尊重。\n\n"
        "科学防护需要每个人的参与，戴口罩是最简单的一步。\n\n"
        "愿这份彼此关爱，成为人们共同的习惯。\n\n"
        "新加坡进一步强化疫情防控措施\n\n"
        "新加坡近日进一步强化新冠肺炎疫情防控措施，新加坡政府宣布关闭大部分工作场所。\n\n"
        "新加坡卫生部表示，强化疫情防控措施将持续到5月4日。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["戴口罩，也是彼此关爱（环球走笔）", "新加坡进一步强化疫情防控措施"]
    assert [len(a.paragraphs) for a in arts] == [5, 2]


def test_a_kicker_and_title_on_a_new_subject_after_a_tagged_feature_open_an_article():
    page = (
        "用文明标注进步（文明的力量）\n\n"
        "建设新时代文明实践中心，是党中央对宣传思想文化工作作出的重要部署。\n\n"
        "志愿服务活动在城乡社区蓬勃开展，文明实践让群众的精神生活更加充实。\n\n"
        "北京西部煤矿陆续关停，老矿区转型为林场\n\n挖煤人变成了种树人\n\n"
        "下过几场透雨，一片被煤矸石染得透黑的地块上，新栽的树苗冒出了嫩芽。当年的挖煤人如今成了种树人。\n\n"
        "老矿区转型为林场后，矿工们在林场里找到了新岗位。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "用文明标注进步（文明的力量）"), ("北京西部煤矿陆续关停，老矿区转型为林场", "挖煤人变成了种树人"),
    ]


def test_a_dateline_without_a_headline_joins_the_article_only_on_its_subject():
    page = (
        "多地推动知识产权保护与发展\n\n"
        "本报上海4月26日电（记者谢卫群）上海26日发布知识产权保护白皮书，全市专利授权量持续增长。\n\n"
        "本报沈阳4月26日电（记者刘佳华）辽宁26日召开专利奖奖励大会，推动知识产权保护与转化运用。\n\n"
        "可见光图像下火场火线自动提取技术获突破\n\n"
        "科技日报福州1月21日电（记者谢开飞）21日，记者从福州大学获悉，该校团队提出火场火线自动提取新方法。\n\n"
        "科技日报北京1月21日电（记者吴叶凡）21日，记者从人力资源社会保障部四季度新闻发布会上获悉，全国城镇新增就业1256万人。\n"
    )
    arts = articles_with_text(page)
    # the second report takes up the roundup's subject; the story on jobs has lost its headline and stands alone
    assert [a.title for a in arts] == ["多地推动知识产权保护与发展", "可见光图像下火场火线自动提取技术获突破", None]
    assert [p.text[:6] for p in arts[0].paragraphs] == ["本报上海4月", "本报沈阳4月"]
    assert arts[2].reporters == ["吴叶凡"]


def test_a_one_line_heading_in_two_clauses_after_a_column_piece_is_a_section():
    page = (
        "村里的变化可大了（总书记来过我们家）\n\n"
        "“这两年多来，家里吃的、穿的、住的、用的，样样都好了。”老赵笑着说。\n\n"
        "老赵家的院子收拾得干干净净，墙上挂着一家人的合影。\n\n"
        "两年前，村里修通了水泥路，家家户户通上了自来水。\n\n"
        "如今，老赵在村里的合作社上班，每月有稳定收入。\n\n"
        "儿子在县城读高中，成绩一直名列前茅。\n\n"
        "致富路宽，迎来幸福时光\n\n"
        "致富路越走越宽，幸福时光越过越甜，乡亲们说致富路上有奔头，幸福时光靠奋斗。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["村里的变化可大了（总书记来过我们家）"]
    assert ("heading", "致富路宽，迎来幸福时光") in kinds(arts[0])


def test_a_title_over_text_the_feature_never_speaks_of_opens_an_article():
    # a feature on birdwatching, then an untagged one-line title over a piece on tea: no dateline, no byline,
    # only the change of subject tells the two apart
    page = BIRDWATCHING + (
        "科学饮茶好处多多\n\n"
        "春节期间，家人欢聚，走亲访友，不少人会泡上一壶好茶，解腻消食。\n\n"
        "茶叶中含有茶多酚、咖啡碱等成分，适量饮用有益健康，但空腹喝浓茶容易伤胃。\n\n"
        "营养师建议，饭后半小时再饮茶为宜，睡前则少喝为好，以免影响睡眠。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["湿地观鸟正当时", "科学饮茶好处多多"]
    assert arts[1].paragraphs[0].text.startswith("春节期间")


def test_a_section_heading_that_turns_the_subject_keeps_the_features_words():
    page = BIRDWATCHING + (
        "护鸟志愿者守护湿地\n\n"
        "每到候鸟越冬时节，湖区的护鸟志愿者就忙碌起来，巡护湿地，劝阻惊扰鸟群的行为。\n\n"
        "志愿者说，看着鸟群一年比一年多，再苦再累也值得。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["湿地观鸟正当时"]
    assert headings(arts[0]) == ["护鸟志愿者守护湿地"]


def test_a_described_kicker_over_another_subject_opens_the_next_report():
    # two reports of a page built alike (kicker / title): the second is no section of the first, for its kicker
    # describes and its text is on another subject
    page = (
        "去年广东新改建农村公路超6700公里\n\n"
        "货车开到家门 果蔬运出乡村\n\n"
        "清晨，满载蔬菜的货车从村口出发，沿着新修的水泥路驶向城里的批发市场。\n\n"
        "过去村里只有一条泥巴路，一下雨就坑坑洼洼，农产品运不出去，好价钱也卖不上。\n\n"
        "去年以来，当地新改建农村公路数千公里，通达每个建制村，物流成本明显下降。\n\n"
        "交通部门表示，今年将继续推进“四好农村路”建设，让更多乡亲受益。\n\n"
        "陕西旬阳县双河镇“娘子军”义务巡河\n\n"
        "守护清水门前过\n\n"
        "隆冬时节，秦岭深处的双河镇，一支由妇女组成的巡河队沿着河岸捡拾垃圾。\n\n"
        "巡河队员说，河水清了，鱼儿多了，大家心里也亮堂了。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [
        ("去年广东新改建农村公路超6700公里", "货车开到家门 果蔬运出乡村"),
        ("陕西旬阳县双河镇“娘子军”义务巡河", "守护清水门前过"),
    ]


def test_a_headline_soon_after_the_lead_under_the_articles_subject_heads_a_section():
    page = (
        "代表之声·聚焦“防灾减灾”\n\n"
        "防灾减灾救灾事关人民群众生命财产安全。今年以来，多位全国人大代表围绕防灾减灾建言献策。\n\n"
        "全国人大代表、中国科学院院士崔鹏：\n\n"
        "加快灾害监测预警能力建设\n\n"
        "“防灾减灾，关键在于监测预警。”崔鹏代表建议，加强灾害风险调查，提升防灾减灾的科技支撑能力。\n\n"
        "全国人大代表、应急管理专家李明：\n\n"
        "让基层防灾减灾更有力\n\n"
        "李明代表说，基层是防灾减灾的第一道防线，要配齐基层应急力量。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["代表之声·聚焦“防灾减灾”"]
    assert headings(arts[0])[:2] == ["全国人大代表、中国科学院院士崔鹏：", "加快灾害监测预警能力建设"]


def test_a_two_part_headline_about_the_text_below_and_not_the_feature_opens_an_article():
    # under a column's feature, a kicker and title sharing a word or two with it (冬季, 志愿者) read as a section
    # unless they, and the text below, speak of other things
    page = BIRDWATCHING_FEATURE + (
        "护鸟志愿者提醒，观鸟要与鸟类保持距离，不要大声喧哗，更不要追赶惊扰，让越冬的鸟儿安安稳稳地度过寒冬，"
        "来年再回来，湿地保护要靠每一个人的自觉。\n\n"
        "浙江湖州志愿者开设“爱心驿站”\n\n"
        "冬季户外劳动者吃上热乎饭\n\n"
        "清晨六点，街头的“爱心驿站”亮起了灯，刚扫完马路的环卫工人走进来，接过一碗热气腾腾的面条和两个包子。\n\n"
        "驿站由社区和爱心商家共同开设，为户外劳动者提供免费早餐、热水和休息的地方，不少市民也主动前来做志愿者。\n"
    )
    arts = articles_with_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "湿地观鸟正当时（美丽中国）"), ("浙江湖州志愿者开设“爱心驿站”", "冬季户外劳动者吃上热乎饭")]


def test_a_headline_with_a_comma_after_a_dated_story_on_another_subject_opens_an_article():
    page = (
        "中国戏曲文化周举办\n\n"
        "本报北京10月25日电 （记者王珏）第二届中国戏曲文化周25日在北京园博园开幕，集中展示戏曲剧种和非遗项目。\n\n"
        "文化周期间，多个院团将通过沉浸式演出加强与观众的互动，让观众近距离感受戏曲的独特魅力。\n\n"
        "老有所学，提出新需求\n\n"
        "当前，我国人口老龄化程度不断加深，很多老年人表现出强烈的学习需求，老年教育的供给却相对不足。\n\n"
        "专家建议，扩大老年教育资源供给，让老年人老有所学、老有所乐。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["中国戏曲文化周举办", "老有所学，提出新需求"]


# A school's football feature, long prose whose own words run through every paragraph: the topic rules' fixtures
# set another story under it, with a section heading put in where each needs one.
FEATURE_TITLE = "大山深处的小学有了一支足球队"


FEATURE = [
    '每天下午四点，大山深处的这所小学操场上就热闹起来，二十多个孩子追着足球奔跑，喊声在山谷里回荡，体育老师吹着哨子，一遍遍纠正孩子们的传球动作和跑位，直到太阳落山才让大家收拾器材回教室。家住在山那边的孩子还要走上一个多小时的山路才能到家，可第二天一早，他们又会准时出现在操场上，球场上的笑声成了山村最动听的声音。',
    '这支足球队成立于三年前。那时学校连一块像样的球场都没有，孩子们在坑坑洼洼的土坪上踢球，摔倒了爬起来接着踢，体育老师说，孩子们对足球的喜欢让他下定决心，无论多难都要把球队办下去，这份坚持打动了很多人。',
    '球队的第一批足球是老师自掏腰包买的，踢坏了就用胶水补，补了又踢，一只球往往要用上大半年，孩子们舍不得，训练结束后总要把球擦干净，整整齐齐摆回器材室，第二天再小心翼翼地拿出来，那些旧足球后来成了学校的纪念品。',
    '后来，县里实施校园足球推广计划，学校铺上了人造草坪，球门、球网、训练服也陆续配齐，孩子们第一次穿上统一的球衣，站在崭新的草坪上合影，笑得合不拢嘴，照片至今挂在学校的走廊里，草坪边还种上了一排小树。',
    '训练很苦。冬天山里气温低，孩子们的手脚冻得通红，但没有一个人缺席，老师在场边准备了热水和姜汤，训练间隙让孩子们暖暖身子，再接着练习射门和带球，一练就是两个多小时，没有一个孩子喊过一声苦。',
    '为了提高水平，老师从网上找来教学视频，一个动作一个动作地拆解给孩子们看，还邀请县城的足球教练每月来学校指导一次，孩子们的技术一天天进步，场上的配合也越来越默契，进步的速度让教练都感到意外。',
    '去年秋天，球队第一次走出大山，参加全县小学生足球联赛，孩子们一路过关斩将，最终拿到了亚军，捧着奖杯回到学校的那天，全校师生在操场上列队欢迎，锣鼓声响了整整一个上午，这份荣誉属于每一个孩子。',
    '队长小刚说，以前只在电视上看过足球比赛，没想到自己也能站在赛场上，他最大的愿望是有一天能去大城市的体育场踢一场正式比赛，让更多人看到山里孩子在绿茵场上的风采，他说这个梦想一定要实现。',
    '足球也改变了孩子们。老师发现，参加球队的孩子更开朗了，懂得团结协作，学习成绩也没有落下，不少家长从一开始的反对变成了支持，周末还会来球场边给孩子们加油鼓劲，球场边的加油声越来越响。',
    '学校还把足球融入课堂，数学课上算射门角度，语文课上写比赛日记，美术课上画球星，孩子们对上学的兴趣更浓了，辍学的现象再没有出现过，村里人都说这支球队办得值，足球成了孩子们最好的伙伴。',
    '如今，这支足球队已经有了三个年龄段的梯队，低年级的孩子从最基础的颠球练起，高年级的孩子则担任小教练，带着弟弟妹妹一起训练，球队的传统就这样一届一届传了下来，球队的精神也在一代代延续。',
    '县教育部门负责人表示，将继续加大对乡村学校体育设施的投入，让更多山里孩子享受到足球带来的快乐，也让校园足球在大山深处扎下根来，开出更多更美的花朵，山村的足球故事还将继续书写。',
    '县里的体育老师培训班上，这所小学的老师分享了带队经验，他说，办好一支球队，关键是让孩子们真正爱上足球，只要孩子们愿意来，训练再苦也有人坚持，这份热情比什么都珍贵。',
    '周末的时候，村里的年轻人也会来到操场，和孩子们踢上一场友谊赛，大人们笨拙的动作常常引得孩子们哈哈大笑，足球让这个山村的周末变得格外热闹，邻里之间也更加亲近了。',
    '前不久，一家公益基金会来到学校考察，决定为球队捐赠一批新的训练器材，并资助队员们明年暑假去省城参加夏令营，消息传来，孩子们高兴得在操场上又蹦又跳。',
    '老师说，足球不仅锻炼了孩子们的身体，更培养了他们不怕困难、团结拼搏的品格，这些品格会陪伴他们走出大山，走向更广阔的天地，这才是办球队最大的意义所在。',
    '如今，每到比赛日，村里的老人也会搬着小板凳坐到场边，看孩子们在草坪上奔跑，他们说，这片操场是全村最热闹的地方，也是全村人心里最骄傲的地方。',
    '说起将来，孩子们的回答各不相同，有的想当职业球员，有的想当体育老师，有的想回到家乡办一所足球学校，但无论梦想是什么，他们都说，会一直踢下去。',
]


def feature_page(heading_at, heading, paragraphs, *below):
    """The feature's first paragraphs with a section heading among them, then the blocks of what stands below."""
    body = FEATURE[:paragraphs]
    return "\n\n".join([FEATURE_TITLE, *body[:heading_at], heading, *body[heading_at:], *below]) + "\n"


def test_a_long_story_whose_headline_still_speaks_of_it_ends_where_a_headline_speaks_of_other_text_below():
    # a section heading two paragraphs back, so this is no plain turn of subject: what decides is that the
    # story's own headline keeps speaking of its last stretch while neither speaks of the text below
    below = [
        '社区老年食堂开张了',
        '清晨七点，社区老年食堂的灯就亮了，厨师们忙着洗菜切菜，为附近的老人准备午饭，不少独居老人早早来到食堂门口，一边聊天一边等待开饭，饭菜的香味飘满了整条街道。',
        '社区负责人介绍，老年食堂由社区和爱心企业共同开办，老人凭卡就餐可以享受优惠，行动不便的老人还可以预约送餐上门，志愿者每天中午把热乎的饭菜送到老人家中。',
        '七十八岁的张大爷说，以前一个人在家做饭不方便，常常凑合一顿，现在每天到食堂吃饭，荤素搭配，价格实惠，还能和老伙伴们说说话，日子过得舒心多了。',
    ]
    page = feature_page(10, "球队有了梯队", 12, *below)
    arts = articles_with_text(page)
    assert [(a.title, len(a.paragraphs)) for a in arts] == [("大山深处的小学有了一支足球队", 13), ("社区老年食堂开张了", 3)]


def test_a_long_kicker_and_title_after_a_feature_with_one_line_sections_opens_the_next_story():
    # the kicker shares the feature's words, but the feature's sections are single lines and the text below
    # is about something its last stretch never speaks of
    below = [
        '大山深处的小学足球队带动全县校园体育发展',
        '县城学校开设冰雪课程',
        '入冬以来，县城几所中学陆续开设冰雪课程，学生们在冰场上学习滑冰和冰壶，不少学生第一次穿上冰鞋，摇摇晃晃地在冰面上迈出第一步，冰场上笑声阵阵。',
        '据介绍，今年全县投入专项资金新建两座室外冰场，聘请专业滑冰教练定期授课，计划用三年时间让冰雪运动覆盖所有中学，每名中学生至少掌握一项冰上技能。',
    ]
    page = feature_page(4, "球队有了新草坪", 16, *below)
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, len(a.paragraphs)) for a in arts] == [
        (None, "大山深处的小学有了一支足球队", 17),
        ("大山深处的小学足球队带动全县校园体育发展", "县城学校开设冰雪课程", 2),
    ]


def test_a_headline_sharing_nothing_with_a_dated_storys_own_opens_the_next_even_on_the_same_subject():
    # a comma and the story's words in it would make it a section; but it shares nothing with the headline
    page = (
        "王毅同俄罗斯外长通电话\n\n"
        "新华社北京2月3日电 国务委员兼外长王毅3日应约同俄罗斯外长拉夫罗夫通电话，双方表示将携手合作，共同做好疫情防控。\n\n"
        "拉夫罗夫表示，俄方愿同中方加强疫情防控合作，携手应对挑战。\n\n"
        "携手合作，共同防控疫情\n\n"
        "连日来，多国政府和国际组织负责人致函致电，支持中方防控疫情，表示愿提供帮助。\n\n"
        "多国民众也通过各种方式为中国加油鼓劲。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["王毅同俄罗斯外长通电话", "携手合作，共同防控疫情"]


def test_a_long_feature_ends_at_a_headline_over_text_neither_its_headline_nor_its_last_stretch_speaks_of():
    # the title has a comma, which alone would make it a section heading of the feature
    below = [
        '充电桩进小区，车主不再愁',
        '城东居民王先生最近换购电动汽车，令人惊喜的是，小区地下车库新装的充电桩扫码就能用，晚上插上电，次日清晨电量就满了，出门办事方便多了。',
        '据供电公司介绍，今年以来已在城区改造配电线路四十余公里，为一百余个老旧小区接入专用电源，新装充电桩按照峰谷分时计价，夜间充电费用更低。',
    ]
    page = feature_page(4, "球队有了新草坪", 18, *below)
    arts = articles_with_text(page)
    assert [(a.title, len(a.paragraphs)) for a in arts] == [("大山深处的小学有了一支足球队", 19), ("充电桩进小区，车主不再愁", 2)]


def test_a_headline_with_no_other_of_its_build_ahead_over_text_the_article_never_speaks_of_opens_a_story():
    # a short feature: sections would come in series and keep its words; this lone headline does neither
    below = [
        '充电桩进小区，车主不再愁',
        '城东居民王先生最近换购电动汽车，令人惊喜的是，小区地下车库新装的充电桩扫码就能用，晚上插上电，次日清晨电量就满了，出门办事方便多了。',
        '据供电公司介绍，今年以来已在城区改造配电线路四十余公里，为一百余个老旧小区接入专用电源，新装充电桩按照峰谷分时计价，夜间充电费用更低。',
    ]
    page = feature_page(4, "球队有了新草坪", 7, *below)
    arts = articles_with_text(page)
    assert [(a.title, len(a.paragraphs)) for a in arts] == [("大山深处的小学有了一支足球队", 8), ("充电桩进小区，车主不再愁", 2)]


def test_a_two_part_headline_sharing_nothing_with_the_articles_own_opens_a_story_even_on_its_subject():
    # the kicker speaks the feature's words (操场, 孩子们, 训练), but not one pair of its headline's
    below = [
        '操场上的孩子们每天坚持训练',
        '体育课开足开齐 老师配齐配强',
        '在县城另一头的中心校，孩子们正在操场上练习跳远和短跑，体育老师站在场边一遍遍示范动作，训练结束后，孩子们围着老师问个不停，操场上满是欢声笑语。',
        '县教育局介绍，全县乡村学校已全部开足开齐体育课，每所学校都配备了专职体育老师，孩子们每天在校体育活动时间不少于一小时，体质健康达标率逐年提高。',
    ]
    # its first paragraph runs on with the teachers watching: the mean paragraph clears 92 characters
    page = feature_page(2, "球队有了新球场", 12, *below).replace(FEATURE[0], FEATURE[0] + '操场边的老师们看着孩子们奔跑的身影，脸上满是欣慰，他们说这样的日子值得坚持。', 1)
    arts = articles_with_text(page)
    assert [(a.kicker, a.title, len(a.paragraphs)) for a in arts] == [
        (None, "大山深处的小学有了一支足球队", 13),
        ("操场上的孩子们每天坚持训练", "体育课开足开齐 老师配齐配强", 2),
    ]


def test_a_title_over_a_box_label_heads_a_section_however_far_the_text_below_turns():
    # 少捕慎诉，减少不必要的羁押 / 案例: a heading, then the label of the case box under it; the case may speak of
    # other things than the feature's first stretch, but a label is no story's title
    page = BIRDWATCHING_FEATURE + (
        "严格执法，守住候鸟迁徙通道\n\n"
        "案例\n\n"
        "去年冬天，一名男子在湖区偷偷架设捕鸟网，被巡护队员当场发现，警方依法没收网具并处以罚款，案件很快审结。\n\n"
        "法院审理认为，该男子的行为破坏了野生动物资源，判决其承担生态修复费用，并在当地媒体公开赔礼道歉。\n"
    )
    (art,) = articles_with_text(page)
    assert headings(art) == ["严格执法，守住候鸟迁徙通道", "案例"]


def test_a_heading_over_text_that_keeps_naming_the_features_subject_stays_a_section():
    # the heading (徒弟进门) and the text under it share no words with the feature's headline or its last
    # stretch, but the text goes on naming the craftsman the feature is about: the profile's next section
    page = (
        "守着老窑的人（乡村匠人）\n\n"
        "清晨的薄雾还没散尽，山坳里的龙窑已经冒起了青烟。守窑的汉子个子不高，手上满是老茧，名叫游福顺，烧了三十年的窑。\n\n"
        "游福顺生在窑头村，十六岁跟着父亲学拉坯，从揉泥、拉坯到施釉、装窑，一道工序一道工序地学，手上起了泡也不吭声。\n\n"
        "窑火最难看。一窑瓷要烧两天两夜，火候差一点，整窑就废了。游福顺守在窑口，看火色、听窑声，困了就在窑边打个盹。\n\n"
        "那些年，村里的年轻人一个个进了城，老窑一座接一座熄了火，只有游福顺的这一座，年年照样点火。\n\n"
        "徒弟进门\n\n"
        "前年秋天，一个背着双肩包的小伙子找上门来，说在网上刷到视频，专程赶来拜师。游福顺起初不肯收，小伙子就在院门口等了一个星期。\n\n"
        "如今徒弟已经出师，还把师父干活的样子拍成短视频发到网上，订单多了好几倍，游福顺笑得合不拢嘴。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["守着老窑的人（乡村匠人）"]
    assert headings(arts[0]) == ["徒弟进门"]
    assert arts[0].paragraphs[-1].text.startswith("如今徒弟已经出师")
