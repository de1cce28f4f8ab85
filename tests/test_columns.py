"""Lines into paragraphs: narrow columns, re-wraps by count, blank lines mid-paragraph, indents, page furniture."""

import os
import re

import pytest

from archive.blocks import is_furniture
from archive.lines import split_lines
from archive.pipeline import reconstruct

from .conftest import FIXTURES, seed_text
from .pages import SERIES_PAGE, articles_with_text, by_title, kinds, narrow, page_blocks, rewrap, scattered


def test_narrow_columns_rejoin_paragraphs_across_breaks():
    # seed 001: lines every ~14 characters, blank lines mid-sentence (累计达到 / 33家), no blank at paragraph ends
    arts = reconstruct(seed_text("001"))
    putin = by_title(arts, "普京举行视频会晤")
    assert [p.text[:6] for p in putin.paragraphs] == ["新华社北京1", "两国元首互致", "习近平指出，", "习近平强调，", "普京表示，俄", "两国元首还就"]
    assert putin.paragraphs[-1].text.endswith("同意在新的一年里继续保持战略沟通。王毅参加活动。")
    assert putin.dateline == "新华社北京1月21日电" and putin.reporters == ["董雪"]


def test_wrapped_title_and_subtitle():
    arts = reconstruct(seed_text("001"))
    li = by_title(arts, "座谈会")
    assert li.title == "李强主持召开各民主党派中央、全国工商联负责人和无党派人士代表座谈会"
    assert li.subtitle == "听取对政府工作报告的意见建议"


def test_section_label_is_furniture_not_an_article():
    arts = reconstruct(seed_text("001"))
    assert not any((a.title or "") == "国内国际" or (a.kicker or "") == "国内国际" for a in arts)


@pytest.mark.parametrize(
    "masthead",
    [
        "人民日报 2020年01月01日 第01版",
        "《 人民日报 》（ 2020年01月01日 01 版）",
        "光明日报 2021-03-05",
        "A03版：要闻",
        "第 3 版",
        # city and business papers: a lettered page, a number and its section's label
        "A03",
        "A3 要闻",
        "03 | 国内",
        "B2 理论",
    ],
)
def test_mastheads_page_numbers_and_editor_lines_are_furniture(masthead):
    # the page's masthead line and the editors' line a web edition prints are no articles nor paragraphs
    body = "本报北京1月1日电（记者张三）新年第一天，首都各界群众在天安门广场观看升旗仪式。"
    page = f"{masthead}\n\n新年首日天安门广场举行升旗仪式\n\n{body}\n\n（责编：王五、李六）\n\n版面编辑：赵七\n"
    (art,) = articles_with_text(page)
    assert (art.kicker, art.title) == (None, "新年首日天安门广场举行升旗仪式") and [p.text for p in art.paragraphs] == [body]


@pytest.mark.parametrize("line", ["G20 峰会开幕", "A3 新能源汽车", "3"])
def test_a_number_before_words_that_are_no_sections_label_is_no_page_mark(line):
    # a headline led by a name with digits, or a bare number (a list's, a figure's), is left to the page
    assert not is_furniture(line)


def test_a_date_a_column_leaves_at_a_lines_end_is_no_running_head():
    # …文化周将于2020年10月30日 / 至11月4日举办: the line ends on a date, the paragraph goes on
    lines = ["本报佛山10月29日电（记者李四）", "文化周将于2020年10月30日", "至11月4日举办，各项活动将陆", "续展开，市民可以免费参加。"]
    (art,) = articles_with_text("文化周明日开幕\n\n" + "\n".join(lines) + "\n")
    assert [p.text for p in art.paragraphs] == ["".join(lines)]


def test_a_word_a_column_cut_after_she_or_a_phone_label_runs_on():
    # …打开电脑摄 / 像头 is no photo credit, and 电话：“… someone's words, not a contact line: the paragraph goes on
    first = ["疫情期间，考生不用再怀揣简历", "赶赴面试，而是直接打开电脑摄", "像头与考官在网上面对面交流，", "整个过程不到半个小时。"]
    second = ["一位求职者说，面试刚结束不到", "五分钟，就接到了工地负责人的", "电话：“明天就来上班吧！”"]
    (art,) = articles_with_text("云面试走进毕业季\n\n" + "\n".join(first) + "\n\n" + "\n".join(second) + "\n")
    assert [p.text for p in art.paragraphs] == ["".join(first), "".join(second)]


def test_narrow_fixture_subtitle_byline_and_continued_to():
    with open(os.path.join(FIXTURES, "narrow_columns.txt"), encoding="utf-8") as f:
        arts = reconstruct(f.read())
    assert len(arts) == 1
    a = arts[0]
    assert (a.title, a.subtitle, a.reporters) == ("乡村公路通到家门口", "——记山区群众出行条件改善", ["陈大文"])
    assert a.continued_to == "下转第3版"
    assert [p.text[:6] for p in a.paragraphs] == ["清晨六点，第", "公路修通以后"]


def test_title_broken_at_a_phrase_keeps_a_space_wrapped_title_does_not():
    arts = reconstruct(seed_text("001"))
    assert any(a.title == "尹锡悦出席弹劾案辩论 否认紧急戒严相关指控" for a in arts)
    assert any(a.title == "李强主持召开各民主党派中央、全国工商联负责人和无党派人士代表座谈会" for a in arts)


def test_wrap_artefacts_closing_quote_and_kicker_dashes():
    # Re-wrapped every 14 characters: a paragraph's closing ” lands alone on a line, and a kicker's trailing
    # —— on the next; neither starts anything.
    page = (
        "城市书房深受欢迎\n\n"
        "本报北京3月1日电 记者走访发现，“书房\n就在家门口，下班就能来读书。\n”\n\n"
        "据统计，全市已建成城市书房120家。\n\n"
        "市图书馆馆长王小明\n——\n\n"
        "让阅读成为生活方式\n\n"
        "城市书房建设还将继续推进，今年计划新建30家。\n"
    )
    arts = reconstruct(page)
    assert [a.title for a in arts] == ["城市书房深受欢迎", "让阅读成为生活方式"]
    assert arts[0].paragraphs[0].text.endswith("下班就能来读书。”")
    assert arts[1].kicker == "市图书馆馆长王小明——"


def test_a_column_tag_wrapped_under_a_title_that_filled_its_line_stays_in_the_title():
    # in 14-character columns “党员必须先上，没有商量！” fills its line and （人民论坛） wraps onto the next
    page = narrow([
        "（本报记者张璁、倪弋、林丽鹂、赵展慧、江南、姚雪青、王珂、黄晓慧）",
        "“党员必须先上，没有商量！”（人民论坛）",
        "最近，一场特殊的组织生活会，经媒体报道，赢得网友一致点赞。党支部书记说：“最困难的工作，党员先上。”",
        "疫情当前，党员顶上去、冲在前，生动践行了入党誓言和初心使命。",
    ])
    arts = [a for a in articles_with_text(page) if a.title]
    assert [a.title for a in arts] == ["“党员必须先上，没有商量！”（人民论坛）"]
    assert arts[0].paragraphs[0].text.startswith("最近")


