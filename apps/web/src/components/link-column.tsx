// The first column of most lists: the record's name or title, sortable, linking to the record's page.
import type { ComponentProps } from 'react';
import type { Column } from './data-table.tsx';
import { AnchorLink } from './links.tsx';

type Route = ComponentProps<typeof AnchorLink>['to'];

/** `field` is shown, and is the server's sort field; `to` is the record's route, with `$orgId` and `$id`. */
export function linkColumn<T extends { id: string }, F extends keyof T & string>(opts: {
  field: F;
  header: string;
  to: Route;
  orgId: string;
}): Column<T> {
  return {
    key: opts.field,
    header: opts.header,
    sortField: opts.field,
    render: (row) => (
      // The router cannot check params against a route chosen at run time; every `to` here takes these two.
      <AnchorLink to={opts.to} params={{ orgId: opts.orgId, id: row.id } as never} fw={500} size="sm">
        {String(row[opts.field])}
      </AnchorLink>
    ),
  };
}
