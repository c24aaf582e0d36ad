import { el, show, api, docLine, pager, q } from '../lib.js';

export async function documents(_, params) {
  const offset = Number(params.get('offset') || 0);
  const text = params.get('q') || '';
  const page = await api(`/documents?offset=${offset}&limit=100` + (text ? '&q=' + q(text) : ''));
  document.title = 'Triangulate: reports';
  const box = el('input', { type: 'search', name: 'q', value: text, placeholder: 'part of a name, title or source' });
  show(
    el('h1', {}, 'Reports'),
    el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); location.hash = '#/documents?q=' + q(box.value); } },
      el('label', {}, 'Filter', box), el('button', { type: 'submit' }, 'Filter')),
    el('ul', { class: 'plain', id: 'document-list' }, page.items.map(d => el('li', {}, docLine(d)))),
    pager(page, o => { location.hash = `#/documents?offset=${o}` + (text ? '&q=' + q(text) : ''); }));
}

// Non-overlapping spans, longest first where two start together.
function disjoint(spans) {
  const kept = [];
  let end = -1;
  for (const s of spans) {
    if (s.start >= end && s.end > s.start) {
      kept.push(s);
      end = s.end;
    }
  }
  return kept;
}

function highlight(s, text) {
  const label = s.label;
  if (s.kind === 'entity') return el('a', { class: 'entity', href: '#/entity/' + q(s.target), title: label }, text);
  if (s.kind === 'time') return el('a', { class: 'time', href: '#/timeline?at=' + q(s.target), title: label }, text);
  return s.target
    ? el('a', { class: 'amount', href: '#/claims?id=' + q(s.target), title: label }, text)
    : el('span', { class: 'amount', title: label }, text);
}

function range(text, from, to, inner) {
  const nodes = [];
  let pos = from;
  for (const s of inner) {
    if (s.start < from || s.end > to) continue;
    if (s.start > pos) nodes.push(text.slice(pos, s.start));
    nodes.push(highlight(s, text.slice(s.start, s.end)));
    pos = s.end;
  }
  if (pos < to) nodes.push(text.slice(pos, to));
  return nodes;
}

export async function reader(id, params) {
  const d = await api('/documents/' + q(id));
  const text = d.text;
  document.title = 'Triangulate: ' + (d.document.title || d.document.name);
  const contradicted = new Set(d.claims.filter(c => c.contradicted).map(c => c.id));
  const claims = disjoint(d.spans.filter(s => s.kind === 'claim'));
  const inner = disjoint(d.spans.filter(s => s.kind !== 'claim'));
  const body = [];
  let pos = 0;
  for (const c of claims) {
    body.push(range(text, pos, c.start, inner));
    body.push(el('span', { class: 'claim-span' + (contradicted.has(c.target) ? ' contradicted' : ''), id: 'claim-' + c.target, title: c.label },
      range(text, c.start, c.end, inner),
      el('a', { class: 'claim-link', href: '#/claims?id=' + q(c.target), title: 'this claim, its source chain and who else states it' }, ' ↗')));
    pos = c.end;
  }
  body.push(range(text, pos, text.length, inner));
  const meta = d.document;
  show(
    el('h1', {}, meta.title || meta.name),
    el('p', { class: 'muted' }, [meta.source, meta.published ? meta.published + (meta.published_inferred ? ' (inferred from the text)' : '') : 'no date', meta.name].filter(Boolean).join(' · '),
      d.url ? [' · ', el('span', {}, d.url)] : null),
    el('p', { class: 'legend muted' }, el('span', { class: 'entity' }, 'entity'), el('span', { class: 'time' }, 'date'),
      el('span', { class: 'amount' }, 'amount'), el('span', { class: 'claim' }, 'claim'),
      el('a', { href: '#/claims?doc=' + q(meta.id) }, `${d.claims.length} claims of this report`)),
    el('article', { class: 'reader', id: 'reader' }, body));
  const wanted = params.get('claim');
  if (wanted) document.getElementById('claim-' + wanted)?.scrollIntoView({ block: 'center' });
}
