// peer_readability.js - peer driver for bench/peers.sh: Mozilla Readability
// (npm @mozilla/readability) over linkedom's DOM, through their public APIs.
//
// Usage: NODE_PATH=bench/peers/node_modules node bench/peer_readability.js
//            LIST OUT.jsonl STATS.json [TIMEOUT_MS] [ROUNDS]
// LIST has one page path per line (plain UTF-8 HTML; id = file name
// without .html). All pages are read first; then only the extraction loop
// (parse + Readability.parse + textContent) is timed, wall and CPU. A page
// that throws, or runs past TIMEOUT_MS, gets empty text (a miss, not an
// abort). Writes {"id","text","title","author","date"} per page
// (Readability's textContent, title, byline and publishedTime) and a stats
// object:
// {"pages","errors","timeouts","seconds","cpu_seconds","rounds",
// "slowest": {"id","ms"}}.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { parseHTML } = require('linkedom');
const { Readability } = require('@mozilla/readability');

const [list, outPath, statsPath] = process.argv.slice(2, 5);
const timeoutMs = parseInt(process.argv[5] || '10000', 10);
const rounds = parseInt(process.argv[6] || '1', 10);
if (!list || !outPath || !statsPath) {
	process.stderr.write('usage: peer_readability.js LIST OUT STATS [TIMEOUT_MS] [ROUNDS]\n');
	process.exit(2);
}

// The extraction of one page: what a user of the two packages writes.
function extract(html) {
	const { document } = parseHTML(html);
	const a = new Readability(document).parse();
	if (!a)
		return { text: '' };
	return { text: a.textContent || '', title: a.title || null,
		author: a.byline || null, date: a.publishedTime || null };
}

// vm's timeout terminates any JavaScript running under it, including
// extract() defined out here, so a runaway page cannot stall the run.
const ctx = vm.createContext({ extract, html: '', res: null });
const step = new vm.Script('res = extract(html)');

const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
const pages = files.map((f) => ({
	id: path.basename(f).replace(/\.html?$/, ''),
	html: fs.readFileSync(f, 'utf8'),
}));

let results = [], errors = 0, timeouts = 0, slowest = ['', 0];
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) {
	results = [];
	errors = timeouts = 0;
	for (const p of pages) {
		ctx.html = p.html;
		ctx.res = null;
		const p0 = process.hrtime.bigint();
		try {
			step.runInContext(ctx, { timeout: timeoutMs });
			results.push(ctx.res || { text: '' });
		} catch (e) {
			if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
				timeouts++;
			else
				errors++;
			results.push({ text: '' });
		}
		const ms = Number(process.hrtime.bigint() - p0) / 1e6;
		if (ms > slowest[1])
			slowest = [p.id, ms];
	}
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);

const out = fs.openSync(outPath, 'w');
pages.forEach((p, i) => fs.writeSync(out, JSON.stringify({ id: p.id, ...results[i] }) + '\n'));
fs.closeSync(out);
fs.writeFileSync(statsPath, JSON.stringify({
	pages: pages.length, errors, timeouts, seconds,
	cpu_seconds: (cpu.user + cpu.system) / 1e6, rounds,
	slowest: { id: slowest[0], ms: Math.round(slowest[1]) },
}) + '\n');
