// ui/admin.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
async function load() {
  const keys = await Licit.api('/v1/keys');
  const th = (key) => `<th>${Licit.esc(Licit.t(key))}</th>`;
  // ids, holders' names, snapshot ids and file names are data: shown as they are (translate="no")
  document.getElementById('keys').innerHTML = `<table><tr>${th('admin.id')}${th('admin.name')}${th('admin.role')}${th('admin.created')}${th('admin.revoked')}<th></th></tr>
    ${keys.map(k => `<tr><td translate="no">${Licit.esc(k.id)}</td><td translate="no">${Licit.esc(k.name)}</td><td>${Licit.esc(Licit.t('role.' + String(k.role).toLowerCase()))}</td><td>${Licit.esc(k.createdAt)}</td>
      <td>${Licit.esc(k.revokedAt || '')}</td><td>${k.revokedAt ? '' : `<button class="small revoke" data-id="${Licit.esc(k.id)}">${Licit.esc(Licit.t('admin.revoke'))}</button>`}</td></tr>`).join('')}</table>`;
  document.querySelectorAll('button.revoke').forEach(b => b.onclick = async () => { await Licit.api(`/v1/keys/${b.dataset.id}/revoke`, { method: 'POST', body: {} }); await load(); });
  const lists = await Licit.api('/v1/lists');
  document.getElementById('lists').innerHTML = `<p>${Licit.esc(Licit.t('admin.current'))} <b translate="no">${Licit.esc(lists.current)}</b></p><table><tr>${th('admin.snapshot')}${th('admin.imported')}${th('admin.entries')}${th('admin.sources')}</tr>
    ${lists.snapshots.map(s => `<tr><td translate="no">${Licit.esc(s.id)}</td><td>${Licit.esc(s.importedAt || '')}</td><td>${s.totalEntries ?? ''}</td>
      <td translate="no">${Licit.esc((s.sources || []).map(x => x.file + ' (' + x.format + ')').join('; '))}</td></tr>`).join('')}</table>`;
}
// the age of each list in force, from /health: what a compliance officer checks before trusting a clearance
async function freshness() {
  const lists = (await (await fetch('/health', { credentials: 'same-origin' })).json()).lists || {};
  const day = (t) => Licit.esc((t || '').substring(0, 10));
  document.getElementById('freshness').innerHTML = `<p>${Licit.esc(Licit.t('lists.refresh'))}: <b>${Licit.esc(lists.refresh === 'on' || lists.refresh === 'off' ? Licit.t('lists.' + lists.refresh) : (lists.refresh || ''))}</b>
    ${lists.lastRefresh ? ' · ' + Licit.esc(lists.lastRefresh.at) + ' ' + Licit.esc((lists.lastRefresh.sources || [lists.lastRefresh.reason]).join('; ')) : ''}</p>
    <table><tr><th>${Licit.esc(Licit.t('lists.file'))}</th><th>${Licit.esc(Licit.t('lists.published'))}</th><th>${Licit.esc(Licit.t('lists.confirmed'))}</th>
    <th>${Licit.esc(Licit.t('lists.age'))}</th><th>${Licit.esc(Licit.t('lists.lastError'))}</th></tr>
    ${(lists.sources || []).map(s => `<tr class="${s.stale ? 'error' : ''}"><td translate="no">${Licit.esc(s.file)}${s.source ? ' (' + Licit.esc(s.source) + ')' : ''}</td>
      <td>${day(s.publishedAt)}</td><td>${day(s.confirmedAt)}</td><td>${Math.floor(s.ageSeconds / 86400)}${s.stale ? ' ⚠' : ''}</td>
      <td>${Licit.esc(s.lastError || '')}</td></tr>`).join('')}</table>`;
}
Licit.start(async () => {
  document.getElementById('create').onsubmit = async (e) => {
    e.preventDefault();
    const k = await Licit.api('/v1/keys', { method: 'POST', body: { name: document.getElementById('name').value, role: document.getElementById('role').value } });
    document.getElementById('newKey').textContent = Licit.t('admin.newKey') + ' ' + k.key;
    await load();
  };
  document.getElementById('import').onsubmit = async (e) => {
    e.preventDefault();
    const fd = new FormData();
    [...document.getElementById('files').files].forEach(f => fd.append('files', f));
    try { await Licit.api('/v1/lists/imports', { method: 'POST', body: fd }); document.getElementById('err').textContent = ''; await load(); }
    catch (err) { document.getElementById('err').textContent = err.message; }
  };
  await load();
  await freshness();
});
