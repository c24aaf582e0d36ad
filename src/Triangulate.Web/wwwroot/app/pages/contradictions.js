import { el, show, api, post, claimCard, pager, q } from '../lib.js';

// Both sides of a contradiction, side by side: each claim with its source chain, its report and its date.
export function sides(x, compact) {
  const side = (claim, label) => el('div', {}, el('div', { class: 'muted' }, label), compact
    ? [el('p', {}, claim.text), el('div', { class: 'meta muted' }, claim.document.title || claim.document.name, ' · ', claim.document.published || 'no date')]
    : claimCard(claim));
  return el('div', { class: 'sides' }, side(x.a, 'One side'), side(x.b, 'The other side'));
}

export async function contradictions(_, params) {
  const offset = Number(params.get('offset') || 0);
  const page = await api(`/contradictions?offset=${offset}`);
  document.title = 'Triangulate: contradictions';
  show(
    el('h1', {}, 'Contradictions'),
    page.total === 0 ? el('p', { class: 'muted' }, 'No contradiction found.') : null,
    page.items.map(x => el('div', { class: 'card contradiction' },
      el('div', { class: 'meta' }, el('span', { class: 'badge' }, x.kind), el('span', { class: 'badge ' + x.status }, x.status),
        el('a', { href: '#/contradiction/' + q(x.key) }, x.explanation)),
      sides(x, true))),
    pager(page, o => { location.hash = '#/contradictions?offset=' + o; }));
}

export async function contradiction(key) {
  const x = await api('/contradictions/' + q(key));
  document.title = 'Triangulate: contradiction';
  const message = el('p', { class: 'notice', hidden: true });
  const decide = kind => async () => {
    try {
      await post(`/contradictions/${q(key)}/${kind}`);
      await contradiction(key);
    } catch (error) {
      message.hidden = false;
      message.textContent = error.message;
    }
  };
  show(
    el('p', {}, el('a', { href: '#/contradictions' }, '← All contradictions')),
    el('h1', {}, 'A ', x.kind, ' contradiction'),
    el('p', {}, x.explanation),
    el('p', {}, 'Your word on it: ', el('span', { class: 'badge ' + x.status }, x.status)),
    el('div', { class: 'actions' },
      el('button', { id: 'confirm', onclick: decide('confirm') }, 'It is a real contradiction'),
      el('button', { id: 'dismiss', class: 'secondary', onclick: decide('dismiss') }, 'It is no contradiction')),
    message,
    sides(x, false));
}
