"""The `archive` command line: thin click wrappers over the archive library."""
