import { el, show, api, claimCard, pager, q } from '../lib.js';

const stances = ['assert', 'deny', 'admit', 'accuse', 'question', 'request'];
const modalities = ['fact', 'plan', 'expectation', 'possibility', 'opinion'];
const keys = ['source', 'stance', 'modality', 'entity', 'doc', 'min_origins', 'contradicted', 'id'];

export async function claims(_, params) {
  const filter = Object.fromEntries(keys.map(k => [k, params.get(k) || '']));
  const offset = Number(params.get('offset') || 0);
  const query = keys.filter(k => filter[k]).map(k => `${k}=${q(filter[k])}`).join('&');
  const page = await api(`/claims?offset=${offset}&${query}`);
  document.title = 'Triangulate: claims';
  const go = changes => {
    const p = new URLSearchParams({ ...filter, ...changes });
    for (const [k, v] of [...p]) if (!v) p.delete(k);
    location.hash = '#/claims?' + p;
  };
  const input = (name, label, attrs) => el('label', {}, label, el('input', { name, value: filter[name], ...attrs }));
  const select = (name, label, values) => el('label', {}, label, el('select', { name },
    el('option', { value: '' }, 'any'), values.map(v => el('option', { value: v, selected: v === filter[name] }, v))));
  const form = el('form', { class: 'filters', id: 'claim-filters', onsubmit: e => {
    e.preventDefault();
    const data = new FormData(form);
    go({ ...Object.fromEntries(keys.map(k => [k, data.get(k) || ''])), contradicted: data.get('contradicted') ? 'true' : '', offset: '' });
  } },
  input('source', 'Source (part of a name)', { type: 'search' }),
  select('stance', 'Stance', stances),
  select('modality', 'Modality', modalities),
  input('entity', 'Entity id', { size: 6 }),
  input('min_origins', 'At least n independent origins', { type: 'number', min: 1, max: 50 }),
  el('label', {}, 'Contradicted only', el('input', { type: 'checkbox', name: 'contradicted', checked: filter.contradicted === 'true' })),
  el('input', { type: 'hidden', name: 'doc', value: filter.doc }),
  el('input', { type: 'hidden', name: 'id', value: filter.id }),
  el('button', { type: 'submit' }, 'Filter'),
  el('a', { href: '#/claims' }, 'clear'));
  show(
    el('h1', {}, 'Claims'),
    form,
    filter.doc ? el('p', { class: 'muted' }, 'Of one report only. ', el('a', { href: '#/document/' + q(filter.doc) }, 'Read it')) : null,
    el('p', { class: 'muted', id: 'claim-count' }, `${page.total} claims`),
    page.items.map(c => claimCard(c)),
    pager(page, o => go({ offset: String(o) })));
}
