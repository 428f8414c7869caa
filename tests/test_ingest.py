import json

import pytest

from pipeline.stages.clean import byline_date, clean_article, is_social_line, strip_boilerplate
from pipeline.stages.ingest import ingest, parse_publication_date

BODY = (
    "The foreign minister met his counterpart in the capital on Tuesday and said the two countries "
    "would deepen trade and security ties over the coming years."
)


def write(p, content, mode="w"):
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_text_with_date_line_title_and_boilerplate(tmp_path):
    write(
        tmp_path / "wire" / "a.txt",
        f" date 2022-09-15 Headline about talks\n\nHeadline about talks\n{BODY}\n"
        "Also Read :  Some unrelated teaser\n"
        + BODY.replace("Tuesday", "Monday")
        + "\n\nRelated Content\nOther story\nMost Read\n",
    )
    r = ingest(tmp_path)
    assert not r.rejects
    (d,) = r.documents
    assert d.publication_date.isoformat() == "2022-09-15"
    assert d.title == "Headline about talks"
    assert "Also Read" not in d.text and "Related Content" not in d.text and "Other story" not in d.text
    assert d.text.startswith("The foreign minister") and "Monday" in d.text
    assert d.path == "wire/a.txt" and d.source == "wire"


def test_date_line_followed_by_body_on_same_line(tmp_path):
    write(tmp_path / "s" / "b.txt", f" date 2021-01-02 {BODY}")
    (d,) = ingest(tmp_path).documents
    assert d.publication_date.isoformat() == "2021-01-02" and d.title is None and d.text == BODY


def test_jsonl_records_good_and_bad(tmp_path):
    lines = [
        json.dumps(
            {"id": "x1", "title": "T", "text": BODY, "published": "2022-09-15T10:00:00Z", "url": "https://e.org/1"}
        ),
        "{not json",
        json.dumps({"id": "x2", "title": "No text"}),
        json.dumps({"title": "No id", "text": BODY + " Extra.", "published": "next Tuesday-ish"}),
        json.dumps([1, 2]),
    ]
    write(tmp_path / "feed" / "f.jsonl", "\n".join(lines))
    r = ingest(tmp_path)
    docs = {d.path: d for d in r.documents}
    assert docs["feed/f.jsonl#x1"].publication_date.isoformat() == "2022-09-15"
    assert docs["feed/f.jsonl#x1"].url == "https://e.org/1"
    no_id = docs["feed/f.jsonl#4"]
    assert no_id.publication_date is None and "unparsable" in no_id.publication_date_issue
    reasons = {rj.path: rj.reason for rj in r.rejects}
    assert reasons == {
        "feed/f.jsonl#2": "invalid_json",
        "feed/f.jsonl#x2": "missing_text",
        "feed/f.jsonl#5": "invalid_record",
    }


def test_html_main_text_and_metadata(tmp_path):
    html = (
        "<html><head><title>Page</title><meta property='article:published_time' content='2022-09-15T08:00:00Z'>"
        "</head><body><nav>Home | World | Sport</nav><article><h1>Leaders meet</h1>"
        f"<p>{BODY}</p><p>{BODY.replace('Tuesday', 'Friday')}</p></article>"
        "<footer>Subscribe to our newsletter. Copyright 2022</footer></body></html>"
    )
    write(tmp_path / "site" / "p.html", html)
    (d,) = ingest(tmp_path).documents
    assert d.publication_date.isoformat() == "2022-09-15"
    assert "Home | World" not in d.text and "newsletter" not in d.text and "Friday" in d.text


def test_bad_inputs_are_rejected_with_reasons(tmp_path):
    write(tmp_path / "s" / "empty.txt", "")
    write(tmp_path / "s" / "bin.txt", b"\x00\x01\x02binary\x00" * 50)
    write(tmp_path / "s" / "notes.pdf", "whatever")
    write(tmp_path / "s" / "short.txt", "Related Content\nMost Read")
    write(
        tmp_path / "s" / "latin1.txt",
        (
            "Le ministre a déclaré que les négociations reprendront à Genève "
            "la semaine prochaine, selon un communiqué publié mardi."
        ).encode("latin-1"),
    )
    outside = write(tmp_path.parent / f"{tmp_path.name}-outside.txt", BODY)
    (tmp_path / "s" / "link.txt").symlink_to(outside)
    write(tmp_path / "stray.txt", BODY)
    r = ingest(tmp_path)
    reasons = {rj.path: rj.reason for rj in r.rejects}
    assert reasons["s/empty.txt"] == "empty"
    assert reasons["s/bin.txt"] == "binary"
    assert reasons["s/notes.pdf"] == "unsupported_extension"
    assert reasons["s/short.txt"] in ("boilerplate_only", "empty_text")
    assert reasons["s/link.txt"] == "symlink_outside_raw"
    assert reasons["stray.txt"] == "no_source_folder"
    (latin,) = r.documents
    assert "déclaré" in latin.text


def test_publication_date_forms():
    assert parse_publication_date("2022-09-15")[0].isoformat() == "2022-09-15"
    assert parse_publication_date("2022-09-15T23:10:00+02:00")[0].isoformat() == "2022-09-15"
    assert parse_publication_date(None) == (None, None)
    d, issue = parse_publication_date("soon")
    assert d is None and "unparsable" in issue


def test_boilerplate_marker_at_top_does_not_truncate():
    text = "Newsletter\n" + BODY + "\n" + BODY
    assert BODY in strip_boilerplate(text)


