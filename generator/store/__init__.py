"""Store stage: the input folder → the archive of parsed issues (cached) and the indexes over it."""
