"""Records → RDF: the only stage that builds triples, and the only place IRIs are minted."""
