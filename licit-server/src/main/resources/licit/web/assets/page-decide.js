// ui/decide.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script.
// The check form (issue 18): starts empty; several parties and items (a catalog chip, a chip's own
// figures, or a system of chips); countries picked from the ISO list by name; the certifications in
// words; the answer with whether the order may ship and a link to the case it opened.
const CERTS = ['US_SUPPLY_SUFFICIENT', 'NO_FOUNDRY_DIVERSION', 'RECIPIENT_SECURITY_PROCEDURES', 'US_THIRD_PARTY_TESTING', 'NO_END_USE_CONTROL'];
const ROLES = ['END_USER', 'ULTIMATE_CONSIGNEE', 'INTERMEDIATE_CONSIGNEE', 'PURCHASER'];
const PRECISIONS = ['fp64', 'fp32', 'tf32', 'fp16', 'bf16', 'fp8', 'int8', 'int4', 'fp6', 'fp4'];
const T = (k) => Licit.esc(Licit.t(k));
const $ = (id) => document.getElementById(id);
let chips = [];
let serial = 0;

const chipOptions = () => `<option value="">${T('form.chooseChip')}</option>`
  + chips.map(c => `<option value="${Licit.esc(c.catalogId)}" translate="no">${Licit.esc(c.vendor + ' ' + c.model)}</option>`).join('');

function addParty() {
  const n = ++serial;
  const div = document.createElement('div');
  div.className = 'party-line card';
  div.dataset.n = n;
  div.innerHTML = `<div class="row">
      <div><label for="role-${n}">${T('wb.role')}</label><select id="role-${n}" class="role">${ROLES.map(r => `<option value="${r}">${T('role.' + r)}</option>`).join('')}</select></div>
      <div class="wide"><label for="pname-${n}">${T('order.partyName')}</label><input id="pname-${n}" class="pname" maxlength="500"></div>
      <div><label for="pcountry-${n}">${T('order.partyCountry')}</label><select id="pcountry-${n}" class="pcountry">${Licit.countryOptions('')}</select></div>
      <div><label for="phq-${n}">${T('order.partyHq')}</label><select id="phq-${n}" class="phq">${Licit.countryOptions('')}</select></div>
      <div class="wide"><label for="paddr-${n}">${T('wb.address')}</label><input id="paddr-${n}" class="paddr" maxlength="1000"></div>
    </div><p class="error inline" id="err-party-${n}" role="alert"></p>
    <button type="button" class="small remove">${T('form.remove')}</button>`;
  div.querySelector('.remove').onclick = () => div.remove();
  $('parties').appendChild(div);
  // a second party is most often the consignee
  if ($('parties').children.length === 2) div.querySelector('.role').value = 'ULTIMATE_CONSIGNEE';
}

function componentLine(n) {
  const span = document.createElement('div');
  span.className = 'component row';
  span.innerHTML = `<div class="wide"><label>${T('form.systemChip')}</label><select class="cchip">${chipOptions()}</select></div>
    <div><label>${T('form.count')}</label><input class="ccount" type="number" min="1" value="8"></div>`;
  return span;
}

