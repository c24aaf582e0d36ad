// Validates a FollowTheMoney JSON-lines file against the model of @alephdata/followthemoney (Aleph's own JavaScript
// model): every schema exists and is concrete, every property belongs to its schema (the library's getEntity throws
// otherwise) and is not a reverse stub, every value fits its property type (countries and languages from the model's
// code lists, dates as FollowTheMoney's ISO prefixes, URLs, numbers, lengths), every entity reference points to an
// entity of the file whose schema fits the property's range, and every required property (own and inherited) is set.
// Usage: node validate-ftm.mjs FILE.ftm  ->  prints {"entities": N, "schemata": {...}, "errors": [...]}; exit 1 on errors.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Model, defaultModel } = require('@alephdata/followthemoney');
const model = new Model(defaultModel);

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d)?)?)?)?)?$/;
const errors = [];
const entities = new Map();
const schemata = {};
const references = [];

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.length > 0);
lines.forEach((line, index) => {
  const where = `line ${index + 1}`;
  let raw;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    errors.push(`${where}: not JSON: ${e.message}`);
    return;
  }
  const keys = Object.keys(raw).sort().join(',');
  if (keys !== 'id,properties,schema') errors.push(`${where}: keys ${keys}, expected id, properties, schema`);
  if (typeof raw.id !== 'string' || raw.id.length === 0 || raw.id.length > model.getType('entity').maxLength) errors.push(`${where}: bad id ${raw.id}`);
  if (entities.has(raw.id)) errors.push(`${where}: duplicate id ${raw.id}`);
  let schema;
  let entity;
  try {
    schema = model.getSchema(raw.schema);
    entity = model.getEntity(raw);
  } catch (e) {
    errors.push(`${where} (${raw.id}): ${e.message}`);
    return;
  }
  if (schema.abstract) errors.push(`${where}: abstract schema ${schema.name}`);
  entities.set(raw.id, schema);
  schemata[schema.name] = (schemata[schema.name] || 0) + 1;

  for (const [name, values] of Object.entries(raw.properties)) {
    const property = schema.getProperty(name);
    const at = `${where} (${raw.id}) ${schema.name}.${name}`;
    if (property.stub) errors.push(`${at}: a reverse property, set from the other side`);
    if (!Array.isArray(values) || values.length === 0) {
      errors.push(`${at}: values must be a non-empty array`);
      continue;
    }
    const type = property.type;
    const maxLength = property.maxLength || type.maxLength;
    for (const value of values) {
      if (typeof value !== 'string' || value.trim().length === 0) {
        errors.push(`${at}: value ${JSON.stringify(value)} is not a non-blank string`);
        continue;
      }
      if (maxLength && value.length > maxLength) errors.push(`${at}: ${value.length} characters, more than ${maxLength}`);
      switch (type.name) {
        case 'entity':
          references.push({ at, id: value, range: property.getRange() });
          break;
        case 'country':
        case 'language':
        case 'gender':
        case 'topic':
          if (!type.values.has(value)) errors.push(`${at}: ${value} is not a ${type.name} code of the model`);
          break;
        case 'date':
          if (!DATE.test(value)) errors.push(`${at}: ${value} is not a FollowTheMoney date`);
          break;
        case 'url':
          try {
            const url = new URL(value);
            if (url.protocol !== 'http:' && url.protocol !== 'https:') errors.push(`${at}: ${value} is not a web address`);
          } catch {
            errors.push(`${at}: ${value} is not a URL`);
          }
          break;
        case 'number':
          if (!Number.isFinite(Number(value))) errors.push(`${at}: ${value} is not a number`);
          break;
        default:
          if (value !== value.trim() && type.name !== 'text') errors.push(`${at}: surrounding spaces`);
      }
    }
  }

  const required = new Set(schema.required);
  for (const parent of schema.getParents()) for (const r of parent.required) required.add(r);
  for (const r of required) if (entity.getProperty(r).length === 0) errors.push(`${where} (${raw.id}): required ${schema.name}.${r} missing`);
});

for (const { at, id, range } of references) {
  const target = entities.get(id);
  if (!target) errors.push(`${at}: refers to ${id}, not in the file`);
  else if (!target.isA(range)) errors.push(`${at}: refers to a ${target.name}, not a ${range.name}`);
}

console.log(JSON.stringify({ entities: entities.size, schemata, errors }));
process.exit(errors.length === 0 ? 0 : 1);
