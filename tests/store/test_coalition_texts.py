"""Reading, searching and theming the shared words in a coalition workspace (issue 14):
real SQLCipher workspaces, real age bundles."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from testimony.coalition.analysis import Filters
from testimony.coalition.importing import import_files
from testimony.coalition.report import csv_text, load_report
from testimony.core.errors import ThemeRefused, UnknownRecord
from testimony.services import coalition_texts as ct
from tests import coalition_bundles as cb

POLICE = "Police at A&E or assessment"


@pytest.fixture
def ws(tmp_path: Path):
    session, recipient = cb.make_workspace(tmp_path / "ws.testimony")
    yield session, recipient, tmp_path
    session.close()


def _import(ws, records, name="b.age", version=2):
    session, recipient, folder = ws
    path = cb.write(folder / name, cb.bundle(records, version=version), recipient)
    summary = session.call(import_files, [path])
    assert summary.totals["rejected"] == 0, summary.files
    return summary


def _filled(ws):
    police = cb.many(12, seed=1, consent="quote", text="The police came to A&E and threatened me")
    alone = cb.many(15, seed=2, consent="words", text="I was discharged alone with no plan")
    counted = cb.many(20, seed=3)
    # Quotes in no theme: were every "quote" record in one theme, its count would say so
    # (a whole group sharing an answer), and the publication would hide it.
    others = cb.many(10, seed=12, consent="quote", text="Nobody listened to me")
    _import(ws, police + alone + counted + others)
    return police, alone, counted


def _theme_counts(report) -> dict[str, int | None]:
    [ow] = [o for o in report.one_way if o.dim.id == "theme"]
    return dict(ow.rows)


def test_search_finds_words_by_prefix_and_never_lists_count_records(ws):
    session = ws[0]
    police, _alone, counted = _filled(ws)
    page = session.call(ct.find_texts, "police threat", Filters())
    assert {r.export_id for r in page.records} == {r.export_id for r in police}
    assert not page.more
    one = page.records[0]
    assert one.consent == "quote" and one.reviewed is True and one.form_version == 1
    assert one.texts[0].title == "What happened?" and "threatened" in one.texts[0].text
    everything = session.call(ct.find_texts, "", Filters())
    assert len(everything.records) == 37  # words and quotes only: counted records carry none
    assert not {r.export_id for r in everything.records} & {r.export_id for r in counted}
    assert session.call(ct.find_texts, "nothing-like-this", Filters()).records == ()
    # FTS5 syntax typed by staff is only words, never an operator or an error.
    assert len(session.call(ct.find_texts, 'police" * (', Filters()).records) == 12
    assert session.call(ct.find_texts, "NEAR(", Filters()).records == ()
    few = session.call(ct.find_texts, "", Filters(), 5)
    assert len(few.records) == 5 and few.more


def test_search_filters_are_the_analysis_filters(ws):
    session, _recipient, _folder = ws
    north = cb.many(11, seed=4, consent="words", text="police again", area="north_west")
    wales = cb.many(11, seed=5, consent="words", text="police again", area="wales")
    _import(ws, north + wales)
    got = session.call(ct.matching_ids, "police", Filters(area="wales"))
    assert set(got) == {r.export_id for r in wales}
    assert session.call(ct.matching_ids, "police", Filters(consent="quote")) == []


def test_tags_one_or_in_bulk_and_kept_through_reimports(ws):
    session = ws[0]
    police, alone, _ = _filled(ws)
    ids = session.call(ct.matching_ids, "police", Filters())
    assert session.call_write(ct.tag, ids, [POLICE, "restraint"]) == 24  # any case
    assert session.call_write(ct.tag, ids, [POLICE]) == 0  # already there
    bulk = session.call_write(ct.tag_matching, "discharged", Filters(), ["Restraint"])
    assert bulk == 15
    theme = session.call(ct.theme_id, POLICE)
    tagged = session.call(ct.matching_ids, "", Filters(theme=theme))
    assert set(tagged) == {r.export_id for r in police}
    # The same bundle again, and the same records in another: the tags stay.
    _import(ws, police + alone + cb.many(3, seed=9))
    _import(ws, police, name="again.age")
    assert set(session.call(ct.matching_ids, "", Filters(theme=theme))) == set(tagged)
    assert session.call_write(ct.untag, ids[:2], [POLICE]) == 2
    assert len(session.call(ct.matching_ids, "", Filters(theme=theme))) == 10


def test_bad_tags_change_nothing(ws):
    session = ws[0]
    police, _, counted = _filled(ws)
    with pytest.raises(UnknownRecord):
        session.call_write(ct.tag, [police[0].export_id, "f" * 32], [POLICE])
    with pytest.raises(UnknownRecord):  # a "count" record has no words to theme
        session.call_write(ct.tag, [counted[0].export_id], [POLICE])
    with pytest.raises(ThemeRefused):
        session.call_write(ct.tag, [police[0].export_id], [POLICE, "no such theme"])
    assert all(t.records == 0 for t in session.call(ct.list_themes))


def test_themes_add_rename_merge_retire(ws):
    session = ws[0]
    police, alone, _ = _filled(ws)
    names = [t.name for t in session.call(ct.list_themes)]
    assert "Restraint" in names and "What would have helped" in names and len(names) == 8
    session.call_write(ct.add_theme, "  Sectioned   in a cell ")
    with pytest.raises(ThemeRefused) as exc:
        session.call_write(ct.add_theme, "sectioned in a CELL")
    assert exc.value.details["reason"] == "exists"
    for bad in ("", "   ", "x" * 81):
        with pytest.raises(ThemeRefused):
            session.call_write(ct.add_theme, bad)
    session.call_write(ct.rename_theme, "Sectioned in a cell", "Held in a cell")
    session.call_write(ct.tag, [r.export_id for r in police], ["Held in a cell"])
    session.call_write(ct.tag, [police[0].export_id, alone[0].export_id], [POLICE])
    merged = session.call_write(ct.merge_theme, "Held in a cell", POLICE)
    assert merged.records == 13  # 12 from the merged theme, plus one only in the target
    assert "Held in a cell" not in [t.name for t in session.call(ct.list_themes)]
    with pytest.raises(ThemeRefused):
        session.call_write(ct.merge_theme, POLICE, POLICE.upper())

    session.call_write(ct.retire_theme, POLICE)
    report = session.call(load_report, Filters(), 10)
    assert POLICE not in _theme_counts(report)  # retired: counted no more
    with pytest.raises(ThemeRefused):
        session.call_write(ct.tag, [alone[1].export_id], [POLICE])
    session.call_write(ct.retire_theme, POLICE, False)  # back, with its tags
    assert _theme_counts(session.call(load_report, Filters(), 10))[POLICE] == 13


def test_withdrawn_records_lose_their_tags_and_leave_every_count(ws):
    session, recipient, folder = ws
    police, _alone, _ = _filled(ws)
    session.call_write(ct.tag, [r.export_id for r in police], [POLICE])
    before = session.call(load_report, Filters(), 10)
    assert _theme_counts(before)[POLICE] == 12 and before.records == 57
    gone = police[:3]
    path = cb.write(folder / "w.age", cb.notice([(r.export_id, r.secret) for r in gone]), recipient)
    assert session.call(import_files, [path]).totals["withdrawn"] == 3
    after = session.call(load_report, Filters(), 10)
    assert after.records == 54
    assert _theme_counts(after)[POLICE] is None  # 9: below the threshold now
    assert [t.records for t in session.call(ct.list_themes) if t.name == POLICE] == [9]
    left = {r.export_id for r in session.call(ct.find_texts, "police", Filters()).records}
    assert left == {r.export_id for r in police[3:]}
    # Nothing of them is left in the search index either.
    assert session.call(ct.matching_ids, "", Filters()) != []
    assert not set(session.call(ct.matching_ids, "", Filters())) & {r.export_id for r in gone}


def test_theme_counts_are_suppressed_in_the_csv(ws):
    session = ws[0]
    police, alone, _ = _filled(ws)
    session.call_write(ct.tag, [r.export_id for r in police], [POLICE])
    session.call_write(ct.tag, [r.export_id for r in alone[:4]], ["Restraint"])
    rows = list(csv.reader(io.StringIO(csv_text(session.call(load_report, Filters(), 10)))))
    by_theme = {r[1]: r[3] for r in rows if r[0] == "by theme"}
    assert by_theme[POLICE] == "12" and by_theme["Restraint"] == "suppressed"
    assert by_theme["Refused care"] == "0"
    assert "No theme yet" not in by_theme  # see docs/coalition.md, "Themes and suppression"


def test_a_report_filtered_to_a_hidden_theme_shows_no_small_number(ws):
    """Filtering to a theme whose count is hidden would print that count as the number of
    records; like every filter, it shows only numbers of the publication instead: not
    that count, nothing small, and no quotes."""
    session = ws[0]
    _police, alone, _ = _filled(ws)
    session.call_write(ct.tag, [r.export_id for r in alone[:4]], ["Restraint"])
    hidden = session.call(load_report, Filters(theme=session.call(ct.theme_id, "Restraint")), 5)
    whole = session.call(load_report, Filters(), 5)
    assert _theme_counts(whole)["Restraint"] is None
    assert hidden.records is None and hidden.quotes == ()
    assert all(v == 0 or v >= 5 for v in hidden.shown_counts())


def test_quotes_only_from_reviewed_quote_records_with_a_theme(ws):
    session = ws[0]
    yes = cb.many(6, seed=6, consent="quote", text="REVIEWED-QUOTE they would not listen")
    unread = cb.many(6, seed=7, consent="quote", reviewed=False, text="UNREAD-QUOTE auto")
    words = cb.many(6, seed=8, consent="words", text="WORDS-ONLY not for quoting")
    untagged = cb.many(6, seed=10, consent="quote", text="UNTAGGED-QUOTE not chosen")
    _import(ws, yes + unread + words)
    old = cb.many(6, seed=11, consent="quote", text="OLD-FORMAT-QUOTE unknown review")
    _import(ws, old + untagged, name="v1.age", version=1)
    texted = [r.export_id for r in yes + unread + words + old]
    session.call_write(ct.tag, texted, ["Refused care"])
    page = session.call(ct.find_texts, "OLD FORMAT", Filters())
    assert {r.reviewed for r in page.records} == {None}  # version 1 could not say
    assert {r.reviewed for r in session.call(ct.find_texts, "UNREAD", Filters()).records} == {False}
    report = session.call(load_report, Filters(), 10)
    assert report.quotes and {q.text for q in report.quotes} == {
        "REVIEWED-QUOTE they would not listen"
    }
    assert all(q.themes == ("Refused care",) for q in report.quotes)


def test_the_fast_facet_test_agrees_with_the_filters():
    """The reading page tests packed facets directly; it must decide as Filters.admits."""
    import random

    from testimony.coalition.analysis import CONCERNS, NOT_ANSWERED, facet, facet_test, fact

    rng = random.Random(5)
    records = [cb.record(rng, consent=rng.choice(["words", "quote"])) for _ in range(300)]
    records += [cb.record(rng, consent="words", services=[], area=None, when=None)]
    filters = [Filters(area=a) for a in (*cb.AREAS, NOT_ANSWERED)]
    filters += [Filters(service=s) for s in (*cb.SERVICES, NOT_ANSWERED)]
    filters += [Filters(concern=c[0]) for c in CONCERNS] + [Filters(concern=NOT_ANSWERED)]
    filters += [Filters(period_from="2022-03", period_to="2023-07"), Filters(consent="quote")]
    filters += [Filters(area="wales", concern="threatened", service="police")]
    for f in filters:
        test = facet_test(f)
        for r in records:
            answers = {k: v for k, v in r.record["answers"].items() if v not in (None, [])}
            want = f.admits(fact(r.record["consent"], answers))
            assert test(r.record["consent"], facet(answers)) == want, (f, answers)