function addItem() {
  const n = ++serial;
  const div = document.createElement('div');
  div.className = 'item-line card';
  div.dataset.n = n;
  div.innerHTML = `<div class="row">
      <div><label for="kind-${n}">${T('form.kind')}</label><select id="kind-${n}" class="kind">
        <option value="catalog">${T('form.kind.catalog')}</option><option value="chip">${T('form.kind.chip')}</option>
        <option value="system">${T('form.kind.system')}</option></select></div>
      <div><label for="sku-${n}">${T('form.sku')}</label><input id="sku-${n}" class="sku" maxlength="200"></div>
      <div><label for="qty-${n}">${T('order.quantity')}</label><input id="qty-${n}" class="qty" type="number" min="1"></div>
      <div><label for="value-${n}">${T('order.value')}</label><input id="value-${n}" class="value" type="number" min="0" step="0.01"></div>
    </div>
    <div class="part catalog row"><div class="wide"><label for="chip-${n}">${T('order.chip')}</label><select id="chip-${n}" class="catalog-chip">${chipOptions()}</select></div></div>
    <div class="part chip row" hidden>
      <div><label>${T('form.vendor')}</label><input class="vendor" maxlength="200"></div>
      <div><label>${T('form.model')}</label><input class="model" maxlength="200"></div>
      <div><label>${T('form.precision')}</label><select class="precision">${PRECISIONS.map(p => `<option value="${p}">${p.toUpperCase()}</option>`).join('')}</select></div>
      <div><label>${T('form.dense')}</label><input class="dense" type="number" min="0" step="any"></div>
      <div><label>${T('form.die')}</label><input class="die" type="number" min="0" step="any"></div>
      <div><label>${T('form.bandwidth')}</label><input class="bandwidth" type="number" min="0" step="any"></div>
      <div><label>${T('form.interconnect')}</label><input class="interconnect" type="number" min="0" step="any"></div>
      <div><label class="plain"><input type="checkbox" class="datacenter inline-check"> ${T('chips.datacenter')}</label></div>
    </div>
    <div class="part system" hidden>
      <div class="row"><div class="wide"><label>${T('form.systemModel')}</label><input class="smodel" maxlength="200"></div></div>
      <div class="components"></div><button type="button" class="small addComponent">${T('form.addComponent')}</button>
    </div>
    <p class="error inline" id="err-item-${n}" role="alert"></p>
    <button type="button" class="small remove">${T('form.remove')}</button>`;
  const kind = div.querySelector('.kind');
  kind.onchange = () => div.querySelectorAll('.part').forEach(p => { p.hidden = !p.classList.contains(kind.value); });
  div.querySelector('.addComponent').onclick = () => div.querySelector('.components').appendChild(componentLine(n));
  div.querySelector('.components').appendChild(componentLine(n));
  div.querySelector('.remove').onclick = () => div.remove();
  $('items').appendChild(div);
}

const num = (el) => el.value.trim() === '' ? undefined : Number(el.value);

// The order as POST /v1/decisions takes it; a missing field is marked next to its control, in the UI's words.
function readOrder() {
  let ok = true;
  const fail = (id, key) => { const e = $(id); e.textContent = (e.textContent ? e.textContent + ' ' : '') + Licit.t(key); ok = false; };
  document.querySelectorAll('#order .error.inline').forEach(e => { e.textContent = ''; });
  if (!$('destination').value) fail('err-destination', 'form.err.destination');
  const parties = [...document.querySelectorAll('#parties .party-line')].map(div => {
    const name = div.querySelector('.pname').value.trim();
    if (!name) fail('err-party-' + div.dataset.n, 'form.err.partyName');
    return { role: div.querySelector('.role').value, name,
             country: div.querySelector('.pcountry').value || undefined,
             headquarters: div.querySelector('.phq').value || undefined,
             address: div.querySelector('.paddr').value.trim() || undefined };
  });
  const lines = [...document.querySelectorAll('#items .item-line')];
  if (!lines.length) { $('err').textContent = Licit.t('form.err.noItem'); ok = false; }
  const items = lines.map(div => {
    const err = 'err-item-' + div.dataset.n;
    const quantity = num(div.querySelector('.qty'));
    if (!quantity || quantity < 1 || !Number.isInteger(quantity)) fail(err, 'form.err.quantity');
    const item = { sku: div.querySelector('.sku').value.trim() || undefined, quantity, unitValueUsd: num(div.querySelector('.value')) };
    const kind = div.querySelector('.kind').value;
    if (kind === 'catalog') {
      item.catalogId = div.querySelector('.catalog-chip').value;
      if (!item.catalogId) fail(err, 'form.err.chip');
      item.sku = item.sku || item.catalogId;
    } else if (kind === 'chip') {
      const dense = num(div.querySelector('.dense'));
      if (dense === undefined) fail(err, 'form.err.figures');
      item.chip = { vendor: div.querySelector('.vendor').value.trim() || undefined, model: div.querySelector('.model').value.trim() || undefined,
                    datacenter: div.querySelector('.datacenter').checked,
                    dense: dense === undefined ? undefined : { [div.querySelector('.precision').value]: dense },
                    dieAreaMm2: num(div.querySelector('.die')), memoryBandwidthGBs: num(div.querySelector('.bandwidth')),
                    interconnectGBs: num(div.querySelector('.interconnect')) };
    } else {
      const comps = [...div.querySelectorAll('.component')].map(c => ({ catalogId: c.querySelector('.cchip').value, count: num(c.querySelector('.ccount')) }))
        .filter(c => c.catalogId);
      if (!comps.length) fail(err, 'form.err.system');
      item.system = { model: div.querySelector('.smodel').value.trim() || undefined, chips: comps };
    }
    return item;
  });
  const order = {
    id: $('id').value.trim() || undefined, date: $('date').value || undefined,
    exportFrom: $('from').value || undefined, destination: $('destination').value || undefined,
    parties, items,
    certifications: [...document.querySelectorAll('#certs input:checked')].map(i => i.value),
    posture: { aiDiffusion: $('posture').value, affiliates: $('affiliates').value }
  };
  return ok ? order : null;
}

