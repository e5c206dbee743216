// Wetsverkenner: search and browse every variable and parameter by topic or by article.
import { besluitenVoor, besluitenVoorParameter, dienst, feitenAchter, laadModel } from "./gegevens.js";
import { stapgrafiek } from "./grafiek.js";
import { LABEL_EN, OORDELEN, TOPICS } from "./i18n.js";
import { $, $$, alineas, citeer, datum, enumLabel, esc, grondslagLinks, instrumentNaam, label, labelTaal, staat, t } from "./hulp.js";

let huidig = null; // {soort, id}
let klaar = false;

export async function toonVerkenner(rest) {
  const [soort, ...delen] = rest;
  huidig = soort ? { soort, id: delen.map(decodeURIComponent).join("/") } : null;
  if (!klaar) {
    koppelFilters();
    klaar = true;
  }
  if (!staat.model) {
    $("#detail").innerHTML = `<p class="laden">${esc(t("laden"))}</p>`;
    staat.model = await laadModel();
  }
  if (huidig?.soort === "artikel" && !staat.wetteksten) staat.wetteksten = await dienst.wetteksten();
  tekenLijst();
  tekenDetail();
}

export function herteken() {
  if (!staat.model) return;
  tekenLijst();
  tekenDetail();
}

function koppelFilters() {
  $("#zoek").addEventListener("input", tekenLijst);
  for (const el of $$('input[name="ordening"], input[name="soort"]')) el.addEventListener("change", tekenLijst);
  $("#lijst").addEventListener("click", (e) => {
    if (e.target.closest("a[href^='#/verkenner/']")) requestAnimationFrame(() => $("#detail").focus({ preventScroll: true }));
  });
}

const normaal = (s) => String(s).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");

function zoekTekst(item) {
  const delen = [item.naam, item.oms, item.omsEn || "", LABEL_EN[item.naam] || "", item.documentatie];
  for (const g of item.grondslagen) delen.push(citeer(g), `art ${g.artikel}`, g.instrument?.titel || "");
  return normaal(delen.join(" "));
}

function treffer(item, termen) {
  if (!termen.length) return true;
  item._zoek ??= zoekTekst(item);
  return termen.every((term) => item._zoek.includes(term));
}

function onderwerpNaam(o) {
  return (TOPICS[o] || { nl: o, en: o })[staat.taal];
}

function itemLabel(item) {
  if (item.soort === "parameter") return staat.taal === "en" && item.omsEn ? item.omsEn : item.oms;
  return label(item.naam);
}

function itemHtml(item) {
  const href = item.soort === "parameter" ? `#/verkenner/parameter/${item.naam}` : `#/verkenner/variabele/${item.naam}`;
  const actief = huidig && huidig.id === item.naam && (huidig.soort === "parameter") === (item.soort === "parameter");
  const lt = item.soort === "parameter" ? (staat.taal === "en" && item.omsEn ? "en" : "nl") : labelTaal(item.naam);
  return `<li><a href="${href}"${actief ? ' aria-current="true"' : ""}><span class="naam">${esc(item.naam)}</span>`
    + `<span class="oms" lang="${lt}">${esc(itemLabel(item))}</span></a></li>`;
}

