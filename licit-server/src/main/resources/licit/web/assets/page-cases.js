// ui/cases.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script.
// The review workbench (issue 18): the queue filtered, searched, sorted and paged by the server
// (GET /v1/cases), and one case at a time below it with what a reviewer weighs and the actions.
const VERDICTS = ['HOLD', 'LICENSE_REQUIRED', 'NOTIFICATION_REQUIRED', 'PROHIBITED', 'LICENSE_EXCEPTION', 'NLR'];
const CODES_CLEAR = ['DIFFERENT_ENTITY', 'DIFFERENT_ADDRESS', 'DIFFERENT_COUNTRY', 'OTHER'];
const CODES_CONFIRM = ['TRUE_MATCH', 'OTHER'];
const PAGE = 20;
const T = (k) => Licit.esc(Licit.t(k));
const $ = (id) => document.getElementById(id);
let offset = 0;
let current = null; // the case shown in the detail

function options(values, prefix, any) {
  return (any ? `<option value="">${T(any)}</option>` : '') + values.map(v => `<option value="${v}">${T(prefix + v)}</option>`).join('');
}

function query() {
  const q = new URLSearchParams();
  const put = (name, v) => { if (v) q.set(name, v); };
  q.set('status', $('status').value || 'all');
  put('kind', $('kind').value); put('verdict', $('verdict').value); put('destination', $('destination').value);
  put('q', $('q').value.trim()); q.set('sort', $('sort').value); q.set('dir', $('dir').value);
  q.set('offset', String(offset)); q.set('limit', String(PAGE));
  return q;
}

let generation = 0; // a newer search's answer wins: an older one arriving late is dropped
async function load() {
  $('err').textContent = '';
  const mine = ++generation;
  let res;
  try { res = await Licit.api('/v1/cases?' + query().toString(), { withHeaders: true }); }
  catch (e) { if (mine === generation) $('err').textContent = Licit.t('err.failed'); return; }
  if (mine !== generation) return;
  const list = res.data;
  const total = Number(res.headers.get('X-Total-Count') || list.length);
  const box = $('cases');
  $('pageInfo').textContent = total ? Licit.tf('wb.page', { from: offset + 1, to: offset + list.length, total }) : '';
  $('prev').disabled = offset === 0;
  $('next').disabled = offset + list.length >= total;
  if (!list.length) { box.innerHTML = `<p class="muted" id="empty">${T('wb.none')}</p>`; return; }
  box.innerHTML = `<table id="caseList"><thead><tr><th>${T('wb.col.case')}</th><th>${T('wb.col.opened')}</th><th>${T('wb.col.order')}</th>
      <th>${T('wb.col.destination')}</th><th>${T('wb.col.verdict')}</th><th>${T('wb.col.kind')}</th><th>${T('wb.col.status')}</th><th>${T('wb.col.matches')}</th></tr></thead>
    <tbody>${list.map(c => {
      const pending = (c.matches || []).filter(m => m.status === 'PENDING').length;
      return `<tr class="case-row${current && current.id === c.id ? ' selected' : ''}" data-case="${c.id}" tabindex="0">
        <td><b>${c.id}</b></td><td>${Licit.esc((c.openedAt || '').replace('T', ' ').substring(0, 16))}</td>
        <td>${Licit.esc(c.orderId || '—')}</td><td>${Licit.countryHtml(c.destination)}</td>
        <td>${Licit.verdictHtml(c.verdict)}<div class="muted case-why">${Licit.esc(Licit.caseReason(c))}</div></td><td>${T('kind.' + c.kind)}</td>
        <td class="status" data-status="${Licit.esc(c.status)}">${T('status.' + c.status)}</td>
        <td>${(c.matches || []).length}${pending ? ` <span class="muted">(${pending} ${T('mstatus.PENDING')})</span>` : ''}</td></tr>`;
    }).join('')}</tbody></table>`;
  box.querySelectorAll('tr.case-row').forEach(tr => {
    tr.onclick = () => show(Number(tr.dataset.case));
    tr.onkeydown = (e) => { if (e.key === 'Enter') show(Number(tr.dataset.case)); };
  });
}

