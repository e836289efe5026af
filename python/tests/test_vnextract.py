"""The Python package: records as the CLI writes them, exact numbers, offsets in code points,
order and error records in batches, streams over files, and clear errors for wrong use."""

import gzip
import json
import os
import subprocess
import threading
from decimal import Decimal
from pathlib import Path

import pytest

import vnextract

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
# The CLI built beside the package (.ci/run builds it first); the parity tests need it.
CLI = Path(os.environ.get("VNEXTRACT_BIN", REPO / "target" / "release" / "vnextract"))

SEED = "Chủ tịch UBND quận Trịnh Hoài Nam cho biết thu ngân sách đạt 14.732 tỷ đồng, tăng 15,9%."


def cli_records(lines):
    """The CLI's records for JSON Lines given on stdin."""
    if not CLI.exists():
        pytest.skip(f"no CLI at {CLI} (cargo build --release, or set VNEXTRACT_BIN)")
    out = subprocess.run(
        [str(CLI), "extract", "--input-format", "jsonl", "--quiet", "-"],
        input="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode(),
        capture_output=True,
        check=True,
    ).stdout
    return [json.loads(line, parse_float=Decimal) for line in out.splitlines()]


def comparable(value):
    """A record with its fractions as Decimals (floats by their shortest text) and without
    its `source`, which names where the article was read."""
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items() if k != "source"}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


def test_extract_gives_the_record_of_the_seed_sentence():
    record = vnextract.extract(SEED)
    assert record["schema"] == vnextract.SCHEMA_VERSION
    official = record["officials"][0]
    assert (official["name"], official["role"], official["organization"]) == (
        "Trịnh Hoài Nam",
        "Chủ tịch",
        "UBND quận",
    )
    money = record["money"][0]
    assert money["amount"] == 14_732_000_000_000 and type(money["amount"]) is int
    assert money["currency"] == "VND"
    percentage = record["percentages"][0]
    assert percentage["value"] == 15.9 and type(percentage["value"]) is float
    for span in [official, money, percentage, *official["mentions"]]:
        assert SEED[span["start"] : span["end"]] == span.get("text", span.get("name"))


def test_records_are_the_clis_for_the_same_articles():
    articles = [
        {"id": "a", "text": SEED},
        {"id": "b", "text": "Giá vàng giảm 1,25 USD, còn 2.345,5 USD/ounce; lãi suất âm 0,5%."},
        {"id": "c", "text": "   "},
    ]
    for path in sorted((CORPUS / "gold").glob("*.jsonl"))[:1]:
        for line in path.read_text(encoding="utf-8").splitlines()[:10]:
            item = json.loads(line)
            articles.append({"id": item["id"], "text": item["text"]})
    expected = comparable(cli_records(articles))
    got = comparable(vnextract.Pipeline().extract_many(articles))
    assert len(got) == len(expected) == 13
    assert got == expected


