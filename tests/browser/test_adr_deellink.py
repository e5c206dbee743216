"""The page keeps a person's data out of the address bar and the history (issue 15 §9): the data travels
only in the share link the user copies, and a shared link's data leaves the address bar once read. The
page also runs under the service's Content-Security-Policy (no JavaScript errors, nothing external)."""

from __future__ import annotations

from test_pagina import AHMAD, alleen_lokaal, casus_url


def test_address_bar_holds_no_personal_data(page, basis_url):
    page.goto(casus_url(basis_url, "2023-03-01", AHMAD))
    page.locator("#uitkomst tr[data-besluit='pip_uiterste_datum'] time[datetime='2023-07-24']").wait_for()
    assert page.url.endswith("#/casus") and "1990-04-12" not in page.url
    page.get_by_role("button", name="Beoordeel").click()
    page.locator("#uitkomst tr[data-besluit='pip_uiterste_datum']").wait_for()
    assert "1990-04-12" not in page.url and "SY" not in page.url.split("#")[-1]
    assert "geboortedatum=1990-04-12" in page.locator("#deellink-casus").input_value()
    alleen_lokaal(page, basis_url)
