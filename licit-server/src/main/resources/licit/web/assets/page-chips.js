// ui/chips.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
// A colour per region: each paragraph of 3A090 (.a.1, .a.2, .b.1, .b.2) its own, so that the regions
// the rules tell apart are told apart on the chart too (issue 18, point 8).
const COLORS = {
  'NONE': '#eef3ee', 'INDETERMINATE': '#e3e3e3', '3A090': '#f4c7c3',
  '3A090.a.1': '#ef9a9a', '3A090.a.2': '#f8bbd0', '3A090.b.1': '#ffe0b2', '3A090.b.2': '#fff59d',
  '3A090.a': '#ef9a9a', '3A090.b': '#ffe0b2', '3A090.c': '#d1c4e9', '4A090.a': '#b3e5fc', '4A090.b': '#c8e6c9'
};
const EXTRA = ['#bcaaa4', '#b0bec5', '#dce775', '#80cbc4', '#ce93d8'];
// the plot, then a strip of its own on the right for chips whose die area is unknown (their density
// cannot be placed on the x axis, so they are never drawn over the axis or its labels)
const W = 1250, H = 560, M = { l: 70, r: 200, t: 20, b: 50 };
const STRIP = { x: W - M.r + 40, w: 150 };
const PD_MAX = 25, TPP_MIN = 500, TPP_MAX = 50000;
const LABEL_H = 12, CHAR_W = 6.3;
const x = pd => M.l + (Math.min(pd, PD_MAX) / PD_MAX) * (W - M.l - M.r);
// TPP on a log scale: the thresholds (1600, 2400, 4800) and the flagship parts (15,000-40,000) both stay readable
const y = tpp => H - M.b - (Math.log(Math.min(Math.max(tpp, TPP_MIN), TPP_MAX) / TPP_MIN) / Math.log(TPP_MAX / TPP_MIN)) * (H - M.t - M.b);
let versions = [];
let orderChips = [];
const colorOf = label => {
  const key = label.split(' ');
  const paragraph = key[key.length - 1];
  if (COLORS[paragraph]) return COLORS[paragraph];
  if (COLORS[key[0]]) return COLORS[key[0]];
  let h = 0;
  for (const ch of label) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA[h % EXTRA.length];
};
const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Places each label beside its point where it overlaps no other text, no point, none of the fixed
 * boxes (the strip's heading) and stays in its area; a label with no free place is not drawn: its
 * chip gets a number, placed the same way, and is listed under the chart instead.
 */
function place(points, fixed) {
  const boxes = points.map(p => ({ x: p.cx - 5, y: p.cy - 5, w: 10, h: 10 })).concat(fixed);
  const tries = [[7, -4, 'start'], [7, 10, 'start'], [-7, -4, 'end'], [-7, 10, 'end'], [7, -16, 'start'],
    [7, 22, 'start'], [-7, -16, 'end'], [-7, 22, 'end'], [0, -12, 'middle'], [0, 20, 'middle']];
  const taken = [];
  // a number may also sit further right of its point, past its neighbours' marks
  const numberTries = tries.concat([-4, 10, 22, 34, 46].flatMap(dy => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(k => [7 + 9 * k, dy, 'start'])));
  const spotFor = (p, text, where) => {
    const w = text.length * CHAR_W + 2;
    for (const [dx, dy, anchor] of where) {
      const bx = anchor === 'start' ? p.cx + dx : anchor === 'end' ? p.cx + dx - w : p.cx - w / 2;
      const box = { x: bx, y: p.cy + dy - LABEL_H + 2, w, h: LABEL_H };
      const inside = box.x >= p.area.x0 && box.x + box.w <= p.area.x1 && box.y >= M.t - 10 && box.y + box.h <= H - M.b;
      if (inside && !taken.some(b => overlaps(b, box)) && !boxes.some(b => overlaps(b, box))) {
        taken.push(box);
        return { box, tx: p.cx + dx, ty: p.cy + dy, anchor };
      }
    }
    return null;
  };
  const placed = [], listed = [];
  for (const p of points) {
    const spot = spotFor(p, p.name, tries);
    if (spot) placed.push({ p, ...spot }); else listed.push(p);
  }
  // a number is short: it nearly always finds a free place; where labels fill the strip it is written
  // on its own point, which no other text covers
  const numbered = listed.map((p, n) => ({ p, n: n + 1, ...(spotFor(p, String(n + 1), numberTries) || { tx: p.cx, ty: p.cy + 3, anchor: 'middle', onPoint: true }) }));
  return { placed, listed, numbered };
}

async function draw() {
  const v = versions[Number(document.getElementById('version').value)];
  const asOf = document.getElementById('asOf').value || v.version;
  document.getElementById('versionLabel').textContent = v.version + (v.validTo ? ' → ' + v.validTo : ' →') + ' · sha256 ' + v.sha256.substring(0, 12);
  const dc = document.getElementById('dc').checked;
  // the regions come from the server's own classifier on a grid: the chart shows the rules as encoded
  const grid = await Licit.api(`/v1/chart?asOf=${asOf}&datacenter=${dc}&pdMax=${PD_MAX}&tppMin=${TPP_MIN}&tppMax=${TPP_MAX}`);
  const chips = await Licit.api('/v1/catalog?asOf=' + asOf);
  const svg = document.getElementById('chart');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('width', W);
  let s = `<rect x="0" y="0" width="${W}" height="${H}" fill="#fff"/>`;
  const cw = (W - M.l - M.r) / grid.columns, ch = (H - M.t - M.b) / grid.rows;
  grid.cells.forEach((row, r) => row.forEach((label, c) => {
    s += `<rect class="cell" data-label="${Licit.esc(label)}" x="${M.l + c * cw}" y="${H - M.b - (r + 1) * ch}" width="${cw + 0.5}" height="${ch + 0.5}" fill="${colorOf(label)}"><title>${Licit.esc(label)}</title></rect>`;
  }));
  for (const t of [500, 1000, 1600, 2400, 4800, 10000, 21000, 50000]) s += `<line x1="${M.l}" x2="${W - M.r}" y1="${y(t)}" y2="${y(t)}" stroke="#0001"/><text x="${M.l - 8}" y="${y(t) + 4}" text-anchor="end">${t}</text>`;
  for (let p = 0; p <= PD_MAX; p += 5) s += `<text x="${x(p)}" y="${H - M.b + 16}" text-anchor="middle">${p}</text>`;
  s += `<text x="${(W - M.r + M.l) / 2}" y="${H - 10}" text-anchor="middle">${Licit.esc(Licit.t('chips.x'))}</text>`;
  s += `<text transform="translate(16 ${(H - M.b) / 2}) rotate(-90)" text-anchor="middle">${Licit.esc(Licit.t('chips.y'))}</text>`;
  // the strip for chips whose die area is unknown: apart from the plot, with its own heading
  s += `<rect id="unknownStrip" x="${STRIP.x - 10}" y="${M.t}" width="${STRIP.w + 10}" height="${H - M.t - M.b}" fill="#f6f6f6" stroke="#ccc"/>`;
  const stripTitle = Licit.t('chips.pdUnknown');
  s += `<text x="${STRIP.x - 4}" y="${M.t + 14}" class="strip-title">${Licit.esc(stripTitle)}</text>`;
  // the heading's box, kept free of labels and numbers
  const fixed = [{ x: STRIP.x - 4, y: M.t + 14 - LABEL_H + 2, w: stripTitle.length * CHAR_W + 2, h: LABEL_H }];
  const points = [];
  // in the strip a point's x means nothing: points whose marks would touch go side by side
  const stripMarks = [];
  const stripX = cy => {
    let col = 0;
    while (col < 5 && stripMarks.some(m => m.col === col && Math.abs(m.cy - cy) < 11)) col++;
    stripMarks.push({ col, cy });
    return STRIP.x + col * 12;
  };
  const add = (c, kind) => {
    if (c.tpp == null) return;
    const known = c.performanceDensity != null;
    const cy = y(c.tpp);
    const cx = known ? x(c.performanceDensity) : stripX(cy);
    const area = known ? { x0: M.l, x1: W - M.r } : { x0: STRIP.x - 8, x1: W - 2 };
    points.push({ c, kind, known, cx, cy, area, name: c.model || c.catalogId || '?' });
  };
  // an order's own chips first: their labels are placed before the catalog's
  orderChips.forEach(c => add(c, 'order'));
  chips.filter(c => c.datacenter === dc).forEach(c => add(c, 'catalog'));
  const { placed, listed, numbered } = place(points, fixed);
  points.forEach((p, i) => {
    const id = p.c.catalogId ? ` data-id="${Licit.esc(p.c.catalogId)}"` : '';
    const cls = p.kind === 'order' ? 'chip order-chip' : 'chip';
    const mark = p.kind === 'order'
      ? `<rect x="${p.cx - 6}" y="${p.cy - 6}" width="12" height="12" transform="rotate(45 ${p.cx} ${p.cy})" fill="#e76f51" stroke="#000"/>`
      : `<circle cx="${p.cx}" cy="${p.cy}" r="5" fill="${p.known ? '#14213d' : '#999'}"/>`;
    s += `<g class="${cls}${p.known ? '' : ' pd-unknown'}"${id} data-index="${i}">${mark}<title>${Licit.esc(p.name)}: ${Licit.esc(p.c.eccn || 'INDETERMINATE')}</title></g>`;
  });
  placed.forEach(({ p, tx, ty, anchor }) => {
    s += `<text class="chip-label${p.kind === 'order' ? ' order-label' : ''}" data-index="${points.indexOf(p)}" x="${tx}" y="${ty}" text-anchor="${anchor}">${Licit.esc(p.name)}</text>`;
  });
  // a label that has no free place gets a number beside its point, and the chip is listed under the chart
  numbered.forEach(({ p, n, tx, ty, anchor, onPoint }) => {
    s += `<text class="chip-number${onPoint ? ' on-point' : ''}" data-index="${points.indexOf(p)}" x="${tx}" y="${ty}" text-anchor="${anchor}" font-size="${onPoint ? 8 : 9}"${onPoint ? ' fill="#fff"' : ''}>${n}</text>`;
  });
  svg.innerHTML = s;
  svg.querySelectorAll('g.chip[data-id]').forEach(g => g.onclick = () => show(g.dataset.id, asOf));
  document.getElementById('unlabelled').innerHTML = listed.length === 0 ? ''
    : `<span class="muted">${Licit.esc(Licit.t('chips.listed'))}</span> `
      + listed.map((p, n) => `<span class="listed-chip">${n + 1}. ${Licit.esc(p.name)}${p.known ? '' : ' (' + Licit.esc(Licit.t('chips.pdUnknown')) + ')'}</span>`).join(' · ');
  document.getElementById('legend').innerHTML = grid.labels.map(l => `<span data-label="${Licit.esc(l)}"><i data-color="${colorOf(l)}"></i>${Licit.esc(l === 'NONE' ? Licit.t('chips.none') : l)}</span>`).join('')
    + `<span><i class="swatch-unknown"></i>${Licit.esc(Licit.t('chips.pdUnknown'))}</span>`
    + (orderChips.length ? `<span><i class="swatch-order"></i>${Licit.esc(Licit.t('chips.orderChip'))}</span>` : '');
  // colours through the CSSOM: the policy refuses style attributes in markup, not properties set from a script file
  document.querySelectorAll('#legend i[data-color]').forEach(i => { i.style.background = i.dataset.color; });
  exportLinks();
}

/** SVG and PNG of the chart as drawn, as data: links (the page's policy allows data: images). */
function exportLinks() {
  const svg = document.getElementById('chart');
  const text = new XMLSerializer().serializeToString(svg);
  const url = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(text)));
  const svgLink = document.getElementById('exportSvg');
  svgLink.href = url;
  svgLink.download = 'licit-chips-' + (document.getElementById('asOf').value || 'chart') + '.svg';
  document.getElementById('exportPng').onclick = () => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      canvas.getContext('2d').drawImage(img, 0, 0);
      const a = document.getElementById('pngLink');
      a.href = canvas.toDataURL('image/png');
      a.download = svgLink.download.replace(/\.svg$/, '.png');
      a.hidden = false;
      a.click();
    };
    img.src = url;
  };
}

