"""position_before's counted read is skipped (the plain read is shared) only where no word
_determiner stops at can occur; these tests pin the gate to _determiner's words."""

from index.extract import people_2_positions as pp


def test_gate_holds_every_classifier() -> None:
    for word in pp._CLASSIFIERS | {"satu", "sementara"}:
        assert pp._MAY_COUNT.search(word.casefold()), word


def test_counted_read_still_stops_at_a_classifier() -> None:
    head = "dua orang peneliti dari Badan Riset"
    assert pp.position_before(head, True) != pp.position_before(head)


def test_counted_read_without_classifier_is_the_plain_read() -> None:
    head = "Acara dibuka oleh Kepala Dinas Pariwisata"
    assert pp.position_before(head, True) == pp.position_before(head)
