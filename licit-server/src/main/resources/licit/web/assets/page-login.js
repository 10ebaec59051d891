// login.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
Licit.applyI18n();
document.getElementById('f').onsubmit = async (e) => {
  e.preventDefault();
  try {
    await Licit.api('/v1/session', { method: 'POST', body: { key: document.getElementById('key').value }, noRedirect: true });
    const next = new URLSearchParams(location.search).get('next');
    location.href = next && next.startsWith('/ui') ? next : '/ui/';
  } catch (err) { document.getElementById('err').textContent = Licit.t('login.failed'); }
};
