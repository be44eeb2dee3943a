import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

/** A server on another origin that answers anything, with CORS allowed, and remembers every request. */
export async function otherOrigin(): Promise<{ url: string; seen: string[]; close: () => Promise<void> }> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' }).end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Tries to reach a URL by every means a page has: fetch, XMLHttpRequest, a beacon, an image, a script, a frame. */
export async function tryToReach(page: Page, base: string): Promise<{ fetch: string; xhr: string }> {
  return page.evaluate(async (url) => {
    const fetchResult = await fetch(url + 'fetch').then(
      (r) => r.text(),
      (e: Error) => `${e.name}: ${e.message}`,
    );
    const xhr = await new Promise<string>((resolve) => {
      const x = new XMLHttpRequest();
      x.onload = () => resolve(x.responseText);
      x.onerror = () => resolve('error');
      try {
        x.open('GET', url + 'xhr');
        x.send();
      } catch (e) {
        resolve(String(e));
      }
    });
    try {
      navigator.sendBeacon(url + 'beacon', 'x');
    } catch {
      // blocked
    }
    const load = (el: HTMLImageElement | HTMLScriptElement | HTMLIFrameElement) =>
      new Promise<void>((resolve) => {
        el.onload = el.onerror = () => resolve();
        setTimeout(resolve, 1000);
        document.body.appendChild(el);
      });
    const img = document.createElement('img');
    img.src = url + 'img';
    const script = document.createElement('script');
    script.src = url + 'script';
    const frame = document.createElement('iframe');
    frame.src = url + 'frame';
    await Promise.all([load(img), load(script), load(frame)]);
    return { fetch: fetchResult, xhr };
  }, base);
}
