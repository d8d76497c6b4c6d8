// The push input as the server parses it: every capture of a push is a whole readout, so this parse
// is most of what a push costs above storage.
import { PushRequest } from '@readouts/schema';
import { z } from 'zod';

/**
 * `PushRequest` compiled by zod (`z.compile`): generated code answers a valid push, several times
 * faster than zod's interpreter on 500 captures. Whatever the generated code refuses is parsed
 * again by the interpreter, so a refused push has the same issues, messages and paths as before.
 * Kept out of @readouts/schema: compiling needs `new Function`, which the extension's CSP forbids.
 */
export const PushInput: typeof PushRequest = z.compile(PushRequest);
