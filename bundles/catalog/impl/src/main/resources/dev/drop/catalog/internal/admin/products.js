// Products: the list with its status filter, and the editor for a product's details, variants, categories, collections
// and images.
import {get, call, send} from './api.js';
import {h, show, notify, failed, field, decimal, minorUnits, money} from './views.js';

const STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

export async function productList(shop, status = '', cursor = null) {
  const query = new URLSearchParams({limit: '50'});
  if (status) query.set('status', status);
  if (cursor) query.set('cursor', cursor);
  const page = await get(`/v1/merchants/${shop.id}/products?${query}`);
  const filter = h('select', {onchange: () => productList(shop, filter.value)},
    h('option', {value: ''}, 'All statuses'), STATUSES.map(s => h('option', {value: s, selected: s === status}, label(s))));
  show(h('section', {},
    h('div', {class: 'head'}, h('h1', {}, 'Products'), h('a', {class: 'button', href: '#/products/new'}, 'New product')),
    field('Show', filter),
    page.products.length === 0 ? h('p', {class: 'muted'}, 'No products yet.') :
      h('div', {class: 'scroll'}, h('table', {class: 'products'},
        h('thead', {}, h('tr', {}, ['', 'Name', 'SKU', 'Status', 'Price', 'Stock'].map(t => h('th', {scope: 'col'}, t)))),
        h('tbody', {}, page.products.map(p => h('tr', {},
          h('td', {}, p.images && p.images.length ? h('img', {src: p.images[0].sources[0].url, alt: '', width: 48, height: 48}) : ''),
          h('td', {}, h('a', {href: `#/products/${p.id}`}, p.name), p.brand ? h('span', {class: 'muted'}, ` · ${p.brand}`) : ''),
          h('td', {}, p.sku), h('td', {}, h('span', {class: `status ${p.status.toLowerCase()}`}, label(p.status))),
          h('td', {}, p.fromPrice ? money(p.fromPrice) : '—'),
          h('td', {}, String(p.variants.reduce((sum, v) => sum + v.stock, 0)))))))),
    page.next ? h('button', {type: 'button', class: 'quiet', onclick: () => productList(shop, status, page.next)}, 'Next page') : null));
}

