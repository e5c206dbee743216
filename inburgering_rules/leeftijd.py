"""De pensioengerechtigde leeftijd (AOW art. 7a lid 1), waar Wi 3 lid 1 en Bi 6.1 onder a naar verwijzen."""

import numpy

from inburgering_rules.datums import ONBEKEND, na_maanden, sleutel_van, via_tabel
from inburgering_rules.geldend_recht import waarde_op


def pensioengerechtigde_leeftijd_bereikt(geboren, op_datum, tabel) -> numpy.ndarray:
    """AOW art. 7a lid 1: True waar iemand vóór of op `op_datum` de pensioengerechtigde leeftijd bereikte."""
    return dag_pensioengerechtigd(geboren, tabel) <= op_datum


def dag_pensioengerechtigd(geboren, tabel) -> numpy.ndarray:
    """`dag_pensioengerechtigde_leeftijd` via een opzoektabel (`datums.via_tabel`)."""
    return via_tabel(lambda datums: dag_pensioengerechtigde_leeftijd(datums, tabel), ("aow", sleutel_van(tabel)),
                     geboren)


def dag_pensioengerechtigde_leeftijd(geboren, tabel) -> numpy.ndarray:
    """AOW art. 7a lid 1: de eerste dag waarop iemand die op `geboren` is geboren pensioengerechtigd is.

    Per kalenderjaar J geldt de leeftijd uit de tabel; wie die in jaar J bereikt, is vanaf die dag
    pensioengerechtigd (ook als de leeftijd in een later jaar hoger is). Alleen de jaren waarin iemand een leeftijd
    van de tabel bereikt, doen ertoe: van de laagste tot en met de hoogste (in jaren, afgerond naar beneden en naar
    boven), zodat ook een hervorming van de tabel telt. `NaT` als geen jaar past.
    """
    geboortejaar = geboren.astype("datetime64[Y]")
    eerste = numpy.full(numpy.shape(geboren), ONBEKEND)
    alle_maanden = [p.value for p in tabel.values_list if p.value is not None]
    for leeftijd in range(min(alle_maanden) // 12, -(-max(alle_maanden) // 12) + 1):
        jaar = geboortejaar + numpy.timedelta64(leeftijd, "Y")
        maanden = waarde_op(tabel, jaar.astype("datetime64[D]"), onbekend=-1).astype(int)
        dag_bereikt = na_maanden(geboren, maanden)
        in_dat_jaar = dag_bereikt.astype("datetime64[Y]") == jaar
        eerste = numpy.fmin(eerste, numpy.where((maanden >= 0) & in_dat_jaar, dag_bereikt, ONBEKEND))
    return eerste