async function show(id, asOf) {
  const c = await Licit.api(`/v1/catalog/${encodeURIComponent(id)}?asOf=${asOf}`);
  const k = c.classification;
  document.getElementById('detail').innerHTML = `<h2 id="chipName">${Licit.esc(c.vendor + ' ' + c.model)}</h2>
    <p>TPP ${k.tpp ?? '?'} · PD ${k.performanceDensity ?? '?'} · <b id="chipEccn">${Licit.esc(k.eccn || 'INDETERMINATE')}</b> ${k.paragraph ? '(' + Licit.esc(k.paragraph) + ')' : ''}</p>
    ${k.reasons.map(Licit.reasonHtml).join('')}
    ${figuresTable(c)}`;
}

/** A reference as text, its web address (if it gives one) as a link. */
function referenceHtml(ref) {
  const m = /https?:\/\/[^\s)]+/.exec(ref);
  if (!m) return Licit.esc(ref);
  const before = ref.slice(0, m.index), url = m[0], after = ref.slice(m.index + url.length);
  return `${Licit.esc(before)}<a href="${Licit.esc(url)}" rel="noopener noreferrer" target="_blank" translate="no">${Licit.esc(url)}</a>${Licit.esc(after)}`;
}

/** Every figure the catalog holds for the chip, with the references it was taken from. */
function figuresTable(c) {
  const t = Licit.t;
  const sources = (field) => (c.sources[field] || []);
  const cell = (refs) => refs.length
    ? `<ul class="refs" translate="no">${refs.map(r => `<li>${referenceHtml(r)}</li>`).join('')}</ul>`
    : `<span class="muted">${Licit.esc(t('chips.noSource'))}</span>`;
  const rows = [];
  const row = (label, value, field, id) => rows.push(`<tr data-field="${Licit.esc(field)}"${id ? ` id="${id}"` : ''}>
    <th scope="row">${Licit.esc(label)}</th><td translate="no">${value === null || value === undefined ? '—' : Licit.esc(String(value))}</td><td>${cell(sources(field))}</td></tr>`);
  row(t('chips.fig.year'), c.year, 'year');
  row(t('chips.fig.datacenter'), c.datacenter === null || c.datacenter === undefined ? null : t(c.datacenter ? 'chips.yes' : 'chips.no'), 'datacenter');
  for (const [precision, v] of Object.entries(c.dense || {})) {
    row(Licit.tf('chips.fig.dense', { precision: precision.toUpperCase() }), v, 'dense');
  }
  row(t('chips.fig.dieArea'), c.dieAreaMm2, 'dieAreaMm2', 'figDieArea');
  row(t('chips.fig.interconnect'), c.interconnectGBs, 'interconnectGBs');
  row(t('chips.fig.memoryBandwidth'), c.memoryBandwidthGBs, 'memoryBandwidthGBs');
  const used = new Set(['year', 'datacenter', 'dense', 'dieAreaMm2', 'interconnectGBs', 'memoryBandwidthGBs']);
  // figures the API does not show but whose sources the catalog records (stated TPP, memory...)
  const other = Object.keys(c.sources).filter(f => !used.has(f));
  return `<h3>${Licit.esc(t('chips.figures'))}</h3>
    <table class="figures" id="chipFigures"><tr><th>${Licit.esc(t('chips.fig.figure'))}</th><th>${Licit.esc(t('chips.fig.value'))}</th><th>${Licit.esc(t('chips.fig.sources'))}</th></tr>${rows.join('')}</table>
    ${c.note ? `<p class="muted"><b>${Licit.esc(t('chips.fig.note'))}</b> <span translate="no">${Licit.esc(c.note)}</span></p>` : ''}
    ${other.length ? `<details><summary>${Licit.esc(t('chips.fig.otherSources'))}</summary><table class="figures">${other.map(f => `<tr><th scope="row" translate="no">${Licit.esc(f)}</th><td>${cell(sources(f))}</td></tr>`).join('')}</table></details>` : ''}`;
}

