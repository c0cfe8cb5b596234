#!/usr/bin/env python3
"""Writes an essays CSV for measuring `grader mark` throughput: N rows (id, candidate, text, centre), each essay the
opening, one body paragraph and the conclusion of one of the essay fixtures, so the run is reproducible.

usage: python3 tests/Grader.Cli.Tests/Throughput/make_essays.py 100000 /tmp/essays.csv
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, "..", "..", "Grader.Tests", "Essays")
SOURCES = ["strong-agree.txt", "balanced-mid.txt", "weak-general.txt", "strong-disagree.txt", "short.txt", "with-plan.txt"]


def main(count, path):
    paragraphs = []
    for name in SOURCES:
        with open(os.path.join(ESSAYS, name), encoding="utf-8") as f:
            paragraphs.append([p.strip() for p in f.read().replace("\r\n", "\n").split("\n\n") if p.strip()])
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "candidate", "text", "centre"])
        for i in range(count):
            source = paragraphs[i % len(paragraphs)]
            body = source[1 + (i // len(paragraphs)) % max(1, len(source) - 2)] if len(source) > 2 else source[-1]
            essay = "\n\n".join(dict.fromkeys([source[0], body, source[-1]]))
            writer.writerow(["S%06d" % i, "Candidate %d" % i, essay, 47000 + i % 1000])


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
