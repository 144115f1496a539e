"""Benchmarks, load and fault runs, and the accessibility crawl (`python -m bench`)."""