/** The version in force on a date: the last that starts on or before it. */
function versionFor(date) {
  return Math.max(0, versions.findLastIndex(v => v.version <= date));
}

/** An order's chips (pasted order JSON, or chips chosen from the catalog), classified on the chart's date. */
async function plotOrder() {
  const err = document.getElementById('orderError');
  err.textContent = '';
  const specs = [];
  const text = document.getElementById('orderJson').value.trim();
  try {
    if (text) {
      const order = JSON.parse(text);
      for (const item of order.items || []) {
        const { sku, quantity, unitValueUsd, ...spec } = item;
        specs.push(spec.catalogId ? { catalogId: spec.catalogId } : spec);
      }
    }
  } catch (e) {
    err.textContent = Licit.t('chips.orderBad') + ' ' + e.message;
    return;
  }
  document.querySelectorAll('#chooseChip option:checked').forEach(o => specs.push({ catalogId: o.value }));
  if (specs.length === 0) {
    err.textContent = Licit.t('chips.orderEmpty');
    return;
  }
  const asOf = document.getElementById('asOf').value;
  try {
    const res = await Licit.api(`/v1/classify?asOf=${asOf}`, { method: 'POST', body: { asOf, chips: specs } });
    orderChips = (Array.isArray(res) ? res : [res]).map((c, i) => ({ ...c, catalogId: specs[i].catalogId, model: c.model || specs[i].catalogId }));
  } catch (e) {
    err.textContent = e.message;
    return;
  }
  await draw();
}

