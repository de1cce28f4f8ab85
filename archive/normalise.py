"""Stage 2: normalise derived text so that every source reads alike (raw_text is never touched).

- spaces that layout put between CJK characters, or between CJK and digits/Latin, are removed;
- full-width digits and Latin letters (and ％) are folded to ASCII;
- ASCII punctuation next to Chinese text becomes its full-width form (, -> ，  : -> ：).
"""

import re

from .chars import CJK, HAN

_FULLWIDTH_ALNUM = {c: chr(c - 0xFEE0) for c in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))}
_FULLWIDTH_ALNUM[0xFF05] = "%"
_FULLWIDTH_ALNUM[0x3000] = " "
_FULLWIDTH_ALNUM[0x00A0] = " "

_SPACE = r"[ \t\u3000\u00a0]+"
# Space between two CJK characters/punctuation, or between CJK and a digit (either order).
_CJK_GAP = re.compile(f"(?<=[{CJK}]){_SPACE}(?=[{CJK}0-9A-Za-z])|(?<=[0-9A-Za-z%]){_SPACE}(?=[{CJK}])")
# In titles a single space between two phrases is meaningful; only CJK/ASCII gaps go.
_MIXED_GAP = re.compile(f"(?<=[0-9A-Za-z%]){_SPACE}(?=[{CJK}])|(?<=[{CJK}]){_SPACE}(?=[0-9A-Za-z])")
# Justified text spaced out char by char: "设 施 建 设" (keep meaningful single gaps in titles otherwise).
_SPACED_RUN = re.compile(f"(?:[{CJK}0-9] ){{2,}}[{CJK}0-9]")

_ASCII_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# ASCII punctuation with Chinese on at least one side; not between digits (1,000  00:00).
_PUNCT_NEAR_CJK = re.compile(f"(?<=[{HAN}”’）])[,:;?!)]|[,:;?!(](?=[{HAN}“‘（])|(?<=[{HAN}])\\(|\\)(?=[{HAN}])")


def fold_width(text: str) -> str:
    return text.translate(_FULLWIDTH_ALNUM)


def collapse_spaced_runs(text: str) -> str:
    return _SPACED_RUN.sub(lambda m: m.group(0).replace(" ", ""), text)


def punctuation_to_fullwidth(text: str) -> str:
    return _match_brackets(_PUNCT_NEAR_CJK.sub(lambda m: _ASCII_TO_FULL[m.group(0)], text))


def _match_brackets(text: str) -> str:
    """A bracket takes the full-width form of its partner (（动感2020) -> （动感2020）, (2020年12月3日） ->
    （2020年12月3日）): next to a digit the ASCII form is left as printed, but a pair is one form."""
    if "(" not in text and ")" not in text:
        return text
    chars, openers = list(text), []
    for k, c in enumerate(chars):
        if c in "(（":
            openers.append(k)
        elif c in ")）" and openers:
            o = openers.pop()
            if chars[o] == "（" and c == ")":
                chars[k] = "）"
            elif chars[o] == "(" and c == "）":
                chars[o] = "（"
    return "".join(chars)


def normalise_text(text: str) -> str:
    """Normalise one paragraph of body text (line breaks already removed)."""
    text = fold_width(text)
    text = _CJK_GAP.sub("", text)
    text = punctuation_to_fullwidth(text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip()


def normalise_title(text: str) -> str:
    """Titles keep a single space between phrases (为基层减负赋能 促干部实干担当) but lose layout spacing."""
    text = fold_width(text)
    text = collapse_spaced_runs(text)
    text = _MIXED_GAP.sub("", text)
    text = punctuation_to_fullwidth(text)
    text = re.sub(r"\s+(?=[—，。、；：？！”’」』）》])", "", text)  # no space before closing marks or a dash
    text = re.sub(r"\s+", " ", text)
    return text.strip()
