"""Read stage: a bulletin file (.txt .md .docx .doc .wps .pdf) and its sidecar → plain text and metadata."""
