#!/usr/bin/env python3
"""Draws the articles of news-baomoi that the project annotates, reproducibly.

    scripts/sample-baomoi.py [ARTICLES.jsonl.gz] > corpus/baomoi/sample.jsonl

Procedure (issue 13): keep the articles of 500 to 8,000 characters whose text names at least
one position head of models/positions.txt (as whole words, in any case); sort their ids; shuffle
them with Python's random.Random(SEED); the first COUNT are the sample, in that order. The
first TEST of them are the held-out test set that training never sees, the rest are training.
Random news names ~2 officials an article, so a second, training-only stratum adds officials:
going on down the same shuffled order past COUNT, the first DENSE articles whose text names
position heads at least DENSE_HEADS times (orders COUNT+1.. of the shuffle, kept as they are).
A third draw, added later, goes on with random training articles: orders COUNT+1 to
COUNT+MORE that are not dense (stratum "random" too; the first draws are unchanged). A fourth
(stop 32) draws a second held-out test set: the first TEST2 articles past COUNT+MORE that
are not dense (split "test2", stratum "random"), never trained or tuned on. A fifth (stop 51)
adds MORE2 training articles, the first past the test2 draw that are not dense (stratum
"random"); a sixth (stop 52), MORE3 more past those, a seventh (stop 53), MORE4 more, and an
eighth (stop 54), MORE5 more, a ninth (stop 55), MORE6 more, a tenth (stop 56), MORE7 more,
an eleventh (stop 57), MORE8 more, a twelfth (stop 57), MORE9 more, a thirteenth (stop 58),
MORE10 more, a fourteenth (stop 59), MORE11 more, a fifteenth (stop 60), MORE12 more, a sixteenth (stop 60),
MORE13 more, and a seventeenth (stop 60), MORE14 more, drawn the same way.
Each line is {"id", "sha256" (of the text as UTF-8), "split", "order", "stratum"}: no article
text; `order` is the article's place in the shuffle.
"""

import gzip
import hashlib
import json
import random
import re
import subprocess
import sys
import unicodedata

SEED = 13
COUNT = 400
TEST = 100
DENSE = 200
DENSE_HEADS = 10
MORE = 400
TEST2 = 50
MORE2 = 50
MORE3 = 50
MORE4 = 50
MORE5 = 50
MORE6 = 50
MORE7 = 50
MORE8 = 50
MORE9 = 50
MORE10 = 50
MORE11 = 50
MORE12 = 50
MORE13 = 50
MORE14 = 50
MIN_CHARS, MAX_CHARS = 500, 8000


# The sample was drawn with the position heads as they were at commit 0a7b9dd; the list has
# grown since, so the heads are read from that commit (a newer list would draw other articles).
HEADS_COMMIT = "0a7b9dd"


def position_heads():
    text = subprocess.run(
        ["git", "show", f"{HEADS_COMMIT}:models/positions.txt"],
        check=True, capture_output=True, text=True,
    ).stdout
    return parse_heads(text.splitlines())


def parse_heads(lines):
    heads = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            heads.append(unicodedata.normalize("NFC", line.split("\t")[0]).lower())
    return heads


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news-baomoi/articles.jsonl.gz"
    heads = position_heads()
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")(?!\w)"
    )
    kept = {}
    with gzip.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            text = article["text"]
            if MIN_CHARS <= len(text) <= MAX_CHARS and pattern.search(text.lower()):
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                kept[article["id"]] = (digest, len(pattern.findall(text.lower())))
    ids = sorted(kept)
    random.Random(SEED).shuffle(ids)
    dense = 0
    test2 = 0
    more2 = 0
    for order, id_ in enumerate(ids, start=1):
        digest, heads_named = kept[id_]
        if order <= COUNT:
            split, stratum = ("test" if order <= TEST else "train"), "random"
        elif dense < DENSE and heads_named >= DENSE_HEADS:
            split, stratum = "train", "dense"
            dense += 1
        elif order <= COUNT + MORE:
            split, stratum = "train", "random"
        elif test2 < TEST2:
            split, stratum = "test2", "random"
            test2 += 1
        elif more2 < MORE2 + MORE3 + MORE4 + MORE5 + MORE6 + MORE7 + MORE8 + MORE9 + MORE10 + MORE11 + MORE12 + MORE13 + MORE14:
            split, stratum = "train", "random"
            more2 += 1
        else:
            continue
        line = {"id": id_, "sha256": digest, "split": split, "order": order, "stratum": stratum}
        print(json.dumps(line))
    print(f"{len(kept)} articles name a position; sampled {min(COUNT, len(ids))} + {dense} dense + the rest of orders {COUNT + 1}-{COUNT + MORE} + {test2} test2 + {more2} train", file=sys.stderr)


if __name__ == "__main__":
    main()
