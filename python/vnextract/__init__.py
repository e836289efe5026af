"""Structured records from Vietnamese news: officials, titles, percentages and money.

The records are those of the ``vnextract`` command-line tool (see docs/records.md), as
Python objects: every span's ``start``/``end`` counts code points of the article's text, so
``text[r["start"]:r["end"]]`` is the mention. Money amounts are exact: ``int``, or
``decimal.Decimal`` when fractional; percentage values are ``float``.

>>> import vnextract
>>> record = vnextract.extract("Thu ngân sách đạt 14.732 tỷ đồng, tăng 15,9%.")
>>> record["money"][0]["amount"], record["percentages"][0]["value"]
(14732000000000, 15.9)
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
from decimal import Decimal
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from . import _vnextract
from ._vnextract import SCHEMA_VERSION, __version__

__all__ = [
    "SCHEMA_VERSION",
    "Pipeline",
    "Records",
    "extract",
    "segment",
    "words",
]

Record = Dict[str, Any]
Article = Union[str, Dict[str, Any], None]
PathLike = Union[str, "os.PathLike[str]"]


def _record(line: bytes) -> Record:
    # Numbers with a fraction are parsed as Decimal so that no amount of money is rounded;
    # percentages, which nobody sums to the last digit, become floats.
    record = json.loads(line, parse_float=Decimal)
    for percentage in record.get("percentages", ()):
        percentage["value"] = float(percentage["value"])
    return record


def _threads(threads: Optional[int]) -> Optional[int]:
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError(f"threads must be an int or None, not {type(threads).__name__}")
    if threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    return threads


def _flag(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def _max_article_bytes(value: Any) -> Optional[int]:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError("max_article_bytes must be an int or None")
    if value is not None and value < 1:
        raise ValueError("max_article_bytes must be at least 1")
    return value


def _keep_fields(value: Any) -> List[str]:
    if isinstance(value, (str, bytes)):
        raise TypeError("keep_fields must be a sequence of field names, not a single str")
    names = list(value)
    for name in names:
        if not isinstance(name, str):
            raise TypeError(f"keep_fields must hold str, not {type(name).__name__}")
    return names


def _path(name: str, value: Any) -> str:
    if not isinstance(value, (str, os.PathLike)):
        raise TypeError(f"{name} must be a path (str or os.PathLike), not {type(value).__name__}")
    return os.fspath(value)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Python's cyclic garbage collector paused while records are made.

    Records hold no reference cycles, but each of their dicts and lists counts towards a
    collection, and the collections walk every object made so far: for many records that
    took as long as the extraction itself. Paused, the new objects are walked once when it
    resumes.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Records:
    """The records of a run over files, in input order, made while they are read.

    Iterate to get the records; once they are all read, :attr:`summary` holds the run's
    counts (``articles``, ``ok``, ``errors``, ``files``, ``bytes``, ``skipped``,
    ``unreadable``, ``seconds``).
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[Record]:
        for line in self._stream:
            yield _record(line)

    @property
    def summary(self) -> Optional[Dict[str, Any]]:
        """The run's counts once every record has been read, else ``None``."""
        return self._stream.summary