def test_hard_wrapped_wire_copy_is_reflowed():
    wire = (
        "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
        "January and improving prospects for the coming temporao,\nalthough normal humidity levels have not been "
        "restored,\nComissaria Smith said in its weekly review.\n    The dry period means the temporao will be "
        "late this year.\n    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos making a "
        "cumulative total for the season of 5.93\nmln against 5.81 at the same stage last year.\n Reuter"
    )
    out = strip_boilerplate(wire)
    paragraphs = out.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Showers continued throughout the week in the Bahia cocoa zone")
    assert "Reuter" not in out


def test_page_with_short_lines_is_not_reflowed():
    page = "Headline one\n10 hours ago\nHeadline two about something else\n2 days ago\n" + BODY + "\n" + BODY
    assert BODY in strip_boilerplate(page).split("\n")


def test_share_follow_and_subscribe_lines_are_removed_wherever_they_stand():
    page = "\n".join(
        [
            "Share this article",
            BODY,
            "Share on Facebook Share on X Email Copy link",
            "The ministry said it had emailed the invitation and posted the programme on Facebook.",
            "Follow us on Facebook, X and Instagram",
            BODY.replace("Tuesday", "Friday"),
            "Share: Facebook | WhatsApp | Email",
            "Subscribe to our newsletter",
            "Email",
            "Copy link",
            "Follow us on X",
            BODY.replace("Tuesday", "Sunday"),
        ]
    )
    out = strip_boilerplate(page).split("\n")
    assert out == [
        BODY,
        "The ministry said it had emailed the invitation and posted the programme on Facebook.",
        BODY.replace("Tuesday", "Friday"),
        BODY.replace("Tuesday", "Sunday"),  # a follow line is no longer where the article ends
    ]


def test_a_sentence_about_facebook_or_email_is_body_text():
    for line in [
        "Facebook said on Tuesday it would appeal the ruling.",
        "Email remains the main way the agency contacts applicants.",
        "Share prices fell on Monday.",
        "Follow-up talks are planned for March.",
    ]:
        assert is_social_line(line) is False, line
        assert line in strip_boilerplate(f"{BODY}\n{line}\n{BODY}")


@pytest.mark.parametrize(
    "line, date",
    [
        ("By the Foreign Desk | 12 May 2021", "2021-05-12"),
        ("By Jane Roe, 3 March 2020", "2020-03-03"),
        ("Published 14:02 GMT, 5 June 2019 | By Sam Poe", "2019-06-05"),
        (
            "By Jane Roe and Sam Poe, Political Correspondents | Updated: Tuesday, May 4, 2021 at 6:40 pm ET",
            "2021-05-04",
        ),
        ("By Jane Roe | 12 May 2099", None),  # a date in the future is no publication date
        ("By Jane Roe | 31 February 2020", None),  # nor is an impossible one
    ],
)
def test_a_dated_byline_is_removed_and_gives_its_date(line, date):
    is_byline, found = byline_date(line)
    assert is_byline and (found.isoformat() if found else None) == date
    cleaned = clean_article(f"{line}\n{BODY}\n{BODY}")
    assert line not in cleaned.body and BODY in cleaned.body
    assert (cleaned.byline_date.isoformat() if cleaned.byline_date else None) == date


@pytest.mark.parametrize(
    "line",
    [
        "By 12 May 2021, all schools in the district had reopened.",
        "By March 2020, the virus had reached every province.",
        "Published 2 hours ago | By Sam Poe",  # relative: no date
        "By Mara Quillfeather, Industry Reporter",  # no date at all
        "He said the work would be finished by 12 May 2021.",
    ],
)
def test_prose_and_undated_bylines_give_no_date(line):
    assert clean_article(f"{line}\n{BODY}").byline_date is None


def test_the_byline_dates_a_record_without_a_stated_date(tmp_path):
    write(tmp_path / "s" / "a.txt", f"Talks in the capital\nBy the Foreign Desk | 12 May 2021\n{BODY}\n")
    write(tmp_path / "s" / "b.txt", f"By Jane Roe, 3 March 2020\n{BODY}\n")
    write(tmp_path / "s" / "c.txt", f" date 2022-09-15\nBy Jane Roe, 3 March 2020\n{BODY}\n")
    records = [
        {"id": "n", "text": f"By Jane Roe, 3 March 2020\n{BODY}"},
        {"id": "p", "text": f"By Jane Roe, 3 March 2020\n{BODY}", "published": "2020-03-04"},
    ]
    write(tmp_path / "s" / "f.jsonl", "\n".join(json.dumps(r) for r in records))
    docs = {d.path: d for d in ingest(tmp_path).documents}
    assert {p: str(d.publication_date) for p, d in docs.items()} == {
        "s/a.txt": "2021-05-12",
        "s/b.txt": "2020-03-03",
        "s/c.txt": "2022-09-15",  # the file's own date line wins
        "s/f.jsonl#n": "2020-03-03",
        "s/f.jsonl#p": "2020-03-04",  # the record's `published` wins
    }
    assert all(d.text == BODY for d in docs.values())  # the byline is never body text
    assert docs["s/a.txt"].title == "Talks in the capital" and docs["s/b.txt"].title is None


def test_html_byline_date_when_the_page_has_no_date_metadata(tmp_path):
    html = (
        "<html><head><title>Leaders meet</title></head><body><nav>Home | World</nav><article><h1>Leaders meet</h1>"
        "<div class='story-meta'>Published 14:02 GMT, 5 June 2019 | By Sam Poe</div>"
        f"<p>{BODY}</p><p>Share on Facebook Share on X Email Copy link</p><p>{BODY.replace('Tuesday', 'Friday')}</p>"
        "</article></body></html>"
    )
    write(tmp_path / "site" / "p.html", html)
    (d,) = ingest(tmp_path).documents
    assert d.publication_date.isoformat() == "2019-06-05"
    assert d.text == f"{BODY}\n{BODY.replace('Tuesday', 'Friday')}"
