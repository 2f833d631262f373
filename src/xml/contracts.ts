/**
 * Bodies that are plain data-contract XML rather than UCWA resources: the
 * OPTIONS reply (`<optionsMetadata>`) and the makeMeAvailable2 reply
 * (`<operationsQueued>`). Each is described once as a small contract and
 * read and written from that description. The server writes them without
 * the UCWA namespace; `xsi:nil="true"` stands for null.
 */
export type Contract =
  | { kind: 'text' }
  | { kind: 'list'; item: string; of: Contract }
  | { kind: 'record'; fields: Readonly<Record<string, Contract>> };

const text: Contract = { kind: 'text' };
const list = (item: string, of: Contract): Contract => ({ kind: 'list', item, of });
const record = (fields: Record<string, Contract>): Contract => ({ kind: 'record', fields });

export const CONTRACTS: ReadonlyMap<string, Contract> = new Map([
  [
    'optionsMetadata',
    record({
      metadata: list(
        'httpMethodMetadata',
        record({
          httpMethod: text,
          parameters: list('parameter', record({ name: text, supportedValues: list('value', text) })),
        }),
      ),
    }),
  ],
  ['operationsQueued', record({ operations: list('operation', text) })],
]);

export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Root element name of a contract body for a value, judged by its keys; undefined when none fits. */
export function contractFor(value: Record<string, unknown>): string | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  if (keys[0] === 'metadata' && Array.isArray(value.metadata)) return 'optionsMetadata';
  if (keys[0] === 'operations' && Array.isArray(value.operations)) return 'operationsQueued';
  return undefined;
}
