"""claimgraph: a knowledge graph of claims with provenance, extracted from articles about the AI market."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimgraph")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
