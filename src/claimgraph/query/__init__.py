"""Read services over a store: the use cases the CLI and the API share (claims listing, SPARQL, statistics)."""
