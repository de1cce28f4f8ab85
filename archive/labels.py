"""What a line is, by its wording alone: column tags, box labels, closing notes, signatures, author lines,
numbered and bulleted headings, story labels. The articles stage weighs these against their neighbours."""

import re

from .chars import PERSON, width

EDITOR_NOTE_RE = re.compile(r"^(编者按|编者的话|编后|编者)[:：]?\s*$")
# An editor's note opening its paragraph: 编者按：…, 【编者按】…, 编者的话：…
EDITOR_NOTE_LEAD_RE = re.compile(r"^(?:[【〔［\[]\s*(?:编者按|编者的话)\s*[】〕］\]]|(?:编者按|编者的话)\s*[:：])")


# A column tag closing a title: （大家手笔）（新知新觉）, up to 24 characters in People's Daily 2020 (为了民族的复兴·英雄烈士谱);
# not a section number （一） （3）.
# Nor a count heading a list: 全国劳动模范（53个）, 贡献奖（共24人，按姓氏笔画排列）.
# A series tag may number its pieces in brackets of its own: （保护区里的年轻人（14））, （身边看“六稳”（16））.
# A longer tag names a campaign and its column, joined by · or —— (（守初心 担使命 找差距 抓落实·深入开展“不忘初心、牢记使命”
# 主题教育·记者观察）, 38 characters); a long bracket without them closes a list entry (（贵州新安航空机械有限责任公司驻村干部）).
SERIES_NUMBER = r"[（(][0-9一二三四五六七八九十]{1,3}[）)]"
_TAG_CHAR = rf"(?:[^（）()]|{SERIES_NUMBER})"
COLUMN_TAG_RE = re.compile(
    r"[（(](?![一二三四五六七八九十0-9]+[）)])(?![0-9一二三四五六七八九十百]+[个人名项家位条篇件]|共)"
    rf"(?:{_TAG_CHAR}{{2,24}}|(?=[^）)]*[·—]){_TAG_CHAR}{{25,40}})[）)]$"
)

# Labels of boxes inside an article (a reporter's notes, a summary, background): a section, never an article.
BOX_LABELS = set(
    "记者手记 核心阅读 链接 相关链接 背景链接 延伸阅读 相关阅读 新闻链接 小贴士 背景 短评 快评 编后 编后语 记者观察 记者札记 "
    "采访手记 数据 声音 观点 图表 专家解读 权威解读 新闻背景 名词解释 推荐读物 图片说明 人物小传 内容提要".split()
)
# A note closing an article: （作者为江苏省社会科学院党委书记、院长） （本报记者陈圆圆采访整理）; a roundup's may name
# thirty reporters (（综合本报记者白剑峰、刘毅、…报道）).
CLOSING_NOTE_RE = re.compile(
    r"^[（(](?:(?:作者|本报记者|本报通讯员|记者|新华社记者|执笔|本文|来源|据|文章来源|责任编辑|本版|作者单位|参与采写|采写|摘编|欢迎投稿|参与记者|资料来源|应受访|感谢).{0,200}"
    r"|.{0,80}(?:采访整理|整理|供稿|执笔|译|编译|报道|参与采写|提供)|.{0,40}见第?[0-9一二三四五六七八九十]+(?:至[0-9一二三四五六七八九十]+)?版|综合.{0,200}|.{0,12}(?:结束|完)"
    # the reporter's name alone on its line, closing a brief: （李 恬） （葛孟超） （张三、李四）
    rf"|{PERSON}(?:[、 \u3000]+{PERSON})*)[）)]$"
)


# Who compiled the text above, on a line of its own without brackets (本报记者 朱竞若整理): it closes a piece the
# way （本报记者…采访整理） does.
COMPILED_BY_RE = re.compile(r"^(?:本报|新华社)?(?:记者|通讯员)[^，。；！？]{2,40}整理$")
# The same note ending the text before a line (…本报记者 岳富荣整理, …（本报记者陈圆圆采访整理））: the piece above is closed.
COMPILED_TAIL_RE = re.compile(r"(?:记者|通讯员)[^，。；！？“”]{2,16}整理[）)]?$")