const money = (v) => v == null ? '—' : Number(v).toLocaleString(Licit.lang === 'ko' ? 'ko-KR' : 'en-US');
const list = (xs) => xs && xs.length ? `<ul class="plain">${xs.map(x => `<li>${Licit.esc(x)}</li>`).join('')}</ul>` : '—';
const when = (t) => Licit.esc((t || '').replace('T', ' ').substring(0, 16));

function orderHtml(o) {
  if (!o) return '';
  const items = o.items.map(i => `<tr><td>${Licit.esc(i.sku || i.catalogId || '')}</td><td>${i.quantity}</td>
      <td>${money(i.unitValueUsd)}</td><td>${i.unitValueUsd == null ? '—' : money(i.unitValueUsd * i.quantity)}</td>
      <td>${Licit.esc(i.eccn || '—')}${i.paragraph && i.paragraph !== i.eccn ? ' <span class="muted">(' + Licit.esc(i.paragraph) + ')</span>' : ''}</td>
      <td>${i.verdict ? Licit.verdictHtml(i.verdict) : '—'}</td></tr>`).join('');
  const parties = o.parties.map(p => `<tr><td>${T('role.' + p.role)}</td><td>${Licit.esc(p.name)}</td>
      <td>${Licit.countryHtml(p.country)}</td><td>${Licit.esc(p.address || '—')}</td></tr>`).join('');
  return `<h2>${T('wb.order')} ${Licit.esc(o.id || '')}</h2>
    <p>${T('wb.destination')}: <b id="orderDestination">${Licit.countryHtml(o.destination)}</b> · ${T('wb.exportFrom')}: ${Licit.countryHtml(o.exportFrom)}
      ${o.date ? ' · ' + T('wb.orderDate') + ': ' + Licit.esc(o.date) : ''}</p>
    <table id="orderItems"><thead><tr><th>${T('wb.sku')}</th><th>${T('wb.quantity')}</th><th>${T('wb.unitValue')}</th><th>${T('wb.lineValue')}</th>
      <th>${T('wb.eccn')}</th><th>${T('wb.itemVerdict')}</th></tr></thead><tbody>${items}</tbody></table>
    <h2 class="spaced">${T('wb.parties')}</h2>
    <table id="orderParties"><thead><tr><th>${T('wb.role')}</th><th>${T('wb.name')}</th><th>${T('wb.country')}</th><th>${T('wb.address')}</th></tr></thead>
      <tbody>${parties}</tbody></table>`;
}

// Each item of the decision as the engine explained it: its reasons (superseded ones struck through), its own
// classification and what would change its verdict (issue 18), from the stored decision.
function whyHtml(d) {
  if (!d || !d.items) return '';
  Licit.useOwnership(d);
  return `<h2 class="spaced">${T('wb.itemWhy')}</h2><div id="caseWhy">${d.items.map((i, n) => `<div class="card item-why" data-item="${n}">
      <b>${n + 1}. ${Licit.esc(i.sku || '')}</b> — ${Licit.esc(Licit.eccnText(i))} ${Licit.verdictHtml(i.verdict)}
      ${i.reviewPolicy ? ' <span class="muted">' + T('policy.' + i.reviewPolicy) + '</span>' : ''}${i.licenseException ? ' <b>' + Licit.esc(i.licenseException) + '</b>' : ''}
      ${Licit.itemWhyHtml(i)}</div>`).join('')}</div>`;
}