def test_a_section_label_word_wrapped_under_a_full_title_line_stays_in_the_title():
    # 习近平结束对缅甸国事访问回到国内 in 14-character columns leaves 国内 alone on the next line: the title's last
    # word, not the page's section label
    page = narrow([
        "丁薛祥、杨洁篪、王毅、何立峰等参加上述活动。",
        "习近平结束对缅甸国事访问回到国内",
        "本报北京1月18日电 1月18日晚，国家主席习近平在结束对缅甸国事访问后，回到国内。",
    ])
    arts = [a for a in articles_with_text(page) if a.title]
    assert [a.title for a in arts] == ["习近平结束对缅甸国事访问回到国内"]


def test_a_rewrap_cut_by_count_ends_a_paragraph_on_a_line_one_character_short():
    # re-wrapped to exactly 14 characters with no blank lines: 一年接待游客四十多万人次。 runs 13, a paragraph's
    # end (printed columns run a character either side of their width, but a re-wrap cuts every running line
    # at its count)
    paragraphs = [
        "今年以来，这个县新建改建农村公路一千二百多公里，通村公路全部硬化，沿线村庄的客车班次比去年多了一倍，山里的群众出行比过去方便了许多。",
        "道路通了，产业也跟着活了起来。县里依托沿线的茶园和果园，引导农户发展民宿和采摘，去年一年接待游客四十多万人次。",
        "在城南社区，最忙的要数便民服务站。",
        "每天一早，服务站门口就排起了长队，前来办理医保、社保和证明事项的居民络绎不绝，工作人员从早忙到晚，连午饭也顾不上吃。",
        "“过去办个证明要跑好几趟，现在楼下就能办，省心多了。”刚办完手续的居民王大爷笑着说，服务站的工作人员既热情又耐心。",
        "与此同时，社区还组织志愿者上门，为行动不便的老人代办各类事项，一年来已经服务了三百多人次，受到居民普遍欢迎。",
    ]
    (art,) = articles_with_text(narrow(paragraphs, between="\n"))
    assert [p.text for p in art.paragraphs] == paragraphs


def test_a_rewrap_counts_the_space_a_line_ends_on():
    # 据新华社布鲁塞尔5月8日电 and the space after it fill a 14-character line: the dateline runs on into its
    # paragraph, not a line stopping short
    paragraphs = [
        "据新华社布鲁塞尔5月8日电 （记者王五）欧盟委员会8日发布春季经济预测报告，预计今年欧元区经济将增长百分之一点七。",
        "报告说，能源价格回落和通胀放缓将支撑居民消费，但外部需求疲弱和利率处于高位仍将拖累企业投资。",
        "报告同时提醒，地缘政治紧张局势和贸易摩擦带来的不确定性依然较大，各成员国应继续推进结构性改革。",
        "欧盟委员会负责经济事务的委员在发布会上表示，欧洲经济已经度过最困难的时期，但复苏的基础仍不牢固，需要保持政策的连续性。",
    ]
    (art,) = articles_with_text(narrow(["欧盟预计今年欧元区经济增长百分之一点七", *paragraphs], between="\n"))
    assert art.dateline == "据新华社布鲁塞尔5月8日电" and art.reporters == ["王五"]
    assert [p.text[:8] for p in art.paragraphs] == ["据新华社布鲁塞尔", "报告说，能源价格", "报告同时提醒，地", "欧盟委员会负责经"]


def test_a_headline_back_to_back_with_text_that_ends_on_a_full_line():
    # no blank lines, 14-character lines: …增加了早稻的种植面积。 fills its line, then 今年春季全国完成造林三千多万 /
    # 亩 stops short without ending a sentence: the next story's title, not the paragraph's last words
    first = [
        "本报南昌5月8日电（记者张三）记者从江西省农业农村厅获悉：今年全省早稻播种面积稳定在一千九百万亩以上，比去年略有增加。",
        "据介绍，江西今年安排专项资金支持集中育秧，全省建成育秧中心四百多个，机插秧面积占比达到四成，不少种粮大户今年都较大幅度增加了早稻的种植面积。",
    ]
    second = [
        "本报北京5月8日电（记者李四）国家林业和草原局8日发布消息，今年春季全国共完成造林三千多万亩，各地因地制宜推进国土绿化。",
        "国家林业和草原局有关负责人表示，下一步将加强抚育管护，巩固造林成果，提高林草质量和稳定性。",
    ]
    page = narrow(["早稻播种面积稳中有增", *first, "今年春季全国完成造林三千多万亩", *second], between="\n")
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["早稻播种面积稳中有增", "今年春季全国完成造林三千多万亩"]
    assert [p.text for p in arts[0].paragraphs] == first and [p.text for p in arts[1].paragraphs] == second


def test_an_indented_page_without_blank_lines_starts_a_paragraph_at_each_indent():
    # paragraphs indented by two ideographic spaces, printed back to back in 14-character lines: …一千二百多个。
    # fills its line, and so does 　　在杭州市拱墅区，改造后的 below it; only the indent tells a paragraph starts
    zhejiang = [
        "本报杭州5月8日电（记者王五）浙江省今年以来持续推进老旧小区改造，全省已经开工改造的老旧小区有一千二百多个。",
        "在杭州市拱墅区，改造后的小区加装了电梯，修缮了屋顶和外墙，还建了口袋公园和车棚。",
        "居民李阿姨说，过去上下楼要歇好几回，现在坐电梯几分钟到家，买菜接孙子都方便多了。",
        "据介绍，浙江将改造与社区服务结合起来，在小区里设置养老托育和便民服务点，让居民在自家门口就能把各种事情办好。",
    ]
    anhui = [
        "本报合肥5月8日电（记者赵六）安徽省各地抢抓晴好天气开展夏收，截至目前全省小麦已收获六成以上。",
        "在阜阳市颍州区，一台台收割机在金色的麦田里来回穿梭，收割、脱粒、装车一气呵成。",
        "种粮大户张师傅说，今年小麦长势好，每亩产量比去年高出一百多斤，丰收已成定局。",
    ]
    indented = ["\u3000\u3000" + p for p in zhejiang], ["\u3000\u3000" + p for p in anhui]
    page = narrow(["浙江老旧小区改造提速", *indented[0], "安徽夏收进度过六成", *indented[1]], between="\n")
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["浙江老旧小区改造提速", "安徽夏收进度过六成"]
    assert [p.text for p in arts[0].paragraphs] == zhejiang and [p.text for p in arts[1].paragraphs] == anhui


