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
  ucwa diff <A> <B>                 what changed between two payloads (any form)
  ucwa example <resource>           a valid payload of a resource, made from the model

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
      --format FORMAT  text (default), json, or for CI: sarif (SARIF 2.1.0,
                       for code scanning), github (workflow commands that
                       annotate the lines), junit (JUnit XML, one test case
                       per file)
  -q, --quiet          print errors only, no warnings and no summary
      --color WHEN     auto (default: a terminal, and NO_COLOR unset),
                       always or never
  -h, --help           this help

Output (text): one line per problem, "path:line:column: severity code
message", then "N files checked, N valid, N invalid". Output (json): one
document { version, files: [{ path, file, kind, status, resource,
inferred, diagnostics }], summary }, status being valid, invalid or error.
Output (sarif): a SARIF 2.1.0 log, a rule per diagnostic code, artifact
URIs relative to the current folder. Output (github): "::error file=F,
line=L,col=C,title=CODE::message" lines (::warning for warnings).
Output (junit): <testsuites> with one <testcase> per file, a <failure>
listing its errors.

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
                       succeeded. A file is replaced atomically, keeping its
                       owner and mode; a link is followed (the link stays);
                       a device, a named pipe or /dev/stdout is written to,
                       never replaced
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

export const DIFF_HELP = `Usage: ucwa diff [options] <A> <B>

Compares two UCWA payloads by meaning, not by text: each is decoded to its
JSON value (XML or JSON, the body of an HTTP message, a batch part or a HAR
entry), so an XML capture and a JSON one of the same resource are equal.
Each difference is named by its JSON pointer:
  + /pointer: value             only in B (added)
  - /pointer: value             only in A (removed; the pointer is into A)
  ~ /pointer: old -> new        changed
  > /from -> /pointer (moved)   an array item found at another index
Array items are paired by _links.self.href where they carry one (so an
item moved or inserted is not a change of every item after it), else in
order. Object key order never counts.

A side is a file, - (standard input), or a file and one of its documents,
numbered as "ucwa validate" reports them:
  capture.har#3           entry 3 (its response body)
  capture.har#3:request   entry 3's request body
  session.http#2          message 2 of a raw capture; batch.txt#4: part 4
Without "#", files holding several documents are compared document by
document, in order.

Options:
      --ignore GLOB    leave out places matching a pointer glob, and what is
                       below them; repeatable. * within a token, ** across
                       tokens: --ignore '**/etag' --ignore '/_links/*/href'
                       --ignore '**/lastModified'
  -r, --resource NAME  resource of bodies without a rel: type, page or rel
      --format FORMAT  text (default) or json
      --color WHEN     auto (default), always or never
  -h, --help           this help

Output (json): { version, equal, documents: [{ left, right, equal,
changes: [{ kind, path, from?, left?, right? }] }], summary }.

Exit codes: 0 equal, 1 different, 2 usage error, or a side that cannot be
read or decoded, 70 internal error.
`;

export const EXAMPLE_HELP = `Usage: ucwa example [options] <resource>

Prints an example payload of a resource, made from the model: every
property (strings shaped like what they hold, integers within their bounds,
dates, enumeration members), every link, and the embedded resources the
model declares, with hrefs under /ucwa/oauth/v1/applications/<id>/. It
validates in strict mode, and converts to the other form and back without
loss. The same arguments always print the same payload.

<resource> is a type (Note), a page (note) or a rel, in any case; a request
body (NotePostInput, ApplicationsPostInput: written as <input> in XML);
events (the event channel: a sender with one event of each type, resources
embedded in the added and updated ones); or error (the error body).

Options:
      --to FORM        json (default) or xml
      --all            also the links and embedded resources of embedded
                       resources, and two items in every array
      --seed N         other ids, names, enumeration members and dates
                       (a whole number; 1 by default)
  -h, --help           this help

Exit codes: 0 printed, 2 usage error (a name the model does not know, or a
body that is not UCWA JSON or XML, such as an SDP answer).
`;
