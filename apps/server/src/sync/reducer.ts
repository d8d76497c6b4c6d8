// The server's reducer for pushed mutations lives in @readouts/api beside sync.push, which uses it;
// imports and tests that push through storage directly take it from here.
export { applyToRecord } from '@readouts/api';
