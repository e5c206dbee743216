"""Wie inburgeringsplichtig is (Wi art. 3 en 54) en tot welke doelgroep hij behoort (Wi 13, 19)."""

import numpy

from inburgering_rules.datums import als_datum, dag, verjaardag
from inburgering_rules.enums import (
    VERGUNNING_ART_8_A,
    VERGUNNING_ART_8_C,
    Doelgroep,
    RedenGeenInburgeringsplicht,
    Verblijfsdoel,
    Verblijfsvergunning,
    indexen,
)
from inburgering_rules.geldend_recht import aantal_op, bevat, lijst_bevat_op
from inburgering_rules.instrumenten import wet
from inburgering_rules.kiezen import kies
from inburgering_rules.leeftijd import pensioengerechtigde_leeftijd_bereikt
from inburgering_rules.variabelen import Besluit

V = Verblijfsvergunning
R = RedenGeenInburgeringsplicht


class verblijf_art_8_a_of_c_op_peildatum(Besluit):
    value_type = bool
    label = "Heeft op de peildatum rechtmatig verblijf verkregen op grond van art. 8, onderdeel a of c, Vw 2000"
    reference = [wet("Wi", "3", 1), wet("Vw", "8")]
    documentation = """
        Wi art. 3 lid 1: "Inburgeringsplichtig is de vreemdeling, die rechtmatig verblijf verkrijgt in de zin van
        artikel 8, onderdelen a en c, van de Vreemdelingenwet 2000, ..."
        Vw 2000 art. 8 onder a: de verblijfsvergunning voor bepaalde tijd van artikel 14 (regulier); onder c: de
        verblijfsvergunning voor bepaalde tijd van artikel 28 (asiel). De vergunningen voor onbepaalde tijd zijn
        art. 8 onder b (artikel 20) en onder d (artikel 33) en doen de plicht niet ontstaan.
        """

    def formula_2022_01_01(persoon, period):
        vergunning = persoon("verblijfsvergunning", period)
        verkregen = als_datum(persoon("verblijf_verkregen_datum", period))
        art_8_a = vergunning == VERGUNNING_ART_8_A
        art_8_c = vergunning == VERGUNNING_ART_8_C
        return (art_8_a | art_8_c) & (verkregen <= dag(period))


class tijdelijk_verblijfsdoel(Besluit):
    value_type = bool
    label = "Verblijft voor een tijdelijk doel (Bi art. 2.2), volgens de lijst op de dag van verkrijging"
    reference = [wet("Wi", "3", 1), wet("Wi", "3", 5), wet("Bi", "2.2", 1), wet("Bi", "2.2", 2), wet("Bi", "2.2", 3)]
    documentation = """
        Bi art. 2.2 lid 1: "Het doel van het verblijf in Nederland van de houder van een verblijfsvergunning voor
        bepaalde tijd als bedoeld in artikel 14 van de Vreemdelingenwet 2000 is tijdelijk in de zin van artikel 3,
        eerste lid, onderdeel a, van de wet, indien die verblijfsvergunning is verleend onder een beperking verband
        houdend met: ..." (lijst in parameters/inburgeringsplicht/tijdelijke_verblijfsdoelen.yaml).
        Lid 2: een andere beperking die met toepassing van artikel 3.5, vierde lid, Vb 2000 als tijdelijk is bepaald.
        Lid 3: "Het doel van het verblijf van de houder van een verblijfsvergunning als bedoeld in artikel 8,
        onderdeel c, van de Vreemdelingenwet 2000 is niet tijdelijk in de zin van artikel 3, eerste lid, onderdeel a,
        van de wet."
        Interpretatie (I4, I5): de lijst zoals die gold op de dag waarop het verblijf is verkregen; een onbekend doel
        telt hier als niet tijdelijk, de beslis-API meldt het als ontbrekend gegeven.
        """

    def formula_2022_01_01(persoon, period, parameters):
        doel = persoon("verblijfsdoel", period)
        verkregen = als_datum(persoon("verblijf_verkregen_datum", period))
        lijst = persoon.simulation.tax_benefit_system.parameters.inburgeringsplicht.tijdelijke_verblijfsdoelen
        index = indexen(Verblijfsdoel)  # de lijst noemt namen, `doel` heeft indexen
        lid_1_en_2 = lijst_bevat_op(lijst, verkregen, doel, lambda namen: [index[naam] for naam in namen])
        lid_3_geen_asiel = persoon("verblijfsvergunning", period) == V.regulier_bepaalde_tijd
        return lid_1_en_2 & lid_3_geen_asiel


