// The shop owner's admin: sign-in, the shop being managed, and the routes of its pages (#/dashboard, #/products, ...).
import {get, call, register, passwordStrength, signIn, signOut, signedIn, ApiError} from './api.js';
import {h, show, notify, failed, field, onSubmit} from './views.js';
import {productList, productEditor} from './products.js';
import {payments} from './payments.js';

const state = {shops: [], shop: null};

function shop() {
  return state.shop;
}

async function route() {
  if (!signedIn()) return signInPage();
  if (!state.shop && !(await loadShops())) return;
  const [, page, id] = location.hash.split('/');
  try {
    if (page === 'products' && id) await productEditor(shop(), id === 'new' ? null : id);
    else if (page === 'products') await productList(shop());
    else if (page === 'categories') await categories();
    else if (page === 'collections') await collections();
    else if (page === 'sheet') sheet();
    else if (page === 'payments') await payments(shop());
    else await dashboard();
  } catch (error) {
    if (error instanceof ApiError) failed(error);
    else throw error;
  }
}

async function loadShops() {
  const mine = await get('/v1/merchants');
  state.shops = mine.merchants;
  if (state.shops.length === 0) {
    document.querySelector('.bar').hidden = false;
    registerShop();
    return false;
  }
  const remembered = sessionStorage.getItem('drop.admin.shop');
  state.shop = state.shops.find(s => s.id === remembered) || state.shops[0];
  const select = document.getElementById('shop-select');
  select.replaceChildren(...state.shops.map(s => h('option', {value: s.id, selected: s.id === state.shop.id},
    `${s.displayName}${s.status === 'ACTIVE' ? '' : ` (${s.status.toLowerCase()})`}`)));
  select.onchange = () => {
    state.shop = state.shops.find(s => s.id === select.value);
    sessionStorage.setItem('drop.admin.shop', state.shop.id);
    document.getElementById('storefront-link').href = `/shop/${state.shop.slug}/`;
    route();
  };
  document.getElementById('storefront-link').href = `/shop/${state.shop.slug}/`;
  document.querySelector('.bar').hidden = false;
  return true;
}

/** A first shop for an account on no shop's staff; it is public once an administrator approves it. */
function registerShop() {
  const input = (name, extra = {}) => h('input', {type: 'text', name, required: true, ...extra});
  const displayName = input('displayName', {maxlength: 120});
  const slug = input('slug', {maxlength: 48, pattern: '[a-z0-9]+(-[a-z0-9]+)*'});
  const legalName = input('legalName', {maxlength: 200});
  const country = input('country', {maxlength: 2, value: 'SE'});
  const currency = input('currency', {maxlength: 3, value: 'SEK'});
  const organisationNumber = input('organisationNumber', {maxlength: 40});
  const payoutIban = input('payoutIban', {maxlength: 42});
  show(h('form', {class: 'card narrow', onsubmit: onSubmit(async () => {
    await call('POST', '/v1/merchants', {json: {displayName: displayName.value, slug: slug.value,
      legalName: legalName.value, country: country.value.toUpperCase(), currency: currency.value.toUpperCase(),
      organisationNumber: organisationNumber.value, payoutIban: payoutIban.value}});
    notify('Your shop is registered. It opens to the public once it is approved.');
    state.shop = null;
    await route();
  })},
  h('h1', {}, 'Register your shop'),
  h('p', {class: 'muted'}, 'Your account is not on the staff of any shop yet. Register yours, or ask its owner to add you.'),
  field('Shop name', displayName), field('Web address', slug, 'Lower-case letters, digits and dashes: /shop/your-name/'),
  field('Legal name', legalName), field('Country', country, 'Two letters, such as SE'),
  field('Currency', currency, 'Three letters, such as SEK'), field('Organisation number', organisationNumber),
  field('Payout IBAN', payoutIban), h('button', {type: 'submit'}, 'Register shop')));
}

