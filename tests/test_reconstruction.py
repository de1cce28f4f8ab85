"""Page reconstruction on seed pages and small fixtures of our own."""

import os
import re

import pytest

from archive.lines import split_lines
from archive.normalise import normalise_text
from archive.pipeline import reconstruct

from .conftest import FIXTURES, seed_text


def articles_with_text(page):
    """The page's articles that hold paragraphs (a headline alone is left out)."""
    return [a for a in reconstruct(page) if a.paragraphs]


def by_title(articles, fragment):
    return next(a for a in articles if a.title and fragment in a.title)


def headings(article):
    """The texts of an article's section headings, in order."""
    return [p.text for p in article.paragraphs if p.kind == "heading"]


def kinds(article):
    """An article's paragraphs as (kind, text) pairs."""
    return [(p.kind, p.text) for p in article.paragraphs]


def narrow(paragraphs, between="\n\n", width=14):
    """The paragraphs set in narrow columns: each cut every `width` characters, `between` them."""
    return between.join("\n".join(p[i : i + width] for i in range(0, len(p), width)) for p in paragraphs) + "\n"


def rewrap(text, width=14):
    """A page re-wrapped to narrow columns as bench/segmentation.py does it: every line cut every `width`
    characters, blank lines kept."""
    return narrow(text.split("\n"), between="\n", width=width)


def test_narrow_columns_rejoin_paragraphs_across_breaks():
    # seed 001: lines every ~14 characters, blank lines mid-sentence (累计达到 / 33家), no blank at paragraph ends
    arts = reconstruct(seed_text("001"))
    putin = by_title(arts, "普京举行视频会晤")
    assert [p.text[:6] for p in putin.paragraphs] == ["新华社北京1", "两国元首互致", "习近平指出，", "习近平强调，", "普京表示，俄", "两国元首还就"]
    assert putin.paragraphs[-1].text.endswith("同意在新的一年里继续保持战略沟通。王毅参加活动。")
    assert putin.dateline == "新华社北京1月21日电" and putin.reporters == ["董雪"]


def test_kicker_and_title_from_separate_lines():
    arts = reconstruct(seed_text("001"))
    first = arts[0]
    assert (first.kicker, first.title) == ("连续15年规模全球第一！", "2024年中国制造“成绩单”请收下")
    assert first.reporters == ["张晓洁", "张辛欣"]


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
    ["人民日报 2020年01月01日 第01版", "《 人民日报 》（ 2020年01月01日 01 版）", "光明日报 2021-03-05", "A03版：要闻", "第 3 版"],
)
def test_mastheads_page_numbers_and_editor_lines_are_furniture(masthead):
    # the page's masthead line and the editors' line a web edition prints are no articles nor paragraphs
    body = "本报北京1月1日电（记者张三）新年第一天，首都各界群众在天安门广场观看升旗仪式。"
    page = f"{masthead}\n\n新年首日天安门广场举行升旗仪式\n\n{body}\n\n（责编：王五、李六）\n\n版面编辑：赵七\n"
    (art,) = articles_with_text(page)
    assert art.title == "新年首日天安门广场举行升旗仪式" and [p.text for p in art.paragraphs] == [body]


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


def test_photo_captions_with_credit():
    arts = reconstruct(seed_text("001"))
    photo = by_title(arts, "涠洲岛")
    assert photo.kind == "photo"
    assert "金皓原" in photo.contributors


def test_markdown_headings_kicker_title_and_missing_headline():
    arts = reconstruct(seed_text("003"))
    first = arts[0]
    assert (first.kicker, first.title) == ("工业和信息化部：", "我国制造业总体规模连续15年保持全球第一")
    assert first.reporters == ["崔爽"] and first.agency == "科技日报"
    # 科技日报北京1月21日电（记者吴叶凡）… stands with no headline: the title stays empty
    headless = next(a for a in arts if a.reporters == ["吴叶凡"])
    assert headless.title is None


