// Entry point: hash router (#/verkenner/…, #/casus?…, #/vergelijk?…), language switch, static texts.
import { hertekenTaal, toonCasus } from "./casus.js";
import { dienst, laadModel } from "./gegevens.js";
import { $, $$, staat, t } from "./hulp.js";
import { herteken, toonVerkenner } from "./verkenner.js";

const VIEWS = ["verkenner", "casus", "vergelijk"];

function zetTeksten() {
  document.documentElement.lang = staat.taal;
  for (const el of $$("[data-t]")) el.textContent = t(el.dataset.t);
  for (const el of $$("[data-t-placeholder]")) el.placeholder = t(el.dataset.tPlaceholder);
  for (const el of $$("[data-t-aria]")) el.setAttribute("aria-label", t(el.dataset.tAria));
  const knop = $("#taalknop");
  knop.textContent = t("taalknop");
  knop.setAttribute("aria-label", t("taalknop_aria"));
  knop.lang = staat.taal === "en" ? "nl" : "en";
  document.title = `${t("titel")}: ${t("ondertitel")}`;
}

function leesHash() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [pad, query = ""] = hash.split("?");
  const delen = pad.split("/").filter(Boolean);
  const view = VIEWS.includes(delen[0]) ? delen[0] : "verkenner";
  return { view, rest: delen.slice(1), query };
}

async function route() {
  const { view, rest, query } = leesHash();
  for (const v of VIEWS) $(`#view-${v}`).hidden = v !== view;
  for (const a of $$(".tabs a")) {
    if (a.dataset.view === view) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  try {
    if (view === "verkenner") await toonVerkenner(rest);
    else await toonCasus(view, query);
  } catch (fout) {
    const doel = view === "verkenner" ? $("#detail") : $(view === "casus" ? "#uitkomst" : "#vergelijking");
    doel.innerHTML = `<div class="melding fout" role="alert"><strong>${t("fout_netwerk")}</strong><p></p></div>`;
    doel.querySelector("p").textContent = String(fout?.message || fout);
    console.error(fout);
  }
}

$("#taalknop").addEventListener("click", () => {
  staat.taal = staat.taal === "nl" ? "en" : "nl";
  try { localStorage.setItem("taal", staat.taal); } catch { /* private mode */ }
  zetTeksten();
  herteken();
  hertekenTaal();
  toonVersie();
});

async function toonVersie() {
  try {
    const h = await dienst.health();
    $("#versie").textContent = t("versie", h.versie, String(h.regels_sha256).slice(0, 12));
  } catch { /* footer only */ }
}

window.addEventListener("hashchange", route);
zetTeksten();
route();
toonVersie();
// Warm the law model after first paint so the explorer and the parameter editor are instant.
(window.requestIdleCallback || ((f) => setTimeout(f, 50)))(() => laadModel().then((m) => { staat.model ??= m; }, () => {}));
