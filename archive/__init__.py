"""archive: Chinese newspaper page texts -> one clean, searchable SQLite archive.

The pipeline, one small module per stage:
decode -> normalise -> lines -> blocks -> articles -> interleave -> paragraphs -> figures -> store/index.
"""

__version__ = "0.1.0"
