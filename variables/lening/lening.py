"""De lening van DUO voor gezinsmigranten en overige migranten (Wi 19-21; Bi 6.2-6.3, 6.7)."""

import numpy

from inburgering_rules.datums import (ONBEKEND, als_datum, begin_na_bekendmaking, bekend, dag, einde_termijn,
                                     loopt_na_bekendmaking, plus_dagen, verjaardag)
from inburgering_rules.enums import VERGUNNING_ART_8_E, WI_3_LID_2, Doelgroep
from inburgering_rules.geldend_recht import aantal_op
from inburgering_rules.instrumenten import wet
from inburgering_rules.kiezen import kies
from inburgering_rules.leeftijd import dag_pensioengerechtigd
from inburgering_rules.leenrecht import aanspraak_bi_6_1_vanaf, laatste_dag_aanspraak, terugbetaling_start
from inburgering_rules.meetellen import termijn_aanvang
from inburgering_rules.variabelen import Besluit, date


_BI_6_1 = """
        Bi art. 6.1: "Tenzij uitdrukkelijk anders is bepaald, zijn de bepalingen in dit hoofdstuk van
        overeenkomstige toepassing op de persoon, bedoeld in artikel 3, tweede lid, van de wet, die rechtmatig
        verblijf verkrijgt als bedoeld in artikel 8, onderdeel e, van de Vreemdelingenwet 2000 en die:
        a. 16 jaar of ouder is en de pensioengerechtigde leeftijd, bedoeld in artikel 7a, eerste lid, van de
        Algemene Ouderdomswet nog niet heeft bereikt; b. minder dan acht jaren leerplichtig of kwalificatieplichtig
        is geweest op grond van de Leerplichtwet 1969; c. niet beschikt over een diploma, certificaat of ander
        document als bedoeld in artikel 4, eerste lid, onderdeel b, van de wet en geen opleiding volgt waarvan de
        afronding leidt tot uitreiking van voornoemd diploma, certificaat of ander document; d. niet leerplichtig of
        kwalificatieplichtig is op grond van de Leerplichtwet 1969; of e. niet heeft aangetoond al voldoende te zijn
        ingeburgerd."
        Interpretatie (I22): de voorwaarden a tot en met e gelden samen (het zijn de spiegelbeelden van de
        vrijstellingsgronden van Wi 4), ondanks het woord "of" voor onderdeel e. Onder a en d gelden op de dag zelf,
        binnen de drie jaar van de aanspraak (Bi 6.3 lid 1): wie bij de verkrijging 15 was, kan vanaf zijn 16e
        verjaardag lenen, en wie de pensioengerechtigde leeftijd bereikt vanaf die dag niet meer (I56; Wi 3 lid 1
        meet bij de verkrijging, I1).
        """

_BI_6_1_GRONDSLAG = [wet("Bi", "6.1"), wet("Wi", "3", 2), wet("Vw", "8")]


class lening_bi_6_1_persoon(Besluit):
    value_type = bool
    label = ("Niet inburgeringsplichtige EU-burger of familielid met verblijf op grond van het Unierecht die voldoet "
             "aan Bi 6.1 onder b, c en e (de voorwaarden die niet met de dag veranderen)")
    reference = _BI_6_1_GRONDSLAG
    documentation = _BI_6_1

    def formula_2022_01_01(persoon, period, parameters):
        reden = persoon("reden_geen_inburgeringsplicht", period)
        art_3_lid_2 = numpy.logical_or.reduce([reden == lid for lid in WI_3_LID_2])
        verkregen = als_datum(persoon("verblijf_verkregen_datum", period))
        art_8_e = ((persoon("verblijfsvergunning", period) == VERGUNNING_ART_8_E)
                   & (verkregen <= dag(period)))
        onder_b = persoon("leerplichtig_geweest_jaren", period) < parameters(period).lening.vrijwillig_leerplicht_jaren
        onder_c = ~persoon("vrijstellend_diploma", period) & ~persoon("opleiding_naar_vrijstellend_diploma", period)
        onder_e = ~persoon("voldoende_ingeburgerd", period)
        return art_3_lid_2 & art_8_e & onder_b & onder_c & onder_e


