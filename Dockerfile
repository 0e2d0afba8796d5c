# claimgraph: ingest the shipped corpus at build time, serve the API and SPARQL endpoint at run time.
FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY ontology ./ontology
COPY corpus ./corpus
RUN pip install --no-cache-dir . \
    && claimgraph ingest corpus/ --store /data/store

ENV CLAIMGRAPH_STORE=/data/store
EXPOSE 8000
CMD ["claimgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
