// ui/decide.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
const CERTS = ['US_SUPPLY_SUFFICIENT', 'NO_FOUNDRY_DIVERSION', 'RECIPIENT_SECURITY_PROCEDURES', 'US_THIRD_PARTY_TESTING'];
Licit.start(async (session) => {
  document.getElementById('date').value = new Date().toISOString().substring(0, 10);
  // issue 13: the rules date is not the requester's to choose; the server refuses another date with a 403 anyway
  if (session.role === 'requester') {
    document.getElementById('date').readOnly = true;
    document.getElementById('dateNote').textContent = Licit.t('order.todayOnly');
  }
  document.getElementById('certs').innerHTML = CERTS.map(c => `<label class="plain"><input type="checkbox" value="${c}" class="inline-check"> ${c}</label>`).join('');
  const chips = await Licit.api('/v1/catalog');
  document.getElementById('chip').innerHTML = chips.map(c => `<option value="${Licit.esc(c.catalogId)}">${Licit.esc(c.vendor + ' ' + c.model)}</option>`).join('');
  document.getElementById('chip').value = 'nvidia-h100-sxm5-80gb';
  const upper = (id) => document.getElementById(id).value.trim().toUpperCase() || undefined;
  const submit = async (order) => {
    document.getElementById('err').textContent = '';
    try {
      const d = await Licit.api('/v1/decisions', { method: 'POST', body: order });
      document.getElementById('result').innerHTML = Licit.decisionHtml(d);
    } catch (e) { document.getElementById('err').textContent = e.message; }
  };
  document.getElementById('order').onsubmit = (e) => {
    e.preventDefault();
    const order = {
      id: document.getElementById('id').value, date: document.getElementById('date').value,
      exportFrom: upper('from'), destination: upper('destination'),
      parties: [{ role: 'END_USER', name: document.getElementById('partyName').value, country: upper('partyCountry'), headquarters: upper('partyHq') }],
      items: [{ sku: document.getElementById('chip').value, quantity: Number(document.getElementById('quantity').value),
                unitValueUsd: Number(document.getElementById('value').value), catalogId: document.getElementById('chip').value }],
      certifications: [...document.querySelectorAll('#certs input:checked')].map(i => i.value),
      posture: { aiDiffusion: document.getElementById('posture').value, affiliates: document.getElementById('affiliates').value }
    };
    document.getElementById('json').value = JSON.stringify(order, null, 2);
    submit(order);
  };
  document.getElementById('checkJson').onclick = () => {
    try { submit(JSON.parse(document.getElementById('json').value)); }
    catch (e) { document.getElementById('err').textContent = e.message; }
  };
});
