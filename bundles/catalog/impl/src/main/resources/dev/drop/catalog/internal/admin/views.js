// Small helpers to build the admin's DOM without ever parsing merchant text as HTML.

/** An element: h('p', {class: 'x'}, 'text', child, ...). Strings become text nodes, never markup. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'value') element.value = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function show(...children) {
  const view = document.getElementById('view');
  view.replaceChildren(...children);
  view.focus();
}

export function notify(message, kind = 'ok') {
  const notice = document.getElementById('notice');
  notice.className = kind;
  notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  notice.textContent = message;
}

/** Shows an API error; field errors are listed under the message. */
export function failed(error) {
  const notice = document.getElementById('notice');
  notice.className = 'error';
  notice.setAttribute('role', 'alert');
  notice.replaceChildren(h('p', {}, error.message),
    error.errors && error.errors.length ? h('ul', {}, error.errors.map(e => h('li', {}, `${e.field}: ${e.message}`))) : null);
}

/** A form's submit handler: runs the action instead of the browser's submit, and shows what went wrong. */
export function onSubmit(action) {
  return async event => {
    event.preventDefault();
    try {
      await action();
    } catch (error) {
      failed(error);
    }
  };
}

export function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2)}`;
  input.id = id;
  return h('div', {class: 'field'}, h('label', {for: id}, label), input, hint ? h('p', {class: 'hint'}, hint) : null);
}

/** Minor units as a decimal amount in the currency ("129000" SEK -> "1290.00"). */
export function decimal(amount, currency) {
  const digits = fractionDigits(currency);
  return (amount / 10 ** digits).toFixed(digits);
}

export function minorUnits(text, currency) {
  const value = String(text).trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(value)) return NaN;
  return Math.round(Number(value) * 10 ** fractionDigits(currency));
}

export function money(price) {
  return new Intl.NumberFormat(undefined, {style: 'currency', currency: price.currency}).format(
    price.amount / 10 ** fractionDigits(price.currency));
}

function fractionDigits(currency) {
  return new Intl.NumberFormat('en', {style: 'currency', currency}).resolvedOptions().maximumFractionDigits;
}
