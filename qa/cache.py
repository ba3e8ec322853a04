"""A JSON cache of validated, analysed knowledge bases: the next start skips YAML, validation and analysis.

Why: parsing YAML costs more than answering (about 10 ms to import PyYAML for the bundled file, most of a
minute for 100 000 entries). The cache is plain JSON — never pickle: a cache file can be edited by anyone
who can write the folder, and JSON can only ever become data. An entry is used only when the knowledge
base file's size and modification time and qa's version all match; anything unreadable or unexpected is
ignored and rebuilt. Location: `$XDG_CACHE_HOME/qa` (default `~/.cache/qa`); `QA_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib

from .analysis import Analysis
from .analysis import from_json as analysis_from_json
from .analysis import to_json as analysis_to_json
from .model import Entry, KnowledgeBaseData, Source
from .paths import xdg_dir

FORMAT = 7
# qa's own modules whose change alters the analysis: a cache made by other code is never reused
_CODE = (
    "analysis.py",
    "text.py",
    "everyday_words.py",
    "loader.py",
    *(
        f"rules/{name}.py"
        for name in ("__init__", "base", "kind", "identity", "number", "name", "answer_type", "count", "shift")
    ),
)


def _cache_file(source: str) -> str | None:
    if os.environ.get("QA_NO_CACHE"):
        return None
    folder = xdg_dir("XDG_CACHE_HOME", ".cache")
    if folder is None:
        return None
    # the name only spreads files apart; the stamp inside says which knowledge base a file is for
    digest = zlib.crc32(source.encode("utf-8", "surrogatepass"))
    stem = os.path.splitext(os.path.basename(source))[0][:40]
    return os.path.join(folder, f"{stem}-{digest:08x}.json")


def _stamp(source: str) -> dict:
    from . import __version__

    stat = os.stat(source)
    here = os.path.dirname(__file__)
    code = [
        [os.stat(os.path.join(here, name)).st_size, os.stat(os.path.join(here, name)).st_mtime_ns] for name in _CODE
    ]
    return {
        "format": FORMAT,
        "qa": __version__,
        "code": code,
        "path": source,
        "size": stat.st_size,
        "mtime": stat.st_mtime_ns,
    }


def load(source: str) -> tuple[KnowledgeBaseData, Analysis] | None:
    """The cached data and analysis for this file (an absolute path), or None (none, stale, unreadable)."""
    try:
        cache_file = _cache_file(source)
        if cache_file is None or not os.path.isfile(cache_file):
            return None
        with open(cache_file, encoding="utf-8") as handle:
            document = json.load(handle)
        if document.get("stamp") != _stamp(source):
            return None
        data = _from_json(document["data"], source)
        return data, analysis_from_json(document["analysis"], data.entries)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(data: KnowledgeBaseData, analysis: Analysis, source: str) -> None:
    """Write the cache atomically; a read-only or missing home just means no cache."""
    cache_file = _cache_file(source)
    if cache_file is None:
        return
    partial = f"{cache_file}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(cache_file), exist_ok=True)
        document = {"stamp": _stamp(source), "data": _to_json(data), "analysis": analysis_to_json(analysis)}
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))  # dumps: C-fast
        os.replace(partial, cache_file)  # readers see the old file or the new one, never half of one
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(partial)


def _to_json(data: KnowledgeBaseData) -> dict:
    source = data.source
    return {
        "title": data.title,
        "version": data.version,
        "source": [source.title, source.publisher, source.url, source.published, source.file],
        "synonyms": {word: list(variants) for word, variants in data.synonyms.items()},
        "entries": [
            [e.id, list(e.questions), e.answer, e.evidence, list(e.tags), list(e.related), e.line] for e in data.entries
        ],
    }


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _texts(values) -> tuple[str, ...]:
    return tuple(_text(value) for value in values)


def _from_json(document: dict, path: str) -> KnowledgeBaseData:
    """Rebuild the values, checking every type: a tampered cache must fail here, not later."""
    rows = document["entries"]
    entries = []
    for position, (entry_id, questions, answer, evidence, tags, related, line) in enumerate(rows):
        entries.append(
            Entry(
                id=_text(entry_id),
                questions=_texts(questions),
                answer=_text(answer),
                evidence=_text(evidence),
                tags=_texts(tags),
                related=_texts(related),
                line=line if isinstance(line, int) else None,
            )
        )
        rows[position] = None  # free the JSON row as its entry is made: at 100 000 entries, peak memory counts
    return KnowledgeBaseData(
        path=path,
        title=_text(document["title"]),
        source=Source(*_texts(document["source"])),
        entries=tuple(entries),
        synonyms={_text(word): _texts(variants) for word, variants in document["synonyms"].items()},
        version=int(document["version"]),
    )