def test_continuation_mark_recorded_and_closing_dateline():
    arts = reconstruct(seed_text("003"))
    cont = next(a for a in arts if a.kind == "continuation")
    assert cont.continued_from == "上接第一版"
    assert cont.reporters == ["黄玥", "董博婷", "王玉玉"]
    assert not any("上接" in p.text for p in cont.paragraphs)


def test_editor_note_belongs_to_the_article_and_interview_speakers_kept():
    arts = reconstruct(seed_text("002"))
    assert len([a for a in arts if a.kind == "article"]) == 1
    art = arts[0]
    assert art.title == "工信部解读2024年工业和信息化发展亮点" and art.reporters == ["齐旭"]
    assert art.paragraphs[0].kind == "editor_note"
    speakers = {p.speaker for p in art.paragraphs if p.speaker}
    assert {"记者", "张云明", "陶青", "谢存"} <= speakers
    first = headings(art)[0]
    assert "工业经济平稳运行 重点行业实现新突破" in first.replace("工业经济平稳运行重点", "工业经济平稳运行 重点")
    assert not any("STATE COUNCIL" in p.text for p in art.paragraphs)


@pytest.mark.parametrize("lead", ["【编者按】", "编者按："])
def test_an_editors_note_opening_a_paragraph_or_signed_by_the_editor_is_kind_editor_note(lead):
    note = lead + "长江禁渔是为全局计、为子孙谋的重要决策。今日起，本版推出系列报道。"
    page = (
        f"长江禁渔见成效\n\n{note}\n\n本报武汉5月8日电（记者张三）记者从湖北省农业农村厅获悉，全省禁捕退捕工作取得阶段性成效。\n\n"
        "据介绍，湖北已累计完成渔船回收一万多艘，退捕渔民基本实现转产就业。\n"
    )
    (art,) = articles_with_text(page)
    assert [p.kind for p in art.paragraphs] == ["editor_note", "body", "body"] and art.dateline == "本报武汉5月8日电"
    # People's Daily prints the note plain and signs it: ——编 者
    signed = "丹青书盛世 妙笔颂华章\n\n日月其迈，岁律更新。本刊特选取部分作品，以飨读者。\n\n——编 者\n\n新年伊始，画家们走进乡村写生。\n"
    (art,) = articles_with_text(signed)
    assert [p.kind for p in art.paragraphs] == ["editor_note", "note", "body"]


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


def test_narrow_fixture_subtitle_byline_and_continued_to():
    with open(os.path.join(FIXTURES, "narrow_columns.txt"), encoding="utf-8") as f:
        arts = reconstruct(f.read())
    assert len(arts) == 1
    a = arts[0]
    assert (a.title, a.subtitle, a.reporters) == ("乡村公路通到家门口", "——记山区群众出行条件改善", ["陈大文"])
    assert a.continued_to == "下转第3版"
    assert [p.text[:6] for p in a.paragraphs] == ["清晨六点，第", "公路修通以后"]


def test_offsets_point_into_raw_text():
    # Provenance: each paragraph's span in raw_text, normalised, is exactly the paragraph's text.
    for prefix in ("000", "001", "004"):
        raw = seed_text(prefix)
        for art in reconstruct(raw):
            for p in art.paragraphs:
                span = "".join(raw[p.char_start : p.char_end].split())
                assert normalise_text(span).replace(" ", "") == p.text.replace(" ", ""), (prefix, p.text[:20])


def test_every_seed_page_yields_articles():
    counts = [len([a for a in reconstruct(seed_text(p)) if a.kind != "fragment"]) for p in ("000", "001", "002", "003", "004")]
    assert all(c >= 1 for c in counts) and sum(counts) >= 25


