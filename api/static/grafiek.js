// Inline SVG charts, no library: a step chart of a parameter's values over time and the time axis
// of a case (one lane, or baseline above / reform below the axis).

const NS = "http://www.w3.org/2000/svg";
export const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const dag = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;
const iso = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
const jaar = (iso_) => Number(iso_.slice(0, 4));

// ---- step chart ----
// The y axis: round ticks (1, 2 or 5 times a power of ten) around the values. Zero-based, unless the
// values vary little relative to their size (then zoomed in on the changes); a constant value gets an
// axis from zero to above it, never a flat zero-height one.
export function yAs(min, max) {
  let lo = Math.min(0, min), hi = Math.max(0, max);
  if (min !== max && min > 0 && min > 0.5 * max) lo = min - (max - min) / 2;
  if (hi === lo) hi = lo + 1;
  const ruw = (hi - lo) / 4;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const stap = [1, 2, 5, 10].map((f) => f * macht).find((s) => s >= ruw);
  const rond = (w) => Number(w.toPrecision(12));
  lo = rond(Math.floor(lo / stap) * stap);
  hi = rond(Math.ceil(hi / stap) * stap);
  if (hi === max && max !== 0) hi = rond(hi + stap);  // headroom: the line never runs along the top edge
  const ticks = [];
  for (let i = 0; lo + i * stap <= hi + stap / 2; i++) ticks.push(rond(lo + i * stap));
  return { lo, hi, ticks };
}

export function stapgrafiek(waarden, { label, eenheid, opmaak = String, vandaag }) {
  const punten = Object.entries(waarden)
    .filter(([, w]) => typeof w === "number")
    .map(([d, w]) => [dag(d), w])
    .sort((a, b) => a[0] - b[0]);
  if (!punten.length) return "";
  const W = 600, H = 190, L = 58, R = 16, T = 14, B = 30;
  const eind = Math.max(punten.at(-1)[0] + 730, dag(vandaag) + 365);
  // a long "since always" first value would squeeze the changes: start 3 years before the second one
  const lang = punten.length > 1 && punten[1][0] - punten[0][0] > 3650;
  const begin = lang ? punten[1][0] - 3 * 365 : Math.min(punten[0][0], eind - 3650);
  const ys = punten.map((p) => p[1]);
  const { lo, hi, ticks: yt } = yAs(Math.min(...ys), Math.max(...ys));
  const x = (d) => L + ((Math.max(d, begin) - begin) / (eind - begin)) * (W - L - R);
  const y = (w) => T + (1 - (w - lo) / (hi - lo)) * (H - T - B);
  let pad = "";
  punten.forEach(([d, w], i) => {
    const x0 = x(d), x1 = i + 1 < punten.length ? x(punten[i + 1][0]) : x(eind);
    pad += `${i ? `L${x0.toFixed(1)},${y(punten[i - 1][1]).toFixed(1)} ` : `M${x0.toFixed(1)},${y(w).toFixed(1)} `}L${x0.toFixed(1)},${y(w).toFixed(1)} L${x1.toFixed(1)},${y(w).toFixed(1)} `;
  });
  // year ticks
  const j0 = jaar(iso(begin)), j1 = jaar(iso(eind));
  const stap = Math.max(1, Math.ceil((j1 - j0) / 8));
  let ticks = "";
  for (let j = j0 + 1; j <= j1; j += stap) {
    const xx = x(dag(`${j}-01-01`));
    ticks += `<line x1="${xx}" x2="${xx}" y1="${H - B}" y2="${H - B + 4}" stroke="#4a5560"/><text x="${xx}" y="${H - 8}" font-size="11" text-anchor="middle" fill="#4a5560">${j}</text>`;
  }
  const yticks = yt.map((w) => `<line x1="${L}" x2="${W - R}" y1="${y(w)}" y2="${y(w)}" stroke="#e3e7eb"/><text class="ytick" x="${L - 6}" y="${y(w) + 4}" font-size="11" text-anchor="end" fill="#4a5560">${esc(opmaak(w))}</text>`).join("");
  const vx = x(dag(vandaag));
  const stippen = punten.map(([d, w]) => `<circle cx="${x(d)}" cy="${y(w)}" r="4" fill="#154273"><title>${esc(iso(d))}: ${esc(opmaak(w))}${eenheid ? ` (${esc(eenheid)})` : ""}</title></circle>`).join("");
  return `<svg xmlns="${NS}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}" class="stap" data-y-min="${lo}" data-y-max="${hi}">
<title>${esc(label)}</title>
${yticks}
<line x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}" stroke="#4a5560"/>${ticks}
<line x1="${vx}" x2="${vx}" y1="${T}" y2="${H - B}" stroke="#8a4b00" stroke-dasharray="4 3"/>
<path d="${pad}" fill="none" stroke="#154273" stroke-width="2.5"/>${stippen}
</svg>`;
}

