"""The one user dictionary for jieba (and rjieba), shared by place resolution, figures and the search index.

Words come from two places: every usable division name from the gazetteer (tag ``ns``) and the
domain terms in ``config/terms.txt`` (tag ``nz`` unless the file gives one). Each word's frequency
is what jieba's own ``suggest_freq`` proposes against the *main* dictionary alone: just enough for
the word to come out whole when it stands on its own, and never less than jieba already gives it.
So 大化 is cut out of 广西大化, but 最大化, 莅临县里 and 振兴县域 keep their ordinary words — a
large fixed frequency would cut 最/大化 and 振/兴县/域.
"""
from __future__ import annotations

import logging
import zlib
from functools import cache
from math import log
from importlib import resources
from pathlib import Path

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


class Tokenizer(jieba.Tokenizer):
    """jieba's tokenizer with its two inner loops (the word graph of a sentence and the best path
    through it) written for speed. Same words, same path: the same sums in the same order, and
    ties broken as ``max`` breaks them (the larger end wins). Tagging figures' words is among the
    slowest steps of parsing, and every jieba user here goes through this class.

    ``get_DAG`` looks every candidate word up anyway, so it keeps the logarithms of their
    frequencies for the ``calc`` that follows on the same graph instead of slicing and looking up
    every word a second time."""

    _graph: tuple = (None, None)  # (the last graph made, the log frequencies of its words)

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:
        self.check_initialized()
        freq = self.FREQ.get
        n = len(sentence)
        dag, logs = {}, {}
        for k in range(n):
            ends, weights = [], []
            i, frag = k, sentence[k]
            while True:
                f = freq(frag)  # None: not even the prefix of a word; 0: a prefix only
                if f is None:
                    break
                if f:
                    ends.append(i)
                    weights.append(log(f))
                i += 1
                if i >= n:
                    break
                frag = sentence[k:i + 1]
            if ends:
                dag[k], logs[k] = ends, weights
            else:  # the character alone, unknown: jieba counts it once, log(1)
                dag[k], logs[k] = [k], [0.0]
        self._graph = (dag, logs)
        return dag

    def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict) -> None:  # noqa: N803 (jieba's name)
        n = len(sentence)
        route[n] = (0, 0)
        logtotal = log(self.total)
        graph, logs = self._graph
        if graph is not DAG:  # a graph not made here just before: look the words up
            freq = self.FREQ.get
            logs = {k: [log(freq(sentence[k:x + 1]) or 1) for x in ends] for k, ends in DAG.items()}
        for idx in range(n - 1, -1, -1):
            ends = DAG[idx]
            if len(ends) == 1:
                x = ends[0]
                route[idx] = (logs[idx][0] - logtotal + route[x + 1][0], x)
                continue
            best = None
            for x, weight in zip(ends, logs[idx]):
                step = (weight - logtotal + route[x + 1][0], x)
                if best is None or step > best:
                    best = step
            route[idx] = best


@cache
def _main_dictionary() -> jieba.Tokenizer:
    """A private jieba instance with only the main dictionary loaded: from the copy a build keeps
    (see :func:`_stored_main_dictionary`), else from jieba's own cache file."""
    global _MAIN
    tk = Tokenizer()
    stored = _stored_main_dictionary()
    if stored is not None:
        tk.FREQ, tk.total, tk.initialized = stored[0], stored[1], True
    else:
        tk.initialize()
        _store_main_dictionary(tk.FREQ, tk.total)
    _MAIN = (dict(tk.FREQ), tk.total)  # before any user word is added: see main_dictionary_copy
    return tk


def _stored_path(suffix: str) -> Path | None:
    """This tool version's file of one kind (``.tsv``, ``.marshal``) in the words folder, if kept."""
    if _WORDS_FOLDER is None:
        return None
    from ..engine.cache import tool_version

    return _WORDS_FOLDER / f"{tool_version()}{suffix}"