function signUpPage() {
  const email = h('input', {type: 'email', name: 'email', autocomplete: 'username', required: true});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'new-password', required: true,
    minlength: 12, maxlength: 128});
  const feedback = h('p', {class: 'hint', 'aria-live': 'polite', 'data-role': 'password-feedback'},
    'At least 12 characters; a phrase of a few words is easy to remember.');
  let pending;
  const judge = () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      if (!password.value) return;
      const typed = password.value;
      const check = await passwordStrength(email.value, typed).catch(() => null);
      if (!check || typed !== password.value) return;
      feedback.textContent = check.acceptable ? `Strong enough (${check.score} of 4).`
        : `This password ${check.refusal}`;
      feedback.classList.toggle('error', !check.acceptable);
    }, 250);
  };
  password.addEventListener('input', judge);
  email.addEventListener('change', judge);
  show(h('form', {class: 'card narrow', onsubmit: onSubmit(async () => {
    await register(email.value, password.value);
    await signIn(email.value, password.value);
    notify('');
    state.shop = null;
    await route();
  })},
  h('h1', {}, 'Create an account'),
  field('Email', email), field('Password', password), feedback,
  h('button', {type: 'submit'}, 'Create account'),
  h('p', {}, h('a', {href: '#/', onclick: event => {
    event.preventDefault();
    signInPage();
  }}, 'I have an account'))));
}

function signInPage() {
  document.querySelector('.bar').hidden = true;
  const email = h('input', {type: 'email', name: 'email', autocomplete: 'username', required: true});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true});
  const code = h('input', {type: 'text', name: 'totp', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6});
  const form = h('form', {class: 'card narrow', onsubmit: onSubmit(async () => {
    await signIn(email.value, password.value, code.value.trim());
    notify('');
    state.shop = null;
    await route();
  })},
  h('h1', {}, 'Sign in to your shop'),
  field('Email', email), field('Password', password),
  field('Authenticator code', code, 'Only if you have turned on two-step sign-in.'),
  h('button', {type: 'submit'}, 'Sign in'),
  h('p', {}, 'New here? ', h('a', {href: '#/', onclick: event => {
    event.preventDefault();
    signUpPage();
  }}, 'Create an account')));
  show(form);
}

async function dashboard() {
  const figures = await get(`/v1/merchants/${shop().id}/dashboard`);
  const catalog = (figures.sections && figures.sections.catalog) || {};
  const byStatus = catalog.productsByStatus || {};
  const tile = (label, value) => h('div', {class: 'tile'}, h('p', {class: 'figure'}, String(value ?? 0)), h('p', {}, label));
  show(h('section', {},
    h('h1', {}, shop().displayName),
    shop().status !== 'ACTIVE'
      ? h('p', {class: 'warning'}, `This shop is ${shop().status.toLowerCase()}: its storefront is not public yet.`) : null,
    h('div', {class: 'tiles'},
      tile('Published products', byStatus.PUBLISHED), tile('Drafts', byStatus.DRAFT), tile('Archived', byStatus.ARCHIVED),
      tile('Variants', catalog.variants), tile('Images', catalog.images),
      tile('Published but sold out', catalog.publishedOutOfStock)),
    h('h2', {}, 'Recently changed'),
    h('ul', {class: 'recent'}, (catalog.recentlyChanged || []).map(p =>
      h('li', {}, h('a', {href: `#/products/${p.id}`}, p.name), ` · ${p.status.toLowerCase()} · `,
        new Date(p.updatedAt).toLocaleString())))));
}

async function categories() {
  const path = `/v1/merchants/${shop().id}/categories`;
  const all = (await get(path)).categories;
  const depth = category => category.parentId ? 1 + depth(all.find(c => c.id === category.parentId) || {}) : 0;
  const name = h('input', {type: 'text', required: true, maxlength: 120});
  const parent = h('select', {}, h('option', {value: ''}, '— none —'), all.map(c => h('option', {value: c.id}, c.name)));
  show(h('section', {},
    h('h1', {}, 'Categories'),
    all.length ? h('ul', {class: 'tree'}, all.map(c => h('li', {'data-depth': Math.min(depth(c), 4)},
      groupRow(path, c, {noun: 'Category', address: `/c/${c.slug}`, kept: {parentId: c.parentId || null}, reload: categories}))))
      : h('p', {class: 'muted'}, 'No categories yet.'),
    h('form', {class: 'card inline', onsubmit: onSubmit(async () => {
      const added = name.value;
      await call('POST', path, {json: {name: added, parentId: parent.value || null}});
      await categories();
      notify(`Category “${added}” added.`);
    })}, h('h2', {}, 'Add a category'), field('Name', name), field('Inside', parent), h('button', {type: 'submit'}, 'Add'))));
}

