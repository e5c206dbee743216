// Casus proberen and Vergelijken: one form (moved between the two views), the assessment, the
// time axis, the YAML test export, the share link and the baseline/reform comparison.
import { ApiFout, BESLUITEN, dienst, laadModel, leesGrondslag, trefwoord } from "./gegevens.js";
import { tijdas } from "./grafiek.js";
import { BESLUITGROEPEN, GROEPEN, LANDEN, OORDELEN, VOORBEELDEN } from "./i18n.js";
import {
  $, $$, citeer, datum, enumLabel, esc, geld, grondslagLinks, label, labelTaal, landNaam, staat, t, waardeHtml,
} from "./hulp.js";

let schema = null;           // properties of the Persoon schema (from /openapi.json)
let velden = [];             // [{naam, groep, soort: date|bool|int|num|enum|text, def}]
let hervormingen = [];
let formulier = null;
let laatste = null;          // {modus, verzoek, antwoord, basis?, hervorm?}
let markeer = new Set();     // decisions to highlight (from the explorer)
let inTest = null;           // decisions ticked for the YAML test (null = all determined)

const OPEN_GROEPEN = new Set(["persoon", "verblijf", "proces", "route"]);
const ENUM_BESLUITEN = ["reden_geen_inburgeringsplicht", "doelgroep", "vrijstellingsgrond"];

async function init() {
  if (formulier) return;
  const [openapi, lijst] = await Promise.all([dienst.openapi(), dienst.hervormingen().catch(() => [])]);
  hervormingen = lijst;
  const componenten = openapi.components.schemas;
  schema = Object.fromEntries(Object.entries(componenten.Persoon.properties)
    .map(([n, d]) => [n, inline(d, componenten)]));
  const gegroepeerd = new Set(GROEPEN.flatMap(([, n]) => n));
  const overig = Object.keys(schema).filter((n) => !gegroepeerd.has(n));
  const groepen = [...GROEPEN.map(([g, namen]) => [g, namen.filter((n) => n in schema)]), ["overig", overig]];
  velden = groepen.flatMap(([groep, namen]) => namen.map((naam) => ({ naam, groep, soort: soortVan(schema[naam]), def: schema[naam] })));
  for (const v of velden) staat.omschrijving[v.naam] = v.def.description || v.naam;
  staat.omschrijving.nationaliteit = schema.nationaliteit?.title || "Nationaliteit";  // a picker by name, not a code
  const enums = [...velden.filter((v) => v.soort === "enum").map((v) => v.naam), ...ENUM_BESLUITEN];
  const details = await Promise.all(enums.map((n) => dienst.variabele(n).catch(() => null)));
  details.forEach((d, i) => { if (d) staat.enumLabels[enums[i]] = d.possibleValues || {}; });
  for (const n of BESLUITEN) if (!staat.omschrijving[n]) staat.omschrijving[n] = null;
  await Promise.all(BESLUITEN.map((n) => dienst.variabele(n).then((d) => { staat.omschrijving[n] = d.description; }, () => {})));
  formulier = document.createElement("form");
  formulier.className = "formulier";
  formulier.id = "casusformulier";
  formulier.noValidate = true;
  formulier.addEventListener("submit", (e) => { e.preventDefault(); verstuur(); });
  formulier.addEventListener("input", (e) => {
    const veld = e.target.closest(".veld");
    if (veld) { veld.classList.remove("fout"); veld.querySelector(".foutmelding")?.remove(); }
    telIngevuld();
  });
  formulier.addEventListener("toggle", toonKeuzes, true);
  formulier.addEventListener("change", (e) => {
    if (e.target.id === "f-hervorming") toonWijziging();
    if (e.target.id === "f-wijziging-pad") stelWijzigingVoor();
  });
  tekenFormulier();
  laadModel().then((model) => {
    staat.model ??= model;
    staat.parametersVoorWijziging = [...model.parameters.values()]
      .filter((p) => Object.values(p.waarden).every((w) => typeof w === "number")).map((p) => p.naam).sort();
    const select = $("#f-wijziging-pad", formulier);
    if (select) {
      const gekozen = select.value;
      select.innerHTML = staat.parametersVoorWijziging.map((p) => `<option value="${esc(p)}">${esc(p)}</option>`).join("");
      if (gekozen) select.value = gekozen;
      if ($("#f-hervorming", formulier).value === "@eigen") stelWijzigingVoor(true);
    }
  }, () => {});
}

// An enum is a component its property refers to (a `$ref`, nullable as `anyOf` with null): inline for the form.
function inline(def, componenten) {
  const ref = [def, ...(def.anyOf || [])].find((d) => d.$ref);
  if (!ref) return def;
  const enumSchema = componenten[ref.$ref.split("/").pop()];
  return { ...def, type: [enumSchema.type, "null"], enum: [...enumSchema.enum, null] };
}

function soortVan(def) {
  const types = [].concat(def.type || (def.anyOf || []).map((a) => a.type)).filter((x) => x !== "null");
  if (def.enum) return "enum";
  if (def.format === "date") return "date";
  if (types.includes("boolean")) return "bool";
  if (types.includes("integer")) return "int";
  if (types.includes("number")) return "num";
  return "text";
}

// ---- form ----
function veldHtml(v) {
  const id = `f-${v.naam}`;
  const oordeel = OORDELEN.has(v.naam) ? ` <span class="badge oordeel">${esc(t("oordeel_hint"))}</span>` : "";
  const lbl = `<label for="${id}"><span lang="${labelTaal(v.naam)}">${esc(label(v.naam))}</span>${oordeel}<span class="naam">${esc(v.naam)}</span></label>`;
  let invoer;
  if (v.soort === "enum") {
    const leden = v.def.enum.filter((x) => x !== null);
    invoer = `<select id="${id}" name="${v.naam}"><option value="">${esc(t("niet_gegeven"))}</option>${leden.map((l) => `<option value="${esc(l)}">${esc(enumLabel(v.naam, l))}</option>`).join("")}</select>`;
  } else if (v.soort === "bool") {
    invoer = `<select id="${id}" name="${v.naam}"><option value="">${esc(t("niet_gegeven"))}</option><option value="true">${esc(t("ja"))}</option><option value="false">${esc(t("nee"))}</option></select>`;
  } else if (v.soort === "date") {
    invoer = `<input id="${id}" name="${v.naam}" type="date" min="1900-01-01" max="2100-12-31">`;
  } else if (v.soort === "int" || v.soort === "num") {
    const min = v.def.minimum ?? v.def.exclusiveMinimum ?? 0;
    const max = v.def.maximum !== undefined ? ` max="${v.def.maximum}"` : "";
    invoer = `<input id="${id}" name="${v.naam}" type="number" inputmode="${v.soort === "int" ? "numeric" : "decimal"}" min="${min}"${max} step="${v.soort === "int" ? 1 : 0.01}">`;
  } else if (v.naam === "nationaliteit") {
    invoer = `<select id="${id}" name="${v.naam}"><option value="">${esc(t("niet_gegeven"))}</option>${landOpties()}</select>`;
  } else {
    invoer = `<input id="${id}" name="${v.naam}" type="text" autocomplete="off">`;
  }
  const keuze = invoer.startsWith("<select") ? `<output class="keuze klein" for="${id}" hidden></output>` : "";
  return `<div class="veld" data-veld="${v.naam}">${lbl}${invoer}${keuze}</div>`;
}

