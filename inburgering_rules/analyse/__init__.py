"""Analyses in Python (notebooks): een pandas-DataFrame erin, een DataFrame eruit.

    from inburgering_rules import analyse
    df = analyse.lees("pop.csv")                                    # zoals `inburgering whatif` het bestand leest
    uit = analyse.beoordeel(df, "2025-01-01")                       # besluiten onder het geldende recht
    uit = analyse.beoordeel(df, "2025-01-01", "vierjarige_termijn")  # onder een hervorming
    breed = analyse.vergelijk(df, "2025-01-01", "vierjarige_termijn")  # basis en hervorming per besluit

`df` heeft een kolom per invoer uit het contract (elke deelverzameling; een ontbrekende kolom is "niet
gegeven" voor iedereen) en mag `id` en `gemeente` hebben (die worden niet gebruikt). Waarden zoals in een
populatie-CSV (`inburgering_rules.populatie`: datums als datum of tekst JJJJ-MM-DD/DD-MM-JJJJ, ja/nee,
getallen met punt of komma) of als pandas-typen; leeg (None, NaN, NaT, "") is "niet gegeven". Een getal als tekst
dat zonder de notatie dubbelzinnig is (`1.250`: 1250 of 1,25?) is een fout, tenzij `nederlands` de notatie geeft;
`lees` leest een bestand met de notatie die het heeft, zoals de opdrachtregel.

Eén gevectoriseerde berekening voor alle rijen (`inburgering_rules.simulatie.beoordeel`), nooit een
simulatie per persoon. Een besluit dat afhangt van een ontbrekend nodig feit of oordeel is *onbepaald*:
leeg (`<NA>`/`NaT`) in de uitvoer, zoals `null` in de API, en staat in de kolom `onbepaald` (zo is een
onbepaalde datum te onderscheiden van "geen datum"). De uitvoer heeft de index van `df`; voeg
samen met `df.join(uit)`. Bedragen in euro als exacte decimalen op de cent (`decimal128(15, 2)[pyarrow]`:
`sum()` geeft `Decimal('104380.00')`, geen float-ruis), datums als `datetime64`, keuzes als tekst.

pandas hoort bij de extra `analyse` (`pip install 'inburgering-rules[analyse]'`).
"""

from __future__ import annotations

import numpy

from inburgering_rules import populatie, publiek, simulatie
from inburgering_rules.analyse.formaten import geld_als_arrow
from inburgering_rules.geld import centen, euros

__all__ = ["beoordeel", "lees", "vergelijk"]


def lees(pad):
    """Een populatiebestand als DataFrame, precies zoals `inburgering whatif` het leest (`populatie.lees`): CSV met `,`
    of `;` (een `;`-bestand is Nederlands: `1.250` is 1250), Parquet of XLSX, met dezelfde controles en meldingen
    (`populatie.PopulatieFout` met regel en kolom). Elke invoerkolom getypeerd zoals `beoordeel` haar leest: datums
    als `datetime64` (NaT), de rest als object (getallen, ja/nee, tekst; None = niet gegeven); `id` en `gemeente`
    als tekst. Dit geeft `beoordeel` en `vergelijk` dezelfde getallen als de opdrachtregel."""
    import pandas

    from inburgering_rules.hervormingen import basissysteem

    delen: dict[str, list[numpy.ndarray]] = {naam: [] for naam in populatie.kop(pad)}
    for ids, kolommen, gelezen in populatie.lees_getypeerd(basissysteem(), pad):
        gegeven = populatie.als_gegeven(gelezen)
        delen["id"].append(ids)
        for naam, waarden in kolommen.items():
            delen[naam].append(gegeven.get(naam, waarden))
    return pandas.DataFrame({naam: numpy.concatenate(d) if d else [] for naam, d in delen.items()})


def _kolommen(systeem, df, nederlands: bool | None) -> dict[str, numpy.ndarray]:
    """De invoerkolommen met None (een datum: NaT) voor niet gegeven (`populatie.als_gegeven`)."""
    extra = [k for k in df.columns if k not in publiek.INVOER and k != "id" and k not in populatie.DOORGEGEVEN]
    if extra:
        populatie.controleer_kolommen(["id", *extra], "DataFrame")
    tekst = {naam: populatie.kolom_als_tekst(df[naam]) for naam in df.columns if naam in publiek.INVOER}
    return populatie.als_gegeven(populatie.lees_kolommen(systeem, tekst, None, nederlands))  # rows of a DataFrame