def typed(value):
    """A value with the type of every part beside it, so that 1 == 1.0 == True tell apart."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


@pytest.mark.parametrize("options", [{}, {"words": True, "with_text": True}])
def test_dicts_are_what_the_json_lines_read_back_give(options):
    # Records become Python objects in Rust, not by reading back their JSON line: the two
    # must agree on every field and every type.
    articles = [
        SEED,
        "Giá vàng giảm 1,25 USD, còn 2.345,5 USD/ounce; lãi suất âm 0,5%, tăng 2-3 điểm phần trăm.",
        "Dự án 999.999.999.999.999.999.999 tỷ đồng, bằng 131% kế hoạch.",
        "Tặng Bằng khen của Thủ tướng Chính phủ cho 12 tập thể; cựu Bộ trưởng Lê Văn Hòa dự.",
        "   ",
        None,
        {"id": 7, "text": "Tăng 3%.", "title": "T", "url": "u", "published": "2021-01-01"},
    ]
    for path in sorted((CORPUS / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            articles.append(json.loads(line)["text"])
    pipeline = vnextract.Pipeline(**options)
    dicts = pipeline.extract_many(articles, threads=2)
    lines = pipeline.extract_many(articles, threads=2, as_json=True)
    assert len(dicts) == len(lines) == len(articles)
    assert any(r.get("money") for r in dicts) and any(r.get("officials") for r in dicts)
    for record, line in zip(dicts, lines):
        assert typed(record) == typed(vnextract._record(line))
    assert typed(pipeline.extract(articles[1])) == typed(pipeline.extract_many(articles[1:2])[0])


def test_amounts_are_exact_ints_or_decimals():
    record = vnextract.extract(
        "Dự án 999.999.999.999 tỷ đồng; giá 1,25 USD một lít."
    )
    amounts = [m["amount"] for m in record["money"]]
    assert amounts[0] == 999_999_999_999 * 10**9 and type(amounts[0]) is int
    assert amounts[1] == Decimal("1.25")


def test_offsets_count_code_points_even_with_combining_marks_and_emoji():
    # Decomposed "ễ" (e + two marks) and an astral emoji before the figure.
    text = "Ông Nguye\u0302\u0303n nói 🙂: doanh thu tăng 5,2%."
    record = vnextract.extract(text)
    p = record["percentages"][0]
    assert text[p["start"] : p["end"]] == "5,2%"
    assert text.encode()[p["byte_start"] : p["byte_end"]].decode() == "5,2%"


def test_extract_many_keeps_order_and_puts_error_records_in_place():
    items = ["Tăng 3%.", "", None, {"id": 7, "text": "Giảm 1,5 triệu USD."}, {"text": 5}, {"id": "x"}]
    records = vnextract.Pipeline().extract_many(items, threads=2)
    assert [r["id"] for r in records] == [
        "<python>:1",
        "<python>:2",
        "<python>:3",
        "7",
        "<python>:5",
        "x",
    ]
    kinds = [r.get("error", {}).get("kind") for r in records]
    assert kinds == [None, "empty_text", "missing_field", None, "invalid_field", "missing_field"]
    assert records[3]["money"][0]["amount"] == 1_500_000


def test_a_lone_surrogate_is_an_error_record_not_an_exception():
    records = vnextract.Pipeline().extract_many(["Tăng 3%.", "bad \udc80 text"])
    assert records[1]["error"]["kind"] == "invalid_utf8"
    assert "percentages" in records[0]


def test_thread_counts_give_the_same_records():
    texts = [line for line in _corpus_texts()][:40]
    pipeline = vnextract.Pipeline()
    one = pipeline.extract_many(texts, threads=1)
    assert pipeline.extract_many(texts, threads=2) == one
    assert pipeline.extract_many(iter(texts)) == one


def test_the_gil_is_released_while_extracting():
    texts = _corpus_texts() * 20
    done = threading.Event()
    ticks = 0

    def work():
        vnextract.Pipeline().extract_many(texts, threads=1)
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    while not done.is_set():
        ticks += 1
        done.wait(0.001)
    worker.join()
    # With the GIL held for the whole call, this thread would not run until it ended.
    assert ticks > 1


def test_extract_jsonl_streams_the_clis_records_and_counts_them(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    lines = [json.dumps({"id": f"n{i}", "text": f"Lợi nhuận tăng {i},5%."}) for i in range(50)]
    lines.insert(10, "{not json")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    records = vnextract.Pipeline().extract_jsonl([path, tmp_path / "missing.jsonl"], threads=2)
    got = list(records)
    assert len(got) == 52
    assert got[10]["error"]["kind"] == "json"
    assert got[10]["source"] == f"{path}:11"
    assert got[11]["percentages"][0]["value"] == 10.5
    assert got[-1]["error"]["kind"] == "io"
    summary = records.summary
    assert (summary["articles"], summary["ok"], summary["errors"]) == (52, 50, 2)
    assert summary["unreadable"] == [str(tmp_path / "missing.jsonl")]


def test_a_stream_left_early_does_not_hang():
    pipeline = vnextract.Pipeline()
    for i, _ in enumerate(pipeline.extract_jsonl(CORPUS, threads=1)):
        if i == 2:
            break
    assert len(list(pipeline.extract_jsonl(CORPUS))) >= 30


def test_segment_and_words():
    text = "Cán bộ phường 5 họp. Thu ngân sách tăng 15,9%."
    sentences = vnextract.segment(text)
    assert sentences == [["Cán bộ", "phường", "5", "họp", "."], ["Thu ngân sách", "tăng", "15,9%", "."]]
    words = vnextract.words(text)
    assert all(text[start:end] == word for word, start, end in words)
    assert ("Thu ngân sách", 21, 34) in words


def test_pipeline_options_take_effect(tmp_path):
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text("# format: vnextract-lexicon 1\nposition\tTrưởng làng\n", encoding="utf-8")
    text = "Trưởng làng Đỗ Quang Vinh cho biết mùa màng tốt."
    assert not vnextract.extract(text)["officials"]
    assert vnextract.Pipeline(lexicon).extract(text)["officials"][0]["role"] == "Trưởng làng"

    user_dict = tmp_path / "words.txt"
    user_dict.write_text("mùa màng tốt\n", encoding="utf-8")
    record = vnextract.Pipeline(user_dict=user_dict, words=True).extract(text)
    assert "mùa màng tốt" in [w["text"] for w in record["words"]]

    record = vnextract.extract(text, with_text=True)
    assert record["text"] == text and "words" not in record


def test_wrong_arguments_raise_clear_errors(tmp_path):
    with pytest.raises(TypeError, match="article 2: expected a str, a dict or None, not int"):
        vnextract.Pipeline().extract_many(["a", 5])
    with pytest.raises(ValueError, match="threads must be at least 1"):
        vnextract.Pipeline().extract_many(["a"], threads=0)
    with pytest.raises(TypeError, match="threads must be an int"):
        vnextract.Pipeline().extract_many(["a"], threads="2")
    with pytest.raises(TypeError, match="words must be True or False"):
        vnextract.Pipeline(words="yes")
    with pytest.raises(TypeError, match="text must be a str"):
        vnextract.segment(b"bytes")
    with pytest.raises(OSError, match="missing.tsv"):
        vnextract.Pipeline(lexicon=tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("position\tTrưởng làng\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv"):
        vnextract.Pipeline(lexicon=bad)


def _corpus_texts():
    texts = []
    for path in sorted((CORPUS / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def test_extract_lines_reads_lines_as_the_cli_does():
    lines = [
        json.dumps({"id": "a", "text": SEED}, ensure_ascii=False),
        b'{"id": 12345678901234567890123, "text": "T\\u0103ng 2%."}\n',
        "{broken",
        '{"id": "b", "body": "no text field"}',
        "",
    ]
    records = vnextract.Pipeline().extract_lines(lines, threads=2)
    assert [r["id"] for r in records[:2]] == ["a", "12345678901234567890123"]
    kinds = [r.get("error", {}).get("kind") for r in records]
    assert kinds == [None, None, "json", "missing_field", "json"]
    raw = vnextract.Pipeline().extract_lines(lines[:2], as_json=True)
    expected = cli_records([json.loads(lines[0]), {"id": "x", "text": "Tăng 2%."}])
    assert json.loads(raw[0], parse_float=Decimal)["officials"] == expected[0]["officials"]
    assert isinstance(raw[1], bytes) and not raw[1].endswith(b"\n")


def test_extract_lines_and_jsonl_take_the_clis_limit_and_kept_fields(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Tăng 2%.", "section": "kinh tế", "n": 3}),
        json.dumps({"id": "b", "text": "Tăng 3%." + " x" * 200}),
    ]
    records = vnextract.Pipeline().extract_lines(
        lines, max_article_bytes=100, keep_fields=["section", "n", "absent"]
    )
    assert records[0]["fields"] == {"section": "kinh tế", "n": 3}
    assert records[1]["error"]["kind"] == "too_large"
    assert "100 bytes" in records[1]["error"]["message"]
    assert "fields" not in vnextract.Pipeline().extract_lines(lines[:1])[0]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    streamed = list(
        vnextract.Pipeline().extract_jsonl(path, max_article_bytes=100, keep_fields=["section"])
    )
    first, second = streamed
    assert first["fields"] == {"section": "kinh tế"}
    assert second["error"]["kind"] == "too_large"
    with pytest.raises(TypeError, match="keep_fields"):
        vnextract.Pipeline().extract_lines(lines, keep_fields="section")
    with pytest.raises(ValueError, match="max_article_bytes"):
        vnextract.Pipeline().extract_lines(lines, max_article_bytes=0)


def test_the_docstring_examples_hold():
    import doctest

    failed, tried = doctest.testmod(vnextract)
    assert tried >= 2 and failed == 0


def test_long_inputs_are_numbered_across_the_steps_they_are_handed_over_in():
    texts = [f"Tăng {i}%." for i in range(1, 601)]
    records = vnextract.Pipeline().extract_many(texts, threads=2)
    assert [r["id"] for r in records] == [f"<python>:{i}" for i in range(1, 601)]
    assert [r["percentages"][0]["value"] for r in records] == [float(i) for i in range(1, 601)]
    lines = [json.dumps({"text": t}) for t in texts]
    assert [r["id"] for r in vnextract.Pipeline().extract_lines(lines)][-1] == "<python>:600"
    with pytest.raises(TypeError, match="article 590:"):
        vnextract.Pipeline().extract_many(texts[:589] + [1.5])


def test_records_of_one_call_share_their_keys():
    # The converter makes each key once per call, not once per dict (half the objects).
    first, second = vnextract.Pipeline().extract_many(["Tăng 3%.", "Giảm 4,5%."])
    key = lambda record, name: next(k for k in record if k == name)  # noqa: E731
    assert key(first, "percentages") is key(second, "percentages")
    inner = [next(k for k in r["percentages"][0] if k == "value") for r in (first, second)]
    assert inner[0] is inner[1]
    assert (first["percentages"][0]["value"], second["percentages"][0]["value"]) == (3.0, 4.5)
