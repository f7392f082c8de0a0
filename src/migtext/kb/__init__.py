"""Knowledge bases, loaded from migtext/data and testable without spaCy."""