def _uitvoer(naam: str, waarden: numpy.ndarray, onbepaald: numpy.ndarray):
    import pandas

    if naam in publiek.GELD:  # exact decimalen: een som of groupby-som heeft geen float-ruis (0,1 + 0,2)
        return pandas.arrays.ArrowExtensionArray(geld_als_arrow(euros(centen(waarden)), onbepaald))
    if waarden.dtype.kind == "M":
        return pandas.array(numpy.where(onbepaald, numpy.datetime64("NaT"), waarden).astype("datetime64[s]"))
    if waarden.dtype == bool:
        soort = "boolean"
    elif waarden.dtype.kind == "f":
        soort = "Float64"
    elif waarden.dtype.kind in "iu":
        soort = "Int64"
    else:
        soort = "string"
    reeks = pandas.array(waarden.tolist() if soort == "string" else waarden, dtype=soort)
    reeks[onbepaald] = pandas.NA
    return reeks


def _peildatum(peildatum, hervorming) -> str:
    """De peildatum als JJJJ-MM-DD (een tekst of datum die pandas leest), na de controle van de hervorming; een dag
    vóór de inwerkingtreding van de wet is een fout, zoals op de opdrachtregel: dan geldt er niets, en elk besluit
    zou een stille "nee" zijn."""
    import pandas

    from inburgering_rules import whatif
    from inburgering_rules.hervormingen import canoniek

    try:
        dag = str(pandas.Timestamp(peildatum).date())
    except (ValueError, TypeError):
        raise populatie.PopulatieFout(f"peildatum {peildatum!r} is geen datum (JJJJ-MM-DD)",
                                      f"peildatum {peildatum!r} is not a date (YYYY-MM-DD)") from None
    if hervorming is not None:
        canoniek(hervorming)
    if fout := whatif.voor_de_wet(hervorming, dag):
        raise populatie.PopulatieFout(*fout)
    return dag


def beoordeel(df, peildatum: str, hervorming=None, nederlands: bool | None = None):
    """De besluiten (`publiek.BESLUITEN`) voor elke rij van `df` op `peildatum`, onder het geldende recht of
    onder `hervorming` (een naam of {"parameters": ...}); een DataFrame met de index van `df`.

    `nederlands`: de notatie van getallen als tekst: True is een punt als duizendtal (`1.250` is 1250, zoals in een
    `;`-bestand), False een decimale punt (`1.250` is 1,25); None (standaard) leest wat maar op één manier te lezen
    is en weigert een dubbelzinnig getal met de rij en de kolom. `lees` geeft getallen, geen tekst.

    Een onbepaald besluit is leeg; een lege datum kan ook "geen datum" betekenen: de kolom `onbepaald` noemt
    per rij de onbepaalde besluiten (met spaties gescheiden; "" als alles bepaald is).

    Een fout in de invoer geeft `populatie.PopulatieFout` met de rij (0 = de eerste) en de kolom; een peildatum die
    geen datum is of vóór de inwerkingtreding van de wet ligt, ook."""
    import pandas

    from inburgering_rules.hervormingen import basissysteem, systeem_voor

    peildatum = _peildatum(peildatum, hervorming)
    systeem = basissysteem() if hervorming is None else systeem_voor(hervorming)
    uitkomst = simulatie.beoordeel(systeem, peildatum, _kolommen(basissysteem(), df, nederlands), len(df))
    onbepaald = numpy.full(len(df), "", dtype=object)
    for naam in publiek.BESLUITEN:
        onbepaald = numpy.where(uitkomst.onbepaald[naam], onbepaald + naam + " ", onbepaald)
    return pandas.DataFrame({**{naam: _uitvoer(naam, uitkomst.waarden[naam], uitkomst.onbepaald[naam])
                                for naam in publiek.BESLUITEN},
                             "onbepaald": pandas.array([t.strip() for t in onbepaald.tolist()], dtype="string")},
                            index=df.index)


def vergelijk(df, peildatum: str, hervorming, nederlands: bool | None = None):
    """Basis en hervorming naast elkaar: per besluit `<besluit>_basis` en `<besluit>_hervorming`, plus
    `gewijzigd` (ten minste één besluit verschilt; onbepaald telt als verschil als het andere wel bepaald is).
    `nederlands` zoals bij `beoordeel`."""
    import pandas

    basis, hervormd = beoordeel(df, peildatum, nederlands=nederlands), beoordeel(df, peildatum, hervorming, nederlands)
    breed = {}
    gewijzigd = numpy.zeros(len(df), dtype=bool)
    for naam in (*publiek.BESLUITEN, "onbepaald"):
        a, b = basis[naam], hervormd[naam]
        gewijzigd |= ((a != b).fillna(True) & ~(a.isna() & b.isna())).to_numpy(dtype=bool)
        breed[f"{naam}_basis"], breed[f"{naam}_hervorming"] = a, b
    return pandas.DataFrame({"gewijzigd": gewijzigd, **breed}, index=df.index)
