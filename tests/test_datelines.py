from archive.datelines import parse_byline, parse_closing, parse_closing_byline, parse_dateline
from archive.pipeline import reconstruct


def test_xinhua_dateline_with_reporters():
    d = parse_dateline("新华社北京1月21日电（记者 张晓洁 张辛欣）记者从工业和信息化部获悉")
    assert (d.printed, d.agency, d.place, d.month, d.day) == ("新华社北京1月21日电", "新华社", "北京", 1, 21)
    assert d.reporters == ["张晓洁", "张辛欣"]


def test_ju_xinhua_foreign_place():
    d = parse_dateline("据新华社首尔1月21日电（记者冯亚松）据韩国媒体21日报道")
    assert (d.printed, d.agency, d.place) == ("据新华社首尔1月21日电", "新华社", "首尔")
    assert d.reporters == ["冯亚松"]


def test_dateline_without_reporter():
    d = parse_dateline("新华社北京1月21日电 为把学习贯彻习近平生态文明思想不断引向深入")
    assert d.reporters == [] and d.day == 21


def test_paper_dateline_with_correspondent():
    d = parse_dateline("科技日报福州1月21日电（记者谢开飞 通讯员陈思喜）21日，记者从福州大学获悉")
    assert d.agency == "科技日报" and d.place == "福州"
    assert d.reporters == ["谢开飞"] and d.assistants == ["陈思喜"]


def test_xun_dateline_has_no_date():
    d = parse_dateline("科技日报讯（记者刘园园）1月20日晚，国家发展改革委")
    assert d.agency == "科技日报" and d.month is None and d.reporters == ["刘园园"]


def test_dateline_broken_inside_reporter_parenthesis_reads_after_joining():
    # seed 001 prints 新华社北京1月21日电（记者 / 张晓洁 张辛欣） over two lines; paragraphs are joined first
    d = parse_dateline("新华社北京1月21日电（记者" + "张晓洁 张辛欣）国新办21日举行的")
    assert d.reporters == ["张晓洁", "张辛欣"]


def test_not_a_dateline():
    assert parse_dateline("记者了解到，下一步，工业和信息化部将") is None
    assert parse_dateline("2024年，我国新能源汽车年产销量迈上千万辆级台阶") is None


def test_bylines():
    assert parse_byline("本报记者 齐旭") == (["齐旭"], [])
    assert parse_byline("○ 新华社记者 黄玥 董博婷 王明玉") == (["黄玥", "董博婷", "王明玉"], [])
    assert parse_byline("记者了解到，下一步") is None


def test_closing_dateline_with_reporters():
    d = parse_closing("（新华社北京1月21日电 新华社记者黄玥 董博婷 王玉玉）")
    assert d.printed == "新华社北京1月21日电" and d.reporters == ["黄玥", "董博婷", "王玉玉"]
    assert parse_closing("加快制造业绿色低碳发展。（新华社北京1月21日电）").day == 21


def test_closing_without_a_date_and_resident_correspondent_bylines():
    from archive.datelines import parse_byline, parse_closing

    d = parse_closing("在马普托—卡滕贝悬索桥的建设过程中，友好合作的故事还有很多。（本报约翰内斯堡电）")
    assert (d.agency, d.place, d.month, d.day) == ("本报", "约翰内斯堡", None, None)
    assert parse_byline("本报驻埃及记者 景玥") == (["景玥"], [])
    assert parse_byline("新华社驻华盛顿记者 刘亚南 熊茂伶") == (["刘亚南", "熊茂伶"], [])


def test_datelines_from_several_places():
    from archive.datelines import parse_closing, parse_dateline

    d = parse_dateline("本报华盛顿、开罗1月2日电（记者张三、李四）美国国会……")
    assert (d.place, d.month, d.day, d.reporters) == ("华盛顿、开罗", 1, 2, ["张三", "李四"])
    c = parse_closing("（本报东京、堪培拉、渥太华、巴西利亚电记者刘军国、刘天亮、吴云、范剑青）")
    assert c.place == "东京、堪培拉、渥太华、巴西利亚" and c.reporters == ["刘军国", "刘天亮", "吴云", "范剑青"]


def test_agency_dateline_without_place_or_date_spaced_from_its_reporters():
    d = parse_dateline("据新华社电 （记者梁建强）每年清明节，武汉铁路公安处的民警都会来到这里。")
    assert (d.printed, d.agency, d.place, d.month, d.reporters) == ("据新华社电", "新华社", None, None, ["梁建强"])
    assert parse_dateline("新华社电文件显示，今年以来") is None  # 电 without a reporter parenthesis is running text


