"""The quick looks of the number and comparison checks skip only texts the full reading finds nothing in.

A quick look (a few substrings, or a small pattern) decides whether the slow reading runs at all, or
runs with its smaller pattern: were it to skip a text the full reading finds a count or a comparison
in, a changed number or a turned-round "more than" would get through to a published page.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from edu import comparisons, compoundnumbers, numberwords, spooncheck

_NUMBER_TOKENS = [
    "two", "twenty", "twenty-four", "a", "one", "hundred", "thousand", "thousands", "million", "half", "and", "of",
    "dos", "veinticuatro", "ciento", "cien", "doscientos", "mil", "miles", "millones", "millón", "medio", "por",
    "miligramos", "paciente", "vinte", "e", "quatro", "duzentos", "cento", "milhões", "meio", "milhão", "deux",
    "vingt", "et", "un", "cent", "cents", "mille", "mille-pertuis", "millions", "demi", "pour", "2", "1,5",
    "(", ")", "-", ",", ".", " ", "\u00a0", "first", "ième",
]
number_text = st.lists(st.sampled_from(_NUMBER_TOKENS), max_size=9).map(" ".join)
pasted = st.lists(st.sampled_from(_NUMBER_TOKENS), max_size=6).map("".join)  # ("(mil", "2mil", "-cent")
languages = st.sampled_from(["en", "es", "pt", "fr"])


@given(st.one_of(number_text, pasted), languages)
@example("dos mil quinientos", "es")
@example("(mil) veinte", "es")
@example("two million five hundred thousand", "en")
@example("cent vingt mille", "fr")
@example("medio millón", "es")
@settings(max_examples=3000, deadline=None)
def test_a_text_without_thousands_is_read_alike_by_the_pattern_of_the_hundreds(text: str, lang: str) -> None:
    """Where no word of a thousand or a million starts a word, the small pattern finds each count
    the whole one finds, with the same words."""
    compounds = compoundnumbers._compounds(lang)
    assert compounds is not None
    whole = compoundnumbers._pattern(lang)
    if compounds.large.search(text) is None:
        assert [(m.span(), m[0]) for m in compounds.below.finditer(text)] == \
               [(m.span(), m[0]) for m in whole.finditer(text)], text


@given(st.one_of(number_text, pasted), st.sampled_from(["en", "es", "pt", "fr", "vi"]))
@settings(max_examples=3000, deadline=None)
def test_a_text_the_quick_look_for_number_words_skips_counts_nothing(text: str, lang: str) -> None:
    """number_words reads no further than its quick look for the letters of a number word: a text
    it skips has no count in words at all."""
    lexicon = numberwords._lexicon(lang)
    assert lexicon is not None
    _words, any_word, letters, _not_counts, _phrases = lexicon
    if letters.search(text) is None:
        assert compoundnumbers.compounds_in(text, lang) == () and any_word.search(text) is None, text


_COMPARISON_TOKENS = [
    "more", "than", "less", "fewer", "over", "above", "however", "follow", "below", "elbow", "under", "thunder",
    "up", "to", "at", "most", "least", "or", "and", "older", "not", "exceed", "exceeds", "no", "2", "age",
    "más", "de", "menos", "mayor", "que", "hasta", "por", "encima", "debajo", "a", "partir", "sumo", "como", "máximo",
    "mais", "acima", "até", "pelo", "ultrapassa", "abaixo", "plus", "moins", "au-dessus", "au-dessous", "jusqu’à",
    "ne", "dépasse", "pas", "n’excédez", "hơn", "trên", "dưới", "ít", "nhất", "không", "vượt", "quá", "3",
    ",", ".", "-", "’", "(", " ",
]
comparison_text = st.lists(st.sampled_from(_COMPARISON_TOKENS), max_size=9).map(" ".join)
glued = st.lists(st.sampled_from(_COMPARISON_TOKENS), max_size=6).map("".join)  # ("however", "n’excédez")


@given(st.one_of(comparison_text, glued), st.sampled_from(["en", "es", "pt", "fr", "vi"]))
@example("however long", "en")
@example("follow the lower dose", "en")
@example("n’excédez pas 3", "fr")
@settings(max_examples=3000, deadline=None)
def test_a_text_the_quick_look_for_comparisons_skips_compares_nothing(text: str, lang: str) -> None:
    """The comparison check reads a text only where a word of a comparison starts a word: in a text
    it skips, no reading of a direction finds one."""
    words = comparisons._words(lang)
    assert words is not None
    if words.may_compare.search(text) is None:
        about = words.about.sub(" ", text)
        assert all(pattern.search(about) is None for _way, pattern in words.direction), text


def test_a_comparison_word_inside_another_word_is_no_comparison() -> None:
    """"However", "follow": the quick look passes them over, and no direction is read in them."""
    assert comparisons.directions("However, follow the plan.", "en") == {}
    assert comparisons.directions("Do not take more than 2 tablets.", "en") == {"less": '"more than" after "not"'}


_SPOON_TOKENS = [
    "two", "dos", "duas", "deux", "hai", "una", "one", "a", "an", "half", "media", "2", "spoonfuls", "spoon",
    "teaspoons", "tablespoon", "tsp", "tbsp", "cucharadas", "cucharada", "soperas", "cucharadita", "cucharas",
    "colheres", "de", "sopa", "chá", "cuillerées", "cuillères", "à", "soupe", "café", "thìa", "muỗng", "canh", "Spoon",
    "Cuchara", "cdta", "second", "segunda", " ", "-", ",",
]
spoon_text = st.lists(st.sampled_from(_SPOON_TOKENS), max_size=8).map(" ".join)


@given(spoon_text, st.sampled_from(["en", "es", "pt", "fr", "vi"]))
@example("two teaspoons", "en")
@example("dos cdta", "es")
@settings(max_examples=1500, deadline=None)
def test_a_text_the_quick_look_for_spoons_skips_counts_no_spoons(text: str, lang: str) -> None:
    """The number check reads the spoons counted in words only where a quick look finds a spoon's
    letters (a project's own word of one too): in a text it skips, none is counted."""
    units = (("cdta", "tsp"),)
    if not spooncheck.may_count_spoons(text, units):
        assert numberwords.spelled_spoons(text, lang, units) == [], text
