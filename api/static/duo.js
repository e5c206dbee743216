// Paste a DUO answer (JSON) above the case form and fill the form from it, via POST /v1/duo/invoer.
// Accepts the body of /v1/beoordeling/duo ({peildatum, persoon, duo}), its `duo` object, or one answer of
// a DUO API as DUO returns it (recognised by its fields). Kept apart from casus.js: it only sets the form's
// fields by name and lets the form's own listeners do the rest.
import { ApiFout, haal } from "./gegevens.js";
import { $, esc, staat } from "./hulp.js";

const TEKST = {
  nl: {
    kop: "DUO-antwoord plakken",
    uitleg: "Plak een antwoord van DUO's API's (JSON): één antwoord, het duo-object of een hele body. De velden die DUO kent worden ingevuld.",
    knop: "Vul het formulier",
    geen_json: "Dit is geen geldige JSON",
    onbekend: "Geen DUO-antwoord herkend",
    ingevuld: (n, namen) => `${n} velden ingevuld uit DUO: ${namen}`,
    niets: "DUO's antwoord vult geen velden van het formulier",
  },
  en: {
    kop: "Paste a DUO answer",
    uitleg: "Paste an answer of DUO's APIs (JSON): one answer, the duo object or a whole body. The fields DUO knows are filled in.",
    knop: "Fill the form",
    geen_json: "This is not valid JSON",
    onbekend: "No DUO answer recognised",
    ingevuld: (n, namen) => `${n} fields filled from DUO: ${namen}`,
    niets: "DUO's answer fills no field of the form",
  },
};
const tekst = (sleutel, ...args) => {
  const w = TEKST[staat.taal][sleutel];
  return typeof w === "function" ? w(...args) : w;
};

// Key of the `duo` object -> a field only that DUO answer has (a list answer: a field of its items).
const HERKENNING = [
  ["inburgeringsplicht", "indicatorInburgeringsplicht"], ["doelgroep", "indeling"],
  ["doelgroep", "gedetailleerdeDoelgroep"], ["inburgeringstermijn", "einddatum"], ["pip", "pip"],
  ["pvt", "datumOndertekeningPvt"], ["map", "datumEindgesprekMap"], ["vrijstellingen", "GeheleVrijstelling"],
  ["vrijstellingen", "TijdelijkeVrijstelling"], ["vrijstellingen", "GedeeltelijkeVrijstelling"],
  ["ontheffingen", "GeheleOntheffing"], ["ontheffingen", "GedeeltelijkeOntheffing"], ["boetes", "bedrag"],
  ["verlengingen", "beoordelingAanvraag"], ["gebeurtenissen", "gebeurtenisId"], ["examens", "examendatum"],
];
const SLEUTELS = new Set(HERKENNING.map(([k]) => k));
const LIJSTEN = new Set(["vrijstellingen", "ontheffingen", "boetes", "verlengingen", "gebeurtenissen", "examens"]);

// {peildatum?, persoon, duo} from what was pasted, or null.
export function leesPlaksel(data) {
  if (data && typeof data === "object" && !Array.isArray(data)) {
    if (data.duo && typeof data.duo === "object") return { peildatum: data.peildatum, persoon: data.persoon || {}, duo: data.duo };
    if (Object.keys(data).length && Object.keys(data).every((k) => SLEUTELS.has(k))) return { persoon: {}, duo: data };
  }
  const voorbeeld = Array.isArray(data) ? data[0] : data;
  if (!voorbeeld || typeof voorbeeld !== "object") return null;
  const gevonden = HERKENNING.find(([, veld]) => veld in voorbeeld);
  if (!gevonden) return null;
  return { persoon: {}, duo: { [gevonden[0]]: LIJSTEN.has(gevonden[0]) ? [].concat(data) : data } };
}

function vul(formulier, persoon) {
  const namen = [];
  for (const [naam, waarde] of Object.entries(persoon)) {
    const el = formulier.elements[naam];
    if (!el || waarde === null || waarde === undefined) continue;
    el.value = String(waarde);
    el.dispatchEvent(new Event("input", { bubbles: true }));
    const details = el.closest("details");
    if (details) details.open = true;
    namen.push(naam);
  }
  return namen;
}

function paneel() {
  const el = document.createElement("details");
  el.id = "duo-plakken";
  el.className = "groep";
  return el;
}

function teken(el) {
  el.innerHTML = `<summary>${esc(tekst("kop"))}</summary>
    <p class="klein" id="duo-uitleg">${esc(tekst("uitleg"))}</p>
    <textarea id="duo-json" rows="6" spellcheck="false" aria-describedby="duo-uitleg" style="width:100%;font-family:monospace"></textarea>
    <div class="knoppen"><button type="button" class="knop" id="duo-vul">${esc(tekst("knop"))}</button></div>
    <p id="duo-melding" class="klein" role="status" aria-live="polite"></p>`;
}

async function plak(el) {
  const melding = $("#duo-melding", el);
  const formulier = $("#casusformulier");
  melding.className = "klein";
  let data;
  try { data = JSON.parse($("#duo-json", el).value); } catch { melding.textContent = tekst("geen_json"); melding.classList.add("fout"); return; }
  const plaksel = leesPlaksel(data);
  if (!plaksel || !formulier) { melding.textContent = tekst("onbekend"); melding.classList.add("fout"); return; }
  const peildatum = plaksel.peildatum || formulier.elements.peildatum.value || new Date().toISOString().slice(0, 10);
  try {
    const antwoord = await haal("/v1/duo/invoer", { methode: "POST", body: { peildatum, duo: plaksel.duo }, taal: staat.taal });
    if (plaksel.peildatum) vul(formulier, { peildatum: plaksel.peildatum });
    const namen = vul(formulier, { ...plaksel.persoon, ...antwoord.persoon });
    const waarschuwingen = (antwoord.waarschuwingen || []).map((w) => w[staat.taal] || w.nl);
    melding.textContent = [namen.length ? tekst("ingevuld", namen.length, namen.join(", ")) : tekst("niets"),
      ...waarschuwingen].join(" ");
  } catch (fout) {
    const fouten = fout instanceof ApiFout ? fout.body?.fouten || [] : [];
    melding.textContent = fouten.map((f) => `${f.pad}: ${f[staat.taal] || f.nl}`).join("; ") || String(fout.message || fout);
    melding.classList.add("fout");
  }
}

function plaats() {
  const plek = $("#formplek-casus");
  if (!plek || !$("#casusformulier", plek) || $("#duo-plakken")) return;
  const el = paneel();
  teken(el);
  el.addEventListener("click", (e) => { if (e.target.id === "duo-vul") plak(el); });
  plek.prepend(el);
}

const plek = $("#formplek-casus");
if (plek) {
  new MutationObserver(plaats).observe(plek, { childList: true });
  plaats();
}
$("#taalknop")?.addEventListener("click", () => {
  const el = $("#duo-plakken");
  if (!el) return;
  const tekstVak = $("#duo-json", el).value;
  const open = el.open;
  teken(el);
  $("#duo-json", el).value = tekstVak;
  el.open = open;
});