def test_agency_dateline_without_place_date_or_reporter_before_a_space():
    # 本报电 / 据新华社电 then a space: 526 briefs open so in People's Daily 2020
    d = parse_dateline("本报电 北京协和医学院近日举行准聘长聘教职制度启动仪式。")
    assert (d.printed, d.agency, d.month, d.reporters) == ("本报电", "本报", None, [])
    assert parse_dateline("据新华社电 世界卫生组织22日说，").agency == "新华社"
    assert parse_dateline("本报电视频道近日推出新栏目") is None


def test_two_character_names_set_to_three_widths():
    # People's Daily pads a two-character name with a space (王 慧) to line up with three-character ones
    assert parse_byline("本报记者 王新萍 王 慧 韩晓明 曲 颂") == (["王新萍", "王慧", "韩晓明", "曲颂"], [])
    assert parse_byline("本报驻尼日利亚记者 姜 宣") == (["姜宣"], [])
    assert parse_dateline("本报北京1月2日电（记者 王 慧、曲 颂）今天").reporters == ["王慧", "曲颂"]
    assert parse_dateline("新华社北京1月21日电（记者 张晓洁 张辛欣）国新办").reporters == ["张晓洁", "张辛欣"]


def test_bylines_of_any_paper_and_their_correspondents():
    assert parse_byline("光明日报记者 王 慧") == (["王慧"], [])
    assert parse_byline("中国青年报记者 李强") == (["李强"], [])
    assert parse_byline("法治日报记者 陈磊 通讯员 王五") == (["陈磊"], ["王五"])
    assert parse_byline("本报记者 陈磊 本报通讯员 王五 李六") == (["陈磊"], ["王五", "李六"])
    assert parse_byline("人民日报记者近日走访了") is None


def test_author_lines_are_read_as_bylines_but_column_tags_are_not():
    assert parse_byline("作者：张三") == (["张三"], [])
    assert parse_byline("文｜王 慧") == (["王慧"], [])
    assert parse_byline("尹晓东（中国儿童艺术剧院院长）") == (["尹晓东"], [])
    assert parse_byline("——沈开举委员（民进河南省委副主委、郑州大学法学院教授）") == (["沈开举"], [])
    assert parse_byline("春天（组诗）") is None and parse_byline("王者归来（短评）") is None


def test_a_dateline_that_prints_its_year():
    from archive.dates import article_date

    d = parse_dateline("新华社北京2019年12月31日电 中共中央纪律检查委员会驻中国人民银行纪检监察组原组长郭锡权同志逝世。")
    assert (d.printed, d.place, d.year, d.month, d.day) == ("新华社北京2019年12月31日电", "北京", 2019, 12, 31)
    # the printed year wins over the one the paper's date would give
    assert article_date(12, 31, "2021-01-05", None, d.year) == ("2019-12-31", False)
    assert article_date(12, 31, "2021-01-05", None) == ("2020-12-31", False)


def test_a_broadcasters_lead_with_its_programme_is_a_dateline_without_place_or_date():
    d = parse_dateline("央视网消息（新闻联播）：国家卫生健康委今天（9月18日）通报")
    assert (d.printed, d.agency, d.place, d.month) == ("央视网消息（新闻联播）：", "央视网", None, None)
    assert parse_dateline("据新华社消息：近日").agency == "新华社"
    assert parse_dateline("人民网消息显示，近日") is None  # no colon: running text that names a source


def test_a_title_under_a_column_tag_that_tells_stories_is_not_a_writer_and_post():
    assert parse_byline("生命之舱（抗疫一线的故事）") is None
    assert parse_byline("壮歌出征（脱贫故事）") is None
    assert parse_byline("喜出深山（记录中国·暖暖的新家）") is None
    assert parse_byline("尹晓东（中国儿童艺术剧院院长）") == (["尹晓东"], [])


def test_reporters_named_in_running_words_after_the_lead():
    # papers that print 记者…报道： after the lead instead of a bracket
    d = parse_dateline("羊城晚报讯 记者张三、通讯员李四报道：昨日，广州市举行新闻发布会")
    assert (d.agency, d.reporters, d.assistants) == ("羊城晚报", ["张三"], ["李四"])
    assert "昨日" not in d.printed and d.length == len("羊城晚报讯 记者张三、通讯员李四报道：")


def test_bylines_of_papers_named_with_a_dot_or_as_news_sites():
    assert parse_byline("中青报·中青网记者 张 三") == (["张三"], [])
    assert parse_byline("澎湃新闻记者 李四") == (["李四"], [])


def test_a_narrow_column_line_cut_from_a_sentence_about_an_interview_is_not_a_byline():
    assert parse_byline("萨孔达在接受本报记者采访时表") is None
    assert parse_byline("尔·阿万在接受本报记者采访时") is None
    assert parse_byline("在接受新闻记者采访时") is None


