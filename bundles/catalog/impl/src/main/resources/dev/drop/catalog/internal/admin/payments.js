// The shop's payments in the admin: takings of the last 30 days as a chart, today's and the month's figures, and the
// latest payments, each with a refund form. Reads the transactions module's routes; while it is off, says so.
import {get, call, ApiError} from './api.js';
import {h, show, notify, onSubmit, field, decimal, minorUnits, money} from './views.js';

export async function payments(shop) {
  let figures;
  let list;
  try {
    figures = (await get(`/v1/merchants/${shop.id}/dashboard`)).sections.payments;
    list = await get(`/v1/merchants/${shop.id}/payments?limit=20`);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 503)) {
      show(h('section', {}, h('h1', {}, 'Payments'), h('p', {class: 'muted'}, 'Payments are not available right now.')));
      return;
    }
    throw error;
  }
  const currency = (figures && figures.currencies && figures.currencies[0]) || null;
  show(h('section', {},
    h('h1', {}, 'Payments'),
    currency ? summary(currency) : h('p', {class: 'muted'}, 'No payments in the last 30 days.'),
    h('h2', {}, 'Latest payments'),
    list.items.length ? h('div', {class: 'scroll'}, h('table', {class: 'products payments'},
      h('thead', {}, h('tr', {}, ['Paid', 'Reference', 'Amount', 'Fee', 'Refunded', 'Status', 'Refund']
        .map(heading => h('th', {scope: 'col'}, heading)))),
      h('tbody', {}, list.items.map(payment => row(shop, payment)))))
      : h('p', {class: 'muted'}, 'No payments yet.')));
}

function summary(figures) {
  const tile = (label, value) => h('div', {class: 'tile'}, h('p', {class: 'figure'}, value), h('p', {}, label));
  return h('div', {},
    h('div', {class: 'tiles money'},
      tile('Taken today', money(figures.today.takings)),
      tile('Taken in 30 days', money(figures.last30Days.takings)),
      tile('Payments in 30 days', String(figures.last30Days.payments)),
      tile('Average ticket', money(figures.last30Days.averageTicket)),
      tile('Refunded in 30 days', money(figures.last30Days.refunds))),
    chart(figures.days));
}

/** Takings by day as bars, with refunds below the line; the numbers are also in a table for screen readers. */
function chart(days) {
  const svg = 'http://www.w3.org/2000/svg';
  const element = (tag, attributes) => {
    const node = document.createElementNS(svg, tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  };
  const most = Math.max(1, ...days.map(d => Math.max(d.takings.amount, d.refunds.amount)));
  const width = 600;
  const height = 160;
  const bar = width / days.length;
  const drawing = element('svg', {viewBox: `0 0 ${width} ${height + 40}`, class: 'chart', role: 'img',
    'aria-label': `Takings per day over the last ${days.length} days`});
  days.forEach((day, i) => {
    const taken = (day.takings.amount / most) * height * 0.8;
    const refunded = (day.refunds.amount / most) * height * 0.8;
    const rect = element('rect', {x: i * bar + 2, y: height - taken, width: bar - 4, height: taken, class: 'taken'});
    const title = element('title', {});
    title.textContent = `${day.day}: ${money(day.takings)} in ${day.payments} payments, ${money(day.refunds)} refunded`;
    rect.append(title);
    drawing.append(rect, element('rect', {x: i * bar + 2, y: height, width: bar - 4, height: refunded, class: 'refunded'}));
  });
  drawing.append(element('line', {x1: 0, y1: height, x2: width, y2: height, class: 'axis'}));
  const table = h('table', {class: 'visually-hidden'}, h('caption', {}, 'Takings per day'),
    h('tr', {}, h('th', {scope: 'col'}, 'Day'), h('th', {scope: 'col'}, 'Takings'), h('th', {scope: 'col'}, 'Refunds')),
    days.map(day => h('tr', {}, h('td', {}, day.day), h('td', {}, money(day.takings)), h('td', {}, money(day.refunds)))));
  return h('figure', {class: 'card'}, drawing, table,
    h('figcaption', {class: 'muted'}, 'Takings per day (bars) and refunds (below the line), last 30 days, UTC.'));
}

function row(shop, payment) {
  const left = payment.amount.amount - payment.refunded.amount;
  const amount = h('input', {type: 'text', inputmode: 'decimal', required: true, size: 8,
    value: decimal(left, payment.amount.currency)});
  const reason = h('input', {type: 'text', required: true, maxlength: 200, size: 14, placeholder: 'Why'});
  // one key per form: a double click or a retry after a lost answer refunds once; a refusal (a 4xx other than "still
  // running") is a definite answer, so the corrected refund that follows is a new request with a new key
  let key = crypto.randomUUID();
  const form = h('form', {class: 'refund', onsubmit: onSubmit(async () => {
    const minor = minorUnits(amount.value, payment.amount.currency);
    try {
      await call('POST', `/v1/merchants/${shop.id}/payments/${payment.id}/refunds`, {
        json: {amount: {amount: minor, currency: payment.amount.currency}, reason: reason.value},
        headers: {'Idempotency-Key': key}});
    } catch (error) {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 409) {
        key = crypto.randomUUID();
      }
      throw error;
    }
    key = crypto.randomUUID();
    await payments(shop);
    notify(`Refunded ${money({amount: minor, currency: payment.amount.currency})}.`);
  })}, field('Amount', amount), field('Reason', reason), h('button', {type: 'submit'}, 'Refund'));
  return h('tr', {},
    h('td', {}, new Date(payment.paidAt).toLocaleString()),
    h('td', {}, payment.reference || '—'),
    h('td', {}, money(payment.amount)),
    h('td', {}, money(payment.fee)),
    h('td', {}, money(payment.refunded), payment.refunded.amount > 0 ? refundReasons(shop, payment) : null),
    h('td', {}, payment.status.replaceAll('_', ' ').toLowerCase()),
    h('td', {}, left > 0 ? form : '—'));
}

/** Why a payment was refunded, read when the merchant opens it: their own reasons, or the catalog's for a sale it could not fill. */
function refundReasons(shop, payment) {
  const list = h('ul', {class: 'reasons'});
  let loaded = false;
  return h('details', {class: 'refunds', ontoggle: async event => {
    if (!event.target.open || loaded) return;
    loaded = true;
    const refunds = (await get(`/v1/merchants/${shop.id}/payments/${payment.id}`)).refunds;
    list.replaceChildren(...refunds.map(refund => h('li', {}, `${money(refund.amount)}: ${refund.reason}`)));
  }}, h('summary', {}, 'Why'), list);
}
