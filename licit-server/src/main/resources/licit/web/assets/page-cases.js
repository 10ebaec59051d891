// ui/cases.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
async function load() {
  const list = await Licit.api('/v1/cases?status=' + document.getElementById('status').value);
  const box = document.getElementById('cases');
  if (!list.length) { box.innerHTML = `<p class="muted" id="empty">${Licit.esc(Licit.t('cases.none'))}</p>`; return; }
  box.innerHTML = list.map(c => `<div class="card case" data-case="${c.id}">
    <b>#${c.id}</b> ${Licit.verdictHtml(c.verdict)} <span class="muted">${Licit.esc(c.orderId || '')} · ${Licit.esc(c.decisionId)} · ${Licit.esc(c.kind)} · <span class="status">${Licit.esc(c.status)}</span></span>
    <p>${Licit.esc(c.reason || '')}</p>
    <table><tr><th>Party</th><th>List</th><th>Listed name</th><th>Score</th><th>Band</th><th>Status</th><th></th></tr>
    ${(c.matches || []).map(m => `<tr data-match="${m.id}"><td>${Licit.esc(m.partyName)}</td><td>${Licit.esc(m.list)}</td><td>${Licit.esc(m.listedName)}</td>
      <td>${m.score}</td><td>${Licit.esc(m.band)}</td><td class="mstatus">${Licit.esc(m.status)}</td>
      <td>${m.status === 'PENDING' ? `<button class="small clear" data-case="${c.id}" data-match="${m.id}">${Licit.esc(Licit.t('cases.clear'))}</button>
        <button class="small confirm" data-case="${c.id}" data-match="${m.id}">${Licit.esc(Licit.t('cases.confirm'))}</button>` : ''}</td></tr>`).join('')}
    </table>
    ${c.status === 'OPEN' ? `<label>${Licit.esc(Licit.t('cases.reason'))}</label><input class="reason" data-case="${c.id}">
      <button class="small release" data-case="${c.id}">${Licit.esc(Licit.t('cases.release'))}</button>
      <button class="small reject" data-case="${c.id}">${Licit.esc(Licit.t('cases.reject'))}</button>` : `<p class="muted">${Licit.esc(c.closedBy || '')} ${Licit.esc(c.closedAt || '')} ${Licit.esc(c.closeReason || '')}</p>`}
  </div>`).join('');
  const reasonOf = id => (document.querySelector(`input.reason[data-case="${id}"]`) || {}).value || '';
  const act = async (id, action, body) => {
    document.getElementById('err').textContent = '';
    try { await Licit.api(`/v1/cases/${id}/${action}`, { method: 'POST', body }); await load(); }
    catch (e) { document.getElementById('err').textContent = e.message; }
  };
  box.querySelectorAll('button.clear').forEach(b => b.onclick = () => act(b.dataset.case, 'clear', { matchId: Number(b.dataset.match), reason: reasonOf(b.dataset.case) }));
  box.querySelectorAll('button.confirm').forEach(b => b.onclick = () => act(b.dataset.case, 'confirm', { matchId: Number(b.dataset.match), reason: reasonOf(b.dataset.case) }));
  box.querySelectorAll('button.release').forEach(b => b.onclick = () => act(b.dataset.case, 'release', { reason: reasonOf(b.dataset.case) }));
  box.querySelectorAll('button.reject').forEach(b => b.onclick = () => act(b.dataset.case, 'reject', { reason: reasonOf(b.dataset.case) }));
}
Licit.start(async () => { document.getElementById('status').onchange = load; await load(); });