// Countries by name in the page's language, the ISO 3166-1 alpha-2 code as the value.
function landOpties() {
  const namen = LANDEN.map((c) => [c, landNaam(c)]).sort((a, b) => a[1].localeCompare(b[1], staat.taal));
  return namen.map(([c, n]) => `<option value="${c}">${esc(n)}</option>`).join("");
}

function hervormingOpties(modus) {
  const opties = [];
  if (modus === "casus") opties.push(`<option value="">${esc(t("basis"))}</option>`);
  for (const h of hervormingen) opties.push(`<option value="${esc(h.naam)}">${esc(h.naam)}${h.omschrijving ? ` — ${esc(typeof h.omschrijving === "object" ? h.omschrijving[staat.taal] || h.omschrijving.nl : h.omschrijving)}` : ""}</option>`);
  opties.push(`<option value="@eigen">${esc(t("eigen_wijziging"))}</option>`);
  return opties.join("");
}

function tekenFormulier() {
  const oud = formulier.elements.peildatum ? leesFormulier() : null;
  const modus = formulier.dataset.modus || "casus";
  const groepen = [...new Set(velden.map((v) => v.groep))];
  const paramOpties = staat.parametersVoorWijziging || [];
  formulier.innerHTML = `
    <div class="voorbeelden"><span class="klein">${esc(t("voorbeelden"))}</span>${VOORBEELDEN.map((vb) => `<button type="button" data-voorbeeld="${vb.id}">${esc(vb[staat.taal])}</button>`).join("")}
      <button type="button" data-leeg>${esc(t("leegmaken"))}</button></div>
    <div class="kopregel">
      <div><label for="f-peildatum">${esc(t("peildatum"))}</label><input id="f-peildatum" name="peildatum" type="date" required min="1900-01-01" max="2100-12-31"></div>
      <div><label for="f-hervorming">${esc(t(modus === "vergelijk" ? "vergelijk_met" : "hervorming"))}</label><select id="f-hervorming" name="hervorming">${hervormingOpties(modus)}</select></div>
    </div>
    <fieldset id="wijziging" hidden><legend>${esc(t("eigen_wijziging"))}</legend>
      <div class="veld breed"><label for="f-wijziging-pad">${esc(t("wijziging_param"))}</label><select id="f-wijziging-pad">${paramOpties.map((p) => `<option value="${esc(p)}">${esc(p)}</option>`).join("")}</select><output class="keuze klein" for="f-wijziging-pad" hidden></output></div>
      <div class="veld"><label for="f-wijziging-datum">${esc(t("wijziging_datum"))}</label><input id="f-wijziging-datum" type="date" value="2022-01-01"></div>
      <div class="veld"><label for="f-wijziging-waarde">${esc(t("wijziging_waarde"))}</label><input id="f-wijziging-waarde" type="text" inputmode="decimal"></div>
    </fieldset>
    <p id="geen-hervormingen" class="klein" ${hervormingen.length ? "hidden" : ""}>${esc(t("geen_hervormingen"))}</p>
    ${groepen.map((g, i) => `<details class="groep" data-groep="${g}"${OPEN_GROEPEN.has(g) || velden.some((v) => v.groep === g && formulier.elements[v.naam]?.value) ? " open" : ""}><summary>${esc(t(`groep_${g}`))} <span class="klein teller"></span></summary>
      ${velden.filter((v) => v.groep === g).map(veldHtml).join("")}</details>`).join("")}
    <div class="plakbalk knoppen"><button type="submit" class="knop">${esc(t(modus === "vergelijk" ? "vergelijk" : "bereken"))}</button></div>`;
  formulier.querySelector(".voorbeelden").addEventListener("click", (e) => {
    const knop = e.target.closest("button");
    if (!knop) return;
    if (knop.dataset.leeg !== undefined) { vulFormulier({ peildatum: $("#f-peildatum", formulier).value, persoon: {} }); return; }
    const vb = VOORBEELDEN.find((x) => x.id === knop.dataset.voorbeeld);
    vulFormulier({ peildatum: vb.peildatum, persoon: vb.persoon, hervorming: $("#f-hervorming", formulier).value });
    verstuur();
  });
  if (oud) vulFormulier(oud);
  else $("#f-peildatum", formulier).value = new Date().toISOString().slice(0, 10);
  if (modus === "vergelijk" && !$("#f-hervorming", formulier).value) $("#f-hervorming", formulier).selectedIndex = 0;
  toonWijziging();
  telIngevuld();
}

function toonWijziging() {
  const eigen = $("#f-hervorming", formulier).value === "@eigen";
  $("#wijziging", formulier).hidden = !eigen;
  toonKeuzes();
  if (eigen) stelWijzigingVoor(true);
}

function stelWijzigingVoor(alleenLeeg = false) {
  const pad = $("#f-wijziging-pad", formulier).value;
  const p = staat.model?.parameters.get(pad);
  const waarde = $("#f-wijziging-waarde", formulier);
  if (!p || (alleenLeeg && waarde.value)) return;
  const laatsteWaarde = Object.entries(p.waarden).sort((a, b) => b[0].localeCompare(a[0]))[0]?.[1];
  waarde.value = typeof laatsteWaarde === "number" ? String(laatsteWaarde) : "";
}