class Pipeline:
    """An extraction pipeline, configured once and used from any number of threads.

    :param lexicon: lexicon files (one path or several) whose entries are added to the
        shipped ones: positions, organizations, surnames, places, currencies (the format
        of models/README.md).
    :param user_dict: a user dictionary for word segmentation, one word a line.
    :param names_model: a names model trained by ``vnextract train-officials``.
    :param words: add each article's ``words`` (with their spans) to its record.
    :param with_text: add each article's ``text`` to its record.
    """

    def __init__(
        self,
        lexicon: Union[PathLike, Sequence[PathLike], None] = None,
        user_dict: Optional[PathLike] = None,
        *,
        names_model: Optional[PathLike] = None,
        words: bool = False,
        with_text: bool = False,
    ) -> None:
        if lexicon is None:
            lexicons: List[str] = []
        elif isinstance(lexicon, (str, os.PathLike)):
            lexicons = [os.fspath(lexicon)]
        else:
            lexicons = [_path("lexicon", p) for p in lexicon]
        self._native = _vnextract.NativePipeline(
            lexicons,
            None if user_dict is None else _path("user_dict", user_dict),
            None if names_model is None else _path("names_model", names_model),
            _flag("words", words),
            _flag("with_text", with_text),
        )

    def extract(self, article: Article) -> Record:
        """The record of one article: its text (``str``) or a dict with ``text`` and
        optional ``id``, ``title``, ``url``, ``published``.

        An article that cannot be processed (empty text, ``None``, a dict without text)
        gives an error record (``{"error": {"kind": ..., "message": ...}}``), as in the CLI.
        """
        return self._native.extract(article)

    def extract_many(
        self,
        articles: Iterable[Article],
        threads: Optional[int] = None,
        *,
        as_json: bool = False,
    ) -> List[Any]:
        """The records of many articles, in their order, made in parallel with the GIL
        released (``threads``: all cores when ``None``). A bad article gives an error record
        in its place; only an item of the wrong type (not str, dict or None) raises.

        ``as_json=True`` gives each record as the CLI's JSON line (``bytes``, no newline)
        instead of a dict: the cheapest way to write records out again.
        """
        threads, as_json = _threads(threads), _flag("as_json", as_json)
        with _no_cyclic_gc():
            return self._native.extract_many(articles, threads, 1, as_json)

    def extract_lines(
        self,
        lines: Iterable[Union[str, bytes]],
        threads: Optional[int] = None,
        *,
        as_json: bool = False,
        max_article_bytes: Optional[int] = None,
        keep_fields: Sequence[str] = (),
    ) -> List[Any]:
        """The records of JSON Lines lines (``str`` or ``bytes``), each read exactly as the
        CLI reads a line (the ``id``, ``text``, ``title``, ``url``, ``published`` fields; the
        same error records for a line that is no JSON object or has no text), in order.
        Every line gives one record, a blank one an error record. ``as_json`` as for
        :meth:`extract_many`. A line longer than ``max_article_bytes`` (default 32 MB, as
        the CLI's ``--max-article-bytes``) is a ``too_large`` error record; the fields named
        in ``keep_fields`` go into the record's ``fields``, as ``--keep-field`` does."""
        threads, as_json = _threads(threads), _flag("as_json", as_json)
        limit, kept = _max_article_bytes(max_article_bytes), _keep_fields(keep_fields)
        with _no_cyclic_gc():
            return self._native.extract_lines(lines, threads, 1, as_json, limit, kept)

    def extract_jsonl(
        self,
        path: Union[PathLike, Sequence[PathLike]],
        threads: Optional[int] = None,
        max_article_bytes: Optional[int] = None,
        keep_fields: Sequence[str] = (),
    ) -> Records:
        """The records of the articles in files, as ``vnextract extract`` reads them
        (JSON Lines, ``.txt``, gzip, tar, zip, directories), streamed in input order.

        A line or file that cannot be read gives an error record naming it; nothing is
        skipped silently. A missing path is an error record too (see ``summary``).
        ``max_article_bytes`` and ``keep_fields`` are the CLI's ``--max-article-bytes``
        and ``--keep-field``.
        """
        if isinstance(path, (str, os.PathLike)):
            paths = [os.fspath(path)]
        else:
            paths = [_path("path", p) for p in path]
        limit, kept = _max_article_bytes(max_article_bytes), _keep_fields(keep_fields)
        return Records(self._native.extract_paths(paths, _threads(threads), limit, kept))


_PIPELINES: Dict[Tuple[bool, bool], Pipeline] = {}


def extract(text: Article, *, words: bool = False, with_text: bool = False) -> Record:
    """The record of one article (see :meth:`Pipeline.extract`), with the shipped models.

    >>> extract("Bộ trưởng Bộ Tài chính Trịnh Hoài Nam phát biểu.")["officials"][0]["name"]
    'Trịnh Hoài Nam'
    """
    key = (_flag("words", words), _flag("with_text", with_text))
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = _PIPELINES.setdefault(key, Pipeline(words=key[0], with_text=key[1]))
    return pipeline.extract(text)


def segment(text: str) -> List[List[str]]:
    """The sentences of ``text``, each a list of its words as written (``"cán bộ"``)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return _vnextract.segment(text)


def words(text: str) -> List[Tuple[str, int, int]]:
    """The words of ``text`` as ``(word, start, end)``, offsets in code points of ``text``,
    so that ``text[start:end] == word``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return _vnextract.words(text)
