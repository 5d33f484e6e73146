// whosaid dashboard: plain JavaScript over the JSON API (/v1). Every view's state is in the
// query string (?view=...&from=...), so a URL can be shared; the page never builds HTML from
// strings (h() makes elements), so stored texts cannot inject markup.
"use strict";

const PALETTE = ["#ffd8a8", "#b2f2bb", "#a5d8ff", "#ffc9c9", "#d0bfff", "#ffec99", "#99e9f2", "#fcc2d7", "#c0eb75", "#e9ecef"];

function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "style") el.style.cssText = v; // CSSOM: allowed by the page's CSP, unlike style attributes
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return el;
}

function svg(tag, attrs, ...kids) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "style") el.style.cssText = v;
    else el.setAttribute(k, String(v));
  }
  for (const kid of kids.flat(Infinity)) if (kid) el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  return el;
}

const pct = (x) => (Math.round(x * 1000) / 10).toFixed(1) + "%";
const fmt = (n) => Number(n).toLocaleString("en-US");

function params() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

function href(p) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  return "/?" + q.toString();
}

function go(p, replace) {
  const url = href(p);
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

async function api(path, p) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p || {})) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const url = path + (q.toString() ? "?" + q.toString() : "");
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((body.error && body.error.message) || r.status + " " + r.statusText);
  return body;
}

function setView(title, ...nodes) {
  document.title = title + " · whosaid";
  const view = document.getElementById("view");
  view.replaceChildren(...nodes);
  const cur = params().view || "overview";
  for (const a of document.querySelectorAll("nav a[data-view]")) {
    if (a.dataset.view === cur) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

function failure(e) {
  return h("p", { class: "error", role: "alert" }, "Could not load: ", e.message);
}

// Internal links keep the single-page navigation (and open normally with a modifier key).
document.addEventListener("click", (ev) => {
  const a = ev.target.closest && ev.target.closest("a[href^='/?']");
  if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
  ev.preventDefault();
  history.pushState(null, "", a.getAttribute("href"));
  render();
  document.getElementById("main").focus({ preventScroll: true });
});
window.addEventListener("popstate", render);

// The quote classes a view can keep (`class=` of /v1/stats, /v1/speakers and /v1/search).
const CLASSES = [["", "All quotes"], ["speech", "Speech only"], ["belief", "Beliefs only"], ["stance", "Stances only"],
  ["evidence", "Evidence only"], ["belief,stance,evidence", "All but speech"]];

function classSelect(value) {
  const v = value || "";
  const opts = CLASSES.some(([c]) => c === v) ? CLASSES : [...CLASSES, [v, v]]; // a class list typed into the URL
  return h("label", {}, "Quotes", h("select", { name: "class" }, opts.map(([c, l]) => h("option", { value: c, selected: c === v }, l))));
}

const classLabel = (value) => (CLASSES.find(([c]) => c === value) || [value, value])[1].toLowerCase();

function monthInput(name, label, value) {
  return h("label", {}, label, h("input", { type: "month", name, value: value || "", pattern: "[0-9]{4}-[0-9]{2}", placeholder: "YYYY-MM" }));
}

function speakerLink(s) {
  if (!s) return h("span", { class: "meta" }, "speaker unknown");
  if (s.kind === "person" && s.key) return h("a", { href: href({ view: "speaker", id: s.key }) }, s.name);
  return h("span", {}, s.name);
}

function shareBar(row) {
  return h("div", { class: "bar", role: "img", "aria-label": `women ${pct(row.share_women)}, men ${pct(row.share_men)}, unknown ${pct(row.share_unknown)}` },
    h("span", { class: "seg women", style: `width:${row.share_women * 100}%` }),
    h("span", { class: "seg men", style: `width:${row.share_men * 100}%` }),
    h("span", { class: "seg unknown", style: `width:${row.share_unknown * 100}%` }));
}

const legend = () => h("ul", { class: "legend" },
  h("li", {}, h("span", { class: "sw women", "aria-hidden": "true" }), "women"),
  h("li", {}, h("span", { class: "sw men", "aria-hidden": "true" }), "men"),
  h("li", {}, h("span", { class: "sw unknown", "aria-hidden": "true" }), "unknown"));

function lineChart(rows) {
  const dated = rows.filter((r) => r.key !== "unknown" && r.people > 0);
  if (dated.length === 0) return h("p", { class: "empty" }, "No dated articles in this range.");
  const W = 720, H = 240, L = 40, B = 30, T = 10, R = 10;
  const x = (i) => L + (dated.length === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (dated.length - 1));
  const y = (v) => T + (1 - v) * (H - T - B);
  const line = (key, cls) => svg("polyline", { points: dated.map((r, i) => `${x(i)},${y(r[key])}`).join(" "), fill: "none", style: `stroke: var(--${cls})`, "stroke-width": 2.5 });
  const grid = [0, 0.25, 0.5, 0.75, 1].map((v) => [svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "axis", "stroke-dasharray": v ? "2 3" : "" }), svg("text", { x: 4, y: y(v) + 4 }, `${v * 100}%`)]);
  const step = Math.max(1, Math.ceil(dated.length / 8));
  const labels = dated.map((r, i) => (i % step === 0 ? svg("text", { x: x(i) - 18, y: H - 8 }, r.key) : null));
  const dots = dated.map((r, i) => [svg("circle", { cx: x(i), cy: y(r.share_women), r: 3, style: "fill: var(--women)" }, svg("title", {}, `${r.key}: women ${pct(r.share_women)}`)),
    svg("circle", { cx: x(i), cy: y(r.share_men), r: 3, style: "fill: var(--men)" }, svg("title", {}, `${r.key}: men ${pct(r.share_men)}`))]);
  return h("div", { class: "chart" },
    svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "month-chart-title" },
      svg("title", { id: "month-chart-title" }, "Share of women and men among quoted people, by month"), grid, labels,
      line("share_men", "men"), line("share_women", "women"), dots));
}