// A closed select shows only what fits; a chosen label that is cut off is shown whole below it.
const meetlat = document.createElement("canvas").getContext("2d");
function toonKeuzes() {
  for (const uit of $$("output.keuze", formulier)) {
    const select = uit.previousElementSibling;
    const tekst = select.value ? select.selectedOptions[0].text : "";
    const stijl = getComputedStyle(select);
    meetlat.font = stijl.font;
    const ruimte = select.clientWidth - parseFloat(stijl.paddingLeft) - parseFloat(stijl.paddingRight) - 24;
    uit.textContent = tekst && meetlat.measureText(tekst).width > ruimte ? tekst : "";
    uit.hidden = !uit.textContent;
  }
}

function telIngevuld() {
  toonKeuzes();
  for (const d of $$("details.groep", formulier)) {
    const n = $$("input, select", d).filter((el) => el.value !== "").length;
    $(".teller", d).textContent = t("ingevuld", n) ? `(${t("ingevuld", n)})` : "";
    for (const veld of $$(".veld", d)) veld.classList.toggle("ingevuld", $("input, select", veld).value !== "");
  }
}

function leesFormulier() {
  const persoon = {};
  for (const v of velden) {
    const el = formulier.elements[v.naam];
    if (!el || el.value === "") continue;
    const w = el.value.trim();
    if (v.soort === "bool") persoon[v.naam] = w === "true";
    else if (v.soort === "int") persoon[v.naam] = /^-?\d+$/.test(w) ? Number(w) : w;
    else if (v.soort === "num") persoon[v.naam] = w !== "" && !Number.isNaN(Number(w)) ? Number(w) : w;
    else if (v.naam === "nationaliteit") persoon[v.naam] = w.toUpperCase();
    else persoon[v.naam] = w;
  }
  const staatFormulier = { peildatum: formulier.elements.peildatum.value, persoon, hervorming: formulier.elements.hervorming.value };
  if (staatFormulier.hervorming === "@eigen") {
    staatFormulier.wijziging = {
      pad: $("#f-wijziging-pad", formulier).value,
      datum: $("#f-wijziging-datum", formulier).value,
      waarde: $("#f-wijziging-waarde", formulier).value.trim(),
    };
  }
  return staatFormulier;
}

function vulFormulier({ peildatum, persoon = {}, hervorming, wijziging }) {
  if (peildatum) formulier.elements.peildatum.value = peildatum;
  for (const v of velden) {
    const el = formulier.elements[v.naam];
    const w = persoon[v.naam] === undefined || persoon[v.naam] === null ? "" : String(persoon[v.naam]);
    if (el.tagName === "SELECT" && w && ![...el.options].some((o) => o.value === w)) el.add(new Option(t("land_anders", w), w));
    el.value = w;
  }
  const select = formulier.elements.hervorming;
  if (hervorming !== undefined && [...select.options].some((o) => o.value === hervorming)) select.value = hervorming;
  if (wijziging) {
    const padSelect = $("#f-wijziging-pad", formulier);
    if (![...padSelect.options].some((o) => o.value === wijziging.pad)) padSelect.add(new Option(wijziging.pad, wijziging.pad));
    padSelect.value = wijziging.pad;
    $("#f-wijziging-datum", formulier).value = wijziging.datum;
    $("#f-wijziging-waarde", formulier).value = wijziging.waarde;
  }
  $$(".veld.fout", formulier).forEach((el) => { el.classList.remove("fout"); el.querySelector(".foutmelding")?.remove(); });
  for (const d of $$("details.groep", formulier)) if ($$("input, select", d).some((el) => el.value !== "")) d.open = true;
  toonWijziging();
  telIngevuld();
}

// reform: a name, or inline data {"parameters": {path: {date: value}}}
function hervormingVan(f) {
  if (f.hervorming === "@eigen") {
    const w = f.wijziging;
    const getal = Number(w.waarde.replace(",", "."));
    return { parameters: { [w.pad]: { [w.datum]: w.waarde !== "" && !Number.isNaN(getal) ? getal : w.waarde } } };
  }
  return f.hervorming || null;
}
function hervormingNaam(f) {
  if (f.hervorming === "@eigen") return `${f.wijziging.pad} = ${f.wijziging.waarde} (${f.wijziging.datum})`;
  return f.hervorming || "";
}

// ---- URL hash state ----
export function naarHash(f, modus) {
  const q = new URLSearchParams();
  q.set("peildatum", f.peildatum);
  if (f.hervorming) q.set("hervorming", f.hervorming);
  if (f.wijziging) q.set("wijziging", `${f.wijziging.pad}|${f.wijziging.datum}|${f.wijziging.waarde}`);
  for (const [k, w] of Object.entries(f.persoon)) q.set(k, String(w));
  return `#/${modus}?${q.toString()}`;
}

function vanQuery(q) {
  const persoon = {};
  for (const v of velden) {
    if (!q.has(v.naam)) continue;
    const w = q.get(v.naam);
    persoon[v.naam] = v.soort === "bool" ? String(w === "true") : w;
  }
  const f = { peildatum: q.get("peildatum") || undefined, persoon, hervorming: q.get("hervorming") ?? "" };
  if (q.has("wijziging")) {
    const [pad, d, waarde] = q.get("wijziging").split("|");
    f.wijziging = { pad, datum: d, waarde: waarde ?? "" };
  }
  return f;
}

// ---- views ----
export async function toonCasus(modus, query) {
  const plek = $(`#formplek-${modus}`);
  const uit = modus === "casus" ? $("#uitkomst") : $("#vergelijking");
  if (!formulier) {
    uit.innerHTML = `<p class="laden">${esc(t("laden"))}</p>`;
    await init();
  }
  if (formulier.dataset.modus !== modus) {
    formulier.dataset.modus = modus;
    plek.append(formulier);
    tekenFormulier();
  }
  const q = new URLSearchParams(query || "");
  markeer = new Set((q.get("toon") || "").split(",").filter(Boolean));
  const heeftCasus = q.has("peildatum");
  if (heeftCasus) {
    vulFormulier(vanQuery(q));
    history.replaceState(null, "", `#/${modus}`);  // a shared link's data leaves the address bar once read
  }
  if (q.get("veld")) {
    const veld = formulier.querySelector(`[data-veld="${CSS.escape(q.get("veld"))}"]`);
    if (veld) {
      veld.closest("details").open = true;
      veld.classList.add("gemarkeerd");
      $("input, select", veld).focus();
    }
  }
  if (heeftCasus) await verstuur({ hashBijwerken: false });
  else if (!laatste || laatste.modus !== modus) uit.innerHTML = `<p class="leeg">${esc(t(modus === "casus" ? "start_casus" : "start_vergelijk"))}</p>`;
  else herteken();
}