def _bi_6_1_leeftijd(persoon, period):
    """(de 16e verjaardag, de dag waarop de pensioengerechtigde leeftijd wordt bereikt): de grenzen van Bi 6.1 onder a;
    NaT zonder geboortedatum."""
    p = persoon.simulation.tax_benefit_system.parameters
    geboren = als_datum(persoon("geboortedatum", period))
    zestien = verjaardag(geboren, p.lening.vrijwillig_minimumleeftijd(period))
    return zestien, dag_pensioengerechtigd(geboren, p.inburgeringsplicht.pensioengerechtigde_leeftijd_maanden)


def _bi_6_3_lid_1_tweede_zin(persoon, period) -> tuple[numpy.ndarray, numpy.ndarray]:
    """De eerste en de laatste dag van de drie jaar van Bi 6.3 lid 1, tweede zin (vanaf de dag na de verkrijging)."""
    verkregen = als_datum(persoon("verblijf_verkregen_datum", period))
    jaren = aantal_op(persoon.simulation.tax_benefit_system.parameters.lening.vrijwillig_aanspraak_jaren, verkregen)
    vanaf = aanspraak_bi_6_1_vanaf(verkregen)
    return vanaf, einde_termijn(vanaf, jaren * 12)


class lening_bi_6_1_laatste_dag(Besluit):
    value_type = date
    label = ("De laatste dag van de drie jaar van Bi 6.3 lid 1 (tweede zin) die Bi 6.1 onder a kan geven: de laatste van "
             "de drie jaar, of de dag vóór de pensioengerechtigde leeftijd als die eerder is")
    reference = [wet("Bi", "6.1"), wet("Bi", "6.3", 1)]
    documentation = """
        Bi art. 6.3 lid 1, tweede zin: "Een persoon als bedoeld in artikel 6.1 heeft aanspraak op de lening gedurende
        drie jaar nadat hij rechtmatig verblijf verkrijgt." Bi 6.1 onder a: "16 jaar of ouder is en de
        pensioengerechtigde leeftijd ... nog niet heeft bereikt", op de dag zelf (I56).
        """

    def formula_2022_01_01(persoon, period):
        _, bi_6_3_lid_1_tweede_zin = _bi_6_3_lid_1_tweede_zin(persoon, period)
        _, pensioen = _bi_6_1_leeftijd(persoon, period)
        return numpy.fmin(bi_6_3_lid_1_tweede_zin, pensioen - numpy.timedelta64(1, "D"))


class lening_bi_6_1_onder_d_op_laatste_dag(Besluit):
    value_type = bool
    label = ("Op de laatste dag van onder a binnen de drie jaar (lening_bi_6_1_laatste_dag) zeker niet leerplichtig of "
             "kwalificatieplichtig (Bi 6.1 onder d)")
    reference = [wet("Bi", "6.1")]
    documentation = """
        Bi art. 6.1 onder d: "niet leerplichtig of kwalificatieplichtig is op grond van de Leerplichtwet 1969", op de
        dag zelf (I56), terwijl het feit leerplichtig_of_kwalificatieplichtig voor de peildatum geldt. Interpretatie
        (I67): de kwalificatieplicht eindigt uiterlijk op 18 jaar (Leerplichtwet 1969 art. 4a,
        kwalificatieplicht_tot_leeftijd, zoals die op die dag geldt) en begint, eenmaal geëindigd, niet opnieuw. Waar
        als hij op die dag 18 of ouder is, of op een peildatum op of vóór die dag niet plichtig is (dan ook op elke
        latere dag niet).
        """

    def formula_2022_01_01(persoon, period):
        laatste = persoon("lening_bi_6_1_laatste_dag", period)
        # de leeftijd zoals die op de laatste dag geldt (een review: een hervorming ervan na de peildatum)
        p = persoon.simulation.tax_benefit_system.parameters.vrijstelling_ontheffing
        achttien = verjaardag(als_datum(persoon("geboortedatum", period)), aantal_op(p.kwalificatieplicht_tot_leeftijd,
                                                                                     laatste))
        plichtig_nu = persoon("leerplichtig_of_kwalificatieplichtig_op_peildatum", period)
        return (achttien <= laatste) | ((dag(period) <= laatste) & ~plichtig_nu)


