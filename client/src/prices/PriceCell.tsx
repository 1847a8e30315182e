import type { CustomCellRendererProps } from 'ag-grid-react';
import type { MouseEvent } from 'react';
import { allowedOn } from './cellRules';
import { channelOfColumn } from './matrixColumns';
import type { MatrixGridContext } from './matrixContext';
import type { MatrixRow } from './types';

// Plain SVG paths (MUI's Schedule and History icons): thousands of cells render, so no styled components here.
const CLOCK = 'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2M12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8m.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z';
const HISTORY = 'M13 3c-4.97 0-9 4.03-9 9H1l3.89 3.89.07.14L9 12H6c0-3.87 3.13-7 7-7s7 3.13 7 7-3.13 7-7 7c-1.93 0-3.68-.79-4.94-2.06l-1.42 1.42C8.27 19.99 10.51 21 13 21c4.97 0 9-4.03 9-9s-4.03-9-9-9m-1 5v5l4.28 2.54.72-1.21-3.5-2.08V8z';

const Icon = ({ path, className }: { path: string; className: string }) => (
  <svg className={className} viewBox="0 0 24 24" aria-hidden="true">
    <path d={path} />
  </svg>
);

/** A channel price with its markers: pending request (orange dot), scheduled price (clock), history button. */
export const PriceCell = (props: CustomCellRendererProps<MatrixRow, number | null>) => {
  const { data, value, context, colDef } = props;
  const channel = channelOfColumn(colDef);
  if (!data || !channel || !allowedOn(data, channel)) return null;
  const { view, format, translate, openHistory } = context as MatrixGridContext;
  const cell = data.cells[channel.id];
  const showHistory = (event: MouseEvent) => {
    event.stopPropagation();
    openHistory(data, channel);
  };
  return (
    <span className="rx-price">
      {cell?.scheduled && <Icon path={CLOCK} className="rx-scheduled" />}
      {cell?.pending && <span className="rx-pending" />}
      <span className="rx-value">{view === 'box' ? format.money(value) : format.unitMoney(value)}</span>
      <button type="button" tabIndex={-1} className="rx-history" title={translate('rx.pricing.cell.history')} onClick={showHistory}>
        <Icon path={HISTORY} className="rx-history-icon" />
      </button>
    </span>
  );
};
