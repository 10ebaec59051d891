// ui/decisions.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
const VERDICTS = ['NLR', 'LICENSE_EXCEPTION', 'NOTIFICATION_REQUIRED', 'LICENSE_REQUIRED', 'HOLD', 'PROHIBITED'];
const val = id => document.getElementById(id).value.trim();
// the search as GET /v1/decisions takes it: the same query drives the table and the CSV export
function query() {
  const q = new URLSearchParams();
  const put = (name, v) => { if (v) q.set(name, v); };
  put('orderId', val('qOrder')); put('party', val('qParty')); put('destination', val('qDestination').toUpperCase());
  put('verdict', val('qVerdict')); put('since', val('qSince')); put('until', val('qUntil'));
  q.set('limit', '500');
  return q;
}
let role = null;
const T = (k) => Licit.esc(Licit.t(k));

// What a refused shipment means, in the UI's words.
function shipError(e) {
  const d = (e && e.message) || '';
  if (/itn/.test(d)) return 'ship.err.itn';
  if (/after today/.test(d)) return 'ship.err.future';
  if (/every unit/.test(d)) return 'ship.err.done';
  if (/are left to ship/.test(d)) return 'ship.err.tooMany';
  if (/at least one unit/.test(d)) return 'ship.err.none';
  if (/may not ship/.test(d)) return 'ship.err.notAllowed';
  return 'err.failed';
}

// The order's shipments, and (for a requester or an admin) a form to record one: all that is left, or a part.
async function shipments(d) {
  const box = document.getElementById('shipments');
  const done = await Licit.api('/v1/decisions/' + encodeURIComponent(d.decisionId) + '/shipments');
  const left = d.items.map((it, i) => done.some(s => !s.lines.length) ? 0 : it.quantity - done.reduce((n, s) => n + (s.lines[i] || 0), 0));
  const rows = done.map(s => `<tr class="shipment"><td>${Licit.esc(s.shippedOn)}</td>
      <td>${s.lines.length ? s.lines.map((q, i) => Licit.esc((d.items[i].sku || '#' + (i + 1)) + ' × ' + q)).join(', ') : T('ship.whole')}</td>
      <td>${Licit.esc(s.itn || '—')}</td><td>${Licit.esc(s.awb || '—')}</td><td>${Licit.esc(s.invoice || '—')}</td>
      <td>${Licit.esc(s.licenseNumber || (s.notificationId ? 'NAC ' + s.notificationId : '—'))}${s.quantity != null ? ' (' + s.quantity + ')' : ''}</td>
      <td translate="no">${Licit.esc(s.actor)}</td></tr>`).join('');
  const canShip = (role === 'requester' || role === 'admin') && left.some(n => n > 0) && !d.dryRun;
  box.innerHTML = `<div class="card"><h2>${T('ship.title')}</h2>
    ${done.length ? `<table id="shipmentTable"><thead><tr><th>${T('ship.date')}</th><th>${T('ship.lines')}</th><th>ITN</th><th>${T('ship.awb')}</th>
      <th>${T('ship.invoice')}</th><th>${T('ship.under')}</th><th>${T('ship.by')}</th></tr></thead><tbody>${rows}</tbody></table>` : `<p class="muted" id="noShipment">${T('ship.none')}</p>`}
    ${!left.some(n => n > 0) ? `<p id="allShipped">${T('ship.allShipped')}</p>` : ''}
    ${canShip ? `<form id="shipForm" novalidate><h3>${T('ship.record')}</h3><div class="row">
      <div><label for="shipDate">${T('ship.date')}</label><input id="shipDate" type="date"></div>
      ${d.items.map((it, i) => `<div><label for="shipLine-${i}">${Licit.esc((it.sku || '#' + (i + 1)))} · ${Licit.esc(Licit.tf('ship.left', { n: left[i], of: it.quantity }))}</label>
        <input id="shipLine-${i}" class="shipLine" type="number" min="0" max="${left[i]}" value="${left[i]}"></div>`).join('')}
      <div><label for="shipItn">${T('ship.itn')}</label><input id="shipItn" maxlength="15" placeholder="X20260105123456"></div>
      <div><label for="shipAwb">${T('ship.awb')}</label><input id="shipAwb" maxlength="60"></div>
      <div><label for="shipInvoice">${T('ship.invoice')}</label><input id="shipInvoice" maxlength="100"></div>
      </div><p class="error inline" id="err-ship" role="alert"></p><button class="primary" id="shipButton">${T('ship.button')}</button></form>` : ''}</div>`;
  if (!canShip) return;
  document.getElementById('shipDate').value = new Date().toISOString().substring(0, 10);
  document.getElementById('shipForm').onsubmit = async (e) => {
    e.preventDefault();
    const err = document.getElementById('err-ship');
    err.textContent = '';
    const lines = [...document.querySelectorAll('#shipForm .shipLine')].map(x => Number(x.value || 0));
    if (lines.some((q, i) => !Number.isInteger(q) || q < 0 || q > left[i])) { err.textContent = Licit.t('ship.err.tooMany'); return; }
    if (lines.every(q => q === 0)) { err.textContent = Licit.t('ship.err.none'); return; }
    const itn = document.getElementById('shipItn').value.trim().toUpperCase();
    if (itn && !/^X\d{8}[0-9A-Z]{6}$/.test(itn)) { err.textContent = Licit.t('ship.err.itn'); return; }
    try {
      await Licit.api('/v1/decisions/' + encodeURIComponent(d.decisionId) + '/shipments', { method: 'POST', body: {
        shippedOn: document.getElementById('shipDate').value || undefined, lines, itn: itn || undefined,
        awb: document.getElementById('shipAwb').value.trim() || undefined, invoice: document.getElementById('shipInvoice').value.trim() || undefined } });
      await shipments(d);
    } catch (ex) { err.textContent = Licit.t(shipError(ex)); err.title = ex.message || ''; }
  };
}

