"""A JSON cache of validated, analysed knowledge bases: the next start skips YAML, validation and analysis.

Why: parsing YAML costs more than answering (about 10 ms to import PyYAML for the bundled file, most of a
minute for 100 000 entries). The cache is plain JSON — never pickle: a cache file can be edited by anyone
who can write the folder, and JSON can only ever become data.

The cache is no security boundary (whoever can write it can write the knowledge base; one who edits a payload
and its checksum to match is trusted like an author), but corruption, a partial write or a hand edit that
leaves the checksum stale must never become a wrong answer or a crash. So a cache file is one header line
and the payload, and it is used only when
- the header names this qa, its code, and a hash of the very bytes of the knowledge base just read (not its
  size and time, which a slow read or a FIFO makes lie),
- the file is no larger than a cache of that knowledge base can be, and the payload matches its checksum,
- every value decodes into the shape qa writes.
Anything else is ignored, silently, and rebuilt. Only a regular file is cached. Location: `$XDG_CACHE_HOME/qa`
(default `~/.cache/qa`; no cache when neither is an absolute path to a usable place); `QA_NO_CACHE=1` turns
it off.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import zlib

from .analysis import Analysis
from .analysis import from_json as analysis_from_json
from .analysis import to_json as analysis_to_json
from .model import ID_PATTERN, SMALLTALK_INTENTS, Entry, KnowledgeBaseData, SmallTalk, Source
from .paths import xdg_dir

_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NON_BLOCKING = getattr(os, "O_NONBLOCK", 0)
# 9: smalltalk; 10: English names; 11: "how long"; 12: "still"; 13: "up to" says most; 14: "how old";
# 15: real dates; 16: "even" ignored; 17: "one of them" asks which; 18: "#" a word; 19: "previous" shifts;
# 20: "a lot", "a good …" judge; 21: "what is meant by" a definition; 22: "yearly" a rate; 23: "ones";
# 24: "thing"; 25: "anything"; 26: who came "before" someone; 27: kin; 28: a phrasing says who came before;
# 32: a code ("T3") is one word; 33: a possessive name says not who did it; 34: "enough", "popular" judge;
# 35: a feeling ("enjoy", "like") judges; 36: money says what a thing is worth; 37: "where is X located?"
FORMAT = 37
# qa's own modules whose change alters the analysis: a cache made by other code is never reused
_CODE = (
    "analysis.py",
    "text.py",
    "everyday_words.py",
    "english_words.txt",
    "lexicon.py",
    "loader.py",
    *(
        f"rules/{name}.py"
        for name in (
            "__init__",
            "base",
            "kind",
            "identity",
            "number",
            "name",
            "place",
            "role",
            "focus",
            "answer_type",
            "count",
            "share",
            "total",
            "deed",
            "opposite",
            "shift",
        )
    ),
)
# a cache holds the entries and their analysis: about 2.5 times the knowledge base's size; far more is not ours
MAX_GROWTH = 8
MAX_EXTRA_BYTES = 1 << 20
MAX_HEADER_BYTES = 1 << 16  # the header line: a few numbers and the knowledge base's path
# what decoding a hostile payload may raise: a wrong shape, a deep or huge value
_BAD_PAYLOAD = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, MemoryError, OverflowError)


def digest(content: bytes) -> str:
    """A fast hash of some bytes, with their length: CRC-32 reads about 2 GB/s, so checking a 100 000-entry
    knowledge base and its cache costs about 70 ms."""
    return f"{zlib.crc32(content):08x}-{len(content)}"


def _cache_file(source: str) -> str | None:
    if os.environ.get("QA_NO_CACHE"):
        return None
    folder = xdg_dir("XDG_CACHE_HOME", ".cache")
    if folder is None:
        return None
    # the name only spreads files apart; the header inside says which knowledge base a file is for
    name_hash = zlib.crc32(source.encode("utf-8", "surrogatepass"))
    stem = os.path.splitext(os.path.basename(source))[0][:40]
    return os.path.join(folder, f"{stem}-{name_hash:08x}.json")


def _header(source: str, content_hash: str) -> dict:
    from . import __version__

    here = os.path.dirname(__file__)
    code = [[status.st_size, status.st_mtime_ns] for status in (os.stat(os.path.join(here, n)) for n in _CODE)]
    return {"format": FORMAT, "qa": __version__, "code": code, "path": source, "content": content_hash}


def load(source: str, content_hash: str, shown: str | None = None) -> tuple[KnowledgeBaseData, Analysis] | None:
    """The cached data and analysis for this file (an absolute path) whose bytes hash to `content_hash`, or
    None (none, stale, tampered, unreadable: anything but a cache this qa wrote for exactly these bytes).
    `shown`: the path as the caller gave it, which the data keeps (as a fresh load does)."""
    try:
        cache_file = _cache_file(source)
        if cache_file is None:
            return None
        limit = MAX_GROWTH * int(content_hash.rsplit("-", 1)[1]) + MAX_EXTRA_BYTES
        # never through a link, never waiting on a FIFO: only a regular file of ours is read
        descriptor = os.open(cache_file, os.O_RDONLY | _NO_FOLLOW | _NON_BLOCKING)
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
                return None
            header_line = handle.readline(MAX_HEADER_BYTES)
            payload = handle.read(limit)
        header = json.loads(header_line)
        checksum = header.pop("checksum")
        if header != _header(source, content_hash) or checksum != digest(payload):
            return None
        document = json.loads(payload)
        data = _from_json(document["data"], source if shown is None else shown)
        return data, analysis_from_json(document["analysis"], data.entries)
    except (OSError, *_BAD_PAYLOAD):
        return None


def store(data: KnowledgeBaseData, analysis: Analysis, source: str, content_hash: str) -> None:
    """Write the cache atomically; a read-only or missing home just means no cache."""
    cache_file = _cache_file(source)
    if cache_file is None:
        return
    partial = f"{cache_file}.{os.getpid()}.tmp"
    _remove_abandoned(cache_file)
    ours = False  # the temporary file is this run's, to remove if the write does not finish (Ctrl-C included)
    try:
        os.makedirs(os.path.dirname(cache_file), mode=0o700, exist_ok=True)
        document = {"data": _to_json(data), "analysis": analysis_to_json(analysis)}
        payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")  # dumps: C-fast
        header = _header(source, content_hash) | {"checksum": digest(payload)}
        # a new file, never an existing one or one behind a link (a planted link must not be written through)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o600)
        ours = True
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n")
            handle.write(payload)
        os.replace(partial, cache_file)  # readers see the old file or the new one, never half of one
        ours = False
    except FileExistsError:
        return  # someone else's file (or link) at our temporary name: leave it, and cache nothing
    except (OSError, ValueError, UnicodeError):
        return  # no cache, and nothing else lost
    finally:
        if ours:
            with contextlib.suppress(OSError):
                os.unlink(partial)


def _remove_abandoned(cache_file: str) -> None:
    """Remove the temporary files of writes of this cache file whose process is gone (a SIGTERM or SIGKILL
    mid-write leaves one, named by its process id, which no later run would otherwise ever remove)."""
    folder, name = os.path.split(cache_file)
    with contextlib.suppress(OSError):
        for other in os.listdir(folder):
            pid = other[len(name) + 1 : -len(".tmp")]
            if not (other.startswith(name + ".") and other.endswith(".tmp") and pid.isdigit()):
                continue
            try:
                os.kill(int(pid), 0)  # still running (or not ours to signal): its write may yet finish
            except ProcessLookupError:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, other))
            except (OSError, OverflowError, ValueError):
                continue


def _to_json(data: KnowledgeBaseData) -> dict:
    source = data.source
    return {
        "title": data.title,
        "version": data.version,
        "source": [source.title, source.publisher, source.url, source.published, source.file],
        "synonyms": {word: list(variants) for word, variants in data.synonyms.items()},
        "smalltalk": [[item.intent, list(item.phrasings), item.reply] for item in data.smalltalk],
        "entries": [
            [e.id, list(e.questions), e.answer, e.evidence, list(e.tags), list(e.related), e.line] for e in data.entries
        ],
    }


def _text(value) -> str:
    if type(value) is not str:
        raise TypeError("not text")
    return value


def _texts(values) -> tuple[str, ...]:
    if type(values) is not list:
        raise TypeError("not a list")
    return tuple(_text(value) for value in values)


def _from_json(document: dict, path: str) -> KnowledgeBaseData:
    """Rebuild the values, checking every type: a tampered cache must fail here, not later."""
    rows = document["entries"]
    if type(rows) is not list or not rows:
        raise TypeError("no entries")
    entries = []
    for position, row in enumerate(rows):
        entry_id, questions, answer, evidence, tags, related, line = row
        entry = Entry(
            id=_text(entry_id),
            questions=_texts(questions),
            answer=_text(answer),
            evidence=_text(evidence),
            tags=_texts(tags),
            related=_texts(related),
            line=line if type(line) is int else None,
        )
        if not (entry.questions and all(entry.questions) and entry.answer and entry.evidence) or not all(
            map(ID_PATTERN.match, (entry.id, *entry.related))  # an id is shown as it is: only kebab-case ones
        ):
            raise ValueError("an entry qa would not have written")
        entries.append(entry)
        rows[position] = None  # free the JSON row as its entry is made: at 100 000 entries, peak memory counts
    if len({entry.id for entry in entries}) != len(entries):
        raise ValueError("an id twice, which qa refuses")
    synonyms = document["synonyms"]
    if type(synonyms) is not dict:
        raise TypeError("synonyms are not a mapping")
    smalltalk = tuple(
        SmallTalk(_text(intent), _texts(phrasings), _text(reply))
        for intent, phrasings, reply in document.get("smalltalk", [])
    )
    if any(item.intent not in SMALLTALK_INTENTS for item in smalltalk):
        raise ValueError("a small-talk intent qa does not know")
    return KnowledgeBaseData(
        path=path,
        title=_text(document["title"]),
        source=Source(*_texts(document["source"])),
        entries=tuple(entries),
        synonyms={_text(word): _texts(variants) for word, variants in synonyms.items()},
        version=int(document["version"]),
        smalltalk=smalltalk,
    )
