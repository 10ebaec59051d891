#!/usr/bin/env python3
"""Scores the development set with `licit compare --pairs FILE --format json` and reports precision,
recall and F1 per category (a pair counts as flagged at POSSIBLE or MATCH).

    python3 licit-screening/eval/score.py [--split dev|test|all] [--jar JAR] [--json OUT.json] [--errors N]

Without --jar it runs ./licit (which builds the CLI when sources changed); with --jar it runs that
jar with the java of bin/jdk.sh, e.g. a jar built from an older commit to compare before and after.
Thresholds are chosen on the dev split only; the test split is for reporting.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEVSET = os.path.join(REPO, "licit-screening", "src", "test", "resources", "eval", "devset.csv")


def run_compare(pairs, jar):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name1", "name2"])
        for p in pairs:
            w.writerow([p["name1"], p["name2"]])
        path = f.name
    try:
        if jar:
            java = subprocess.run(["bash", "-c", ". bin/jdk.sh >/dev/null && echo $JAVA_HOME"], cwd=REPO,
                                  capture_output=True, text=True, check=True).stdout.strip() + "/bin/java"
            cmd = [java, "-jar", jar, "compare", "--pairs", path, "--format", "json"]
        else:
            cmd = [os.path.join(REPO, "licit"), "compare", "--pairs", path, "--format", "json"]
        out = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    return json.loads(out)


def prf(rows):
    tp = sum(1 for r in rows if r["same"] and r["flagged"])
    fp = sum(1 for r in rows if not r["same"] and r["flagged"])
    fn = sum(1 for r in rows if r["same"] and not r["flagged"])
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return len(rows), tp, fp, fn, p, rc, f1


def false_matches(rows):
    """Negatives called MATCH, the sure band: over-matching is measured here too (issue 16)."""
    return sum(1 for r in rows if not r["same"] and r["band"] == "MATCH")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=["dev", "test", "all"])
    ap.add_argument("--jar")
    ap.add_argument("--json")
    ap.add_argument("--errors", type=int, default=0)
    a = ap.parse_args()
    with open(DEVSET, encoding="utf-8") as f:
        pairs = [r for r in csv.DictReader(f) if a.split == "all" or r["split"] == a.split]
    results = run_compare(pairs, a.jar)
    rows = []
    for p, r in zip(pairs, results):
        rows.append({**p, "same": p["label"] == "1", "score": r["score"], "band": r["band"],
                     "flagged": r["band"] in ("POSSIBLE", "MATCH")})
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False)
    by = collections.defaultdict(list)
    for r in rows:
        by[r["category"]].append(r)
    print("| category | pairs | TP | FP | FN | precision | recall | F1 | FP at MATCH |")
    print("|---|---|---|---|---|---|---|---|---|")
    for c in sorted(by):
        n, tp, fp, fn, p, rc, f1 = prf(by[c])
        print(f"| {c} | {n} | {tp} | {fp} | {fn} | {p:.3f} | {rc:.3f} | {f1:.3f} | {false_matches(by[c])} |")
    cross = [r for r in rows if r["category"].startswith("cross-script")]
    for label, sel in (("all cross-script", cross), ("**all**", rows)):
        n, tp, fp, fn, p, rc, f1 = prf(sel)
        print(f"| {label} | {n} | {tp} | {fp} | {fn} | {p:.3f} | {rc:.3f} | {f1:.3f} | {false_matches(sel)} |")
    if a.errors:
        errs = [r for r in rows if r["same"] != r["flagged"]]
        for r in errs[: a.errors]:
            print(f"{r['category']}\t{r['label']}\t{r['score']:.3f}\t{r['name1']}\t{r['name2']}", file=sys.stderr)
        for r in [r for r in rows if not r["same"] and r["band"] == "MATCH"][: a.errors]:
            print(f"MATCH\t{r['category']}\t{r['score']:.3f}\t{r['name1']}\t{r['name2']}", file=sys.stderr)


if __name__ == "__main__":
    main()
