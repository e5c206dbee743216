"""Algemene termijnenwet (Atw, BWBR0002448, tekst sinds 2010-10-10): wanneer een termijn opschuift.

* Art. 1 lid 1: een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende
  feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die dat niet is
  (`verleng_tot_werkdag`). Lid 2: niet voor termijnen "bepaald door terugrekening". Het pakket rekent er één
  terug, de dag vanaf welke een verlenging kan worden aangevraagd ("niet eerder ... dan zes maanden voor het
  verstrijken van die termijn", Bi 4.5 lid 1, `verlenging.aanvraag_vanaf`): die verschuift niet (ook art. 4
  onder a sluit zes maanden uit). `atw_van_toepassing` kent geen terugrekening: wie rekent, past haar niet toe.
* Art. 2: een termijn van ten minste drie dagen bevat ten minste twee dagen die dat niet zijn
  (`atw_termijn_einde` past art. 1 en 2 samen toe).
* Art. 3 lid 1: Nieuwjaarsdag, tweede Paas- en Pinksterdag, beide Kerstdagen, Hemelvaartsdag, de
  verjaardag van de Koning en 5 mei (de vaste dagen en de gevierde verjaardag zijn gedateerde parameters van
  `termijnen.atw`; de verjaardag op een zondag: de zaterdag ervoor). Lid 2: Goede
  Vrijdag telt mee. Lid 3: dagen die bij besluit zijn gelijkgesteld: de gedateerde lijst
  `termijnen.atw.gelijkgestelde_dagen` (`laatste_gedekte_dag`: na die dag kent het pakket geen besluit).
* Art. 4 onder a: niet voor termijnen in uren, of van meer dan 90 dagen, twaalf weken of drie maanden,
  of in jaren (`atw_van_toepassing`). Art. 5: art. 1-4 gelden ook voor termijnen in een AMvB.

De getallen van art. 2 en 4 onder a (gedateerde parameters van `termijnen.atw`) gelden zoals zij luidden op
de eerste dag van elke termijn, de dag na de gebeurtenis die hem doet lopen, per persoon
(`geldend_recht.aantal_op`: vóór de eerste waarde de eerste).

Pasen volgt uit het Gregoriaanse algoritme van Meeus/Jones/Butcher. De eerstvolgende werkdag staat voor
elke dag van 1900 tot 2100 in een opzoektabel per waarde van de parameter (`datums.via_tabel`, dezelfde
helper als voor de AOW-leeftijd); daarbuiten rekent `_verleng_direct` dezelfde regel dag voor dag
(tests/test_kalender.py bewijst dat beide gelijk zijn).
"""

from __future__ import annotations

import numpy
from openfisca_core.parameters import ParameterNode

from inburgering_rules import bronmap
from inburgering_rules.datums import datum, enig_aantal, onthouden, plus_weken, sleutel_van, via_tabel
from inburgering_rules.geldend_recht import aantal_op, lijst_bevat_op, waarde_op

_DAG = numpy.timedelta64(1, "D")


def _standaard_atw() -> ParameterNode:
    """De parameters `termijnen.atw` van het pakket zelf (zonder hervorming)."""
    return ParameterNode("atw", directory_path=str(bronmap("parameters") / "termijnen" / "atw"))


_ATW = _standaard_atw()


def eerste_paasdag(jaren) -> numpy.ndarray:
    """Eerste Paasdag per jaar (Gregoriaanse kalender), gevectoriseerd."""
    j = numpy.asarray(jaren, dtype=numpy.int64)
    a, b, c = j % 19, j // 100, j % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - de naam uit het algoritme
    m = (a + 11 * h + 22 * l) // 451
    maand = (h + l - 7 * m + 114) // 31
    dag = (h + l - 7 * m + 114) % 31 + 1
    return datum(j, maand, dag)


def weekdag(datums) -> numpy.ndarray:
    """0 = maandag … 6 = zondag (1970-01-01 was een donderdag); ook voor de uitleg van een verschoven termijn."""
    return (numpy.asarray(datums, dtype="datetime64[D]").astype(numpy.int64) + 3) % 7


