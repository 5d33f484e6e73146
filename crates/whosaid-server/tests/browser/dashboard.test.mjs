// The dashboard in a real headless Chromium against a real `whosaid serve` (issue 12).
// Run by ../../scripts/browser_test.sh, which indexes the store, starts the server and sets
// WHOSAID_URL, WHOSAID_DB, WHOSAID_BIN and SCREENSHOTS. Expected numbers come from the CLI
// (`whosaid stats --json`), never from the API the page itself reads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const BASE = process.env.WHOSAID_URL;
const DB = process.env.WHOSAID_DB;
const BIN = process.env.WHOSAID_BIN;
const SHOTS = process.env.SCREENSHOTS || "screenshots";
mkdirSync(SHOTS, { recursive: true });

let browser, page;
const problems = [];
const offsite = [];

before(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("request", (r) => { if (!r.url().startsWith(BASE)) offsite.push(r.url()); });
});
after(async () => { await browser?.close(); });

const cli = (...args) => JSON.parse(execFileSync(BIN, [...args, "--db", DB], { maxBuffer: 1 << 28 }).toString());
const pct = (x) => (Math.round(x * 1000) / 10).toFixed(1) + "%";

async function outletRows() {
  return page.$$eval("#outlets tbody tr", (trs) => trs.map((tr) => ({
    key: tr.dataset.outlet, women: tr.querySelector("td.women").textContent, men: tr.querySelector("td.men").textContent })));
}
const expectRows = (s) => s.rows.map((r) => ({ key: r.key, women: pct(r.share_women), men: pct(r.share_men) }));

test("overview: outlet shares equal `whosaid stats --json`", async () => {
  await page.goto(BASE + "/");
  await page.waitForSelector("#outlets tbody tr");
  const all = cli("stats", "--by", "outlet", "--json");
  assert.deepEqual(await outletRows(), expectRows(all));
  assert.equal(await page.getAttribute("#totals", "data-articles"), String(all.articles));
  assert.ok((await page.$$("#top-women + ol li")).length > 0, "top quoted women listed");
  assert.ok((await page.$$("#top-men + ol li")).length > 0, "top quoted men listed");
  assert.ok(await page.$(".chart svg polyline"), "the month line is drawn");
  await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });
});

test("overview: a date range changes the shares, and lives in the URL", async () => {
  const all = cli("stats", "--by", "outlet", "--json");
  const some = cli("stats", "--by", "outlet", "--json", "--from", "2016-03", "--to", "2016-06");
  assert.notEqual(some.articles, all.articles);
  await page.fill("input[name=from]", "2016-03");
  await page.fill("input[name=to]", "2016-06");
  await page.click("form.filters button[type=submit]");
  await page.waitForSelector(`#totals[data-articles="${some.articles}"]`);
  assert.deepEqual(await outletRows(), expectRows(some));
  assert.notDeepEqual(expectRows(some), expectRows(all));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("from"), "2016-03");
  // The URL alone brings the same view back.
  await page.goto(page.url());
  await page.waitForSelector(`#totals[data-articles="${some.articles}"]`);
  assert.deepEqual(await outletRows(), expectRows(some));
  await page.screenshot({ path: `${SHOTS}/overview-range.png`, fullPage: true });
});

test("overview: choosing speech only with the keyboard keeps it in the URL; the numbers are /v1/stats?class=speech's", async () => {
  const all = cli("stats", "--by", "outlet", "--json");
  const speech = cli("stats", "--by", "outlet", "--json", "--class", "speech");
  const get = async (path) => (await fetch(BASE + path)).json();
  assert.deepEqual(await get("/v1/stats?by=outlet&class=speech"), speech, "the API's numbers are the CLI's");
  assert.ok(speech.quotes < all.quotes, "the store has quotes of other classes");
  await page.goto(BASE + "/");
  await page.waitForSelector(`#totals[data-quotes="${all.quotes}"]`);
  // Keyboard only: focus the select, move to the next option, tab to Apply and press it.
  await page.focus("select[name=class]");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.inputValue("select[name=class]"), "speech");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Apply");
  await page.keyboard.press("Enter");
  await page.waitForSelector(`#totals[data-quotes="${speech.quotes}"]`);
  assert.equal(new URL(page.url()).searchParams.get("class"), "speech");
  assert.equal(await page.getAttribute("#totals", "data-people"), String(speech.people));
  assert.equal(await page.getAttribute("#totals", "data-share-women"), String(speech.share_women));
  assert.deepEqual(await outletRows(), expectRows(speech));
  assert.notDeepEqual(expectRows(speech), expectRows(all));
  const women = await get("/v1/speakers?class=speech&gender=female&limit=10");
  assert.deepEqual(await page.$$eval("#top-women + ol li a", (a) => a.map((x) => x.textContent)), women.speakers.map((s) => s.name));
  // The URL alone brings the same view back, the select showing the class.
  await page.goto(page.url());
  await page.waitForSelector(`#totals[data-quotes="${speech.quotes}"]`);
  assert.equal(await page.inputValue("select[name=class]"), "speech");
  assert.deepEqual(await outletRows(), expectRows(speech));
  await page.screenshot({ path: `${SHOTS}/overview-speech.png`, fullPage: true });
});

