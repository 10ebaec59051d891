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
async function show(id) {
  try {
    const d = await Licit.api('/v1/decisions/' + encodeURIComponent(id));
    document.getElementById('detail').innerHTML = Licit.decisionHtml(d);
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
          <td>${Licit.esc(d.destination || '—')}</td><td>${Licit.verdictHtml(d.verdict)}</td><td>${Licit.esc(d.actor)}</td>
          <td><button class="open" data-id="${Licit.esc(d.decisionId)}">${Licit.esc(d.decisionId)}</button></td></tr>`).join('')}</table>`
      : `<p class="muted" id="none">${Licit.esc(Licit.t('decisions.none'))}</p>`;
    document.querySelectorAll('#decisions button.open').forEach(b => { b.onclick = () => show(b.dataset.id); });
  } catch (e) { document.getElementById('err').textContent = e.message; }
}
Licit.start(async () => {
  document.getElementById('qVerdict').innerHTML = `<option value="">${Licit.esc(Licit.t('decisions.any'))}</option>`
    + VERDICTS.map(v => `<option value="${v}">${Licit.esc(Licit.t('verdict.' + v))}</option>`).join('');
  document.getElementById('search').onsubmit = (e) => { e.preventDefault(); search(); };
  await search();
});
