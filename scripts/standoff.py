#!/usr/bin/env python3
"""Stand-off gold for articles of ../shared that may not be copied into the repository.

    scripts/standoff.py show ID...                 # print articles (text with its id), to read
    scripts/standoff.py check DRAFT.jsonl...       # validate drafts, print spans, write nothing
    scripts/standoff.py build DRAFT.jsonl... > corpus/baomoi/gold.jsonl

A draft line is GOLD.md's format without the text: {"id", "officials", "titles",
"percentages", "money", "checked"?, "notes"?}. `build` joins each draft with its article
text by id (from ../shared/data/news-baomoi/articles.jsonl.gz, or $VNEXTRACT_ARTICLES),
refuses a draft that holds a "text" field, and writes the same items with their character
spans (code points, end-exclusive) and the sha256 of the text:

- percentages and money: the k-th entry with a given `text` is that text's k-th occurrence;
  the two bounds of a range (consecutive entries with the same text) share one;
- officials: the span of the name where it is first written in full;
- titles: the span of the first "role organization" (or role) written, ignoring case.

Every string must be written in the article as given (case aside for roles and titles):
anything not found is an error naming the article and the item, and nothing is written.
"""

import gzip
import hashlib
import json
import os
import sys
import unicodedata

ARTICLES = os.environ.get(
    "VNEXTRACT_ARTICLES",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "news-baomoi", "articles.jsonl.gz"),
)


def load_texts(ids):
    texts = {}
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if article["id"] in ids:
                texts[article["id"]] = article["text"]
    return texts


def nfc(s):
    return unicodedata.normalize("NFC", s)


def occurrences(text, needle, fold=False, whole_number=False):
    """Where `needle` is written; with `whole_number`, never inside a longer number ("7%" is
    not written inside "6,7%")."""
    hay, pin = (text.lower(), needle.lower()) if fold else (text, needle)
    out, at = [], hay.find(pin)
    while needle and at >= 0:
        before = hay[at - 1] if at > 0 else ""
        after = hay[at + len(pin)] if at + len(pin) < len(hay) else ""
        inside_number = whole_number and (
            (pin[0].isdigit() and (before.isdigit() or (before in ",." and at > 1 and hay[at - 2].isdigit())))
            or (pin[-1].isdigit() and after.isdigit())
        )
        if not inside_number:
            out.append(at)
        at = hay.find(pin, at + 1)
    return out


def span_items(text, items, errors, where):
    """Spans of percentages or money: the k-th entry of a text at its k-th occurrence; the
    second bound of a range (the same text right after, with another value) at the first's."""
    used, out = {}, []
    previous, paired = None, False
    for item in items:
        t = nfc(item.get("text", ""))
        value = item.get("value", item.get("amount"))
        if previous and previous[0] == t and previous[1] != value and not paired:
            start, paired = previous[2], True
        else:
            k = used.get(t, 0)
            found = occurrences(text, t, whole_number=True)
            if not t or k >= len(found):
                errors.append(f"{where}: {t!r} is not written {k + 1} time(s) in the article")
                continue
            start, paired = found[k], False
            used[t] = k + 1
        out.append(dict(item, start=start, end=start + len(t)))
        previous = (t, value, start)
    return out


def span_officials(text, officials, errors, where):
    out = []
    for item in officials:
        name = nfc(item.get("name", ""))
        found = occurrences(text, name)
        if not found:
            errors.append(f"{where}: official name {name!r} is not written in the article")
            continue
        for field in ("role", "organization"):
            value = nfc(item.get(field, ""))
            if value and not occurrences(text, value, fold=True):
                errors.append(f"{where}: {name}'s {field} {value!r} is not written in the article")
        out.append(dict(item, start=found[0], end=found[0] + len(name)))
    return out


def span_titles(text, titles, errors, where):
    out = []
    for item in titles:
        role, org = nfc(item.get("role", "")), nfc(item.get("organization", ""))
        whole = f"{role} {org}".strip()
        found = occurrences(text, whole, fold=True) or occurrences(text, role, fold=True)
        if not found:
            errors.append(f"{where}: title {whole!r} is not written in the article")
            continue
        length = len(whole) if occurrences(text, whole, fold=True) else len(role)
        out.append(dict(item, start=found[0], end=found[0] + length))
    return out


def build(paths):
    drafts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                if line.strip():
                    drafts.append((f"{path}:{n}", json.loads(line)))
    texts = load_texts({d["id"] for _, d in drafts})
    errors, lines = [], []
    for where, draft in drafts:
        where = f"{where} ({draft.get('id')})"
        if "text" in draft:
            errors.append(f"{where}: a draft must not hold the article's text")
            continue
        text = texts.get(draft["id"])
        if text is None:
            errors.append(f"{where}: no article with this id")
            continue
        record = {
            "id": draft["id"],
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "checked": bool(draft.get("checked", False)),
            "officials": span_officials(text, draft.get("officials", []), errors, where),
            "titles": span_titles(text, draft.get("titles", []), errors, where),
            "percentages": span_items(text, draft.get("percentages", []), errors, where),
            "money": span_items(text, draft.get("money", []), errors, where),
        }
        # Drafts' notes quote their articles: they stay with the drafts, not in the repository.
        lines.append(record)
    return lines, errors


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("show", "check", "build"):
        sys.exit(__doc__)
    command, args = sys.argv[1], sys.argv[2:]
    if command == "show":
        texts = load_texts(set(args))
        for id_ in args:
            print(f"=== {id_} ({len(texts.get(id_, ''))} characters)\n{texts.get(id_, '(no such article)')}\n")
        return
    lines, errors = build(args)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if command == "check":
        officials = sum(len(l["officials"]) for l in lines)
        print(f"{len(lines)} articles, {officials} officials, {len(errors)} errors", file=sys.stderr)
    elif not errors:
        for line in lines:
            print(json.dumps(line, ensure_ascii=False))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