class lening_vrijwillige_inburgeraar(Besluit):
    value_type = bool
    label = ("Niet inburgeringsplichtige EU-burger of familielid op wie het leenhoofdstuk op de peildatum van "
             "toepassing is")
    reference = _BI_6_1_GRONDSLAG
    documentation = _BI_6_1

    def formula_2022_01_01(persoon, period):
        zestien, pensioen = _bi_6_1_leeftijd(persoon, period)
        peildatum = dag(period)
        onder_a = ~(zestien > peildatum) & ~(pensioen <= peildatum)  # zonder geboortedatum: de proeven beslissen
        onder_d = ~persoon("leerplichtig_of_kwalificatieplichtig_op_peildatum", period)
        return persoon("lening_bi_6_1_persoon", period) & onder_a & onder_d


class lening_bi_6_1_aanspraak(Besluit):
    value_type = bool
    label = ("Heeft of had (mogelijk) aanspraak op de lening als persoon van Bi 6.1: de drie jaar na de verkrijging vallen "
             "deels tussen de 16e verjaardag en de pensioengerechtigde leeftijd, en hij was niet zeker tot en met de "
             "laatste van die dagen leerplichtig of kwalificatieplichtig")
    reference = [wet("Bi", "6.1"), wet("Bi", "6.3", 1)]
    documentation = """
        Bi art. 6.3 lid 1, tweede zin: "Een persoon als bedoeld in artikel 6.1 heeft aanspraak op de lening gedurende
        drie jaar nadat hij rechtmatig verblijf verkrijgt." Bi 6.1 onder a (zie lening_bi_6_1_persoon voor de hele
        tekst): 16 jaar of ouder en de pensioengerechtigde leeftijd nog niet bereikt, op de dag zelf (I56). Waar voor
        wie een persoon van Bi 6.1 is (lening_bi_6_1_persoon) en in die drie jaar een dag binnen die leeftijden heeft,
        ook vóór of na die dag: dan gelden leenrecht_einddatum en de terugbetaling (Bi 6.7 lid 4). Niet waar voor wie
        tot en met de laatste van die dagen zeker steeds leerplichtig of kwalificatieplichtig was (onder d, I67).
        """

    def formula_2022_01_01(persoon, period):
        zestien, pensioen = _bi_6_1_leeftijd(persoon, period)
        vanaf, einde = _bi_6_3_lid_1_tweede_zin(persoon, period)
        onder_a_ooit = ~(zestien > einde) & ~(pensioen <= vanaf)
        # onder d: wie op een peildatum op of na de laatste dag nog plichtig is, was het op elke dag ervoor (I67)
        laatste = persoon("lening_bi_6_1_laatste_dag", period)
        onder_d_nooit = (dag(period) >= laatste) & persoon("leerplichtig_of_kwalificatieplichtig_op_peildatum", period)
        return persoon("lening_bi_6_1_persoon", period) & onder_a_ooit & ~onder_d_nooit