# The editors' signature under the lead they set over what they introduce (——编 者): in People's Daily 2020, 359 of
# 370 such signatures stand inside the article, over its pieces.
EDITORS_SIGNATURE_RE = re.compile(r"^[—－-]{1,2}\s*编\s*者$")


# A line that is only a day (2月10日, 2020年9月11日于莫斯科): a diary entry's day or where a statement was signed, never
# a headline (in People's Daily 2020, 480 such lines are paragraphs and none a headline).
DATE_LINE_RE = re.compile(r"^(?:[0-9０-９]{4}\s*年\s*)?[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日(?:\s*于[\u4e00-\u9fff]{2,8})?$")
# A report announcing that a document's full text or summary follows (《条例》全文如下。, 摘要如下：).
FULL_TEXT_FOLLOWS_RE = re.compile(r"(?:全文|原文|全文内容|内容|摘要|要点)如下[。：:]$")
# Credits of the page's layout (版式设计：蔡华伟): they close the feature above them.
LAYOUT_CREDITS = ("版式设计", "版面设计", "美术编辑", "图表设计")
# Credits that close a text rather than a photo's caption: its data source, its layout, who planned the page.
TEXT_CREDITS = ("数据来源", "本版数据来源", *LAYOUT_CREDITS, "本版统筹", "本期统筹", "统筹", "策划")


# The heading of a body's first part, never a title: the numeral over a story's first chapter (一), a prologue or
# preface (引子, 前言), a column's opening word (编者的话, 开栏的话), a letter's label (贺信, 回信).
OPENING_SECTION_RE = re.compile(r"^(?:一|引\s*子|楔\s*子|前\s*言|序\s*言|序\s*曲|编者的话|开栏的话|贺\s*信|回\s*信)$")
# The salutation a speech or letter opens with (各位代表：, 同志们：, 亲爱的同学们：, 比尔·盖茨先生：, 尊敬的主席先生：):
# its text, never a kicker.
SALUTATION_RE = re.compile(
    r"^(?:(?:各位|亲爱的)[^，。：:]{1,8}|[^，。：:]{0,10}们|编辑同志|尊敬的[^，。：:]{1,16}|[^，。：:]{1,12}(?:先生|女士|阁下))[：:]$"
)


# What a post in brackets names: a role or the body it belongs to (《科幻世界》副总编, 中国曲艺家协会名誉主席, 歌唱演员).
POST_WORD_RE = re.compile(
    r"[编辑者家员长师授任记席书理官生手士]|主编|总编|委员|代表|院士|经理|总裁|专家|学者|顾问|大学|学院|学校|公司|集团|协会|研究|中心|医院|政府|部门|[省市县区局厅委]"
)


# A name with its post in brackets (尹晓东（中国儿童艺术剧院院长）, 楼阳生代表（山西省委书记）).
_NAME_WITH_POST = rf"{PERSON}(?:代表|委员)?[（(][^（）()]{{2,40}}[）)]"


# Who spoke or wrote the words above, on a line opening with a dash: a post ending on a role (…书记, …工程师), then the
# name (——联合国秘书长军事顾问罗伊特, ——…监委主任 张 琮, ——联合国维和行动部发言人尼克·伯恩巴克), or the name before
# its post, as in an author line (——徐晓兰委员（中国工业互联网研究院院长）); a paper quoted (——《经济日报》). Not an interview's or a
# report's subtitle (——访东盟副秘书长康富, ——追记…党支部书记叶全奖, ——习近平总书记陕西考察纪实). The editors, an
# account or a bare name (——编 者, ——@若秋, ——习近平) are closing lines (blocks.CLOSING_LINE_RE).
ATTRIBUTION_RE = re.compile(
    rf"^——(?:《[^》]{{2,20}}》|{_NAME_WITH_POST}"
    r"|(?!访|记|追记|写在|专访)[^，。；！？,;!?—]{2,50}"
    r"(?:书记|主任|长|发言人|教授|顾问|主席|总理|大使|委员|代表|总裁|经理|研究员|院士|负责人|总监|理事|议员|首相|总统|大臣|家|学者|董事|人士|师)"
    r"(?:[\u4e00-\u9fff]{2,3}|[ \u3000]+[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12}))"
    # the speaker's age or place may follow in brackets: ——…火星探测任务工程师 刘一譞（27岁）
    r"(?:[（(][^（）()]{1,12}[）)])?$"
)


