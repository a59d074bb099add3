"""Pages stage: the collection → every page and file of content/ (templates, charts, downloads)."""