def test_interleaved_column_is_rejoined_and_returned_home():
    # seed 003: "…研究人员通过黑" continues "龙江帽儿山…" after three paragraphs of the 公共数据 article,
    # whose own last paragraph stops at "…公共数据资源价" and continues "值有序释放…"
    arts = reconstruct(seed_text("003"))
    fire = by_title(arts, "火场火线")
    assert any("研究人员通过黑龙江帽儿山实验林场" in p.text for p in fire.paragraphs)
    assert not any("公共数据" in p.text for p in fire.paragraphs)
    assert len(fire.paragraphs) == 4
    data = by_title(arts, "公共数据资源开发利用")
    assert any("是推动公共数据资源价值有序释放的重要保障" in p.text for p in data.paragraphs)
    assert data.paragraphs[-1].text.endswith("上述有关负责人表示。")
    assert any("interleaved" in n for n in fire.notes)


def test_title_broken_at_a_phrase_keeps_a_space_wrapped_title_does_not():
    arts = reconstruct(seed_text("001"))
    assert any(a.title == "尹锡悦出席弹劾案辩论 否认紧急戒严相关指控" for a in arts)
    assert any(a.title == "李强主持召开各民主党派中央、全国工商联负责人和无党派人士代表座谈会" for a in arts)


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


def test_extraction_repeats_are_stored_once_with_a_trace():
    # seed 000 prints "…为抓手", then a fragment of the next paragraph, then "大应急通信框架，…为抓手，全面提升…"
    # again with an overlap, then the next paragraph whole: four real paragraphs (as seed 004 prints them)
    arts = reconstruct(seed_text("000"))
    comms = by_title(arts, "应急通信能力建设")
    texts = [p.text for p in comms.paragraphs]
    assert len(texts) == 4
    assert texts[1].endswith("以夯实网络基础和提升断网断电极端条件保障能力为抓手，全面提升应对极端场景应急通信能力。")
    assert texts[1].count("大应急通信框架") == 1
    assert texts[2].startswith("意见明确，到2027年") and texts[2].count("意见明确") == 1
    assert any("repeat" in n for n in comms.notes)


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


def test_seed_pages_hold_thirty_articles():
    counts = {p: len([a for a in reconstruct(seed_text(p)) if a.kind != "fragment"]) for p in ("000", "001", "002", "003", "004")}
    assert counts == {"000": 7, "001": 9, "002": 1, "003": 7, "004": 6}


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


def test_a_count_in_parentheses_is_not_a_column_tag():
    from archive.labels import COLUMN_TAG_RE

    assert COLUMN_TAG_RE.search("携手迈向共同繁荣的未来（和音）") and COLUMN_TAG_RE.search("个人信用报告，到底有啥用（理财参谋）")
    assert not COLUMN_TAG_RE.search("全国劳动模范（53个）") and not COLUMN_TAG_RE.search("贡献奖（共24人）")
    assert not COLUMN_TAG_RE.search("工作原则（二）")


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


def test_a_narrow_page_re_wrapped_narrower_is_read_by_its_printed_lines():
    # seed 001 prints lines of 15 or 16 characters; re-wrapped to 14 each leaves a remnant of one or two
    # (这份成绩来之不易。“我国工业 / 经), which goes on the line it was cut from: the first stories read as they do plain
    plain = [(a.kicker, a.title, len(a.paragraphs)) for a in articles_with_text(seed_text("001"))]
    wrapped = [(a.kicker, a.title, len(a.paragraphs)) for a in articles_with_text(rewrap(seed_text("001")))]
    assert [t for _, t, _ in wrapped[:5]] == [t for _, t, _ in plain[:5]]
    assert wrapped[1:3] == plain[1:3]


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


def test_a_dash_cut_in_two_by_the_column_does_not_open_a_subtitle():
    # “豌豆八个——”“豌豆八个——” in 14-character columns: the second —— breaks over the line end (— / —”)
    page = narrow([
        "“豌豆八个——”“豌豆八个——”",
        "还有“豌豆八个”的鸟叫声。每到这个时节，山里的孩子就跟着鸟声去田里摘豌豆。",
        "豌豆是山里娃子最好的“零食”，也是一年里最早的收成。",
    ])
    (art,) = articles_with_text(page)
    assert (art.kicker, art.title, art.subtitle) == (None, "“豌豆八个——”“豌豆八个——”", None)


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


