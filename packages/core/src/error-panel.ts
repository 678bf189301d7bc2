import { html, type TemplateResult } from 'lit';
import type { GoestingErrorDetail } from './events.js';
import type { ValidationIssue } from './model/index.js';

type Translate = (key: string, params?: unknown) => string;

/** An issue in the widget's language when the catalogue has its code, else its English message. */
function describeIssue(issue: ValidationIssue, t: Translate, hasKey: (key: string) => boolean): string {
  const key = `issue.${issue.code}`;
  return hasKey(key) ? t(key, issue.params ?? {}) : issue.message;
}

/**
 * The visible error state every widget shows for bad host input: an alert with a summary per
 * problem, the details for the web team, and the reassurance that nothing typed is lost.
 */
export function renderErrorPanel(errors: readonly GoestingErrorDetail[], t: Translate, hasKey: (key: string) => boolean): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p class="error-title"><strong>${t('errorTitle')}</strong></p>
    ${errors.map(
      (error) => html`<p>${t(`error.${error.code}`)}</p>
        <details>
          <summary>${t('errorDetails')}</summary>
          <ul>
            ${error.issues.map((issue) => html`<li><code>${issue.path || t('wholeInput')}</code>: ${describeIssue(issue, t, hasKey)}</li>`)}
          </ul>
        </details>`,
    )}
    <p>${t('errorKeep')}</p>
  </div>`;
}
