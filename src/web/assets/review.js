// The review page's keys and in-place decisions. Plain JavaScript served as is: no build step. The
// page works without it (every action is a form); this only saves the reload and adds the keyboard.
'use strict';

const queue = document.getElementById('queue');
const flash = document.getElementById('flash');
const cards = () => [...document.querySelectorAll('article.fact')];
let current = null;

function say(text) {
  if (flash) flash.textContent = text;
}

function focusCard(card) {
  if (!card) return;
  if (current) current.classList.remove('current');
  current = card;
  card.classList.add('current');
  card.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}

const undecided = (card) => ['pending', 'needs_review'].includes(card.dataset.state);

function nextUndecided(after) {
  const all = cards();
  const start = all.indexOf(after);
  return all.slice(start + 1).find(undecided) ?? all.find(undecided) ?? all[Math.min(start + 1, all.length - 1)];
}

function move(step) {
  const all = cards();
  if (all.length === 0) return;
  const at = current ? all.indexOf(current) : -1;
  focusCard(all[Math.max(0, Math.min(all.length - 1, at + step))]);
}

async function post(form) {
  const body = new URLSearchParams(new FormData(form));
  const response = await fetch(form.getAttribute('action'), { method: 'POST', body, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!(response.headers.get('content-type') ?? '').includes('json')) return { ok: false, message: (await response.text()).slice(0, 300) };
  return response.json();
}

/** Puts the server's fresh card in place of the old one, and says what happened. */
function replaceCard(factId, result) {
  const old = document.getElementById(`fact-${factId}`);
  if (!old || !result.card) return old;
  const holder = document.createElement('div');
  holder.innerHTML = result.card; // built and escaped by the server
  const fresh = holder.firstElementChild;
  old.replaceWith(fresh);
  if (current === old) current = fresh;
  const message = fresh.querySelector('.message');
  if (message) {
    message.textContent = result.message ?? '';
    message.classList.toggle('conflict', !result.ok);
  }
  return fresh;
}

function showProgress(result) {
  const panel = document.querySelector('section.progress');
  if (!panel || !result.progress) return;
  const holder = document.createElement('div');
  holder.innerHTML = result.progress; // built and escaped by the server
  panel.replaceWith(holder.firstElementChild);
}

async function decide(form) {
  const card = form.closest('article.fact');
  const result = await post(form);
  const fresh = replaceCard(card.dataset.id, result) ?? card;
  showProgress(result);
  say(result.message ?? '');
  if (!result.ok) return focusCard(fresh);
  const next = nextUndecided(fresh);
  focusCard(next);
  if (!cards().some(undecided)) say(`${result.message}. Every fact on this page is decided: press n for the next ones.`);
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.classList.contains('decide')) {
    event.preventDefault();
    decide(form).catch((error) => say(`not saved: ${error.message}`));
  } else if (form.id === 'bulk') {
    event.preventDefault();
    bulkApprove().catch((error) => say(`not saved: ${error.message}`));
  } else if (form.id === 'undo') {
    event.preventDefault();
    undo().catch((error) => say(`not undone: ${error.message}`));
  }
});

async function bulkApprove() {
  const form = document.getElementById('bulk');
  const picked = [...document.querySelectorAll('input.pick:checked')];
  if (picked.length === 0) return say('nothing selected: press x on the facts to approve, then Shift+A');
  // The boxes belong to the bulk form (form="bulk"), so the form's data carries them.
  const result = await post(form);
  say(result.message);
  // Fetch each picked card as it is now by reloading the page section: simplest is the page itself.
  const anchor = current?.id;
  const reload = new URL(location.href);
  reload.searchParams.set('message', result.message);
  reload.hash = anchor ?? '';
  location.assign(reload.toString());
}

async function undo() {
  const form = document.getElementById('undo');
  const result = await post(form);
  say(result.message);
  showProgress(result);
  if (result.ok && result.factId) {
    const fresh = replaceCard(result.factId, result);
    if (fresh) focusCard(fresh);
  }
}

function openReject(card) {
  const form = card.querySelector('form.reject');
  if (!form) return;
  form.classList.add('open');
  form.querySelector('select.reason').focus();
}

function openEdit(card) {
  const details = card.querySelector('details.edit');
  if (!details) return;
  details.open = true;
  details.querySelector('input:not([type=hidden]), select')?.focus();
}

function closeForms(card) {
  card.querySelector('form.reject')?.classList.remove('open');
  const details = card.querySelector('details.edit');
  if (details) details.open = false;
  card.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  const card = target instanceof Element ? target.closest('article.fact') : null;
  const inField = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
  const rejectForm = target instanceof Element ? target.closest('form.reject') : null;
  if (event.key === 'Escape' && card) {
    event.preventDefault();
    return closeForms(card);
  }
  if (rejectForm) {
    // In the reject form: digits pick the coded reason, Enter confirms.
    const select = rejectForm.querySelector('select.reason');
    if (/^[1-9]$/.test(event.key) && target === select) {
      const option = select.options[Number(event.key) - 1];
      if (option) select.value = option.value;
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      rejectForm.requestSubmit();
    }
    return;
  }
  if (inField) return;
  if (event.key === '?') return document.querySelector('.shortcuts')?.scrollIntoView();
  if (!queue) return;
  const at = current ?? card;
  const keys = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    a: () => at?.querySelector('form.approve')?.requestSubmit(),
    r: () => at && openReject(at),
    e: () => at && openEdit(at),
    u: () => document.getElementById('undo')?.requestSubmit(),
    x: () => {
      const box = at?.querySelector('input.pick');
      if (!box) return;
      box.checked = !box.checked;
      at.classList.toggle('picked', box.checked);
    },
    A: () => document.getElementById('bulk')?.requestSubmit(),
    p: () => {
      const details = at?.querySelector('details.paragraph');
      if (details) details.open = !details.open;
    },
    o: () => at && location.assign(at.querySelector('.fact-doc a').href),
    n: () => location.assign(queue.dataset.next),
  };
  const action = keys[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

document.addEventListener('change', (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.classList.contains('pick')) box.closest('article.fact')?.classList.toggle('picked', box.checked);
});

document.addEventListener('click', (event) => {
  const card = event.target instanceof Element ? event.target.closest('article.fact') : null;
  if (card && card !== current) {
    if (current) current.classList.remove('current');
    current = card;
    card.classList.add('current');
  }
});

// The document page: a fact in the list flashes its words in the text.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-fact]') : null;
  if (!link) return;
  document.querySelectorAll('mark.hl.flash').forEach((mark) => mark.classList.remove('flash'));
  document.querySelectorAll('mark.hl').forEach((mark) => {
    if (mark.dataset.facts.split(' ').includes(link.dataset.fact)) mark.classList.add('flash');
  });
});

if (queue) {
  const wanted = location.hash ? document.querySelector(location.hash.replace(/[^#\w-]/g, '')) : null;
  focusCard(wanted?.matches('article.fact') ? wanted : cards().find(undecided) ?? cards()[0]);
}