def test_a_byline_wrapped_by_a_narrow_column_keeps_all_its_names():
    # 本报记者 张三 李四 王五 / 赵六: the last name wrapped onto a line of its own is no headline
    body = [
        "今年以来，这个县新建改建农村公路一千二百多公里，通村公路全部硬化，沿线村庄的客车班次比去年多了一倍。",
        "道路通了，产业也跟着活了起来。县里依托沿线的茶园和果园，引导农户发展民宿和采摘，去年一年接待游客四十多万人次。",
    ]
    (art,) = articles_with_text(narrow(["山区公路通到家门口", "本报记者 张三 李四 王五 赵六", *body]))
    assert art.title == "山区公路通到家门口" and art.reporters == ["张三", "李四", "王五", "赵六"]
    assert [p.text for p in art.paragraphs if p.kind == "body"] == body


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_headline_printed_straight_over_its_text_is_the_headline(wrapped):
    # a crawl printing the headline on the line above the first paragraph, no blank line between; as printed
    # (a paragraph per line) and re-wrapped (…（经济 / 新方位） stops short of the count: the headline ends)
    body = [
        "今年全省早稻播种面积稳定在一千九百万亩以上，比去年略有增加，集中育秧和机插秧的比例都有明显提高，全省早稻生产开局良好。",
        "据介绍，江西今年安排专项资金支持集中育秧，全省建成育秧中心四百多个，机插秧面积占比达到四成，不少种粮大户扩大了种植面积。",
        "在南昌县的一处育秧中心，一盘盘秧苗整齐排列，工人们正忙着把秧盘装上运输车，送往周边村镇的田间地头，插秧机随后就到。",
    ]
    page = "江西早稻播种面积稳中有增（经济新方位）\n" + "\n\n".join(body) + "\n"
    (art,) = articles_with_text(rewrap(page) if wrapped else page)
    assert art.title == "江西早稻播种面积稳中有增（经济新方位）" and [p.text for p in art.paragraphs] == body


def test_a_photo_credit_wrapped_by_a_narrow_column_stays_whole():
    # 本报记者 谷业凯文 本报记者 / 雷 声摄: the credit's end on a line of its own is no piece of its own
    page = narrow([
        "“人民一号”成功发射",
        "1月15日10时53分，“人民一号”卫星在太原卫星发射中心成功发射，卫星顺利进入预定轨道。",
        "据介绍，这颗卫星采用了新一代小型化平台，具有重量轻、功耗低、集成度高等技术特点。",
        "本报记者 谷业凯文 本报记者 雷 声摄",
        "新年伊始，全国各地消费市场活跃",
        "新华社北京1月15日电 商务部15日发布消息说，元旦以来全国重点零售企业销售额同比增长百分之五以上。",
    ])
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["“人民一号”成功发射", "新年伊始，全国各地消费市场活跃"]
    assert kinds(arts[0])[-1] == ("credit", "本报记者谷业凯文本报记者雷声摄")


def test_a_line_that_reads_as_a_byline_runs_on_into_a_line_starting_with_a_comma():
    # 本报记者走进北京、江苏、浙江 / 、河南…: the column cut a sentence; no line starts on 、
    text = "本报记者走进北京、江苏、浙江、河南、湖南、重庆六省市的基层社区，倾听党员干部、居民群众讲述身边事。"
    (art,) = articles_with_text(narrow(["战斗在社区疫情防控第一线", "疫情就是命令，防控就是责任。城乡基层社区是疫情防控的第一道防线。", text]))
    assert [p.text for p in art.paragraphs][-1] == text


def test_trailing_spaces_a_re_wrap_carries_along_do_not_make_a_line_full():
    # a crawl ending its lines with spaces, re-wrapped: 江西早稻播种面积稳中有增了 (13) and one of its spaces fill the
    # 14-character line, the other stands alone before the blank line; the title still ends there
    body = [
        "今年全省早稻播种面积稳定在一千九百万亩以上，比去年略有增加，集中育秧和机插秧的比例都有明显提高，全省早稻生产开局良好。",
        "据介绍，江西今年安排专项资金支持集中育秧，全省建成育秧中心四百多个，机插秧面积占比达到四成，不少种粮大户扩大了种植面积。",
        "在南昌县的一处育秧中心，一盘盘秧苗整齐排列，工人们正忙着把秧盘装上运输车，送往周边村镇的田间地头，插秧机随后就到。",
    ]
    lines = split_lines(rewrap("\n\n".join(x + "  " for x in ["江西早稻播种面积稳中有增了", *body]) + "\n"))
    assert lines[0].text == "江西早稻播种面积稳中有增了" and lines[0].span == 13
    assert [l.span for l in lines[3:5]] == [14, 14]  # running lines keep their count


def test_one_space_a_wrap_leaves_before_a_line_is_no_indent():
    # …11月9日电 / 　（记者…）: a re-wrap or justification leaves one space at a line's start; only an
    # ideographic space or two spaces indent
    lines = split_lines("　　据介绍，\n （记者张三）\n  第二段\n\u3000第三段\n")
    assert [l.indented for l in lines[:4]] == [True, False, True, True]


@pytest.mark.parametrize("seed", ["002", "003"])
def test_a_markdown_headline_re_wrapped_keeps_its_wrapped_words(seed):
    # # 我国制造业总体规模连续15年保持全球第一 re-wrapped to 14 characters: # 我国制造业总体规模连续1 / 5年保持全球第一,
    # one headline, not a title and a subtitle
    plain = [(a.kicker, a.title, a.subtitle) for a in articles_with_text(seed_text(seed))]
    wrapped = [(a.kicker, a.title, a.subtitle) for a in articles_with_text(rewrap(seed_text(seed)))]
    assert wrapped == plain


def test_a_stray_english_credit_re_wrapped_is_still_furniture():
    # ## 国务院新闻办公室 THE STATE COUNCIL INFORMATION OFFICE, P.R.C. cut into 14-character lines (… TH / E STATE
    # COUNCI / L INFORMATION / OFFICE, P.R.C.)
    texts = [p.text for a in reconstruct(rewrap(seed_text("002"))) for p in a.paragraphs]
    assert not [t for t in texts if re.search(r"STATE|OFFICE|P\.R\.C", t)]


@pytest.mark.parametrize("title", ["2024年中国制造", "我国新能源汽车产销量"])
def test_a_paragraph_broken_by_a_blank_line_re_wrapped_is_rejoined(title):
    # seed 000 breaks …264家制造业企业入围中国企业 / (blank) / 500强，占比超过50%。 at a page break; re-wrapped, the
    # break falls after 业入围中国企业, a line's last piece, where a sentence ended before it (…接近500公里。我国建成了 /
    # (blank) / 全链条、完备高效的产业体系)
    plain = by_title(articles_with_text(seed_text("000")), title)
    wrapped = by_title(articles_with_text(rewrap(seed_text("000"))), title)
    assert [p.text for p in wrapped.paragraphs] == [p.text for p in plain.paragraphs]


