"""storyline: news in, verifiable knowledge out."""

__version__ = "0.1.0"