# Every stored file starts with a line giving the length and CRC-32 of what follows: a file emptied
# or damaged (issue 23: ``: > lexicon/*.tsv`` was read as no words at all, and every page made from
# them differed from a clean build) is found when read, and made again. CRC-32 of the 9 MB main
# dictionary costs ~5 ms of a worker's start.
_SEAL = b"jianbao-store 1 "


def _sealed(data: bytes) -> bytes:
    return b"%s%08x %d\n" % (_SEAL, zlib.crc32(data), len(data)) + data


def _unsealed(raw: bytes) -> memoryview | None:
    """What :func:`_sealed` sealed, or None if ``raw`` is not a whole, undamaged sealed file."""
    head, newline, _ = raw[:64].partition(b"\n")
    if not newline or not head.startswith(_SEAL):
        return None
    crc, _, length = head[len(_SEAL):].partition(b" ")
    try:
        crc, length = int(crc, 16), int(length)
    except ValueError:
        return None
    body = memoryview(raw)[len(head) + 1:]
    return body if len(body) == length and zlib.crc32(body) == crc else None


def _store(path: Path, data: bytes) -> None:
    from ..engine.cache import write_replacing

    write_replacing(path, _sealed(data), f"*{path.suffix}")  # not another writer's temporary file


def _read_store(path: Path | None) -> memoryview | None:
    try:
        return _unsealed(path.read_bytes()) if path is not None else None
    except OSError:
        return None


def _stored(suffix: str):
    """What a build stored (marshal) in this tool version's ``suffix`` file, or None when there is
    none or it is damaged or not ours. marshal's format is Python's own: the tool version covers
    the Python and jieba versions."""
    import marshal

    body = _read_store(_stored_path(suffix))
    try:
        return marshal.loads(body) if body is not None else None
    except (EOFError, ValueError, TypeError):
        return None


def _keep(suffix: str, value) -> None:
    import marshal

    path = _stored_path(suffix)
    if path is not None:
        _store(path, marshal.dumps(value))


def _stored_main_dictionary() -> tuple[dict[str, int], int] | None:
    """The main dictionary as a build stored it: the words folder keeps the same (frequencies,
    total) that jieba keeps in its cache file, because jieba reads that file with ``marshal.load``
    from the open file, 0.6 s, where reading it whole first and ``marshal.loads`` takes 0.2 s.
    Every parse worker loads the dictionary, and in a rebuild with one new issue the worker's
    start is what the build waits for."""
    stored = _stored(".marshal")
    if isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], dict) and isinstance(stored[1], int):
        return stored
    return None


def _store_main_dictionary(freq: dict[str, int], total: int) -> None:
    _keep(".marshal", (freq, total))


def posseg():
    """jieba.posseg (the part-of-speech tagger), imported without reading jieba's dictionary file
    for its word tags where a build has stored them.

    Importing jieba.posseg reads the 349,046 lines of jieba's dictionary once more, for their tags:
    0.6 s of a parse worker's start, which is what a rebuild with one new issue waits for. The
    tags are stored beside the main dictionary (``.tags``, marshal, keyed by the tool version);
    with them, the import is given an empty file to read and the table is set from the store."""
    import sys

    if "jieba.posseg" in sys.modules:  # asked for every word a place resolver looks up
        return sys.modules["jieba.posseg"]
    import io
    from importlib import import_module

    tags = _stored(".tags")
    if not isinstance(tags, dict) or not tags:
        module = import_module("jieba.posseg")
        _keep(".tags", module.dt.word_tag_tab)
        return module
    read = jieba.Tokenizer.get_dict_file
    jieba.Tokenizer.get_dict_file = lambda self: io.BytesIO()  # what jieba.posseg reads its tags from
    try:
        module = import_module("jieba.posseg")
    finally:
        jieba.Tokenizer.get_dict_file = read
    module.dt.word_tag_tab = tags
    return module


