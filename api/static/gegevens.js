// Data layer: calls to the service (same origin only) and the model of the law as code:
// variables, parameters, articles, and the dependency graph read from the formulas.
import { BESLUITGROEPEN, ENUM_EN, INSTRUMENTEN } from "./i18n.js";

export class ApiFout extends Error {
  constructor(status, body) {
    super(body?.detail || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

const cache = new Map();

// With API_TOKEN set on the service, the API answers 401 until the page sends the token: the page asks for it
// once, keeps it for this browser tab only (sessionStorage, never in a link) and sends it as a bearer token.
const TOKEN_SLEUTEL = "inburgering-rules-token";

function vraagToken() {
  const token = window.prompt(
    "Deze dienst vraagt een toegangstoken (API_TOKEN). / This service asks for an access token (API_TOKEN).", "");
  if (token) sessionStorage.setItem(TOKEN_SLEUTEL, token.trim());
  return Boolean(token);
}

export async function haal(pad, { methode = "GET", body, taal } = {}, opnieuw = true) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (taal) headers["Accept-Language"] = taal;
  const token = sessionStorage.getItem(TOKEN_SLEUTEL);
  if (token) headers.Authorization = `Bearer ${token}`;
  const antwoord = await fetch(pad, { method: methode, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (antwoord.status === 401 && opnieuw) {
    const nu = sessionStorage.getItem(TOKEN_SLEUTEL);
    if (nu && nu !== token) return haal(pad, { methode, body, taal }, false);  // another call asked already
    sessionStorage.removeItem(TOKEN_SLEUTEL);
    if (vraagToken()) return haal(pad, { methode, body, taal }, false);
  }
  let inhoud = null;
  try { inhoud = await antwoord.json(); } catch { inhoud = null; }
  if (!antwoord.ok) throw new ApiFout(antwoord.status, inhoud);
  return inhoud;
}

export function eenmaal(sleutel, maak) {
  if (!cache.has(sleutel)) {
    const belofte = maak();
    cache.set(sleutel, belofte);
    belofte.catch(() => cache.delete(sleutel));
  }
  return cache.get(sleutel);
}

export const dienst = {
  health: () => eenmaal("health", () => haal("/health")),
  openapi: () => eenmaal("openapi", () => haal("/openapi.json")),
  variabele: (naam) => eenmaal(`v:${naam}`, () => haal(`/variable/${encodeURIComponent(naam)}`)),
  parameter: (pad) => eenmaal(`p:${pad}`, () => haal(`/parameter/${pad.split(".").map(encodeURIComponent).join("/")}`)),
  hervormingen: () => eenmaal("hervormingen", () => haal("/v1/hervormingen").then(leesHervormingen, (fout) => {
    if (fout instanceof ApiFout && (fout.status === 404 || fout.status === 405)) return [];
    throw fout;
  })),
  // Every lid of the Wi, Bi, Pw and Atw per version: {afk: {artikel: {lid: [{van, tekst}]}}}
  // (tools/wettekst.py --json, from ../shared/law/text); only the article view loads it.
  wetteksten: () => eenmaal("wetteksten", () => haal("/wetteksten.json")),
  beoordeling: (verzoek, taal) => haal("/v1/beoordeling", { methode: "POST", body: verzoek, taal }),
};

// /v1/hervormingen: accept a list, {"hervormingen": [...]} or {name: {...}}; each item gets {naam, omschrijving, artikelen}.
function leesHervormingen(data) {
  let lijst = Array.isArray(data) ? data : Array.isArray(data?.hervormingen) ? data.hervormingen : null;
  if (!lijst && data && typeof data === "object") {
    const bron = data.hervormingen && typeof data.hervormingen === "object" ? data.hervormingen : data;
    lijst = Object.entries(bron).map(([naam, v]) => ({ naam, ...(typeof v === "object" ? v : { omschrijving: String(v) }) }));
  }
  return (lijst || []).map((h) => (typeof h === "string" ? { naam: h } : { ...h, naam: h.naam || h.name || h.id }))
    .filter((h) => h.naam);
}

export const BESLUITEN = BESLUITGROEPEN.flatMap(([, , namen]) => namen);
const BESLUITSET = new Set(BESLUITEN);
const JCI = /jci1\.3:c:(BWBR\d+)&artikel=([^&]+)(?:&lid=([^&]+))?/;

export function leesGrondslag(url) {
  const m = JCI.exec(url || "");
  if (!m) return { url, bwb: null, artikel: null, lid: null, instrument: null };
  return { url, bwb: m[1], artikel: decodeURIComponent(m[2]), lid: m[3] ? decodeURIComponent(m[3]) : null, instrument: INSTRUMENTEN[m[1]] || null };
}

export function artikelUrl(bwb, artikel) {
  return `https://wetten.overheid.nl/jci1.3:c:${bwb}&artikel=${artikel}`;
}

export function trefwoord(bwb, artikel) {
  const prefix = INSTRUMENTEN[bwb]?.trefwoord;
  return prefix ? prefix + artikel.replace(/[.:]/g, "_") : null;
}

// Natural order of article numbers: 3 < 4 < 13 < 54; 5.3 < 5.4 < 6.2 < 6.2a; 6:7 < 6:8.
export function artikelSleutel(a) {
  return (a.match(/\d+|[a-z]+/gi) || []).map((d) => (/\d/.test(d) ? d.padStart(6, "0") : d)).join(".");
}

const INSTRUMENTVOLGORDE = Object.keys(INSTRUMENTEN);

// Load every variable and parameter with details; build topics, articles and the dependency graph.
export function laadModel() {
  return eenmaal("model", async () => {
    const [lijstV, lijstP] = await Promise.all([haal("/variables"), haal("/parameters")]);
    const [details, pdetails] = await Promise.all([
      Promise.all(Object.keys(lijstV).map((n) => dienst.variabele(n))),
      Promise.all(Object.keys(lijstP).map((p) => dienst.parameter(p))),
    ]);
    return bouwModel(details, pdetails);
  });
}

function bouwModel(details, pdetails) {
  const variabelen = new Map();
  for (const d of details) {
    const onderwerp = /variables\/([^/]+)\//.exec(d.source || "")?.[1] || "overig";
    const formules = d.formulas || {};
    const soort = BESLUITSET.has(d.id) ? "besluit" : Object.keys(formules).length ? "tussenstap" : "invoer";
    variabelen.set(d.id, {
      soort, naam: d.id, oms: d.description || d.id, type: d.valueType, periode: d.definitionPeriod,
      standaard: d.defaultValue, bron: d.source, documentatie: d.documentation || "",
      grondslagen: (d.references || []).map(leesGrondslag), formules, waarden: d.possibleValues || null, onderwerp,
      gebruikt: new Set(), gebruiktDoor: new Set(), parameters: new Set(),
    });
  }
  const parameters = new Map();
  for (const p of pdetails) {
    const meta = p.metadata || {};
    parameters.set(p.id, {
      soort: "parameter", naam: p.id, oms: meta.label || p.description || p.id, omsEn: meta.label_en || null,
      eenheid: meta.unit || null, documentatie: p.documentation || "", bron: p.source,
      grondslagen: (meta.reference || []).map((r) => ({ ...leesGrondslag(r.href), titel: r.title })),
      waarden: p.values || {}, onderwerp: p.id.split(".")[0], gebruiktDoor: new Set(),
    });
  }
  // Dependencies: quoted variable names in each formula; parameters by their attribute name.
  const paramSleutels = [...parameters.keys()].map((pad) => {
    const delen = pad.split(".");
    let attribuut = delen.at(-1);
    if (delen.length >= 3 && attribuut in ENUM_EN) attribuut = delen.at(-2);
    return [pad, new RegExp(`\\.${attribuut}\\b`)];
  });
  for (const v of variabelen.values()) {
    for (const f of Object.values(v.formules)) {
      const code = f.content || "";
      for (const m of code.matchAll(/["']([a-z][a-z0-9_]*)["']/g)) {
        if (m[1] !== v.naam && variabelen.has(m[1])) v.gebruikt.add(m[1]);
      }
      for (const [pad, re] of paramSleutels) if (re.test(code)) v.parameters.add(pad);
    }
    for (const n of v.gebruikt) variabelen.get(n).gebruiktDoor.add(v.naam);
    for (const p of v.parameters) parameters.get(p).gebruiktDoor.add(v.naam);
  }
  // Articles.
  const artikelen = new Map();
  const voegToe = (g, item, soort) => {
    if (!g.bwb) return;
    const sleutel = `${g.bwb}|${g.artikel}`;
    if (!artikelen.has(sleutel)) {
      artikelen.set(sleutel, {
        sleutel, bwb: g.bwb, artikel: g.artikel, instrument: g.instrument, url: artikelUrl(g.bwb, g.artikel),
        trefwoord: trefwoord(g.bwb, g.artikel), variabelen: new Map(), parameters: new Map(),
      });
    }
    const a = artikelen.get(sleutel);
    const doel = soort === "parameter" ? a.parameters : a.variabelen;
    if (!doel.has(item)) doel.set(item, new Set());
    if (g.lid) doel.get(item).add(g.lid);
  };
  for (const v of variabelen.values()) for (const g of v.grondslagen) voegToe(g, v.naam, "variabele");
  for (const p of parameters.values()) for (const g of p.grondslagen) voegToe(g, p.naam, "parameter");
  const gesorteerd = [...artikelen.values()].sort((a, b) =>
    (INSTRUMENTVOLGORDE.indexOf(a.bwb) - INSTRUMENTVOLGORDE.indexOf(b.bwb))
    || artikelSleutel(a.artikel).localeCompare(artikelSleutel(b.artikel)));
  return { variabelen, parameters, artikelen: new Map(gesorteerd.map((a) => [a.sleutel, a])) };
}

// Transitive closure over the graph: facts behind a variable, or decisions a variable feeds.
export function feitenAchter(model, naam) {
  return sluiting(model, naam, (v) => v.gebruikt, (v) => v.soort === "invoer");
}
export function besluitenVoor(model, naam) {
  return sluiting(model, naam, (v) => v.gebruiktDoor, (v) => v.soort === "besluit");
}
export function besluitenVoorParameter(model, pad) {
  const uit = new Set();
  for (const n of model.parameters.get(pad)?.gebruiktDoor || []) {
    if (model.variabelen.get(n).soort === "besluit") uit.add(n);
    for (const b of besluitenVoor(model, n)) uit.add(b);
  }
  return [...uit].sort();
}
function sluiting(model, start, buren, telt) {
  const gezien = new Set([start]);
  const uit = new Set();
  const stapel = [start];
  while (stapel.length) {
    const v = model.variabelen.get(stapel.pop());
    for (const n of buren(v)) {
      if (gezien.has(n)) continue;
      gezien.add(n);
      if (telt(model.variabelen.get(n))) uit.add(n);
      stapel.push(n);
    }
  }
  return [...uit].sort();
}
