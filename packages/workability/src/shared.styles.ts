import { css } from 'lit';

/** Zone marks shared by the check and the report: an icon and a word, never colour alone. */
export const ZONE_ICONS = { green: '✓', orange: '!', red: '✕' } as const;

export const zoneStyles = css`
  .zone {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
  }
  .zone .icon {
    font-weight: 700;
  }
  .zone-green {
    background: var(--goesting-color-zone-green, light-dark(#dff3e4, #12351f));
    color: var(--goesting-color-on-zone-green, light-dark(#14532d, #c9f1d4));
  }
  .zone-orange {
    background: var(--goesting-color-zone-orange, light-dark(#fdebd3, #402506));
    color: var(--goesting-color-on-zone-orange, light-dark(#7a3a00, #fcdcb2));
  }
  .zone-red {
    background: var(--goesting-color-zone-red, light-dark(#fbdada, #431313));
    color: var(--goesting-color-on-zone-red, light-dark(#7f1d1d, #fbd0d0));
  }
  @media (forced-colors: active) {
    .zone {
      forced-color-adjust: auto;
      border-color: CanvasText;
    }
  }
  @media print {
    .zone-green,
    .zone-orange,
    .zone-red {
      print-color-adjust: exact;
      color: #000;
    }
    .zone-green {
      background: #dff3e4;
    }
    .zone-orange {
      background: #fdebd3;
    }
    .zone-red {
      background: #fbdada;
    }
    .table-scroll {
      overflow: visible;
    }
    table {
      font-size: 0.85em;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: var(--_space);
  }
  .note {
    font-size: 0.9em;
  }
`;