async function collections() {
  const path = `/v1/merchants/${shop().id}/collections`;
  const all = (await get(path)).collections;
  const name = h('input', {type: 'text', required: true, maxlength: 120});
  show(h('section', {},
    h('h1', {}, 'Collections'),
    h('p', {class: 'muted'}, 'Curated sets of products, each with a page of its own in the shop.'),
    all.length ? h('ul', {class: 'tree'}, all.map(c => h('li', {}, groupRow(path, c, {noun: 'Collection',
      address: `/collections/${c.slug}`, kept: {}, reload: collections}))))
      : h('p', {class: 'muted'}, 'No collections yet.'),
    h('form', {class: 'card inline', onsubmit: onSubmit(async () => {
      const added = name.value;
      await call('POST', path, {json: {name: added}});
      await collections();
      notify(`Collection “${added}” added.`);
    })}, h('h2', {}, 'Add a collection'), field('Name', name), h('button', {type: 'submit'}, 'Add'))));
}

/**
 * One category or collection: its name to edit in place (the web address stays, so links to it keep working) and a
 * delete button. `kept` holds what a rename sends unchanged besides slug and position; `reload` shows the page again.
 */
function groupRow(path, item, {noun, address, kept, reload}) {
  const name = h('input', {type: 'text', required: true, maxlength: 120, value: item.name, 'aria-label': `Name of ${item.name}`});
  const remove = async () => {
    if (!confirm(`Delete “${item.name}”? Its products stay, outside it.`)) return;
    try {
      await call('DELETE', `${path}/${item.id}`);
      await reload();
      notify(`${noun} “${item.name}” deleted.`);
    } catch (error) {
      failed(error);
    }
  };
  return h('form', {class: 'row group', onsubmit: onSubmit(async () => {
    const renamed = name.value;
    await call('PUT', `${path}/${item.id}`, {json: {name: renamed, slug: item.slug, position: item.position, ...kept}});
    await reload();
    notify(`${noun} “${item.name}” renamed to “${renamed}”.`);
  })}, name, h('span', {class: 'muted'}, address),
    h('button', {type: 'submit', class: 'quiet', 'aria-label': `Rename ${item.name}`}, 'Rename'),
    h('button', {type: 'button', class: 'danger', 'aria-label': `Delete ${item.name}`, onclick: remove}, 'Delete'));
}

function sheet() {
  const file = h('input', {type: 'file', accept: '.csv,text/csv', required: true});
  show(h('section', {},
    h('h1', {}, 'Import & export'),
    h('div', {class: 'card'}, h('h2', {}, 'Export'),
      h('p', {}, 'Every product, one row per variant, as a CSV sheet that the import reads back.'),
      h('button', {type: 'button', onclick: download}, 'Download products.csv')),
    h('form', {class: 'card', onsubmit: onSubmit(async () => {
      const response = await call('POST', `/v1/merchants/${shop().id}/products/import`,
        {body: await file.files[0].text(), headers: {'Content-Type': 'text/csv'}});
      const result = await response.json();
      notify(`Imported: ${result.created} created, ${result.updated} updated.`);
    })}, h('h2', {}, 'Import'),
    h('p', {}, 'Creates or updates products by SKU. A sheet with any bad row changes nothing; each problem is listed with its row.'),
    field('CSV sheet', file), h('button', {type: 'submit'}, 'Import'))));
}

async function download() {
  try {
    const response = await call('GET', `/v1/merchants/${shop().id}/products/export`);
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', {href: url, download: `${shop().slug}-products.csv`});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (error) {
    failed(error);
  }
}

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  state.shop = null;
  location.hash = '';
  route();
});
window.addEventListener('drop:signed-out', () => {
  state.shop = null;
  notify('Your session ended; please sign in again.', 'error');
});
window.addEventListener('hashchange', () => {
  notify('');
  route();
});
route();
