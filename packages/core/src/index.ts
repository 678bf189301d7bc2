export * from './model/index.js';
export { VERSION } from './version.js';
export { GoestingElement, defineElement, type ErrorSource } from './goesting-element.js';
export type { InputRule } from './input-rules.js';
export { GoestingFormElement, requiredValidator, type Validator } from './form-element.js';
export { GoestingDocumentElement } from './document-element.js';
export { parsedInput, type ParsedInputOptions } from './parsed-input.js';
export { LazyModule } from './lazy.js';
export { StagedList } from './staged-list.js';
export { perspectivesStyles, perspectivesView, type PerspectivesViewModule } from './perspectives.js';
export { GoestingProvider } from './provider.js';
export { settingsContext, type GoestingSettings } from './context.js';
export {
  emit,
  type GoestingWidgetTypes,
  type WidgetValue,
  type WidgetResult,
  type WidgetChangeDetail,
  type WidgetCompleteDetail,
  type GoestingChangeDetail,
  type GoestingCompleteDetail,
  type GoestingErrorDetail,
  type GoestingEventDetails,
} from './events.js';
export { LocalizeController, type Catalogues, type CatalogueLoader, type Message, type Messages, type LocalizeHost } from './localize.js';
export { coreMessages, type CoreMessages } from './core-messages.js';
export { themeStyles } from './theme.js';
export {
  sessionStorageAdapter,
  localStorageAdapter,
  callbackStorageAdapter,
  resolveStorage,
  type StorageAdapter,
} from './storage.js';
export { radarChart, type RadarOptions, type RadarSeries } from './charts/radar.js';
export { radarStyles } from './charts/radar.styles.js';
export { trendChart, type TrendOptions, type TrendSeries } from './charts/trend.js';
export { trendStyles } from './charts/trend.styles.js';
export { downloadFile } from './export.js';
export { printOn } from './print.js';
export { resultActions } from './result-actions.js';
export { choiceScale, choiceScaleStyles, type ChoiceScaleOptions } from './choice-scale.js';
export { cssProps, type CssProps } from './css-props.js';
export type { GoestingReflectDetail } from './reflect-event.js';
export type { GoestingPersonDetail } from './person-event.js';
export { focusPlanStyles, focusPlanView, type FocusPlanViewModule } from './focus-plan.js';
export type { FocusPlanContext, FocusPlanNames, FocusPlanUpdate, FocusTarget, FocusTargetKind } from './focus-plan-view.js';
export { GroupReportElement } from './group-report.js';
