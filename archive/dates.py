"""Publication year for month/day datelines: from the source's date when known, else inferred from the text."""

import datetime
import re

_YEAR_RE = re.compile(r"(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])\s*年")
# A year after these words is a target or a deadline, not the present (到2027年, 至2035年).
_FUTURE_CUE = re.compile(r"(到|至|力争|预计|展望|截至到)\s*$")


def infer_year(text: str, today: datetime.date | None = None) -> int | None:
    """The latest year the text speaks of as present or past (targets like 到2027年 do not count)."""
    today = today or datetime.date.today()
    years = []
    for m in _YEAR_RE.finditer(text):
        if _FUTURE_CUE.search(text[max(0, m.start() - 4) : m.start()]):
            continue
        y = int(m.group(1))
        if y <= today.year:
            years.append(y)
    return max(years) if years else None


def article_date(
    month: int | None, day: int | None, source_date: str | None, year: int | None, printed_year: int | None = None
) -> tuple[str | None, bool]:
    """(ISO date, inferred?) for a dateline's month/day. A December dateline in a January paper is last year's;
    a year the dateline prints (新华社北京2019年12月31日电) wins."""
    if not month or not day:
        return None, False
    inferred = False
    if printed_year:
        y = printed_year
    elif source_date:
        pub = datetime.date.fromisoformat(source_date)
        y = pub.year - 1 if month > pub.month + 1 else pub.year
    elif year:
        y, inferred = year, True
    else:
        return None, False
    try:
        return datetime.date(y, month, day).isoformat(), inferred
    except ValueError:
        return None, False


_PATH_DATE_RE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)[0-9]{2})[-_.]?([01][0-9])[-_.]?([0-3][0-9])(?![0-9A-Za-z])")


def date_in_path(path: str) -> str | None:
    """The page's date when its file or folder name carries one (rmrb_20201030_04.txt, 2025-01-22/page3.txt)."""
    for part in reversed(path.replace("\\", "/").split("/")):
        for m in _PATH_DATE_RE.finditer(part):
            try:
                return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                continue
    return None
