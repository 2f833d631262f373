/**
 * Structural comparison of two HAL values (an XML-decoded value and its JSON
 * twin): same property names, links, embedded entries, array-or-single and
 * value types; values themselves are not compared. Each difference says
 * whether the schema plan knows the thing that differs ("known") or not (a
 * gap in the model, where the codec can only guess).
 */
import type { Plan, Planner } from '../../src/schema/plan.js';

export interface Difference {
  path: string;
  /** Property, link or embedded name the difference is about. */
  name: string;
  what: string;
  /** The plan knows this property/link/embedded entry (else: model gap). */
  known: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function nested(planner: Planner, parent: Plan | undefined, key: string, value: unknown): Plan | undefined {
  const own = isObject(value) && typeof value.rel === 'string' ? value.rel : undefined;
  const type = parent?.embedded.get(key)?.type ?? (own ? planner.typeForRel(own) : undefined) ?? planner.resolveType(key);
  return type ? planner.planFor(type) : undefined;
}

export function compareResources(planner: Planner, plan: Plan | undefined, a: unknown, b: unknown, path = ''): Difference[] {
  const out: Difference[] = [];
  if (!isObject(a) || !isObject(b)) {
    if (typeName(a) !== typeName(b)) out.push({ path, name: '', what: `${typeName(a)} vs ${typeName(b)}`, known: !!plan });
    return out;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const p = `${path}/${key}`;
    const x = a[key], y = b[key];
    if (key === '_links' || key === '_embedded') {
      const xa = isObject(x) ? x : {}, ya = isObject(y) ? y : {};
      for (const rel of new Set([...Object.keys(xa), ...Object.keys(ya)])) {
        const known = key === '_links' ? plan?.links.has(rel) === true : plan?.embedded.has(rel) === true;
        const q = `${p}/${rel}`;
        const u = xa[rel], v = ya[rel];
        if (u === undefined || v === undefined) {
          out.push({ path: q, name: rel, what: u === undefined ? 'only in the JSON' : 'only in the XML', known });
        } else if (Array.isArray(u) !== Array.isArray(v)) {
          out.push({ path: q, name: rel, what: Array.isArray(u) ? 'array in XML, single in JSON' : 'single in XML, array in JSON', known });
        } else if (key === '_embedded') {
          const us = Array.isArray(u) ? u : [u], vs = Array.isArray(v) ? v : [v];
          us.slice(0, vs.length).forEach((item, i) => {
            out.push(...compareResources(planner, nested(planner, plan, rel, item), item, vs[i], Array.isArray(u) ? `${q}/${i}` : q));
          });
        }
      }
      continue;
    }
    const known = key === 'rel' || planner.propertyShape(plan, key) !== undefined;
    if (x === undefined || y === undefined) {
      out.push({ path: p, name: key, what: x === undefined ? 'only in the JSON' : 'only in the XML', known });
    } else if (typeName(x) !== typeName(y)) {
      out.push({ path: p, name: key, what: `${typeName(x)} in XML, ${typeName(y)} in JSON`, known });
    } else if (Array.isArray(x) && Array.isArray(y)) {
      const xt = [...new Set(x.map(typeName))].join('|'), yt = [...new Set(y.map(typeName))].join('|');
      if (x.length && y.length && xt !== yt) out.push({ path: p, name: key, what: `items ${xt} in XML, ${yt} in JSON`, known });
    } else if (isObject(x) && isObject(y)) {
      out.push(...compareResources(planner, undefined, x, y, p).map((d) => ({ ...d, known })));
    }
  }
  return out;
}
