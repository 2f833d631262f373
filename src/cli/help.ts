/** Help texts, one per command. Kept apart so `--help` loads nothing else. */

export const MAIN_HELP = `ucwa: validate and convert UCWA 2.0 payloads (XML and HAL JSON)

Usage:
  ucwa validate [paths...]          check files, folders, globs or - (stdin)
  ucwa check [paths...]             validate fixtures, compare XML/JSON twins
  ucwa convert <path> --to json|xml convert one payload to the other form
  ucwa schema [resource]            print the JSON Schema of a resource (or all)
  ucwa resources                    list every resource with its rel

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

A name or enumeration value that nearly matches one the model knows at
that place (another case, or one letter off: "Persnal") is an error, with
the name meant; one that matches nothing known is a warning (an error with
--strict). Folders and globs leave out project files (package.json, lock
files, tsconfig*.json, .ucwarc.json). The "extra" names of the repository
settings (see "ucwa check --help") are accepted.

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
document { version, files: [{ path, file, kind, status, diagnostics }],
summary }, status being valid, invalid or error.

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

Prints a JSON Schema (draft-07). With a resource (type name such as Note,
page name such as note, or rel), a standalone schema of that resource: its
definition plus every definition it refers to. Without one, the whole bundle.

Options:
  -h, --help  this help
`;

export const RESOURCES_HELP = `Usage: ucwa resources [options]

Lists every resource of the model: type name, reference page and rel.

Options:
      --format FORMAT  text (default, a table) or json
  -h, --help           this help
`;