class leenrecht_einddatum(Besluit):
    value_type = date
    label = "Laatste dag van de aanspraak op de lening"
    reference = [wet("Wi", "20", 2), wet("Bi", "6.1"), wet("Bi", "6.3", 1), wet("Wi", "24", 2), wet("Wi", "25", 2)]
    documentation = """
        Bi art. 6.3 lid 1: "De inburgeringsplichtige, bedoeld in artikel 19, van de wet heeft, behoudens het bepaalde
        in artikel 20, tweede lid, van de wet, aanspraak op de lening gedurende de termijn, bedoeld in artikel 11 van
        de wet, gedurende de verlengde termijn bedoeld in artikel 12, eerste lid, van de wet en gedurende de termijn,
        genoemd in de boetebeschikking, bedoeld in de artikelen 24, tweede lid, en 25, tweede lid, van de wet. Een
        persoon als bedoeld in artikel 6.1 heeft aanspraak op de lening gedurende drie jaar nadat hij rechtmatig
        verblijf verkrijgt."
        Wi art. 20 lid 2: "Aanspraak op een lening bestaat niet of niet langer voor: a. de inburgeringsplichtige die
        niet aan de inburgeringsplicht heeft voldaan binnen zes jaar na het verstrijken van de in artikel 11, eerste
        lid, bedoelde termijn, of de op grond van artikel 12 verlengde termijn; b. de persoon die niet langer
        inburgeringsplichtig is."
        Interpretatie (I18): de laatste dag van de (verlengde) termijn of, als die later ligt, van de nieuwe termijn
        in de laatste boetebeschikking van art. 24 of 25; nooit na de laatste dag van zes jaar die beginnen op de dag
        na de (verlengde) termijn (lid 2 a); wie aan de plicht heeft voldaan, is niet langer inburgeringsplichtig:
        de aanspraak eindigt op laatste_dag_inburgeringsplichtig, de dag van het voldoen (lid 2 b; zoals bij
        ontzorgen, I42). Een nieuwe termijn die pas begint (de dag na de bekendmaking) na die grens, geeft geen
        aanspraak: wie tussen de termijn en de nieuwe termijn voldoet, had haar het laatst op de laatste dag van de
        termijn. Voor een persoon van Bi 6.1
        de laatste dag van drie jaar die beginnen op de dag na de verkrijging van het verblijf (of de dag vóór de
        pensioengerechtigde leeftijd), als onder d daar zeker geldt; anders geen datum (I67,
        leenrecht_einddatum_niet_te_dateren).
        Na een tweede of latere boete (Wi 24 lid 3 of 4, ook via Wi 25 lid 2) kan de aanspraak zijn geëindigd in de
        nieuwe termijn van de boete ervoor, die de invoer niet noemt (alleen de laatste beschikking): die termijn
        verstreek vóór de laatste boete. Reikt wat wel bekend is niet tot de dag vóór die boete (of de grens van
        Wi 20 lid 2, als die eerder is), dan geen datum (leenrecht_einddatum_niet_te_dateren). Ook geen datum voor wie
        vrijgesteld of geheel ontheven werd nadat zijn termijn begon (I60, lening_na_ontheffing_niet_te_dateren).
        """

    def formula_2022_01_01(persoon, period):
        p = persoon.simulation.tax_benefit_system.parameters.lening
        art_19 = persoon("doelgroep", period) == Doelgroep.gezinsmigrant_of_overige_migrant
        termijn_einde = persoon("inburgeringstermijn_einddatum", period)
        wi_20_lid_2_a = laatste_dag_aanspraak(p, termijn_einde)
        wi_20_lid_2_b = persoon("laatste_dag_inburgeringsplichtig", period)
        wi_20_lid_2 = numpy.fmin(wi_20_lid_2_a, wi_20_lid_2_b)  # de laatste dag waarop aanspraak kan bestaan

        def in_nieuwe_termijn(artikel):
            """De laatste dag van aanspraak in de nieuwe termijn van de laatste boetebeschikking van `artikel`,
            als die termijn vóór de grens van Wi 20 lid 2 begint."""
            begin = begin_na_bekendmaking(als_datum(persoon(f"boete_art_{artikel}_bekendmaking_datum", period)))
            einde = persoon(f"nieuwe_termijn_art_{artikel}_einddatum", period)
            return numpy.where(begin <= wi_20_lid_2, numpy.minimum(einde, wi_20_lid_2), ONBEKEND)

        bi_6_3_lid_1 = numpy.fmax(numpy.minimum(termijn_einde, wi_20_lid_2),
                                  numpy.fmax(in_nieuwe_termijn("24"), in_nieuwe_termijn("25")))
        # na een tweede of latere boete van een artikel eindigde de nieuwe termijn van de boete ervoor vóór die boete
        # (Wi 24 lid 3 en 4: "na het verstrijken" ervan), dus ergens tussen dit en de dag ervoor (of de grens, als die
        # eerder is): de invoer noemt alleen de laatste beschikking
        wi_24_lid_3_onbekend = numpy.zeros(persoon.count, dtype=bool)
        for na_een_eerdere, bekendmaking in _boetes_na_een_eerdere(persoon, period):
            uiterlijk = numpy.minimum(plus_dagen(bekendmaking, -1), wi_20_lid_2)
            wi_24_lid_3_onbekend |= na_een_eerdere & (bi_6_3_lid_1 < uiterlijk)
        einde = numpy.where(bekend(termijn_einde) & ~wi_24_lid_3_onbekend, bi_6_3_lid_1, ONBEKEND)
        bi_6_1_onder_a = persoon("lening_bi_6_1_laatste_dag", period)
        bi_6_1_onder_d = persoon("lening_bi_6_1_onder_d_op_laatste_dag", period)
        return kies(
            [art_19 & persoon("plicht_te_voldoen", period), persoon("lening_bi_6_1_aanspraak", period)],
            [einde, numpy.where(bi_6_1_onder_d, bi_6_1_onder_a, ONBEKEND)],
            ONBEKEND,
        )


