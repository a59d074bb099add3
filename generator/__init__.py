"""jianbao: poverty-alleviation bulletins (脱贫攻坚简报) → a searchable static site.

The folders are the stages of a build, in the order it runs them; a stage imports only itself,
earlier stages, engine/ and the shared modules (tests/test_layout_stages.py checks it).

read/: a bulletin file (.txt .md .docx .doc .wps .rtf .odt .html .pdf) and its ``.meta.yml`` sidecar in, plain text
with LF line endings and the sidecar's corrections out; .doc/.wps and scanned PDFs go through
external programs.

parse/: that text in, an Issue out: its header (series, number, date), articles with their titles,
authors and paragraphs, and Problems for what could not be read; ``outline`` prints it for checking.

extract/: a parsed Issue in, the same Issue with each article's places (gazetteer, lexicon),
themes (config/themes.yml) and figures (numbers, measures, tables) out; ``jsonout`` is
``jianbao parse --json``.

store/: the input folder in, the Archive out (every file an Issue or a Problem, parsed files kept in
the cache); ``intake`` is ``jianbao add``; ``collect`` gathers the indexes by series, year, place and
theme, with each page's slug.

pages/: the collection in, every page and file of content/ out: page kinds (``pages``) yield page
specs (path, template, title, the inputs the page is made of, a function gathering its data) and
engine/page_specs.py keys, reuses, gathers and renders them; templates (``render``), charts drawn as
SVG, figures with their sentence anchors, the CSV/JSON downloads and data/jianbao.db; two page kinds
may be made by a forked child (``forked``).

search/: the collection in, the sharded Chinese search index (content/search/) out.

site/: content/ in, site/ out, through mkdocs (or ProperDocs) and the ``jianbao`` mkdocs plugin,
swapped in only when complete.

engine/: what every stage may use and which knows no stage: the caches of parsed files and
finished pages, atomic writes, the build lock, children that die with the build.

On top: ``cli`` (the ``jianbao`` command) and ``build`` (the pipeline of ``jianbao build``) run
the stages; ``model`` (the parsed dataclasses) and ``settings`` (mkdocs.yml's ``extra: jianbao``)
are shared by all of them; config/ holds the editable word lists and taxonomies.
"""

__version__ = "0.1.0"
