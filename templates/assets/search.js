// Search page: Pagefind's JS API behind a plain form, so the page is a form
// and a list without JavaScript and results render as ordinary links with it.
const form = document.querySelector("form.search");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const filterBox = form.querySelector(".filters");
const FILTER_LABELS = { person: "Person", place: "Place", organization: "Organisation" };

document.querySelector(".no-js").hidden = true;

// Pagefind marks hits with <mark>; everything else in an excerpt is shown as text.
function excerptHtml(excerpt) {
  const escaped = excerpt.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped.replace(/&lt;mark&gt;/g, "<mark>").replace(/&lt;\/mark&gt;/g, "</mark>");
}

function decodeEntities(html) {
  const el = document.createElement("textarea");
  el.innerHTML = html;
  return el.value;
}

const pagefind = await import(form.dataset.pagefind);
await pagefind.options({ baseUrl: form.dataset.base });

const selects = {};
const available = await pagefind.filters();
for (const [name, label] of Object.entries(FILTER_LABELS)) {
  const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b));
  if (!values.length) continue;
  const id = `filter-${name}`;
  const wrap = document.createElement("p");
  const lab = Object.assign(document.createElement("label"), { htmlFor: id, textContent: label });
  const select = Object.assign(document.createElement("select"), { id, name });
  select.append(new Option("Any", ""), ...values.map((v) => new Option(`${v} (${available[name][v]})`, v)));
  select.addEventListener("change", run);
  wrap.append(lab, " ", select);
  filterBox.append(wrap);
  selects[name] = select;
}
filterBox.hidden = Object.keys(selects).length === 0;

async function run() {
  const query = input.value.trim();
  const filters = Object.fromEntries(Object.entries(selects).filter(([, s]) => s.value).map(([n, s]) => [n, s.value]));
  if (!query && !Object.keys(filters).length) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const search = await pagefind.debouncedSearch(query || null, { filters }, 150);
  if (search === null) return; // superseded by a newer keystroke
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  list.replaceChildren(...results.map((r) => {
    const li = document.createElement("li");
    const h = document.createElement("h2");
    const a = Object.assign(document.createElement("a"), { href: r.url, textContent: decodeEntities(r.meta.title ?? r.url) });
    const p = document.createElement("p");
    p.innerHTML = excerptHtml(r.excerpt);
    h.append(a);
    li.append(h, p);
    return li;
  }));
  status.textContent = `${search.results.length} result${search.results.length === 1 ? "" : "s"}`;
}

form.addEventListener("submit", (e) => { e.preventDefault(); run(); });
input.addEventListener("input", run);
// Whatever was typed while Pagefind loaded, or came in the URL, is searched now.
const initial = new URLSearchParams(location.search).get("q");
if (initial && !input.value) input.value = initial;
if (input.value) run();
form.dataset.ready = "true";
