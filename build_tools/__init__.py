"""创城文库 build tools: ingest raw pages, validate and export the corpus, build the site.

Stages, one module each: readers (bytes -> text) -> cleaning (str -> str) -> segment
(page -> speeches) -> dedup -> metadata -> keywords -> corpus (files) -> export / site.
"""