async function overview(p) {
  const form = h("form", { class: "filters", "aria-label": "Date range and quote class",
    onsubmit: (ev) => { ev.preventDefault(); const f = new FormData(ev.target); go({ view: "overview", from: f.get("from"), to: f.get("to"), class: f.get("class") }); } },
    monthInput("from", "From (month)", p.from), monthInput("to", "To (month)", p.to), classSelect(p.class),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", class: "secondary", onclick: () => go({ view: "overview", class: p.class }) }, "All dates"));
  setView("Overview", h("h1", {}, "Who is quoted"), form, h("p", { class: "meta" }, "Loading…"));
  const range = { from: p.from, to: p.to, class: p.class };
  let outlets, months, women, men;
  try {
    [outlets, months, women, men] = await Promise.all([
      api("/v1/stats", { by: "outlet", ...range }), api("/v1/stats", { by: "month", ...range }),
      api("/v1/speakers", { gender: "female", limit: 10, ...range }), api("/v1/speakers", { gender: "male", limit: 10, ...range })]);
  } catch (e) {
    setView("Overview", h("h1", {}, "Who is quoted"), form, failure(e));
    return;
  }
  const totals = h("ul", { class: "totals", id: "totals", "data-articles": outlets.articles, "data-quotes": outlets.quotes, "data-people": outlets.people,
    "data-share-women": outlets.share_women, "data-class": p.class || "" },
    [["articles", outlets.articles], ["stories", outlets.stories], ["quotes", outlets.quotes], ["quoted people", outlets.people]].map(([l, n]) => h("li", {}, h("span", { class: "n" }, fmt(n)), h("span", { class: "l" }, l))),
    [["women", outlets.share_women], ["men", outlets.share_men], ["unknown", outlets.share_unknown]].map(([l, n]) => h("li", {}, h("span", { class: "n" }, pct(n)), h("span", { class: "l" }, l + " among quoted people"))));
  const table = h("div", { class: "scroll" }, h("table", { id: "outlets" },
    h("caption", { class: "visually-hidden" }, "Share of women, men and unknown among quoted people, by outlet"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Outlet"), h("th", { scope: "col", class: "num hide-sm" }, "Articles"), h("th", { scope: "col", class: "num hide-sm" }, "People"),
      h("th", { scope: "col" }, "Share"), h("th", { scope: "col", class: "num" }, "Women"), h("th", { scope: "col", class: "num" }, "Men"), h("th", { scope: "col", class: "num hide-sm" }, "Unknown"))),
    h("tbody", {}, outlets.rows.map((r) => h("tr", { "data-outlet": r.key, "data-women": r.share_women, "data-men": r.share_men, "data-unknown": r.share_unknown },
      h("th", { scope: "row" }, h("a", { href: href({ view: "search", outlet: r.key, from: p.from, to: p.to, class: p.class }) }, r.key)),
      h("td", { class: "num hide-sm" }, fmt(r.articles)), h("td", { class: "num hide-sm" }, fmt(r.people)), h("td", {}, shareBar(r)),
      h("td", { class: "num women" }, pct(r.share_women)), h("td", { class: "num men" }, pct(r.share_men)), h("td", { class: "num hide-sm" }, pct(r.share_unknown)))))));
  const top = (list, label, id) => h("section", { "aria-labelledby": id }, h("h2", { id }, label),
    list.speakers.length ? h("ol", {}, list.speakers.map((s) => h("li", {}, h("a", { href: href({ view: "speaker", id: s.key }) }, s.name), " ", h("span", { class: "meta" }, `${fmt(s.quotes)} quotes, ${fmt(s.articles)} articles`))))
      : h("p", { class: "empty" }, "Nobody in this range."));
  setView("Overview", h("h1", {}, "Who is quoted", p.from || p.to ? ` (${p.from || "…"} to ${p.to || "…"})` : "", p.class ? `, ${classLabel(p.class)}` : ""), form, totals,
    h("h2", {}, "By outlet"), legend(), table,
    h("h2", {}, "By month"), h("ul", { class: "legend" }, h("li", {}, h("span", { class: "sw women" }), "women"), h("li", {}, h("span", { class: "sw men" }), "men")), lineChart(months.rows),
    h("div", { class: "cols" }, top(women, "Most quoted women", "top-women"), top(men, "Most quoted men", "top-men")));
}

