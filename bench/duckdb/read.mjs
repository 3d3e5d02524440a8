// Reads perfdoc warehouses with DuckDB, as an analyst would, and prints
// the row counts: a Parquet lake (read_parquet over TABLE/*/*, Hive
// partitions), a CSV folder (read_csv_auto) and a JSONL folder
// (read_json_auto). Any file DuckDB cannot read fails the script.
//
//   npm install @duckdb/node-api   (in this folder or a parent)
//   node bench/duckdb/read.mjs lake=/tmp/lake csv=/tmp/out-csv jsonl=/tmp/out-jsonl
import { DuckDBInstance } from '@duckdb/node-api';

const tables = ['documents', 'sources', 'projects', 'indicators', 'spending_plan', 'goals', 'import_errors'];
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
let failed = false;
for (const arg of process.argv.slice(2)) {
  const [kind, dir] = arg.split('=');
  for (const t of tables) {
    let from;
    if (kind === 'lake') {
      from = t === 'import_errors' ? `read_parquet('${dir}/${t}/*')`
        : `read_parquet('${dir}/${t}/*/*', hive_partitioning = true)`;
    } else if (kind === 'csv') {
      from = `read_csv_auto('${dir}/${t}.csv', header = true, all_varchar = true)`;
    } else {
      from = `read_json_auto('${dir}/${t}.jsonl', format = 'newline_delimited')`;
    }
    try {
      const r = await conn.runAndReadAll(`SELECT count(*) AS n FROM ${from}`);
      console.log(`${kind} ${t}: ${r.getRows()[0][0]}`);
    } catch (e) {
      if (String(e).includes('No files found')) { console.log(`${kind} ${t}: no file`); continue; }
      console.log(`${kind} ${t}: ERROR ${e.message.split('\n')[0]}`);
      failed = true;
    }
  }
  if (kind === 'lake') {
    const r = await conn.runAndReadAll(`SELECT year, count(*) FROM read_parquet('${dir}/indicators/*/*', hive_partitioning = true) GROUP BY ALL ORDER BY 1`);
    console.log(`lake indicators by year: ${JSON.stringify(r.getRows().map(x => x.map(String)))}`);
  }
}
process.exit(failed ? 1 : 0);