function entryHtml(m) {
  const e = m.entry;
  if (!e) {
    return `<p class="error">${T('wb.entryMissing')}</p><dl><dt>${T('wb.list')}</dt><dd>${Licit.esc(m.list)}</dd>
      <dt>${T('wb.entryId')}</dt><dd>${Licit.esc(m.entryId)}</dd><dt>${T('wb.name')}</dt><dd>${Licit.esc(m.listedName)}</dd></dl>`;
  }
  // the listed entry's evidence is quoted from the published list as it stands: data, not the UI's words
  const row = (k, v) => `<dt>${T(k)}</dt><dd translate="no">${v}</dd>`;
  return `${e.current ? '' : `<p class="error entry-changed">${T('wb.entryChanged')}</p>`}<dl class="entry">
    ${row('wb.name', '<b>' + Licit.esc(e.name) + '</b>')}
    ${row('wb.list', Licit.esc(e.list) + ' · ' + T('wb.entryId') + ' ' + Licit.esc(e.entryId))}
    ${row('wb.aliases', list(e.aliases))}
    ${row('wb.addresses', list(e.addresses))}
    ${row('wb.countries', e.countries.length ? e.countries.map(Licit.countryHtml).join(', ') : '—')}
    ${row('wb.programs', Licit.esc(e.programs || '—'))}
    ${row('wb.frNotice', Licit.esc(e.federalRegisterNotice || '—'))}
    ${row('wb.licReq', Licit.esc(e.licenseRequirement || '—'))}
    ${row('wb.licPolicy', Licit.esc(e.licensePolicy || '—'))}
    ${e.startDate ? row('wb.since', Licit.esc(e.startDate)) : ''}
    ${e.remarks ? row('wb.remarks', Licit.esc(e.remarks)) : ''}
    ${row('wb.sources', list(e.sources))}
    ${e.sourceUrl ? row('wb.sourceUrl', Licit.esc(e.sourceUrl)) : ''}</dl>`;
}

function partyHtml(p) {
  return `<dl class="party"><dt>${T('wb.name')}</dt><dd><b>${Licit.esc(p.name)}</b></dd>
    ${p.role ? `<dt>${T('wb.role')}</dt><dd>${T('role.' + p.role)}</dd>` : ''}
    <dt>${T('wb.address')}</dt><dd>${Licit.esc(p.address || '—')}</dd>
    <dt>${T('wb.country')}</dt><dd>${Licit.countryHtml(p.country)}</dd>
    ${p.headquarters ? `<dt>${T('wb.hq')}</dt><dd>${Licit.countryHtml(p.headquarters)}</dd>` : ''}</dl>`;
}

function matchHtml(c, m) {
  const open = c.status === 'OPEN' && m.status === 'PENDING';
  const reason = m.reasonCode ? T('code.' + m.reasonCode) + (m.reasonNote ? ' — ' + Licit.esc(m.reasonNote) : '') : Licit.esc(m.reviewReason || '');
  const state = m.status === 'PENDING'
    ? (m.proposedBy ? `<p class="proposed">${Licit.esc(Licit.tf('wb.proposed', { who: m.proposedBy, at: (m.proposedAt || '').substring(0, 16) }))}</p>` : '')
    : `<p class="reviewed">${Licit.esc(Licit.tf('wb.reviewed', { status: Licit.t('mstatus.' + m.status), who: m.reviewedBy, at: (m.reviewedAt || '').substring(0, 16) }))}: ${reason}</p>`;
  const codes = (xs) => xs.map(x => `<option value="${x}">${T('code.' + x)}</option>`).join('');
  return `<div class="match card" data-match="${m.id}">
    <div class="match-head"><b>${Licit.esc(m.list)}</b> · ${T('wb.score')} ${m.score} · ${T('wb.band')} ${T('band.' + m.band)}
      · <span class="mstatus" data-status="${m.status}">${T('mstatus.' + m.status)}</span></div>
    ${m.note ? (Licit.lang === 'en' ? `<p class="muted">${Licit.esc(m.note)}</p>` : Licit.originalHtml(m.note)) : ''}
    <div class="compare"><div><h3>${T('wb.ourParty')}</h3>${partyHtml(m.party)}</div>
      <div><h3>${T('wb.listed')}</h3>${entryHtml(m)}</div></div>
    ${state}
    ${open ? `<div class="review row">
      <div><label for="code-${m.id}">${T('wb.reasonCode')}</label><select id="code-${m.id}" class="code" data-match="${m.id}">
        <option value="">${T('code.choose')}</option><optgroup label="${T('wb.clear')}">${codes(CODES_CLEAR)}</optgroup>
        <optgroup label="${T('wb.confirm')}">${codes(CODES_CONFIRM.filter(x => x !== 'OTHER'))}</optgroup></select></div>
      <div class="wide"><label for="note-${m.id}">${T('wb.note')}</label><input id="note-${m.id}" class="note" maxlength="1800" placeholder="${T('wb.notePh')}"></div>
      <div class="actions"><button class="small clear" data-match="${m.id}">${T('wb.clear')}</button>
        <button class="small confirm" data-match="${m.id}">${T('wb.confirm')}</button></div>
      </div><p class="error inline" id="err-${m.id}" role="alert"></p>` : ''}
  </div>`;
}