export function hertekenTaal() {
  if (!formulier) return;
  tekenFormulier();
  if (laatste) verstuur({ hashBijwerken: false, focus: false });
}

function herteken() {
  if (!laatste) return;
  if (laatste.modus === "casus") tekenUitkomst();
  else tekenVergelijking();
}

async function verstuur({ hashBijwerken = true, focus = true } = {}) {
  const modus = formulier.dataset.modus;
  const uit = modus === "casus" ? $("#uitkomst") : $("#vergelijking");
  const f = leesFormulier();
  if (!f.peildatum) {
    toonFouten(uit, { fouten: [{ pad: "/peildatum", nl: "Kies een peildatum", en: "Choose a reference date" }] });
    return;
  }
  if (modus === "vergelijk" && !f.hervorming) {
    uit.innerHTML = `<p class="melding let">${esc(t("kies_hervorming"))}</p>`;
    return;
  }
  // The address bar and the history never hold the person's data; only the share link asked for does.
  if (hashBijwerken) history.replaceState(null, "", `#/${modus}`);
  uit.setAttribute("aria-busy", "true");
  uit.insertAdjacentHTML("afterbegin", `<p class="laden" role="status">${esc(t("bezig"))}</p>`);
  const hervorming = hervormingVan(f);
  try {
    if (modus === "casus") {
      const verzoek = { peildatum: f.peildatum, persoon: f.persoon, ...(hervorming ? { hervorming } : {}) };
      const antwoord = await dienst.beoordeling(verzoek, staat.taal);
      if (!laatste || laatste.modus !== "casus" || JSON.stringify(laatste.verzoek) !== JSON.stringify(verzoek)) inTest = null;
      laatste = { modus, f, verzoek, antwoord };
      tekenUitkomst();
    } else {
      const basisVerzoek = { peildatum: f.peildatum, persoon: f.persoon };
      const [basis, hervorm] = await Promise.all([
        dienst.beoordeling(basisVerzoek, staat.taal),
        dienst.beoordeling({ ...basisVerzoek, hervorming }, staat.taal),
      ]);
      laatste = { modus, f, basis, hervorm };
      tekenVergelijking();
    }
    if (focus) uit.focus({ preventScroll: true });
  } catch (fout) {
    laatste = null;
    if (fout instanceof ApiFout) toonFouten(uit, fout.body || { detail: fout.message });
    else uit.innerHTML = `<div class="melding fout" role="alert"><strong>${esc(t("fout_netwerk"))}</strong><p>${esc(fout.message)}</p></div>`;
  } finally {
    uit.removeAttribute("aria-busy");
  }
}

function toonFouten(uit, probleem) {
  const fouten = probleem.fouten || [];
  for (const fout of fouten) {
    const m = /^\/persoon\/([a-z0-9_]+)/.exec(fout.pad || "") || /^\/(peildatum)$/.exec(fout.pad || "");
    const veld = m && (formulier.querySelector(`[data-veld="${m[1]}"]`) || $(`#f-${m[1]}`, formulier)?.parentElement);
    if (veld) {
      veld.classList.add("fout");
      veld.closest("details")?.setAttribute("open", "");
      veld.querySelector(".foutmelding")?.remove();
      veld.insertAdjacentHTML("beforeend", `<span class="foutmelding">${esc(fout[staat.taal] || fout.nl)}${fout.toegestaan ? ` (${esc(fout.toegestaan)})` : ""}</span>`);
    }
  }
  uit.innerHTML = `<div class="melding fout" role="alert"><strong>${esc(t("fout_invoer"))}</strong>`
    + `<ul>${(fouten.length ? fouten : [{ pad: "", nl: probleem.detail, en: probleem.detail }]).map((f) =>
      `<li><code>${esc(f.pad || "")}</code> ${esc(f[staat.taal] || f.nl || "")}${f.toegestaan ? ` — ${esc(f.toegestaan)}` : ""}</li>`).join("")}</ul></div>`;
}

// ---- result of one case ----
function kaart(kop, waarde, klasse = "") {
  return `<div class="kaart ${klasse}"><span class="kl">${esc(kop)}</span><span class="kw">${waarde}</span></div>`;
}

function groepsKop(namen) { return namen[staat.taal] || namen.nl; }