def _boetes_na_een_eerdere(persoon, period) -> list[tuple[numpy.ndarray, numpy.ndarray]]:
    """Per artikel (24, 25): of de laatste boetebeschikking op een eerdere volgt (de tweede of een latere: Wi 24 lid 3
    of 4, ook via Wi 25 lid 2; de nieuwe termijn van de boete ervoor noemt de invoer dan niet), en de dag van haar
    bekendmaking."""
    uit = []
    for artikel in ("24", "25"):
        bekendmaking = als_datum(persoon(f"boete_art_{artikel}_bekendmaking_datum", period))
        uit.append(((persoon(f"boete_art_{artikel}_aantal", period) >= 2) & bekend(bekendmaking), bekendmaking))
    return uit


class leenrecht_einddatum_niet_te_dateren(Besluit):
    value_type = bool
    label = ("De laatste dag van de aanspraak op de lening volgt niet uit de invoer: zij eindigde in een nieuwe termijn "
             "die de invoer niet noemt (na een tweede of latere boete, Wi 24 lid 3-4), met een vrijstelling of "
             "ontheffing na het begin van de termijn (I60), of voor een persoon van Bi 6.1 is onbekend of hij op zijn "
             "laatste dag leerplichtig of kwalificatieplichtig is (onder d, I67)")
    reference = [wet("Bi", "6.3", 1), wet("Wi", "24", 3), wet("Wi", "24", 4), wet("Wi", "25", 2), wet("Wi", "20", 2),
                 wet("Bi", "6.1")]
    documentation = """
        Bi art. 6.3 lid 1: aanspraak "gedurende de termijn, genoemd in de boetebeschikking, bedoeld in de artikelen
        24, tweede lid, en 25, tweede lid, van de wet". Wi 24 lid 3: "Het tweede lid is van overeenkomstige
        toepassing" (de tweede boete stelt weer een nieuwe termijn); lid 4 (de boetes daarna) stelt er geen.
        Waar voor een inburgeringsplichtige van Wi 19 de laatste beschikking een tweede of latere boete is, kan de
        aanspraak zijn geëindigd in de nieuwe termijn van de boete ervoor, die geen invoer is (zij verstreek vóór de
        laatste boete): geeft wat bekend is geen einde tot de dag vóór die boete, of de grens van Wi 20 lid 2 als die
        eerder is, dan heeft leenrecht_einddatum geen datum, en de beslis-API noemt hem onbepaald (niet "niet van
        toepassing"; publiek.NIET_TE_DATEREN). Evenzo voor wie vrijgesteld of geheel ontheven werd nadat zijn termijn
        begon (lening_na_ontheffing_niet_te_dateren, I60).
        Bi art. 6.1 onder d (geciteerd bij lening_bi_6_1_onder_d_op_laatste_dag) geldt op de dag zelf (I56). Voor een
        persoon van Bi 6.1 die op de laatste dag van zijn aanspraak nog geen 18 is: zegt het feit op de peildatum niet
        of onder d op die dag geldt (hij kan vóór die dag een startkwalificatie halen, of niet), dan geen datum (I67).
        """

    def formula_2022_01_01(persoon, period):
        art_19 = persoon("doelgroep", period) == Doelgroep.gezinsmigrant_of_overige_migrant
        termijn = bekend(persoon("inburgeringstermijn_einddatum", period))
        zonder_datum = ~bekend(persoon("leenrecht_einddatum", period))
        na_een_eerdere = numpy.logical_or.reduce([rijen for rijen, _ in _boetes_na_een_eerdere(persoon, period)])
        wi_24_lid_3_en_4 = art_19 & persoon("plicht_te_voldoen", period) & termijn & na_een_eerdere & zonder_datum
        bi_6_1 = persoon("lening_bi_6_1_aanspraak", period) & ~persoon("lening_bi_6_1_onder_d_op_laatste_dag", period)
        return wi_24_lid_3_en_4 | bi_6_1 | persoon("lening_na_ontheffing_niet_te_dateren", period)


