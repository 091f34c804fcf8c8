#!/usr/bin/env python3
"""Score the extractor on several evaluation sets at once and print one table.

Each set is built into its own throw-away store with `kg build` and scored with `kg eval`, two sets at a
time (the machines have two cores). A set is `seeds`, the name of a folder under eval/ (`heldout-j`), or
any folder with articles/ and gold/ (a blind set kept outside the repository, so nobody tunes on it).

    python3 eval/score_sets.py                      # the seeds and every eval/heldout* set
    python3 eval/score_sets.py heldout-i /work/setL --detail   # P/R beside F1
"""
import argparse
import concurrent.futures
import json
import pathlib
import subprocess
import sys
import tempfile

EVAL = pathlib.Path(__file__).resolve().parent
REPO = EVAL.parent
KG = [sys.executable, "-m", "kg.cli"]  # this checkout's kg (run from it), whichever one the venv installed
KINDS = ("actors", "wikidata", "meetings", "statements", "military_actions")


def default_sets():
    return ["seeds"] + sorted(p.name for p in EVAL.glob("heldout*") if (p / "gold").is_dir())


def folders(name):
    """(articles, gold) of a set name or folder."""
    if name == "seeds":
        return REPO / "seeds", EVAL / "seeds-gold"
    root = pathlib.Path(name) if "/" in name else EVAL / name
    return root / "articles", root / "gold"


def score(name):
    articles, gold = folders(name)
    with tempfile.TemporaryDirectory(prefix="kg-score-") as tmp:
        store = str(pathlib.Path(tmp) / "store")
        built = subprocess.run([*KG, "build", str(articles), "--store", store], cwd=REPO,
                               capture_output=True, text=True)
        if built.returncode not in (0, 1):  # 1: some article rejected or unreadable, which the scores count
            raise SystemExit(f"{name}: kg build failed\n{built.stderr}")
        if built.returncode == 1:
            print(f"{name}: {built.stdout.strip()}\n{built.stderr.strip()}", file=sys.stderr)
        report = subprocess.run([*KG, "eval", "--store", store, "--gold", str(gold), "--json"],
                                cwd=REPO, check=True, capture_output=True, text=True).stdout
    return json.loads(report)["totals"]


def cell(totals, kind, detail):
    t = totals[kind]
    if kind == "wikidata":
        return f"P {t['precision']:.3f} R {t['recall']:.3f}"
    return f"{t['f1']:.3f} ({t['precision']:.3f}/{t['recall']:.3f})" if detail else f"{t['f1']:.3f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names or folders (default: seeds and eval/heldout*)")
    parser.add_argument("--detail", action="store_true", help="precision/recall beside each F1")
    args = parser.parse_args()
    names = args.sets or default_sets()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(names, pool.map(score, names)))
    print("| set | " + " | ".join(KINDS) + " |")
    print("|---" * (len(KINDS) + 1) + "|")
    for name, totals in results.items():
        label = pathlib.Path(name).name
        print(f"| {label} | " + " | ".join(cell(totals, k, args.detail) for k in KINDS) + " |")


if __name__ == "__main__":
    main()
