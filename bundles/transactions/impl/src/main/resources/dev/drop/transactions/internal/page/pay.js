// Progressive enhancement of the payment page: the status follows live, and a Drop customer signs in and pays here.
// The bearer tokens stay in this tab (sessionStorage), as the admin keeps them; retries reuse one Idempotency-Key.

const TOKENS = 'drop.customer.tokens';
const main = document.querySelector('main.pay');
const id = main.dataset.request;

async function watch() {
  while (main.dataset.status === 'OPEN') {
    await new Promise((done) => setTimeout(done, 2000));
    try {
      const response = await fetch(`/pay/${id}/status`, {cache: 'no-store'});
      if (response.ok && (await response.json()).status !== 'OPEN') location.reload();
    } catch (offline) {
      // keep trying: the page still says where it stood, and the refresh link works
    }
  }
}

function tokens() {
  return JSON.parse(sessionStorage.getItem(TOKENS) || 'null');
}

async function api(method, path, body, extraHeaders = {}) {
  const held = tokens();
  const headers = {'Content-Type': 'application/json', ...extraHeaders};
  if (held) headers.Authorization = `Bearer ${held.access_token}`;
  const response = await fetch(`/api/v1/${path}`, {method, headers, body: body && JSON.stringify(body)});
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    if (response.status === 401) sessionStorage.removeItem(TOKENS);
    throw new Error(json.detail || json.title || `HTTP ${response.status}`);
  }
  return json;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach((child) => node.append(child));
  return node;
}

function signInForm(section) {
  const email = element('input', {id: 'pay-email', type: 'email', autocomplete: 'username', required: ''});
  const password = element('input', {id: 'pay-password', type: 'password', autocomplete: 'current-password', required: ''});
  const error = element('p', {class: 'error', role: 'alert'});
  const form = element('form', {},
    element('label', {for: 'pay-email'}, 'E-mail'), email,
    element('label', {for: 'pay-password'}, 'Password'), password,
    element('button', {type: 'submit'}, 'Sign in to pay'), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      sessionStorage.setItem(TOKENS, JSON.stringify(await api('POST', 'auth/login',
        {email: email.value, password: password.value})));
      await render(section);
    } catch (failure) {
      error.textContent = failure.message;
    }
  });
  section.replaceChildren(element('h2', {}, 'Pay with your Drop wallet'), form);
}

async function payForm(section) {
  const wallets = (await api('GET', 'wallets')).items.filter((w) => w.currency === main.dataset.currency);
  if (wallets.length === 0) {
    section.replaceChildren(element('p', {}, `You have no ${main.dataset.currency} wallet to pay from.`));
    return;
  }
  const select = element('select', {id: 'pay-wallet'});
  wallets.forEach((w) => select.append(element('option', {value: w.id},
    `${w.currency} wallet, ${(w.available.amount / 10 ** digits(w.currency)).toFixed(digits(w.currency))} available`)));
  const button = element('button', {type: 'submit'}, `Pay ${document.querySelector('.amount').textContent}`);
  const error = element('p', {class: 'error', role: 'alert'});
  const form = element('form', {}, element('label', {for: 'pay-wallet'}, 'From'), select, button, error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    const keyName = `drop.pay.${id}`;
    const key = sessionStorage.getItem(keyName) || crypto.randomUUID();
    sessionStorage.setItem(keyName, key);
    try {
      await api('POST', `payment-requests/${id}/pay`, {walletId: select.value}, {'Idempotency-Key': key});
      location.reload();
    } catch (failure) {
      error.textContent = failure.message;
      button.disabled = false;
    }
  });
  section.replaceChildren(element('h2', {}, 'Pay with your Drop wallet'), form);
}

function digits(currency) {
  return new Intl.NumberFormat('en', {style: 'currency', currency}).resolvedOptions().maximumFractionDigits;
}

async function render(section) {
  section.hidden = false;
  if (!tokens()) {
    signInForm(section);
    return;
  }
  try {
    await payForm(section);
  } catch (failure) {
    signInForm(section);
  }
}

const section = document.getElementById('pay-here');
if (section && main.dataset.status === 'OPEN') {
  render(section);
  watch();
}