class lening_na_ontheffing_niet_te_dateren(Besluit):
    value_type = bool
    label = ("Vrijgesteld of geheel ontheven nadat de inburgeringstermijn (Wi 19) begon: of en wanneer de aanspraak op "
             "de lening verviel, en dus wanneer de terugbetaling begint, volgt niet uit de invoer")
    reference = [wet("Wi", "20", 2), wet("Wi", "21", 1), wet("Wi", "21", 3), wet("Wi", "4", 1), wet("Wi", "5", 1),
                 wet("Wi", "5", 2), wet("Wi", "11", 2), wet("Bi", "6.3", 1)]
    documentation = """
        Bi art. 6.3 lid 1: de inburgeringsplichtige van Wi 19 heeft aanspraak op de lening "gedurende de termijn,
        bedoeld in artikel 11 van de wet"; Wi 11 lid 2: "De termijn vangt aan op de dag na die van dagtekening van
        het persoonlijk plan inburgering en participatie". Wi 21 lid 1: "De inburgeringsplichtige, de voormalige
        inburgeringsplichtige ... betaalt de lening ... terug"; lid 3: "De terugbetalingsperiode start zes maanden
        na: a. het voldoen aan de inburgeringsplicht; of b. het vervallen van de aanspraak op een lening, op grond
        van artikel 20, tweede lid." Wi 20 lid 2 onder b: aanspraak bestaat niet of niet langer voor "de persoon
        die niet langer inburgeringsplichtig is".
        Interpretatie (I60): wie op de peildatum vrijgesteld of geheel ontheven is (Wi 4, 5) maar wiens termijn al
        begon (de dag na het PIP, op of vóór de peildatum), kan tijdens de termijn aanspraak hebben gehad en moet
        dan terugbetalen. Wanneer de vrijstelling of ontheffing kwam, is geen invoer, en of zij de aanspraak doet
        vervallen op grond van Wi 20 lid 2 onder b ("niet langer inburgeringsplichtig") is een lezing die het pakket
        niet maakt (voor Pw 56a en Wi 13 blijft zo iemand inburgeringsplichtig). Daarom zijn leenrecht_einddatum en
        lening_terugbetaling_startdatum voor hem onbepaald, niet "niet van toepassing" (publiek.NIET_TE_DATEREN).
        Zonder PIP, of met een PIP waarna de termijn op de peildatum nog niet begon, was er geen termijn en dus geen
        aanspraak: niet van toepassing.
        """

    def formula_2022_01_01(persoon, period):
        art_19 = persoon("doelgroep", period) == Doelgroep.gezinsmigrant_of_overige_migrant
        wi_4_of_5 = persoon("inburgeringsplichtig", period) & ~persoon("plicht_te_voldoen", period)
        wi_11_lid_2 = termijn_aanvang(persoon("pip_datum", period))
        return art_19 & wi_4_of_5 & (wi_11_lid_2 <= dag(period))


