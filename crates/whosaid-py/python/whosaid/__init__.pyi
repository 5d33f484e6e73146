from typing import Any, Dict, Iterable, List, Optional, Union

import pyarrow

__version__: str
QUOTES_SCHEMA_DOC: Dict[str, str]
Item = Union[str, Dict[str, Any]]

class Analyzer:
    def __init__(self) -> None: ...
    def analyze(
        self,
        text: Optional[str] = ...,
        *,
        html: Optional[str] = ...,
        url: Optional[str] = ...,
        id: Optional[str] = ...,
        published: Optional[str] = ...,
        title: Optional[str] = ...,
        site_name: Optional[str] = ...,
    ) -> Dict[str, Any]: ...
    def analyze_many(self, items: Iterable[Item], threads: Optional[int] = ...) -> List[Dict[str, Any]]: ...
    def analyze_arrow(self, items: Iterable[Item], threads: Optional[int] = ..., table: str = ...) -> pyarrow.Table: ...

def analyze(
    text: Optional[str] = ...,
    *,
    html: Optional[str] = ...,
    url: Optional[str] = ...,
    id: Optional[str] = ...,
    published: Optional[str] = ...,
    title: Optional[str] = ...,
    site_name: Optional[str] = ...,
) -> Dict[str, Any]: ...
def quotes_table(records: Iterable[Dict[str, Any]]) -> pyarrow.Table: ...
def speakers_table(records: Iterable[Dict[str, Any]]) -> pyarrow.Table: ...
def articles_table(records: Iterable[Dict[str, Any]]) -> pyarrow.Table: ...
def identities(rows: Union[pyarrow.Table, Dict[str, List[Any]]]) -> pyarrow.Table: ...