export async function productEditor(shop, id) {
  const base = `/v1/merchants/${shop.id}/products`;
  const [response, categories, collections] = await Promise.all([
    id ? call('GET', `${base}/${id}`) : null, get(`/v1/merchants/${shop.id}/categories`), get(`/v1/merchants/${shop.id}/collections`)]);
  const product = response ? await response.json() : null;
  const version = product ? product.version : null;
  const p = product || {name: '', sku: '', brand: '', description: '', status: 'DRAFT', attributes: {}, variants: [], categories: [], collections: []};

  const input = (name, value, extra = {}) => h('input', {type: 'text', name, value: value || '', ...extra});
  const name = input('name', p.name, {required: true, maxlength: 200});
  const sku = input('sku', p.sku, {required: true, maxlength: 64});
  const slug = input('slug', p.slug, {maxlength: 96, placeholder: 'made from the name'});
  const brand = input('brand', p.brand, {maxlength: 120});
  const status = h('select', {name: 'status'}, STATUSES.map(s => h('option', {value: s, selected: s === p.status}, label(s))));
  const description = h('textarea', {name: 'description', rows: 8, maxlength: 20000}, p.description || '');
  const seoTitle = input('seoTitle', p.seoTitle, {maxlength: 120});
  const seoDescription = h('textarea', {name: 'seoDescription', rows: 2, maxlength: 320}, p.seoDescription || '');
  const boxes = (items, chosenIds) => items.map(c => h('label', {class: 'check'},
    h('input', {type: 'checkbox', value: c.id, checked: new Set(chosenIds || []).has(c.id)}), c.name));
  const ticked = labels => labels.map(l => l.querySelector('input')).filter(b => b.checked).map(b => b.value);
  const categoryBoxes = boxes(categories.categories, p.categories);
  const collectionBoxes = boxes(collections.collections, p.collections);
  const attributes = rows(Object.entries(p.attributes || {}).map(([k, v]) => ({key: k, value: v})), attributeRow, {key: '', value: ''},
    'attribute', ['Attribute', 'Value']);
  const variants = rows(p.variants.map(v => ({sku: v.sku, name: v.name, price: decimal(v.price.amount, v.price.currency), stock: v.stock})),
    variantRow, {sku: '', name: '', price: '', stock: 0}, 'variant', ['Size', 'SKU', `Price (${shop.currency})`, 'Stock']);

  const body = () => {
    const currency = shop.currency;
    return {
      name: name.value, sku: sku.value, slug: slug.value.trim() || null, brand: brand.value, status: status.value,
      description: description.value, seoTitle: seoTitle.value, seoDescription: seoDescription.value,
      categories: ticked(categoryBoxes), collections: ticked(collectionBoxes),
      attributes: Object.fromEntries(attributes.values().filter(a => a.key.trim()).map(a => [a.key.trim(), a.value])),
      variants: variants.values().filter(v => v.sku.trim() || v.name.trim()).map(v => ({
        sku: v.sku.trim(), name: v.name.trim(), price: {amount: minorUnits(v.price, currency), currency},
        stock: Number.parseInt(v.stock, 10)})),
    };
  };
  const save = async (overrides = {}) => {
    try {
      const json = {...body(), ...overrides};
      const saved = id
        ? await send('PATCH', `${base}/${id}`, json, {'If-Match': `"${version}"`})
        : await send('POST', base, json);
      notify(`Saved “${saved.name}” (${label(saved.status).toLowerCase()}).`);
      if (id) await productEditor(shop, id);
      else location.hash = `#/products/${saved.id}`;
    } catch (error) {
      failed(error);
    }
  };

  show(h('section', {class: 'editor'},
    h('div', {class: 'head'}, h('h1', {}, product ? product.name : 'New product'),
      product && product.status === 'PUBLISHED' && shop.status === 'ACTIVE'
        ? h('a', {href: `/shop/${shop.slug}/p/${product.slug}`, target: '_blank', rel: 'noopener'}, 'View in shop ↗') : null),
    h('form', {onsubmit: event => {
      event.preventDefault();
      save();
    }},
    h('div', {class: 'columns'},
      h('div', {},
        field('Name', name), field('Brand', brand), field('Description', description,
          'Plain text, or Markdown: **bold**, *italic*, lists, > quotes and [links](https://…).'),
        h('fieldset', {}, h('legend', {}, 'Sizes and prices'), variants.element,
          h('p', {class: 'hint'}, `Prices in ${shop.currency}. A published product needs at least one.`)),
        h('fieldset', {}, h('legend', {}, 'Attributes'), attributes.element,
          h('p', {class: 'hint'}, 'Such as notes, concentration, family.'))),
      h('div', {},
        field('Status', status), field('SKU', sku), field('URL slug', slug),
        h('fieldset', {}, h('legend', {}, 'Categories'), categoryBoxes.length ? categoryBoxes : h('p', {class: 'muted'}, 'No categories yet.')),
        h('fieldset', {}, h('legend', {}, 'Collections'), collectionBoxes.length ? collectionBoxes : h('p', {class: 'muted'}, 'No collections yet.')),
        field('Title for search engines', seoTitle), field('Description for search engines', seoDescription))),
    h('div', {class: 'actions'},
      h('button', {type: 'submit'}, product ? 'Save changes' : 'Create product'),
      product && product.status !== 'PUBLISHED' ? h('button', {type: 'button', class: 'quiet', onclick: () => save({status: 'PUBLISHED'})}, 'Publish') : null,
      product && product.status !== 'ARCHIVED' ? h('button', {type: 'button', class: 'quiet', onclick: () => save({status: 'ARCHIVED'})}, 'Archive') : null,
      product ? h('button', {type: 'button', class: 'danger', onclick: async () => {
        if (!confirm(`Delete “${product.name}” and its images? This cannot be undone.`)) return;
        try {
          await call('DELETE', `${base}/${id}`);
          notify(`Deleted “${product.name}”.`);
          location.hash = '#/products';
        } catch (error) {
          failed(error);
        }
      }}, 'Delete') : null)),
    product ? images(shop, product) : h('p', {class: 'muted'}, 'Create the product to add images.')));
}