function tekenLijst() {
  const model = staat.model;
  if (!model) return;
  const termen = normaal($("#zoek").value).split(/\s+/).filter(Boolean);
  const soorten = new Set($$('input[name="soort"]:checked').map((el) => el.value));
  const ordening = $('input[name="ordening"]:checked').value;
  const alle = [...model.variabelen.values(), ...model.parameters.values()];
  const gekozen = alle.filter((i) => soorten.has(i.soort) && treffer(i, termen));
  const open = termen.length > 0;
  let html = "";
  if (ordening === "onderwerp") {
    const groepen = new Map(Object.keys(TOPICS).map((o) => [o, []]));
    for (const i of gekozen) {
      if (!groepen.has(i.onderwerp)) groepen.set(i.onderwerp, []);
      groepen.get(i.onderwerp).push(i);
    }
    const volgorde = { besluit: 0, tussenstap: 1, invoer: 2, parameter: 3 };
    for (const [o, items] of groepen) {
      if (!items.length) continue;
      items.sort((a, b) => volgorde[a.soort] - volgorde[b.soort] || a.naam.localeCompare(b.naam));
      const bevatHuidig = huidig && items.some((i) => i.naam === huidig.id);
      html += `<details${open || bevatHuidig ? " open" : ""}><summary>${esc(onderwerpNaam(o))} <span class="klein">(${items.length})</span></summary><ul>${items.map(itemHtml).join("")}</ul></details>`;
    }
  } else {
    const namen = new Set(gekozen.map((i) => i.naam));
    const perInstrument = new Map();
    for (const a of model.artikelen.values()) {
      const leden = [...a.variabelen.keys(), ...a.parameters.keys()].filter((n) => namen.has(n));
      const artikelTreft = termen.length && termen.every((term) => normaal(`art ${a.artikel} ${a.instrument?.afk || ""} ${a.instrument?.titel || ""} ${a.trefwoord || ""}`).includes(term));
      if (!leden.length && !artikelTreft) continue;
      if (!perInstrument.has(a.bwb)) perInstrument.set(a.bwb, []);
      perInstrument.get(a.bwb).push([a, leden.length || a.variabelen.size + a.parameters.size]);
    }
    for (const [bwb, lijst] of perInstrument) {
      const bevatHuidig = huidig?.soort === "artikel" && lijst.some(([a]) => artikelId(a) === huidig.id);
      html += `<details${open || bevatHuidig || bwb === "BWBR0044770" ? " open" : ""}><summary>${esc(instrumentNaam(bwb))} <span class="klein">(${lijst.length})</span></summary><ul>`
        + lijst.map(([a, n]) => `<li><a href="#/verkenner/artikel/${artikelId(a)}"${huidig?.soort === "artikel" && huidig.id === artikelId(a) ? ' aria-current="true"' : ""}><span class="naam">${esc(a.instrument?.afk || "")} art. ${esc(a.artikel)}</span><span class="oms">${n} × ${esc(t("soort_besluit"))}/${esc(t("soort_parameter"))}</span></a></li>`).join("")
        + "</ul></details>";
    }
  }
  $("#lijst").innerHTML = html || `<p class="leeg">${esc(t("geen_treffers"))}</p>`;
  $("#aantal").textContent = t("aantal", gekozen.length, alle.length);
}

const artikelId = (a) => `${a.instrument?.afk || a.bwb}/${a.artikel}`;