class leeftijdsgrenzen_art_3(Besluit):
    value_type = int
    label = "Leeftijd bij verkrijging van het verblijf: -1 jonger dan 16, 0 binnen de grenzen, 1 pensioengerechtigd"
    reference = [wet("Wi", "3", 1), wet("Wi", "3", 3), wet("AOW", "7a", 1)]
    documentation = """
        Wi art. 3 lid 1: "... die 16 jaar of ouder is en de pensioengerechtigde leeftijd, bedoeld in artikel 7a,
        eerste lid, van de Algemene Ouderdomswet, nog niet heeft bereikt, ..."
        Interpretatie (I1, I2): beide leeftijden gemeten op de dag waarop het verblijf is verkregen, de
        minimumleeftijd zoals de wet die op die dag stelde (Wi 3 lid 3: "De inburgeringsplicht ontstaat niet met
        terugwerkende kracht"; zoals de tijdelijke doelen, I5; een hervorming die de leeftijd later verhoogt, raakt
        een eerder verkregen verblijf niet). De
        pensioengerechtigde leeftijd is bereikt als de persoon in enig kalenderjaar tot en met die dag de leeftijd
        van dat jaar uit de AOW-tabel bereikte (AOW art. 7a lid 1, laatste zin: een latere verhoging geldt dan niet
        meer voor hem).
        """

    def formula_2022_01_01(persoon, period):
        geboren = als_datum(persoon("geboortedatum", period))
        verkregen = als_datum(persoon("verblijf_verkregen_datum", period))
        p = persoon.simulation.tax_benefit_system.parameters.inburgeringsplicht
        minimum = aantal_op(p.minimumleeftijd, verkregen)
        aow = p.pensioengerechtigde_leeftijd_maanden
        jonger_dan_16 = verjaardag(geboren, minimum) > verkregen
        pensioengerechtigd = pensioengerechtigde_leeftijd_bereikt(geboren, verkregen, aow)
        return numpy.where(jonger_dan_16, -1, numpy.where(pensioengerechtigd, 1, 0))


class reden_geen_inburgeringsplicht(Besluit):
    value_type = RedenGeenInburgeringsplicht.__base__
    possible_values = RedenGeenInburgeringsplicht
    default_value = R.verblijf_voor_inwerkingtreding
    label = "Reden waarom iemand niet inburgeringsplichtig is (de eerste die van toepassing is)"
    reference = [wet("Wi", "54", 1), wet("Wi", "3", 3), wet("Wi", "3", 2), wet("Wi", "3", 1), wet("Bi", "2.2", 1),
                 wet("Bi", "2.2", 2), wet("Bi", "2.2", 3),
                 wet("AOW", "7a", 1)]
    documentation = """
        Wi art. 54 lid 1: "De Wet inburgering wordt ingetrokken, met dien verstande dat zij van toepassing blijft op
        de personen op wie deze wet van toepassing was op de dag voorafgaand aan de inwerkingtreding van deze wet."
        Wi art. 3 lid 3: "De inburgeringsplicht ontstaat niet met terugwerkende kracht."
        Wi art. 3 lid 2: "In afwijking van het eerste lid is niet inburgeringsplichtig: a. de persoon die onderdaan
        is van een lidstaat van de Europese Unie, een andere staat die partij is bij de Overeenkomst betreffende de
        Europese Economische Ruimte of Zwitserland; b. het familielid van de persoon, bedoeld in onderdeel a, dat
        onderdaan is van een derde staat en dat ... gerechtigd is Nederland binnen te komen en er te verblijven;
        c. de vreemdeling die ingevolge de wetgeving van een lidstaat van de Europese Unie of een andere Staat die
        partij is bij de Overeenkomst betreffende de Europese Economische Ruimte heeft voldaan aan een
        inburgeringsvereiste om de status van langdurig ingezetene ... te verkrijgen; ..."
        Wi art. 3 lid 1: "Inburgeringsplichtig is de vreemdeling, die rechtmatig verblijf verkrijgt in de zin van
        artikel 8, onderdelen a en c, van de Vreemdelingenwet 2000, die 16 jaar of ouder is en de
        pensioengerechtigde leeftijd, bedoeld in artikel 7a, eerste lid, van de Algemene Ouderdomswet, nog niet heeft
        bereikt, en: a. anders dan voor een tijdelijk doel in Nederland verblijft; of b. geestelijke bedienaar is."
        Volgorde van de redenen: die van het contract. Art. 3 lid 2 onder d (verdragen) is geen invoer.
        Vóór de inwerkingtreding op 2022-01-01 (geen formule) is de reden verblijf_voor_inwerkingtreding: wie op die
        peildatum verblijf heeft, verkreeg het vóór 2022.
        """

    def formula_2022_01_01(persoon, period, parameters):
        p = parameters(period).inburgeringsplicht
        verkregen = als_datum(persoon("verblijf_verkregen_datum", period))
        art_54_lid_1 = persoon("inburgeringsplichtig_wi2013", period)
        art_3_lid_3 = verkregen < numpy.datetime64(p.inwerkingtreding_datum, "D")
        art_3_lid_2_a = bevat(persoon("nationaliteit", period), p.eu_eer_zwitserland)
        art_3_lid_2_b = persoon("familielid_eu_burger", period)
        art_3_lid_2_c = persoon("elders_ingeburgerd_langdurig_ingezetene", period)
        art_3_lid_1_verblijf = persoon("verblijf_art_8_a_of_c_op_peildatum", period)
        art_3_lid_1_b_geestelijk_bedienaar = persoon("verblijfsdoel", period) == Verblijfsdoel.geestelijk_bedienaar
        art_3_lid_1_a_tijdelijk = persoon("tijdelijk_verblijfsdoel", period) & ~art_3_lid_1_b_geestelijk_bedienaar
        leeftijd = persoon("leeftijdsgrenzen_art_3", period)
        return kies(
            [art_54_lid_1, art_3_lid_3, art_3_lid_2_a, art_3_lid_2_b, art_3_lid_2_c, ~art_3_lid_1_verblijf,
             art_3_lid_1_a_tijdelijk, leeftijd < 0, leeftijd > 0],
            [R.wet_inburgering_2013.index, R.verblijf_voor_inwerkingtreding.index, R.eu_eer_zwitserland.index,
             R.familielid_eu_burger.index, R.elders_ingeburgerd.index, R.geen_verblijf_art_8_a_of_c.index,
             R.tijdelijk_verblijfsdoel.index, R.jonger_dan_16.index, R.pensioengerechtigde_leeftijd.index],
            R.niet_van_toepassing.index,
        )


