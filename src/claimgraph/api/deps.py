"""What routes receive from the composition root (``create_app``), as FastAPI dependencies."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from claimgraph.graph.namespaces import Iris
from claimgraph.settings import Settings
from claimgraph.store import Store
from claimgraph.uploads import SourceWriter


async def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_iris(request: Request) -> Iris:
    """The IRI minter of this deployment, so routes turn URL ids into the IRIs the graph holds."""
    iris: Iris = request.app.state.iris
    return iris


async def get_writer(request: Request) -> SourceWriter:
    writer: SourceWriter = request.app.state.writer
    return writer


StoreDep = Annotated[Store, Depends(get_store)]
WriterDep = Annotated[SourceWriter, Depends(get_writer)]
IrisDep = Annotated[Iris, Depends(get_iris)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