function coverageHtml(c) {
  const a = c.coverage;
  if (!a) return '';
  if (a.shippable && a.license) {
    return `<p class="covered" id="coverage">${Licit.esc(Licit.tf('wb.covered.license', { number: a.license.number }))}</p>`;
  }
  if (a.shippable && a.notification) {
    return `<p class="covered" id="coverage">${Licit.esc(Licit.tf('wb.covered.nac', { id: a.notification.id, bis: a.notification.bisNumber }))}</p>`;
  }
  return `<div class="not-covered" id="coverage"><p>${T('wb.notCovered')}</p>
    <details><summary>${T('wb.why')}</summary><p class="muted" id="coverageDetail">${Licit.esc(Licit.authDetail(a))}</p>${Licit.originalHtml(a.detail)}</details></div>`;
}

function detailHtml(c) {
  const closed = c.status !== 'OPEN'
    ? `<p id="closedLine">${Licit.esc(Licit.tf('wb.closed', { status: Licit.t('status.' + c.status), who: c.closedBy, at: (c.closedAt || '').substring(0, 16), reason: c.closeReason || '' }))}</p>` : '';
  const history = (c.actions || []).map(a => `<li>${when(a.at)} · ${T('wb.action.' + a.action)}${a.matchId ? ' #' + a.matchId : ''} · ${Licit.esc(a.actor)}${a.reason ? ' — ' + Licit.esc(a.action === 'OPENED' ? Licit.caseReason(c) : a.reason) : ''}</li>`).join('');
  return `<h2><span>${T('wb.case')} ${c.id}</span> ${Licit.verdictHtml(c.verdict)} <span class="muted">${T('kind.' + c.kind)} ·
      <span id="caseStatus" data-status="${c.status}">${T('status.' + c.status)}</span></span></h2>
    <p class="muted">${Licit.esc(c.decisionId)} · <a href="/v1/decisions/${encodeURIComponent(c.decisionId)}/record?lang=${Licit.lang}" target="_blank" rel="noopener" id="recordLink">${T('wb.record')}</a></p>
    <h3>${T('wb.openedWhy')}</h3><p id="openedWhy">${Licit.esc(Licit.caseReason(c))}</p>${Licit.originalHtml(c.reason)}
    ${c.status === 'OPEN' ? coverageHtml(c) : ''}
    ${orderHtml(c.order)}
    ${whyHtml(c.decision)}
    ${(c.matches || []).length ? `<h2 class="spaced">${T('wb.matches')}</h2>${c.matches.map(m => matchHtml(c, m)).join('')}` : ''}
    ${c.status === 'OPEN' ? `<h2 class="spaced">${T('wb.close')}</h2>
      <label for="closeReason">${T('wb.closeReason')}</label><textarea id="closeReason" rows="2" maxlength="1800"></textarea>
      <p class="error inline" id="err-close" role="alert"></p>
      <button class="primary" id="release">${T('wb.release')}</button> <button class="primary danger" id="reject">${T('wb.reject')}</button>` : closed}
    <h2 class="spaced">${T('wb.attachments')}</h2>
    ${(c.attachments || []).length ? `<ul id="attachments">${c.attachments.map(a => `<li class="attachment">
        <a href="/v1/cases/${c.id}/attachments/${a.id}" download="${Licit.esc(a.fileName)}">${Licit.esc(a.fileName)}</a>
        <span class="muted">${Math.ceil(a.sizeBytes / 1024)} KB · SHA-256 ${Licit.esc(a.sha256)}${a.matchId ? ' · ' + T('wb.aboutMatch') + ' #' + a.matchId : ''}
        · ${Licit.esc(a.actor)} (${when(a.attachedAt)})</span>${a.note ? ' — ' + Licit.esc(a.note) : ''}</li>`).join('')}</ul>`
      : `<p class="muted" id="noAttachment">${T('wb.noAttachment')}</p>`}
    <form id="attachForm" novalidate><div class="row">
      <div class="wide"><label for="attachFile">${T('wb.file')}</label><input id="attachFile" type="file"></div>
      <div><label for="attachMatch">${T('wb.aboutMatch')}</label><select id="attachMatch"><option value="">${T('wb.wholeCase')}</option>
        ${(c.matches || []).map(m => `<option value="${m.id}">#${m.id} ${Licit.esc(m.listedName)}</option>`).join('')}</select></div>
      <div class="wide"><label for="attachNote">${T('wb.note')}</label><input id="attachNote" maxlength="1800"></div></div>
      <p class="error inline" id="err-attach" role="alert"></p><button class="small" id="attachButton">${T('wb.attach')}</button></form>
    <h2 class="spaced">${T('wb.history')}</h2><ul id="history">${history}</ul>`;
}

// What the server said, in the UI's own words: the message goes next to the control that failed.
function explain(e) {
  const d = (e && e.message) || '';
  if (e && e.status === 403) return /proposed/.test(d) ? 'err.second' : /submitted/.test(d) ? 'err.submitter' : 'err.failed';
  if (e && e.status === 409) {
    if (/PROHIBITED/.test(d)) return 'err.prohibited';
    if (/review every match|pending/.test(d)) return 'err.pending';
    if (/only open cases/.test(d)) return 'err.closed';
    if (/already/.test(d)) return 'err.already';
  }
  if (e && e.status === 400 && /note/.test(d)) return 'err.note';
  if (e && e.status === 400 && /reason/.test(d)) return 'err.reason';
  return 'err.failed';
}

function ask(title, body, yes) {
  const dlg = $('confirm');
  $('confirmTitle').textContent = title;
  $('confirmBody').textContent = body;
  $('confirmYes').textContent = yes;
  return new Promise(resolve => {
    $('confirmYes').onclick = () => { dlg.close(); resolve(true); };
    $('confirmCancel').onclick = () => { dlg.close(); resolve(false); };
    dlg.oncancel = () => resolve(false);
    dlg.showModal();
  });
}

async function act(c, action, body, errBox) {
  errBox.textContent = '';
  try {
    await Licit.api(`/v1/cases/${c.id}/${action}`, { method: 'POST', body });
  } catch (e) {
    const key = explain(e);
    // the case moved on meanwhile (closed, reviewed): show it as it now stands, the message where it failed
    if (e && e.status === 409) await show(c.id, true);
    const box = $(errBox.id) || $('err');
    box.textContent = Licit.t(key);
    box.title = e.message || '';
    return;
  }
  await show(c.id, true);
  await load();
}

async function show(id, keepScroll) {
  let c;
  try { c = await Licit.api('/v1/cases/' + id); }
  catch (e) { $('err').textContent = Licit.t('err.failed'); return; }
  // the stored decision, for each item's reasons; the case still shows without it
  try { c.decision = await Licit.api('/v1/decisions/' + encodeURIComponent(c.decisionId)); } catch (e) { c.decision = null; }
  current = c;
  history.replaceState(null, '', '/ui/cases?case=' + c.id);
  document.querySelectorAll('tr.case-row').forEach(tr => tr.classList.toggle('selected', Number(tr.dataset.case) === c.id));
  const box = $('detail');
  box.dataset.case = c.id;
  box.innerHTML = detailHtml(c);
  box.querySelectorAll('button.clear, button.confirm').forEach(b => b.onclick = () => {
    const m = b.dataset.match;
    const clear = b.classList.contains('clear');
    const code = $('code-' + m).value;
    const note = $('note-' + m).value.trim();
    const err = $('err-' + m);
    if (!code) { err.textContent = Licit.t('err.code'); $('code-' + m).focus(); return; }
    if (clear && !CODES_CLEAR.includes(code)) { err.textContent = Licit.t('err.codeClear'); $('code-' + m).focus(); return; }
    if (!clear && !CODES_CONFIRM.includes(code)) { err.textContent = Licit.t('err.codeConfirm'); $('code-' + m).focus(); return; }
    if (code === 'OTHER' && !note) { err.textContent = Licit.t('err.note'); $('note-' + m).focus(); return; }
    act(c, clear ? 'clear' : 'confirm', { matchId: Number(m), reasonCode: code, note: note || undefined }, err);
  });
  const closing = async (action) => {
    const reason = $('closeReason').value.trim();
    const err = $('err-close');
    err.textContent = '';
    if (!reason) { err.textContent = Licit.t('err.reason'); $('closeReason').focus(); return; }
    const ok = await ask(Licit.tf(`wb.dlg.${action}Title`, { id: c.id }), Licit.t(`wb.dlg.${action}Body`), Licit.t(`wb.dlg.${action}`));
    if (ok) act(c, action, { reason }, err);
  };
  $('attachForm').onsubmit = async (e) => {
    e.preventDefault();
    const err = $('err-attach');
    err.textContent = '';
    const file = $('attachFile').files[0];
    if (!file) { err.textContent = Licit.t('err.file'); return; }
    if (file.size > 5 * 1024 * 1024) { err.textContent = Licit.t('err.fileSize'); return; }
    const form = new FormData();
    form.append('file', file, file.name);
    if ($('attachMatch').value) form.append('matchId', $('attachMatch').value);
    if ($('attachNote').value.trim()) form.append('note', $('attachNote').value.trim());
    try { await Licit.api(`/v1/cases/${c.id}/attachments`, { method: 'POST', body: form }); await show(c.id, true); }
    catch (ex) { err.textContent = Licit.t('err.failed'); err.title = ex.message || ''; }
  };
  if ($('release')) {
    $('release').onclick = () => closing('release');
    $('reject').onclick = () => closing('reject');
  }
  if (!keepScroll) box.scrollIntoView();
}

Licit.start(async () => {
  $('status').innerHTML = options(['OPEN', 'RELEASED', 'REJECTED'], 'status.', null) + `<option value="all">${T('common.all')}</option>`;
  $('kind').innerHTML = options(['DECISION', 'RESCREEN'], 'kind.', 'common.any');
  $('verdict').innerHTML = options(VERDICTS, 'verdict.', 'common.any');
  $('destination').innerHTML = Licit.countryOptions(Licit.t('common.any'));
  $('sort').innerHTML = ['opened', 'order', 'verdict', 'destination', 'status', 'matches'].map(s => `<option value="${s}">${T('wb.sort.' + s)}</option>`).join('');
  $('dir').innerHTML = `<option value="desc">${T('wb.dir.desc')}</option><option value="asc">${T('wb.dir.asc')}</option>`;
  $('filters').onsubmit = (e) => { e.preventDefault(); offset = 0; load(); };
  ['status', 'kind', 'verdict', 'destination', 'sort', 'dir'].forEach(id => { $(id).onchange = () => { offset = 0; load(); }; });
  $('prev').onclick = () => { offset = Math.max(0, offset - PAGE); load(); };
  $('next').onclick = () => { offset += PAGE; load(); };
  await load();
  const wanted = new URLSearchParams(location.search).get('case');
  if (wanted && /^\d+$/.test(wanted)) await show(Number(wanted));
});