Licit.start(async () => {
  versions = await Licit.api('/v1/rules/versions');
  const slider = document.getElementById('version');
  const picker = document.getElementById('asOf');
  slider.max = versions.length - 1;
  const params = new URLSearchParams(location.search);
  const today = new Date().toISOString().substring(0, 10);
  picker.value = params.get('asOf') || today;
  slider.value = versionFor(picker.value);
  // the slider steps through the rule versions (the date becomes the version's first day); the date
  // picker takes any day and shows the version in force on it
  slider.oninput = () => { picker.value = versions[Number(slider.value)].version; draw(); };
  picker.onchange = () => { if (picker.value) { slider.value = versionFor(picker.value); draw(); } };
  document.getElementById('dc').onchange = draw;
  document.getElementById('plotOrder').onclick = plotOrder;
  document.getElementById('clearOrder').onclick = () => { orderChips = []; document.getElementById('orderJson').value = ''; draw(); };
  const catalog = await Licit.api('/v1/catalog?asOf=' + picker.value);
  document.getElementById('chooseChip').innerHTML = catalog.map(c => `<option value="${Licit.esc(c.catalogId)}">${Licit.esc(c.vendor + ' ' + c.model)}</option>`).join('');
  await draw();
  if (params.get('chip')) await show(params.get('chip'), picker.value);
});
