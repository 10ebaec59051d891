// ui/audit.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
Licit.start(async () => {
  const head = await Licit.api('/v1/audit/head');
  document.getElementById('head').textContent = 'head: seq ' + head.seq + ' · ' + head.hash;
  const from = Math.max(1, head.seq - 199);
  const rows = await Licit.api('/v1/audit?from=' + from + '&limit=200');
  document.getElementById('entries').innerHTML = `<table><tr><th>seq</th><th>at</th><th>actor</th><th>kind</th><th>subject</th><th>hash</th></tr>
    ${rows.reverse().map(r => `<tr><td>${r.seq}</td><td>${Licit.esc(r.recordedAt)}</td><td>${Licit.esc(r.actor)}</td><td>${Licit.esc(r.kind)}</td>
      <td>${Licit.esc(r.subject)}</td><td class="muted">${Licit.esc((r.hash || '').substring(0, 16))}</td></tr>`).join('')}</table>`;
  document.getElementById('verify').onclick = async () => {
    const c = await Licit.api('/v1/audit/verify');
    document.getElementById('result').innerHTML = c.firstBadSeq == null
      ? `<b class="ok">OK</b> · ${c.rows} rows` : `<b class="broken">BROKEN at seq ${c.firstBadSeq}</b> · ${Licit.esc(c.problem)}`;
  };
});
