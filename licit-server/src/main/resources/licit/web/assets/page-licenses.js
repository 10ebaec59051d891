// ui/licenses.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script.
// Licenses (register, revoke with a confirmation, draw-down history) and NAC notifications (file, BIS
// number, BIS's answer that a license is required), issue 18.
const T = (k) => Licit.esc(Licit.t(k));
const $ = (id) => document.getElementById(id);
const v = id => $(id).value.trim();
const list = s => s.split(',').map(x => x.trim()).filter(x => x);
const money = (x) => x == null ? '—' : Number(x).toLocaleString(Licit.lang === 'ko' ? 'ko-KR' : 'en-US');
let admin = false;

// A confirmation with a reason: resolves to the reason, or null when cancelled.
function askReason(title, body, yes) {
  const dlg = $('confirm');
  $('confirmTitle').textContent = title;
  $('confirmBody').textContent = body;
  $('confirmYes').textContent = yes;
  $('confirmReason').value = '';
  $('err-confirm').textContent = '';
  return new Promise(resolve => {
    $('confirmYes').onclick = () => {
      const reason = $('confirmReason').value.trim();
      if (!reason) { $('err-confirm').textContent = Licit.t('err.reason'); $('confirmReason').focus(); return; }
      dlg.close(); resolve(reason);
    };
    $('confirmCancel').onclick = () => { dlg.close(); resolve(null); };
    dlg.oncancel = () => resolve(null);
    dlg.showModal();
  });
}

async function history(number) {
  const rows = await Licit.api('/v1/licenses/' + encodeURIComponent(number) + '/history');
  const what = (r) => {
    const d = r.details || {};
    if (r.kind === 'license.drawdown') {
      return Licit.tf('lic.drawn', { decision: d.decisionId, q: d.quantity, v: money(d.valueUsd) })
        + (d.quantityRemaining != null ? ' · ' + Licit.tf('lic.leftUnits', { n: d.quantityRemaining }) : '')
        + (d.valueRemainingUsd != null ? ' · ' + Licit.tf('lic.leftValue', { v: money(d.valueRemainingUsd) }) : '');
    }
    if (r.kind === 'license.revoked') return Licit.t('lic.ev.revoked') + ': ' + (d.reason || '');
    if (r.kind === 'license.registered') return Licit.t('lic.ev.registered');
    return r.kind;
  };
  $('history').innerHTML = `<h2 class="spaced">${Licit.esc(Licit.tf('lic.historyOf', { number }))}</h2>
    <table id="licenseHistory"><thead><tr><th>${T('audit.at')}</th><th>${T('audit.actor')}</th><th>${T('lic.event')}</th></tr></thead><tbody>
    ${rows.map(r => `<tr data-kind="${Licit.esc(r.kind)}"><td>${Licit.esc((r.recordedAt || '').replace('T', ' ').substring(0, 16))}</td>
      <td>${Licit.esc(r.actor)}</td><td>${Licit.esc(what(r))}</td></tr>`).join('')}</tbody></table>`;
}

