"""Read stage: a bulletin file (.txt .md .docx .doc .wps .rtf .odt .html .pdf) and its sidecar → plain text and metadata."""
