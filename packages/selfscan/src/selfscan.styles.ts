import { css } from 'lit';
import { choiceScaleStyles, radarStyles } from '@goesting/core';

export const selfscanStyles = [
  radarStyles,
  choiceScaleStyles,
  css`
    h4 {
      font-size: 1.05em;
      margin-block-start: var(--_space);
    }
    .intro,
    .pillar-intro {
      margin: 0 0 var(--_space);
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
      margin-block-end: var(--_space);
    }
    progress {
      flex: 1 1 10rem;
      height: 0.75rem;
      accent-color: var(--_accent);
    }
    #step-heading {
      display: flex;
      flex-direction: column;
    }
    .step-count {
      font-size: 0.8em;
      font-weight: normal;
    }
    .item {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 0.75rem;
      padding: 0.75rem;
      min-inline-size: 0;
    }
    .item legend {
      font-weight: 600;
      padding: 0 0.25rem;
      float: left;
      width: 100%;
      margin-block-end: 0.5rem;
    }
    .item legend + * {
      clear: both;
    }
    .hint {
      margin: 0 0 0.5rem;
      clear: both;
    }
    .option.na {
      grid-column: span 2;
      border-style: dashed;
    }
    .flag {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
      margin-block-start: 0.5rem;
      cursor: pointer;
    }
    .flag input {
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--_accent);
    }
    .navigation,
    .actions,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: space-between;
      margin-block: var(--_space);
    }
    .confirm {
      justify-content: flex-start;
      align-items: center;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem;
    }
    .confirm p {
      flex: 1 1 100%;
      margin: 0;
    }
    .actions {
      justify-content: flex-start;
    }
    .overview {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: flex-start;
    }
    .chart {
      flex: 1 1 22rem;
      margin: 0;
    }
    .highlights {
      flex: 1 1 16rem;
    }
    .highlights ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .reflect {
      margin: 0.25rem 0.5rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      justify-content: center;
      margin-block-start: 0.5rem;
    }
    .key {
      white-space: nowrap;
    }
    .key::before {
      content: '';
      display: inline-block;
      width: 1.5rem;
      margin-inline-end: 0.4rem;
      vertical-align: middle;
      border-top: 3px solid var(--_accent);
    }
    .key.earlier::before {
      border-top: 3px dashed var(--_earlier);
    }
    .heatmap td {
      text-align: center;
    }
    .heatmap .cell {
      background: color-mix(in srgb, var(--_accent) calc(var(--level) * 32%), transparent);
    }
    .score {
      font-weight: 600;
      display: block;
    }
    .diff {
      display: block;
      font-size: 0.85em;
    }
    .none .reason {
      display: block;
      font-size: 0.8em;
    }
    details.competences {
      margin-block: var(--_space);
    }
    summary {
      cursor: pointer;
      min-height: 2.75rem;
      display: list-item;
      padding-block: 0.5rem;
    }
    @media (max-width: 30rem) {
      .heatmap th,
      .heatmap td {
        padding: 0.25rem;
        font-size: 0.85em;
      }
    }
    @media print {
      .chart {
        break-inside: avoid;
      }
      .heatmap {
        break-inside: avoid;
      }
      .heatmap .cell {
        print-color-adjust: exact;
      }
    }
  `,
];
