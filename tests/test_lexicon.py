"""What a build keeps beside its weighted user words: the main dictionary (lexicon._stored_main_dictionary)
and the part-of-speech tags (lexicon.posseg)."""
from __future__ import annotations

import subprocess
import sys

import jieba

from generator.extract import lexicon


def _jieba_main() -> jieba.Tokenizer:
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def test_stored_main_dictionary_reads_back_what_jieba_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "_WORDS_FOLDER", tmp_path)
    assert lexicon._stored_main_dictionary() is None  # nothing stored yet: jieba's own file is read
    reference = _jieba_main()
    lexicon._store_main_dictionary(reference.FREQ, reference.total)
    freq, total = lexicon._stored_main_dictionary()
    assert total == reference.total and freq == reference.FREQ
    stored = lexicon.Tokenizer()
    stored.FREQ, stored.total, stored.initialized = freq, total, True
    text = "易地扶贫搬迁安置点建成扶贫车间，带动贫困户就近就业"
    assert stored.lcut(text, HMM=False) == reference.lcut(text, HMM=False)


def test_a_damaged_or_foreign_file_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "_WORDS_FOLDER", tmp_path)
    path = lexicon._stored_path(".marshal")
    for data in (b"", b"\x00garbage", __import__("marshal").dumps(["not", "a", "dictionary"])):
        path.write_bytes(data)
        assert lexicon._stored_main_dictionary() is None


def test_storing_forgets_other_tool_versions_only(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "_WORDS_FOLDER", tmp_path)
    (tmp_path / "old-version.marshal").write_bytes(b"x")
    (tmp_path / "old-version.tsv").write_text("词\t1\tnz\n", encoding="utf-8")
    lexicon._store_main_dictionary({"词": 1}, 1)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["old-version.tsv", lexicon._stored_path(".marshal").name])


_TAG = """
import json, sys
from pathlib import Path
from generator.extract import indicators, lexicon
lexicon.keep_words_in(Path(sys.argv[1]) if sys.argv[1] != "-" else None)
module = lexicon.posseg()
table = module.dt.word_tag_tab
tagged = [tuple(p) for p in indicators._tagger().cut("易地扶贫搬迁安置点建成扶贫车间3个，带动贫困户120人就近就业")]
print(json.dumps([len(table), sorted(table.items())[::997], tagged], ensure_ascii=False))
"""


def _tagged(folder) -> str:
    done = subprocess.run([sys.executable, "-c", _TAG, str(folder)], capture_output=True, text=True, check=True)
    return done.stdout


def test_the_tagger_reads_jiebas_tags_from_the_store_as_jieba_does(tmp_path):
    """jieba.posseg reads its dictionary once more for the tags when imported (0.6 s of a parse
    worker's start); from the store the import reads nothing, and the tags and the tagging are the same."""
    reference = _tagged("-")  # no store: jieba's own import
    assert _tagged(tmp_path) == reference  # stores the tags
    (stored,) = tmp_path.glob("*.tags")
    written = stored.stat().st_mtime_ns
    assert _tagged(tmp_path) == reference  # reads them
    assert stored.stat().st_mtime_ns == written  # not made again: read from the store
    for damaged in (b"", b"\x00garbage", __import__("marshal").dumps(["not", "tags"])):
        stored.write_bytes(damaged)
        assert _tagged(tmp_path) == reference  # ignored, read from jieba again and stored
    assert stored.read_bytes() not in (b"", b"\x00garbage")
