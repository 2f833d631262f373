/** Help texts, one per command. Kept apart so `--help` loads nothing else. */

export const MAIN_HELP = `ucwa: validate and convert UCWA 2.0 payloads (XML and HAL JSON)

Usage:
  ucwa validate [paths...]          check files, folders, globs or - (stdin)
  ucwa check [paths...]             validate fixtures, compare XML/JSON twins
  ucwa convert <path> --to json|xml convert one payload to the other form
  ucwa schema [resource]            print the JSON Schema of a resource (or all)
  ucwa resources                    list every resource with its rel
  ucwa resource <name>              one resource: fields, operations, errors, scopes
  ucwa scopes <resource...>         the least Azure AD scopes for these resources

Options:
  -h, --help       help for ucwa or for a command (ucwa validate --help)
  -v, --version    print the version

Exit codes: 0 all valid, 1 something invalid, 2 usage error or unreadable
input, 70 internal error (a bug in ucwa: please report it).
`;

export const VALIDATE_HELP = `Usage: ucwa validate [options] [paths...]

Checks UCWA payloads against the UCWA 2.0 schemas. A path is a file, a
folder (walked recursively for .json .xml .http .har .txt files), a glob
(*, ?, **, [abc], {a,b}; quote it so the shell leaves it alone) or - for
standard input.

What a file may hold (from its extension, else from its content):
  bare JSON or XML body      .json .xml
  raw HTTP message           .http (request or response; Content-Type picks
                             the decoder; a missing blank line before the
                             body and a wrong Content-Length are tolerated)
  HAR capture                .har (each UCWA request and response body,
                             reported as file.har#entry N METHOD URL)
  multipart/batching body    each part, reported as file#part N

A body's type comes from --resource, else its rel, else (a request) the
method and URL, else its names: bodies without a rel (discovery responses,
request bodies) are typed by the model type their names fit, and the
output says so ("typed as Root by its names").
A name or enumeration value that nearly matches one the model knows at
that place (another case, or one letter off: "Persnal") is an error, with
the name meant; one that matches nothing known is a warning (an error with
--strict). Folders and globs leave out project files (package.json, lock
files, tsconfig*.json, .ucwarc.json). The "extra" names of the repository
settings (see "ucwa check --help") are accepted.

Requests and their responses are also checked together (a HAR entry, a
request followed by its response in a raw file, reported as file#message N,
the n-th parts of a batch and of its response): the method must be one the
targeted resource documents (http.method), an error body must agree with
the status line (http.status-mismatch, always an error) and be documented
for the operation or generic (http.undocumented-error). The first and last
are warnings, errors with --strict.

Options:
  -r, --resource NAME  expected resource: type (Note), page (note) or rel,
                       in any case
      --strict         also reject unknown properties, links, enum values
      --format FORMAT  text (default) or json
  -q, --quiet          print errors only, no warnings and no summary
      --color WHEN     auto (default: a terminal, and NO_COLOR unset),
                       always or never
  -h, --help           this help

Output (text): one line per problem, "path:line:column: severity code
message", then "N files checked, N valid, N invalid". Output (json): one
document { version, files: [{ path, file, kind, status, resource,
inferred, diagnostics }], summary }, status being valid, invalid or error.

Exit codes: 0 all valid, 1 something invalid, 2 usage error or unreadable
file, 70 internal error.
`;

export const CONVERT_HELP = `Usage: ucwa convert [options] <path> --to json|xml

Converts one UCWA payload between its XML and HAL JSON forms. <path> is a
JSON or XML file, an HTTP message (its body is converted) or - for standard
input. The result goes to standard output, or to the file given with -o.

Options:
      --to FORM        json or xml (required)
  -o, --output FILE    write here instead of standard output; never the
                       input itself, and only once the whole conversion has
                       succeeded (an existing file is replaced atomically)
  -r, --resource NAME  resource the payload is: type, page or rel
      --color WHEN     colour in error messages: auto, always or never
  -h, --help           this help

Exit codes: 0 converted, 1 the input could not be decoded, 2 usage error or
unreadable input, 70 internal error.
`;

export const SCHEMA_HELP = `Usage: ucwa schema [options] [resource]

Prints a JSON Schema (draft-07), as schemas/ ships it: standard tools (ajv in
its default strict mode, ajv-cli, editors) take it with no option. With a
resource (type name such as Note, page name such as note, or rel), a
standalone schema of that resource: its definition plus every definition it
refers to (schemas/resources/<Type>.schema.json). Without one, the whole
bundle, whose root checks any body by its rel (schemas/ucwa.schema.json).

Options:
  -h, --help  this help
`;

export const RESOURCES_HELP = `Usage: ucwa resources [options]

Lists every resource of the model: type name, reference page and rel.
As JSON, each resource also carries its Azure AD scopes and its operations
(method, request and response types, documented synchronous errors).

Options:
      --format FORMAT  text (default, a table) or json
  -h, --help           this help
`;

export const RESOURCE_HELP = `Usage: ucwa resource [options] <name>

Prints one resource of the model as a person reads it: its page, type and
rel; its properties with their types (and the members of enumerations);
its links and embedded resources; its operations (method, request and
response types) with the synchronous errors documented for each; and the
Azure AD scopes an online application needs for it. <name> is a type
(Contact), a page (contact) or a rel.

Options:
      --format FORMAT  text (default) or json
  -h, --help           this help
`;

export const SCOPES_HELP = `Usage: ucwa scopes [options] <resource|operation...>

Prints the least set of Azure AD scopes an online application needs for
the resources it uses, as the reference pages' scope tables give them (any
one scope of a resource's table allows it), with each scope's permission
name, ready to add to an app registration. Other sets of the same size,
if any, are listed too.

A resource is a type (Note), a page (note), a rel, or a URL
(https://host/ucwa/oauth/v1/applications/1/me/note); an operation is a
method and a resource (POST startMessaging), which must be one the
resource documents.

Options:
      --from FILE      also take the resources from the requests of a capture
                       (HAR or raw HTTP); may be given more than once
      --format FORMAT  text (default) or json
  -h, --help           this help
`;
