"""jianbao: poverty-alleviation bulletins (脱贫攻坚简报) → a searchable static site."""

__version__ = "0.1.0"