async function show(id) {
  try {
    const d = await Licit.api('/v1/decisions/' + encodeURIComponent(id));
    // the decision carries its authorization as it stood when made; the page shows where it stands now
    // (a license registered, a case released or a NAC filed since)
    try { d.authorization = await Licit.api('/v1/decisions/' + encodeURIComponent(id) + '/authorization'); } catch (e) { /* as made */ }
    document.getElementById('detail').innerHTML = Licit.decisionHtml(d)
      + `<p><a id="recordLink" href="/v1/decisions/${encodeURIComponent(d.decisionId)}/record?lang=${Licit.lang}" target="_blank" rel="noopener">${T('wb.record')}</a></p>`
      + '<div id="shipments"></div>';
    await shipments(d);
    document.getElementById('detail').scrollIntoView();
  } catch (e) { document.getElementById('err').textContent = e.message; }
}
async function search() {
  document.getElementById('err').textContent = '';
  const q = query();
  const csv = new URLSearchParams(q); csv.set('format', 'csv');
  document.getElementById('csv').href = '/v1/decisions?' + csv.toString();
  try {
    const ds = await Licit.api('/v1/decisions?' + q.toString());
    document.getElementById('decisions').innerHTML = ds.length
      ? `<table id="results"><tr><th>${Licit.esc(Licit.t('decisions.decidedAt'))}</th><th>${Licit.esc(Licit.t('decisions.order'))}</th>
          <th>${Licit.esc(Licit.t('decisions.destination'))}</th><th>${Licit.esc(Licit.t('decisions.verdict'))}</th>
          <th>${Licit.esc(Licit.t('decisions.actor'))}</th><th>${Licit.esc(Licit.t('decision.id'))}</th></tr>
        ${ds.map(d => `<tr class="result" data-order="${Licit.esc(d.orderId || '')}"><td>${Licit.esc(d.decidedAt)}</td><td>${Licit.esc(d.orderId || '—')}</td>
          <td>${Licit.esc(d.destination || '—')}</td><td>${Licit.verdictHtml(d.verdict)}</td><td translate="no">${Licit.esc(d.actor)}</td>
          <td><button class="open" data-id="${Licit.esc(d.decisionId)}">${Licit.esc(d.decisionId)}</button></td></tr>`).join('')}</table>`
      : `<p class="muted" id="none">${Licit.esc(Licit.t('decisions.none'))}</p>`;
    document.querySelectorAll('#decisions button.open').forEach(b => { b.onclick = () => show(b.dataset.id); });
  } catch (e) { document.getElementById('err').textContent = e.message; }
}
Licit.start(async (session) => {
  role = session.role;
  document.getElementById('qVerdict').innerHTML = `<option value="">${Licit.esc(Licit.t('decisions.any'))}</option>`
    + VERDICTS.map(v => `<option value="${v}">${Licit.esc(Licit.t('verdict.' + v))}</option>`).join('');
  document.getElementById('search').onsubmit = (e) => { e.preventDefault(); search(); };
  await search();
  // a link to one decision (/ui/decisions?decision=ID) opens it
  const wanted = new URLSearchParams(location.search).get('decision');
  if (wanted) await show(wanted);
});