function tekenUitkomst() {
  const { antwoord: a, f } = laatste;
  const b = a.besluiten;
  const uit = $("#uitkomst");
  const r = redenen(a);
  const toekomst = (a.tijdlijn || []).filter((g) => g.soort !== "feit" && g.datum >= f.peildatum);
  let html = `<h3 id="kop-samenvatting">${esc(t("samenvatting"))}</h3><div class="samenvatting">`
    + kaart(t("plichtig"), waardeHtml("inburgeringsplichtig", b.inburgeringsplichtig, r.inburgeringsplichtig), b.inburgeringsplichtig ? "ja" : b.inburgeringsplichtig === null ? "let" : "nee")
    + kaart(b.inburgeringsplichtig === false ? label("reden_geen_inburgeringsplicht") : t("doelgroep_kort"),
      b.inburgeringsplichtig === false ? waardeHtml("reden_geen_inburgeringsplicht", b.reden_geen_inburgeringsplicht, r.reden_geen_inburgeringsplicht)
        : waardeHtml("doelgroep", b.doelgroep, r.doelgroep), b.doelgroep === null && r.doelgroep ? "let" : "")
    + (b.pip_uiterste_datum ? kaart(t("pip_uiterst"), waardeHtml("pip_uiterste_datum", b.pip_uiterste_datum)) : "")
    + (b.inburgeringstermijn_einddatum ? kaart(t("termijn_eind"), waardeHtml("inburgeringstermijn_einddatum", b.inburgeringstermijn_einddatum)) : "")
    + (toekomst[0] ? kaart(`${t("eerstvolgend")}: ${tijdLabel(toekomst[0])}`, waardeHtml(toekomst[0].naam, toekomst[0].datum), "let") : "")
    + "</div>";
  html += meldingen(a);
  html += `<h3>${esc(t("tijdlijn"))}</h3>${tijdlijnHtml(a.tijdlijn, f.peildatum)}`;
  html += `<h3>${esc(t("besluiten"))}</h3>${besluitenTabel(a)}`;
  html += `<h3>${esc(t("boetes"))}</h3>${boetesHtml(a.boetes)}`;
  html += `<h3>${esc(t("ontvangstbewijs"))}</h3>${ontvangstHtml(a.ontvangstbewijs)}`;
  html += `<h3>${esc(t("delen"))}</h3>${deelHtml("casus")}`;
  html += `<h3 id="kop-yaml">${esc(t("yaml_titel"))}</h3><p class="klein">${esc(t("yaml_uitleg"))}</p>`
    + (f.hervorming ? `<p class="melding let">${esc(t("yaml_hervorming", hervormingNaam(f)))}</p>` : "")
    + `<div class="veld breed"><label for="yaml-naam">${esc(t("yaml_naam"))}</label><input id="yaml-naam" type="text" value="${esc(staat.yamlNaam || t("yaml_naam_standaard"))}"></div>`
    + `<label for="yaml" class="visually-hidden">YAML</label><textarea id="yaml" class="yaml" readonly spellcheck="false"></textarea>`
    + `<div class="knoppen"><button type="button" class="knop" data-kopieer="#yaml">${esc(t("kopieer"))}</button>`
    + `<button type="button" class="knop tweede" id="yaml-download">${esc(t("yaml_download"))}</button><span class="status" role="status"></span></div>`;
  uit.innerHTML = html;
  koppelUitkomst(uit);
  werkYamlBij();
  const eerste = markeer.size && uit.querySelector(`tr[data-besluit="${CSS.escape([...markeer][0])}"]`);
  if (eerste) eerste.scrollIntoView({ block: "center" });
}

function meldingen(a) {
  let html = "";
  if (a.ontbrekende_gegevens?.length) {
    html += `<div class="melding let" id="ontbrekend"><strong>${esc(t("ontbrekend"))}</strong> — ${esc(t("ontbrekend_uitleg"))}<ul>`
      + a.ontbrekende_gegevens.map((o) => `<li><a href="#f-${esc(o.invoer)}" data-naar-veld="${esc(o.invoer)}"><code>${esc(o.invoer)}</code></a> <span lang="${labelTaal(o.invoer)}">${esc(label(o.invoer))}</span>`
        + ` — ${esc(t("nodig_voor"))}: ${o.nodig_voor.map((n) => `<code>${esc(n)}</code>`).join(", ")}</li>`).join("") + "</ul></div>";
  }
  if (a.menselijk_oordeel_nodig?.length) {
    html += `<div class="melding info" id="oordeel"><strong>${esc(t("oordeel_nodig"))}</strong> — ${esc(t("oordeel_uitleg"))}<ul>`
      + a.menselijk_oordeel_nodig.map((o) => `<li><a href="#f-${esc(o.oordeel)}" data-naar-veld="${esc(o.oordeel)}"><code>${esc(o.oordeel)}</code></a> `
        + `<span lang="${labelTaal(o.oordeel)}">${esc(label(o.oordeel))}</span> (${esc(t("wie"))} ${esc(t(o.wie) || o.wie)})`
        + ` — ${esc(t("nodig_voor"))}: ${o.nodig_voor.map((n) => `<code>${esc(n)}</code>`).join(", ")}</li>`).join("") + "</ul></div>";
  }
  if (!html) html = `<p class="melding info">${esc(t("alles_bekend"))}</p>`;
  return html;
}

// Why a decision is null: {ontbreekt: [inputs], oordeel: [judgments]} when it is undetermined,
// {nogNiet: [events]} when it waits for an event; no entry when it does not apply. A per-decision
// `status` in the answer (with `wacht_op`) wins; otherwise the causes decide.
function redenen(a) {
  const r = {};
  const voeg = (soort, naam, n) => {
    r[n] ??= { ontbreekt: [], oordeel: [] };
    if (!r[n][soort].includes(naam)) r[n][soort].push(naam);
  };
  for (const o of a.ontbrekende_gegevens || []) for (const n of o.nodig_voor || []) voeg("ontbreekt", o.invoer, n);
  for (const o of a.menselijk_oordeel_nodig || []) for (const n of o.nodig_voor || []) voeg("oordeel", o.oordeel, n);
  for (const n of Object.keys(a.besluiten || {})) {
    const s = statusVan(a, n);
    if (s === "niet_van_toepassing") delete r[n];
    else if (s === "onbepaald") r[n] ??= { ontbreekt: [], oordeel: [] };
    else if (s === "nog_niet") r[n] = { nogNiet: a.wacht_op?.[n] || [] };
  }
  return r;
}

function statusVan(a, n) {
  let s = a.status?.[n] ?? a.besluiten_status?.[n] ?? a.toelichting?.[n]?.status;
  if (s && typeof s === "object") s = s.status ?? s.soort;
  if (typeof s !== "string") return null;
  if (/niet_van_toepassing|not_applicable/.test(s)) return "niet_van_toepassing";
  if (/nog_niet|not_yet/.test(s)) return "nog_niet";
  if (/onbepaald|ontbre|oordeel|undetermined|missing|judg/.test(s)) return "onbepaald";
  return null;
}

