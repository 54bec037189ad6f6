// A wtr command for media features that @web/test-runner-commands' emulateMedia does not pass on
// (forced-colors, prefers-reduced-motion): executeServerCommand('media-features', [{ name, value }]).
// Sent straight to the DevTools protocol, since puppeteer's own emulateMediaFeatures refuses
// forced-colors. Chromium only.
const clients = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('media-features needs a Chromium session');
      const page = session.browser.getPage(session.id);
      let client = clients.get(page);
      if (!client) {
        client = await page.createCDPSession();
        clients.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
