// ui/audit.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script.
// The audit trail (issue 18): filtered, newest first, a page at a time (keyed on the sequence number),
// each row's payload on a click, and the same search exported as CSV.
const KINDS = ['decision', 'case', 'license', 'nac', 'shipment', 'screen', 'key', 'list', 'ownership', 'webhook', 'audit', 'journal'];
const PAGE = 50;
const T = (k) => Licit.esc(Licit.t(k));
const $ = (id) => document.getElementById(id);
let toSeq = null; // the page ends at this sequence number (null: the newest)

function query(forCsv) {
  const q = new URLSearchParams();
  const put = (name, v) => { if (v) q.set(name, v); };
  put('kind', $('kind').value); put('actor', $('actor').value.trim()); put('subject', $('subject').value.trim());
  put('since', $('since').value); put('until', $('until').value); put('q', $('q').value.trim());
  q.set('dir', 'desc');
  if (forCsv) { q.set('limit', '10000'); q.set('format', 'csv'); }
  else { q.set('limit', String(PAGE)); if (toSeq != null) q.set('to', String(toSeq)); }
  return q;
}

function pretty(payload) {
  try { return JSON.stringify(JSON.parse(payload), null, 2); } catch (e) { return payload; }
}

async function load() {
  $('err').textContent = '';
  $('csv').href = '/v1/audit?' + query(true).toString();
  let rows;
  try { rows = await Licit.api('/v1/audit?' + query(false).toString()); }
  catch (e) { $('err').textContent = Licit.t('audit.err') + ' ' + e.message; return; }
  $('older').disabled = rows.length < PAGE;
  $('newest').disabled = toSeq == null;
  $('pageInfo').textContent = rows.length ? Licit.tf('audit.page', { first: rows[0].seq, last: rows[rows.length - 1].seq }) : '';
  $('entries').innerHTML = rows.length ? `<table id="auditRows"><thead><tr><th>${T('audit.seq')}</th><th>${T('audit.at')}</th><th>${T('audit.actor')}</th>
      <th>${T('audit.kind')}</th><th>${T('audit.subject')}</th><th>${T('audit.hash')}</th></tr></thead><tbody>
    ${rows.map(r => `<tr class="audit-row" data-seq="${r.seq}" tabindex="0"><td>${r.seq}</td><td>${Licit.esc((r.recordedAt || '').replace('T', ' ').substring(0, 19))}</td>
      <td translate="no">${Licit.esc(r.actor)}${r.actorName ? ` <span class="holder">(${Licit.esc(r.actorName)})</span>` : ''}</td><td translate="no">${Licit.esc(r.kind)}</td><td translate="no">${Licit.esc(r.subject)}</td><td class="muted">${Licit.esc((r.hash || '').substring(0, 16))}</td></tr>
      <tr class="payload" data-seq="${r.seq}" hidden><td colspan="6"><pre>${Licit.esc(pretty(r.payload))}</pre></td></tr>`).join('')}</tbody></table>`
    : `<p class="muted" id="none">${T('audit.none')}</p>`;
  $('entries').dataset.last = rows.length ? rows[rows.length - 1].seq : '';
  document.querySelectorAll('tr.audit-row').forEach(tr => {
    const open = () => { const p = document.querySelector(`tr.payload[data-seq="${tr.dataset.seq}"]`); p.hidden = !p.hidden; };
    tr.onclick = open;
    tr.onkeydown = (e) => { if (e.key === 'Enter') open(); };
  });
}

Licit.start(async () => {
  const head = await Licit.api('/v1/audit/head');
  $('head').textContent = Licit.tf('audit.head', { seq: head.seq, hash: head.hash });
  $('kind').innerHTML = `<option value="">${T('common.any')}</option>` + KINDS.map(k => `<option value="${k}">${T('audit.family.' + k)}</option>`).join('');
  $('filters').onsubmit = (e) => { e.preventDefault(); toSeq = null; load(); };
  $('kind').onchange = () => { toSeq = null; load(); };
  $('older').onclick = () => { const last = Number($('entries').dataset.last); if (last > 1) { toSeq = last - 1; load(); } };
  $('newest').onclick = () => { toSeq = null; load(); };
  $('verify').onclick = async () => {
    const c = await Licit.api('/v1/audit/verify');
    $('result').innerHTML = c.firstBadSeq == null
      ? `<b class="ok">${T('audit.ok')}</b> · ${Licit.esc(Licit.tf('audit.rows', { n: c.rows }))}`
      : `<b class="broken">${Licit.esc(Licit.tf('audit.broken', { seq: c.firstBadSeq }))}</b> · ${Licit.esc(c.problem)}`;
  };
  await load();
});
