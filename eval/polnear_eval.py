#!/usr/bin/env python3
"""Runs fivew on the PolNeAR training texts and scores its quotations with
../shared/eval/polnear_score.py.

Usage: polnear_eval.py FIVEW SHARED [OUT.jsonl]
fivew's quotes map to the scorer's attributions: content, parts
(content_parts), cue, source, speaker_name (speaker). Stdlib only.
"""
import json
import os
import re
import subprocess
import sys


THAT_BEFORE = re.compile(rb"(?i)(?:^|[^\w'])(that)\s+$")


def with_complementizer(text, content, cue):
    """'content' widened to the "that" right before it, which PolNeAR's
    content spans include, unless the cue holds it ("his warning that")."""
    start = content[0]
    m = THAT_BEFORE.search(text, max(0, start - 12), start)
    if not m or (cue and cue[0] <= m.start(1) < cue[1]):
        return content
    return [m.start(1), content[1]]


def convert(line):
    """fivew's quotes as the scorer's attributions. PolNeAR annotates a
    paragraph of quotation that goes on from the one before, with no
    attribution of its own, as a further part of the same attribution;
    fivew gives it as a quotation of its own with the same speaker: such
    quotations are folded into the one before here. PolNeAR does not
    annotate words quoted inside a quotation ("She said, 'Thank you'"
    inside a direct quotation) as an attribution of their own: its few
    nested attributions are reported speech inside reported speech. So
    fivew's `nested` quotations are left out here (the seed, which does
    annotate them, scores them). And PolNeAR's content begins with the
    complementizer ("said that the talks ...") where fivew's, like the
    seed's, begins after it: see with_complementizer()."""
    d = json.loads(line)
    text = d.get("text", "").encode("utf-8")
    atts = []
    prev = None
    for q in d.get("quotes", []):
        if q["kind"] == "nested":
            continue
        if (q["kind"] == "direct" and prev is not None and not q.get("cue")
                and not q.get("source") and q.get("speaker")
                and q.get("speaker") == prev[1]):
            a = prev[0]
            parts = a.get("content_parts") or [a["content"]]
            parts = parts + (q.get("parts") or [q["content"]])
            a["content_parts"] = parts
            a["content"] = [parts[0][0], parts[-1][1]]
            continue
        a = {"content": with_complementizer(text, q["content"], q.get("cue"))}
        if q.get("parts"):
            a["content_parts"] = [a["content"][:1] + q["parts"][0][1:]] + \
                q["parts"][1:]
        if q.get("cue"):
            a["cue"] = q["cue"]
        if q.get("source"):
            a["source"] = q["source"]
        if q.get("speaker_name"):
            a["speaker"] = q["speaker_name"]
        atts.append(a)
        prev = (a, q.get("speaker")) if q["kind"] == "direct" else None
    return {"id": d["id"], "attributions": atts}


def main():
    fivew, shared = sys.argv[1], sys.argv[2]
    out = sys.argv[3] if len(sys.argv) > 3 else "build/polnear.system.jsonl"
    texts = os.path.join(shared, "eval", "polnear", "train")
    run = subprocess.run([fivew, texts], check=True,
                         capture_output=True)
    with open(out, "w") as f:
        for line in run.stdout.decode("utf-8").splitlines():
            f.write(json.dumps(convert(line)) + "\n")
    env = dict(os.environ)
    here = os.path.dirname(os.path.abspath(__file__))
    env["PYTHONPATH"] = here + os.pathsep + env.get("PYTHONPATH", "")
    score = subprocess.run(
        [sys.executable, os.path.join(shared, "eval", "polnear_score.py"),
         os.path.join(shared, "eval", "polnear", "train.gold.jsonl"), out],
        env=env, capture_output=True, text=True)
    sys.stdout.write(score.stdout)
    sys.stderr.write(score.stderr)
    sys.exit(score.returncode)


if __name__ == "__main__":
    main()
