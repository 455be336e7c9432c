// A tiny static file server on 127.0.0.1 for the training pages and E2E fixtures. Loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {Record<string, string>} mounts URL prefix (e.g. "/training/") -> folder
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer(mounts, { port = 0 } = {}) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/') {
        res.writeHead(302, { location: roots[0][0] });
        return res.end();
      }
      const mount = roots.find(([prefix]) => path.startsWith(prefix));
      if (!mount) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      let file = normalize(join(mount[1], path.slice(mount[0].length)));
      if (!file.startsWith(mount[1])) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (e) {
      res.writeHead(e?.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(e?.code === 'ENOENT' ? 'Not found' : 'Server error');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
