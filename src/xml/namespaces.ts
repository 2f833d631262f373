/**
 * Namespaces 1.0 for the scanner: the declarations in scope, prefixes
 * resolved for elements and attributes, and the rules of the
 * recommendation: `xml` is bound to its namespace only and no other prefix
 * to it, `xmlns` is never declared nor bound to, a prefix is never
 * undeclared (that is 1.1), every prefix used is bound, and two attributes
 * of an element never share an expanded name (namespace + local name).
 * On top, the UCWA rule: elements are in the UCWA namespace or in none
 * (lifted by `anyNamespace`). Costs nothing for a document that declares
 * no prefix and uses none.
 */
import type { DiagnosticCode } from '../diagnostic.js';
import { NameSet } from './name-set.js';
import type { XAttr, XElement } from './scan.js';

export const UCWA_NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
/** Bound to the prefix `xml` by definition; no other prefix may have it. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** The namespace of `xmlns` declarations themselves; never declared. */
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

interface Scope {
  depth: number;
  prefixes: Map<string, string>;
}

type Fail = (code: DiagnosticCode, message: string, offset: number) => never;

export class Namespaces {
  private scopes: Scope[] | null = null;

  constructor(private readonly fail: Fail, private readonly anyNamespace: boolean) {}

  /** Reads the `xmlns` and `xmlns:p` attributes of an element opening at `depth`. */
  declare(el: XElement, depth: number): void {
    const fail = this.fail;
    const prefixes = new Map<string, string>();
    for (const a of el.attrs) {
      // The UCWA namespace as our constant: every element compares its namespace with it, by identity then.
      const value = a.value === UCWA_NS ? UCWA_NS : a.value;
      if (a.name === 'xmlns') {
        if (value === XML_NS || value === XMLNS_NS) fail('xml.namespace', `The default namespace cannot be ${value}.`, a.pos);
        prefixes.set('', value);
      } else if (a.name.startsWith('xmlns:')) {
        const prefix = a.name.slice(6);
        if (prefix === 'xmlns') fail('xml.namespace', 'The prefix xmlns cannot be declared.', a.pos);
        if ((prefix === 'xml') !== (value === XML_NS)) {
          fail('xml.namespace', prefix === 'xml' ? `The prefix xml is bound to ${XML_NS} only.` : `The prefix ${prefix} cannot be bound to ${XML_NS}.`, a.pos);
        }
        if (value === XMLNS_NS) fail('xml.namespace', `The prefix ${prefix} cannot be bound to ${XMLNS_NS}.`, a.pos);
        if (value === '') fail('xml.namespace', `The prefix ${prefix} cannot be undeclared.`, a.pos);
        prefixes.set(prefix, value);
      } else continue;
      a.ns = XMLNS_NS;
    }
    (this.scopes ??= []).push({ depth, prefixes });
  }

  /** Declarations end with the element that made them (the one that opened at `depth`). */
  close(depth: number): void {
    const scopes = this.scopes;
    if (scopes && scopes.length && scopes[scopes.length - 1]!.depth === depth) scopes.pop();
  }

  lookup(prefix: string): string | undefined {
    if (prefix === 'xml') return XML_NS;
    const scopes = this.scopes;
    if (scopes) {
      for (let k = scopes.length - 1; k >= 0; k--) {
        const ns = scopes[k]!.prefixes.get(prefix);
        if (ns !== undefined) return ns;
      }
    }
    return undefined;
  }

  /** An element's prefix (`colon`: offset of its colon within the name, -1 for none) is bound; its namespace is UCWA's or none. */
  checkElement(el: XElement, colon: number): void {
    const fail = this.fail;
    if (colon < 0) {
      if (this.scopes === null || this.anyNamespace) return;
      const ns = this.lookup('');
      if (ns && ns !== UCWA_NS) fail('xml.namespace', `The element <${el.name}> is in the namespace ${ns}, not the UCWA namespace ${UCWA_NS}.`, el.pos);
      return;
    }
    const prefix = el.name.slice(0, colon);
    el.local = el.name.slice(colon + 1);
    if (prefix === 'xmlns') fail('xml.namespace', `An element name cannot have the prefix xmlns (<${el.name}>).`, el.pos);
    const ns = this.lookup(prefix);
    if (ns === undefined) fail('xml.namespace', `The prefix ${prefix} of <${el.name}> is not declared.`, el.pos);
    if (ns !== UCWA_NS && !this.anyNamespace) fail('xml.namespace', `The element <${el.name}> is in the namespace ${ns}, not the UCWA namespace ${UCWA_NS}.`, el.pos);
  }

  /**
   * Namespaces of the `prefixed` attributes with a prefix other than xmlns
   * (kept in `XAttr.ns`); two may not share an expanded name. Two can only
   * when two prefixes are bound to one namespace (same prefix and local
   * name is a duplicate the scanner already refused), so the check by
   * expanded name (a NameSet: linear in the number of attributes) runs only
   * then; consecutive attributes with the same prefix look it up once.
   */
  resolveAttributes(el: XElement, prefixed: number): void {
    let lastPrefix = '';
    let lastNs = '';
    /** Each prefix the attributes use, and its namespace. */
    const bound = new Map<string, string>();
    for (const a of el.attrs) {
      if (a.ns !== '') continue; // a namespace declaration
      const name = a.name;
      const colon = name.indexOf(':');
      if (colon < 0) continue;
      if (colon === lastPrefix.length && lastPrefix !== '' && name.startsWith(lastPrefix)) {
        a.ns = lastNs;
        continue;
      }
      const prefix = name.slice(0, colon);
      const ns = this.lookup(prefix);
      if (ns === undefined) this.fail('xml.namespace', `The prefix ${prefix} of the attribute ${name} is not declared.`, a.pos);
      a.ns = ns;
      lastPrefix = prefix;
      lastNs = ns;
      if (!bound.has(prefix)) bound.set(prefix, ns);
    }
    if (prefixed < 2 || new Set(bound.values()).size === bound.size) return;
    const keys: string[] = [];
    const seen = new NameSet((k) => keys[k]!);
    for (const a of el.attrs) {
      if (a.ns === '' || a.ns === XMLNS_NS) continue;
      // A local name holds no space, so "local ns" is unambiguous.
      const key = `${a.name.slice(a.name.indexOf(':') + 1)} ${a.ns}`;
      if (!seen.add(key, keys.push(key) - 1)) this.fail('xml.namespace', `The attribute ${a.name} repeats another attribute's name in the namespace ${a.ns}.`, a.pos);
    }
  }
}
