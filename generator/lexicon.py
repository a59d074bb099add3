"""The one user dictionary for jieba, shared by place resolution and the search index.

Words come from two places: every usable division name from the gazetteer (tag ``ns``) and the
domain terms in ``config/terms.txt`` (tag ``nz`` unless the file gives one). Each word's frequency
is what jieba's own ``suggest_freq`` proposes against the *main* dictionary alone: just enough for
the word to come out whole when it stands on its own, and never less than jieba already gives it.
So 大化 is cut out of 广西大化, but 最大化, 莅临县里 and 振兴县域 keep their ordinary words — a
large fixed frequency would cut 最/大化 and 振/兴县/域.
"""
from __future__ import annotations

import logging
from functools import cache
from importlib import resources

import jieba

from .gazetteer import load_gazetteer

PLACE_TAG = "ns"
TERM_TAG = "nz"

jieba.setLogLevel(logging.WARNING)  # jieba logs "Building prefix dict…" at DEBUG to stderr


def domain_terms() -> dict[str, str]:
    """Terms from config/terms.txt: word → part-of-speech tag."""
    text = resources.files("generator").joinpath("config/terms.txt").read_text(encoding="utf-8")
    terms: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, tag = line.partition(" ")
        terms[word] = tag.strip() or TERM_TAG
    return terms


@cache
def _main_dictionary() -> jieba.Tokenizer:
    """A private jieba instance with only the main dictionary loaded (from jieba's own cache file)."""
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


@cache
def _weighted_words() -> tuple[tuple[str, int, str], ...]:
    # Must run before tokenizer() adds the user words to the same instance, so that every weight
    # is computed against the main dictionary alone and does not depend on the order of words.
    tk = _main_dictionary()
    words = {w: tag for w, tag in domain_terms().items()}
    words.update((form, PLACE_TAG) for form in load_gazetteer().surface_forms())  # a place wins
    return tuple((w, tk.suggest_freq(w, tune=False), words[w]) for w in sorted(words))


def user_dictionary_lines() -> list[str]:
    """The user dictionary in jieba's format, ``word freq tag`` one per line, sorted by word."""
    return [f"{word} {freq} {tag}" for word, freq, tag in _weighted_words()]


@cache
def tokenizer() -> jieba.Tokenizer:
    """A configured jieba tokenizer (not jieba's global one), built once per process."""
    weighted = _weighted_words()
    tk = _main_dictionary()
    for word, freq, tag in weighted:
        tk.add_word(word, freq, tag)
    return tk