function besluitenTabel(a, vergelijk = null) {
  const r1 = redenen(a), r2 = vergelijk ? redenen(vergelijk) : {};
  let html = `<table class="besluiten${vergelijk ? " vergelijk" : ""}"><thead><tr><th scope="col">${esc(t("besluit"))}</th>`;
  html += vergelijk
    ? `<th scope="col">${esc(t("basis_kort"))}</th><th scope="col">${esc(t("hervorming_kort"))}</th>`
    : `<th scope="col">${esc(t("uitkomst"))}</th><th scope="col">${esc(t("in_test"))}</th>`;
  html += "</tr></thead><tbody>";
  for (const [, kop, namen] of BESLUITGROEPEN) {
    html += `<tr class="groep"><th colspan="3" scope="colgroup">${esc(groepsKop(kop))}</th></tr>`;
    for (const n of namen) {
      if (!(n in a.besluiten)) continue;
      const w = a.besluiten[n];
      const uitleg = a.toelichting?.[n];
      const waarom = uitleg ? `<details><summary>${esc(t("waarom"))}</summary><p class="uitleg" lang="${staat.taal}">${esc(uitleg.uitleg?.[staat.taal] || uitleg.uitleg?.nl || "")}</p>`
        + `<p class="bron">${grondslagLinks(uitleg.grondslag)}</p></details>` : "";
      const kopcel = `<td><span lang="${labelTaal(n)}">${esc(label(n))}</span><br><a class="klein" href="#/verkenner/variabele/${n}"><code>${esc(n)}</code></a>${waarom}</td>`;
      if (vergelijk) {
        const w2 = vergelijk.besluiten[n];
        const anders = JSON.stringify(w) !== JSON.stringify(w2);
        html += `<tr data-besluit="${n}"${anders ? ' class="anders"' : ""}>${kopcel}<td class="waarde">${waardeHtml(n, w, r1[n])}</td><td class="waarde">${anders ? `<strong>${waardeHtml(n, w2, r2[n])}</strong>` : waardeHtml(n, w2, r2[n])}</td></tr>`;
      } else {
        const aan = w !== null && (inTest ? inTest.has(n) : true);
        html += `<tr data-besluit="${n}"${markeer.has(n) ? ' class="anders"' : ""}>${kopcel}<td class="waarde">${waardeHtml(n, w, r1[n])}</td>`
          + `<td><input type="checkbox" class="in-test" data-naam="${n}" aria-label="${esc(t("in_test_aria", n))}"${aan ? " checked" : ""}${w === null ? " disabled" : ""}></td></tr>`;
      }
    }
  }
  return `${html}</tbody></table>`;
}

const KORT = {
  nl: {
    verblijf_verkregen_datum: "verblijf verkregen", kennisgeving_inburgeringsplicht_datum: "kennisgeving DUO",
    brp_inschrijving_datum: "inschrijving BRP", bijstand_recht_datum: "recht op bijstand", pip_datum: "PIP vastgesteld",
    pip_bekendmaking_datum: "PIP bekendgemaakt", maatschappelijke_begeleiding_startdatum: "start begeleiding",
    ontzorgen_startdatum: "start ontzorgen", ontzorgen_einddatum: "einde ontzorgen", pip_uiterste_datum: "PIP uiterlijk",
    pip_bezwaartermijn_einddatum: "bezwaar uiterlijk", inburgeringstermijn_startdatum: "start termijn",
    inburgeringstermijn_einddatum: "einde termijn", pvt_uiterste_datum: "PVT uiterlijk", map_uiterste_datum: "MAP uiterlijk",
    leerroute_wijziging_uiterste_datum: "route wijzigen uiterlijk", leenrecht_einddatum: "einde leenrecht",
    pvt_afgerond_datum: "PVT afgerond", map_afgerond_datum: "MAP afgerond", leerroute_behaald_datum: "route behaald",
    geboortedatum: "geboren",
  },
  en: {
    verblijf_verkregen_datum: "residence acquired", kennisgeving_inburgeringsplicht_datum: "DUO notification",
    brp_inschrijving_datum: "BRP registration", bijstand_recht_datum: "social assistance", pip_datum: "PIP adopted",
    pip_bekendmaking_datum: "PIP made known", maatschappelijke_begeleiding_startdatum: "guidance starts",
    ontzorgen_startdatum: "ontzorgen starts", ontzorgen_einddatum: "ontzorgen ends", pip_uiterste_datum: "PIP deadline",
    pip_bezwaartermijn_einddatum: "objection deadline", inburgeringstermijn_startdatum: "term starts",
    inburgeringstermijn_einddatum: "term ends", pvt_uiterste_datum: "PVT deadline", map_uiterste_datum: "MAP deadline",
    leerroute_wijziging_uiterste_datum: "route change deadline", leenrecht_einddatum: "loan entitlement ends",
    pvt_afgerond_datum: "PVT completed", map_afgerond_datum: "MAP completed", leerroute_behaald_datum: "route achieved",
    geboortedatum: "born",
  },
};
function tijdLabel(g) {
  return KORT[staat.taal][g.naam] || (g.omschrijving || g.naam).slice(0, 30);
}

function spannesVan(items, boven) {
  const d = Object.fromEntries(items.map((g) => [g.naam, g.datum]));
  const s = [];
  if (d.inburgeringstermijn_startdatum && d.inburgeringstermijn_einddatum) {
    s.push({ naam: "inburgeringstermijn", van: d.inburgeringstermijn_startdatum, tot: d.inburgeringstermijn_einddatum, label: staat.taal === "en" ? "integration term" : "inburgeringstermijn", rij: 0, boven });
  }
  if (d.ontzorgen_startdatum && d.ontzorgen_einddatum) {
    s.push({ naam: "ontzorgen", van: d.ontzorgen_startdatum, tot: d.ontzorgen_einddatum, label: "ontzorgen", rij: 1, kleur: "#e2bb7d", boven });
  }
  return s;
}

