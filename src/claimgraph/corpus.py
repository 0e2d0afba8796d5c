"""Corpus files → `Article`: the only module that reads corpus files.

It owns everything between a file on disk and the text every evidence offset refers to: which files are
articles, how their bytes decode, how HTML becomes plain text, and where metadata comes from (the file
itself, overridden field by field by a `<stem>.meta.json` sidecar beside it). Plain text and Markdown are
stored exactly as written, newlines aside, so a quote found in the file is found at the same offsets in
the graph. Whatever cannot become an article raises `SourceReadError`, so ingest can report that one file
and go on with the rest.
"""

from __future__ import annotations

import codecs
import errno
import json
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimgraph.errors import SourceReadError
from claimgraph.records import Article, SourceMetadata

if TYPE_CHECKING:  # BeautifulSoup is imported when an HTML file is read: plain-text ingests never pay for it
    from bs4 import BeautifulSoup, Tag

log = logging.getLogger(__name__)

MEDIA_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = ("title", "author", "publisher", "date", "language", "url", "sha256")
TITLE_MAX = 200

# Only encodings a file declares are accepted: a guessed legacy codec would shift or corrupt text silently.
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?!\d)")
_MARKDOWN_TITLE = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_DROPPED = frozenset({"head", "title", "script", "style", "noscript", "template"})
_CELLS = frozenset({"td", "th"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})


def discover(paths: Iterable[Path]) -> list[Path]:
    """The article files named by `paths` (files, or folders searched recursively), sorted, each once.

    Hidden files and folders, sidecars and files of other types are skipped, so `ingest corpus/*` works; so is a
    folder's README (`README.md`, `readme.txt`), which documents the folder rather than being one of its articles
    (named on its own, it is read).
    A path that does not exist, and a broken symbolic link inside a folder (a loop, or a dangling link whose
    name does not say it is something else), is returned as given rather than raised or dropped here:
    `read_article` then reports it as that path's failure, and ingest goes on with the others.
    """
    found: dict[Path, Path] = {}
    for path in paths:
        for candidate in _candidates(path):
            found.setdefault(_identity(candidate), candidate)
    return sorted(found.values())


def _identity(path: Path) -> Path:
    """The file a path reaches, to name each file once; a link loop (RuntimeError in Python 3.11) is itself."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _candidates(path: Path) -> list[Path]:
    if path.is_dir():
        return [f for f in path.rglob("*") if _is_candidate(f, f.relative_to(path))]
    if not path.exists():
        return [path]
    return [path] if _is_article(Path(path.name)) else []


def _is_candidate(path: Path, relative: Path) -> bool:
    if path.is_file():
        return _is_article(relative) and relative.stem.lower() != "readme"
    if path.is_symlink() and not path.exists():  # broken: what it was meant to be is unknown, so say so
        hidden = any(p.startswith(".") for p in relative.parts)
        return not hidden and (not relative.suffix or relative.suffix.lower() in MEDIA_TYPES)
    return False


def _is_article(relative: Path) -> bool:
    return relative.suffix.lower() in MEDIA_TYPES and not any(p.startswith(".") for p in relative.parts)


def read_article(path: Path, *, max_bytes: int | None = None) -> Article:
    """Read one corpus file as an `Article`, or raise `SourceReadError` saying why it cannot be one; a file of
    more than ``max_bytes`` bytes is refused before it is read."""
    _check_link(path)
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise SourceReadError(
            f"{path}: unsupported file type {path.suffix!r}", hint=f"use one of {', '.join(MEDIA_TYPES)}"
        )
    text = _decode(_read_bytes(path, max_bytes), path).replace("\r\n", "\n").replace("\r", "\n")
    if media_type == "text/html":
        text, stated = _reduce_html(text)
    else:
        stated = SourceMetadata(title=_stated_title(text, media_type))
    if not text.strip():
        raise SourceReadError(f"{path}: empty: the file has no text")
    article = Article(id=path.stem, file=path.name, text=text, media_type=media_type, metadata=stated)
    return _with_sidecar(article, path)


def _check_link(path: Path) -> None:
    """A symbolic link that reaches no file is refused with what is wrong with it."""
    if not path.is_symlink():
        return
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SourceReadError(f"{path}: symbolic link loop", hint="fix or remove the link") from None
        if exc.errno == errno.ENOENT:
            target = os.readlink(path)
            hint = "fix or remove the link"
            raise SourceReadError(f"{path}: dangling symbolic link to {target}", hint=hint) from None
        raise SourceReadError(f"{path}: cannot follow the link: {exc.strerror or exc}") from None


def _read_bytes(path: Path, max_bytes: int | None) -> bytes:
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if max_bytes is not None and size > max_bytes:
                raise SourceReadError(
                    f"{path}: too large: {size:,} bytes, over the {max_bytes:,}-byte limit",
                    hint="raise CLAIMGRAPH_MAX_FILE_BYTES to ingest it",
                )
            data = file.read() if max_bytes is None else file.read(max_bytes + 1)
    except OSError as exc:
        raise SourceReadError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if max_bytes is not None and len(data) > max_bytes:  # it grew while being read, or is not a regular file
        raise SourceReadError(f"{path}: too large: over the {max_bytes:,}-byte limit")
    return data


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 (BOM optional) or UTF-16 marked by its BOM; NUL characters mean a binary file, not text."""
    bom, codec = next(((bom, codec) for bom, codec in _BOMS if raw.startswith(bom)), (b"", "utf-8"))
    try:
        text = raw[len(bom) :].decode(codec)
    except UnicodeDecodeError as exc:
        if not bom and b"\x00" in raw:
            raise _binary(path) from None
        offset = len(bom) + exc.start
        raise SourceReadError(
            f"{path}: not valid {codec.upper()}: byte 0x{raw[offset]:02x} at offset {offset} ({exc.reason})",
            hint="save the file as UTF-8",
        ) from None
    if "\x00" in text:
        raise _binary(path)
    return text


