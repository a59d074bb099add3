"""Site stage: content/ → site/ through mkdocs (or ProperDocs) and the jianbao plugin."""