def test_a_caption_re_wrapped_keeps_the_full_stop_the_wrap_put_on_its_next_line():
    # seed 000's photo caption re-wrapped: …在专用码头进行舾装（无人机照片） / 。三峡库区首艘新能源滚装船… is one caption
    def captions(page):
        return [[p.text for p in a.paragraphs] for a in reconstruct(page) if a.kind == "photo"]

    assert captions(rewrap(seed_text("000"))) == captions(seed_text("000"))


HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "？": "?", "！": "!", "；": ";", "（": "(", "）": ")"})


VERSE_PHOTO_STORY = (
    "让老字号焕发新活力（新语）\n\n"
    "老字号是城市的记忆。近年来，不少老字号主动拥抱互联网，开直播、上电商，让老手艺走进年轻人的生活。\n\n"
    "守正才能出新。老字号要守住品质这个根本，也要在产品和服务上不断创新，才能赢得更多消费者。\n\n"
    "图片报道\n\n"
    "社区食堂开到家门口：老人花十几元就能吃上两荤一素，子女上班也更安心了；不少食堂还提供送餐上门服务。\n\n"
    "这正是：\n\n饭菜可口价实惠，\n\n邻里相聚话家常。\n\n食堂开到家门口，\n\n老有所养暖心房。\n\n"
    "王 五图 赵 六文\n"
)


@pytest.mark.parametrize("page", [VERSE_PHOTO_STORY, *(seed_text(s) for s in ("000", "001", "003", "004"))])
def test_a_page_printing_ascii_punctuation_reads_as_one_printing_full_width(page):
    # seed 002 prints 第一,网络基础能力显著提升 and 记者:; a page with ASCII commas, colons, marks and brackets next to
    # Chinese gives the articles and headlines it gives in full-width forms (a verse's 饭菜可口价实惠, runs on as
    # 饭菜可口价实惠，does, inside the photo story)
    def read(text):
        return [(a.kind, a.kicker, a.title, a.subtitle, a.dateline, a.reporters, len(a.paragraphs)) for a in reconstruct(text)]

    assert read(page.translate(HALF_WIDTH)) == read(page)


def test_a_narrow_page_re_wrapped_narrower_is_read_by_its_printed_lines():
    # seed 001 prints lines of 15 or 16 characters; re-wrapped to 14 each leaves a remnant of one or two
    # (这份成绩来之不易。“我国工业 / 经), which goes on the line it was cut from: the first stories read as they do plain
    plain = [(a.kicker, a.title, len(a.paragraphs)) for a in articles_with_text(seed_text("001"))]
    wrapped = [(a.kicker, a.title, len(a.paragraphs)) for a in articles_with_text(rewrap(seed_text("001")))]
    assert [t for _, t, _ in wrapped[:5]] == [t for _, t, _ in plain[:5]]
    assert wrapped[1:3] == plain[1:3]


def test_a_title_that_fills_its_line_after_a_story_closed_on_its_source_stands_alone():
    # 中德汽车产业创新合作不断深化 is exactly one 14-character line: after （本报布鲁塞尔10月26日电） it is the next
    # story's title, not the first line of a paragraph running on over a blank line
    page = narrow([
        "欧盟委员会能源专员表示，建筑行业是重启经济、绿色复苏和增加就业的关键领域。",
        "（本报布鲁塞尔10月26日电）",
        "中德汽车产业创新合作不断深化",
        "“未来最重要的合作伙伴是中国，我们应与中国同行。”在日前落幕的第四届中德汽车大会上，德国汽车研究专家表示。",
        "在全球汽车业遭受疫情冲击的背景下，率先复苏的中国市场重要性愈加明显。",
        "（本报柏林10月26日电）",
    ])
    arts = articles_with_text(page)
    assert arts[-1].title == "中德汽车产业创新合作不断深化"
    assert arts[-1].paragraphs[0].text.startswith("“未来最重要")


def test_a_tagged_title_with_a_comma_that_fills_its_line_stands_alone():
    page = narrow([
        "“下一步，检察机关还将进一步加大对破坏生态环境犯罪的打击力度。”该负责人表示。",
        "云赏花，一起试试吧（说道）",
        "技术的进步，让我们在特殊的时期，有了新的“踏青”方式。想看春天，试试“云”方式吧。",
        "人对自然，有着天生的亲近。星斗的转移、花草的消长、风云的变幻，皆连着喜悦与愁思、寄托与牵挂。关于春天，很多人心中都有自己特别惦念的地方。",
    ])
    arts = articles_with_text(page)
    assert arts[-1].title == "云赏花，一起试试吧（说道）" and arts[-1].paragraphs[0].text.startswith("技术的进步")


def test_a_name_list_stays_one_article_plain_and_wrapped():
    entries = [
        "孙泽洲 北京空间飞行器总体设计部型号总设计师，研究员", "代康伟（女） 北京新能源汽车股份有限公司工程研究院副院长，高级工程师",
        "刘胜利 中国石油化工股份有限公司北京燕山分公司合成橡胶部主任", "刘红军 北京金隅琉水环保科技有限公司技术员，高级技师",
        "张远明 华泰财产保险有限公司战略客户部总经理，经济师、讲师", "高 明 观典防务技术股份有限公司董事长",
        "岳海清 北京京朝出租汽车有限公司出租车司机", "郜春海 交控科技股份有限公司董事长，研究员",
        "韩 青（女） 北京市丰台区马家堡街道时代风帆楼宇党委书记，助理社会工作师", "夏 华（女） 依文服饰股份有限公司董事长",
        "周 瑾（女） 北京市第十二中学教师，高级教师", "王小节（女） 中央广播电视总台央视北京记者站站长，高级记者",
    ]
    page = "2020年全国劳动模范和先进工作者名单\n\n北京市（79名）\n\n全国劳动模范\n\n" + "\n\n".join(entries) + "\n"
    wrapped = narrow(page.strip().split("\n\n"))
    for text in (page, wrapped):
        arts = articles_with_text(text)
        assert len(arts) == 1 and "2020年全国劳动模范和先进工作者名单" in (arts[0].kicker, arts[0].title)
        assert "依文服饰股份有限公司董事长" in "".join(p.text for p in arts[0].paragraphs)
    # one entry per line, blank lines between: each entry is a paragraph, the list's own headings too
    assert [p.text for p in articles_with_text(page)[0].paragraphs][:4] == [
        "北京市（79名）", "全国劳动模范", "孙泽洲北京空间飞行器总体设计部型号总设计师，研究员", "代康伟（女）北京新能源汽车股份有限公司工程研究院副院长，高级工程师",
    ]