function hitItem(hit) {
  const s = hit.speaker;
  return h("li", { class: "hit" },
    h("blockquote", {}, "“", hit.quote, "”"),
    h("div", { class: "meta" }, speakerLink(s), s && s.roles.length ? `, ${s.roles[0]}` : "", " · ", hit.outlet, hit.date ? ` · ${hit.date}` : "", " · ",
      h("a", { href: href({ view: "article", id: hit.article, quote: hit.quote_id }) }, hit.headline ? `“${hit.headline}”` : hit.article),
      s ? [" ", h("span", { class: "badge" }, s.kind), " ", h("span", { class: "badge" }, s.gender)] : ""));
}

async function search(p) {
  const sel = (name, label, opts) => h("label", {}, label, h("select", { name }, opts.map((o) => h("option", { value: o, selected: (p[name] || "") === o }, o || "any"))));
  const field = (name, label, type) => h("label", {}, label, h("input", { name, type: type || "text", value: p[name] || "" }));
  const form = h("form", { class: "filters", role: "search",
    onsubmit: (ev) => { ev.preventDefault(); go({ view: "search", ...Object.fromEntries(new FormData(ev.target)) }); } },
    h("label", {}, "Words", h("input", { name: "q", type: "search", value: p.q || "", required: true, placeholder: "border wall, \"a phrase\", immig*" })),
    field("speaker", "Speaker"), field("outlet", "Outlet"), sel("gender", "Gender", ["", "female", "male", "unknown"]),
    sel("kind", "Kind", ["", "person", "organization", "group", "anonymous", "document"]), classSelect(p.class), monthInput("from", "From", p.from), monthInput("to", "To", p.to),
    h("button", { type: "submit" }, "Search"));
  if (!p.q) {
    setView("Search quotes", h("h1", {}, "Search quotes"), form, h("p", { class: "meta" }, "Give words to find; every word must be in the quote."));
    return;
  }
  setView("Search: " + p.q, h("h1", {}, "Search quotes"), form, h("p", { class: "meta" }, "Searching…"));
  const q = { q: p.q, speaker: p.speaker, outlet: p.outlet, gender: p.gender, kind: p.kind, class: p.class, from: p.from, to: p.to, limit: 20 };
  let page;
  try {
    page = await api("/v1/search", q);
  } catch (e) {
    setView("Search: " + p.q, h("h1", {}, "Search quotes"), form, failure(e));
    return;
  }
  const list = h("ol", { class: "hits", id: "hits" }, page.hits.map(hitItem));
  const more = h("button", { type: "button", class: "secondary", onclick: async () => {
    more.disabled = true;
    try {
      page = await api("/v1/search", { ...q, cursor: page.next_cursor });
      list.append(...page.hits.map(hitItem));
      if (page.next_cursor) more.disabled = false; else more.remove();
    } catch (e) { more.replaceWith(failure(e)); }
  } }, "More results");
  setView("Search: " + p.q, h("h1", {}, "Search quotes"), form,
    h("p", { id: "total" }, page.total === 0 ? "No quotes match." : `${fmt(page.total)}${page.total_exact ? "" : "+"} quotes`),
    list, page.next_cursor ? more : null);
}

