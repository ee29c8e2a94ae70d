// `npm run bench`: runs every *.bench.ts file in this folder in turn; each prints its own
// table of numbers. Benchmarks measure speed; unit tests never do.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main() {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter(file => file.endsWith('.bench.ts'))
    .filter(
      file => only.length === 0 || only.some(name => file.startsWith(name)),
    )
    .sort();
  for (const file of files) {
    console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
    const bench: { run: () => Promise<void> } = require(join(__dirname, file));
    await bench.run();
  }
}

main().catch(error => {
  // Failed SQL statements can be megabytes long; the start says what went wrong.
  console.error(String(error?.stack ?? error).slice(0, 2000));
  if (error?.cause) {
    console.error(
      'Caused by:',
      String(error.cause?.stack ?? error.cause).slice(0, 2000),
    );
  }
  process.exit(1);
});
