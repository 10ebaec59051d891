// Shared by every page: language, navigation by role, API calls with the session cookie.
(function () {
  const dict = window.LICIT_I18N;
  const stored = localStorage.getItem('licit.lang');
  const lang = stored || ((navigator.language || 'en').toLowerCase().startsWith('ko') ? 'ko' : 'en');
  const L = { lang, ruleTexts: null };

  L.t = (key) => (dict[lang] && dict[lang][key]) || dict.en[key] || key;

  L.applyI18n = (root) => {
    (root || document).querySelectorAll('[data-i18n]').forEach(el => { el.textContent = L.t(el.dataset.i18n); });
    document.documentElement.lang = lang;
  };

  L.esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));

  L.api = async (path, opts = {}) => {
    const headers = { 'X-Licit-UI': '1' };
    let body = opts.body;
    if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string') {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    const res = await fetch(path, { method: opts.method || 'GET', headers, body, credentials: 'same-origin' });
    const type = res.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await res.json() : await res.text();
    if (res.status === 401 && !opts.noRedirect) {
      location.href = '/login?next=' + encodeURIComponent(location.pathname);
      throw new Error('unauthorized');
    }
    if (!res.ok) {
      const err = new Error((data && data.detail) || res.statusText);
      err.status = res.status;
      throw err;
    }
    // a paged listing names its total in a header (GET /v1/cases: X-Total-Count)
    return opts.withHeaders ? { data, headers: res.headers } : data;
  };

  // A country's name in the reader's language from its ISO 3166-1 alpha-2 code (the browser's own names).
  let regionNames = null;
  try { regionNames = new Intl.DisplayNames([lang], { type: 'region' }); } catch (e) { regionNames = null; }
  L.countryName = (code) => {
    if (!code) return '';
    try { return (regionNames && regionNames.of(String(code).toUpperCase())) || code; } catch (e) { return code; }
  };
  // ISO 3166-1 alpha-2: every country a picker offers, named in the reader's language by L.countryName.
  L.COUNTRIES = 'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(' ');
  // <option>s of every country, sorted by name in the reader's language, with a first empty choice.
  L.countryOptions = (first) => `<option value="">${L.esc(first || '')}</option>` + L.COUNTRIES
    .map(c => [c, L.countryName(c)]).sort((a, b) => a[1].localeCompare(b[1], lang))
    .map(([c, n]) => `<option value="${c}">${L.esc(n)} (${c})</option>`).join('');
  // A translated text with {name} placeholders filled (values escaped by the caller when it writes HTML).
  L.tf = (key, params) => L.t(key).replace(/\{([A-Za-z]+)\}/g, (m, k) => (params && params[k] != null ? params[k] : m));
  L.countryHtml = (code) => code ? `${L.esc(L.countryName(code))} <span class="muted">(${L.esc(code)})</span>` : '—';

  const pages = [
    ['/ui/', 'nav.decide', ['requester', 'reviewer', 'admin']],
    ['/ui/decisions', 'nav.decisions', ['requester', 'reviewer', 'admin']],
    ['/ui/chips', 'nav.chips', ['requester', 'reviewer', 'admin']],
    ['/ui/screen', 'nav.screen', ['requester', 'reviewer', 'admin']],
    ['/ui/cases', 'nav.cases', ['reviewer', 'admin']],
    ['/ui/licenses', 'nav.licenses', ['reviewer', 'admin']],
    ['/ui/audit', 'nav.audit', ['admin']],
    ['/ui/admin', 'nav.admin', ['admin']],
  ];

  L.start = async (onReady) => {
    const session = await L.api('/v1/session');
    L.role = session.role;
    const header = document.createElement('header');
    const nav = pages.filter(p => p[2].includes(session.role))
      .map(p => `<a href="${p[0]}" class="${location.pathname === p[0] ? 'active' : ''}" data-i18n="${p[1]}"></a>`).join('');
    header.innerHTML = `<span class="brand">Licit</span><nav>${nav}</nav>
      <span class="right"><span class="muted" id="who">${L.esc(L.t('role.' + session.role))}</span>
      <button id="lang">${lang === 'ko' ? 'English' : '한국어'}</button><button id="signout" data-i18n="signout"></button></span>`;
    document.body.prepend(header);
    document.getElementById('lang').onclick = () => { localStorage.setItem('licit.lang', lang === 'ko' ? 'en' : 'ko'); location.reload(); };
    document.getElementById('signout').onclick = async () => { await L.api('/v1/session', { method: 'DELETE' }); location.href = '/login'; };
    if (lang !== 'en') {
      try { L.ruleTexts = await L.api('/v1/rules/i18n/' + lang); } catch (e) { L.ruleTexts = null; }
    }
    L.applyI18n();
    await L.listBanner();
    if (onReady) await onReady(session);
  };

  // Korean particles chosen from the word before them (as dev.licit.store.record.Particles does):
  // "CN(으)로" reads "CN으로", "3A090.a은(는)" reads "3A090.a는". A Hangul syllable tells by its final
  // consonant; a Latin letter or digit by its Korean reading (L 엘, M 엠, N 엔, R 알; 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔).
  L.particles = (text) => text.replace(/(은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로)/g, (pair, _p, at) => {
    let i = at - 1;
    while (i >= 0 && ')]}"\'\u201d\u2019 '.includes(text[i])) i--;
    let end = 'vowel';
    if (i >= 0) {
      const c = text.charCodeAt(i);
      if (c >= 0xAC00 && c <= 0xD7A3) {
        const jong = (c - 0xAC00) % 28;
        end = jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
      } else {
        const ch = text[i].toLowerCase();
        end = 'lr178'.includes(ch) ? 'rieul' : 'mn036'.includes(ch) ? 'consonant' : 'vowel';
      }
    }
    const v = end === 'vowel';
    switch (pair) {
      case '은(는)': return v ? '는' : '은';
      case '이(가)': return v ? '가' : '이';
      case '을(를)': return v ? '를' : '을';
      case '과(와)': return v ? '와' : '과';
      default: return end === 'consonant' ? '으로' : '로';
    }
  });

  // A translated template filled with the values of the English sentence; [ ... ] is dropped when a
  // value inside it is absent (it does not apply to this decision). Null when there is no template.
  L.fill = (key, params) => {
    const tpl = L.ruleTexts && key && L.ruleTexts[key];
    if (!tpl || !params) return null;
    const words = { 'presumption of denial': 'policy.PRESUMPTION_OF_DENIAL', 'case-by-case review': 'policy.CASE_BY_CASE',
                    'presumption of approval': 'policy.PRESUMPTION_OF_APPROVAL' };
    // a rule's title in {rule} in the reader's language (title.* in the rules' texts), a review policy's words too
    const title = (k) => (k === 'rule' && L.ruleTexts['title.' + params[k]]) || undefined;
    // the ownership path (every party's standing, joined in English by PartyOwnership) in the reader's
    // language when it is the one of the decision shown (L.useOwnership)
    const path = (k) => (k === 'ownershipPath' && ownershipSaid && params[k] === ownershipSaid.en ? ownershipSaid.said : undefined);
    const value = (k) => (params[k] === undefined ? undefined
      : path(k) || title(k) || (words[params[k]] ? L.t(words[params[k]]) : params[k]));
    return L.particles(tpl
      .replace(/\[([^\]]*)\]/g, (m, inner) => ((inner.match(/\{([A-Za-z]+)\}/g) || []).every(p => value(p.slice(1, -1)) !== undefined) ? inner : ''))
      .replace(/\{([A-Za-z]+)\}/g, (m, k) => (value(k) === undefined ? m : value(k))));
  };

  // A rule's title on its own in the reader's language (title.<English title> in the rules' texts, the Korean
  // titles of data/i18n/rules.ko.yaml): the English title when there is none.
  L.ruleTitle = (title) => (lang !== 'en' && L.ruleTexts && title && L.ruleTexts['title.' + title]) || title || '';

  // A code's word in the reader's language (group.CODE in the UI's tables), the code itself when it has none.
  L.word = (group, code) => (code == null || code === '' ? '' : (L.t(group + '.' + code) === group + '.' + code ? code : L.t(group + '.' + code)));

  // Where a party stands under a 50 % rule, in the reader's language: the English sentence (OwnershipCheck) is
  // rebuilt from the outcome's values (standing, share, the owners on the path with their lists), and the
  // English kept folded beside it; a DOUBTFUL outcome's three causes are told apart by the English's words.
  L.ownershipText = (party, r) => {
    if (lang === 'en') return r.text || '';
    const path = L.ownershipPath(r.path || []);
    const share = r.sharePercent == null ? '' : String(r.sharePercent);
    let said;
    if (r.standing === 'COVERED') said = L.tf('own.text.COVERED', { party, share, path });
    else if (r.standing === 'UNRESOLVED') said = L.tf('own.text.UNRESOLVED', { party, share, path });
    else if (r.standing === 'DOUBTFUL') {
      const why = /possible list match/.test(r.text || '') ? 'own.why.possible'
        : /more owners than were walked/.test(r.text || '') ? 'own.why.truncated' : 'own.why.contradicts';
      said = L.tf('own.text.DOUBTFUL', { party, why: L.t(why), path });
    } else if (r.standing === 'CLEAR') {
      said = (r.path || []).length ? L.tf('own.text.CLEAR', { party, share, path })
        : L.tf('own.text.CLEAR_NONE', { party, lists: (r.lists && r.lists.length ? r.lists : []).join(', ') });
    }
    return said ? L.particles(said) : (r.text || '');
  };
  // The owners on a covered share's path: name, share, lists, and a covered owner's own listed owners.
  L.ownershipPath = (path) => path.map(c => {
    // each listing as Listing.words() gives it: "possibly" for a possible match, the list's name, its notice
    const why = (c.listings || []).map(l => L.tf('own.listed', { lists: (l.band === 'POSSIBLE' ? L.t('band.POSSIBLE') + ' ' : '')
      + L.word('own.list', l.list) + (l.federalRegisterNotice ? ', ' + l.federalRegisterNotice : '') }));
    if (c.via && c.via.length) why.push(L.tf('own.via', { path: L.ownershipPath(c.via) }));
    return `${c.owner} ${c.percent == null ? L.t('own.shareUnknown') : c.percent + ' %'}${why.length ? ' (' + why.join('; ') + ')' : ''}`;
  }).join(', ');

  // The decision whose reasons are being shown: its parties' standings, as the engine joined them into the
  // reasons' {ownershipPath} (each party's outcome that is not clear, in order), and the same said in the reader's
  // language. A path with anything else in it (a note on an unscreened owner) does not equal it and stays English.
  let ownershipSaid = null;
  L.useOwnership = (d) => {
    ownershipSaid = null;
    if (lang === 'en' || !d || !d.parties) return;
    const en = [], said = [];
    d.parties.forEach(p => ((p.ownership && p.ownership.rules) || []).filter(r => r.standing !== 'CLEAR').forEach(r => {
      if (en.includes(r.text)) return;
      en.push(r.text);
      said.push(L.ownershipText(p.name, r));
    }));
    if (en.length) ownershipSaid = { en: en.join('; '), said: said.join('; ') };
  };

  // A reason in the reader's language: its translated template (the rule's, or the engine sentence's) filled with the same values.
  // (a rule's own text without values has no params in the JSON: its template is filled with none, as the record does)
  L.reasonText = (r) => L.fill(r.textKey || r.ruleId, r.params || {}) || r.summary;

  // A next step in the reader's language, from the decision's step codes.
  L.stepTexts = (d) => d.nextSteps.map((s, n) => {
    const detail = d.nextStepDetails && d.nextStepDetails[n];
    return (detail && L.fill(detail.code, detail.params)) || s;
  });

  // A reason that a license exception overcomes stays in view, struck through and saying which exception (issue 18).
  L.reasonHtml = (r) => r.supersededBy
    ? `<div class="reason superseded" data-superseded-by="${L.esc(r.supersededBy)}"><span class="tag tag-${L.esc(r.reliability)}">${L.esc(r.reliability)}</span><span class="overcome">${L.esc(L.particles(L.tf('decision.overcomeBy', { exception: r.supersededBy })))}</span>
      <s>${L.esc(L.reasonText(r))}</s> ${r.citation ? `<span class="cite" translate="no">(${L.esc(r.citation)})</span>` : ''}</div>`
    : `<div class="reason"><span class="tag tag-${L.esc(r.reliability)}">${L.esc(r.reliability)}</span>${L.esc(L.reasonText(r))}
    ${r.citation ? `<span class="cite" translate="no">(${L.esc(r.citation)})</span>` : ''}</div>`;

  // What would change an item's verdict, and its own classification when it is outside 3A090/4A090 (issue 18):
  // the rules' texts in the reader's language (data/i18n/rules.LANG.yaml), filled with the decision's values.
  L.wouldChangeHtml = (i) => i.wouldChange && i.wouldChange.length ? `<div class="would-change"><b>${L.esc(L.t('decision.wouldChange'))}</b><ul>${i.wouldChange.map(c =>
      `<li data-kind="${L.esc(c.kind)}"><span class="tag tag-${L.esc(c.reliability)}">${L.esc(c.reliability)}</span>${L.esc(L.fill(c.textKey, c.params || {}) || c.summary)}
      ${c.citation ? `<span class="cite" translate="no">(${L.esc(c.citation)})</span>` : ''}</li>`).join('')}</ul></div>` : '';
  L.residualHtml = (i) => i.residual ? `<div class="residual"><b>${L.esc(L.t('decision.residual'))}</b>: <span class="tag tag-${L.esc(i.residual.reliability)}">${L.esc(i.residual.reliability)}</span>${L.esc(L.fill(i.residual.textKey, {}) || i.residual.summary)}
      <span class="cite" translate="no">(${L.esc(i.residual.citation)})</span>
      ${i.residual.candidates && i.residual.candidates.length ? `<ul class="candidates">${i.residual.candidates.map(c => `<li><b translate="no">${L.esc(c.eccn)}</b>: ${L.esc(c.decidedBy)} <span class="cite" translate="no">(${L.esc(c.citation)})</span></li>`).join('')}</ul>` : ''}</div>` : '';
  // An item's reasons, missing data, own classification and what would change it: the decision view and the case detail.
  L.itemWhyHtml = (i) => `${i.reasons.map(L.reasonHtml).join('')}
        ${i.missing && i.missing.length ? `<div class="error">${L.esc(L.t('decision.missing'))}: ${L.esc(i.missing.join(', '))}</div>` : ''}
        ${L.residualHtml(i)}${L.wouldChangeHtml(i)}`;
  L.eccnText = (i) => i.eccn === 'NONE' && i.residual ? `NONE (${L.t('decision.eccnNone')})` : (i.eccn || '?');

  // What the server recorded in English, kept within reach (folded) where the page shows it rebuilt in another language.
  L.originalHtml = (text) => text && lang !== 'en'
    ? `<details class="original"><summary>${L.esc(L.t('decision.original'))}</summary><span lang="en" translate="no">${L.esc(text)}</span></details>` : '';

  // An authorization's detail in the reader's language: its sentences' codes and values (details) filled with
  // the rules' translated templates (authorization.* in data/i18n/rules.LANG.yaml), as the decision record does;
  // the English detail when a sentence has no template (or the authorization predates the codes).
  L.authDetail = (a) => {
    if (!a) return '';
    const det = a.detail || '';
    if (lang === 'en' || !a.details || !a.details.length) return det;
    const said = a.details.map(p => L.fill(p.code, p.params || {}));
    return said.every(x => x) ? said.join(' ') : det;
  };

  // Why a case was opened, in the reader's language: the store keeps it as sentence codes with their values
  // (reasonDetails: case.* and the authorization's sentences in the rules' texts) beside its English. A case
  // opened before the codes were kept has only the English (CasePolicy, the re-screening): its verdict, kind
  // and matches carry what it says, read from those sentences' shape.
  L.caseReason = (c) => {
    const r = c.reason || '';
    if (lang === 'en') return r;
    if (c.reasonDetails && c.reasonDetails.length) {
      const said = c.reasonDetails.map(p => L.fill(p.code, p.params || {}));
      if (said.every(x => x)) return said.join(' ');
    }
    let m;
    if (r.startsWith('HOLD: ')) {
      const parts = [];
      const miss = r.match(/missing \((.*?)\);/);
      if (miss) parts.push(L.tf('why.missing', { missing: miss[1] }));
      const hits = r.match(/(\d+) list match\(es\) to review/);
      if (hits) parts.push(L.tf('why.matches', { n: hits[1] }));
      if (!parts.length) parts.push(L.t('why.undecided'));
      return L.t('verdict.HOLD') + ': ' + parts.join('; ');
    }
    if ((m = r.match(/^LICENSE_REQUIRED(?: \((.*?)\))?: (.*)$/))) {
      const policy = { 'presumption of denial': 'policy.PRESUMPTION_OF_DENIAL', 'case-by-case review': 'policy.CASE_BY_CASE',
                       'presumption of approval': 'policy.PRESUMPTION_OF_APPROVAL' }[m[1]];
      // the authorization's detail when the case opened: none registered covers it, or a license is required
      const why = L.fill(/^no registered license/.test(m[2]) ? 'authorization.license-none' : 'authorization.license-required', {});
      return L.t('verdict.LICENSE_REQUIRED') + (policy ? ' (' + L.t(policy) + ')' : '') + ': ' + (why || m[2]);
    }
    if (r.startsWith('PROHIBITED by a list match')) return L.t('why.prohibited');
    if ((m = r.match(/^(list|ownership) import (\S+?)(?: \(replacing (\S+?)\))?: /))) {
      return L.particles(L.tf('why.rescreen.' + m[1], { snapshot: m[2], n: (c.matches || []).length,
        previous: m[3] ? ' ' + L.tf('why.replacing', { previous: m[3] }) : '' }));
    }
    return r;
  };

  L.verdictHtml = (v) => `<span class="verdict v-${L.esc(v)}" data-verdict="${L.esc(v)}">${L.esc(L.t('verdict.' + v))}</span>`;

  // A party's list hits; the Entity List's affiliate rows under their parent (the decision's groups), each still a hit.
  L.matchesHtml = (p) => {
    if (!p.matches.length) return L.esc(L.t('decision.noMatch'));
    const hit = (m) => `${L.esc(L.word('band', m.band))} ${L.esc(m.list)} “${L.esc(m.listedName)}” ${m.score}`;
    const byId = new Map(p.matches.map(m => [m.entryId, m]));
    const groupOf = new Map();
    (p.groups || []).forEach(g => [g.parentEntryId, ...g.affiliateEntryIds].forEach(id => { if (id) groupOf.set(id, g); }));
    const shown = new Set();
    return p.matches.map(m => {
      const g = groupOf.get(m.entryId);
      if (!g) return hit(m);
      if (shown.has(g)) return null;
      shown.add(g);
      const members = [g.parentEntryId, ...g.affiliateEntryIds].filter(id => id && byId.has(id)).map(id => hit(byId.get(id)));
      return `<div class="affiliate-group" data-parent="${L.esc(g.parent)}"><b>${L.esc(g.parent)}</b> ${L.esc(L.t('decision.affiliates')
        .replace('{count}', String(g.affiliateEntryIds.length)))}: ${members.join('; ')}</div>`;
    }).filter(x => x !== null).join('; ');
  };

  L.decisionHtml = (d) => {
    L.useOwnership(d);
    const policy = d.reviewPolicy ? ' · ' + L.esc(L.t('policy.' + d.reviewPolicy)) : '';
    const exc = d.licenseException ? ' · ' + L.esc(d.licenseException) : '';
    const items = d.items.map((i, n) => `<div class="card"><b>${n + 1}. ${L.esc(i.sku || '')}</b> × ${i.quantity}
        — ${L.esc(L.eccnText(i))}${i.paragraph && i.paragraph !== i.eccn ? ' (' + L.esc(i.paragraph) + ')' : ''}
        ${i.tpp != null ? ' · TPP ' + i.tpp : ''}${i.performanceDensity != null ? ' · PD ' + i.performanceDensity : ''}
        <div class="verdict-line">${L.verdictHtml(i.verdict)}${i.reviewPolicy ? ' <span class="muted">' + L.esc(L.t('policy.' + i.reviewPolicy)) + '</span>' : ''}${i.licenseException ? ' <b>' + L.esc(i.licenseException) + '</b>' : ''}</div>
        ${L.itemWhyHtml(i)}</div>`).join('');
    // a party's role, band and standing in words; each 50 % rule by its title in the reader's language
    const parties = d.parties.map(p => `<li><span class="party-role" data-role="${L.esc(p.role)}">${L.esc(L.word('role', p.role))}</span> <b>${L.esc(p.name)}</b> (${L.esc(p.country || '')}${p.headquarters ? ', ' + L.esc(L.t('wb.hq')) + ' ' + L.esc(p.headquarters) : ''}):
        ${L.matchesHtml(p)}
        ${p.ownership ? p.ownership.rules.map(r => `<div class="muted ownership-rule" data-rule="${L.esc(r.rule)}" data-standing="${L.esc(r.standing)}"><span class="rule-title">${L.esc(L.ruleTitle(r.title))}</span>: <b>${L.esc(L.word('own.standing', r.standing))}</b>. <span class="ownership-text">${L.esc(L.ownershipText(p.name, r))}</span>${L.originalHtml(r.text)}</div>`).join('')
            + (lang === 'en' ? p.ownership.notes.map(n => `<div class="muted">${L.esc(n)}</div>`).join('')
              : p.ownership.notes.length ? `<div class="muted ownership-notes">${L.esc(L.tf('own.notes', { n: p.ownership.notes.length }))}${L.originalHtml(p.ownership.notes.join(' / '))}</div>` : '')
            + (window.LicitOwnershipGraph ? window.LicitOwnershipGraph(p.ownership, lang) : '') : ''}</li>`).join('');
    return `<div class="card" id="decision">
      <h2><span data-i18n="decision.title">${L.esc(L.t('decision.title'))}</span> ${d.decisionId ? '<span class="muted">' + L.esc(d.decisionId) + '</span>' : ''}</h2>
      <div>${L.verdictHtml(d.verdict)} <span id="policy">${policy}${exc}</span></div>
      <p class="muted">${L.esc(L.t('decision.rulebook'))} ${L.esc(d.asOf)} · ${L.esc(L.t('decision.version'))} ${L.esc(d.rulebook.version)} · sha256 ${L.esc(d.rulebook.sha256.substring(0, 12))}
      ${d.earliestShipDate ? ' · ' + L.esc(L.t('decision.earliest')) + ' ' + L.esc(d.earliestShipDate) : ''}</p>
      ${L.listsHtml(d.lists, d.decidedAt)}
      ${d.dryRun ? `<p class="error" id="dry-run">${L.esc(L.t('decision.dryRun'))}</p>` : ''}
      ${d.authorization ? `<div id="authorization" data-status="${L.esc(d.authorization.status)}">${L.esc(L.t('decision.authorization'))}: <b>${L.esc(L.t('auth.' + d.authorization.status) === 'auth.' + d.authorization.status ? d.authorization.status : L.t('auth.' + d.authorization.status))}</b> <span id="authDetail">${L.esc(L.authDetail(d.authorization))}</span>${L.originalHtml(d.authorization.detail)}</div>` : ''}
      <h2>${L.esc(L.t('decision.items'))}</h2>${items}
      <h2>${L.esc(L.t('decision.parties'))}</h2><ul>${parties}</ul>
      ${d.presumes && d.presumes.length ? `<h2>${L.esc(L.t('decision.presumes'))}</h2><ul class="presumes">${d.presumes.map(p =>
        `<li><span class="tag tag-${L.esc(p.reliability)}">${L.esc(p.reliability)}</span>${L.esc(L.fill(p.ruleId, {}) || p.check)} <span class="cite" translate="no">(${L.esc(p.citation)})</span></li>`).join('')}</ul>` : ''}
      ${d.rulebook.notice ? `<p class="error" id="review-notice">${L.esc(L.t('decision.beyondReview'))} ${L.esc(d.rulebook.reviewedThrough)}</p>` : ''}
      <h2>${L.esc(L.t('decision.next'))}</h2><ul class="steps">${L.stepTexts(d).map(s => '<li>' + L.esc(s) + '</li>').join('')}</ul>
      <p class="muted">${L.esc(L.t('tags'))}</p></div>`;
  };

  // Every page says when the lists are out of date (issue 17): /health is public and names the reason.
  L.listBanner = async () => {
    let health;
    try { health = await (await fetch('/health', { credentials: 'same-origin' })).json(); } catch (e) { return; }
    const lists = health && health.lists;
    if (!lists || !lists.warning) return;
    const banner = document.createElement('p');
    banner.className = 'error';
    banner.id = 'lists-stale';
    banner.textContent = L.t('lists.stale') + ': ' + L.listWarning(lists.warning);
    const main = document.querySelector('main');
    if (main) main.prepend(banner);
  };

  // The decision's lists: each file with its date and age, and the warning the decision carries.
  // A list's age at the decision is decidedAt minus confirmedAt (the decision carries no clock-dependent seconds).
  L.listsHtml = (lists, decidedAt) => {
    if (!lists) return '';
    const day = (t) => (t || '').substring(0, 10);
    const days = (s) => decidedAt && s.confirmedAt ? Math.floor((Date.parse(decidedAt) - Date.parse(s.confirmedAt)) / 86400000) : '';
    const rows = lists.sources.map(s => `<span translate="no">${L.esc(s.file)}</span> ${L.esc(L.t('lists.published'))} ${L.esc(day(s.publishedAt))}`
      + ` · ${L.esc(L.t('lists.age'))} ${days(s)}${s.stale ? ' ⚠' : ''}`).join('; ');
    return `<p class="muted" id="decision-lists">${L.esc(L.t('lists.title'))} ${L.esc(lists.snapshot)}: ${rows}</p>`
      + (lists.warning ? `<p class="error" id="list-warning">${L.esc(L.listWarning(lists.warning))}</p>` : '');
  };

  // The lists' warning (ListAges.Report.warning, written in English) in the reader's language: its two forms carry
  // the compile date, or the stale files with their dates and ages and the limit, as values.
  L.listWarning = (w) => {
    if (!w || lang === 'en') return w || '';
    let m = w.match(/^only the built-in curated list \(compiled (\S+)\)/);
    if (m) return L.tf('listw.builtIn', { day: m[1] });
    m = w.match(/^lists? (.+) (?:is|are) older than the (.+) limit/);
    if (m) {
      const files = m[1].replace(/\(last confirmed (\S+), (\d+) days\)/g, (x, day, n) => L.tf('listw.file', { day, n }));
      return L.particles(L.tf('listw.stale', { files, limit: m[2].replace(/(\d+) days?/, (x, n) => L.tf('listw.days', { n })) }));
    }
    return w;
  };

  window.Licit = L;
})();
