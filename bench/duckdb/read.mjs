// Reads perfdoc warehouses with DuckDB, as an analyst would, and prints
// the row counts and the rows without their document: a Parquet lake
// (read_parquet over commit-*/TABLE, Hive partitions), a CSV folder
// (read_csv over commit-*/TABLE.csv) and a JSONL folder (read_json over
// commit-*/TABLE.jsonl). Any file DuckDB cannot read, or any row whose
// document is missing, fails the script.
//
//   npm install @duckdb/node-api   (in this folder or a parent, or copy
//                                   the script next to node_modules)
//   node bench/duckdb/read.mjs lake=/tmp/lake csv=/tmp/out-csv jsonl=/tmp/out-jsonl
import { DuckDBInstance } from '@duckdb/node-api';

const tables = ['documents', 'sources', 'projects', 'indicators', 'indicator_values', 'spending_plan', 'goals',
  'project_items', 'findings', 'import_errors'];
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
let failed = false;

function from(kind, dir, t) {
  if (kind === 'lake') {
    return t === 'import_errors' ? `read_parquet('${dir}/commit-*/${t}/*.parquet')`
      : `read_parquet('${dir}/commit-*/${t}/*/*.parquet', hive_partitioning = true, union_by_name = true)`;
  }
  if (kind === 'csv') {
    return `read_csv('${dir}/commit-*/${t}.csv', header = true, all_varchar = true, union_by_name = true)`;
  }
  return `read_json('${dir}/commit-*/${t}.jsonl', format = 'newline_delimited', union_by_name = true)`;
}

async function count(sql) {
  const r = await conn.runAndReadAll(sql);
  return Number(r.getRows()[0][0]);
}

for (const arg of process.argv.slice(2)) {
  const [kind, dir] = arg.split('=');
  const have = new Set();
  for (const t of tables) {
    try {
      console.log(`${kind} ${t}: ${await count(`SELECT count(*) FROM ${from(kind, dir, t)}`)}`);
      have.add(t);
    } catch (e) {
      if (String(e).includes('No files found')) { console.log(`${kind} ${t}: no file`); continue; }
      console.log(`${kind} ${t}: ERROR ${e.message.split('\n')[0]}`);
      failed = true;
    }
  }
  for (const t of ['sources', 'projects', 'indicators', 'spending_plan', 'goals']) {
    if (!have.has(t)) continue;
    const docs = have.has('documents') ? `SELECT id FROM ${from(kind, dir, 'documents')}` : `SELECT NULL AS id WHERE false`;
    const n = await count(`SELECT count(*) FROM ${from(kind, dir, t)} r WHERE r.document_id NOT IN (${docs})`);
    console.log(`${kind} ${t} without their document: ${n}`);
    if (n > 0) failed = true;
  }
  if (kind === 'lake' && have.has('indicators')) {
    const r = await conn.runAndReadAll(`SELECT year, count(*) FROM ${from(kind, dir, 'indicators')} GROUP BY ALL ORDER BY 1`);
    console.log(`lake indicators by year: ${JSON.stringify(r.getRows().map(x => x.map(String)))}`);
  }
}
process.exit(failed ? 1 : 0);