def test_a_paragraph_line_cut_mid_sentence_on_a_blank_spaced_page_runs_on():
    # seed 000 sets a blank line after every line, and once cuts a paragraph inside "2024年"
    art = by_title(reconstruct(seed_text("000")), "我国已有570多家工业企业入围全球研发投入2500强")
    joined = [p.text for p in art.paragraphs if "全国技术合同成交额突破6.8万亿元" in p.text]
    assert len(art.paragraphs) == 4 and len(joined) == 1 and "开展中试活动。2024年，全国技术合同" in joined[0]


def test_a_wrapped_title_closed_by_its_column_tag_ends_at_the_blank_line():
    # 14-character columns: the title's last line runs full to the column edge, then a blank line
    paragraphs = [
        "防汛救灾工作有序有力推进（统筹抓好改革发展稳定各项工作）",
        "当前，全国防汛进入“七下八上”阶段。人民解放军和武警部队、公安干警、消防救援队伍关键时刻发挥突击队作用。",
        "广大干部群众团结奋战，军民同心，防汛救灾工作有序有力推进，为人民群众生命财产安全提供坚强保障。",
        "众志成城 顽强奋斗（快评）",
        "“泥巴裹满裤腿，汗水湿透衣背。我不知道你是谁，我却知道你为了谁。”洪水来袭，人民子弟兵冲锋在前。",
        "哪里有危险，哪里有需要，哪里就有人奋不顾身冲在最前面。",
    ]
    page = narrow(paragraphs)
    arts = articles_with_text(page)
    assert [(a.title, len(a.paragraphs)) for a in arts] == [
        ("防汛救灾工作有序有力推进（统筹抓好改革发展稳定各项工作）", 2), ("众志成城 顽强奋斗（快评）", 2),
    ]


def test_a_tagged_title_filling_its_line_straight_over_its_text_stands_alone_when_re_wrapped():
    # a crawl printing each headline straight over its text, re-wrapped to 14 characters: 茶山上来了技术员（乡村振兴）
    # fills its line exactly, so only its column tag, after a finished paragraph, tells it from the text's first line
    page = rewrap(
        "山村里的数字课堂\n"
        "清晨的大山里，一间教室的屏幕亮了起来，城里的老师正在给山里的孩子上课，孩子们听得格外认真。\n\n"
        "远程课堂开通两年，村小的孩子们第一次上了编程课，也第一次和城里的同学一起做了科学实验。\n\n"
        "茶山上来了技术员（乡村振兴）\n"
        "眼下正是春茶采摘的时节，农业技术员一大早就来到茶园，手把手教茶农修剪茶树、防治病虫害。\n\n"
        "今年茶园亩产比去年提高了两成，茶农的收入也跟着涨了起来，大家干劲更足了。\n\n"
        "老街焕新颜（城市漫步）\n"
        "青石板路重新铺好，老字号一家家开门迎客，老街又热闹起来了，周末的游客比去年多了不少。\n"
    )
    arts = articles_with_text(page)
    assert [(a.title, len(a.paragraphs)) for a in arts] == [
        ("山村里的数字课堂", 2), ("茶山上来了技术员（乡村振兴）", 2), ("老街焕新颜（城市漫步）", 1),
    ]
    assert arts[1].paragraphs[0].text.startswith("眼下正是春茶采摘的时节")


