// ui/licenses.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
const v = id => document.getElementById(id).value.trim();
const list = s => s.split(',').map(x => x.trim()).filter(x => x);
async function load() {
  const ls = await Licit.api('/v1/licenses');
  document.getElementById('licenses').innerHTML = ls.length ? `<table><tr><th>Number</th><th>ECCNs</th><th>Destination</th><th>Parties</th><th>Quantity left</th><th>Value left</th><th>Valid</th><th>Status</th></tr>
    ${ls.map(l => `<tr><td>${Licit.esc(l.number)}</td><td>${Licit.esc((l.eccns || []).join(', '))}</td><td>${Licit.esc(l.destination)}</td><td>${Licit.esc((l.parties || []).join('; '))}</td>
      <td>${l.quantityRemaining ?? '—'}</td><td>${l.valueRemainingUsd ?? '—'}</td><td>${Licit.esc(l.validFrom)} → ${Licit.esc(l.validTo)}</td><td>${Licit.esc(l.status || (l.revokedAt ? 'REVOKED' : ''))}</td></tr>`).join('')}</table>` : '<p class="muted">—</p>';
  const ns = await Licit.api('/v1/notifications');
  document.getElementById('notifications').innerHTML = ns.length ? `<table><tr><th>#</th><th>Order</th><th>Decision</th><th>Filed</th><th>BIS number</th><th>Waiting period ends</th><th>Status</th></tr>
    ${ns.map(n => `<tr><td>${n.id}</td><td>${Licit.esc(n.orderId)}</td><td>${Licit.esc(n.decisionId)}</td><td>${Licit.esc(n.filedOn)}</td><td>${Licit.esc(n.bisNumber || '—')}</td>
      <td>${Licit.esc(n.waitingPeriodEnds || '')}</td><td>${Licit.esc(n.status || '')}</td></tr>`).join('')}</table>` : '<p class="muted">—</p>';
}
Licit.start(async (session) => {
  if (session.role === 'admin') document.getElementById('registerCard').hidden = false;
  document.getElementById('register').onsubmit = async (e) => {
    e.preventDefault();
    try {
      await Licit.api('/v1/licenses', { method: 'POST', body: { number: v('number'), eccns: list(v('eccns')), destination: v('destination').toUpperCase(),
        parties: list(v('parties')), quantityLimit: v('quantity') ? Number(v('quantity')) : null, valueLimitUsd: v('value') ? Number(v('value')) : null,
        validFrom: v('from'), validTo: v('to'), conditions: v('conditions') || null } });
      document.getElementById('err').textContent = '';
      await load();
    } catch (err) { document.getElementById('err').textContent = err.message; }
  };
  await load();
});
