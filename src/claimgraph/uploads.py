"""Writes through the REST API: a text sent over HTTP becomes a source through the same path as a corpus file.

The upload is written to a private temporary folder as ``<id><ext>`` with a ``<id>.meta.json`` sidecar and handed
to ``ingest``, so decoding, HTML reduction, sidecar metadata, extraction and the atomic store update are exactly
those of ``claimgraph ingest``. One lock serialises writes (the extractor and the "does it exist?" check must not
interleave), and the spaCy pipeline is loaded on the first write, not when the server starts.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from claimgraph.corpus import read_article
from claimgraph.errors import ConflictError, InputError, NotFoundError, SourceReadError
from claimgraph.extract import Extractor
from claimgraph.graph.namespaces import Iris
from claimgraph.ingest import ingest, make_extractor, remove_sources, stored_digests
from claimgraph.records import SourceMetadata
from claimgraph.settings import Settings
from claimgraph.store import Store

EXTENSIONS = {"text/plain": ".txt", "text/markdown": ".md", "text/html": ".html"}
SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


@dataclass(frozen=True)
class Upload:
    body: bytes  # as received: UTF-8 or UTF-16 with a BOM, like a corpus file
    media_type: str  # one of EXTENSIONS
    source_id: str | None = None  # derived from the content when missing
    metadata: SourceMetadata = SourceMetadata()
    replace: bool = False  # replace a source of this id whose text differs (else 409)


class SourceWriter:
    """Adds and removes sources for the API; one per application."""

    def __init__(self, settings: Settings, store: Store, extractor: Extractor | None = None) -> None:
        self.settings = settings
        self.store = store
        self.iris = Iris(settings.base_iri)
        self._extractor = extractor
        self._lock = threading.Lock()

    def submit(self, upload: Upload) -> tuple[str, str]:
        """Ingest an upload; returns (status, source id), status being new, replaced or unchanged."""
        media_type = upload.media_type
        if media_type not in EXTENSIONS:
            raise InputError(f"cannot ingest {media_type!r}", hint="one of " + ", ".join(EXTENSIONS))
        source_id = upload.source_id or "upload_" + hashlib.sha256(upload.body).hexdigest()[:16]
        if not SOURCE_ID.fullmatch(source_id):
            raise InputError(
                f"not a usable source id: {source_id[:80]!r}", hint="letters, digits, '.', '_' and '-', at most 128"
            )
        with tempfile.TemporaryDirectory(prefix="claimgraph-upload-") as folder:
            path = Path(folder) / (source_id + EXTENSIONS[media_type])
            path.write_bytes(upload.body)
            sidecar = {k: v for k, v in asdict(upload.metadata).items() if v is not None}
            path.with_name(source_id + ".meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
            with self._lock:
                try:
                    article = read_article(path)
                except SourceReadError as error:
                    raise InputError(str(error).replace(str(Path(folder)) + "/", ""), hint=error.hint) from error
                previous = stored_digests(self.store, self.iris).get(source_id)
                if previous == article.sha256:
                    return "unchanged", source_id
                if previous is not None and not upload.replace:
                    raise ConflictError(
                        f"source {source_id!r} exists with other text", hint="pass replace=true to replace it"
                    )
                report = ingest([path], self.store, self.settings, extractor=self._extractor_now())
        if report.failed:
            raise InputError(report.failed[0].reason)
        return ("replaced" if report.replaced else "new"), source_id

    def remove(self, source_id: str) -> None:
        with self._lock:
            if not remove_sources([source_id], self.store, self.settings):
                raise NotFoundError(f"no source {source_id[:200]!r}")

    def _extractor_now(self) -> Extractor:
        if self._extractor is None:
            self._extractor = make_extractor(self.settings)
        return self._extractor
