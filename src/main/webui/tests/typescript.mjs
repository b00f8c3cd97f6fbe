import { register } from 'node:module';

/**
 * Lets a unit test import the client's TypeScript modules as they are: imported first, it has Node
 * strip their types with the project's own TypeScript compiler (the modules are tested, not bundled).
 */
register('./typescript-hooks.mjs', import.meta.url);
