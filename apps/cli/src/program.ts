// The `aims` program: its commands, and how a run turns into an exit code.
import { Command } from 'commander';
import { registerAiSystemCommand } from './commands/ai-system.command.ts';
import { registerAuditCommand } from './commands/audit.command.ts';
import { registerBackupCommands } from './commands/backup.command.ts';
import { registerCheckCommand } from './commands/check.command.ts';
import { registerDemoCommand } from './commands/demo.command.ts';
import { registerEvidenceCommand } from './commands/evidence.command.ts';
import { registerExchangeCommands } from './commands/exchange.command.ts';
import { registerInitCommand } from './commands/init.command.ts';
import { registerJobsCommand } from './commands/jobs.command.ts';
import { registerLedgerCommand } from './commands/ledger.command.ts';
import { registerMetricsCommand } from './commands/metrics.command.ts';
import { registerMigrateCommand } from './commands/migrate.command.ts';
import { registerOrgCommand } from './commands/org.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerTokenCommand } from './commands/token.command.ts';
import { registerVerifyPackCommand } from './commands/verify-pack.command.ts';
import { EXIT, exitCodeFor, reportError } from './support/errors.ts';

/** Builds the `aims` command with every subcommand (errors are thrown, not exited, so `run` decides). */
export function createProgram(): Command {
  const program = new Command('aims')
    .description('OpenAIMS operator commands (ISO/IEC 42001 AI management system)')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerInitCommand(program);
  registerOrgCommand(program);
  registerTokenCommand(program);
  registerLedgerCommand(program);
  registerAiSystemCommand(program);
  registerExchangeCommands(program);
  registerCheckCommand(program);
  registerVerifyPackCommand(program);
  registerEvidenceCommand(program);
  registerBackupCommands(program);
  registerMetricsCommand(program);
  registerAuditCommand(program);
  registerJobsCommand(program);
  registerDemoCommand(program);
  return program;
}

/** Runs `aims` with Node-style argv and resolves to the exit code (a command may set a failing one itself). */
export async function run(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    reportError(e);
    return exitCodeFor(e);
  }
}
