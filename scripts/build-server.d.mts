// Types of build-server.mjs for the TypeScript that imports it (the bench).
export declare const SERVER_SOURCES: string[];
export declare const OUTPUTS: { server: string; cli: string };
/** Bundles one TypeScript entry (absolute path) into `outfile` (absolute, inside the checkout). */
export declare function bundleEntry(entry: string, outfile: string): Promise<void>;
/** Builds the server and CLI bundles; returns the milliseconds it took. */
export declare function buildServer(): Promise<number>;