def test_a_plain_line_after_a_kicker_and_title_is_the_first_section_heading():
    page = (
        "一项项农村改革——\n\n为乡村振兴注入新动能\n\n确权颁证，让农民吃下“定心丸”\n\n"
        "黑土地又披新绿。望着一望无际的田野，种粮大户笑得合不拢嘴。\n\n"
        "说起村里的黑土地，他有说不完的话。\n"
    )
    (art,) = articles_with_text(page)
    assert (art.kicker, art.title, art.subtitle) == ("一项项农村改革——", "为乡村振兴注入新动能", None)
    assert kinds(art)[0] == ("heading", "确权颁证，让农民吃下“定心丸”")


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


def test_a_paragraph_line_cut_mid_sentence_on_a_blank_spaced_page_runs_on():
    # seed 000 sets a blank line after every line, and once cuts a paragraph inside "2024年"
    art = by_title(reconstruct(seed_text("000")), "我国已有570多家工业企业入围全球研发投入2500强")
    joined = [p.text for p in art.paragraphs if "全国技术合同成交额突破6.8万亿元" in p.text]
    assert len(art.paragraphs) == 4 and len(joined) == 1 and "开展中试活动。2024年，全国技术合同" in joined[0]


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


def test_a_headline_with_no_text_under_it_is_a_fragment_not_an_article():
    page = (
        "春运首日客流平稳\n\n"
        "本报北京1月10日电（记者齐志明）今年春运今天开始，全国铁路、公路、水路、民航客流总体平稳有序。\n\n"
        "交通运输部表示，将加强运力调度，保障旅客安全出行。\n\n"
        "图片报道\n"
    )
    arts = reconstruct(page)
    assert [(a.kind, a.title, len(a.paragraphs)) for a in arts] == [("article", "春运首日客流平稳", 2), ("fragment", "图片报道", 0)]


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


def test_a_summary_quoting_a_later_paragraph_is_kept():
    # a commentary sets a sentence of its body in bold above it, without its full stop; an extraction repeat
    # breaks off mid-phrase instead, and is dropped
    paragraphs = [
        "直面挑战创造新的辉煌（体坛观澜）",
        "精心备战奥运的同时，中国体育也需要努力探索竞技体育发展的创新模式，推动举国体制与市场机制相结合",
        "2020年，东京奥运会将举行。中国体育健儿的表现，也将牵动亿万国人的目光。",
        "刚刚过去的2019年，中国队选手在多个夏季奥运会项目上夺得世界冠军，为备战打下了基础。",
        "精心备战奥运的同时，中国体育也需要努力探索竞技体育发展的创新模式，推动举国体制与市场机制相结合，为体育强国建设注入新动力。",
    ]
    page = narrow(paragraphs)
    (art,) = articles_with_text(page)
    assert [p.text[:6] for p in art.paragraphs] == ["精心备战奥运", "2020年，", "刚刚过去的2", "精心备战奥运"]


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


def test_a_cut_off_paragraph_printed_twice_is_kept_once():
    from archive.paragraphs import Paragraph, repair_repeats

    line = "加快形成新质生产力，增强发展新动能，推动经济高质量发展取得新成效"
    notes = []
    paras = [Paragraph("body", line, 0, 33), Paragraph("body", line, 35, 68), Paragraph("body", "各地正因地制宜推进产业升级。", 70, 84)]
    assert [p.text for p in repair_repeats(paras, notes)] == [line, "各地正因地制宜推进产业升级。"] and notes


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


