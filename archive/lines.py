"""Stage 3: raw text -> lines, each with its offsets into the raw text, its printed width and its raw length
(a re-wrap is told by that); the text as the rules read it, ASCII punctuation by Chinese in full-width form."""

import re
from dataclasses import dataclass, field, replace

from .chars import width
from .normalise import punctuation_to_fullwidth

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_STRIP = " \t\u3000\u00a0\ufeff\r\n"


@dataclass(frozen=True)
class Line:
    no: int  # 0-based line number in the source
    start: int  # offset of the first non-space character in raw_text
    end: int  # offset just past the last non-space character
    text: str  # the line without surrounding whitespace, ASCII punctuation by Chinese read full-width (，：？)
    indented: bool  # the raw line starts with an indent (an ideographic space or two spaces), kept by the extraction
    width: float = field(default=0.0, compare=False)  # printed width in ems (see chars.width)
    span: int = field(default=0, compare=False)  # characters of the raw line, surrounding spaces included
    # a space stood between this line's text and the line above's (a wrap cut the text at a space: 主任 / 刘结一)
    spaced_before: bool = field(default=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "width", width(self.text))  # computed once: every stage asks for it

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(raw: str) -> list[Line]:
    lines, trailing, leads = [], [], []
    for no, m in enumerate(_LINE_RE.finditer(raw)):
        chunk = m.group(0)
        if not chunk and m.start() == len(raw) and lines:
            break
        body = chunk.rstrip("\r\n")
        stripped = body.strip(_STRIP)
        lead = len(body) - len(body.lstrip(_STRIP))
        start = m.start() + lead
        # Rules read full-width punctuation (，：？): a page printing ASCII forms next to Chinese (,:?) reads the
        # same. One character for one, so offsets into the raw text hold.
        text = punctuation_to_fullwidth(stripped)
        # One ASCII space before a line is no indent: a wrap or justification leaves it (…11月9日电 / （记者…）.
        indent = body[:lead]
        indented = bool(stripped) and ("\u3000" in indent or len(indent.replace("\ufeff", "")) >= 2)
        lines.append(Line(no, start, start + len(stripped), text, indented, span=len(body)))
        trailing.append(len(body) - len(body.rstrip(_STRIP)) if stripped else 0)
        leads.append(lead)
    # Spaces ending a line count in its span where the text goes on below (…4月25日电 / （记者…）: a re-wrap cut
    # there); before a blank line they are the paragraph's own trailing spaces, which a re-wrap carries along.
    for k in range(len(lines) - 1):
        if trailing[k] and lines[k + 1].blank:
            lines[k] = replace(lines[k], span=lines[k].span - trailing[k])
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        if not a.blank and not b.blank and (trailing[k - 1] or leads[k] and not b.indented):
            lines[k] = replace(b, spaced_before=True)
    return lines