async function load() {
  const ls = await Licit.api('/v1/licenses');
  $('licenses').innerHTML = ls.length ? `<table id="licenseTable"><thead><tr><th>${T('lic.number')}</th><th>${T('lic.eccnsShort')}</th><th>${T('wb.destination')}</th>
      <th>${T('lic.partiesShort')}</th><th>${T('lic.qtyLeft')}</th><th>${T('lic.valueLeft')}</th><th>${T('lic.valid')}</th><th>${T('wb.status')}</th><th></th></tr></thead><tbody>
    ${ls.map(l => `<tr data-license="${Licit.esc(l.number)}"><td><b>${Licit.esc(l.number)}</b></td><td>${Licit.esc((l.eccns || []).join(', '))}</td>
      <td>${Licit.countryHtml(l.destination)}</td><td>${Licit.esc((l.parties || []).join('; '))}</td>
      <td>${l.quantityLimit == null ? T('lic.noLimit') : Licit.esc(Licit.tf('lic.ofUnits', { left: l.quantityRemaining, limit: l.quantityLimit }))}</td>
      <td>${l.valueLimitUsd == null ? T('lic.noLimit') : Licit.esc(money(l.valueRemainingUsd) + ' / ' + money(l.valueLimitUsd))}</td>
      <td>${Licit.esc(l.validFrom)} → ${Licit.esc(l.validTo)}</td><td class="lstatus">${T('lic.status.' + l.status)}</td>
      <td><button class="small history" data-license="${Licit.esc(l.number)}">${T('lic.history')}</button>
        ${admin && l.status !== 'REVOKED' ? `<button class="small revoke" data-license="${Licit.esc(l.number)}">${T('lic.revoke')}</button>` : ''}</td></tr>`).join('')}</tbody></table>`
    : `<p class="muted">${T('lic.none')}</p>`;
  document.querySelectorAll('button.history').forEach(b => { b.onclick = () => history(b.dataset.license); });
  document.querySelectorAll('button.revoke').forEach(b => {
    b.onclick = async () => {
      const n = b.dataset.license;
      const reason = await askReason(Licit.tf('lic.revokeTitle', { number: n }), Licit.t('lic.revokeBody'), Licit.t('lic.revoke'));
      if (!reason) return;
      try { await Licit.api('/v1/licenses/' + encodeURIComponent(n) + '/revoke', { method: 'POST', body: { reason } }); $('err-licenses').textContent = ''; }
      catch (e) { $('err-licenses').textContent = Licit.t('err.failed'); }
      await load();
      await history(n);
    };
  });
  const ns = await Licit.api('/v1/notifications');
  $('notifications').innerHTML = ns.length ? `<table id="nacTable"><thead><tr><th>#</th><th>${T('wb.col.order')}</th><th>${T('decision.id')}</th><th>${T('nac.filedOn')}</th>
      <th>${T('nac.bisNumber')}</th><th>${T('nac.waitEnds')}</th><th>${T('wb.status')}</th><th></th></tr></thead><tbody>
    ${ns.map(n => `<tr data-nac="${n.id}"><td>${n.id}</td><td>${Licit.esc(n.orderId)}</td><td>${Licit.esc(n.decisionId)}</td><td>${Licit.esc(n.filedOn)}</td>
      <td class="bis">${Licit.esc(n.bisNumber || '—')}</td><td>${Licit.esc(n.waitingPeriodEnds || '')}</td><td class="nstatus">${T('nac.status.' + n.status)}</td>
      <td>${admin && !n.bisNumber && n.status !== 'LICENSE_REQUIRED' ? `<input class="bisInput narrow" data-nac="${n.id}" placeholder="A123456" aria-label="${T('nac.bisNumber')}">
          <button class="small number" data-nac="${n.id}">${T('nac.recordNumber')}</button>` : ''}
        ${admin && n.status !== 'LICENSE_REQUIRED' ? `<button class="small licreq" data-nac="${n.id}">${T('nac.licenseRequired')}</button>` : ''}
        <p class="error inline" id="err-nac-${n.id}" role="alert"></p></td></tr>`).join('')}</tbody></table>`
    : `<p class="muted">${T('nac.none')}</p>`;
  document.querySelectorAll('button.number').forEach(b => {
    b.onclick = async () => {
      const id = b.dataset.nac;
      const number = document.querySelector(`input.bisInput[data-nac="${id}"]`).value.trim().toUpperCase();
      const err = $('err-nac-' + id);
      if (!/^A\d{6}$/.test(number)) { err.textContent = Licit.t('nac.err.number'); return; }
      try { await Licit.api(`/v1/notifications/${id}/number`, { method: 'POST', body: { bisNumber: number } }); await load(); }
      catch (e) { err.textContent = Licit.t('err.failed'); }
    };
  });
  document.querySelectorAll('button.licreq').forEach(b => {
    b.onclick = async () => {
      const id = b.dataset.nac;
      const note = await askReason(Licit.tf('nac.licReqTitle', { id }), Licit.t('nac.licReqBody'), Licit.t('nac.licenseRequired'));
      if (!note) return;
      try { await Licit.api(`/v1/notifications/${id}/license-required`, { method: 'POST', body: { note } }); await load(); }
      catch (e) { $('err-nac').textContent = Licit.t('err.failed'); }
    };
  });
}

Licit.start(async (session) => {
  admin = session.role === 'admin';
  $('registerCard').hidden = !admin;
  $('fileCard').hidden = !admin;
  $('destination').innerHTML = Licit.countryOptions(Licit.t('form.chooseCountry'));
  $('eccns').placeholder = '3A090, 4A090';
  $('nacFiled').value = new Date().toISOString().substring(0, 10);
  $('register').onsubmit = async (e) => {
    e.preventDefault();
    try {
      await Licit.api('/v1/licenses', { method: 'POST', body: { number: v('number'), eccns: list(v('eccns')), destination: v('destination'),
        parties: list(v('parties')), quantityLimit: v('quantity') ? Number(v('quantity')) : null, valueLimitUsd: v('value') ? Number(v('value')) : null,
        validFrom: v('from'), validTo: v('to'), conditions: v('conditions') || null, decisionId: v('decisionId') || null } });
      $('err').textContent = '';
      await load();
    } catch (err) { $('err').textContent = Licit.t('form.err.refused') + ' ' + err.message; }
  };
  $('fileNac').onsubmit = async (e) => {
    e.preventDefault();
    $('err-file').textContent = '';
    if (!v('nacDecision')) { $('err-file').textContent = Licit.t('nac.err.decision'); return; }
    const number = v('nacNumber').toUpperCase();
    if (number && !/^A\d{6}$/.test(number)) { $('err-file').textContent = Licit.t('nac.err.number'); return; }
    try {
      await Licit.api('/v1/notifications', { method: 'POST', body: { decisionId: v('nacDecision'), filedOn: v('nacFiled'), bisNumber: number || null } });
      await load();
    } catch (err) { $('err-file').textContent = Licit.t('form.err.refused') + ' ' + err.message; }
  };
  await load();
});
