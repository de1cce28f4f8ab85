"""Page reconstruction on the seed pages: every page read whole, offsets, interleaved columns, repeats."""

import pytest

from archive.normalise import normalise_text
from archive.pipeline import reconstruct

from .conftest import seed_text
from .pages import articles_with_text, by_title, headings, kinds, narrow, page_blocks, rewrap


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


def test_seed_pages_hold_thirty_articles():
    counts = {p: len([a for a in reconstruct(seed_text(p)) if a.kind != "fragment"]) for p in ("000", "001", "002", "003", "004")}
    assert counts == {"000": 7, "001": 9, "002": 1, "003": 7, "004": 6}


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


def test_a_cut_off_paragraph_printed_twice_is_kept_once():
    from archive.paragraphs import Paragraph, repair_repeats

    line = "加快形成新质生产力，增强发展新动能，推动经济高质量发展取得新成效"
    notes = []
    paras = [Paragraph("body", line, 0, 33), Paragraph("body", line, 35, 68), Paragraph("body", "各地正因地制宜推进产业升级。", 70, 84)]
    assert [p.text for p in repair_repeats(paras, notes)] == [line, "各地正因地制宜推进产业升级。"] and notes


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


def test_a_footnote_mark_a_full_line_pushed_down_stays_in_its_sentence():
    # The column cut （注1） off the quotation it marks; read as a closing note, it ended the article, and the next
    # numbered section opened one of its own.
    paragraphs = [
        "抗击新冠肺炎疫情的中国行动",
        "世界卫生组织专家表示，这些措施可以争取到一些时间，即使只有几天或数周，但这对最终减少感染人数的价值仍不可估量。”（注1）",
        "（一）建立统一指挥体系",
        "在中共中央坚强领导下，建立中央统一指挥、统一协调、统一调度的指挥体系，为打赢疫情防控阻击战提供了有力保证。",
        "各地方各方面各负其责、协调配合，形成集中统一、上下协同、运行高效的工作格局。",
    ]
    page = narrow(paragraphs)
    assert "\n（注1）\n" in page  # the mark stands alone on its line
    texts = [b.text for b in page_blocks(page)]
    assert "（注1）" not in texts and any(t.endswith("仍不可估量。”（注1）") for t in texts)


def test_a_name_a_narrow_column_cut_in_the_byline_stays_whole():
    # 新华社记者 张晓洁 张辛 / 欣: set in 12 characters the byline's last name is cut; a lone character is no name,
    # so it goes back to the byline, not into the text as a paragraph of its own
    raw = seed_text("000")
    wrapped = rewrap(raw, 12)
    assert "张辛\n欣\n" in wrapped
    article = reconstruct(wrapped)[0]
    assert article.reporters == ["张晓洁", "张辛欣"]
    assert article.paragraphs[0].text.startswith("国新办21日举行")


def test_a_closing_dateline_after_a_list_ends_it_and_the_next_report_opens_under_its_kicker():
    page = (
        "中央文明委关于复查确认继续保留荣誉称号的往届全国文明城市名单\n\n"
        "经复查，以下往届全国文明城市继续保留荣誉称号。\n\n"
        "省会（首府）、副省级城市：山东省济南市、福建省福州市、吉林省长春市\n\n"
        "地级市：浙江省湖州市、江苏省南通市、浙江省温州市\n\n"
        "县级市和县：山东省胶州市、安徽省当涂县、江苏省丹阳市\n\n"
        "新疆生产建设兵团：石河子市\n\n"
        "（新华社北京11月20日电）\n\n"
        "王勇在调研时强调\n\n"
        "加大攻关力度 提升创新能力\n\n"
        "新华社北京11月20日电 11月20日，国务委员王勇在北京调研集成电路装备研制工作，看望慰问一线科研人员。\n"
    )
    arts = reconstruct(page)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "中央文明委关于复查确认继续保留荣誉称号的往届全国文明城市名单"),
        ("王勇在调研时强调", "加大攻关力度 提升创新能力"),
    ]
    assert arts[0].paragraphs[-1].text == "（新华社北京11月20日电）"
