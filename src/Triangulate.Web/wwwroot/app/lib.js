// Building the pages: every piece of report text enters the page as a text node (el() never parses HTML), so a
// report that carries markup or script shows it as text and runs nothing.

export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'value') node.value = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

export function show(...children) {
  const page = document.getElementById('page');
  page.replaceChildren();
  append(page, children);
}

export async function api(path) {
  const response = await fetch('/api' + path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(await problem(response));
  return response.json();
}

let antiforgery = null;

export async function csrf() {
  if (!antiforgery) antiforgery = await api('/antiforgery');
  return antiforgery;
}

export async function post(path, body) {
  const token = await csrf();
  const response = await fetch('/api' + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [token.header_name]: token.token },
    body: JSON.stringify(body || {}),
  });
  if (!response.ok) throw new Error(await problem(response));
  return response.json();
}

async function problem(response) {
  const text = await response.text();
  try {
    const json = JSON.parse(text);
    return typeof json === 'string' ? json : (json.title || json.detail || text);
  } catch {
    return text || response.statusText;
  }
}

export const q = encodeURIComponent;

// A message a decision leaves for the page it leads to (ids change when entities merge, so the page is new).
export function leaveMessage(text) {
  sessionStorage.setItem('triangulate-message', text);
}

export function takeMessage() {
  const text = sessionStorage.getItem('triangulate-message');
  sessionStorage.removeItem('triangulate-message');
  return text ? el('p', { class: 'notice' }, text) : null;
}

export function docLink(doc) {
  return el('a', { href: '#/document/' + q(doc.id), title: doc.name }, doc.title || doc.name);
}

export function docLine(doc) {
  return el('span', {}, docLink(doc), ' ', el('span', { class: 'muted' },
    [doc.source, doc.published ? doc.published + (doc.published_inferred ? ' (inferred)' : '') : 'no date', doc.name].filter(Boolean).join(' · ')));
}

export function entityLink(entity) {
  return el('a', { href: '#/entity/' + q(entity.id), title: entity.type }, entity.name);
}

export function chain(links) {
  return el('span', { class: 'chain' }, links.map(l =>
    el('span', { class: 'hop' }, l.entity ? el('a', { href: '#/entity/' + q(l.entity) }, l.text) : l.text,
      l.anonymous ? el('span', { class: 'muted' }, ' (anonymous)') : null,
      l.cue ? el('span', { class: 'muted' }, ' ' + l.cue) : null)));
}

export function claimCard(claim, extra) {
  const cluster = claim.cluster;
  return el('div', { class: 'card claim', dataset: { claim: claim.id } },
    el('div', { class: 'meta' }, chain(claim.source_chain),
      el('span', { class: 'badge ' + claim.stance }, claim.stance),
      el('span', { class: 'badge ' + claim.modality }, claim.modality),
      claim.contradicted ? el('a', { class: 'badge contradicted', href: '#/claims?contradicted=true&id=' + q(claim.id) }, 'contradicted') : null),
    el('p', { class: 'text' }, claim.text),
    el('div', { class: 'meta' }, docLine(claim.document),
      el('a', { href: '#/document/' + q(claim.document.id) + '?claim=' + q(claim.id) }, 'read in context'),
      cluster && cluster.claims > 1
        ? el('span', {}, `stated by ${cluster.documents} reports, ${cluster.independent_origins} independent origin(s)`)
        : null,
      claim.entities.length ? el('span', {}, 'about ', claim.entities.map((e, i) => [i ? ', ' : '', entityLink(e)])) : null),
    extra || null);
}

// A search snippet: matches arrive between \u0002 and \u0003 and become <mark> elements around text nodes.
export function snippet(text) {
  const parts = [];
  let inside = false;
  for (const piece of text.split(/([\u0002\u0003])/)) {
    if (piece === '\u0002') inside = true;
    else if (piece === '\u0003') inside = false;
    else if (piece) parts.push(inside ? el('mark', {}, piece) : piece);
  }
  return el('span', { class: 'snippet' }, parts);
}

export function pager(page, go) {
  const size = page.items.length;
  return el('div', { class: 'pager' },
    el('span', { class: 'muted' }, page.total === 0 ? 'none' : `${page.offset + 1}–${page.offset + size} of ${page.total}`),
    page.offset > 0 ? el('button', { class: 'secondary', onclick: () => go(Math.max(0, page.offset - 50)) }, 'previous') : null,
    page.offset + size < page.total ? el('button', { class: 'secondary', onclick: () => go(page.offset + 50) }, 'next') : null);
}

const loaded = new Map();

// The chart libraries are files of this server (bundled from npm at build time), loaded only by the pages using them.
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const script = el('script', { src });
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error('could not load ' + src)));
      document.head.appendChild(script);
    }));
  }
  return loaded.get(src);
}

export function loadStyle(href, id) {
  if (!document.querySelector(`link[href="${href}"]`)) document.head.appendChild(el('link', { rel: 'stylesheet', href, id }));
}
