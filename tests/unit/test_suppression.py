"""Small-cell suppression: nothing below the threshold is shown, and no hidden count can be
worked out again from the totals and the other cells.

The check of "cannot be worked out" here is independent of the engine's own graph
reasoning: exact linear algebra over the rationals on the equations a reader has (each
row and column adds up to its total).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testimony.core.suppression import Grid, Suppressed, suppress, suppress_linked

T = 10


def recoverable(result: Suppressed) -> set[tuple[int, int]]:
    """Hidden entries whose value follows from the shown ones and the line equations."""
    values, hidden = result.values, sorted(result.hidden)
    height, width = len(values), len(values[0])
    # Each line: interior entries minus the total = 0. Only the unknowns' coefficients
    # matter for which unknowns are determined.
    equations = []
    for i in range(height):
        equations.append({(i, j): (-1 if j == width - 1 else 1) for j in range(width)})
    for j in range(width):
        equations.append({(i, j): (-1 if i == height - 1 else 1) for i in range(height)})
    matrix = [[Fraction(eq.get(p, 0)) for p in hidden] for eq in equations]
    pivots = _rref(matrix)
    free = [k for k in range(len(hidden)) if k not in pivots]
    determined = set()
    for col, row in pivots.items():
        if all(matrix[row][f] == 0 for f in free):
            determined.add(hidden[col])
    return determined


def _rref(m: list[list[Fraction]]) -> dict[int, int]:
    """Reduce in place; return {pivot column: its row}."""
    pivots: dict[int, int] = {}
    row = 0
    cols = len(m[0]) if m else 0
    for col in range(cols):
        pick = next((r for r in range(row, len(m)) if m[r][col] != 0), None)
        if pick is None:
            continue
        m[row], m[pick] = m[pick], m[row]
        lead = m[row][col]
        m[row] = [v / lead for v in m[row]]
        for r in range(len(m)):
            if r != row and m[r][col] != 0:
                factor = m[r][col]
                m[r] = [a - factor * b for a, b in zip(m[r], m[row], strict=True)]
        pivots[col] = row
        row += 1
    return pivots


def shown_below_threshold(result: Suppressed) -> list[int]:
    return [
        v
        for i, row in enumerate(result.values)
        for j, v in enumerate(row)
        if (i, j) not in result.hidden and 0 < v < result.threshold
    ]


def test_small_cells_only_would_leak_through_the_totals_and_the_engine_does_not():
    # Services by area. Only one cell is small (4), so hiding just it leaves every other
    # number in its row and column on show: 30 - (12 + 14) = 4 gives it straight back.
    cells = [[12, 14, 4], [25, 30, 40], [18, 22, 35]]
    naive = Suppressed(
        values=suppress(cells, T, margins=True).values,
        hidden=frozenset({(0, 2)}),
        primary=frozenset({(0, 2)}),
        margins=True,
        threshold=T,
    )
    assert recoverable(naive) == {(0, 2)}  # the leak is real

    result = suppress(cells, T)
    assert (0, 2) in result.hidden
    assert len(result.hidden) >= 4  # a loop needs at least four entries
    assert recoverable(result) == set()
    assert shown_below_threshold(result) == []
    # What stays on show is still most of the table.
    assert result.grand_total() == sum(map(sum, cells))


def test_a_total_below_the_threshold_is_hidden_and_protected():
    cells = [[3, 2], [40, 50]]
    result = suppress(cells, T)
    assert result.row_total(0) is None  # 5 people in that row
    assert shown_below_threshold(result) == []
    assert recoverable(result) == set()


def test_zeros_are_shown():
    result = suppress([[0, 40], [30, 0]], T)
    assert result.hidden == frozenset()
    assert result.cell(0, 0) == 0


def test_one_row_table_hides_the_column_totals_with_their_cells():
    result = suppress([[5, 20, 31]], T)
    assert result.cell(0, 0) is None and result.col_total(0) is None
    assert recoverable(result) == set()


def test_without_margins_only_small_cells_are_hidden():
    result = suppress([[5, 20, 0, 9]], T, margins=False)
    assert result.hidden == {(0, 0), (0, 3)}


def test_linked_tables_hide_a_shared_number_everywhere():
    # A list of services (no totals: a person may tick several) and services by area,
    # whose row totals are the same numbers as the list.
    by_service = Grid([[15, 40]], margins=False, links={(0, 0): "s:a", (0, 1): "s:b"})
    by_area = Grid([[3, 12], [20, 20]], links={(0, 2): "s:a", (1, 2): "s:b"})
    first, second = suppress_linked([by_service, by_area], T)
    for key_pos_1, key_pos_2 in (((0, 0), (0, 2)), ((0, 1), (1, 2))):
        assert (key_pos_1 in first.hidden) == (key_pos_2 in second.hidden)
    assert recoverable(second) == set()


def test_rejects_nonsense():
    with pytest.raises(ValueError):
        suppress([[1, -1]], T)
    with pytest.raises(ValueError):
        suppress([[1, 2], [3]], T)
    with pytest.raises(ValueError):
        suppress([[1]], 0)


small_counts = st.one_of(st.integers(0, 12), st.integers(0, 60), st.just(0))
tables = st.integers(1, 5).flatmap(
    lambda rows: st.integers(1, 5).flatmap(
        lambda cols: st.lists(
            st.lists(small_counts, min_size=cols, max_size=cols), min_size=rows, max_size=rows
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(cells=tables, threshold=st.integers(2, 15))
def test_no_hidden_count_can_be_worked_out(cells: list[list[int]], threshold: int):
    result = suppress(cells, threshold)
    assert shown_below_threshold(result) == []
    assert recoverable(result) == set()
    assert result.primary <= result.hidden


def test_unpublished_sums_help_protect_and_need_no_protection_themselves():
    # Rows overlap (a person can name several services), so column sums are not published.
    cells = [[0, 40, 4], [0, 30, 25], [0, 0, 12]]
    bottom = [(3, j) for j in range(4)]
    result = suppress(cells, T, unpublished=bottom)
    assert (0, 2) in result.hidden
    # The empty first column stays as it is: no zero is hidden to "protect" its sum.
    assert all((i, 0) not in result.hidden for i in range(3))
    protected = result.hidden - set(bottom)
    assert recoverable(result) & protected == set()


@settings(max_examples=150, deadline=None)
@given(cells=tables, threshold=st.integers(2, 15))
def test_with_unpublished_column_sums_no_protected_count_can_be_worked_out(
    cells: list[list[int]], threshold: int
):
    bottom = {(len(cells), j) for j in range(len(cells[0]) + 1)}
    result = suppress(cells, threshold, unpublished=bottom)
    shown_small = [
        v
        for i, row in enumerate(result.values)
        for j, v in enumerate(row)
        if (i, j) not in result.hidden and 0 < v < threshold
    ]
    assert shown_small == []
    assert recoverable(result) & (result.hidden - bottom) == set()
