import { html, type TemplateResult } from 'lit';
import type { GoestingErrorDetail } from './events.js';
import type { LocalizeController, Messages } from './localize.js';
import { errorMessages } from './error-messages.js';
import type { ValidationIssue } from './model/index.js';

/**
 * Issues listed per problem. The rest is counted, not listed: 50,000 bad entries must not become
 * 50,000 list items. The `goesting-error` detail still carries every issue.
 */
export const SHOWN_ISSUES = 10;

/** The error state's texts, which the widget adds to its own once this module is loaded. */
export { errorMessages as messages };

type Localize = Pick<LocalizeController<Messages>, 'number' | 'lookup'>;

/** An issue in the widget's language when the widget's or the error state's texts know its code, else its English message. */
function describeIssue(issue: ValidationIssue, t: (key: string, params?: unknown) => string, catalogue: Messages): string {
  const key = `issue.${issue.code}`;
  return Object.hasOwn(catalogue, key) || Object.hasOwn(errorMessages['nl-BE'], key) ? t(key, issue.params ?? {}) : issue.message;
}

/**
 * The visible error state every widget shows for bad host input: an alert with a summary per
 * problem, the first issues for the web team, and the reassurance that nothing typed is lost.
 */
export function renderErrorPanel(errors: readonly GoestingErrorDetail[], l: Localize, catalogue: Messages): TemplateResult {
  const t = (key: string, params?: unknown) => l.lookup(key, params);
  return html`<div class="error" role="alert" part="error">
    <p class="error-title"><strong>${t('errorTitle')}</strong></p>
    ${errors.map((error) => {
      const more = error.issues.length - SHOWN_ISSUES;
      return html`<p>${t(`error.${error.code}`)}</p>
        <details>
          <summary>${t('errorDetails')}</summary>
          <ul>
            ${error.issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li><code>${issue.path || t('wholeInput')}</code>: ${describeIssue(issue, t, catalogue)}</li>`)}
            ${more > 0 ? html`<li>${t('moreIssues', { count: l.number(more, 0) })}</li>` : ''}
          </ul>
        </details>`;
    })}
    <p>${t('errorKeep')}</p>
  </div>`;
}
