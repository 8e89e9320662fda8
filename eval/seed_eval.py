#!/usr/bin/env python3
"""Scores fivew on the seed dispatch against its hand-made gold.

Usage: seed_eval.py FIVEW SHARED
Prints one line per aspect, ending with a machine-readable summary line.
Stdlib only.
"""
import json
import subprocess
import sys


def run_fivew(fivew, path):
    out = subprocess.run([fivew, path], check=True, capture_output=True)
    return json.loads(out.stdout)


def strip_subhead(s):
    return s.strip("-' \"\u2018\u2019\u201c\u201d")


def main():
    fivew, shared = sys.argv[1], sys.argv[2]
    seed = shared + "/corpus/seed/afp-putin-talks.txt"
    gold = json.load(open(shared + "/corpus/seed/afp-putin-talks.gold.json"))
    doc = run_fivew(fivew, seed)
    text = open(seed, "rb").read()

    def block_text(b):
        return text[b["span"][0]:b["span"][1]].decode()

    g = gold["document"]
    blocks = doc["blocks"]
    kinds = [b["kind"] for b in blocks]
    heads = [block_text(b) for b in blocks if b["kind"] == "headline"]
    subs = [strip_subhead(block_text(b)) for b in blocks if b["kind"] == "subhead"]
    trail = [block_text(b) for b in blocks if b["kind"] == "trailer"]
    n_par = kinds.count("paragraph")
    ok_head = heads == [g["headline"]]
    ok_subs = sum(1 for s in g["subheads"] if s in subs)
    ok_trail = sum(1 for s in g["trailer"] if s in trail)
    print("seed structure: headline %s, paragraphs %d/%d, subheads %d/%d, "
          "trailer %d/%d" % ("ok" if ok_head else "WRONG", n_par,
                             g["body_paragraphs"], ok_subs, len(g["subheads"]),
                             ok_trail, len(g["trailer"])))
    good = ok_head and n_par == g["body_paragraphs"] and \
        ok_subs == len(g["subheads"]) and ok_trail == len(g["trailer"])
    print("seed_structure=%s" % ("ok" if good else "wrong"))

    # Entities: each gold entity must be a system entity of its type whose
    # name or one of whose name mentions is the gold name.
    def mention_text(m):
        return text[m["span"][0]:m["span"][1]].decode()

    ents = doc.get("entities", [])
    found = 0
    titled = 0
    people = 0
    for g in gold["entities"]:
        match = [e for e in ents if e["type"] == g["type"] and (
            e["name"] == g["name"] or any(
                m["kind"] == "name" and mention_text(m) == g["name"]
                for m in e["mentions"]))]
        ok = bool(match)
        found += ok
        note = ""
        if g["type"] == "person":
            people += 1
            role = g.get("role", "").lower()
            has = ok and any(role == t.lower() for t in match[0]["titles"])
            titled += has
            if not has:
                note = " (role %r not among %s)" % (
                    g.get("role"), match[0]["titles"] if ok else "-")
            if ok and len(match) > 1:
                note += " (%d clusters)" % len(match)
        if not ok or note:
            print("  entity %s (%s): %s%s" % (g["name"], g["type"],
                                               "found" if ok else "MISSING",
                                               note))
    putin = [e for e in ents if e["name"] == "Vladimir Putin"]
    nominal = bool(putin) and any(mention_text(m) == "the Russian president"
                                  for m in putin[0]["mentions"])
    print("seed entities: %d/%d found, %d/%d people with their role, "
          "'the Russian president' in Putin's cluster: %s" %
          (found, len(gold["entities"]), titled, people,
           "yes" if nominal else "no"))
    print("seed_entities=%d/%d seed_roles=%d/%d" %
          (found, len(gold["entities"]), titled, people))

    # Quotations, matched by their text: a direct, nested or subhead
    # quotation whose content is the gold text; a mixed one whose content
    # holds it; an indirect one whose content is it. The speaker is the
    # entity's name, or for a speaker without one, the source's words.
    def content(q):
        return text[q["content"][0]:q["content"][1]].decode()

    def norm(x):
        return " ".join(x.replace("\u2019", "'").split()).strip(" ,.")

    quotes = doc.get("quotes", [])
    kinds_ok = speakers_ok = 0
    for g in gold["quotes"]:
        want = g["kind"] if not g.get("nested") else "nested"
        gt = norm(g["text"])
        cands = []
        for q in quotes:
            c = norm(content(q))
            if q["kind"] == "mixed":
                hit = gt in c
            else:
                hit = c == gt
            if hit:
                cands.append(q)
        match = [q for q in cands if q["kind"] == want] or cands
        q = match[0] if match else None
        kind_ok = q is not None and q["kind"] == want
        who = None
        if q is not None:
            who = q.get("speaker_name")
            if who is None and q.get("source"):
                who = text[q["source"][0]:q["source"][1]].decode()
        spk_ok = q is not None and who == g["speaker"]
        kinds_ok += kind_ok
        speakers_ok += spk_ok
        if not (kind_ok and spk_ok):
            print("  quote %r (%s, %s): %s" % (
                g["text"][:50], want, g["speaker"],
                "MISSING" if q is None else "got %s, %s" % (q["kind"], who)))
    print("seed quotes: %d/%d found with their kind, %d/%d with their "
          "speaker" % (kinds_ok, len(gold["quotes"]), speakers_ok,
                       len(gold["quotes"])))
    print("seed_quotes=%d/%d seed_speakers=%d/%d" %
          (kinds_ok, len(gold["quotes"]), speakers_ok, len(gold["quotes"])))


if __name__ == "__main__":
    main()