function tijdlijnHtml(tijdlijn, peildatum, andere = null) {
  if (!tijdlijn?.length && !andere?.length) return `<p class="leeg">${esc(t("tijdlijn_leeg"))}</p>`;
  const naarItems = (lijst, tegen) => lijst.map((g) => ({
    datum: g.datum, naam: g.naam, soort: g.soort, label: tijdLabel(g), titel: g.omschrijving,
    anders: tegen ? !tegen.some((x) => x.naam === g.naam && x.datum === g.datum) : false,
  }));
  const banen = andere
    ? [{ boven: true, items: naarItems(tijdlijn, andere) }, { boven: false, items: naarItems(andere, tijdlijn).filter((i) => i.anders) }]
    : [{ boven: true, items: naarItems(tijdlijn.filter((g) => g.soort !== "feit")) }, { boven: false, items: naarItems(tijdlijn.filter((g) => g.soort === "feit")) }];
  const svg = tijdas({
    banen, spannes: andere ? [] : spannesVan(tijdlijn, true), peildatum, peillabel: t("peildatum").toLowerCase(),
    opmaakDatum: datum, ariaLabel: t("tijdlijn_svg", banen.reduce((n, b) => n + b.items.length, 0)),
  });
  const legenda = andere
    ? `<p class="legenda">${esc(t("tijdlijn_verschil"))}</p>`
    : `<div class="legenda"><span style="--c:#4a5560">${esc(t("legenda_feit"))}</span><span style="--c:#154273">${esc(t("legenda_termijn"))}</span><span style="--c:#8a4b00">${esc(t("legenda_peil"))}</span></div>`;
  let tabel;
  if (andere) {
    const namen = [...new Set([...tijdlijn, ...andere].map((g) => g.naam))];
    const op = (lijst, n) => lijst.find((g) => g.naam === n)?.datum || null;
    tabel = `<table class="tijdtabel"><thead><tr><th>${esc(t("gebeurtenis"))}</th><th>${esc(t("basis_kort"))}</th><th>${esc(t("hervorming_kort"))}</th></tr></thead><tbody>`
      + namen.map((n) => {
        const d1 = op(tijdlijn, n), d2 = op(andere, n);
        const g = tijdlijn.find((x) => x.naam === n) || andere.find((x) => x.naam === n);
        return `<tr data-naam="${esc(n)}"${d1 !== d2 ? ' class="anders"' : ""}><td>${esc(g.omschrijving || n)}<br><code class="klein">${esc(n)}</code></td>`
          + `<td>${d1 ? `<time datetime="${d1}">${esc(datum(d1))}</time>` : "—"}</td><td>${d2 ? `<time datetime="${d2}">${esc(datum(d2))}</time>` : "—"}</td></tr>`;
      }).join("") + "</tbody></table>";
  } else {
    tabel = `<details><summary>${esc(t("tijdlijn"))}: ${esc(t("datum"))} / ${esc(t("gebeurtenis"))} / ${esc(t("grondslag"))}</summary><table class="tijdtabel"><thead><tr><th>${esc(t("datum"))}</th><th>${esc(t("gebeurtenis"))}</th><th>${esc(t("grondslag"))}</th></tr></thead><tbody>`
      + tijdlijn.map((g) => `<tr data-naam="${esc(g.naam)}"><td><time datetime="${g.datum}">${esc(datum(g.datum))}</time></td><td>${esc(g.omschrijving || g.naam)} <code class="klein">${esc(g.naam)}</code></td><td class="bron">${grondslagLinks(g.grondslag)}</td></tr>`).join("")
      + "</tbody></table></details>";
  }
  return `<figure class="tijdas" id="tijdas">${svg}</figure>${legenda}${tabel}`;
}

function boetesHtml(boetes) {
  const rijen = Object.entries(boetes || {});
  if (!rijen.length) return `<p class="leeg">${esc(t("geen"))}</p>`;
  return `<table class="boetes"><thead><tr><th>${esc(t("artikel"))}</th><th>${esc(t("bevoegd"))}</th><th class="num">${esc(t("bedrag"))}</th><th>${esc(t("voorwaarden"))}</th></tr></thead><tbody>`
    + rijen.map(([sleutel, b]) => `<tr data-boete="${esc(sleutel)}"><td>Wi art. ${esc(b.artikel)}<br><span class="bron">${grondslagLinks(b.grondslag)}</span></td>`
      + `<td class="bevoegd" data-bevoegd="${esc(b.bevoegd)}">${esc(t(b.bevoegd) || b.bevoegd)}</td>`
      + `<td class="num">${b.bedrag === null ? `<span class="onbepaald">${esc(t("onbepaald"))}</span>` : `${b.soort === "maximum" ? `${esc(t("maximum"))} ` : ""}${esc(geld(b.bedrag))}`}</td>`
      + `<td>${b.voorwaarden_vervuld === null ? "?" : esc(b.voorwaarden_vervuld ? t("ja") : t("nee"))}`
      + `<details><summary>${esc(t("waarom"))}</summary><p class="uitleg">${esc(b.uitleg?.[staat.taal] || b.uitleg?.nl || "")}</p></details></td></tr>`).join("")
    + "</tbody></table>";
}

// The receipt; beside another one (Vergelijken), the entries that differ are marked.
function ontvangstHtml(o, ander = null, id = "ontvangstbewijs") {
  if (!o) return "";
  return `<p class="klein">${esc(t("ontvangst_uitleg"))}</p><dl class="kenmerken ontvangst" id="${id}">`
    + Object.entries(o).map(([k, w]) => {
      const anders = ander && JSON.stringify(w) !== JSON.stringify(ander[k]) ? ' class="anders"' : "";
      return `<dt${anders}>${esc(k)}</dt><dd${anders}>${esc(w === null ? "—" : typeof w === "object" ? JSON.stringify(w) : w)}</dd>`;
    }).join("") + "</dl>";
}

function deelHtml(modus) {
  const link = `${location.origin}${location.pathname}${naarHash(laatste.f, modus)}`;
  return `<div class="deelregel"><label for="deellink-${modus}" class="visually-hidden">${esc(t("deellink"))}</label>`
    + `<input id="deellink-${modus}" class="deellink" type="text" readonly value="${esc(link)}">`
    + `<button type="button" class="knop tweede" data-kopieer="#deellink-${modus}">${esc(t("kopieer"))}</button></div><p class="status" role="status"></p>`;
}