class lening_terugbetaling_niet_te_dateren(Besluit):
    value_type = bool
    label = "De terugbetaling van de lening begint op een dag die niet uit de invoer volgt"
    reference = [wet("Bi", "6.7", 4), wet("Wi", "21", 3)]
    documentation = """
        Waar de terugbetaling begint op een dag die geen invoer geeft (publiek.NIET_TE_DATEREN): voor de persoon van
        Bi 6.1 na drie jaar sinds de verstrekking van de lening (Bi 6.7 lid 4; lening_bi_6_1_aanspraak), en voor wie
        vrijgesteld of geheel ontheven werd nadat de termijn begon (lening_na_ontheffing_niet_te_dateren, I60).
        """

    def formula_2022_01_01(persoon, period):
        bi_6_7_lid_4 = persoon("lening_bi_6_1_aanspraak", period)
        return bi_6_7_lid_4 | persoon("lening_na_ontheffing_niet_te_dateren", period)


class lening_maximum_bedrag(Besluit):
    value_type = float
    unit = "EUR"
    label = "Wettelijk maximum van de lening op de peildatum (euro; 0 buiten de aanspraak of het leenhoofdstuk)"
    reference = [wet("Wi", "19"), wet("Wi", "20", 1), wet("Wi", "20", 2), wet("Bi", "6.1"), wet("Bi", "6.2", 1),
                 wet("Bi", "6.2a", 2), wet("Bi", "6.3", 1)]
    documentation = """
        Wi art. 19: "Dit hoofdstuk is van toepassing op de inburgeringsplichtige die verblijf heeft op grond van een
        verblijfsvergunning regulier voor bepaalde tijd, met uitzondering van een inburgeringsplichtige als bedoeld
        in artikel 13, eerste lid, onderdeel b."
        Bi art. 6.2 lid 1: "Aan de inburgeringsplichtige kan, behoudens het bepaalde in artikel 20, tweede lid, van de
        wet op aanvraag een lening van ten hoogste € 10.000 worden verstrekt ten behoeve van de kosten voor: ..."
        Voor de persoon van Bi 6.1 geldt hetzelfde maximum: tot 2025-09-01 via art. 6.2 lid 1, daarna via
        art. 6.2a lid 2 ("een lening van ten hoogste € 10.000").
        Bi 6.3 lid 1: aanspraak "gedurende de termijn, bedoeld in artikel 11 van de wet, gedurende de verlengde
        termijn bedoeld in artikel 12, eerste lid, van de wet en gedurende de termijn, genoemd in de
        boetebeschikking". Interpretatie (I18): het maximum alleen op een peildatum binnen de (verlengde) termijn of
        binnen de nieuwe termijn van een art. 24- of 25-boetebeschikking (vanaf de dag na de bekendmaking), en niet
        na leenrecht_einddatum (Wi 20 lid 2 a en b); daarbuiten 0. Voor de persoon van Bi 6.1 ("gedurende drie jaar
        nadat hij rechtmatig verblijf verkrijgt") de drie jaar vanaf de dag na de verkrijging, zoals
        leenrecht_einddatum ze telt. Het inkomensafhankelijke bedrag van de Regeling
        inburgering 2021 is niet gemodelleerd.
        """

    def formula_2022_01_01(persoon, period, parameters):
        art_19 = persoon("doelgroep", period) == Doelgroep.gezinsmigrant_of_overige_migrant
        bi_6_1 = persoon("lening_vrijwillige_inburgeraar", period)
        peildatum = dag(period)
        in_termijn = ((persoon("inburgeringstermijn_startdatum", period) <= peildatum)
                      & (peildatum <= persoon("inburgeringstermijn_einddatum", period)))
        in_nieuwe_termijn = numpy.zeros(persoon.count, dtype=bool)
        for artikel in ("24", "25"):
            bekendmaking = als_datum(persoon(f"boete_art_{artikel}_bekendmaking_datum", period))
            einde = persoon(f"nieuwe_termijn_art_{artikel}_einddatum", period)
            in_nieuwe_termijn |= loopt_na_bekendmaking(bekendmaking, einde, peildatum)
        bi_6_3_lid_1 = art_19 & persoon("plicht_te_voldoen", period) & (in_termijn | in_nieuwe_termijn)
        vanaf, _ = _bi_6_3_lid_1_tweede_zin(persoon, period)
        bi_6_3_lid_1_tweede_zin = bi_6_1 & (vanaf <= peildatum)
        wi_20_lid_2 = peildatum <= persoon("leenrecht_einddatum", period)
        aanspraak = (bi_6_3_lid_1 | bi_6_3_lid_1_tweede_zin) & wi_20_lid_2
        return numpy.where(aanspraak, parameters(period).lening.maximum_bedrag, 0)


