// Shared state and helpers: language, formatting, labels.
import { ENUM_EN, ENUM_EN_PER, INSTRUMENTEN, LABEL_EN, UI } from "./i18n.js";
import { esc } from "./grafiek.js";
import { leesGrondslag } from "./gegevens.js";

export { esc };

export const staat = {
  taal: (() => { try { return localStorage.getItem("taal") === "en" ? "en" : "nl"; } catch { return "nl"; } })(),
  model: null,          // law model (gegevens.laadModel), loaded after first paint
  enumLabels: {},       // variable -> {member: Dutch label}
  omschrijving: {},     // variable -> Dutch description (from the Persoon schema / variables)
};

export function t(sleutel, ...args) {
  const w = UI[staat.taal][sleutel] ?? UI.nl[sleutel] ?? sleutel;
  return typeof w === "function" ? w(...args) : w;
}

export function $(sel, root = document) { return root.querySelector(sel); }
export function $$(sel, root = document) { return [...root.querySelectorAll(sel)]; }

// Label of a variable in the current language; Dutch from the service, English from i18n.js.
export function label(naam) {
  if (staat.taal === "en" && LABEL_EN[naam]) return LABEL_EN[naam];
  return staat.omschrijving[naam] || staat.model?.variabelen.get(naam)?.oms || LABEL_EN[naam] || naam;
}
// True when the shown label is Dutch text although the page is in English (for lang attributes).
export function labelTaal(naam) {
  return staat.taal === "en" && !LABEL_EN[naam] ? "nl" : staat.taal;
}

export function enumLabel(variabele, lid) {
  if (lid === null || lid === undefined) return "";
  if (staat.taal === "en") return ENUM_EN_PER[`${variabele}.${lid}`] || ENUM_EN[lid] || lid;
  return staat.enumLabels[variabele]?.[lid] || staat.model?.variabelen.get(variabele)?.waarden?.[lid] || lid;
}

const locale = () => (staat.taal === "en" ? "en-GB" : "nl-NL");

export function datum(isoDatum) {
  if (!isoDatum) return "";
  const d = new Date(`${isoDatum}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDatum;
  return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(d);
}

export function geld(bedrag) {
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "EUR", minimumFractionDigits: Number.isInteger(bedrag) ? 0 : 2 }).format(bedrag);
}

export const isGeld = (naam) => /_bedrag$/.test(naam);

// A decision's value as HTML. A null is never one thing: `reden` (casus.js `redenen`) says why it is
// undetermined, {ontbreekt: [inputs], oordeel: [judgments]}, or waits, {nogNiet: [events]}, and the page
// names them; no reason means the decision does not apply to this person.
export function waardeHtml(naam, waarde, reden = null) {
  if (waarde === null || waarde === undefined) {
    if (!reden) return `<span class="nvt" data-status="niet_van_toepassing">${esc(t("geen_waarde"))}</span>`;
    const codes = (namen) => namen.map((n) => `<code>${esc(n)}</code>`).join(", ");
    if (reden.nogNiet) {
      const wacht = reden.nogNiet.length ? ` — ${esc(t("wacht_op"))}: ${codes(reden.nogNiet)}` : "";
      return `<span class="onbepaald" data-status="nog_niet">${esc(t("nog_niet"))}${wacht}</span>`;
    }
    const wat = [["ontbreekt", "ontbreekt_wat"], ["oordeel", "oordeel_wat"]].filter(([k]) => reden[k]?.length)
      .map(([k, s]) => `${esc(t(s))}: ${codes(reden[k])}`).join("; ");
    return `<span class="onbepaald" data-status="onbepaald">${esc(t("onbepaald_kort"))}${wat ? ` — ${wat}` : ""}</span>`;
  }
  if (typeof waarde === "boolean") return esc(waarde ? t("ja") : t("nee"));
  if (typeof waarde === "number") return esc(isGeld(naam) ? geld(waarde) : new Intl.NumberFormat(locale()).format(waarde));
  if (/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return `<time datetime="${esc(waarde)}">${esc(datum(waarde))}</time>`;
  return `${esc(enumLabel(naam, waarde))} <code class="klein">${esc(waarde)}</code>`;
}

// Documentation as paragraphs: the source wraps its lines at a width, so a line break only starts a
// new paragraph after a sentence end and before a capital, a list item or a citation.
export function alineas(tekst) {
  const uit = [];
  for (const regel of String(tekst || "").split("\n").map((r) => r.trim()).filter(Boolean)) {
    const vorige = uit.at(-1);
    if (vorige !== undefined && !(/[.:;"”)]$/.test(vorige) && /^([A-Z]|[a-z]\. |\d+° |[-•] )/.test(regel))) uit[uit.length - 1] = `${vorige} ${regel}`;
    else uit.push(regel);
  }
  return uit;
}

export function landNaam(code) {
  if (code === "XX") return t("staatloos");
  try {
    return new Intl.DisplayNames([staat.taal], { type: "region" }).of(code) || code;
  } catch { return code; }
}

export function waardeTekst(naam, waarde) {
  const div = document.createElement("div");
  div.innerHTML = waardeHtml(naam, waarde);
  return div.textContent.trim();
}

// Short citation: "Wi art. 5 lid 1" / "Bi art. 5.3 lid 1".
export function citeer(g) {
  if (!g) return "";
  if (!g.bwb && g.url) g = { ...leesGrondslag(g.url), ...g, lid: g.lid ?? leesGrondslag(g.url).lid };
  const afk = g.instrument?.afk || INSTRUMENTEN[g.bwb]?.afk || g.regeling || g.bwb || "";
  if (!g.artikel) return afk || g.url;
  const art = staat.taal === "en" ? "art." : "art.";
  const lid = g.lid ? (staat.taal === "en" ? `(${g.lid})` : ` lid ${g.lid}`) : "";
  return `${afk} ${art} ${g.artikel}${lid}`;
}

export function grondslagLinks(grondslagen) {
  return (grondslagen || []).map((g) => `<a href="${esc(g.url)}" target="_blank" rel="noopener noreferrer">${esc(citeer(g))}</a>`).join(", ");
}

export function instrumentNaam(bwb) {
  const i = INSTRUMENTEN[bwb];
  if (!i) return bwb;
  return staat.taal === "en" ? i.en : i.titel;
}