SERIES_PAGE = [
    "说说家风故事（特别策划）",
    "电影演员——",
    "把好日子传下去",
    "我从小就听父亲讲革命先辈的故事，这些故事一直教育着我，要一辈子跟党走，时刻要求进步。",
    "现在我们丰衣足食，更不能忘了初心，要把好的传统传承下去，尽力为社会做出自己的贡献。",
    "（本报记者曹玲娟采访整理）",
    "边境乡的姐妹——",
    "守护好幸福家园",
    "我们的家乡是全国人口最少的乡，这里曾经只住着我们一家人，父亲常说这是国家的土地。",
    "在父亲带领下，我们姐妹先后入党，放牧巡山，一年又一年守护着这片土地。",
    "（本报记者袁泉采访整理）",
    "图片说明：",
    "上图为姐妹俩在巡山途中。下图为电影演员在家中翻看老照片。",
    "版式设计：蔡华伟",
    "为新时代提供有力法治保障（人民要论）",
    "法治是治国理政的基本方式，要在法治轨道上推进国家治理体系和治理能力现代化，这是长期任务。",
]


def test_pieces_each_closed_by_their_compiled_note_are_one_article():
    # A series of interviews the publisher prints as one article, each piece closed by （…采访整理）: the next
    # piece's title and the box label under the last piece continue it; a tagged commentary after it does not.
    arts = articles_with_text("\n\n".join(SERIES_PAGE) + "\n")
    assert [a.title for a in arts] == ["说说家风故事（特别策划）", "为新时代提供有力法治保障（人民要论）"]
    starts = [(p.kind, p.text[:4]) for p in arts[0].paragraphs if p.kind != "body"]
    assert ("heading", "边境乡的") in starts and ("heading", "守护好幸") in starts and ("heading", "图片说明") in starts
    assert arts[0].paragraphs[-1].text.startswith("版式设计")


def test_a_closing_note_wrapped_over_two_lines_ends_its_paragraph():
    # in 14-character columns the note breaks (…采访整 / 理）) and a blank line follows it: the note is whole,
    # and the next piece's kicker is not glued to it
    arts = articles_with_text(narrow(SERIES_PAGE))
    assert [a.title for a in arts] == ["说说家风故事（特别策划）", "为新时代提供有力法治保障（人民要论）"]
    notes = [p.text for p in arts[0].paragraphs if p.kind == "note"]
    assert notes[:2] == ["（本报记者曹玲娟采访整理）", "（本报记者袁泉采访整理）"]


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


def test_a_subtitle_line_is_not_run_into_the_body_where_no_blank_lines_are_printed():
    page = narrow([
        "携手合作 战胜疫情",
        "——访东盟副秘书长康富",
        "2月1日，东盟副秘书长康富在雅加达接受中国媒体联合采访。康富表示，东盟愿同中国携手应对疫情。",
    ], between="\n")
    arts = articles_with_text(page)
    assert (arts[0].title, arts[0].subtitle) == ("携手合作 战胜疫情", "——访东盟副秘书长康富")
    assert arts[0].paragraphs[0].text.startswith("2月1日，东盟副秘书长")


def test_a_bracketed_date_under_a_speech_title_is_not_run_into_the_body():
    page = narrow([
        "在教育文化卫生体育领域专家代表座谈会上的讲话",
        "（2020年9月22日）",
        "今天，我们召开教育文化卫生体育领域专家代表座谈会，听听大家的意见和建议。",
    ], between="\n")
    arts = articles_with_text(page)
    assert arts[0].paragraphs[0].text.startswith("今天，我们召开")
    assert "（2020年9月22日）" not in arts[0].paragraphs[0].text


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