# A writer's name alone on its line, under the title of a column's piece (何 娟, 郑少忠).
NAME_LINE_RE = re.compile(rf"^{PERSON}$")


# How a photo's caption opens (图为…, 图①…, 上图…): never a headline, however it ends.
CAPTION_OPENINGS = ("图为", "图①", "图②", "上图", "下图", "左图", "右图")


# A title tagged as a reporter's notes or an editor's afterword on the story above: 书写热气腾腾的故事（记者手记）.
AFTERWORD_TAG_RE = re.compile(r"[（(](?:记者手记|采访手记|记者札记|编后|编后语)[）)]$")


# A turn of an interview: its speaker, then the words (记者：…, 问：…, 张云明：…).
SPEAKER_RE = re.compile(r"^(?P<speaker>记者|主持人|问|答|[\u4e00-\u9fff]{2,4})[:：](?=\S)")


def is_question_or_answer(text: str) -> bool:
    """问：…, 答：…, or the interviewer's question (记者：如何看待…？): a turn, never a headline, however short. A 主持人：
    张三（本报记者） line under a headline credits the interviewer instead."""
    m = SPEAKER_RE.match(text)
    return m is not None and (m["speaker"] in ("问", "答") or m["speaker"] in ("记者", "主持人") and text.endswith(("？", "?")))


BULLETS = "■□●◆▲★◎◇"


def is_bulleted(text: str) -> bool:
    """A line set after a bullet (●助力“六稳”“六保”, ■ 要全面落实…): a section's heading or a lead summary."""
    return text.strip()[:1] in BULLETS


def _box_label_text(text: str) -> str:
    """A line's text with the bullet and colon around a box label stripped (■小贴士 -> 小贴士, 推荐读物： -> 推荐读物)."""
    return text.strip().lstrip(BULLETS + "·").strip().rstrip("：:").strip()


def is_box_label(text: str) -> bool:
    """A box label, bullet and colon aside (■小贴士, 推荐读物：)."""
    return _box_label_text(text) in BOX_LABELS


def is_key_points(text: str) -> bool:
    """The box of key points a feature opens with, straight under its headline (核心阅读): of all the box labels,
    the one that never stands inside a text."""
    return _box_label_text(text) == "核心阅读"


def clause_under_short_title(title: str, line: str) -> bool:
    """A clause of 20 characters or more (a comma or semicolon in it, no end stop, no tag) under a short plain
    title: never the title itself, which a short line would then lead into, but its subtitle over a dateline
    or the piece's pull quote over its text (汇聚体育的力量 / 在重要场次比赛中闯难关、拔头筹，以酣畅淋漓的胜利…)."""
    title, line = title.strip(), line.strip()
    if len(title) > 16 or re.search(r"[，,。：:；;—]", title) or len(line) < 20 or not re.search(r"[，,；;]", line):
        return False
    return not (line.startswith(("—", "（", "(")) or line.endswith(("。", "！", "？", "!", "?", "”", "：", ":", "—", "…", "）", ")")))


# A letter's or column's signature: place and author (贵州关岭县 姚启超, 江苏徐州市 童殿文).
# A name may be padded to three widths (何 勇), and a letter may have two writers (秦风明 秦 宁). A name has two or
# three characters, more only around a dot (阿依古丽·买买提): four after a place are a title's phrase (绿道进村 添美增收).
_SIGNER = r"(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]+·[\u4e00-\u9fff·]+)"
SIGNATURE_RE = re.compile(rf"^[\u4e00-\u9fff]{{2,10}}(?:省|市|县|区|州|旗|盟|镇|乡|村)\s+{_SIGNER}(?:[ \u3000、]+{_SIGNER})?$")


def signs_off(text: str) -> bool:
    """A closing note (（作者为本报记者）) or a signature (江苏徐州市 童殿文): the line a piece ends on."""
    return bool(CLOSING_NOTE_RE.match(text.strip()) or SIGNATURE_RE.match(text.strip()))


