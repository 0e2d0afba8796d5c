"""Files → Article: discovery, decoding, HTML reduction, metadata and sidecars, and every way a file fails."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pytest

from claimgraph.corpus import SIDECAR_FIELDS, discover, read_article
from claimgraph.errors import SourceReadError
from claimgraph.records import SourceMetadata

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CASES = Path(__file__).parent / "data" / "corpus_cases"
SHIPPED = sorted(CORPUS.glob("*.txt"))


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _sidecar(folder: Path, stem: str, **fields: object) -> Path:
    return _write(folder, f"{stem}.meta.json", json.dumps(fields))


# --- the shipped corpus -------------------------------------------------------------------------------


def test_corpus_ships_five_articles_each_with_a_sidecar() -> None:
    assert len(SHIPPED) == 5
    assert discover([CORPUS]) == SHIPPED
    assert all(path.with_name(f"{path.stem}.meta.json").is_file() for path in SHIPPED)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_corpus_shipped_article_reads_byte_identical(path: Path) -> None:
    article = read_article(path)
    assert article.text.encode() == path.read_bytes()
    assert (article.id, article.file, article.media_type) == (path.stem, path.name, "text/plain")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_corpus_shipped_sidecar_is_the_article_metadata(path: Path) -> None:
    sidecar_path = path.with_name(f"{path.stem}.meta.json")
    sidecar = json.loads(sidecar_path.read_text(encoding="utf-8"))
    assert tuple(sidecar) == SIDECAR_FIELDS
    assert sidecar["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sidecar_path.read_text(encoding="utf-8") == json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n"
    article = read_article(path)
    assert article.sha256 == sidecar.pop("sha256")
    assert article.metadata == SourceMetadata(**sidecar)


@pytest.mark.parametrize(
    ("stem", "field", "expected"),
    [
        ("000_12e874cc8a214095", "title", "China's AI Cloud Wars: Who Controls the Enterprise AI Gateway"),
        ("000_12e874cc8a214095", "publisher", "FourWeekMBA"),
        ("000_12e874cc8a214095", "date", "2026"),
        ("002_b79b9e2e83c930c3", "title", None),  # no headline: the sidecar's null beats the first line
        ("003_3417e523ad0943de", "author", "Elena Coleman"),
        ("004_a0bd6cb38c237c2d", "title", None),  # opens with a disclaimer, not a headline
    ],
)
def test_corpus_shipped_metadata_is_what_the_article_states(stem: str, field: str, expected: str) -> None:
    assert getattr(read_article(CORPUS / f"{stem}.txt").metadata, field) == expected


# --- discover -----------------------------------------------------------------------------------------


def test_corpus_discover_walks_folders_sorted_and_skips_non_articles(tmp_path: Path) -> None:
    articles = ["a.md", "b.txt", "e.markdown", "sub/c.HTML", "sub/deeper/d.htm"]
    others = ["a.meta.json", ".hidden.txt", ".git/f.txt", "notes.pdf", "README", "README.md", "sub/readme.txt"]
    for name in [*reversed(articles), *others]:
        _write(tmp_path, name, "text")
    assert discover([tmp_path]) == [tmp_path / name for name in articles]


def test_corpus_discover_reads_a_readme_named_on_its_own_but_not_a_folders(tmp_path: Path) -> None:
    """A folder's README documents the folder (a gold set's conventions, a corpus's sources), so walking the folder
    skips it; named on the command line, it is what the user asked to read."""
    readme = _write(tmp_path, "README.md", "# About these articles")
    article = _write(tmp_path, "a.txt", "text")
    assert discover([tmp_path]) == [article]
    assert discover([readme]) == [readme]


def test_corpus_discover_lists_each_file_once(tmp_path: Path) -> None:
    article = _write(tmp_path, "a.txt", "text")
    (tmp_path / "sub").mkdir()
    assert discover([tmp_path, article, tmp_path / "sub" / ".." / "a.txt"]) == [article]


def test_corpus_discover_filters_named_files_like_a_shell_glob(tmp_path: Path) -> None:
    named = [_write(tmp_path, n, "{}") for n in ["a.txt", "a.meta.json", ".b.txt", "c.csv"]]
    assert discover(named) == [tmp_path / "a.txt"]


def test_corpus_discover_keeps_a_missing_path_for_read_article_to_report(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert discover([missing]) == [missing]
    with pytest.raises(SourceReadError, match="missing.txt: cannot read: No such file"):
        read_article(missing)


# --- formats ------------------------------------------------------------------------------------------

MARKET_TEXT = """\
Home Markets
China's AI Cloud Market
The market reached $7.3B, growing at 26.8% CAGR.
Alibaba’s lead is “decisive”.
Leaders
Alibaba Cloud
Volcano Engine (ByteDance)
Provider | Share
Alibaba Cloud | 35.8%
Huawei Cloud | 13%
Cloud is the margin layer.

