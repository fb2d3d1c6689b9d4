"""spanbank: news articles and reader comments to a Hugging Face dataset of labeled spans."""

__version__ = "0.1.0"