# An undated feature of four paragraphs with no section heading yet, for the change-of-subject tests.
BIRDWATCHING = (
    "湿地观鸟正当时\n\n"
    "冬季是观鸟的好时节，大批候鸟从北方飞来，在湖区湿地越冬栖息。\n\n"
    "观鸟爱好者们带着望远镜和相机，早早守候在湖边，等待鸟群起飞的一刻。\n\n"
    "专家提醒，观鸟要与鸟类保持距离，不要大声喧哗，更不要追赶惊扰。\n\n"
    "一忌穿着鲜艳服装。二忌闪光灯拍摄。三忌投食喂鸟。四忌无人机拍鸟，近距离的飞行物会惊扰鸟群。\n\n"
)


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
    page = (
        "湿地观鸟正当时（美丽中国）\n\n"
        "冬季是观鸟的好时节，大批候鸟从北方飞来，在湖区湿地越冬栖息，成群的白鹤、天鹅在浅滩上觅食嬉戏，"
        "引来不少游客驻足，湖区管理部门专门开辟了观鸟步道和观景平台。\n\n"
        "观鸟爱好者们带着望远镜和相机，早早守候在湖边，等待鸟群起飞的一刻，有人一蹲就是大半天，只为拍下振翅的瞬间，"
        "不少照片在网上引来大量点赞和转发，也带动了更多人走进湿地。\n\n"
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


@pytest.mark.parametrize(
    "page, heading",
    [
        pytest.param(
            "运用辩证思维推进制度建设（新知新觉）\n\n"
            "习近平同志指出，推进国家治理体系和治理能力现代化，必须把坚定制度自信和不断改革创新统一起来。\n\n"
            "把坚定制度自信和不断改革创新统一起来\n\n"
            "新中国成立70多年来特别是改革开放以来，我们党领导人民坚持不懈推进国家制度建设。\n",
            "把坚定制度自信和不断改革创新统一起来",
            id="shorter than a repeat",
        ),
        pytest.param(
            # 20 characters: as long as an extraction repeat, kept because it quotes a whole clause
            "坚定信心 稳中求进（人民观点）\n\n"
            "面对复杂严峻的形势，我们要保持战略定力，巩固我国经济稳中向好、长期向好的基本趋势。\n\n"
            "巩固我国经济稳中向好、长期向好的基本趋势\n\n"
            "我国经济韧性强、潜力足、回旋余地大，长期向好的基本面没有改变。\n",
            "巩固我国经济稳中向好、长期向好的基本趋势",
            id="quoting a whole clause",
        ),
    ],
)
def test_a_section_heading_repeating_a_clause_of_the_text_above_is_kept(page, heading):
    (art,) = articles_with_text(page)
    assert kinds(art)[1] == ("heading", heading)
    assert not any("dropped" in n for n in art.notes)


def test_a_section_heading_ending_on_a_whole_word_is_not_rejoined_with_the_text_below_it():
    # 行动|党: jieba finds 行动党 across the junction, but the heading ends on a word of its own (迅速行动)
    page = (
        "党员冲在前 群众心里暖（一线讲述）\n\n"
        "疫情发生以来，全市各级党组织和广大党员干部闻令而动，坚守岗位，全力守护群众生命安全和身体健康。\n\n"
        "各部门各单位立即响应、迅速行动\n\n"
        "党有号召，我有行动。两个月来，全市一万多名党员干部下沉社区，与社区工作者并肩战斗在防控一线。\n\n"
        "志愿服务温暖人心，邻里守望共克时艰\n\n"
        "社区志愿者每天为居民代买生活物资、配送药品，帮助独居老人解决生活难题，让群众感受到实实在在的温暖。\n"
    )
    (art,) = articles_with_text(page)
    assert kinds(art)[1:3] == [
        ("heading", "各部门各单位立即响应、迅速行动"),
        ("body", "党有号召，我有行动。两个月来，全市一万多名党员干部下沉社区，与社区工作者并肩战斗在防控一线。"),
    ]
    assert not any("rejoined" in n for n in art.notes)


def test_a_short_paragraph_the_text_above_happens_to_contain_is_kept():
    page = (
        "中华人民共和国主席令\n\n"
        "第四十五号\n\n"
        "《中华人民共和国民法典》已由中华人民共和国第十三届全国人民代表大会第三次会议于2020年5月28日通过，现予公布，自2021年1月1日起施行。\n\n"
        "中华人民共和国主席 习近平\n\n"
        "2020年5月28日\n"
    )
    arts = articles_with_text(page)
    texts = [p.text for a in arts for p in a.paragraphs]
    assert texts[-1] == "2020年5月28日"
    assert not any("dropped" in n for a in arts for n in a.notes)


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
