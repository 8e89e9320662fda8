#!/usr/bin/env python3
"""Scores fivew's name mentions on Universal NER English-EWT (IOB2).

Usage: uner_eval.py FIVEW FILE.iob2 [LABEL]
Each EWT document becomes one text, a sentence a line; fivew's "name"
mentions of person, organization and place entities are compared with the
gold PER, ORG and LOC spans by exact character span. Prints precision,
recall and F1 per type and overall. Stdlib only.
"""
import json
import os
import subprocess
import sys
import tempfile

TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}


def read_docs(path):
    docs = []
    doc = None
    sent = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newdoc"):
            doc = {"sents": []}
            docs.append(doc)
        elif line.startswith("# text = "):
            if doc is None:
                doc = {"sents": []}
                docs.append(doc)
            sent = {"text": line[len("# text = "):], "toks": []}
            doc["sents"].append(sent)
        elif line and not line.startswith("#"):
            f = line.split("\t")
            sent["toks"].append((f[1], f[2]))
    return docs


def gold_spans(doc):
    """Text of the document and gold (start, end, type) in characters."""
    text = ""
    spans = []
    for s in doc["sents"]:
        base = len(text)
        pos = 0
        cur = None
        for tok, tag in s["toks"]:
            i = s["text"].find(tok, pos)
            if i < 0:
                i = pos
            start, end = base + i, base + i + len(tok)
            pos = i + len(tok)
            if tag.startswith("B-"):
                if cur:
                    spans.append(tuple(cur))
                cur = [start, end, tag[2:]]
            elif tag.startswith("I-") and cur:
                cur[1] = end
            else:
                if cur:
                    spans.append(tuple(cur))
                cur = None
        if cur:
            spans.append(tuple(cur))
        text += s["text"] + "\n"
    return text, set(spans)


def main():
    fivew, path = sys.argv[1], sys.argv[2]
    label = sys.argv[3] if len(sys.argv) > 3 else os.path.basename(path)
    docs = read_docs(path)
    golds = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, doc in enumerate(docs):
            text, spans = gold_spans(doc)
            name = "d%04d" % n
            golds[name] = (text, spans)
            with open(os.path.join(tmp, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        out = subprocess.run([fivew, "--no-text", tmp], capture_output=True)
    systems = {}
    for line in out.stdout.decode("utf-8").splitlines():
        d = json.loads(line)
        text = golds[d["id"]][0]
        b = text.encode("utf-8")
        spans = set()
        for e in d.get("entities", []):
            t = TYPES.get(e["type"])
            if not t:
                continue
            for m in e["mentions"]:
                if m["kind"] != "name":
                    continue
                s, en = m["span"]
                cs, ce = len(b[:s].decode("utf-8")), len(b[:en].decode("utf-8"))
                spans.add((cs, ce, t))
        systems[d["id"]] = spans
    tp = {}
    ns = {}
    ng = {}
    for name, (text, gold) in golds.items():
        sys_spans = systems.get(name, set())
        for t in ("PER", "ORG", "LOC"):
            g = {x for x in gold if x[2] == t}
            s = {x for x in sys_spans if x[2] == t}
            tp[t] = tp.get(t, 0) + len(g & s)
            ng[t] = ng.get(t, 0) + len(g)
            ns[t] = ns.get(t, 0) + len(s)

    def prf(a, sys_n, gold_n):
        p = a / sys_n if sys_n else 0.0
        r = a / gold_n if gold_n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    parts = []
    for t in ("PER", "ORG", "LOC"):
        p, r, f = prf(tp[t], ns[t], ng[t])
        print("uner %s %s: P %.3f R %.3f F1 %.3f (gold %d, system %d)" %
              (label, t, p, r, f, ng[t], ns[t]))
        parts.append("%s_%s_f1=%.3f" % (label, t, f))
    p, r, f = prf(sum(tp.values()), sum(ns.values()), sum(ng.values()))
    print("uner %s overall: P %.3f R %.3f F1 %.3f" % (label, p, r, f))
    parts.append("%s_overall_f1=%.3f" % (label, f))
    print(" ".join(parts))


if __name__ == "__main__":
    main()