const gekoppeld = new WeakSet();
function koppelUitkomst(uit) {
  if (gekoppeld.has(uit)) return;
  gekoppeld.add(uit);
  uit.addEventListener("click", async (e) => {
    const kopieer = e.target.closest("[data-kopieer]");
    if (kopieer) {
      const bron = $(kopieer.dataset.kopieer, uit);
      bron.select();
      try { await navigator.clipboard.writeText(bron.value); } catch { document.execCommand?.("copy"); }
      const status = kopieer.parentElement.querySelector(".status") || kopieer.parentElement.nextElementSibling;
      if (status) status.textContent = t("gekopieerd");
    }
    const naar = e.target.closest("[data-naar-veld]");
    if (naar) {
      e.preventDefault();
      const veld = formulier.querySelector(`[data-veld="${CSS.escape(naar.dataset.naarVeld)}"]`);
      if (veld) { veld.closest("details").open = true; $("input, select", veld).focus(); }
    }
    if (e.target.id === "yaml-download") {
      const blob = new Blob([$("#yaml", uit).value], { type: "application/x-yaml" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `casus_${laatste.f.peildatum}.yaml`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }
  });
  uit.addEventListener("change", (e) => {
    if (e.target.classList.contains("in-test")) {
      inTest = new Set($$(".in-test:checked", uit).map((el) => el.dataset.naam));
      werkYamlBij();
    }
  });
  uit.addEventListener("input", (e) => {
    if (e.target.id === "yaml-naam") { staat.yamlNaam = e.target.value; werkYamlBij(); }
  });
}

// ---- YAML test export (tests/yaml format, as `openfisca test` reads it) ----
function yamlWaarde(naam, w, soort) {
  if (typeof w === "boolean" || typeof w === "number") return String(w);
  if (soort === "date" || /^\d{4}-\d{2}-\d{2}$/.test(w)) return w;
  if (soort === "enum" || /^[a-z][a-z0-9_]*$/.test(w) && ENUM_LIKE.test(naam)) return w;
  return JSON.stringify(String(w));
}
const ENUM_LIKE = /^(verblijfsvergunning|verblijfsdoel|ontheffing|leerroute|verwijtbaarheid|reden_geen_inburgeringsplicht|doelgroep|vrijstellingsgrond)$/;

// Outcomes that only say a rule does not apply: pinned in the test, but they earn no keyword, so an
// exported case does not count as a test of every article it touches (docs/artikelindex.md).
const GEEN_UITKOMST = new Set([false, 0, "geen", "niet_van_toepassing"]);

export function maakYaml({ naam, f, antwoord, kiezen }) {
  const b = antwoord.besluiten;
  const uitvoer = BESLUITEN.filter((n) => n in b && b[n] !== null && (!kiezen || kiezen.has(n)));
  const r = redenen(antwoord);
  const onbepaald = BESLUITEN.filter((n) => n in b && b[n] === null && r[n] && !r[n].nogNiet);
  const nogNiet = BESLUITEN.filter((n) => n in b && b[n] === null && r[n]?.nogNiet);
  const nvt = BESLUITEN.filter((n) => n in b && b[n] === null && !r[n]);
  const trefwoorden = [];
  for (const n of uitvoer.filter((n) => !GEEN_UITKOMST.has(b[n]))) {
    for (const g of antwoord.toelichting?.[n]?.grondslag || []) {
      const gl = leesGrondslag(g.url);
      const w = gl.bwb && trefwoord(gl.bwb, gl.artikel);
      if (w && !trefwoorden.includes(w)) trefwoorden.push(w);
    }
  }
  const o = antwoord.ontvangstbewijs || {};
  const regels = [
    `# ${naam}`,
    `# Gemaakt met de webpagina van ${o.pakket || "inburgering-rules"} ${o.versie || ""} (regels ${String(o.regels_sha256 || "").slice(0, 12)}).`,
  ];
  if (f.hervorming) regels.push(`# Let op: berekend onder hervorming ${hervormingNaam(f)}.`);
  if (onbepaald.length) regels.push(`# Onbepaald (een gegeven of oordeel ontbreekt), niet in de test: ${onbepaald.join(", ")}.`);
  if (nogNiet.length) regels.push(`# Nog niet (wacht op een gebeurtenis), niet in de test: ${nogNiet.join(", ")}.`);
  if (nvt.length) regels.push(`# Niet van toepassing (geen waarde), niet in de test: ${nvt.join(", ")}.`);
  regels.push("", `- name: ${JSON.stringify(naam)}`);
  if (trefwoorden.length) regels.push("  # trefwoorden: de artikelen van de besluiten hieronder met een uitkomst (niet false, 0 of geen)", `  keywords: [${trefwoorden.join(", ")}]`);
  regels.push(`  period: ${f.peildatum}`);
  const invoer = velden.filter((v) => v.naam in f.persoon);
  regels.push(invoer.length ? "  input:" : "  input: {}");
  for (const v of invoer) regels.push(`    ${v.naam}: ${yamlWaarde(v.naam, f.persoon[v.naam], v.soort)}`);
  regels.push(uitvoer.length ? "  output:" : "  output: {}");
  for (const n of uitvoer) regels.push(`    ${n}: ${yamlWaarde(n, b[n])}`);
  return `${regels.join("\n")}\n`;
}

function werkYamlBij() {
  const veld = $("#yaml");
  if (!veld || !laatste || laatste.modus !== "casus") return;
  const naam = $("#yaml-naam").value.trim() || t("yaml_naam_standaard");
  veld.value = maakYaml({ naam, f: laatste.f, antwoord: laatste.antwoord, kiezen: inTest });
}

// ---- comparison ----
function tekenVergelijking() {
  const { basis, hervorm, f } = laatste;
  const uit = $("#vergelijking");
  // a value or a status that differs, as /v1/vergelijk lists them (a date no longer applicable, or now waiting)
  const verschillen = BESLUITEN.filter((n) => JSON.stringify(basis.besluiten[n]) !== JSON.stringify(hervorm.besluiten[n])
    || basis.status[n] !== hervorm.status[n]);
  let html = `<h3>${esc(t("hervorming_kort"))}: <code>${esc(hervormingNaam(f))}</code></h3>`;
  html += verschillen.length
    ? `<p class="melding let" id="verschillen" role="status"><strong>${esc(t("verschillen", verschillen.length))}</strong>: ${verschillen.map((n) => `<code>${esc(n)}</code>`).join(", ")}</p>`
    : `<p class="melding info" id="verschillen" role="status">${esc(t("geen_verschillen"))}</p>`;
  html += `<h3>${esc(t("tijdlijn"))}</h3>${tijdlijnHtml(basis.tijdlijn, f.peildatum, hervorm.tijdlijn)}`;
  html += `<h3>${esc(t("besluiten"))}</h3>${besluitenTabel(basis, hervorm)}`;
  html += `<h3>${esc(t("ontvangstbewijs"))}</h3><div class="kopregel"><div><h4>${esc(t("basis_kort"))}</h4>${ontvangstHtml(basis.ontvangstbewijs, hervorm.ontvangstbewijs, "ontvangst-basis")}</div>`
    + `<div><h4>${esc(t("hervorming_kort"))}</h4>${ontvangstHtml(hervorm.ontvangstbewijs, basis.ontvangstbewijs, "ontvangst-hervorming")}</div></div>`;
  html += `<h3>${esc(t("delen"))}</h3>${deelHtml("vergelijk")}`;
  html += `<div class="knoppen"><a class="knop tweede" href="${esc(naarHash({ ...f, hervorming: "", wijziging: undefined }, "casus"))}">${esc(t("naar_casus"))}</a></div>`;
  uit.innerHTML = html;
  koppelUitkomst(uit);
}

