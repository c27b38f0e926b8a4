// `aims audit report --audit ID --out FILE`: the internal audit report (§9.2.2 c) as a PDF, through the same
// export service as `GET …/exports/audit-report.pdf`, acting as the system with owner authority.
import { writeFile } from 'node:fs/promises';
import { AppError } from '@openaims/core';
import { tables } from '@openaims/db';
import { renderExport } from '@openaims/services';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { operatorContext } from '../support/lookup.ts';
import { printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

/** Registers `aims audit report`. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('internal audits (ISO/IEC 42001 §9.2)');
  withDataDirOption(audit.command('report').description('write an audit report as PDF'))
    .requiredOption('--audit <id>', 'audit id (aud_…)')
    .requiredOption('--out <file>', 'the PDF file to write')
    .option('--format <format>', 'pdf | oscal-plan | oscal-results', 'pdf')
    .action(async (flags: StorageFlags & { audit: string; out: string; format: string }) => {
      const name = {
        pdf: 'audit-report.pdf',
        'oscal-plan': 'oscal-assessment-plan.json',
        'oscal-results': 'oscal-assessment-results.json',
      }[flags.format];
      if (!name)
        throw new AppError(
          'VALIDATION_FAILED',
          `unknown format "${flags.format}"; expected pdf, oscal-plan or oscal-results`,
        );
      const file = await withDatabase(flags, async ({ db }) => {
        // The audit names its organization; the operator need not.
        const [row] = await db
          .select({ orgId: tables.audits.organizationId })
          .from(tables.audits)
          .where(eq(tables.audits.id, flags.audit));
        if (!row) throw new AppError('NOT_FOUND', `Audit ${flags.audit} was not found.`);
        return renderExport(operatorContext(db, row.orgId), name, { auditId: flags.audit });
      });
      await writeFile(flags.out, file.body);
      printLines(`wrote ${flags.out} (${file.contentType})`);
    });
}
