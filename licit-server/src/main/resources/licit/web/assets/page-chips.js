// ui/chips.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
const COLORS = { 'NONE': '#eef3ee', '3A090': '#f4c7c3', '3A090.a': '#f4c7c3', '3A090.b': '#f9e1b8', 'INDETERMINATE': '#e3e3e3' };
const W = 1100, H = 560, M = { l: 70, r: 20, t: 20, b: 50 };
const PD_MAX = 25, TPP_MIN = 500, TPP_MAX = 50000;
const x = pd => M.l + (Math.min(pd, PD_MAX) / PD_MAX) * (W - M.l - M.r);
// TPP on a log scale: the thresholds (1600, 2400, 4800) and the flagship parts (15,000-40,000) both stay readable
const y = tpp => H - M.b - (Math.log(Math.min(Math.max(tpp, TPP_MIN), TPP_MAX) / TPP_MIN) / Math.log(TPP_MAX / TPP_MIN)) * (H - M.t - M.b);
let versions = [];
async function draw() {
  const v = versions[Number(document.getElementById('version').value)];
  const asOf = v.version;
  document.getElementById('versionLabel').textContent = asOf + (v.validTo ? ' → ' + v.validTo : ' →') + ' · sha256 ' + v.sha256.substring(0, 12);
  const dc = document.getElementById('dc').checked;
  // the regions come from the server's own classifier on a grid: the chart shows the rules as encoded
  const grid = await Licit.api(`/v1/chart?asOf=${asOf}&datacenter=${dc}&pdMax=${PD_MAX}&tppMin=${TPP_MIN}&tppMax=${TPP_MAX}`);
  const chips = await Licit.api('/v1/catalog?asOf=' + asOf);
  const svg = document.getElementById('chart');
  let s = '';
  const cw = (W - M.l - M.r) / grid.columns, ch = (H - M.t - M.b) / grid.rows;
  grid.cells.forEach((row, r) => row.forEach((label, c) => {
    s += `<rect x="${M.l + c * cw}" y="${H - M.b - (r + 1) * ch}" width="${cw + 0.5}" height="${ch + 0.5}" fill="${COLORS[label.split(' ')[0]] || '#fde'}"><title>${label}</title></rect>`;
  }));
  for (const t of [500, 1000, 1600, 2400, 4800, 10000, 21000, 50000]) s += `<line x1="${M.l}" x2="${W - M.r}" y1="${y(t)}" y2="${y(t)}" stroke="#0001"/><text x="${M.l - 8}" y="${y(t) + 4}" text-anchor="end">${t}</text>`;
  for (let p = 0; p <= PD_MAX; p += 5) s += `<text x="${x(p)}" y="${H - M.b + 16}" text-anchor="middle">${p}</text>`;
  s += `<text x="${(W + M.l) / 2}" y="${H - 10}" text-anchor="middle">${Licit.esc(Licit.t('chips.x'))}</text>`;
  s += `<text transform="translate(16 ${(H - M.b) / 2}) rotate(-90)" text-anchor="middle">${Licit.esc(Licit.t('chips.y'))}</text>`;
  chips.filter(c => c.tpp != null && (c.datacenter === dc)).forEach(c => {
    const known = c.performanceDensity != null;
    const cx = known ? x(c.performanceDensity) : M.l - 30, cy = y(c.tpp);
    s += `<g class="chip" data-id="${Licit.esc(c.catalogId)}"><circle cx="${cx}" cy="${cy}" r="5" fill="${known ? '#14213d' : '#999'}"><title>${Licit.esc(c.model)}: ${c.eccn || 'INDETERMINATE'}</title></circle>
      <text x="${cx + 7}" y="${cy - 6}">${Licit.esc(c.model)}</text></g>`;
  });
  svg.innerHTML = s;
  svg.querySelectorAll('g.chip').forEach(g => g.onclick = () => show(g.dataset.id, asOf));
  document.getElementById('legend').innerHTML = grid.labels.map(l => `<span><i data-color="${COLORS[l.split(' ')[0]] || '#fde'}"></i>${Licit.esc(l === 'NONE' ? Licit.t('chips.none') : l)}</span>`).join('')
    + `<span><i class="swatch-unknown"></i>${Licit.esc(Licit.t('chips.pdUnknown'))}</span>`;
  // colours through the CSSOM: the policy refuses style attributes in markup, not properties set from a script file
  document.querySelectorAll('#legend i[data-color]').forEach(i => { i.style.background = i.dataset.color; });
}
async function show(id, asOf) {
  const c = await Licit.api(`/v1/catalog/${encodeURIComponent(id)}?asOf=${asOf}`);
  const k = c.classification;
  document.getElementById('detail').innerHTML = `<h2 id="chipName">${Licit.esc(c.vendor + ' ' + c.model)}</h2>
    <p>TPP ${k.tpp ?? '?'} · PD ${k.performanceDensity ?? '?'} · <b id="chipEccn">${Licit.esc(k.eccn || 'INDETERMINATE')}</b> ${k.paragraph ? '(' + Licit.esc(k.paragraph) + ')' : ''}</p>
    ${k.reasons.map(Licit.reasonHtml).join('')}
    <p class="muted">${Object.entries(c.sources).map(([f, s]) => Licit.esc(f) + ': ' + s.map(Licit.esc).join(' | ')).join('<br>')}</p>`;
}
Licit.start(async () => {
  versions = await Licit.api('/v1/rules/versions');
  const slider = document.getElementById('version');
  slider.max = versions.length - 1;
  const params = new URLSearchParams(location.search);
  const today = new Date().toISOString().substring(0, 10);
  let idx = versions.findLastIndex(v => v.version <= (params.get('asOf') || today));
  slider.value = Math.max(0, idx);
  slider.oninput = draw;
  document.getElementById('dc').onchange = draw;
  await draw();
  if (params.get('chip')) await show(params.get('chip'), versions[slider.value].version);
});