def test_bylines_with_interns_media_roles_and_leading_marks():
    # forms other papers print: 全媒体记者, 首席记者, 实习生 after the reporters, a closing 报道, a bullet or 文/图
    assert parse_byline("法治日报全媒体记者 张 三") == (["张三"], [])
    assert parse_byline("本报首席记者 李四") == (["李四"], [])
    assert parse_byline("■本报记者 张三 实习生 李四") == (["张三"], ["李四"])
    assert parse_byline("本报记者 张三 通讯员 李四 实习生 王五") == (["张三"], ["李四", "王五"])
    assert parse_byline("记者 张三 通讯员 李四 报道") == (["张三"], ["李四"])
    assert parse_byline("文/图 本报记者 王五") == (["王五"], [])
    assert parse_byline("实习生们走进了车间") is None


def test_reporters_named_after_the_lead_without_a_colon_and_a_closing_ju():
    d = parse_dateline("本报北京1月21日讯 记者张三报道 近日，北京市启动")
    assert (d.printed, d.reporters) == ("本报北京1月21日讯", ["张三"])
    assert "近日" not in d.printed and d.length == len("本报北京1月21日讯 记者张三报道 ")
    closing = parse_closing("一批新项目近日开工。（据新华社电）")
    assert (closing.agency, closing.printed) == ("新华社", "据新华社电")


def test_an_unnamed_commentator_and_an_author_set_off_by_a_space_are_bylines():
    assert parse_byline("本报评论员") == ([], [])
    assert parse_byline("经济日报特约评论员") == ([], [])
    assert parse_byline("作者 张三") == (["张三"], [])
    assert parse_byline("评论员") is None and parse_byline("作者认为") is None


def test_words_and_pictures_marks_a_paper_s_correspondent_a_dashed_site_and_a_paper_s_app():
    assert parse_byline("文/本报记者 张三") == (["张三"], [])  # not 本报记者 read as a name
    assert parse_byline("本报记者 张三 文/图") == (["张三"], [])
    assert parse_byline("文/图 张三") == (["张三"], [])
    assert parse_byline("光明日报记者 张三 光明日报通讯员 李四") == (["张三"], ["李四"])
    assert parse_byline("工人日报—中工网记者 张三") == (["张三"], [])
    d = parse_dateline("中国青年报客户端北京1月21日电（中青报·中青网记者 张三）近日，")
    assert (d.agency, d.place, d.reporters) == ("中国青年报客户端", "北京", ["张三"])
    d = parse_dateline("中国日报网1月21日电 近日，")
    assert (d.agency, d.place, d.month, d.day) == ("中国日报网", None, 1, 21)


def test_a_roundup_closes_on_all_its_correspondents_places_and_names():
    d = parse_closing(
        "（本报北京、罗马、曼谷、墨西哥城、开罗、布鲁塞尔、华盛顿、约翰内斯堡、巴黎、柏林、里约热内卢11月24日电 "
        "记者吴刚、韩硕、赵益普、刘旭霞、黄培昭、张朋辉、李志伟、李滢嫣、刘玲玲、花放、朱东君）"
    )
    assert (d.agency, d.month, d.day) == ("本报", 11, 24)
    assert d.place.split("、")[-1] == "里约热内卢" and len(d.reporters) == 11


def test_a_closing_dateline_may_print_the_year():
    d = parse_closing("（新华社北京2019年12月31日电）")
    assert (d.agency, d.place, d.month, d.day) == ("新华社", "北京", 12, 31)


def test_reporters_after_the_lead_set_off_by_spaces_a_slash_or_a_comma():
    d = parse_dateline("本报讯 记者 张三 通讯员 李四 近日，某市启动")
    assert (d.reporters, d.assistants) == (["张三"], ["李四"]) and d.printed == "本报讯"
    assert parse_dateline("本报讯 记者从市交通局获悉，").reporters == []  # 记者从… is the sentence, not a name
    d = parse_dateline("南方日报讯 （记者/李三 通讯员/王四）广州市近日")
    assert (d.reporters, d.assistants) == (["李三"], ["王四"])
    d = parse_dateline("羊城晚报讯 记者张三，通讯员李四报道：近日")
    assert (d.reporters, d.assistants) == (["张三"], ["李四"])
    assert parse_byline("中国青年报·中青在线记者 孙八") == (["孙八"], [])