def is_feestdag(datums, atw: ParameterNode | None = None) -> numpy.ndarray:
    """True op een algemeen erkende feestdag (Atw art. 3 lid 1) en op Goede Vrijdag (lid 2).

    De vaste dagen en de verjaardag van de Koning komen uit `termijnen.atw` (gedateerd); tweede Paasdag,
    Hemelvaartsdag, tweede Pinksterdag en Goede Vrijdag liggen 1, 39 en 50 dagen na en 2 dagen vóór Pasen."""
    atw = _ATW if atw is None else atw
    datums = numpy.asarray(datums, dtype="datetime64[D]")
    jaren = datums.astype("datetime64[Y]").astype(numpy.int64) + 1970
    pasen = eerste_paasdag(jaren)
    lid_1_pasen = (pasen + 1, pasen + 39, pasen + 50)
    lid_2 = _goede_vrijdag(pasen)
    feestdag = numpy.logical_or.reduce([datums == f for f in (*lid_1_pasen, lid_2)])
    feestdag |= lijst_bevat_op(atw.art_3_lid_1_vaste_feestdagen, datums, _maand_dag(datums), vertaal=_als_maand_dag)
    return feestdag | _verjaardag_koning(datums, jaren, atw)


def _goede_vrijdag(pasen) -> numpy.ndarray:
    """Goede Vrijdag (Atw art. 3 lid 2): twee dagen vóór eerste Paasdag."""
    return pasen - 2


def _maand_dag(datums) -> numpy.ndarray:
    """Maand * 100 + dag van elke datum (1 mei: 501), zoals `_als_maand_dag` een "MM-DD" leest."""
    maand = datums.astype("datetime64[M]")
    nummer = (maand - datums.astype("datetime64[Y]").astype("datetime64[M]")).astype(numpy.int64) + 1
    return nummer * 100 + (datums - maand.astype("datetime64[D]")).astype(numpy.int64) + 1


def _als_maand_dag(lijst) -> numpy.ndarray:
    return numpy.array([int(tekst[:2]) * 100 + int(tekst[3:]) for tekst in lijst], dtype=numpy.int64)


def _verjaardag_koning(datums, jaren, atw: ParameterNode) -> numpy.ndarray:
    """De dag waarop de verjaardag van de Koning wordt gevierd, zoals die gold op elke datum; op een zondag de
    zaterdag ervoor."""
    gevierd = waarde_op(atw.art_3_lid_1_verjaardag_koning, datums, onbekend="")
    uit = numpy.zeros(datums.shape, dtype=bool)
    for maand_dag in set(numpy.ravel(gevierd).tolist()) - {""}:
        dag = datum(jaren, *divmod(int(_als_maand_dag([maand_dag])[0]), 100))
        dag = numpy.where(weekdag(dag) == 6, dag - _DAG, dag)
        uit |= (gevierd == maand_dag) & (datums == dag)
    return uit


def is_gelijkgesteld(datums, atw: ParameterNode | None = None) -> numpy.ndarray:
    """True op een dag die bij besluit met een feestdag is gelijkgesteld (Atw art. 3 lid 3): de dag staat
    in de lijst `gelijkgestelde_dagen` zoals die op die dag gold."""
    datums = numpy.asarray(datums, dtype="datetime64[D]")
    return lijst_bevat_op((_ATW if atw is None else atw).gelijkgestelde_dagen, datums, datums,
                          vertaal=lambda lijst: numpy.array(lijst, dtype="datetime64[D]"))


def laatste_gedekte_dag(atw: ParameterNode | None = None) -> numpy.datetime64:
    """De laatste dag waarvoor het pakket de gelijkstellingsbesluiten kent: de dag vóór de lege lijst
    waarmee `gelijkgestelde_dagen` eindigt (zonder die lege lijst: de laatste gelijkgestelde dag)."""
    waarden = sorted((_ATW if atw is None else atw).gelijkgestelde_dagen.values_list, key=lambda w: w.instant_str)
    if not waarden[-1].value:
        return numpy.datetime64(waarden[-1].instant_str, "D") - _DAG
    return max(numpy.datetime64(dag, "D") for w in waarden for dag in (w.value or ()))


def is_vrije_dag(datums, atw: ParameterNode | None = None) -> numpy.ndarray:
    """Zaterdag, zondag, algemeen erkende feestdag, Goede Vrijdag of gelijkgestelde dag (Atw art. 1, 3): een dag met
    een soort vrije dag (`soorten_vrije_dag`, één lezing van art. 3 voor de regels en hun uitleg); `NaT` niet."""
    return soorten_vrije_dag(datums, atw) > 0


# De soorten vrije dag van `soort_vrije_dag`, op hun nummer in `soorten_vrije_dag` (0: een werkdag).
SOORTEN_VRIJE_DAG = (None, "zaterdag", "zondag", "feestdag", "goede_vrijdag", "gelijkgesteld")


