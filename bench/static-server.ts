// The bar to meet: a plain Node `http` server answering the captured bytes from memory, with the
// same headers and encoding. Started by bench/http.ts in its own process; reads the answers from
// the JSON file named by argv[2] and prints its port.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

type Captured = { url: string; headers: Record<string, string>; bodyBase64: string };
const answers = new Map(
  (JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Captured[]).map((a) => [a.url, { headers: a.headers, body: Buffer.from(a.bodyBase64, 'base64') }]),
);

const server = createServer((req, res) => {
  const answer = answers.get(req.url ?? '');
  if (!answer) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { ...answer.headers, 'content-length': answer.body.length });
  res.end(answer.body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