R&D spending <rose>.
tier share
API 10%
© 2026 Example Markets"""


def test_corpus_html_reduces_to_plain_text() -> None:
    article = read_article(CASES / "market.html")
    assert article.text == MARKET_TEXT
    assert (article.id, article.media_type) == ("market", "text/html")


def test_corpus_html_metadata_comes_from_head_tags() -> None:
    assert read_article(CASES / "market.html").metadata == SourceMetadata(
        title="China's AI Cloud Market & Its Leaders",
        author="Jane Doe",
        publisher="Example Markets",
        date="2026-04-28",
        language="en-GB",
        url="https://example.com/china-ai-cloud",
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<h1>Headline</h1><h1>Second</h1><p>x</p>", SourceMetadata(title="Headline")),
        ('<meta property="article:author" content="A. Writer"><p>x</p>', SourceMetadata(author="A. Writer")),
        ('<meta name="date" content="2026-03"><p>x</p>', SourceMetadata(date="2026-03")),
        ('<p>On <time datetime="2025-12-01T08:00">1 Dec</time></p>', SourceMetadata(date="2025-12-01")),
        ('<meta name="date" content="April 2026"><p>x</p>', SourceMetadata()),  # not ISO: not guessed
        ('<meta property="og:url" content="https://e.com/a"><p>x</p>', SourceMetadata(url="https://e.com/a")),
        ('<html lang="zh"><body><p>x</p></body></html>', SourceMetadata(language="zh")),
    ],
)
def test_corpus_html_metadata_fallbacks(tmp_path: Path, html: str, expected: SourceMetadata) -> None:
    assert read_article(_write(tmp_path, "page.htm", html)).metadata == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>a</p><p>b</p>", "a\nb"),
        ("<div><div><p>a</p></div></div>\n\n  <div>b</div>", "a\nb"),
        ("a<br><br><br><br>b", "a\n\nb"),
        ("<table><tr><td></td><td>2025</td></tr><tr><td>x</td><td>1</td></tr></table>", "| 2025\nx | 1"),
        ("<p>Alibaba<em>Cloud</em> \t  leads</p>", "AlibabaCloud leads"),
    ],
)
def test_corpus_html_layout(tmp_path: Path, html: str, expected: str) -> None:
    assert read_article(_write(tmp_path, "page.html", html)).text == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Intro line\n\n# The Title ##\n\nBody.\n", "The Title"),
        ("## Section\n\n#Hashtag\n# Main\n", "Main"),
        ("No heading here.\n", None),
    ],
)
def test_corpus_markdown_title_is_its_first_level_one_heading(tmp_path: Path, text: str, title: str) -> None:
    article = read_article(_write(tmp_path, "note.md", text))
    assert (article.text, article.metadata.title, article.media_type) == (text, title, "text/markdown")


def test_corpus_txt_title_is_the_first_non_empty_line_clipped(tmp_path: Path) -> None:
    headline = "  Headline  " + "x" * 300
    article = read_article(_write(tmp_path, "a.txt", f"\n \n{headline}\nBody.\n"))
    assert article.metadata.title == ("Headline " + "x" * 300)[:200]


# --- decoding -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [b"one\r\ntwo\rthree\n", b"one\ntwo\r\nthree\r"])
def test_corpus_newlines_become_lf(tmp_path: Path, raw: bytes) -> None:
    assert read_article(_write(tmp_path, "a.txt", raw)).text.startswith("one\ntwo\nthree\n")


@pytest.mark.parametrize(
    "raw",
    [
        b"\xef\xbb\xbfCaf\xc3\xa9 \xe2\x80\x94 36%\n",
        "\ufeffCafé — 36%\n".encode("utf-16-le"),
        "\ufeffCafé — 36%\n".encode("utf-16-be"),
        "\ufeffCafé — 36%\r\n".encode("utf-16-le"),
    ],
    ids=["utf-8-bom", "utf-16-le", "utf-16-be", "utf-16-crlf"],
)
def test_corpus_decodes_bom_marked_files(tmp_path: Path, raw: bytes) -> None:
    article = read_article(_write(tmp_path, "a.txt", raw))
    assert article.text == "Café — 36%\n"
    assert article.metadata.title == "Café — 36%"


def test_corpus_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = _write(tmp_path, "latin1.txt", "Café".encode("latin-1"))
    with pytest.raises(SourceReadError, match=r"latin1.txt: not valid UTF-8: byte 0xe9 at offset 3") as info:
        read_article(path)
    assert info.value.hint == "save the file as UTF-8"


@pytest.mark.parametrize("raw", [b"text\x00more", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", b"\xff\xfeA\x00\x00\x00"])
def test_corpus_refuses_binary_files(tmp_path: Path, raw: bytes) -> None:
    with pytest.raises(SourceReadError, match="binary file"):
        read_article(_write(tmp_path, "a.txt", raw))


@pytest.mark.parametrize(
    ("name", "content"),
    [("a.txt", ""), ("a.md", " \n\t\r\n"), ("a.html", "<html><head><title>T</title></head><script>x</script></html>")],
)
def test_corpus_refuses_empty_files(tmp_path: Path, name: str, content: str) -> None:
    with pytest.raises(SourceReadError, match="empty"):
        read_article(_write(tmp_path, name, content))


def test_corpus_refuses_a_directory_and_an_unsupported_type(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(SourceReadError, match="folder.txt: cannot read: Is a directory"):
        read_article(tmp_path / "folder.txt")
    with pytest.raises(SourceReadError, match="unsupported file type '.pdf'"):
        read_article(_write(tmp_path, "a.pdf", "text"))


# --- sidecars -----------------------------------------------------------------------------------------


def test_corpus_sidecar_overrides_the_file_field_by_field(tmp_path: Path) -> None:
    html = '<html lang="de"><title>Page title</title><meta name="author" content="Page Author"><p>x</p></html>'
    path = _write(tmp_path, "a.html", html)
    _sidecar(tmp_path, "a", title=None, publisher="Sidecar Press", date="2026")
    assert read_article(path).metadata == SourceMetadata(
        title=None, author="Page Author", publisher="Sidecar Press", date="2026", language="de"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"title": "unterminated', "unreadable sidecar: Unterminated string"),
        (b'{"title": "\xff"}', "unreadable sidecar"),
        ('["title"]', "expected a JSON object"),
        ('{"title": 7}', "'title' must be a string or null"),
        ('{"language": null}', "'language' must be a string"),
        ('{"titel": "Typo"}', "unknown field 'titel'"),
        ('{"date": "28 April 2026"}', "'date' must be an ISO 8601 date"),
    ],
)
def test_corpus_refuses_a_bad_sidecar_naming_it(tmp_path: Path, content: str | bytes, reason: str) -> None:
    path = _write(tmp_path, "a.txt", "Headline\n")
    _write(tmp_path, "a.meta.json", content)
    with pytest.raises(SourceReadError, match="a.meta.json: ") as info:
        read_article(path)
    assert reason in str(info.value)


def test_corpus_stale_sidecar_warns_and_still_reads(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = _write(tmp_path, "a.txt", "Edited headline\n")
    _sidecar(tmp_path, "a", title="Old headline", sha256=hashlib.sha256(b"Old headline\n").hexdigest())
    with caplog.at_level(logging.WARNING, logger="claimgraph.corpus"):
        article = read_article(path)
    assert article.metadata.title == "Old headline"
    assert [r.name for r in caplog.records] == ["claimgraph.corpus"]
    assert "may be stale" in caplog.text


def test_corpus_matching_sidecar_sha_is_silent(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = _write(tmp_path, "a.txt", "Headline\r\n")
    _sidecar(tmp_path, "a", sha256=hashlib.sha256(b"Headline\n").hexdigest().upper())  # of the stored text
    with caplog.at_level(logging.WARNING, logger="claimgraph.corpus"):
        read_article(path)
    assert not caplog.records
