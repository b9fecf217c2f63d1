"""dedup: readers and writers, the matching key, MinHash/LSH detection, clustering,
reconciliation and the ``dedup`` command line."""

__version__ = "0.1.0"
