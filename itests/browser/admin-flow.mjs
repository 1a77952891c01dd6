// A shop owner's session in a real browser: sign in to /admin/, create a product with a size and price, upload a
// picture, describe it, publish, then find the product on the storefront. Every page is checked with axe-core for
// WCAG 2.1 A and AA violations (contrast, names, landmarks, ...). Screenshots go to the output folder.
// Before that, a newcomer signs up and registers a shop of their own, which waits for approval; the owner also
// adds, renames and deletes categories, and adds a collection the product joins.
// Usage: node admin-flow.mjs <base-url> <email> <password> <shop-slug> <image-file> <output-folder>
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';

const axe = createRequire(import.meta.url).resolve('axe-core');

const [base, email, password, shop, image, out] = process.argv.slice(2);
const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let page;
try {
  // CSP is bypassed only so that axe-core can be injected; the pages' own scripts come from the server as always
  page = await browser.newPage({viewport: {width: 1280, height: 860}, bypassCSP: true});
  const accessible = async what => {
    await page.addScriptTag({path: axe});
    const result = await page.evaluate(() => window.axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}));
    for (const violation of result.violations) {
      problems.push(`${what}: ${violation.id} (${violation.impact}) ${violation.help}: `
        + violation.nodes.map(node => node.target.join(' ')).join(', '));
    }
  };
  page.setDefaultTimeout(15000);
  page.on('pageerror', error => problems.push(`script error: ${error.message}`));
  page.on('console', message => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('response', response => {
    const expected = response.url().endsWith('/favicon.ico') || response.url().endsWith('/no-such-product')
      || response.request().method() !== 'GET';
    if (response.status() >= 400 && !expected) problems.push(`${response.status()} from ${response.url()}`);
  });

  // every admin view fits a desktop and a phone window: nothing spills out of its card, fieldset or the page (a wide
  // table scrolls inside its own box)
  const spills = () => page.evaluate(() => {
    const name = e => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '')
      + (typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '');
    const found = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      found.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    }
    for (const box of document.querySelectorAll('main, .card, fieldset, .gallery li, .tile, .row')) {
      const outer = box.getBoundingClientRect();
      const inner = [...box.querySelectorAll('*')].find(e => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && !e.closest('.visually-hidden, .scroll') && (r.right > outer.right + 1 || r.left < outer.left - 1);
      });
      if (inner) found.push(`${name(inner)} spills out of ${name(box)}`);
    }
    return found;
  });
  const view = async name => {
    for (const [width, height] of [[1280, 860], [390, 844]]) {
      await page.setViewportSize({width, height});
      for (const spill of await spills()) problems.push(`${name} at ${width} px: ${spill}`);
      await page.screenshot({path: `${out}/admin-${name}${width === 1280 ? '' : `-${width}`}.png`, fullPage: true});
    }
    await page.setViewportSize({width: 1280, height: 860});
  };

  // the sign-in screen shows no signed-in navigation and no outline around the page
  const signedOutScreen = async what => {
    await page.getByRole('button', {name: 'Sign in'}).waitFor();
    for (const [name, locator] of [['navigation bar', page.locator('.bar')], ['Sign out', page.getByRole('button', {name: 'Sign out'})],
      ['Products link', page.getByRole('link', {name: 'Products'})]]) {
      if (await locator.isVisible()) problems.push(`${what}: the signed-in ${name} is visible`);
    }
    const outline = await page.evaluate(() => getComputedStyle(document.querySelector('main')).outlineStyle);
    if (outline !== 'none') problems.push(`${what}: the main area has a ${outline} outline`);
  };
  await page.goto(`${base}/admin/`);
  await signedOutScreen('sign-in screen');
  await view('sign-in');

  // a newcomer creates an account (told while typing when the password is too easy to guess) and registers a shop,
  // which waits for approval
  await page.getByRole('link', {name: 'Create an account'}).click();
  await page.getByLabel('Email').fill(`new-${email}`);
  const feedback = page.locator('[data-role=password-feedback]');
  await page.getByLabel('Password', {exact: true}).fill('qwertyuiopas');
  await feedback.filter({hasText: 'too easy to guess'}).waitFor();
  await feedback.filter({hasText: 'Add another word or two'}).waitFor();
  await page.getByLabel('Password', {exact: true}).fill(password);
  await feedback.filter({hasText: 'Strong enough'}).waitFor();
  await page.getByRole('button', {name: 'Create account'}).click();
  await page.getByRole('heading', {name: 'Register your shop'}).waitFor();
  await accessible('shop registration');
  await view('shop-registration');
  await page.getByLabel('Shop name').fill('Atelier Neuf');
  await page.getByLabel('Web address').fill('atelier-neuf');
  await page.getByLabel('Legal name').fill('Atelier Neuf AB');
  await page.getByLabel('Organisation number').fill('556677-8899');
  await page.getByLabel('Payout IBAN').fill('SE45 5000 0000 0583 9825 7466');
  await page.getByRole('button', {name: 'Register shop'}).click();
  await page.getByText('This shop is pending: its storefront is not public yet.').waitFor();
  await page.getByRole('button', {name: 'Sign out'}).click();

  await page.getByLabel('Email').waitFor();
  await signedOutScreen('sign-in screen after signing out');
  await accessible('admin sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', {exact: true}).fill(password);
  await page.getByRole('button', {name: 'Sign in'}).click();
  await page.getByRole('heading', {level: 1}).filter({hasText: 'Maison Noor'}).waitFor();
  await view('dashboard');
  await accessible('admin dashboard');

  // categories: two added, one renamed in place, the other deleted
  await page.getByRole('link', {name: 'Categories', exact: true}).click();
  await page.getByRole('heading', {level: 1, name: 'Categories'}).waitFor();
  for (const category of ['Amber', 'Woody']) {
    await page.getByLabel('Name', {exact: true}).fill(category);
    await page.getByRole('button', {name: 'Add', exact: true}).click();
    await page.getByText(`Category “${category}” added.`).waitFor();
  }
  await page.getByLabel('Name of Amber').fill('Amber & Resin');
  await page.getByRole('button', {name: 'Rename Amber'}).click();
  await page.getByText('Category “Amber” renamed to “Amber & Resin”.').waitFor();
  page.once('dialog', dialog => dialog.accept());
  await page.getByRole('button', {name: 'Delete Woody'}).click();
  await page.getByText('Category “Woody” deleted.').waitFor();
  await page.getByLabel('Name of Woody').waitFor({state: 'detached'});
  if (await page.getByLabel('Name of Amber & Resin').inputValue() !== 'Amber & Resin') problems.push('the rename did not show');
  await accessible('admin categories');
  await view('categories');
  await page.getByRole('link', {name: 'Collections', exact: true}).click();
  // the categories page has a Name field and an Add button too: wait until the collections page has replaced it
  await page.getByRole('heading', {level: 1, name: 'Collections'}).waitFor();
  await page.getByLabel('Name', {exact: true}).fill('Winter Warmers');
  await page.getByRole('button', {name: 'Add', exact: true}).click();
  await page.getByText('Collection “Winter Warmers” added.').waitFor();
  await accessible('admin collections');
  await view('collections');

  await page.getByRole('link', {name: 'Products', exact: true}).click();
  await page.getByRole('link', {name: 'New product'}).click();
  await page.getByLabel('Name', {exact: true}).fill('Ambre Doré');
  await page.getByLabel('Brand', {exact: true}).fill('Maison Noor');
  await page.getByLabel('Description', {exact: true}).fill('A warm **amber** with vanilla and labdanum.\n\n- long lasting\n- unisex');
  await page.getByLabel('SKU', {exact: true}).fill('MN-AMBRE');
  await page.getByRole('button', {name: 'Add a row'}).first().click();
  await page.getByLabel('Size', {exact: true}).fill('50 ml');
  await page.getByLabel('Variant SKU', {exact: true}).fill('MN-AMBRE-50');
  await page.getByLabel('Price', {exact: true}).fill('1450.00');
  await page.getByLabel('Stock', {exact: true}).fill('6');
  await page.getByLabel('Winter Warmers', {exact: true}).check();
  await page.getByRole('button', {name: 'Create product'}).click();
  await page.getByRole('heading', {level: 1, name: 'Ambre Doré'}).waitFor();

  await page.locator('#image-upload').setInputFiles(image);
  await page.getByLabel('Description of image 1').waitFor();
  await page.getByLabel('Description of image 1').fill('A bottle of Ambre Doré in warm light');
  await page.getByLabel('Description of image 1').press('Tab');
  await page.getByText('Description saved.').waitFor();
  await page.getByRole('button', {name: 'Publish'}).click();
  await page.getByText('Saved “Ambre Doré” (published).').waitFor();
  // the sizes and prices have column headings
  const headings = await page.locator('.row.variant.headings').innerText();
  for (const heading of ['Size', 'SKU', 'Price (SEK)', 'Stock']) {
    if (!headings.includes(heading)) problems.push(`the sizes and prices have no "${heading}" column heading: ${headings}`);
  }
  await view('product');
  await accessible('admin product editor');
  await page.getByRole('link', {name: 'Products', exact: true}).click();
  await page.getByRole('link', {name: 'Ambre Doré', exact: true}).waitFor();
  await view('products');
  await page.getByRole('link', {name: 'Import & export', exact: true}).click();
  await page.getByRole('heading', {level: 1, name: 'Import & export'}).waitFor();
  await accessible('admin import and export');
  await view('import-export');

  await page.goto(`${base}/shop/${shop}/`);
  const card = page.getByRole('link', {name: /Ambre Doré/});
  await card.waitFor();
  const picture = card.locator('img');
  await picture.waitFor();
  if (await picture.getAttribute('alt') !== 'A bottle of Ambre Doré in warm light') problems.push('the card lost the alt text');
  if (!(await picture.evaluate(img => img.complete && img.naturalWidth > 0))) problems.push('the card picture did not load');
  await page.screenshot({path: `${out}/storefront.png`, fullPage: true});
  await accessible('storefront');
  await card.click();
  await page.getByRole('heading', {level: 1, name: 'Ambre Doré'}).waitFor();
  await page.getByText(/1.450,00.kr/).first().waitFor();
  await page.screenshot({path: `${out}/storefront-product.png`, fullPage: true});
  await accessible('product page');
  await page.goto(`${base}/shop/${shop}/collections/winter-warmers`);
  await page.getByText('Ambre Doré').first().waitFor();
  await accessible('collection page');
  await page.goto(`${base}/shop/${shop}/p/no-such-product`);
  await accessible('404 page');
} catch (error) {
  problems.push(String(error));
  await page?.screenshot({path: `${out}/failure.png`, fullPage: true}).catch(() => {});
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('the owner created, illustrated and published a product, and it is on the storefront');
