"""A newsroom's dateline is no venue of a national body's online event (invented articles):
a national association names the nation, an opening adjunct of purpose puts the subject
after it, and a subject that attends another body's event sits where the dateline is."""

from __future__ import annotations

from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.sentences import split_sentences


def _place(text: str, organisers: list[str] | None = None) -> str | None:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    return event_location(None, sentences, best.sentence if best else None,
                          organisers or []).location


def test_a_national_associations_online_event_leaves_a_regional_dateline_to_the_newsroom() -> None:
    # An association of the whole nation holds a webinar online; the regional newsroom
    # that files the report is no place of the event.
    text = ("KENDARI, Warta Uji - Ikatan Peternak Lebah Seluruh Indonesia (IPLSI) menggelar "
            "webinar nasional tentang madu hutan secara daring, Sabtu (9/10/2021).")
    assert _place(text, ["Ikatan Peternak Lebah Seluruh Indonesia (IPLSI)"]) is None
    # A body with a seat of its own (a campus) may be in the dateline's town: it stays.
    text = ("KENDARI, Warta Uji - Universitas Lebah Indonesia menggelar webinar nasional "
            "tentang madu hutan secara daring, Sabtu (9/10/2021).")
    assert _place(text, ["Universitas Lebah Indonesia"]) == "Kota Kendari"
    # So does an association's branch, which names its region.
    text = ("KENDARI, Warta Uji - Ikatan Peternak Lebah Indonesia Cabang Kendari menggelar "
            "webinar tentang madu hutan secara daring, Sabtu (9/10/2021).")
    assert _place(text, ["Ikatan Peternak Lebah Indonesia Cabang Kendari"]) == "Kota Kendari"


def test_the_subject_after_an_adjunct_of_purpose_names_the_national_body() -> None:
    # "Dalam rangka ..., Partai X menggelar": the subject that holds the event stands after
    # the adjunct, right before its verb; a party's online event leaves Jakarta's dateline
    # to the newsroom.
    text = ("JAKARTA, Warta Uji - Dalam rangka memperingati ulang tahun ke-20, pengurus "
            "pusat Partai Lebah Raya menggelar webinar nasional secara daring, Sabtu "
            "(9/10/2021).")
    assert _place(text) is None
    # With no adjunct the opening words name no national body: the dateline stays.
    text = ("JAKARTA, Warta Uji - Lebah Raya Foundation menggelar webinar nasional secara "
            "daring, Sabtu (9/10/2021). Acara ini diadakan menjelang ulang tahun ke-20 "
            "pengurus pusat Partai Lebah Raya.")
    assert _place(text) == "Jakarta"
    # A purpose adjunct of several clauses: the subject is still the words before the verb.
    text = ("PADANG, Warta Uji - Dalam rangka membangun warga tangguh, menyiapkan relawan "
            "dan melatih pemuda, Direktorat Jenderal Kelautan mengadakan lokakarya daring "
            "bagi pengelola pesisir, Sabtu (9/10/2021).")
    assert _place(text) is None


def test_where_a_subject_attending_another_bodys_event_sat_is_no_venue() -> None:
    # The dateline stands alone, and the report's subject followed an event another body
    # held online from a room in the dateline's town: that town is the attendee's.
    text = ("Kendari, Warta Uji\n\nKepala Sekolah Lebah Rina Lestari mengikuti webinar yang "
            "digelar Pusat Riset Madu secara virtual di ruang rapat Gedung Lebah, Kendari, "
            "Rabu (2/9/2020).\n\nWebinar membahas madu hutan.")
    assert _place(text, ["Pusat Riset Madu"]) is None
    # The subject holding its own event there keeps the town.
    text = ("Kendari, Warta Uji\n\nSekolah Lebah menggelar webinar secara virtual di ruang "
            "rapat Gedung Lebah, Kendari, Rabu (2/9/2020).\n\nWebinar membahas madu hutan.")
    assert _place(text, ["Sekolah Lebah"]) == "Kota Kendari"
