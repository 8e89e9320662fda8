#!/usr/bin/env python3
"""Tests of eval/polnear_eval.py's mapping of fivew's quotes to PolNeAR's
attributions, on sentences written here. Ends with "N passed, N failed"."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "eval"))
from polnear_eval import convert, with_complementizer  # noqa: E402

passed = failed = 0


def check(name, got, want):
    global passed, failed
    if got == want:
        passed += 1
    else:
        failed += 1
        print("FAIL %s: got %r, want %r" % (name, got, want))


def span(text, words):
    b = text.encode("utf-8")
    start = b.index(words.encode("utf-8"))
    return [start, start + len(words.encode("utf-8"))]


t = "The mayor said that the bridge would reopen in May."
content = span(t, "the bridge would reopen in May")
check("that joins the content", with_complementizer(t.encode(), content, None),
      span(t, "that the bridge would reopen in May"))

t = "The mayor said the bridge would reopen in May."
content = span(t, "the bridge would reopen in May")
check("no that, no change", with_complementizer(t.encode(), content, None),
      content)

t = "Her warning that the bridge was unsafe went unheard."
content = span(t, "the bridge was unsafe")
cue = span(t, "warning that")
check("a that in the cue stays there",
      with_complementizer(t.encode(), content, cue), content)

t = "Aides said Hathat would resign."
content = span(t, "would resign")
check("a name ending in that is no complementizer",
      with_complementizer(t.encode(), content, None), content)

t = "Le maire a dit: « Le pont rouvrira en mai », selon l’agence."
content = span(t, "Le pont rouvrira en mai")
check("bytes, not characters", with_complementizer(t.encode(), content, None),
      content)

# A quote-only paragraph that goes on from the one before folds into it.
t = ("\u201cThe bridge is safe,\u201d the mayor said.\n\n"
     "\u201cWe tested every cable.\u201d")
a, b = span(t, "The bridge is safe,"), span(t, "We tested every cable.")
doc = {"id": "x", "text": t, "quotes": [
    {"kind": "direct", "content": a, "cue": span(t, "said"),
     "source": span(t, "the mayor"), "speaker": "E1",
     "speaker_name": "Mayor"},
    {"kind": "direct", "content": b, "cue": None, "source": None,
     "speaker": "E1", "speaker_name": "Mayor"}]}
out = convert(json.dumps(doc))
check("continuation folds", len(out["attributions"]), 1)
check("its parts", out["attributions"][0].get("content_parts"), [a, b])

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
