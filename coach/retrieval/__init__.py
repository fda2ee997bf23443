"""Knowledge ingestion, the Chroma index and hybrid retrieval."""

from coach.retrieval.retriever import Hit, HybridRetriever, get_retriever

__all__ = ["HybridRetriever", "Hit", "get_retriever"]
