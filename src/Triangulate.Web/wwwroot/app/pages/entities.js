import { el, show, api, post, docLink, entityLink, claimCard, pager, q, leaveMessage, takeMessage } from '../lib.js';

const types = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'NORP', 'EVENT', 'MEDIA'];

export async function entities(_, params) {
  const type = params.get('type') || '';
  const text = params.get('q') || '';
  const offset = Number(params.get('offset') || 0);
  const page = await api(`/entities?offset=${offset}&limit=100` + (type ? '&type=' + q(type) : '') + (text ? '&q=' + q(text) : ''));
  document.title = 'Triangulate: entities';
  const go = changes => {
    const p = new URLSearchParams({ type, q: text, ...changes });
    for (const [k, v] of [...p]) if (!v) p.delete(k);
    location.hash = '#/entities?' + p;
  };
  const box = el('input', { type: 'search', name: 'q', value: text, placeholder: 'part of a spelling' });
  const select = el('select', { name: 'type' }, el('option', { value: '' }, 'any type'),
    types.map(t => el('option', { value: t, selected: t === type }, t)));
  show(
    takeMessage(),
    el('h1', {}, 'Entities'),
    el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); go({ q: box.value, type: select.value, offset: '' }); } },
      el('label', {}, 'Spelling', box), el('label', {}, 'Type', select), el('button', { type: 'submit' }, 'Filter')),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Type'), el('th', {}, 'Reports'), el('th', {}, 'Id'))),
      el('tbody', {}, page.items.map(e => el('tr', {}, el('td', {}, entityLink(e)), el('td', {}, e.type), el('td', {}, e.documents), el('td', { class: 'muted' }, e.id))))),
    pager(page, o => go({ offset: String(o) })));
}

export async function entity(id, params) {
  const offset = Number(params.get('offset') || 0);
  const e = await api(`/entities/${q(id)}?offset=${offset}`);
  document.title = 'Triangulate: ' + e.entity.name;
  const message = el('p', { class: 'notice', id: 'decision-message', hidden: true });
  const decide = (kind, body) => async event => {
    event.preventDefault();
    try {
      const result = await post(`/entities/${q(id)}/${kind}`, body());
      leaveMessage(result.message);
      location.hash = result.entity ? '#/entity/' + q(result.entity) : '#/entities';
    } catch (error) {
      message.hidden = false;
      message.textContent = error.message;
    }
  };
  const flash = takeMessage();
  const mergeWith = el('input', { name: 'with', id: 'merge-with', placeholder: 'entity id or spelling', required: true, list: 'neighbour-ids' });
  const newName = el('input', { name: 'name', id: 'rename-to', value: e.entity.name, required: true, maxlength: 200 });
  show(
    flash,
    el('h1', {}, e.entity.name, ' ', el('span', { class: 'badge' }, e.entity.type), ' ', el('span', { class: 'muted' }, e.entity.id)),
    e.titles.length ? el('p', { class: 'muted' }, 'Titles: ', e.titles.join(', ')) : null,
    el('p', { class: 'muted' }, `${e.mentions} mentions in ${e.entity.documents} reports`),
    el('div', { class: 'actions' },
      el('form', { id: 'merge-form', onsubmit: decide('merge', () => ({ with: mergeWith.value.trim() })) },
        mergeWith, el('button', { type: 'submit' }, 'Merge into this entity')),
      el('form', { id: 'rename-form', onsubmit: decide('rename', () => ({ name: newName.value })) },
        newName, el('button', { type: 'submit', class: 'secondary' }, 'Rename')),
      el('form', { id: 'reject-form', onsubmit: decide('reject', () => ({})) },
        el('button', { type: 'submit', class: 'danger' }, 'Reject: this is no entity'))),
    el('datalist', { id: 'neighbour-ids' }, e.neighbours.map(n => el('option', { value: n.entity.id }, n.entity.name))),
    message,
    el('div', { class: 'grid2' },
      el('section', {},
        el('h2', {}, 'Spellings and who used them'),
        el('table', { id: 'variants' }, el('tbody', {}, e.variants.map(v => el('tr', {},
          el('td', {}, el('b', {}, v.text)),
          el('td', {}, v.documents.map((d, i) => [i ? ', ' : '', docLink(d)]),
            v.count > v.documents.length ? el('span', { class: 'muted' }, ` and ${v.count - v.documents.length} more`) : null),
          el('td', {}, e.variants.length > 1
            ? el('form', { onsubmit: decide('split', () => ({ alias: v.text })) }, el('button', { type: 'submit', class: 'secondary' }, 'Split off'))
            : null))))),
        el('h2', {}, `Claims about ${e.entity.name}`),
        e.claims.total === 0 ? el('p', { class: 'muted' }, 'No claim names it.') : null,
        e.claims.items.map(c => claimCard(c)),
        pager(e.claims, o => { location.hash = `#/entity/${q(id)}?offset=${o}`; })),
      el('aside', {},
        el('h2', {}, 'Neighbours'),
        e.neighbours.length === 0 ? el('p', { class: 'muted' }, 'Named with no other entity.') : null,
        el('ul', { class: 'plain' }, e.neighbours.map(n => el('li', {}, entityLink(n.entity), el('span', { class: 'muted' }, ` in ${n.claims} claim(s)`)))),
        el('h2', {}, 'Why these spellings are one'),
        el('ul', {}, (e.explanation.length ? e.explanation : ['one spelling only: nothing was merged']).map(line => el('li', {}, line))))));
}
