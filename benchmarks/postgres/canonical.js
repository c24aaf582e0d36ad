// Writes a JSON export with every array sorted by its items' own canonical text, so two exports that differ only in
// the order of independent arrays print the same. Usage: node canonical.js export.json
const fs = require('fs');
const canonical = (value) => {
  if (Array.isArray(value)) {
    return value.map(canonical).map((v) => JSON.stringify(v)).sort().map((s) => JSON.parse(s));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  }
  return value;
};
process.stdout.write(JSON.stringify(canonical(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')))));
