// A customer on the public payment page in a real browser: first without JavaScript (the amount, the QR code, the
// status and a refresh link are all there), then with it: sign in on the page, choose the wallet, pay, and see the page
// turn to paid. Both states are checked with axe-core (WCAG 2.1 A and AA) and photographed at desktop and phone width.
// Then the shop's owner opens Payments in the admin: the 30-day chart and figures, the payment, and refunds part of it.
// Usage: node pay-flow.mjs <base-url> <request-id> <email> <password> <output-folder> <owner-email> <shop name>
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';

const axe = createRequire(import.meta.url).resolve('axe-core');
const [base, request, email, password, out, ownerEmail, shopName] = process.argv.slice(2);
const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const accessible = async (page, what) => {
  await page.addScriptTag({path: axe});
  const result = await page.evaluate(() => window.axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}));
  for (const violation of result.violations) {
    problems.push(`${what}: ${violation.id} (${violation.impact}) ${violation.help}: `
      + violation.nodes.map(node => node.target.join(' ')).join(', '));
  }
};
const photograph = async (page, name) => {
  for (const [width, height] of [[1280, 860], [390, 844]]) {
    await page.setViewportSize({width, height});
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) problems.push(`${name} at ${width} px: the page is wider than the window`);
    await page.screenshot({path: `${out}/${name}${width === 1280 ? '' : `-${width}`}.png`, fullPage: true});
  }
  await page.setViewportSize({width: 1280, height: 860});
};
let page;
try {
  const plain = await browser.newPage({javaScriptEnabled: false});
  await plain.goto(`${base}/pay/${request}`);
  await plain.getByRole('heading', {level: 1, name: /SEK/}).waitFor();
  if (!(await plain.locator('figure.qr svg').isVisible())) problems.push('without JavaScript: no QR code');
  if ((await plain.getByRole('status').textContent()).trim() !== 'Waiting for payment') problems.push('without JavaScript: wrong status');
  await plain.getByRole('link', {name: 'Refresh status'}).waitFor();
  await photograph(plain, 'pay-open-no-js');
  await plain.close();

  // CSP is bypassed only so that axe-core can be injected; the page's own script comes from the server as always
  page = await browser.newPage({viewport: {width: 1280, height: 860}, bypassCSP: true});
  page.setDefaultTimeout(15000);
  page.on('pageerror', error => problems.push(`script error: ${error.message}`));
  page.on('response', response => {
    if (response.status() >= 400 && response.request().method() === 'GET' && !response.url().endsWith('/favicon.ico')) {
      problems.push(`${response.status()} from ${response.url()}`);
    }
  });
  await page.goto(`${base}/pay/${request}`);
  await page.getByRole('button', {name: 'Sign in to pay'}).waitFor();
  await accessible(page, 'payment page, signed out');
  await photograph(page, 'pay-open');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', {name: 'Sign in to pay'}).click();
  const pay = page.getByRole('button', {name: /^Pay /});
  await pay.waitFor();
  if (!(await page.getByLabel('From').textContent()).includes('SEK wallet')) problems.push('the wallet is not offered');
  await photograph(page, 'pay-signed-in');
  await pay.click();
  await page.getByRole('status').filter({hasText: 'Paid. Thank you.'}).waitFor();
  if (await page.locator('figure.qr').count() !== 0) problems.push('a paid request still shows its QR code');
  await accessible(page, 'payment page, paid');
  await photograph(page, 'pay-paid');

  const admin = await browser.newPage({viewport: {width: 1280, height: 860}, bypassCSP: true});
  admin.setDefaultTimeout(15000);
  admin.on('pageerror', error => problems.push(`admin script error: ${error.message}`));
  await admin.goto(`${base}/admin/`);
  await admin.getByLabel('Email').fill(ownerEmail);
  await admin.getByLabel('Password', {exact: true}).fill(password);
  await admin.getByRole('button', {name: 'Sign in'}).click();
  await admin.getByRole('heading', {level: 1}).filter({hasText: shopName}).waitFor();
  await admin.getByRole('link', {name: 'Payments', exact: true}).click();
  await admin.getByRole('heading', {level: 1, name: 'Payments'}).waitFor();
  await admin.getByRole('img', {name: /Takings per day/}).waitFor();
  const row = admin.getByRole('row').filter({hasText: 'Order 77'});
  await row.getByText('paid', {exact: true}).waitFor();
  await accessible(admin, 'admin payments');
  await photograph(admin, 'admin-payments');
  await row.getByLabel('Amount').fill('9000.00');
  await row.getByLabel('Reason').fill('more than was paid');
  await row.getByRole('button', {name: 'Refund'}).click();
  await admin.getByText(/left to refund/).first().waitFor();
  await row.getByLabel('Amount').fill('100.00');
  await row.getByLabel('Reason').fill('one sample returned');
  await row.getByRole('button', {name: 'Refund'}).click();
  await admin.getByText(/^Refunded /).waitFor();
  const refunded = admin.getByRole('row').filter({hasText: 'Order 77'});
  await refunded.getByText('partially refunded').waitFor();
  await refunded.getByText('Why', {exact: true}).click();
  await refunded.locator('li', {hasText: 'one sample returned'}).waitFor();
  await photograph(admin, 'admin-payments-refunded');
} catch (error) {
  problems.push(String(error));
  await page?.screenshot({path: `${out}/pay-failure.png`, fullPage: true}).catch(() => {});
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('the customer signed in on the payment page and paid');