function articleText(a, selected) {
  const chars = Array.from(a.text);
  const colour = {};
  a.speakers.forEach((s, i) => { colour[s.id] = PALETTE[i % PALETTE.length]; });
  const cuts = new Set([0, chars.length]);
  const furn = (a.furniture || []).filter((f) => typeof f.start === "number" && typeof f.end === "number");
  for (const q of a.quotes) { cuts.add(q.start); cuts.add(q.end); }
  for (const f of furn) { cuts.add(f.start); cuts.add(f.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= chars.length).sort((x, y) => x - y);
  const box = h("div", { class: "article-text", id: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = chars.slice(s, e).join("");
    const q = a.quotes.find((q) => q.start <= s && e <= q.end);
    const inFurn = furn.some((f) => f.start <= s && e <= f.end);
    let node = document.createTextNode(piece);
    if (q) {
      const who = a.speakers.find((x) => x.id === q.speaker);
      node = h("mark", { "data-quote": q.id, "data-speaker": who ? who.name : "", class: q.id === selected ? "selected" : null,
        style: `--c:${q.speaker ? colour[q.speaker] : "#eeeeee"}`, title: who ? `${who.name} (${q.kind})` : `speaker unknown (${q.kind})`,
        tabindex: q.id === selected ? "0" : null }, piece);
    }
    box.append(inFurn ? h("span", { class: "furn", title: "furniture (headline, byline, caption, promo…)" }, node) : node);
  }
  return box;
}

async function article(p) {
  setView("Article", h("p", { class: "meta" }, "Loading…"));
  let v;
  try {
    v = await api("/v1/articles/" + encodeURIComponent(p.id || ""));
  } catch (e) {
    setView("Article", h("h1", {}, "Article"), failure(e));
    return;
  }
  const a = v.article;
  const counts = {};
  for (const q of a.quotes) if (q.speaker) counts[q.speaker] = (counts[q.speaker] || 0) + 1;
  const speakers = h("ul", { class: "speakers-list", id: "speakers" }, a.speakers.map((s, i) => h("li", {},
    h("span", { class: "sw", style: `background:${PALETTE[i % PALETTE.length]}`, "aria-hidden": "true" }),
    s.kind === "person" && s.key ? h("a", { href: href({ view: "speaker", id: s.key }) }, s.name) : s.name, " ",
    h("span", { class: "badge" }, s.kind), " ", h("span", { class: "badge" }, `${s.gender} (${s.gender_evidence})`),
    s.roles.length ? h("span", { class: "meta" }, " ", s.roles.join("; ")) : "", " ", h("span", { class: "meta" }, `${counts[s.id] || 0} quotes`))));
  const reprints = v.reprints ? h("section", {}, h("h2", {}, "Reprints"),
    h("p", { class: "meta" }, v.reprints.original_publisher ? `Original publisher: ${v.reprints.original_publisher} (${v.reprints.evidence})` : ""),
    h("ul", {}, v.reprints.articles.map((m) => h("li", {}, m.article === a.id ? h("strong", {}, m.outlet, " (this article)") : h("a", { href: href({ view: "article", id: m.article }) }, m.outlet, m.headline ? `: ${m.headline}` : ""), m.date ? ` · ${m.date}` : ""))))
    : h("p", { class: "meta" }, "No reprints of this story in the store.");
  const sel = a.quotes.find((q) => q.id === p.quote);
  const selWho = sel && a.speakers.find((s) => s.id === sel.speaker);
  setView(a.headline || a.id, h("h1", {}, a.headline || a.id),
    h("p", { class: "meta" }, a.outlet, a.date ? ` · ${a.date}` : "", a.byline ? ` · ${a.byline}` : "", a.url ? [" · ", h("a", { href: a.url, rel: "noopener noreferrer" }, "source")] : ""),
    sel ? h("p", { id: "selected-quote" }, "Quote ", sel.id, " by ", h("strong", {}, selWho ? selWho.name : "an unknown speaker"), " is outlined below.") : null,
    h("h2", {}, "Speakers"), speakers, h("h2", {}, "Text"),
    h("p", { class: "meta" }, "Each quotation is highlighted in its speaker's colour; furniture (headline, byline, captions) is grey."),
    articleText(a, p.quote), reprints);
  const m = document.querySelector("mark.selected");
  if (m) m.scrollIntoView({ block: "center" });
}

async function speaker(p) {
  setView("Person", h("p", { class: "meta" }, "Loading…"));
  let s;
  try {
    s = await api("/v1/speakers/" + encodeURIComponent(p.id || ""));
  } catch (e) {
    setView("Person", h("h1", {}, "Person"), failure(e));
    return;
  }
  const max = Math.max(1, ...s.months.map((m) => m.quotes));
  const W = 720, H = 160, B = 24, bw = Math.max(2, (W - 40) / Math.max(1, s.months.length) - 2);
  const bars = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "months-title" }, svg("title", { id: "months-title" }, `Quotes of ${s.name} per month`),
    s.months.map((m, i) => [svg("rect", { x: 30 + i * (bw + 2), y: (H - B) * (1 - m.quotes / max), width: bw, height: (H - B) * (m.quotes / max), style: "fill: var(--link)" }, svg("title", {}, `${m.key}: ${m.quotes}`)),
      i % Math.max(1, Math.ceil(s.months.length / 8)) === 0 ? svg("text", { x: 30 + i * (bw + 2), y: H - 6 }, m.key) : null]));
  setView(s.name, h("h1", { id: "speaker-name" }, s.name),
    h("p", {}, h("span", { class: "badge" }, `${s.gender} (${s.gender_evidence})`), " ", `${fmt(s.quotes)} quotes in ${fmt(s.articles)} articles from ${fmt(s.outlets)} outlets.`),
    s.aliases.length > 1 ? h("p", { class: "meta" }, "Also written: ", s.aliases.map((a) => `${a.name} (${a.count})`).join(", ")) : null,
    s.roles.length ? h("p", { class: "meta" }, "Roles: ", s.roles.slice(0, 8).join("; ")) : null,
    h("h2", {}, "Quotes per month"), h("div", { class: "chart" }, bars),
    h("h2", {}, "Outlets"), h("table", { id: "speaker-outlets" }, h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Outlet"), h("th", { scope: "col", class: "num" }, "Quotes"))),
      h("tbody", {}, s.top_outlets.map((o) => h("tr", {}, h("td", {}, o.key), h("td", { class: "num" }, fmt(o.quotes)))))),
    h("h2", {}, "Latest quotes"), h("ol", { class: "hits", id: "speaker-quotes" }, s.latest.map(hitItem)));
}