function chips(namen, model) {
  if (!namen.length) return `<p class="klein">${esc(t("geen"))}</p>`;
  return `<ul class="chips">${namen.map((n) => {
    const p = model.parameters.get(n);
    const soort = p ? "parameter" : model.variabelen.get(n)?.soort || "";
    const href = p ? `#/verkenner/parameter/${n}` : `#/verkenner/variabele/${n}`;
    return `<li><a class="${soort}" href="${href}" title="${esc(p ? p.oms : label(n))}">${esc(n)}</a></li>`;
  }).join("")}</ul>`;
}

function badge(soort, extra = "") {
  return `<span class="badge ${soort}">${esc(t(`badge_${soort}`))}</span>${extra}`;
}

function tekenDetail() {
  const model = staat.model;
  const el = $("#detail");
  if (!huidig) {
    el.innerHTML = `<h2>${esc(t("welkom_titel"))}</h2><p>${esc(t("welkom_tekst"))}</p>`
      + `<p class="klein">${esc(t("welkom_cijfers", model.variabelen.size, model.parameters.size, model.artikelen.size))}</p>`
      + `<div class="knoppen"><a class="knop tweede" href="#/verkenner/variabele/pip_uiterste_datum">pip_uiterste_datum</a>`
      + `<a class="knop tweede" href="#/verkenner/artikel/Wi/3">Wi art. 3</a><a class="knop tweede" href="#/verkenner/parameter/boetes.art_24_bedrag">boetes.art_24_bedrag</a></div>`;
    return;
  }
  if (huidig.soort === "variabele") el.innerHTML = variabeleHtml(model, huidig.id);
  else if (huidig.soort === "parameter") el.innerHTML = parameterHtml(model, huidig.id);
  else if (huidig.soort === "artikel") el.innerHTML = artikelHtml(model, huidig.id);
  document.title = `${huidig.id} · ${t("tab_verkenner")}`;
}

function documentatieHtml(tekst) {
  if (!tekst) return `<p class="klein">${esc(t("geen_documentatie"))}</p>`;
  return `<blockquote class="lid" lang="nl">${alineas(tekst).map((a) => `<p>${esc(a)}</p>`).join("")}</blockquote>`;
}

const opzoeken = (sleutel, waarde) => t(sleutel)[waarde] || waarde;

// The engine's default in words: yes/no, "not given" for the date sentinel, an enum member by its label.
function standaardHtml(v) {
  const w = v.standaard;
  if (typeof w === "boolean") return esc(t(w ? "ja" : "nee"));
  if (w === "0001-01-01") return `${esc(t("niet_gegeven"))} <code class="klein">${esc(w)}</code>`;
  if (v.waarden?.[w]) return `${esc(enumLabel(v.naam, w))} <code class="klein">${esc(w)}</code>`;
  return `<code>${esc(typeof w === "string" ? w : JSON.stringify(w))}</code>`;
}

function variabeleHtml(model, naam) {
  const v = model.variabelen.get(naam);
  if (!v) return `<p class="melding fout">${esc(naam)}?</p>`;
  const oordeel = OORDELEN.has(naam) ? badge("oordeel") : "";
  let html = `<p>${badge(v.soort, oordeel)}<span class="badge">${esc(onderwerpNaam(v.onderwerp))}</span></p>`
    + `<h2 id="detailkop"><code>${esc(naam)}</code></h2><p lang="${labelTaal(naam)}" class="oms-groot">${esc(label(naam))}</p>`
    + `<dl class="kenmerken"><dt>${esc(t("type"))}</dt><dd>${esc(opzoeken("waardesoort", v.waarden ? "Enum" : v.type))}</dd>`
    + `<dt>${esc(t("periode"))}</dt><dd>${esc(opzoeken("periodesoort", v.periode))}</dd>`
    + `<dt>${esc(t("standaard"))}</dt><dd>${standaardHtml(v)}</dd>`
    + `<dt>${esc(t("grondslag"))}</dt><dd>${grondslagLinks(v.grondslagen) || esc(t("geen"))}</dd></dl>`;
  if (v.soort === "besluit" || v.soort === "invoer") {
    const doel = v.soort === "besluit" ? `#/casus?toon=${naam}` : `#/casus?veld=${naam}`;
    html += `<div class="knoppen"><a class="knop" href="${doel}">${esc(t(v.soort === "besluit" ? "probeer_besluit" : "probeer_feit"))}</a></div>`;
  }
  html += `<h3>${esc(t("wettekst"))}</h3>${documentatieHtml(v.documentatie)}`;
  if (v.waarden) {
    html += `<h3>${esc(t("waarden"))}</h3><table><tbody>${Object.entries(v.waarden).map(([k, w]) =>
      `<tr><td><code>${esc(k)}</code></td><td lang="nl">${esc(w)}</td></tr>`).join("")}</tbody></table>`;
  }
  const gebruikt = [...v.gebruikt].sort();
  if (v.soort !== "invoer") {
    html += `<h3>${esc(t("hangt_af_van"))}</h3>${chips(gebruikt, model)}`;
    html += `<h4>${esc(t("parameters_gebruikt"))}</h4>${chips([...v.parameters].sort(), model)}`;
    html += `<h3>${esc(t("feiten_waarvan"))}</h3>${chips(feitenAchter(model, naam), model)}`;
  }
  html += `<h3>${esc(t("gebruikt_door"))}</h3>${chips([...v.gebruiktDoor].sort(), model)}`;
  if (v.soort !== "besluit") html += `<h3>${esc(t("besluiten_die"))}</h3>${chips(besluitenVoor(model, naam), model)}`;
  const formules = Object.entries(v.formules);
  if (formules.length) {
    html += `<h3>${esc(t("formules"))}</h3>` + formules.map(([d, f]) =>
      `<details class="code"><summary>${esc(t("formule_vanaf", d))}</summary><pre><code>${esc(f.content)}</code></pre>`
      + (f.source ? `<p class="klein">${esc(t("broncode"))}: <code>${esc(f.source.replace(/^https?:\/\/[^/]+\/[^/]+\/[^/]+\/blob\/[^/]+\//, ""))}</code></p>` : "")
      + "</details>").join("");
  }
  return html;
}