def test_a_brief_signed_at_its_end_in_brackets_names_its_reporters():
    assert parse_closing_byline("（本报记者 张三）") == (["张三"], [])
    assert parse_closing_byline("（记者 张三 通讯员 李四）") == (["张三"], ["李四"])
    assert parse_closing_byline("（李 恬）") == (["李恬"], [])
    assert parse_closing_byline("（综合本报记者王浩、赵贝佳、范昊天报道）") == (["王浩", "赵贝佳", "范昊天"], [])
    assert parse_closing_byline("（本报记者倪弋整理）") == (["倪弋"], [])
    assert parse_closing_byline("（新华社）") is None and parse_closing_byline("（作者为北京大学教授）") is None
    page = "稳就业政策落地见效\n\n本月以来，各地出台多项稳就业措施，帮助高校毕业生等重点群体就业。\n\n（本报记者 李心萍）\n"
    [article] = [a for a in reconstruct(page) if a.kind == "article"]
    assert article.reporters == ["李心萍"]


def test_a_name_holding_a_roles_character_is_kept_whole():
    # 通 and 实 begin 通讯员 and 实习生, 记 begins 记者: only the whole role word starts a new run of names
    d = parse_dateline("新华社北京1月21日电（记者王通达、李实 通讯员周记成）今天")
    assert d.reporters == ["王通达", "李实"] and d.assistants == ["周记成"]
    assert parse_closing("（新华社北京1月21日电 记者王通达）").reporters == ["王通达"]


def test_a_byline_is_read_by_role_whichever_comes_first():
    assert parse_byline("本报通讯员 李四 记者 张三") == (["张三"], ["李四"])
    assert parse_byline("本报记者 王通达 本报通讯员 周实") == (["王通达"], ["周实"])
    # where the reporters filed from is no name
    assert parse_byline("本报记者 张三 李四 王五 发自北京") == (["张三", "李四", "王五"], [])
    # a transcribed name in parts
    assert parse_byline("本报记者 阿依古丽·买买提") == (["阿依古丽·买买提"], [])


def test_reporters_of_several_papers_in_one_dateline_leave_out_the_papers_names():
    d = parse_dateline("新华社西双版纳1月22日电（新华社记者张晓松、朱基钗 人民网记者程远州）习近平总书记")
    assert d.reporters == ["张晓松", "朱基钗", "程远州"]


def test_a_papers_lead_in_square_brackets_names_its_posted_correspondents():
    d = parse_dateline("【环球时报驻美国特约记者 张三 环球时报记者 李四】美国商务部21日公布新规")
    assert (d.printed, d.agency, d.place) == ("【环球时报驻美国特约记者 张三 环球时报记者 李四】", "环球时报", "美国")
    assert d.reporters == ["张三", "李四"] and d.month is None
    d = parse_dateline("【环球时报综合报道】日本央行21日宣布维持超宽松货币政策不变")
    assert (d.agency, d.reporters) == ("环球时报", [])
    assert parse_dateline("【环球网报道 记者 王五】据日本共同社报道").reporters == ["王五"]
    # a box label in brackets names no paper
    assert parse_dateline("【记者观察】这次采访中") is None


def test_articles_led_by_bracketed_leads_split_at_each_lead():
    page = (
        "美对华芯片新规遭业界批评\n\n"
        "【环球时报驻美国特约记者 张三 环球时报记者 李四】美国商务部21日公布新规，进一步限制对华出口先进芯片，"
        "美国半导体行业协会当天发表声明表示，新规将损害美国企业的竞争力。\n\n"
        "中方专家认为，美方泛化国家安全概念，扰乱全球产业链供应链稳定，最终损人不利己。\n\n"
        "日本央行维持超宽松货币政策\n\n"
        "【环球时报综合报道】日本央行21日宣布维持超宽松货币政策不变，将短期利率维持在负0.1%。\n\n"
        "分析人士认为，日本央行短期内调整政策的可能性不大。\n"
    )
    arts = reconstruct(page)
    assert [(a.title, a.agency, a.place, a.reporters) for a in arts] == [
        ("美对华芯片新规遭业界批评", "环球时报", "美国", ["张三", "李四"]),
        ("日本央行维持超宽松货币政策", "环球时报", None, []),
    ]


def test_traditional_character_leads_are_read_and_names_kept_as_printed():
    d = parse_dateline("新華社北京1月21日電（記者 張三 李四）今天")
    assert (d.printed, d.agency, d.place, d.day, d.reporters) == ("新華社北京1月21日電", "新华社", "北京", 21, ["張三", "李四"])
    d = parse_dateline("【大公報訊】記者張三報道：特區政府今日公布")
    assert (d.printed, d.agency, d.reporters) == ("【大公報訊】", "大公报", ["張三"])
    assert "【大公報訊】記者張三報道：特區政府今日公布"[d.length :] == "特區政府今日公布"
    assert parse_dateline("香港文匯報訊（記者 張三）特區政府今日").agency == "香港文汇报"
    assert parse_byline("本報記者 張三") == (["張三"], [])
    assert parse_closing("（新華社北京1月21日電 記者張三）").reporters == ["張三"]
