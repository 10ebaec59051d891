// The ownership path of a party as a small inline SVG (issue 15, point 4): the party at the bottom, the
// owners that make up its share above it (a covered owner's own listed owners above that), each link
// labelled with its share, listed owners marked with their lists. Self-contained: Licit.decisionHtml calls
// Licit.ownershipGraph(p.ownership) when this file is loaded, and shows nothing more when it is not.
// No inline style (the pages' Content-Security-Policy refuses it): presentation attributes and classes only.
(function () {
  const WORDS = {
    en: { title: 'Ownership path', unknown: 'share unknown', listed: 'listed', party: 'party',
          COVERED: 'covered', UNRESOLVED: 'unresolved (Red Flag 29)', DOUBTFUL: 'doubtful' },
    ko: { title: '소유 경로', unknown: '지분 미상', listed: '등재', party: '당사자',
          COVERED: '적용 대상', UNRESOLVED: '미확정 (적신호 29)', DOUBTFUL: '불확실' }
  };
  const RANK = { COVERED: 3, UNRESOLVED: 2, DOUBTFUL: 1 };
  const LIST_NAMES = { EL: 'Entity List', MEU: 'MEU', SDN: 'SDN', UVL: 'UVL' };
  const BOX_W = 240, BOX_H = 44, GAP_X = 24, GAP_Y = 46, PAD = 10, MAX_CHARS = 36;

  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
  const cut = (s) => (s.length > MAX_CHARS ? s.substring(0, MAX_CHARS - 1) + '…' : s);
  const share = (p, w) => (p == null ? w.unknown : (Math.round(p * 10000) / 10000) + ' %');

  // The rule whose standing weighs most (covered before unresolved before doubtful); none when all are clear.
  const worst = (ownership) => (ownership.rules || [])
    .filter(r => RANK[r.standing])
    .sort((a, b) => RANK[b.standing] - RANK[a.standing])[0];

  // Levels of the path: 0 the party, 1 its contributing owners, 2 theirs (a covered owner's "via"), ...
  const layout = (party, path) => {
    const nodes = [{ name: party, level: 0, lists: [] }];
    const links = [];
    const walk = (contributions, below, level) => {
      for (const c of contributions) {
        const lists = [...new Set((c.listings || []).map(l => LIST_NAMES[l.list] || l.list))];
        const node = { name: c.owner, level, lists };
        nodes.push(node);
        links.push({ from: node, to: below, percent: c.percent });
        if (c.via && c.via.length && level < 6) walk(c.via, node, level + 1);
      }
    };
    walk(path, nodes[0], 1);
    return { nodes, links };
  };

  window.LicitOwnershipGraph = (ownership, lang) => {
    const w = WORDS[lang] || WORDS.en;
    const rule = ownership && worst(ownership);
    if (!rule || !rule.path || !rule.path.length) return '';
    const party = ownership.owners && ownership.owners.length ? ownership.owners[0].name : '';
    const { nodes, links } = layout(party, rule.path);
    const levels = Math.max(...nodes.map(n => n.level)) + 1;
    const perLevel = [];
    nodes.forEach(n => { (perLevel[n.level] = perLevel[n.level] || []).push(n); });
    const widest = Math.max(...perLevel.map(l => l.length));
    const width = PAD * 2 + widest * BOX_W + (widest - 1) * GAP_X;
    const height = PAD * 2 + levels * BOX_H + (levels - 1) * GAP_Y + 18;
    // the party at the bottom, each level above centred on the drawing
    perLevel.forEach((row, level) => {
      const rowWidth = row.length * BOX_W + (row.length - 1) * GAP_X;
      row.forEach((n, i) => {
        n.x = (width - rowWidth) / 2 + i * (BOX_W + GAP_X);
        n.y = height - PAD - BOX_H - level * (BOX_H + GAP_Y);
      });
    });
    let s = `<svg class="ownership-graph" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`
      + ` viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(w.title)}">`
      // the rule by its title in the reader's language (Licit.ruleTitle: title.* in the rules' texts)
      + `<text class="og-title" x="${PAD}" y="${PAD + 8}" font-size="12" font-weight="bold">${esc(w.title)}: ${esc(window.Licit && window.Licit.ruleTitle ? window.Licit.ruleTitle(rule.title) : rule.title)}`
      + ` · ${esc(w[rule.standing] || rule.standing)} (${esc(share(rule.sharePercent, w))})</text>`;
    for (const l of links) {
      const x1 = l.from.x + BOX_W / 2, y1 = l.from.y + BOX_H, x2 = l.to.x + BOX_W / 2, y2 = l.to.y;
      s += `<line class="og-link" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#667" stroke-width="1.5"/>`
        + `<polygon points="${x2},${y2} ${x2 - 4},${y2 - 8} ${x2 + 4},${y2 - 8}" fill="#667"/>`
        + `<text class="og-share" x="${(x1 + x2) / 2 + 6}" y="${(y1 + y2) / 2 + 4}" font-size="12">${esc(share(l.percent, w))}</text>`;
    }
    for (const n of nodes) {
      const listed = n.lists.length > 0;
      s += `<g class="og-node${listed ? ' og-listed' : ''}${n.level === 0 ? ' og-party' : ''}">`
        + `<title>${esc(n.name)}</title>`
        + `<rect x="${n.x}" y="${n.y}" width="${BOX_W}" height="${BOX_H}" rx="5" fill="${listed ? '#fde2e1' : '#f4f5f8'}"`
        + ` stroke="${listed ? '#b3261e' : '#889'}"/>`
        + `<text class="og-name" x="${n.x + 8}" y="${n.y + 18}" font-size="12">${esc(cut(n.name))}</text>`
        + `<text class="og-note" x="${n.x + 8}" y="${n.y + 35}" font-size="11" fill="${listed ? '#b3261e' : '#556'}">`
        + `${esc(listed ? w.listed + ': ' + n.lists.join(', ') : n.level === 0 ? w.party : '')}</text></g>`;
    }
    return s + '</svg>';
  };
})();
