import { el, show, api, docLink, snippet, q } from '../lib.js';

export async function search(_, params) {
  const text = params.get('q') || '';
  document.getElementById('search-box').value = text;
  document.title = 'Triangulate: search';
  if (!text.trim()) {
    show(el('h1', {}, 'Search'), el('p', { class: 'muted' }, 'Type words or a "quoted phrase" in the search box: every word must appear.'));
    return;
  }
  const r = await api('/search?q=' + q(text));
  show(
    el('h1', {}, 'Search: ', text),
    el('h2', {}, `Reports (${r.documents.length})`),
    r.documents.length === 0 ? el('p', { class: 'muted' }, 'No report matches.') : null,
    el('ul', { class: 'plain', id: 'search-documents' }, r.documents.map(h => el('li', { class: 'card' },
      docLink(h.document), el('span', { class: 'muted' }, ' ', h.document.published || '', ' ', h.document.name),
      el('div', {}, snippet(h.snippet))))),
    el('h2', {}, `Claims (${r.claims.length})`),
    r.claims.length === 0 ? el('p', { class: 'muted' }, 'No claim matches.') : null,
    el('ul', { class: 'plain', id: 'search-claims' }, r.claims.map(h => el('li', { class: 'card' },
      snippet(h.snippet), el('div', { class: 'muted' }, 'in ', docLink(h.document), ' · ',
        el('a', { href: '#/claims?id=' + q(h.id) }, 'the claim'))))));
}
