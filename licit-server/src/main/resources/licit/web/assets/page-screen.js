// ui/screen.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script.
// Ad-hoc name screening (issue 18) through GET /v1/screen; the server records every screen in the audit trail.
const T = (k) => Licit.esc(Licit.t(k));
const $ = (id) => document.getElementById(id);

async function screen() {
  $('err').textContent = '';
  $('err-name').textContent = '';
  const name = $('name').value.trim();
  if (!name) { $('err-name').textContent = Licit.t('screen.err.name'); $('name').focus(); return; }
  const q = new URLSearchParams({ name });
  if ($('country').value) q.set('country', $('country').value);
  let r;
  try { r = await Licit.api('/v1/screen?' + q.toString()); }
  catch (e) { $('err').textContent = Licit.t('screen.err.failed'); return; }
  const rows = r.matches.map(m => `<tr class="hit" data-entry="${Licit.esc(m.entryId)}"><td>${Licit.esc(m.list)}</td>
      <td><b>${Licit.esc(m.listedName)}</b>${m.matchedAlias && m.matchedAlias !== m.listedName ? `<div class="muted">${T('screen.alias')}: ${Licit.esc(m.matchedAlias)}</div>` : ''}
        ${m.affiliateOf ? `<div class="muted">${T('screen.affiliateOf')}: ${Licit.esc(m.affiliateOf)}</div>` : ''}</td>
      <td>${m.score}</td><td>${T('band.' + m.band)}</td><td>${Licit.esc(m.licenseRequirement || '—')}</td>
      <td>${Licit.esc(m.licensePolicy || '—')}</td><td>${Licit.esc(m.federalRegisterNotice || '—')}</td>
      <td>${Licit.esc((m.sources || []).join(', ') || '—')}</td></tr>`).join('');
  $('hits').innerHTML = `<div class="card" id="result"><h2>${Licit.esc(Licit.tf('screen.result', { name: r.name, n: r.matches.length }))}</h2>
    <p class="muted">${T('screen.snapshot')} ${Licit.esc(r.listSnapshot)}${r.country ? ' · ' + T('screen.country') + ' ' + Licit.countryHtml(r.country) : ''}</p>
    ${r.matches.length ? `<table id="hitTable"><thead><tr><th>${T('wb.list')}</th><th>${T('screen.listed')}</th><th>${T('wb.score')}</th>
      <th>${T('wb.band')}</th><th>${T('wb.licReq')}</th><th>${T('wb.licPolicy')}</th><th>${T('wb.frNotice')}</th><th>${T('wb.sources')}</th></tr></thead>
      <tbody>${rows}</tbody></table>` : `<p id="noHit">${T('screen.none')}</p>`}</div>`;
}

Licit.start(async () => {
  $('country').innerHTML = Licit.countryOptions(Licit.t('common.any'));
  $('screenForm').onsubmit = (e) => { e.preventDefault(); screen(); };
});
