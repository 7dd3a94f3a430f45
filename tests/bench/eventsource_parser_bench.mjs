// The same 100 MB stream through npm's eventsource-parser 3.x, the most used JavaScript SSE
// parser, as a JavaScript client would: bytes -> TextDecoder (streaming) -> parser.feed, in
// 16 KiB chunks; (a) framing alone, (b) framing + JSON.parse + an event object per delta.
// Usage: node eventsource_parser_bench.mjs STREAM_FILE NODE_MODULES_DIR
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [file, modules] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'noop.js'));
const { createParser } = await import(require.resolve('eventsource-parser'));
const version = require('eventsource-parser/package.json').version;
const bytes = readFileSync(file);
const CHUNK = 16 * 1024;

function run(withJson) {
  let events = 0;
  const out = [];
  const parser = createParser({
    onEvent(event) {
      events++;
      if (withJson) {
        const chunk = JSON.parse(event.data);
        const text = chunk.choices[0].delta.content;
        if (text) out.push({ type: 'text', text });
        if (out.length > 1024) out.length = 0;
      }
    },
  });
  const decoder = new TextDecoder();
  const start = process.hrtime.bigint();
  for (let at = 0; at < bytes.length; at += CHUNK) {
    parser.feed(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, events };
}

function best(withJson) {
  let fastest = null;
  for (let i = 0; i < 3; i++) {
    const r = run(withJson);
    if (!fastest || r.ms < fastest.ms) fastest = r;
  }
  return fastest;
}

for (const [name, withJson] of [['framing', false], ['full_decode', true]]) {
  const { ms, events } = best(withJson);
  const mbs = bytes.length / 1e6 / (ms / 1000);
  console.log(`BENCH eventsource_parser.${name}: ${mbs.toFixed(2)} MB/s (${Math.round(events / (ms / 1000))} events/s, ${ms.toFixed(1)} ms; eventsource-parser ${version}, node ${process.versions.node})`);
}
