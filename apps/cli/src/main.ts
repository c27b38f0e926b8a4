// Entry point of `aims`: parses the command line and turns failures into a message and an exit code.
import { run } from './program.ts';

process.exitCode = await run(process.argv);
