import { html, type TemplateResult } from 'lit';
import type { GoestingErrorDetail } from './events.js';
import type { LocalizeController, Messages } from './localize.js';
import type { ValidationIssue } from './model/index.js';

/**
 * Issues listed per problem. The rest is counted, not listed: 50,000 bad entries must not become
 * 50,000 list items. The `goesting-error` detail still carries every issue.
 */
export const SHOWN_ISSUES = 10;

type Localize = Pick<LocalizeController<Messages>, 'number'> & { t(key: string, params?: unknown): string };

/** An issue in the widget's language when the catalogue has its code, else its English message. */
function describeIssue(issue: ValidationIssue, l: Localize, catalogue: Messages): string {
  const key = `issue.${issue.code}`;
  return Object.hasOwn(catalogue, key) ? l.t(key, issue.params ?? {}) : issue.message;
}

/**
 * The visible error state every widget shows for bad host input: an alert with a summary per
 * problem, the first issues for the web team, and the reassurance that nothing typed is lost.
 */
export function renderErrorPanel(errors: readonly GoestingErrorDetail[], l: Localize, catalogue: Messages): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p class="error-title"><strong>${l.t('errorTitle')}</strong></p>
    ${errors.map((error) => {
      const more = error.issues.length - SHOWN_ISSUES;
      return html`<p>${l.t(`error.${error.code}`)}</p>
        <details>
          <summary>${l.t('errorDetails')}</summary>
          <ul>
            ${error.issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li><code>${issue.path || l.t('wholeInput')}</code>: ${describeIssue(issue, l, catalogue)}</li>`)}
            ${more > 0 ? html`<li>${l.t('moreIssues', { count: l.number(more, 0) })}</li>` : ''}
          </ul>
        </details>`;
    })}
    <p>${l.t('errorKeep')}</p>
  </div>`;
}