/** A quote with a person speaker and a phrase of three plain words from it, via the CLI. */
function knownQuote() {
  const out = execFileSync(BIN, ["search", "said", "--json", "--limit", "200", "--db", DB]).toString();
  const hits = out.trim().split("\n").map((l) => JSON.parse(l));
  for (const h of hits) {
    if (!h.speaker || h.speaker.split(" ").length < 2) continue;
    const words = h.quote.split(/\s+/);
    for (let i = 0; i + 3 <= words.length; i++) {
      const w = words.slice(i, i + 3);
      if (w.every((x) => /^[a-z]{4,}$/.test(x))) return { hit: h, phrase: w.join(" ") };
    }
  }
  throw new Error("no quote with three plain words");
}

test("search finds a known phrase; the hit opens the article with that quote highlighted for its speaker", async () => {
  const { hit, phrase } = knownQuote();
  await page.goto(BASE + "/?view=search");
  await page.fill("input[name=q]", `"${phrase}"`);
  await page.press("input[name=q]", "Enter");
  await page.waitForSelector("#hits li");
  const quotes = await page.$$eval("#hits blockquote", (b) => b.map((x) => x.textContent));
  assert.ok(quotes.some((q) => q.includes(hit.quote)), `"${phrase}" finds ${hit.quote}`);
  await page.screenshot({ path: `${SHOTS}/search.png`, fullPage: true });
  const item = page.locator("#hits li", { hasText: hit.quote }).first();
  await item.locator(`a[href*="view=article"]`).click();
  await page.waitForSelector("mark.selected");
  const marks = await page.$$eval("mark.selected", (m) => m.map((x) => ({ text: x.textContent, speaker: x.dataset.speaker })));
  assert.equal(marks.map((m) => m.text).join(""), hit.quote, "the whole quote is highlighted");
  assert.ok(marks.every((m) => m.speaker === hit.speaker), `highlighted for ${hit.speaker}`);
  assert.match(await page.textContent("#selected-quote"), new RegExp(hit.speaker));
  await page.screenshot({ path: `${SHOTS}/article.png`, fullPage: false });
});

test("a speaker page lists that speaker's quotes", async () => {
  const top = cli("stats", "--by", "speaker", "--json").rows[0];
  await page.goto(BASE + "/?view=speakers");
  await page.waitForSelector("table tbody tr");
  await page.click(`table tbody tr a:text-is("${top.key}")`);
  await page.waitForSelector("#speaker-quotes li");
  assert.equal(await page.textContent("#speaker-name"), top.key);
  const names = await page.$$eval("#speaker-quotes li .meta > a:first-child", (a) => a.map((x) => x.textContent));
  assert.ok(names.length > 0);
  const last = top.key.split(" ").slice(-1)[0];
  assert.ok(names.every((n) => n.includes(last)), `all quotes by ${top.key}: ${names}`);
  assert.ok((await page.$$("#speaker-outlets tbody tr")).length > 0);
  await page.screenshot({ path: `${SHOTS}/speaker.png`, fullPage: true });
});

test("phone width: no sideways scrolling of the page; keyboard reaches the navigation first", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(BASE + "/");
  await page.waitForSelector("#outlets tbody tr");
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `page is ${wide}px wide at 390px`);
  await page.screenshot({ path: `${SHOTS}/phone.png`, fullPage: true });
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Search quotes");
  await page.keyboard.press("Enter");
  await page.waitForSelector("input[name=q]");
  assert.match(page.url(), /view=search/);
});

test("no script errors, no request leaves the server", () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(offsite, []);
});
