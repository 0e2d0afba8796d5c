"""claimgraph's ontology: vocabulary (claimgraph.ttl), SHACL shapes (shapes.ttl) and gazetteer (entities.ttl).

The Turtle files are the content; this file only lets the folder ship inside the package as
``claimgraph.ontology``, so that an installed claimgraph carries them.
"""
