// The demo shop page's side of the widget's postMessage API: it logs what the widget posts and sends
// what the buttons ask for. A real shop would do the same from its own scripts.
const WIDGET_ORIGIN = document.documentElement.dataset.widgetOrigin;

/** Every widget message received, for the end-to-end tests: { origin, data }. */
window.aisleMessages = [];

function widgetWindow() {
  return document.querySelector('iframe.aisle-embed')?.contentWindow ?? null;
}

/** Posts a message to the widget, on the widget's origin only. */
window.sendToWidget = (message) => widgetWindow()?.postMessage(message, WIDGET_ORIGIN);

window.addEventListener('message', (event) => {
  if (event.origin !== WIDGET_ORIGIN || event.source !== widgetWindow()) return;
  const message = event.data;
  if (typeof message !== 'object' || message === null || typeof message.type !== 'string') return;
  window.aisleMessages.push({ origin: event.origin, data: message });
  const item = document.createElement('li');
  item.dataset.type = message.type;
  item.textContent = JSON.stringify(message);
  document.getElementById('log').append(item);
  if (message.type === 'aisle:add-to-cart') {
    const count = document.getElementById('cart-count');
    count.textContent = String(Number(count.textContent) + message.quantity);
  }
  if (message.type === 'aisle:product-click')
    document.getElementById('last-click').textContent = `The shop would open product ${message.productId}`;
});

for (const button of document.querySelectorAll('[data-product]'))
  button.addEventListener('click', () =>
    window.sendToWidget({ type: 'aisle:set-product', version: 1, productId: button.dataset.product }),
  );
for (const button of document.querySelectorAll('[data-language]'))
  button.addEventListener('click', () =>
    window.sendToWidget({ type: 'aisle:set-language', version: 1, language: button.dataset.language }),
  );
for (const button of document.querySelectorAll('[data-theme]'))
  button.addEventListener('click', () =>
    window.sendToWidget({ type: 'aisle:set-theme', version: 1, theme: button.dataset.theme }),
  );
document.getElementById('show-page-product').addEventListener('click', () => {
  const product = JSON.parse(document.getElementById('page-product').textContent);
  window.sendToWidget({ type: 'aisle:set-product', version: 1, product });
});
document
  .getElementById('ask-price')
  .addEventListener('click', () =>
    window.sendToWidget({ type: 'aisle:ask', version: 1, question: 'How much is it?' }),
  );