class lening_terugbetaling_startdatum(Besluit):
    value_type = date
    label = "Eerste dag van de terugbetaling van de lening, na de aanloopfase"
    reference = [wet("Wi", "21", 3), wet("Wi", "20", 2), wet("Bi", "6.7", 2), wet("Bi", "6.7", 3), wet("Bi", "6.7", 4)]
    documentation = """
        Wi art. 21 lid 3: "De terugbetalingsperiode start zes maanden na: a. het voldoen aan de inburgeringsplicht; of
        b. het vervallen van de aanspraak op een lening, op grond van artikel 20, tweede lid."
        Bi art. 6.7 lid 2: "De terugbetalingsperiode vangt aan op de eerste dag van de maand volgend op het in
        artikel 21, derde lid, onderdeel a of b, van de wet bedoelde tijdstip."
        Bi art. 6.7 lid 3: "Gedurende de in artikel 21, derde lid, aanhef, van de wet bedoelde aanloopfase van zes
        maanden bestaat geen verplichting tot terugbetaling, doch is wel rente verschuldigd over het bedrag van de
        lening."
        Interpretatie (I35): voor de inburgeringsplichtige van Wi 19. Het tijdstip is wat het eerst gebeurt: het
        voldoen (inburgeringsplicht_voldaan_datum D) of het vervallen op grond van Wi 20 lid 2 a (de dag na zes jaar
        na de (verlengde) termijn); wie pas na het vervallen voldoet, verschuift het niet. De aanloopfase begint op
        de eerste dag van de maand na dat tijdstip; deze datum is de dag na de zes maanden, dus altijd de eerste dag
        van een maand. Het einde van de termijn of van een nieuwe termijn (Bi 6.3) is geen vervallen "op grond van
        artikel 20, tweede lid". Zegt niet of er geleend is.
        Bi art. 6.7 lid 4: "In afwijking van het tweede lid, vangt de terugbetalingsperiode voor een persoon als bedoeld
        in artikel 6.1 aan zes maanden nadat drie jaar zijn verstreken sedert de verstrekking van de lening of, indien
        dat eerder is, zes maanden nadat het inburgeringsexamen is behaald." Niet gemodelleerd: de dag van verstrekking
        is geen invoer; de uitleg zegt dat de dag niet te dateren is. Evenzo voor wie vrijgesteld of geheel
        ontheven werd nadat zijn termijn begon (I60, lening_na_ontheffing_niet_te_dateren).
        """

    def formula_2022_01_01(persoon, period):
        p = persoon.simulation.tax_benefit_system.parameters.lening
        art_19 = persoon("doelgroep", period) == Doelgroep.gezinsmigrant_of_overige_migrant
        wi_21_lid_3_en_bi_6_7_lid_2_en_3 = terugbetaling_start(
            p, persoon("inburgeringsplicht_voldaan_datum", period), persoon("inburgeringstermijn_einddatum", period)
        )
        return numpy.where(art_19 & persoon("plicht_te_voldoen", period), wi_21_lid_3_en_bi_6_7_lid_2_en_3, ONBEKEND)