function waardeWeergave(w, eenheid) {
  if (Array.isArray(w)) return `${w.length} × : ${w.join(", ")}`;
  if (typeof w === "number" && /EUR|currency/i.test(eenheid || "")) {
    return new Intl.NumberFormat(staat.taal === "en" ? "en-GB" : "nl-NL", { style: "currency", currency: "EUR" }).format(w);
  }
  return String(w);
}

function parameterHtml(model, pad) {
  const p = model.parameters.get(pad);
  if (!p) return `<p class="melding fout">${esc(pad)}?</p>`;
  const lbl = staat.taal === "en" && p.omsEn ? p.omsEn : p.oms;
  const vandaag = new Date().toISOString().slice(0, 10);
  const rijen = Object.entries(p.waarden).sort((a, b) => a[0].localeCompare(b[0]));
  let html = `<p>${badge("parameter")}<span class="badge">${esc(onderwerpNaam(p.onderwerp))}</span></p>`
    + `<h2 id="detailkop"><code>${esc(pad)}</code></h2><p lang="${staat.taal === "en" && p.omsEn ? "en" : "nl"}">${esc(lbl)}</p>`
    + `<dl class="kenmerken"><dt>${esc(t("eenheid"))}</dt><dd>${esc(p.eenheid ? opzoeken("eenheden", p.eenheid) : "—")}</dd>`
    + `<dt>${esc(t("grondslag"))}</dt><dd>${p.grondslagen.map((g) => `<a href="${esc(g.url)}" target="_blank" rel="noopener noreferrer" title="${esc(g.titel || "")}">${esc(citeer(g))}</a>`).join(", ") || esc(t("geen"))}</dd></dl>`;
  html += `<h3>${esc(t("waardehistorie"))}</h3>`;
  const grafiek = stapgrafiek(p.waarden, { label: t("stapgrafiek", pad), eenheid: p.eenheid, opmaak: (w) => waardeWeergave(w, p.eenheid), vandaag });
  if (grafiek) html += `<figure class="stapgrafiek">${grafiek}</figure>`;
  html += `<table class="historie"><thead><tr><th>${esc(t("vanaf"))}</th><th>${esc(t("waarde"))}</th></tr></thead><tbody>`
    + rijen.map(([d, w]) => `<tr><td><time datetime="${esc(d)}">${esc(datum(d))}</time></td><td>${esc(waardeWeergave(w, p.eenheid))}</td></tr>`).join("")
    + "</tbody></table>";
  if (p.documentatie) html += `<h3>${esc(t("wettekst"))}</h3>${documentatieHtml(p.documentatie)}`;
  html += `<h3>${esc(t("gebruikt_door"))}</h3>${chips([...p.gebruiktDoor].sort(), model)}`;
  html += `<h3>${esc(t("besluiten_die"))}</h3>${chips(besluitenVoorParameter(model, pad), model)}`;
  if (p.bron) html += `<p class="klein">${esc(t("bron"))}: <code>${esc(p.bron.replace(/^https?:\/\/[^/]+\/[^/]+\/[^/]+\/blob\/[^/]+\//, ""))}</code></p>`;
  return html;
}

