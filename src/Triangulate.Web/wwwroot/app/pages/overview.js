import { el, show, api, docLine, entityLink, claimCard, q } from '../lib.js';
import { sides } from './contradictions.js';

export async function overview() {
  const o = await api('/overview');
  const c = o.counts;
  document.title = 'Triangulate: overview';
  const count = (n, label, href) => el('a', { href }, el('b', {}, n.toLocaleString('en')), label);
  show(
    el('h1', {}, 'Overview'),
    el('div', { class: 'counts' },
      count(c.documents, 'reports', '#/documents'),
      count(c.entities, 'entities', '#/entities'),
      count(c.claims, 'claims', '#/claims'),
      count(c.clusters, 'propositions', '#/claims?min_origins=2'),
      count(c.contradictions, 'contradictions', '#/contradictions'),
      count(c.timeline_entries, 'dates on the timeline', '#/timeline')),
    el('div', { class: 'grid2' },
      el('section', {},
        el('h2', {}, 'Contradictions'),
        o.contradictions.length === 0 ? el('p', { class: 'muted' }, 'No contradiction found.') : null,
        o.contradictions.map(x => el('div', { class: 'card contradiction' },
          el('div', { class: 'meta' }, el('span', { class: 'badge' }, x.kind), ' ', el('span', { class: 'badge ' + x.status }, x.status), ' ',
            el('a', { href: '#/contradiction/' + q(x.key) }, x.explanation)),
          sides(x, true))),
        c.contradictions > o.contradictions.length ? el('p', {}, el('a', { href: '#/contradictions' }, `All ${c.contradictions} contradictions`)) : null,
        el('h2', {}, 'Most corroborated propositions'),
        o.corroborated.length === 0 ? el('p', { class: 'muted' }, 'No proposition is stated by more than one claim yet.') : null,
        o.corroborated.map(k => claimCard(k.first, el('p', { class: 'muted' },
          `${k.cluster.independent_origins} independent origin(s): ${k.cluster.origins.join('; ')}. ` +
          `${k.cluster.documents} reports, first reported by `, k.first_reported_by ? docLine(k.first_reported_by) : 'unknown')))),
      el('aside', {},
        el('h2', {}, 'Most named entities'),
        el('ul', { class: 'plain' }, o.entities.map(e => el('li', {}, entityLink(e), el('span', { class: 'muted' }, ` ${e.type}, ${e.documents} reports`)))),
        el('h2', {}, 'Reports by date'),
        o.reports_by_date.map(g => el('div', {},
          el('h3', {}, g.date || 'No date', el('span', { class: 'muted' }, ` (${g.count})`)),
          el('ul', { class: 'plain' }, g.documents.map(d => el('li', {}, docLine(d)))),
          g.count > g.documents.length ? el('p', {}, el('a', { href: '#/documents' }, `and ${g.count - g.documents.length} more`)) : null)))));
}
