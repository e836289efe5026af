"""The native part of vnextract (Rust). Use the ``vnextract`` module, not this one."""

from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

SCHEMA_VERSION: str
__version__: str

class NativePipeline:
    def __init__(
        self,
        lexicons: List[str] = ...,
        user_dict: Optional[str] = None,
        names_model: Optional[str] = None,
        words: bool = False,
        with_text: bool = False,
    ) -> None: ...
    def extract(self, item: Any, number: int = 1, as_json: bool = False) -> Any: ...
    def extract_many(
        self,
        items: Iterable[Any],
        threads: Optional[int] = None,
        first: int = 1,
        as_json: bool = False,
    ) -> List[Any]: ...
    def extract_lines(
        self,
        lines: Iterable[Any],
        threads: Optional[int] = None,
        first: int = 1,
        as_json: bool = False,
        max_article_bytes: Optional[int] = None,
        keep_fields: List[str] = ...,
    ) -> List[Any]: ...
    def extract_paths(
        self,
        paths: List[str],
        threads: Optional[int] = None,
        max_article_bytes: Optional[int] = None,
        keep_fields: List[str] = ...,
    ) -> RecordStream: ...

class RecordStream:
    def __iter__(self) -> Iterator[bytes]: ...
    def __next__(self) -> bytes: ...
    @property
    def summary(self) -> Optional[Dict[str, Any]]: ...

def segment(text: str) -> List[List[str]]: ...
def words(text: str) -> List[Tuple[str, int, int]]: ...
