/** Serves a built site over HTTP on a free local port, under an optional base path. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin plus base, ending in `/`, e.g. http://127.0.0.1:41234/sub/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Headers sent with every response, e.g. a Content-Security-Policy as a deployment sends it. */
  headers?: Record<string, string>;
}

/** Starts a server for `dir`, reachable at `<origin><base>`. */
export async function serveStatic(
  dir: string,
  base = '/',
  { headers = {} }: StaticServerOptions = {},
): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
