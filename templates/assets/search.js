// Search page: Pagefind's JS API behind a plain form, so the page is a form
// and a list without JavaScript and results render as ordinary links with it.
// Articles and topic pages (people, places, organisations, with their aliases
// and quotes) are indexed with a `type` filter and listed apart; the person,
// place and organisation filters narrow the articles.
const form = document.querySelector("form.search");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const topicList = document.getElementById("topic-results");
const articleSection = document.getElementById("article-results-section");
const topicSection = document.getElementById("topic-results-section");
const filterBox = form.querySelector(".filters");
const moreArticles = document.getElementById("more-articles");
const moreTopics = document.getElementById("more-topics");
// Each result's text is a file of its own: a first search fetches only those shown, and "Show more" the next ones.
const PAGE = { articles: 10, topics: 5 };
let latest = 0; // the newest run; an older one that finishes later must not overwrite it


// Pagefind's excerpt is the page's text with "<" and ">" escaped (but not "&")
// and the hits wrapped in <mark>. It is rebuilt here as text nodes and <mark>
// elements, so no markup from an article can ever reach the page.
function excerptNodes(excerpt) {
  return excerpt.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decodeEntities(hit ? hit[1] : part);
    return hit ? Object.assign(document.createElement("mark"), { textContent: text }) : document.createTextNode(text);
  });
}

function decodeEntities(html) {
  const el = document.createElement("textarea");
  el.innerHTML = html;
  return el.value;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

const pagefind = await import(form.dataset.pagefind);
await pagefind.options({ baseUrl: form.dataset.base });

// The filters come rendered with the page (nothing moves when search loads); they only need listening to.
const selects = Object.fromEntries([...filterBox?.querySelectorAll("select") ?? []].map((select) => [select.name, select]));
for (const select of Object.values(selects)) select.addEventListener("change", run);


function resultItem(r, headingLevel) {
  const li = document.createElement("li");
  const h = document.createElement(`h${headingLevel}`);
  const a = Object.assign(document.createElement("a"), { href: r.url, textContent: decodeEntities(r.meta.title ?? r.url) });
  h.append(a);
  if (r.meta.kind) h.append(" ", Object.assign(document.createElement("span"), { className: "count", textContent: `(${r.meta.kind})` }));
  const p = document.createElement("p");
  p.append(...excerptNodes(r.excerpt));
  li.append(h, p);
  return li;
}

/**
 * Fills `list` with the first page of `results` and lets its "Show more" button
 * append the next page, moving focus to the first new link for keyboard users.
 */
function paged(list, button, results, size, run) {
  let shown = 0;
  async function more() {
    const page = await Promise.all(results.slice(shown, shown + size).map((r) => r.data()));
    if (run !== latest) return;
    const items = page.map((r) => resultItem(r, 3));
    if (shown === 0) list.replaceChildren(...items);
    else {
      list.append(...items);
      items[0]?.querySelector("a")?.focus();
    }
    shown += page.length;
    button.hidden = shown >= results.length;
  }
  button.onclick = more;
  return more();
}

async function run() {
  const run = ++latest;
  const query = input.value.trim();
  const filters = Object.fromEntries(Object.entries(selects).filter(([, s]) => s.value).map(([n, s]) => [n, s.value]));
  const filtered = Object.keys(filters).length > 0;
  if (!query && !filtered) {
    list.replaceChildren();
    topicList.replaceChildren();
    moreArticles.hidden = moreTopics.hidden = true;
    articleSection.hidden = topicSection.hidden = true;
    status.textContent = "";
    return;
  }
  const articles = await pagefind.debouncedSearch(query || null, { filters: { ...filters, type: "article" } }, 150);
  if (articles === null) return; // superseded by a newer keystroke
  // Topic pages carry no person/place filters: with a filter set, only articles are asked for.
  const topics = query && !filtered ? await pagefind.search(query, { filters: { type: "topic" } }) : { results: [] };
  if (run !== latest) return;
  await Promise.all([
    paged(list, moreArticles, articles.results, PAGE.articles, run),
    paged(topicList, moreTopics, topics.results, PAGE.topics, run),
  ]);
  if (run !== latest) return;
  articleSection.hidden = articles.results.length === 0;
  topicSection.hidden = topics.results.length === 0;
  status.textContent = `${plural(articles.results.length, "article")}${query && !filtered ? `, ${plural(topics.results.length, "topic")}` : ""}`;
}

form.addEventListener("submit", (e) => { e.preventDefault(); run(); });
input.addEventListener("input", run);
// Whatever was typed while Pagefind loaded, or came in the URL, is searched now.
const initial = new URLSearchParams(location.search).get("q");
if (initial && !input.value) input.value = initial;
if (input.value) run();
form.dataset.ready = "true";
