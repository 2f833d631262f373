/**
 * Run by test/hardening-depth.test.ts in a child `node --stack-size=N`: every
 * walker of the built library, at a nesting depth given on the command line
 * (the ceiling, or one more), in the shape that costs it most stack. Prints
 * one JSON object: walker -> 'ok' | 'limit' (input.too-deep from maxDepth) |
 * 'stack' (input.too-deep from the engine's stack) | 'code:<first code>' |
 * 'threw:<what>'. Each walker runs once, cold, as a first call in a process would.
 */
import * as ucwa from '../../dist/index.js';

const depth = Number(process.argv[2]);
const maxDepth = Number(process.argv[3] ?? depth);
const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
const options = { maxDepth };

/** `open`/`close` repeated `n` times inside `head`...`tail`. */
const nest = (head, open, close, n, tail) => head + open.repeat(n) + close.repeat(n) + tail;

// XML: the root element is level 1.
const xml = {
  resources: nest(`<resource xmlns="${NS}" rel="distributionGroup" href="/g">`, '<resource rel="distributionGroup" href="/g">', '</resource>', depth - 1, '</resource>'),
  bags: nest(`<resource xmlns="${NS}" rel="me" href="/m">`, '<property name="p">', '</property>', depth - 1, '</resource>'),
  lists: nest(`<resource xmlns="${NS}" rel="me" href="/m">`, '<propertyList name="p"><item>', '</item></propertyList>', (depth - 1) >> 1, '</resource>')
    .replace('<item></item>', (depth - 1) % 2 ? '<item><property name="q">x</property></item>' : '<item></item>'),
  events: nest(`<events xmlns="${NS}" href="/e"><sender rel="s" href="/s"><added rel="a" href="/a">`, '<resource rel="distributionGroup" href="/g">', '</resource>', depth - 3, '</added></sender></events>'),
  reason: nest(`<reason xmlns="${NS}"><parameters>`, '<property name="p">', '</property>', depth - 2, '</parameters></reason>'),
  input: nest(`<input xmlns="${NS}">`, '<property name="p">', '</property>', depth - 1, '</input>'),
};

// Values: every object and array is a level. Texts are built as text and parsed
// (JSON.parse does not recurse), so that the probe itself needs no deep stack.
// Three levels per resource: the resource, _embedded, the array (ajv follows the model's one cycle);
// the innermost one has a bag of the levels left, and a wrong name so that the errors' path runs too.
const outer = Math.floor((depth - 1) / 3);
const left = depth - 1 - 3 * outer;
const innermost = `{"rel":"distributionGroup","name":5${left ? `,"p":${'{"p":'.repeat(left - 1)}{}${'}'.repeat(left - 1)}` : ''}}`;
const texts = {
  resources: outer ? nest('', '{"rel":"distributionGroup","_embedded":{"distributionGroup":[', ']}}', outer, '').replace('[]', `[${innermost}]`) : innermost,
  bags: `{"rel":"me","p":${'{"p":'.repeat(depth - 2)}{}${'}'.repeat(depth - 2)}}`,
  arrays: `{"rel":"me","p":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`,
};

function outcome(run) {
  let diagnostics;
  try {
    const result = run();
    diagnostics = result && typeof result === 'object' && Array.isArray(result.diagnostics) ? result.diagnostics : [];
  } catch (error) {
    if (!(error instanceof ucwa.UcwaError)) return `threw:${error?.name}: ${error?.message}`;
    diagnostics = error.diagnostics;
  }
  const deep = diagnostics.find((d) => d.code === 'input.too-deep');
  if (deep) return /call stack/.test(deep.message) ? 'stack' : 'limit';
  const error = diagnostics.find((d) => d.severity === 'error' && !d.code.startsWith('schema.'));
  return error ? `code:${error.code}` : 'ok';
}

const results = {};
for (const [shape, text] of Object.entries(xml)) {
  results[`decodeXml ${shape}`] = outcome(() => ucwa.decodeXml(text, options));
  results[`decodeXmlDocument+locations ${shape}`] = outcome(() => ucwa.decodeXmlDocument(text, { ...options, locations: true }));
  results[`normalize xml ${shape}`] = outcome(() => ucwa.normalize(text, 'application/xml', options));
  results[`validateXml ${shape}`] = outcome(() => ucwa.validateXml(text, options));
}
for (const [shape, text] of Object.entries(texts)) {
  const value = JSON.parse(text);
  results[`decodeJson ${shape}`] = outcome(() => ucwa.decodeJson(text, options));
  results[`normalize json ${shape}`] = outcome(() => ucwa.normalize(text, 'application/json', options));
  results[`validateJson ${shape}`] = outcome(() => ucwa.validateJson(text, options));
  results[`validate ${shape}`] = outcome(() => ucwa.validate(value, options));
  results[`encodeXml ${shape}`] = outcome(() => ucwa.encodeXml(value, options));
  results[`encodeJson ${shape}`] = outcome(() => ucwa.encodeJson(value, options));
}
process.stdout.write(JSON.stringify(results));
