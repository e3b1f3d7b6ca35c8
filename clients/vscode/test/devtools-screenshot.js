// Saves a PNG of the page open in Chromium, through the DevTools protocol (node 22+ has
// WebSocket built in). Usage: node devtools-screenshot.js DEVTOOLS_PORT OUT.png
const fs = require('fs');

async function main() {
  const [port, out] = process.argv.slice(2);
  const targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json();
  const page = targets.find((t) => t.type === 'page');
  if (!page) throw new Error('no page open in the browser');
  const socket = new WebSocket(page.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onerror = reject;
    socket.onopen = () => socket.send(JSON.stringify({ id: 1, method: 'Page.captureScreenshot', params: { format: 'png' } }));
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.id !== 1) return;
      if (message.error) return reject(new Error(message.error.message));
      fs.writeFileSync(out, Buffer.from(message.result.data, 'base64'));
      socket.close();
      resolve();
    };
  });
}

main().catch((error) => { console.error(`screenshot: ${error.message}`); process.exit(1); });