# A numbered section heading: 一、 （二） 第三章 (not 12.1万处…, which opens with a figure).
NUMBERED_HEADING_RE = re.compile(
    r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+(?:章|节|部分|条|分?编|卷|篇)"
    r"|[0-9０-９]{1,2}[.．、](?![0-9０-９])\s*[\u4e00-\u9fff])"  # 2.工作原则, 3、加强组织领导
)
# A month or day alone in brackets: when a document was issued, printed under its title (（2020年6月）).
DATED_BRACKET_RE = re.compile(r"^[（(]\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[）)]$")
# A pointer to a photo or chart beside the text (（见图②）, （详见下图）): the text goes on after it.
FIGURE_POINTER_RE = re.compile(r"^[（(](?:见|详见|参见|如)[^（）()]{0,8}图[^（）()]{0,6}[）)]$")
# A document's provenance under its title: （2020年11月11日第十三届全国人民代表大会常务委员会第二十三次会议通过）.
PROVENANCE_RE = re.compile(r"^[（(][0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日[^（）()]*[）)]$")
# An order promulgating a law or regulation, its name over its number (中华人民共和国主席令 / 第四十六号, 中华人民共和国
# 国务院令 / 第727号): printed under the document's title, it opens the document's text.
ORDER_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}令$")
ORDER_NUMBER_RE = re.compile(r"^第\s*[0-9０-９一二三四五六七八九十百零〇]+\s*号$")
SERIES_KICKER_RE = re.compile(r"^.{1,10}——$")
# Labels of a column of news briefs (财经短波, 新闻速递, 微阅读): each brief a title, a dateline paragraph and a closing
# note, or a title and a few paragraphs closed on their source (（据新华社伦敦电 记者张家伟）).
_BRIEFS = "短波|速递|简讯|快讯|速览|集萃|一览|简报|动态|资讯|微阅读"
BRIEFS_LABEL_RE = re.compile(rf"^.{{0,6}}(?:{_BRIEFS})$")
# Labels that head an article of their own: a photo story or a column of news briefs.
STORY_LABEL_RE = re.compile(rf"^(?:图片报道|图片新闻|新闻图片|图说|图说新闻|.{{0,6}}(?:扫描|{_BRIEFS}))$")


# An author line under a piece's title: a name with its post (尹晓东（中国儿童艺术剧院院长）, 楼阳生代表（山西省委书记）)
# or a reader's place and name (江西南昌 杨铭鸣), or a post ending on a role, then the name and what the speaker
# stands for (全国政协常委 王光谦（代表民盟中央）, 全国政协常委夏涛（代表民革中央）).
AUTHOR_LINE_RE = re.compile(
    rf"^(?:——)?{_NAME_WITH_POST}$"
    r"|^[\u4e00-\u9fff]{2,8}[ \u3000]+[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,2}$"
    r"|^[\u4e00-\u9fff、]{2,24}(?:常委|委员|主席|书记|主任|院长|教授|研究员|院士|部长|局长|省长|市长|会长|理事长|董事长|总经理|总裁)"
    r"(?:[ \u3000]+[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,2}(?:[（(][^（）()]{2,20}[）)])?|[\u4e00-\u9fff]{2,3}[（(][^（）()]{2,20}[）)])$"
)


def is_document_title(text: str) -> bool:
    """The name of a document issued as such (…联合公报, 全国人民代表大会常务委员会公告, 关于…的公告, …声明): a
    section heading is seldom that long and never names its issuer's document."""
    t = text.strip()
    return width(t) >= 12 and "，" not in t and bool(re.search(r"(?:公报|公告|声明|决议|通告|启事|倡议书)$", t))


def leads_into_title(text: str) -> bool:
    """A headline part that announces what the title says: what a leader stressed, pointed out or asked for, an
    article or notice issued (…强调, …指出, …要求, 《求是》杂志发表习近平总书记重要文章, …印发通知). In People's Daily 2020,
    619 such parts are a kicker over the title and none is a title over a subtitle. The same words after ——
    name a quotation's source instead (——习近平总书记…在浙江考察时强调)."""
    t = text.strip()
    return bool(re.search(r"(?:强调|指出|要求|表示|文章|通知|印发)$", t)) and not t.startswith("—")


def is_stress_kicker(text: str) -> bool:
    """What a leader stressed, naming the occasion (习近平在宁夏考察时强调): of the kickers that lead into their
    title, the one that opens a report wherever it stands."""
    return leads_into_title(text) and text.strip().endswith("强调")
