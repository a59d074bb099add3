"""Search stage: the collection → the sharded search index in content/search/."""
