// A small button that downloads one of the organization's exports (`/exports/<file>`), labelled with the file name.
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

export function ExportButton({ orgId, file }: { orgId: string; file: string }) {
  return (
    <Button
      component="a"
      href={`/api/v1/orgs/${orgId}/exports/${file}`}
      download
      variant="default"
      size="xs"
      leftSection={<IconDownload size={14} />}
    >
      {file}
    </Button>
  );
}
