"""The main dictionary a build keeps beside its weighted user words (lexicon._stored_main_dictionary)."""
from __future__ import annotations

import jieba

from generator import lexicon


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