function artikelHtml(model, id) {
  const a = [...model.artikelen.values()].find((x) => artikelId(x) === id);
  if (!a) return `<p class="melding fout">${esc(id)}?</p>`;
  const lijst = (kaart, isParam) => {
    if (!kaart.size) return `<p class="klein">${esc(t("geen"))}</p>`;
    return `<table><tbody>${[...kaart].sort((x, y) => x[0].localeCompare(y[0])).map(([n, leden]) => {
      const item = isParam ? model.parameters.get(n) : model.variabelen.get(n);
      const href = isParam ? `#/verkenner/parameter/${n}` : `#/verkenner/variabele/${n}`;
      const lid = [...leden].sort().join(", ");
      return `<tr><td><a href="${href}"><code>${esc(n)}</code></a><br><span class="klein">${isParam ? "" : esc(t(`badge_${item.soort}`))}</span></td>`
        + `<td class="lidnr">${lid ? `${esc(staat.taal === "en" ? "para." : "lid")} ${esc(lid)}` : ""}</td><td lang="${isParam ? "nl" : labelTaal(n)}">${esc(isParam ? itemLabel(item) : label(n))}</td></tr>`;
    }).join("")}</tbody></table>`;
  };
  const besluiten = [...a.variabelen.keys()].filter((n) => model.variabelen.get(n).soort === "besluit");
  let html = `<p><span class="badge">${esc(a.instrument?.afk || a.bwb)}</span></p>`
    + `<h2 id="detailkop">${esc(t("artikel_titel", instrumentNaam(a.bwb), a.artikel))}</h2>`
    + `<p><a href="${esc(a.url)}" target="_blank" rel="noopener noreferrer">${esc(t("artikel_open"))}</a></p>`;
  if (a.trefwoord) html += `<dl class="kenmerken"><dt>${esc(t("artikel_trefwoord"))}</dt><dd><code>${esc(a.trefwoord)}</code></dd></dl>`;
  if (besluiten.length) html += `<div class="knoppen"><a class="knop" href="#/casus?toon=${besluiten.join(",")}">${esc(t("probeer"))}</a></div>`;
  html += `<h3>${esc(t("artikel_variabelen"))}</h3>${lijst(a.variabelen, false)}`;
  html += `<h3>${esc(t("artikel_parameters"))}</h3>${lijst(a.parameters, true)}`;
  html += `<h3>${esc(t("artikel_tekst"))}</h3>${artikelTekstHtml(a, model)}`;
  return html;
}

// The article's own text: each lid once, whole, per version in which its text differs, with the
// variables and parameters that cite that lid (or the whole article).
function artikelTekstHtml(a, model) {
  const leden = staat.wetteksten?.[a.instrument?.afk]?.[a.artikel];
  if (!leden) return `<p class="klein">${esc(t("artikel_geen_tekst"))}</p>`;
  const bwbUrl = (van) => `https://wetten.overheid.nl/${a.bwb}/${van}`;
  const citeren = (lid) => [...a.variabelen, ...a.parameters]
    .filter(([, ls]) => ls.has(lid) || (!ls.size && lid === "")).map(([n]) => n).sort();
  const volgorde = Object.keys(leden).sort((x, y) => (parseInt(x, 10) || 0) - (parseInt(y, 10) || 0) || x.localeCompare(y));
  return volgorde.map((lid) => {
    const historie = leden[lid];
    const versies = historie.map((v, i) => {
      const tot = historie[i + 1]?.van;
      if (v.tekst === null) return `<p class="klein versie" data-van="${esc(v.van)}">${esc(t("lid_vervallen", v.van))}</p>`;
      return `<p class="klein versie"><a href="${esc(bwbUrl(v.van))}" target="_blank" rel="noopener noreferrer">${esc(t("tekst_versie", v.van, tot))}</a></p>`
        + `<blockquote class="lid" lang="nl" data-van="${esc(v.van)}">${v.tekst.split("\n").map((r) => `<p>${esc(r)}</p>`).join("")}</blockquote>`;
    }).join("");
    const namen = citeren(lid);
    return `<section class="lidtekst" data-lid="${esc(lid)}"><h4>${esc(t("lid_kop", lid))}</h4>${versies}`
      + (namen.length ? `<p class="klein">${esc(t("lid_gebruikt"))}:</p>${chips(namen, model)}` : "") + "</section>";
  }).join("") + `<p class="klein">${esc(t("interpretatie_bij"))}</p>`;
}