// ---- time axis ----
// banen: [{items:[{datum,naam,soort,label,anders}], boven:boolean}], spannes: [{van,tot,label,boven}]
export function tijdas({ banen, spannes = [], peildatum, peillabel, opmaakDatum, ariaLabel }) {
  const alle = banen.flatMap((b) => b.items.map((i) => i.datum)).concat(peildatum ? [peildatum] : [])
    .concat(spannes.flatMap((s) => [s.van, s.tot]));
  if (!alle.length) return "";
  const W = 960, L = 24, R = 24;
  let begin = Math.min(...alle.map(dag)), eind = Math.max(...alle.map(dag));
  const marge = Math.max(20, (eind - begin) * 0.04);
  begin -= marge; eind += marge;
  const x = (d) => L + ((dag(d) - begin) / (eind - begin)) * (W - L - R);
  const tekenbreedte = 6.4;
  // assign label lanes per side, greedily
  const plaats = (items) => {
    const einden = [];
    return items.slice().sort((a, b) => dag(a.datum) - dag(b.datum) || a.naam.localeCompare(b.naam)).map((it) => {
      const xx = x(it.datum);
      const breed = Math.max(it.label.length, 10) * tekenbreedte + 10;
      let start = xx - 4;
      if (start + breed > W - 2) start = W - 2 - breed;
      let baan = einden.findIndex((e) => e < start);
      if (baan === -1) { baan = einden.length; einden.push(0); }
      einden[baan] = start + breed;
      return { ...it, xx, start, baan };
    });
  };
  const geplaatst = banen.map((b) => ({ ...b, items: plaats(b.items) }));
  const rij = 32;
  const spanRuimte = spannes.length ? 14 * (Math.max(...spannes.map((s) => s.rij || 0)) + 1) + 6 : 0;
  const nBoven = Math.max(0, ...geplaatst.filter((b) => b.boven).map((b) => Math.max(0, ...b.items.map((i) => i.baan + 1))));
  const nOnder = Math.max(0, ...geplaatst.filter((b) => !b.boven).map((b) => Math.max(0, ...b.items.map((i) => i.baan + 1))));
  const as = 16 + nBoven * rij + spanRuimte + 14;
  const H = as + 44 + nOnder * rij + 6;
  let svg = `<svg xmlns="${NS}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(ariaLabel)}"><title>${esc(ariaLabel)}</title>`;
  // year grid
  for (let j = jaar(iso(begin)) + 1; j <= jaar(iso(eind)); j++) {
    const xx = x(`${j}-01-01`);
    svg += `<line x1="${xx}" x2="${xx}" y1="8" y2="${H - 4}" stroke="#eef1f4"/><text x="${xx + 3}" y="${as + 22}" font-size="11" fill="#4a5560">${j}</text>`;
  }
  svg += `<line x1="${L}" x2="${W - R}" y1="${as}" y2="${as}" stroke="#1b1f24" stroke-width="2"/>`;
  // periods as bars just above the axis
  for (const s of spannes) {
    const x0 = x(s.van), x1 = x(s.tot), yy = as - 10 - 14 * (s.rij || 0);
    svg += `<g class="span" data-naam="${esc(s.naam || "")}"><rect x="${x0}" y="${yy - 5}" width="${Math.max(2, x1 - x0)}" height="8" rx="3" fill="${s.kleur || "#9db4d0"}" opacity=".85"><title>${esc(s.label)}: ${esc(opmaakDatum(s.van))} – ${esc(opmaakDatum(s.tot))}</title></rect>`
      + `<text x="${Math.min(x0 + 4, W - 120)}" y="${yy - 7}" font-size="10.5" fill="#1b1f24">${esc(s.label)}</text></g>`;
  }
  if (peildatum) {
    const px = x(peildatum);
    svg += `<g class="peil"><line x1="${px}" x2="${px}" y1="6" y2="${H - 4}" stroke="#8a4b00" stroke-width="2" stroke-dasharray="5 3"/>`
      + `<text x="${px + 4}" y="${H - 6}" font-size="11" font-weight="700" fill="#8a4b00">${esc(peillabel)} ${esc(opmaakDatum(peildatum))}</text></g>`;
  }
  for (const b of geplaatst) {
    for (const it of b.items) {
      const kleur = it.anders ? "#8a4b00" : it.soort === "feit" ? "#4a5560" : "#154273";
      const ly = b.boven ? as - spanRuimte - 24 - it.baan * rij : as + 38 + it.baan * rij;
      const dy = b.boven ? as - 6 : as + 6;
      svg += `<g class="ev${it.anders ? " anders" : ""}" data-naam="${esc(it.naam)}" data-datum="${esc(it.datum)}">`
        + `<title>${esc(it.label)}: ${esc(opmaakDatum(it.datum))}${it.titel ? ` — ${esc(it.titel)}` : ""}</title>`
        + `<line x1="${it.xx}" x2="${it.xx}" y1="${dy}" y2="${ly + (b.boven ? 4 : -12)}" stroke="${kleur}" stroke-width="1" opacity=".6"/>`
        + `<circle cx="${it.xx}" cy="${as}" r="${it.anders ? 6 : 5}" fill="${it.soort === "feit" ? "#fff" : kleur}" stroke="${kleur}" stroke-width="2"/>`
        + `<text x="${it.start + 4}" y="${ly}" font-size="11.5" font-weight="${it.anders ? 700 : 600}" fill="${kleur}">${esc(it.label)}</text>`
        + `<text x="${it.start + 4}" y="${ly + 12}" font-size="10" fill="#4a5560">${esc(opmaakDatum(it.datum))}</text></g>`;
    }
  }
  return `${svg}</svg>`;
}