def test_a_title_whose_series_tag_numbers_the_piece_closes_its_wrapped_line():
    # one paragraph per line, re-wrapped to 14 characters: the title's second line, （保护区里的年轻人（12））, fills
    # its line, so only the tag, with the piece's number bracketed inside it, tells the title from the text below
    page = rewrap(
        "今年以来，保护区巡护员累计巡护里程超过三万公里，监测到野生动物活动痕迹两千余处，保护成效明显提升。\n"
        "（本报记者张三采访整理）\n"
        "一群年轻人守在湖泊与湿地之间（保护区里的年轻人（12））\n"
        "清晨五点，湖面上薄雾还没有散去，巡护员小李已经划着小船出发了，他要赶在候鸟觅食之前清点数量。\n"
        "三年来，他和同事们记录了上百种鸟类，还为受伤的候鸟搭起了临时救护站。\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts][-1] == "一群年轻人守在湖泊与湿地之间（保护区里的年轻人（12））"
    assert arts[-1].paragraphs[0].text.startswith("清晨五点")


def test_a_page_with_one_paragraph_per_line_and_no_blank_lines():
    paragraphs = [
        "孙春兰在黑龙江调研强调排查漏洞补齐短板",
        "完善和落实常态化防控措施",
        "新华社哈尔滨5月13日电中共中央政治局委员、国务院副总理孙春兰11日至13日在黑龙江调研疫情防控工作。",
        "孙春兰来到牡丹江、绥芬河、哈尔滨定点医院、方舱医院、疾控中心、隔离观察点、口岸，详细了解防控措施落实情况。",
        "健身器材到了咱村口",
        "5月11日，重庆市丰都县三建乡夜力坪村6社，村民们一边欣赏风景，一边健身娱乐，脸上洋溢着笑容。",
        "丰都县三建乡是重庆市18个深度贫困乡镇之一。随着脱贫攻坚持续推进，三建乡加快基础设施建设。",
    ]
    for page in ("\n".join(paragraphs) + "\n", narrow(paragraphs, between="\n")):
        arts = articles_with_text(page)
        assert [(a.kicker, a.title, len(a.paragraphs)) for a in arts] == [
            ("孙春兰在黑龙江调研强调排查漏洞补齐短板", "完善和落实常态化防控措施", 2), (None, "健身器材到了咱村口", 2),
        ]


def test_running_heads_and_the_page_editor_line_are_furniture():
    page = (
        "光明日报 2021年3月5日 星期五\n\n第3版：要闻\n\n推进高质量发展\n\n"
        "本报北京3月4日电（记者张三）今天，全国政协十三届四次会议开幕。\n\n会议听取了常委会工作报告。\n\n"
        "本版责编：张 三 李 四\n"
    )
    arts = reconstruct(page)
    assert [(a.kind, a.title, len(a.paragraphs)) for a in arts] == [("article", "推进高质量发展", 2)]


def test_a_tagged_title_on_full_lines_ends_where_no_blank_lines_are_printed():
    paragraphs = [
        "防汛救灾工作有序有力推进（统筹抓好改革发展稳定各项工作）",
        "当前，全国防汛进入“七下八上”阶段。人民解放军和武警部队、公安干警、消防救援队伍关键时刻发挥突击队作用。",
        "广大干部群众团结奋战，军民同心，防汛救灾工作有序有力推进，为人民群众生命财产安全提供坚强保障。",
        "众志成城 顽强奋斗（快评）",
        "“泥巴裹满裤腿，汗水湿透衣背。我不知道你是谁，我却知道你为了谁。”洪水来袭，人民子弟兵冲锋在前。",
    ]
    page = narrow(paragraphs, between="\n")
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["防汛救灾工作有序有力推进（统筹抓好改革发展稳定各项工作）", "众志成城 顽强奋斗（快评）"]


def test_a_closing_note_wrapped_over_two_lines_ends_its_paragraph():
    # in 14-character columns the note breaks (…采访整 / 理）) and a blank line follows it: the note is whole,
    # and the next piece's kicker is not glued to it
    arts = articles_with_text(narrow(SERIES_PAGE))
    assert [a.title for a in arts] == ["说说家风故事（特别策划）", "为新时代提供有力法治保障（人民要论）"]
    notes = [p.text for p in arts[0].paragraphs if p.kind == "note"]
    assert notes[:2] == ["（本报记者曹玲娟采访整理）", "（本报记者袁泉采访整理）"]


def test_a_photo_headline_in_narrow_columns_stops_its_caption():
    # in 14-character columns the caption's column is the body's: the photo's headline, standing alone after a
    # finished paragraph, is where the caption starts, so the article above keeps its last line
    page = narrow([
        "他强调，重大的历史进步都是在一些重大的灾难之后，中华民族就是这样在艰难困苦中历练、成长起来的。"
        "相信西部的广大干部群众一定会在新时代的历史进程中为中华民族作出新的更大贡献。",
        "防疫不松劲 建设不减速",
        "位于北京朝阳区的国家速滑馆工地，600多名工程建设者正进行机电设备安装。建设者们一手抓防疫、一手抓生产，确保工程有序进行。",
        "国家速滑馆是北京冬奥会的标志性工程，建成后将与国家体育场共同组成这座城市的标志性建筑群。图为4月24日，施工人员正在进行屋顶施工。",
        "本报记者 贺 勇摄",
    ])
    arts = articles_with_text(page)
    assert arts[0].paragraphs[-1].text.endswith("在新时代的历史进程中为中华民族作出新的更大贡献。")
    assert len(arts[0].paragraphs) == 1
    assert arts[1].title == "防疫不松劲 建设不减速"


def test_a_box_label_is_a_paragraph_of_its_own_where_no_blank_lines_are_printed():
    page = narrow([
        "走进场馆，过把运动的瘾",
        "核心阅读",
        "目前，多地体育场馆有序开放，不少人走出家门，进行锻炼。无论是健身房还是游泳馆，都迎来了久违的人气。",
        "记者走访发现，各场馆均实行预约制，限制人数，做好消毒。",
    ], between="\n")
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["走进场馆，过把运动的瘾"]
    assert arts[0].paragraphs[0].text == "核心阅读"


def test_a_subtitle_line_is_not_run_into_the_body_where_no_blank_lines_are_printed():
    page = narrow([
        "携手合作 战胜疫情",
        "——访东盟副秘书长康富",
        "2月1日，东盟副秘书长康富在雅加达接受中国媒体联合采访。康富表示，东盟愿同中国携手应对疫情。",
    ], between="\n")
    arts = articles_with_text(page)
    assert (arts[0].title, arts[0].subtitle) == ("携手合作 战胜疫情", "——访东盟副秘书长康富")
    assert arts[0].paragraphs[0].text.startswith("2月1日，东盟副秘书长")


# A crawl printing one paragraph to a line: long lines of every length, a blank line between paragraphs.
CRAWLED_COMMENTARY = (
    "守信受益 诚信无价（财经观）\n\n"
    "越来越多的企业受益于优质纳税信用，解决了融资难题、享受到政策优惠。可谓信用有价值，守信能受益\n\n"
    "近日，河北税务和公安机关联手查处了一家商贸公司冒用在校大学生身份信息虚列人员成本偷税的案件，依法追缴税款并处罚款。\n\n"
    "依法纳税，是企业和公民应尽的义务。近年来，一些企业和个人心存侥幸，采取虚列成本、隐匿收入等手段偷逃税款。对这类偷税行为，税务部门依法作出如下处理：\n\n"
    "（一）追缴少缴的税款、滞纳金；\n\n"
    "（二）处少缴税款百分之五十以上五倍以下的罚款。\n\n"
    "纳税信用作为衡量企业信用的“试金石”，分量越来越重，守信企业在融资、审批等方面一路畅通，失信企业则处处受限。\n\n"
    "人无信不立，业无信不兴。当前，税务部门正不断完善纳税信用管理制度、优化纳税信用评价方式、拓宽纳税信用结果应用，让诚信纳税成为全社会的自觉行动。\n"
)


def test_on_a_crawled_page_a_lead_without_its_stop_and_a_clause_leading_into_a_list_are_paragraphs_of_their_own():
    (art,) = articles_with_text(CRAWLED_COMMENTARY)
    texts = [p.text for p in art.paragraphs]
    assert len(texts) == 7
    assert texts[0].endswith("可谓信用有价值，守信能受益")  # not run into the next paragraph, nor rejoined with a later one
    assert texts[2].endswith("依法作出如下处理：") and texts[3].startswith("（一）")
    assert texts[-1].startswith("人无信不立")


def test_a_page_break_mid_word_still_joins_where_long_lines_break_at_a_blank_line():
    # seed 000: a paragraph cut at a page break (…入围中国企业 / 500强，占比超过50%。) is one paragraph
    arts = reconstruct(seed_text("000"))
    texts = [p.text for a in arts for p in a.paragraphs]
    assert any("264家制造业企业入围中国企业500强，占比超过50%" in t for t in texts)


def test_a_source_name_a_column_cut_after_a_dateline_is_no_second_dateline():
    page = (
        "速滑世界杯总决赛男子500米\n\n"
        "高亭宇获得第八名\n\n"
        "据新华社北京3月8日电 国际\n"
        "滑联官网消息：2019—2020\n"
        "赛季国际滑联速度滑冰世界杯总\n"
        "决赛于荷兰当地时间7日举行。\n\n"
        "此次赛事是本赛季速滑世界杯的\n"
        "收官之战，参赛的是各项目积分\n"
        "排名前列的选手。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.title, art.subtitle) == ("高亭宇获得第八名", None)
    assert art.paragraphs[0].text.startswith("据新华社北京3月8日电国际滑联官网消息：")


def test_a_number_sign_a_wrap_set_at_a_line_start_is_no_markdown_heading():
    # 岱山4 / #海上风电场: markdown sets a space after its marks; a number sign cut from its number has none
    paragraphs = [
        "海上风电建设忙",
        "9月3日下午，浙江舟山岱山4#海上风电场风机间35千伏海缆正在进行敷设施工。",
        "据了解，该风电场共设风力发电机组54台，总装机规模为216兆瓦。",
        "姚 峰摄（影像中国）",
    ]
    page = narrow(paragraphs)
    assert "岱山4\n#海上" in page
    [photo] = [a for a in reconstruct(page) if a.title == "海上风电建设忙"]
    assert photo.subtitle is None and photo.paragraphs[0].text.startswith("9月3日下午")


def test_on_a_page_that_parts_every_paragraph_with_a_blank_line_a_short_last_line_after_a_full_stop_runs_on():
    # A lead summary without its last full stop (…国际合作和竞争。 / 要维护知识产权领域国家安全): the full line ends a
    # sentence and the short one under it ends none, as a headline over its text would; but this page sets a blank
    # line after every paragraph, so without one the paragraph goes on.
    lead = (
        "■要加强知识产权保护工作顶层设计。要提高知识产权保护工作法治化水平。要强化知识产权全链条保护。"
        "要深化知识产权保护工作体制机制改革。要统筹推进知识产权领域国际合作和竞争。要维护知识产权领域国家安全"
    )
    paragraphs = [
        "习近平在中央政治局第二十五次集体学习时强调",
        "全面加强知识产权保护工作",
        lead,
        "新华社北京12月1日电 中共中央政治局11月30日下午就加强我国知识产权保护工作举行第二十五次集体学习。",
        "习近平指出，知识产权保护工作关系国家治理体系和治理能力现代化，关系高质量发展，关系人民生活幸福。",
        "习近平强调，要加强知识产权保护工作顶层设计，提高知识产权保护工作法治化水平。",
        "中共中央政治局各位同志认真听取讲解，并进行了讨论。北京大学教授就这个问题进行了讲解。",
        "他们一致认为，知识产权保护是激励创新的基本手段，是创新原动力的基本保障。",
        "会议要求，各级党委和政府要把知识产权保护工作摆在更加突出的位置。",
        "会议强调，要抓好各项工作落实。",
        "要加强组织领导。",
        "要完善考核评价。",
        "要营造良好氛围。",
        "要强化宣传引导。",
    ]
    page = narrow(paragraphs)
    assert "合作和竞争。\n要维护知识产权领域国家安全\n\n" in page
    texts = [b.text for b in page_blocks(page)]
    assert lead in texts


def test_column_break_inside_a_word_runs_on():
    # seed 000 re-wrapped, its blank lines all between paragraphs, then a column break set after …中国制造“成:
    # the word 成绩 runs across the blank line, so the paragraph goes on (…“成绩单”新鲜出炉：…)
    lines = rewrap(seed_text("000")).split("\n")
    k = lines.index("会上，2024年中国制造“成")
    page = "\n".join(lines[: k + 1] + [""] + lines[k + 1 :])
    texts = [p.text for a in reconstruct(page) for p in a.paragraphs]
    assert not any(t.endswith("中国制造“成") for t in texts)
    assert any("2024年中国制造“成绩单”新鲜出炉：2024年，" in t for t in texts)


def test_column_breaks_deep_in_paragraphs_run_on():
    # seed 000 re-wrapped, then two column breaks, each after the third or later full line of a paragraph that
    # holds a clause's punctuation; no word runs across either (全部 / 规上, 附加值 / 高的), yet two such
    # breaks show the page's columns break mid-paragraph
    lines = rewrap(seed_text("000")).split("\n")
    ends = {"加值同比增长7.7%，对全部", "增长，一批技术含量高、附加值"}
    page = "\n".join(l + ("\n" if l in ends else "") for l in lines)
    texts = [p.text for a in reconstruct(page) for p in a.paragraphs]
    assert not any(t.endswith(tuple(ends)) for t in texts)
    assert any("一批技术含量高、附加值高的新产品不断涌现" in t for t in texts)


def test_a_short_title_after_a_lead_set_without_its_full_stop_stands_alone():
    # lines as long as their paragraphs: the lead under the headline has no full stop, and the first piece's
    # title (no sentence, alone between blank lines) is no rest of it a page break cut
    page = (
        "山海相连 情谊相通\n\n"
        "面对新冠肺炎疫情，各国人民相互声援、并肩战斗。许多在华留学生和外国友人积极支持、主动参与到中国疫情防控工作中，"
        "以实际行动展现了守望相助的深厚情谊\n\n"
        "我在社区当翻译\n\n"
        "（意大利）马可\n\n"
        "我在杭州读书已经五年了。疫情发生后，社区里住着不少外国居民，我主动报名当翻译，帮助工作人员向他们解释防控措施。\n\n"
        "每天傍晚，我都会把当天的通知翻译成意大利语和英语，发到居民群里。大家都说，看到熟悉的语言，心里踏实多了。\n\n"
        "有一次，一位老人不会用手机登记健康码，急得直跺脚。我和社区工作人员一起，手把手教他操作，直到登记成功。\n\n"
        "现在，社区里的外国居民都认识了我。走在路上，常有人跟我打招呼，说我是他们的“小翻译”，我心里很温暖。\n"
    )
    texts = [b.text for b in page_blocks(page)]
    assert texts[1].endswith("守望相助的深厚情谊") and texts[2] == "我在社区当翻译"



def test_a_notices_issuer_and_date_on_one_line_close_it():
    page = (
        "面向社会公开选聘高层次人才公告\n\n"
        "根据工作需要，经研究决定，面向社会公开选聘高层次人才，现将有关事项公告如下。\n\n"
        "一、选聘岗位：传播领域专业技术岗位2名。报名截止时间为2020年7月1日。\n\n"
        "二、联系人：宫剑 010-51780028\n\n"
        "国务院发展研究中心　　2020年6月17日\n"
    )
    arts = articles_with_text(page)
    assert [a.title for a in arts] == ["面向社会公开选聘高层次人才公告"]
    assert kinds(arts[0])[-1] == ("note", "国务院发展研究中心2020年6月17日")


def test_a_title_that_fills_its_line_after_a_compiled_note_stands_alone_though_a_word_spans_the_break():
    # 稳就业保民生各项工作要抓到位 fills its 14-character line after the note closing the voice above (本报记者 王小明整理);
    # 位 and the next line's 于 make a word (位于), but the title stands alone, and its speaker's line opens the next voice
    page = narrow([
        "稳住就业基本盘",
        "李建华代表（某省委书记）",
        "今年以来，全省上下坚持稳中求进工作总基调，千方百计稳就业、保民生，各项工作取得积极成效。",
        "下一步，我们要继续抓好政策落实，确保各项惠民举措落地见效。",
        "本报记者 王小明整理",
        "稳就业保民生各项工作要抓到位",
        "于建华代表（某省委书记、省人大常委会主任）",
        "疫情发生以来，我们坚持把稳就业摆在突出位置，出台援企稳岗政策，帮助企业渡过难关。",
        "本报记者 赵小红整理",
    ])
    texts = [p.text for a in reconstruct(page) for p in a.paragraphs]
    assert "稳就业保民生各项工作要抓到位" in texts
    assert not any(t.startswith("稳就业保民生各项工作要抓到位于") for t in texts)


# Two stories in 14-character columns, with column breaks after two full lines deep in paragraphs (…发展中国家 /
# 合作机制, …6车道高速 / 公路) and the blank lines between paragraphs: the page's blank lines are mostly, not always,
# paragraph ends.
BROKEN_COLUMNS_STORIES = [
    "金砖合作为世界注入信心",
    "新华社北京11月18日电 金砖国家领导人第十二次会晤17日以视频方式举行，各方围绕团结协作应对全球性挑战深入交换意见，达成广泛共识。",
    "与会人士表示，过去十多年的实践证明，金砖国家携手同心推进合作十分必要。作为具有全球影响的新兴市场国家和发展中国家合作机制，"
    "金砖合作的意义已经超出五国范畴。",
    "多国学者认为，在疫情冲击下，金砖国家坚持多边主义、支持开放型世界经济，为全球经济复苏发展注入信心和力量。金砖国家在公共卫生、"
    "数字经济、绿色发展等领域的合作不断拓展，务实合作成果惠及五国人民。",
    "金砖国家领导人一致认为五国要加强团结协作，秉持开放包容、合作共赢的金砖精神，不断深化伙伴关系，为完善全球治理贡献更多力量。",
    "（本报北京、约翰内斯堡、莫斯科11月8日电 记者张三、李四、王五、赵六、钱七、孙八）",
    "我国首座跨海公铁两用大桥通车",
    "国庆假期，福建平潭海峡公铁两用大桥正式通车。该桥是我国首座跨海公铁两用大桥，上层为设计时速100公里的6车道高速公路，"
    "下层为设计时速200公里的双线铁路。",
    "大桥全长16.34公里，建设者克服了风大、浪高、水急等困难，历时6年建成。通车后，从福州到平潭的车程将大大缩短，"
    "沿线群众出行更加便捷，平潭综合实验区的发展也将迎来新的机遇。",
]


def broken_columns_page(*more_breaks):
    """BROKEN_COLUMNS_STORIES with their two column breaks, and one after each line of more_breaks."""
    breaks = ("响的新兴市场国家和发展中国家", "计时速100公里的6车道高速", *more_breaks)
    return "\n".join(l + ("\n" if l in breaks else "") for l in narrow(BROKEN_COLUMNS_STORIES).split("\n"))


def test_a_closing_dateline_whose_last_line_fills_the_column_ends_where_columns_break():
    # （本报北京、约翰内斯堡、莫斯 / 科11月8日电 记者张三、李 / 四、王五、赵六、钱七、孙八）: once its bracket closes, the
    # closing ends its paragraph and its story, though its last line runs full and blank lines are not always
    # paragraph ends on this page
    first, second = articles_with_text(broken_columns_page())
    assert kinds(first)[-1] == ("dateline", "（本报北京、约翰内斯堡、莫斯科11月8日电记者张三、李四、王五、赵六、钱七、孙八）")
    assert first.dateline == "新华社北京11月18日电"
    assert second.paragraphs[0].text.startswith("国庆假期")


def test_a_title_that_fills_its_column_stands_alone_where_columns_break_and_a_first_line_runs_on():
    # 我国首座跨海公铁两用大桥通车 fills its line between blank lines, and the text below takes up its words: the next
    # story's title. 金砖国家领导人一致认为五国要 also fills its line and a blank line follows it where the column breaks,
    # but it carries on the words of the paragraphs above: a paragraph's first line, which runs on.
    arts = articles_with_text(broken_columns_page("金砖国家领导人一致认为五国要"))
    assert [a.title for a in arts] == ["金砖合作为世界注入信心", "我国首座跨海公铁两用大桥通车"]
    assert any(p.text.startswith("金砖国家领导人一致认为五国要加强团结协作") for p in arts[0].paragraphs)


def test_a_title_broken_by_a_blank_line_where_blank_lines_fall_anywhere_stays_one_title():
    # as seeds 001 and 004 print: a blank line after every other line, wherever it falls; one falls inside the
    # title, after its first line, which runs full in the body's type (“这是一段最不同寻常的城市发 / 展故事”…): no
    # kicker ends there
    paragraphs = [
        "“这是一段最不同寻常的城市发展故事”（外媒看中国）",
        "近日，多家外国媒体发表文章，关注中国城市建设的新进展，肯定中国在城市更新、绿色交通和公共服务等方面取得的成就。",
        "英国一家财经媒体报道称，中国多个城市近年来持续推进老旧小区改造，居民生活条件明显改善，城市面貌焕然一新。",
        "美国一家新闻网站刊文指出，中国的地铁网络在过去十年里迅速扩展，为数以亿计的市民出行提供了便利，也带动了沿线经济发展。",
        "德国一位城市规划学者表示，中国城市注重保护历史街区，同时推动产业升级，这种做法值得其他国家借鉴。",
        "法国一家报纸发表评论说，中国城市在发展中重视生态保护，建设了大量公园和绿道，市民的休闲空间越来越多。",
        "日本一位经济学家撰文认为，中国城市的数字化管理水平不断提高，政务服务更加便捷，为企业发展创造了良好环境。",
    ]
    (art,) = articles_with_text(scattered(paragraphs))
    assert (art.kicker, art.title) == (None, "“这是一段最不同寻常的城市发展故事”（外媒看中国）")
    assert len(art.paragraphs) == 6


def test_a_title_closed_by_its_column_tag_stands_alone_where_blank_lines_fall_anywhere():
    # blank lines after every other line, as seeds 001 and 004 print them: 让老城区更有温度（城市笔记） fills its line
    # and the text follows it with no blank line between, but a title closed by its column's tag ends there
    paragraphs = [
        "让老城区更有温度（城市笔记）",
        "走进老城区的街巷，新铺的石板路干净平整，墙面上的老字号招牌擦得锃亮，居民们在树荫下喝茶聊天。",
        "这几年，老城区改造坚持“留改拆”并举，保留街巷肌理，修缮历史建筑，补齐停车、养老、托幼等设施短板。",
        "改造过程中，街道多次召开居民议事会，听取大家的意见，把居民最关心的事情一件件办好。",
        "如今，越来越多的年轻人愿意回到老城区开店创业，老街区重新焕发了活力，烟火气越来越浓。",
        "城市更新不只是改善硬件，更要让居民住得舒心、过得顺心，让城市既有颜值又有温度。",
        "社区还在改造后的院落里开设了图书角和书法室，退休的老师们轮流值守，周末常有孩子们来这里读书练字。",
        "一位在老城区住了四十多年的老人说，过去一下雨巷子里就积水，现在排水管网全部更新，出门再也不用发愁了。",
        "下一步，老城区将继续推进背街小巷整治，引导居民参与公共空间的维护，让改造成果长久保持下去。",
    ]
    page = scattered(paragraphs, first=1)
    assert page.startswith("让老城区更有温度（城市笔记）\n走进老城区")
    (art,) = articles_with_text(page)
    assert art.title == "让老城区更有温度（城市笔记）"
    assert art.paragraphs[0].text.startswith("走进老城区的街巷")