_MAIN: tuple[dict[str, int], int] | None = None


def main_dictionary_copy() -> Tokenizer:
    """A new tokenizer with only the main dictionary, copied rather than read again (reading it
    takes most of a second), for a user that adds words of its own (the figure tagger)."""
    _main_dictionary()
    freq, total = _MAIN
    tk = Tokenizer()
    tk.FREQ, tk.total, tk.initialized = dict(freq), total, True
    return tk


def main_frequencies() -> dict[str, int]:
    """jieba's main dictionary alone (word → frequency), without the user words: how common a word
    is in ordinary Chinese. Loaded once per process (the figure tagger loads it anyway)."""
    _main_dictionary()
    return _MAIN[0]


def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tags of the main dictionary's words (word → n, v, ns …)."""
    return posseg().dt.word_tag_tab


_WORDS_FOLDER: Path | None = None


def keep_words_in(folder: Path | None) -> None:
    """Keep the weighted user words in ``folder`` between runs (one file per tool version).

    Weighing them needs jieba's main dictionary, most of a second to load; a rebuild that only
    cuts a new issue's words for the search index (with rjieba) then never loads it."""
    global _WORDS_FOLDER
    _WORDS_FOLDER = folder


def words_folder() -> Path | None:
    return _WORDS_FOLDER


def _weighted_words() -> tuple[tuple[str, int, str], ...]:
    path = _stored_path(".tsv")
    if path is None:
        return _weigh_words()
    body = _read_store(path)
    try:
        if body is not None:
            lines = str(body, "utf-8").splitlines()
            return tuple((w, int(f), tag) for w, f, tag in (line.split("\t") for line in lines))
    except ValueError:  # sealed by a build, so never expected: weighed again all the same
        pass
    words = _weigh_words()
    _store(path, "".join(f"{w}\t{f}\t{tag}\n" for w, f, tag in words).encode("utf-8"))
    return words


@cache
def _weigh_words() -> tuple[tuple[str, int, str], ...]:
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
def fast_tokenizer():
    """The same dictionary and user words in jieba-rs (rjieba): used wherever text is cut without
    tags (place names, the search index). Measured: ~9× faster than jieba; with HMM off the same
    words on every line of the seeds, the sample and 100 benchmark issues (42,241 lines, where
    places are found); with HMM on (search) the same words over 65 bulletins (496,622 words)
    except that it keeps ASCII runs with ``.`` or ``-`` whole (163.com), see
    :func:`generator.search.search_index.tokens`. tests/test_places.py compares the two."""
    import rjieba

    tk = rjieba.Jieba()
    for word, freq, tag in _weighted_words():
        tk.add_word(word, freq, tag)
    return tk


_MANY_TO_CUT = False


def expect_many_texts(many: bool) -> None:
    """Say that this process will cut many bulletins (a parse worker of a cold build)."""
    global _MANY_TO_CUT
    _MANY_TO_CUT = many


def cut_plain(text: str) -> list[str]:
    """jieba's words of ``text`` (HMM off, the user words in), as place resolution reads them.

    By rjieba (:func:`fast_tokenizer`, the same words, ~9× faster) in a process that will cut many
    texts; else by jieba, whose dictionary the figure tagger loads anyway: loading rjieba as well
    added 0.3 s to parsing the one new issue of a rebuild."""
    if _MANY_TO_CUT:
        return fast_tokenizer().cut(text, False)
    return tokenizer().lcut(text, HMM=False)


@cache
def tokenizer() -> jieba.Tokenizer:
    """A configured jieba tokenizer (not jieba's global one), built once per process: the reference
    :func:`fast_tokenizer` is held to, and the dictionary the figure tagger's is copied from."""
    weighted = _weighted_words()
    tk = _main_dictionary()
    for word, freq, tag in weighted:
        tk.add_word(word, freq, tag)
    return tk
