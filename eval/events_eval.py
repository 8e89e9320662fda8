#!/usr/bin/env python3
"""Events on the seed dispatch: prints every event fivew codes with its
default dictionaries, then whether the ones a reader expects are there:
US envoys (USA) meet or negotiate with Putin (RUS), root 03/04/05; Russia
(RUS) fights Ukraine (UKR), root 19; NATO pledges arms for Ukraine, root 03.

usage: events_eval.py FIVEW SHARED
"""
import json
import subprocess
import sys


def main():
    fivew, shared = sys.argv[1], sys.argv[2]
    path = shared + "/corpus/seed/afp-putin-talks.txt"
    out = subprocess.run([fivew, "--no-text", path], capture_output=True,
                         check=True).stdout
    doc = json.loads(out)
    text = open(path, "rb").read()
    names = {e["id"]: e["name"] for e in doc["entities"]}
    events = doc["events"]
    for e in events:
        s, t = e["source"], e["target"]
        cue = text[e["cue"][0]:e["cue"][1]].decode()
        print("  %s %-5s %s %5.1f  %-10s (%s) -> %-10s (%s)  \"%s\"" % (
            e["id"], e["code"], e["quad"], e["goldstein"], s["actor"],
            names.get(s["entity"], "-"), t["actor"],
            names.get(t["entity"], "-"), cue))

    def found(src, tgt, roots):
        return any(e["source"]["actor"].startswith(src) and
                   e["target"]["actor"].startswith(tgt) and
                   e["root"] in roots for e in events)

    checks = [
        ("USA->RUS meet/negotiate (03/04/05)", found("USA", "RUS",
                                                     ("03", "04", "05"))),
        ("RUS->UKR fight (19)", found("RUS", "UKR", ("19",))),
        ("NATO->UKR intent, military aid (03)", found("IGOWSTNAT", "UKR",
                                                      ("03",))),
    ]
    for name, ok in checks:
        print("  %-40s %s" % (name, "found" if ok else "MISSING"))
    print("seed_events=%d/%d (%d events)" % (sum(ok for _, ok in checks),
                                            len(checks), len(events)))


if __name__ == "__main__":
    main()