async function speakers(p) {
  const form = h("form", { class: "filters", onsubmit: (ev) => { ev.preventDefault(); go({ view: "speakers", ...Object.fromEntries(new FormData(ev.target)) }); } },
    h("label", {}, "Name", h("input", { name: "q", type: "search", value: p.q || "" })),
    h("label", {}, "Gender", h("select", { name: "gender" }, ["", "female", "male", "unknown"].map((o) => h("option", { value: o, selected: (p.gender || "") === o }, o || "any")))),
    h("label", {}, "Outlet", h("input", { name: "outlet", value: p.outlet || "" })), monthInput("from", "From", p.from), monthInput("to", "To", p.to),
    classSelect(p.class), h("button", { type: "submit" }, "Show"));
  setView("People", h("h1", {}, "People quoted"), form, h("p", { class: "meta" }, "Loading…"));
  let list;
  try {
    list = await api("/v1/speakers", { q: p.q, gender: p.gender, outlet: p.outlet, from: p.from, to: p.to, class: p.class, limit: 100, offset: p.offset });
  } catch (e) {
    setView("People", h("h1", {}, "People quoted"), form, failure(e));
    return;
  }
  const offset = Number(p.offset || 0);
  setView("People", h("h1", {}, "People quoted"), form, h("p", {}, `${fmt(list.total)} people`),
    h("div", { class: "scroll" }, h("table", {}, h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Name"), h("th", { scope: "col" }, "Gender"), h("th", { scope: "col", class: "num" }, "Quotes"), h("th", { scope: "col", class: "num hide-sm" }, "Articles"), h("th", { scope: "col", class: "num hide-sm" }, "Outlets"))),
      h("tbody", {}, list.speakers.map((s) => h("tr", {}, h("td", {}, h("a", { href: href({ view: "speaker", id: s.key }) }, s.name)), h("td", {}, s.gender), h("td", { class: "num" }, fmt(s.quotes)), h("td", { class: "num hide-sm" }, fmt(s.articles)), h("td", { class: "num hide-sm" }, fmt(s.outlets))))))),
    offset + 100 < list.total ? h("p", {}, h("a", { href: href({ ...p, view: "speakers", offset: offset + 100 }) }, "Next 100")) : null);
}

function render() {
  const p = params();
  const views = { overview, search, article, speaker, speakers };
  (views[p.view] || overview)(p).catch((e) => setView("Error", failure(e)));
}

render();
