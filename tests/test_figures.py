import pytest

from archive.figures import extract_figures


def figs(text):
    return [(f.surface, f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]


def one(text):
    (f,) = extract_figures(text)
    return f


def test_money_with_multiplier_in_base_units():
    f, years, rank = extract_figures("2024年，我国全部工业增加值完成40.5万亿元，制造业总体规模连续15年保持全球第一。")
    assert (years.surface, years.kind, rank.kind) == ("15年", "duration", "rank")
    assert (f.surface, f.value, f.unit, f.written_unit, f.kind) == ("40.5万亿元", pytest.approx(4.05e13), "元", "万亿元", "amount")
    assert "全部工业增加值" in f.subject


def test_counts_and_lists_of_values():
    assert figs("分别达到1288.8万辆和1286.6万辆") == [
        ("1288.8万辆", pytest.approx(12888000), "辆", "count", "exact"),
        ("1286.6万辆", pytest.approx(12866000), "辆", "count", "exact"),
    ]
    assert one("专精特新小巨人企业1.46万家").value == pytest.approx(14600)


def test_percent_and_percentage_points_differ():
    f = one("规上高技术制造业增加值同比增长8.9%")
    assert (f.value, f.unit, f.kind, f.change) == (8.9, "%", "percent", "同比增长")
    p = one("占全部规上工业的比重较2023年提高0.6个百分点")
    assert (p.value, p.unit, p.kind, p.change) == (0.6, "百分点", "percentage_point", "提高")


def test_qualifiers_with_their_cue():
    assert [(f.qualifier, f.cue) for f in extract_figures("比重约20%，超过50%，近2000起，400余起，570多家，7%左右，不到10人")] == [
        ("approx", "约"), ("lower_bound", "超过"), ("approx", "近"), ("lower_bound", "余"), ("lower_bound", "多"), ("approx", "左右"), ("upper_bound", "不到"),
    ]
    r = one("将村（社区）办公场所外各类牌子规范为4至6块")
    assert (r.value, r.value_max, r.qualifier, r.unit) == (4, 6, "range", "块")
    assert one("累计为70余万家中小企业免费提供服务").value == pytest.approx(700000)


def test_chinese_numerals_fractions_and_cheng():
    assert figs("占比近四分之一") == [("四分之一", 0.25, "ratio", "ratio", "approx")]
    assert figs("贡献率超四成") == [("四成", 40.0, "%", "percent", "lower_bound")]


def test_not_figures_dates_names_and_numeral_words():
    text = "1月21日，2024年，5G基站和6G技术，陆地棉标准系TM-1，“十四五”规划，一批创新技术，进一步提升，两国元首，一是抓重点，千万辆级台阶，千亿元级产业集群"
    assert extract_figures(text) == []


def test_durations_and_measures():
    assert ("15分钟", 15.0, "分钟", "duration", "exact") in figs("15分钟充电80%的快充技术")
    assert figs("车辆平均续航里程接近500公里") == [("500公里", 500.0, "公里", "measure", "approx")]


def test_ordinals_are_not_counts_and_ranks_are_their_own_kind():
    assert extract_figures("第十三届全国人民代表大会第二百七十二条") == []
    assert figs("新能源汽车产销量连续10年位居全球第一") == [("10年", 10.0, "年", "duration", "exact"), ("第一", 1.0, "位", "rank", "exact")]
    assert figs("2024年底，2025年春节") == []


def test_unit_with_thousand_prefix_is_not_a_multiplier():
    assert figs("220千伏叠泉输变电工程") == [("220千伏", 220.0, "千伏", "measure", "exact")]


def test_version_numbers_and_thousands_separators():
    assert figs("升级到1.1.529版本，提高1.2个百分点") == [("1.2个百分点", 1.2, "百分点", "percentage_point", "exact")]
    assert figs("投资1,200万元") == [("1,200万元", 12000000.0, "元", "amount", "exact")]


def test_unit_written_once_applies_to_the_whole_list():
    fs = extract_figures("优秀案例数分别达到13.8万、3.7万和1.3万个。")
    assert [(f.surface, f.value, f.unit) for f in fs] == [("13.8万", 138000.0, "个"), ("3.7万", 37000.0, "个"), ("1.3万个", 13000.0, "个")]
    assert len({f.list_no for f in fs}) == 1 and fs[0].list_no is not None


def test_lists_of_percentages_are_grouped():
    fs = extract_figures("活动数量分别压减46.3%、65.2%、48.3%；另有一项增长5%")
    assert [f.value for f in fs] == [46.3, 65.2, 48.3, 5.0]
    assert fs[0].list_no == fs[1].list_no == fs[2].list_no and fs[3].list_no is None


def test_bare_magnitudes_digit_fractions_and_compound_durations():
    assert figs("千兆用户突破2亿，机架数超过880万。") == [("2亿", 2e8, "户", "count", "lower_bound"), ("880万", 8.8e6, "架", "count", "lower_bound")]
    assert figs("占比近1/4") == [("1/4", 0.25, "ratio", "ratio", "approx")]
    assert figs("辩论持续约1小时43分钟") == [("1小时43分钟", 103.0, "分钟", "duration", "approx")]
    assert figs("每月户均移动流量达到19个GB") == [("19个GB", 19.0, "GB", "measure", "exact")]
    assert figs("新中国成立75周年，14部门联合印发，7方面21条，投诉4.8万笔") == [
        ("75周年", 75.0, "年", "duration", "exact"), ("14部门", 14.0, "部门", "count", "exact"),
        ("7方面", 7.0, "方面", "count", "exact"), ("21条", 21.0, "条", "count", "exact"), ("4.8万笔", 48000.0, "笔", "count", "exact"),
    ]
    assert figs("连续十年位居全球第一") == [("十年", 10.0, "年", "duration", "exact"), ("第一", 1.0, "位", "rank", "exact")]


def test_periods_are_not_figures():
    assert figs("今年前11个月，我国货物贸易进出口总值增长1.8%") == [("1.8%", 1.8, "%", "percent", "exact")]


def test_period_and_respectively():
    f = extract_figures("2024年1—11月完成数字产业业务收入31.7万亿元，同比增长5.4%")[0]
    assert f.period == "2024年1—11月" and f.value == pytest.approx(3.17e13)
    fs = extract_figures("截至10月底，风电、光伏发电累计并网装机容量分别达到2.1亿千瓦、2.04亿千瓦。")
    # the last name keeps the measure the names share (the sentence does not say where it starts)
    assert [(f.subject, f.value, f.unit) for f in fs] == [("风电", pytest.approx(2.1e8), "千瓦"), ("光伏发电累计并网装机容量", pytest.approx(2.04e8), "千瓦")]


def test_hedged_chinese_numerals_are_figures_bare_ones_are_words():
    assert figs("用三年左右的时间着力培育") == [("三年左右", 3.0, "年", "duration", "approx")]
    assert figs("全国两会结束不到一周") == [("一周", 1.0, "周", "duration", "upper_bound")]
    assert figs("超百种消费品产量居世界前列") == [("百种", 100.0, "种", "count", "lower_bound")]
    assert figs("数字人才培养三年行动方案，近一年来，一周内，千家万户") == []


def test_cue_before_a_verb_and_more_units():
    assert figs("约有25%的胚珠表皮细胞") == [("25%", 25.0, "%", "percent", "approx")]
    assert figs("国内彩电销售同比增长28.1%,75英寸、85英寸电视") == [
        ("28.1%", 28.1, "%", "percent", "exact"), ("75英寸", 75.0, "英寸", "measure", "exact"), ("85英寸", 85.0, "英寸", "measure", "exact"),
    ]
    assert figs("在北京、上海、海南、深圳4地启动") == [("4地", 4.0, "地", "count", "exact")]


def test_top_n_ranks_and_ordinals_that_are_not_ranks():
    assert figs("中国联通进入全球前10强，9家平台企业进入全球互联网市值前30强") == [
        ("前10强", 10.0, "位", "rank", "upper_bound"), ("9家", 9.0, "家", "count", "exact"), ("前30强", 30.0, "位", "rank", "upper_bound"),
    ]
    assert figs("制造业总体规模连续15年保持全球第一") == [("15年", 15.0, "年", "duration", "exact"), ("第一", 1.0, "位", "rank", "exact")]
    assert figs("举办系列活动、办好第三届全国博士后创新创业大赛，前两个阶段，前三季度") == []


def test_double_digit_growth():
    assert figs("绍兴、南昌等工业大市实现两位数增长") == [("两位数", 10.0, "%", "percent", "lower_bound")]
    assert figs("两位数的编号") == []


def test_respectively_unpacks_a_contracted_pair():
    fs = extract_figures("2024年，我国新能源汽车年产销量迈上千万辆级台阶，分别达到1288.8万辆和1286.6万辆。")
    assert [(f.subject, f.surface) for f in fs] == [("新能源汽车年产量", "1288.8万辆"), ("新能源汽车年销量", "1286.6万辆")]


def test_comparison_base_is_not_the_period():
    f, years = extract_figures("2024年，规模以上工业增加值较2023年提升1.2个百分点，制造业总体规模连续15年保持全球第一")[:2]
    assert (f.period, years.period) == ("2024年", "2024年")


def test_seed_pages_against_the_hand_checked_list():
    import os

    from archive.figures_gold import score_pages

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    s = score_pages(os.path.join(root, "bench", "figures_seeds_gold.tsv"), os.path.join(root, "seeds"))
    assert s.gold > 330
    assert s.recall >= 0.97 and s.precision >= 0.97, (s.missed, s.extra)
    assert s.qualifier >= 0.95 and s.kind >= 0.97, s.wrong


def test_quoted_names_ranges_with_multipliers_and_vague_tens():
    assert figs("打好长江“十年禁渔”攻坚战，出台“粮十条”，收获了“10万+”，几十万张图纸") == []
    (f,) = extract_figures("每年可以给企业节省2万—3万元的利息")
    assert (f.value, f.value_max, f.unit, f.qualifier) == (20000.0, 30000.0, "元", "range")
    assert figs("目前一、二线城市，提前5天完成") == [("5天", 5.0, "天", "duration", "exact")]
    assert figs("排名世界前十二。") == [("前十二", 12.0, "位", "rank", "upper_bound")]


def test_identifiers_and_neighbouring_numeral_ranges():
    assert figs("解放军32751部队原政治委员") == []
    (f,) = extract_figures("到海拔四五千米的地方考察")
    assert (f.value, f.value_max, f.unit, f.qualifier) == (4000.0, 5000.0, "米", "range")
