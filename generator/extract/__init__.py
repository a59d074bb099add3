"""Extract stage: a parsed issue → its places, themes and figures."""
