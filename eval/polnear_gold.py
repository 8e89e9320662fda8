"""quoted_mask and kind_of for ../shared/eval/polnear_score.py.

The scorer imports these from a sibling module that ../shared does not
ship; this is the project's own implementation of the rule its docstring
states ("a system item counts as direct/mixed by the same quote-mark rule
as the gold"), checked by the scorer's --self-test, which re-derives the
kind of every gold attribution with it.

quoted_mask(text) -> list of bool, one per code point: inside a pair of
double quotation marks (the marks included).
kind_of(parts, mask, text) -> "direct" when every non-space character of
the content (trimmed of punctuation) is quoted, "mixed" when some are,
"indirect" when none are.
"""

OPEN = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb",
        "\u2018": "\u2019"}
TRIM = set(" \t\r\n\u00a0.,;:!?\u2026\u2014\u2013-()[]")


def _closes(text, j, close, opener):
    """Does the mark 'close' end a quotation at text[j]?"""
    if not text.startswith(close, j):
        return close == "\u201d" and text[j] == "\u201c" and opener == "\u201e"
    if close == "\u2019":
        # an apostrophe inside a word does not close: don't, Trump's
        nxt = text[j + 1] if j + 1 < len(text) else " "
        return not nxt.isalpha()
    return True


def quoted_mask(text):
    n = len(text)
    mask = [False] * n
    i = 0
    while i < n:
        c = text[i]
        close = None
        width = 1
        if c in OPEN:
            close = OPEN[c]
        elif c == '"':
            close = '"'
        elif c == "'" and text.startswith("''", i):
            close = "''"
            width = 2
        if close is None:
            i += 1
            continue
        # The closing mark, in this paragraph or, when the next paragraph
        # reopens the quotation (the convention for quotes that run over
        # several paragraphs), in a later one.
        j = i + width
        end = -1
        while j < n:
            if text[j] == "\n":
                k = j
                while k < n and text[k] in "\n \t\u00a0":
                    k += 1
                if k < n and text.startswith(text[i:i + width], k):
                    j = k + width
                    continue
                break
            if _closes(text, j, close, c):
                end = j + len(close)
                break
            j += 1
        if end < 0:
            i += width
            continue
        for k in range(i, end):
            mask[k] = True
        i = end
    return mask


def kind_of(parts, mask, text):
    quoted = plain = 0
    for a, b in parts:
        while a < b and text[a] in TRIM:
            a += 1
        while b > a and text[b - 1] in TRIM:
            b -= 1
        for k in range(a, b):
            if text[k].isspace():
                continue
            if k < len(mask) and mask[k]:
                quoted += 1
            else:
                plain += 1
    if quoted and not plain:
        return "direct"
    if quoted:
        return "mixed"
    return "indirect"