def soorten_vrije_dag(datums, atw: ParameterNode | None = None) -> numpy.ndarray:
    """Per datum het nummer van zijn soort vrije dag in `SOORTEN_VRIJE_DAG` (int8; 0 voor een werkdag en `NaT`).
    Een gelijkgestelde dag gaat voor een feestdag, een feestdag voor het weekend."""
    datums = numpy.asarray(datums, dtype="datetime64[D]")
    uit = numpy.zeros(datums.shape, dtype=numpy.int8)
    dag, bekend = weekdag(datums), ~numpy.isnat(datums)
    uit[(dag == 5) & bekend] = SOORTEN_VRIJE_DAG.index("zaterdag")
    uit[(dag == 6) & bekend] = SOORTEN_VRIJE_DAG.index("zondag")
    feestdag = is_feestdag(datums, atw)
    uit[feestdag] = SOORTEN_VRIJE_DAG.index("feestdag")
    pasen = eerste_paasdag(datums.astype("datetime64[Y]").astype(numpy.int64) + 1970)
    uit[feestdag & (datums == _goede_vrijdag(pasen))] = SOORTEN_VRIJE_DAG.index("goede_vrijdag")
    uit[is_gelijkgesteld(datums, atw)] = SOORTEN_VRIJE_DAG.index("gelijkgesteld")
    return uit


def soort_vrije_dag(dag: str, atw: ParameterNode | None = None) -> str | None:
    """Waarom één dag (JJJJ-MM-DD) een vrije dag is in de zin van Atw art. 1 en 3: "zaterdag", "zondag",
    "goede_vrijdag" (art. 3 lid 2), "feestdag" (lid 1) of "gelijkgesteld" (lid 3); None voor een werkdag. Voor de
    uitleg van een verschoven termijn (de regels zelf lezen `is_vrije_dag`), via een opzoektabel: dag voor dag
    rekenen kostte een verzoek met een verschoven termijn 1 ms."""
    atw = _ATW if atw is None else atw
    nummer = via_tabel(lambda datums: soorten_vrije_dag(datums, atw), ("atw_soort", _sleutel(atw)),
                       numpy.array([dag], dtype="datetime64[D]"))[0]
    return SOORTEN_VRIJE_DAG[nummer]


def _sleutel(atw: ParameterNode) -> tuple:
    """Alles waar de termijnen van de Atw van afhangen (elke parameter van `termijnen.atw`, ook die een tabel niet
    gebruikt): de sleutel van hun opzoektabellen."""
    # Onthouden bij de waardelijsten zelf: een hervorming (`Parameter.update`) geeft een parameter een nieuwe lijst.
    lijsten = tuple(kind.values_list for kind in atw.children.values())
    return onthouden(atw, "_sleutel", lijsten,
                     lambda: tuple((naam, sleutel_van(atw.children[naam])) for naam in sorted(atw.children)))


def _verleng_direct(datums, atw: ParameterNode | None = None) -> numpy.ndarray:
    """Art. 1 lid 1 dag voor dag (buiten de tabel, en als referentie voor de tabel in de tests)."""
    datums = numpy.array(datums, dtype="datetime64[D]", copy=True, ndmin=1)
    opschuiven = is_vrije_dag(datums, atw) & ~numpy.isnat(datums)
    while opschuiven.any():
        datums[opschuiven] += _DAG
        opschuiven[opschuiven] = is_vrije_dag(datums[opschuiven], atw)
    return datums


def verleng_tot_werkdag(einddatums, atw: ParameterNode | None = None) -> numpy.ndarray:
    """Atw art. 1 lid 1: schuif een laatste dag op naar de eerstvolgende dag die geen zaterdag, zondag,
    feestdag, Goede Vrijdag of gelijkgestelde dag is. `NaT` blijft `NaT`. Gebruik alleen voor een termijn
    waarop de Atw van toepassing is (`atw_van_toepassing`)."""
    atw = _ATW if atw is None else atw
    datums = numpy.array(einddatums, dtype="datetime64[D]", ndmin=1)
    return via_tabel(lambda dagen: _verleng_direct(dagen, atw), ("atw", _sleutel(atw)), datums)


def tweede_werkdag(eerste_dagen, atw: ParameterNode | None = None) -> numpy.ndarray:
    """De n-de dag vanaf `eerste_dagen` (die meegeteld) die geen vrije dag is, n = de "ten minste twee dagen"
    van Atw art. 2 (parameter `art_2_minimum_werkdagen`) zoals die gold op elke eerste dag."""
    eerste = numpy.asarray(eerste_dagen, dtype="datetime64[D]")
    aantal = _geldend_getal(atw, "art_2_minimum_werkdagen", eerste)
    werkdag = verleng_tot_werkdag(eerste, atw)
    for geteld in range(1, int(aantal.max(initial=1))):
        werkdag = numpy.where(aantal > geteld, verleng_tot_werkdag(werkdag + _DAG, atw), werkdag)
    return werkdag