function images(shop, product) {
  const path = `/v1/merchants/${shop.id}/products/${product.id}/images`;
  const reload = () => productEditor(shop, product.id);
  const order = async ids => {
    try {
      await send('PUT', `${path}/order`, {imageIds: ids});
      await reload();
    } catch (error) {
      failed(error);
    }
  };
  const ids = product.images.map(i => i.id);
  const upload = h('input', {type: 'file', accept: 'image/jpeg,image/png,image/webp', multiple: true, id: 'image-upload'});
  upload.addEventListener('change', async () => {
    for (const file of upload.files) {
      const form = new FormData();
      form.append('file', file);
      form.append('alt', '');
      try {
        notify(`Uploading ${file.name}…`);
        await call('POST', path, {body: form});
        notify(`Added ${file.name}.`);
      } catch (error) {
        failed(error);
        return;
      }
    }
    await reload();
  });
  return h('section', {class: 'images'},
    h('h2', {}, 'Images'),
    h('ol', {class: 'gallery'}, product.images.map((image, index) => {
      const alt = h('input', {type: 'text', value: image.alt, maxlength: 300, 'aria-label': `Description of image ${index + 1}`,
        placeholder: 'Describe the picture for people who cannot see it'});
      alt.addEventListener('change', async () => {
        try {
          await send('PATCH', `${path}/${image.id}`, {alt: alt.value});
          notify('Description saved.');
        } catch (error) {
          failed(error);
        }
      });
      const move = offset => {
        const next = [...ids];
        next.splice(index, 1);
        next.splice(index + offset, 0, image.id);
        order(next);
      };
      return h('li', {},
        h('img', {src: image.sources[0].url, alt: image.alt, width: image.sources[0].width, height: image.sources[0].height}),
        alt,
        h('div', {class: 'tools'},
          h('button', {type: 'button', class: 'quiet', disabled: index === 0, onclick: () => move(-1), 'aria-label': `Move image ${index + 1} earlier`}, '←'),
          h('button', {type: 'button', class: 'quiet', disabled: index === ids.length - 1, onclick: () => move(1), 'aria-label': `Move image ${index + 1} later`}, '→'),
          h('button', {type: 'button', class: 'danger', 'aria-label': `Delete image ${index + 1}`, onclick: async () => {
            try {
              await call('DELETE', `${path}/${image.id}`);
              notify('Image deleted.');
              await reload();
            } catch (error) {
              failed(error);
            }
          }}, 'Delete')));
    })),
    field('Add images (JPEG, PNG or WebP)', upload));
}

/**
 * Editable rows of inputs with add and remove, under column headings while there are rows (each input also carries
 * its own accessible name); values() reads them back as objects.
 */
function rows(initial, render, blank, kind, headings) {
  const list = h('div', {class: 'rows'});
  const head = h('div', {class: `row ${kind} headings`, 'aria-hidden': 'true'}, headings.map(text => h('span', {}, text)));
  const shown = () => { head.hidden = list.children.length === 0; };
  const add = values => { list.append(render(values, row => { row.remove(); shown(); })); shown(); };
  initial.forEach(add);
  shown();
  const element = h('div', {}, head, list, h('button', {type: 'button', class: 'quiet', onclick: () => add(blank)}, 'Add a row'));
  return {element, values: () => [...list.children].map(row => Object.fromEntries(
    [...row.querySelectorAll('input')].map(i => [i.name, i.value])))};
}

function attributeRow(a, remove) {
  const row = h('div', {class: 'row attribute'},
    h('input', {type: 'text', name: 'key', value: a.key, 'aria-label': 'Attribute', placeholder: 'notes'}),
    h('input', {type: 'text', name: 'value', value: a.value, 'aria-label': 'Value', placeholder: 'rose, oud'}));
  row.append(h('button', {type: 'button', class: 'quiet', 'aria-label': 'Remove attribute', onclick: () => remove(row)}, '×'));
  return row;
}

function variantRow(v, remove) {
  const row = h('div', {class: 'row variant'},
    h('input', {type: 'text', name: 'name', value: v.name, 'aria-label': 'Size', placeholder: '50 ml'}),
    h('input', {type: 'text', name: 'sku', value: v.sku, 'aria-label': 'Variant SKU', placeholder: 'SKU'}),
    h('input', {type: 'text', name: 'price', value: v.price, inputmode: 'decimal', 'aria-label': 'Price', placeholder: '1290.00'}),
    h('input', {type: 'number', name: 'stock', value: String(v.stock), min: 0, 'aria-label': 'Stock'}));
  row.append(h('button', {type: 'button', class: 'quiet', 'aria-label': 'Remove size', onclick: () => remove(row)}, '×'));
  return row;
}

function label(status) {
  return {DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived'}[status] || status;
}