class inburgeringsplichtig(Besluit):
    value_type = bool
    label = "Inburgeringsplichtig op grond van de Wet inburgering 2021"
    reference = [wet("Wi", "3", 1), wet("Wi", "3", 2), wet("Wi", "3", 3), wet("Wi", "54", 1), wet("Bi", "2.2", 1),
                 wet("Bi", "2.2", 2), wet("Bi", "2.2", 3),
                 wet("AOW", "7a", 1)]
    documentation = """
        Wi art. 3 lid 1: "Inburgeringsplichtig is de vreemdeling, die rechtmatig verblijf verkrijgt in de zin van
        artikel 8, onderdelen a en c, van de Vreemdelingenwet 2000, die 16 jaar of ouder is en de
        pensioengerechtigde leeftijd, bedoeld in artikel 7a, eerste lid, van de Algemene Ouderdomswet, nog niet heeft
        bereikt, en:" — met de uitzonderingen van lid 2, lid 3 en art. 54 (zie reden_geen_inburgeringsplicht).
        Vóór 2022-01-01 gold de wet niet: dan is niemand op grond van deze wet inburgeringsplichtig.
        """

    def formula_2022_01_01(persoon, period):
        return persoon("reden_geen_inburgeringsplicht", period) == R.niet_van_toepassing


class doelgroep(Besluit):
    value_type = Doelgroep.__base__
    possible_values = Doelgroep
    default_value = Doelgroep.geen
    label = "Doelgroep: asielstatushouder (Wi 13 lid 1) of gezinsmigrant of overige migrant (Wi 19)"
    reference = [wet("Wi", "13", 1), wet("Wi", "19"), wet("Bi", "1.1")]
    documentation = """
        Wi art. 13 lid 1: "... de inburgeringsplichtige die rechtmatig verblijf heeft op grond van een:
        a. verblijfsvergunning asiel voor bepaalde tijd; of b. verblijfsvergunning regulier voor bepaalde tijd,
        verleend onder een beperking verband houdend met verblijf als familie- of gezinslid, voor verblijf bij een
        houder van een: ..." (asielvergunning of EU-verblijfsvergunning met aantekening internationale bescherming).
        Wi art. 19: "Dit hoofdstuk is van toepassing op de inburgeringsplichtige die verblijf heeft op grond van een
        verblijfsvergunning regulier voor bepaalde tijd, met uitzondering van een inburgeringsplichtige als bedoeld
        in artikel 13, eerste lid, onderdeel b."
        Bi art. 1.1 noemt de eerste groep asielstatushouders, de tweede gezinsmigranten en overige migranten.
        Omdat alleen verblijf op grond van art. 8 a of c Vw (vergunningen voor bepaalde tijd) de plicht doet
        ontstaan, valt iedere inburgeringsplichtige in precies een van beide groepen.
        """

    def formula_2022_01_01(persoon, period):
        plicht = persoon("inburgeringsplichtig", period)
        vergunning = persoon("verblijfsvergunning", period)
        regulier_bepaald = vergunning == V.regulier_bepaalde_tijd
        art_13_lid_1_a = vergunning == V.asiel_bepaalde_tijd
        art_13_lid_1_b = regulier_bepaald & (persoon("verblijfsdoel", period) == Verblijfsdoel.gezinslid_van_asielstatushouder)
        art_19 = regulier_bepaald & ~art_13_lid_1_b
        return kies(
            [plicht & (art_13_lid_1_a | art_13_lid_1_b), plicht & art_19],
            [Doelgroep.asielstatushouder.index, Doelgroep.gezinsmigrant_of_overige_migrant.index],
            Doelgroep.geen.index,
        )