// Whether the order may ship, in words, and the case it opened.
function outcomeHtml(d, caseId, role) {
  const a = d.authorization;
  const status = a ? a.status : null;
  const ship = a ? (a.shippable ? 'form.mayShip' : 'form.mayNotShip') : null;
  const caseLink = caseId ? (role === 'requester'
      ? `<p id="caseLink">${Licit.esc(Licit.tf('form.caseOpened', { id: caseId }))}</p>`
      : `<p><a id="caseLink" href="/ui/cases?case=${encodeURIComponent(caseId)}">${Licit.esc(Licit.tf('form.caseOpenedLink', { id: caseId }))}</a></p>`) : '';
  return `<div class="card" id="shipping"><h2>${T('decision.authorization')}</h2>
    ${a ? `<p class="${a.shippable ? 'covered' : 'not-covered'}" id="mayShip" data-shippable="${a.shippable}">${T(ship)}: ${T('auth.' + status)}</p>` : ''}
    ${caseLink}
    ${d.decisionId ? `<p><a href="/v1/decisions/${encodeURIComponent(d.decisionId)}/record?lang=${Licit.lang}" target="_blank" rel="noopener" id="recordLink">${T('wb.record')}</a></p>` : ''}</div>`;
}

Licit.start(async (session) => {
  $('date').value = new Date().toISOString().substring(0, 10);
  // issue 13: the rules date is not the requester's to choose; the server refuses another date with a 403 anyway
  if (session.role === 'requester') {
    $('date').readOnly = true;
    $('dateNote').textContent = Licit.t('order.todayOnly');
  }
  $('from').innerHTML = Licit.countryOptions('');
  $('destination').innerHTML = Licit.countryOptions(Licit.t('form.chooseCountry'));
  $('certs').innerHTML = CERTS.map(c => `<label class="plain cert"><input type="checkbox" value="${c}" class="inline-check">
      ${T('cert.' + c)} <span class="muted">(${c})</span></label>`).join('');
  chips = await Licit.api('/v1/catalog');
  $('addParty').onclick = addParty;
  $('addItem').onclick = addItem;
  addParty();
  addItem();
  const submit = async (order) => {
    $('err').textContent = '';
    $('outcome').innerHTML = '';
    try {
      const res = await Licit.api('/v1/decisions', { method: 'POST', body: order, withHeaders: true });
      const d = res.data;
      $('outcome').innerHTML = outcomeHtml(d, res.headers.get('X-Licit-Case-Id'), session.role);
      $('result').innerHTML = Licit.decisionHtml(d);
      $('outcome').scrollIntoView();
    } catch (e) {
      // the server names the field (/items/0/quantity ...): said in the form's words, with its text
      $('err').textContent = Licit.t('form.err.refused') + ' ' + e.message;
    }
  };
  $('order').onsubmit = (e) => {
    e.preventDefault();
    const order = readOrder();
    if (!order) return;
    $('json').value = JSON.stringify(order, null, 2);
    submit(order);
  };
  $('checkJson').onclick = () => {
    try { submit(JSON.parse($('json').value)); }
    catch (e) { $('err').textContent = Licit.t('form.err.json'); }
  };
});