def atw_termijn_einde(eerste_dagen, laatste_dagen, atw: ParameterNode | None = None) -> numpy.ndarray:
    """De laatste dag van een termijn na de Atw: art. 1 lid 1 (opschuiven naar een werkdag) en art. 2 (een
    termijn van ten minste drie dagen bevat ten minste twee werkdagen; zo nodig later). De termijn loopt van
    `eerste_dagen` tot en met `laatste_dagen`, beide meegeteld; de getallen van art. 2 zijn die van de eerste
    dag."""
    eerste = numpy.asarray(eerste_dagen, dtype="datetime64[D]")
    laatste = numpy.asarray(laatste_dagen, dtype="datetime64[D]")
    art_1 = verleng_tot_werkdag(laatste, atw)
    dagen = (laatste - eerste).astype(numpy.int64) + 1
    art_2_ten_minste_drie_dagen = dagen >= _geldend_getal(atw, "art_2_minimum_termijn_dagen", eerste)
    art_2 = numpy.where(art_2_ten_minste_drie_dagen, tweede_werkdag(eerste, atw), art_1)
    return numpy.maximum(art_1, art_2)


def _geldend_getal(atw: ParameterNode | None, naam: str, eerste_dagen) -> numpy.ndarray:
    """Een getal uit `termijnen.atw` zoals het gold op de eerste dag van elke termijn (vóór de eerste waarde:
    de eerste; een onbekende dag 0, de termijn blijft dan `NaT`)."""
    return aantal_op((_ATW if atw is None else atw).children[naam], eerste_dagen)


def atw_binnen_weken(dagen, weken, atw: ParameterNode | None = None) -> numpy.ndarray:
    """"Uiterlijk N weken na dag D": D + 7N, verlengd naar de Atw (art. 1, 2) waar die de termijn bereikt (art. 4
    onder a: niet meer dan twaalf weken). De termijn loopt van D + 1 tot en met D + 7N; `NaT` blijft `NaT`. De
    getallen van de Atw zijn die van D + 1.
    Voor een termijn in een wet of AMvB (art. 1 lid 1, art. 5), zoals Awb 6:7 en Bi 5.3.

    Geldt voor elke bekende dag hetzelfde aantal weken, dan via een opzoektabel (`via_tabel`); de definitie is
    `_binnen_weken`."""
    atw = _ATW if atw is None else atw
    dagen = numpy.asarray(dagen, dtype="datetime64[D]")
    aantal = enig_aantal(dagen, weken)
    if aantal is not None:
        return via_tabel(lambda d: _binnen_weken(d, aantal, atw), ("atw_binnen_weken", aantal, _sleutel(atw)), dagen)
    return _binnen_weken(dagen, weken, atw)


def _binnen_weken(dagen, weken, atw: ParameterNode) -> numpy.ndarray:
    dagen = numpy.asarray(dagen, dtype="datetime64[D]")
    laatste = plus_weken(dagen, weken)
    if numpy.isnat(laatste).all():  # geen enkele termijn loopt: niets te verlengen
        return laatste
    eerste = dagen + _DAG
    bereikt = atw_van_toepassing("weken", weken, eerste, atw=atw)
    return numpy.where(bereikt, atw_termijn_einde(eerste, laatste, atw), laatste)


EENHEDEN = ("uren", "dagen", "weken", "maanden", "jaren")


def atw_van_toepassing(eenheid: str, aantal, eerste_dagen, atw: ParameterNode | None = None) -> numpy.ndarray:
    """Of de Atw een termijn van `aantal` `eenheid` (uren, dagen, weken, maanden, jaren) bereikt die op
    `eerste_dagen` begint te lopen (de dag na de gebeurtenis).

    Art. 4 onder a: niet voor termijnen "omschreven in uren, in meer dan 90 dagen, in meer dan twaalf weken,
    in meer dan drie maanden, of in een of meer jaren" (de grens die op de eerste dag gold). Of de termijn "in een
    wet gestelde" is (art. 1 lid 1) of in een AMvB (art. 5), beoordeelt de aanroeper: een termijn die een
    bestuursorgaan zelf in een besluit stelt, is dat niet vanzelf; en evenmin of hij wordt teruggerekend (art. 1
    lid 2: dan geldt de Atw niet)."""
    if eenheid not in EENHEDEN:
        raise ValueError(f"eenheid {eenheid!r}: kies uit {EENHEDEN}")
    aantal, eerste = numpy.asarray(aantal), numpy.asarray(eerste_dagen, dtype="datetime64[D]")
    if eenheid in ("uren", "jaren"):
        return numpy.zeros(numpy.broadcast_shapes(aantal.shape, eerste.shape), dtype=bool)
    return aantal <= _geldend_getal(atw, f"bovengrens_{eenheid}", eerste)
