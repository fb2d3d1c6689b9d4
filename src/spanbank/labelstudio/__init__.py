"""Label Studio sync (DESIGN §1): labeling configs from the schema, idempotent push of documents and
pre-annotations, pull of human annotations with offset checks, status, and the review loop.

Modules: `config` (labeling configs; no heavy imports), `client` (connection, errors, retries),
`tasks` (conversion both ways + offset checks), `push`, `pull`, `status`, `review`.
"""
