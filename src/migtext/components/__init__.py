"""Thin spaCy components: each proposes candidates from its knowledge base or grammar."""