def _binary(path: Path) -> SourceReadError:
    return SourceReadError(f"{path}: binary file: it contains NUL bytes")


def _stated_title(text: str, media_type: str) -> str | None:
    """Markdown marks its title with `# `; plain text conventionally opens with its headline."""
    if media_type == "text/markdown":
        heading = _MARKDOWN_TITLE.search(text)
        return _title(heading.group(1)) if heading else None
    return _title(next((line for line in text.splitlines() if line.strip()), ""))


def _title(text: str) -> str | None:
    """Whitespace collapsed and clipped: a title labels a source, it is not evidence."""
    return " ".join(text.split())[:TITLE_MAX].rstrip() or None


class _Lines:
    """Rendered HTML text, built line by line as a browser lays out blocks, line breaks and table cells."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.cells = 0  # cells already written in the current table row

    def write(self, text: str) -> None:
        self.current.append(text)

    def end_line(self, *, keep_empty: bool = False) -> None:
        """Close the current line; block edges never make an empty line, `<br>` may (keep_empty)."""
        line = " ".join("".join(self.current).split())
        if line or keep_empty:
            self.lines.append(line)
        self.current = []

    def text(self) -> str:
        """The lines, with at most one blank line in a row and none at either end."""
        self.end_line()
        kept = [line for i, line in enumerate(self.lines) if line or (i and self.lines[i - 1])]
        return "\n".join(kept).strip()


def _reduce_html(html: str) -> tuple[str, SourceMetadata]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    lines = _Lines()
    _render(soup, lines, pre=False)
    return lines.text(), _html_metadata(soup)


def _render(node: Tag, out: _Lines, *, pre: bool) -> None:
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    for child in node.children:
        if isinstance(child, PreformattedString):  # comments, doctype, CDATA, processing instructions
            continue
        if isinstance(child, NavigableString):
            _render_text(str(child), out, pre=pre)
        elif isinstance(child, Tag) and child.name not in _DROPPED:
            _render_tag(child, out, pre=pre)


def _render_text(text: str, out: _Lines, *, pre: bool) -> None:
    """Whitespace in running text is layout; inside `<pre>` its newlines are line breaks."""
    for i, part in enumerate(text.split("\n") if pre else [text]):
        if i:
            out.end_line()
        out.write(part)


def _render_tag(tag: Tag, out: _Lines, *, pre: bool) -> None:
    """Cells of one row are joined with " | " so that a table stays a table the extractor can read."""
    if tag.name == "br":
        out.end_line(keep_empty=True)
        return
    if tag.name == "tr":
        out.cells = 0
    if tag.name in _CELLS:
        out.write(" | " if out.cells else "")
        out.cells += 1
    block = tag.name in _BLOCKS
    if block:
        out.end_line()
    _render(tag, out, pre=pre or tag.name == "pre")
    if block:
        out.end_line()


def _html_metadata(soup: BeautifulSoup) -> SourceMetadata:
    meta = _meta_contents(soup)
    time = soup.find("time", datetime=True)
    canonical = soup.find("link", rel="canonical", href=True)
    return SourceMetadata(
        title=_title(_text_of(soup.title)) or _title(_text_of(soup.h1)),
        author=meta.get("author") or meta.get("article:author"),
        publisher=meta.get("og:site_name"),
        date=_iso_date(meta.get("article:published_time") or meta.get("date") or _attribute(time, "datetime")),
        language=_attribute(soup.html, "lang") or "en",
        url=_attribute(canonical, "href") or meta.get("og:url"),
    )


def _meta_contents(soup: BeautifulSoup) -> dict[str, str]:
    """The first non-empty `content` of each `<meta>`, keyed by its name or property (pages use either)."""
    contents: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = str(tag.get("name") or tag.get("property") or "").lower()
        content = " ".join(str(tag.get("content") or "").split())
        if key and content:
            contents.setdefault(key, content)
    return contents


def _text_of(tag: Tag | None) -> str:
    return tag.get_text() if tag else ""


def _attribute(tag: object, name: str) -> str | None:
    from bs4 import Tag

    if not isinstance(tag, Tag):
        return None
    return str(tag.get(name) or "").strip() or None


def _iso_date(value: str | None) -> str | None:
    """The ISO date part of a stamp ("2026-04-28T09:00Z" → "2026-04-28"); other formats are not guessed."""
    found = _ISO_DATE.match(value.strip()) if value else None
    return found.group() if found else None


def _with_sidecar(article: Article, path: Path) -> Article:
    """Each field a sidecar has wins over what the file states, null included ("the article names none").

    Its `sha256` is of the stored text (for .txt and .md, the file's bytes when UTF-8 with LF newlines). A
    mismatch means the article was edited after its metadata was written: worth a warning, not a failure.
    """
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return article
    fields = _read_sidecar(sidecar)
    recorded = fields.pop("sha256", None)
    if recorded is not None and recorded.lower() != article.sha256:
        stale = "%s: sidecar %s records sha256 %s but the text's is %s; its metadata may be stale"
        log.warning(stale, path, sidecar.name, recorded, article.sha256)
    return replace(article, metadata=replace(article.metadata, **fields))


def _read_sidecar(sidecar: Path) -> dict[str, Any]:
    try:
        fields = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # ValueError covers bad JSON and bad UTF-8
        raise SourceReadError(f"{sidecar}: unreadable sidecar: {exc}") from exc
    if not isinstance(fields, dict):
        raise SourceReadError(f"{sidecar}: bad sidecar: expected a JSON object")
    problems = [p for p in (_field_problem(key, value) for key, value in fields.items()) if p]
    if problems:
        raise SourceReadError(f"{sidecar}: bad sidecar: {'; '.join(problems)}")
    return fields


def _field_problem(key: str, value: object) -> str | None:
    """Unknown fields are refused too: a misspelt one would otherwise be ignored without a word."""
    if key not in SIDECAR_FIELDS:
        return f"unknown field {key!r} (known: {', '.join(SIDECAR_FIELDS)})"
    if value is None and key != "language":
        return None
    if not isinstance(value, str):
        return f"{key!r} must be a string" + ("" if key == "language" else " or null")
    if key == "date" and not _ISO_DATE.fullmatch(value):
        return f"'date' must be an ISO 8601 date, month or year, not {value!r}"
    return None
