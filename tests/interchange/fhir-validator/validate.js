#!/usr/bin/env node
// Usage: node validate.js BUNDLE.json
// Validates a FHIR R4 resource with (1) the official R4 JSON schema (cardinality minimums that the
// schema states, primitive formats, no unknown elements) and (2) the R4 StructureDefinitions shipped
// by the "fhir" package (1..1 elements, required value sets, unknown properties).
// Prints one line per problem and exits 1 if there is any; prints "valid" and exits 0 otherwise.
'use strict';
const fs = require('fs');
const path = require('path');
const modules = path.resolve(process.env.WCW_FHIR_VALIDATOR_MODULES || path.join(__dirname, 'node_modules'));
const SchemaValidator = require(path.join(modules, '@asymmetrik/fhir-json-schema-validator'));
const { Fhir } = require(path.join(modules, 'fhir'));

const resource = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const problems = [];

// A Bundle entry is a oneOf over every resource type, so one fault shows up once per type tried:
// keep the errors that name a real fault (missing/ill-typed/ill-formed element), each once.
const schemaErrors = new SchemaValidator().validate(resource);
const telling = schemaErrors.filter(e => ['required', 'type', 'pattern', 'enum', 'minItems'].includes(e.keyword));
const shown = new Set();
for (const e of (telling.length ? telling : schemaErrors.slice(0, 3))) {
  const line = typeof e === 'string' ? `schema: ${e}` : `schema: ${e.dataPath || '(root)'} ${e.message} ${JSON.stringify(e.params || {})}`;
  if (!shown.has(line)) { shown.add(line); problems.push(line); }
}

const result = new Fhir().validate(resource, { errorOnUnexpected: true });
for (const m of result.messages) {
  // "info" is about value sets the package does not ship (e.g. v3-ActEncounterCode): not a fault.
  if (m.severity === 'error' || (m.severity === 'warning' && /Unexpected property/.test(m.message)))
    problems.push(`structure: ${m.resourceId || ''} ${m.location}: ${m.message}`);
}

if (problems.length) {
  for (const p of problems) console.log(p);
  process.exit(1);
}
console.log('valid');
