// Type test: what a TypeScript host gets from the published packages without any framework.
// `npm test` compiles this file; a broken tag map or event map fails the run.
import '@goesting/selfscan/define.js';
import '@goesting/network-circle/define.js';
import '@goesting/hope-scale/define.js';
import '@goesting/workability/define.js';
import '@goesting/plan/define.js';
import '@goesting/alliance-check/define.js';
import type { GoestingSelfscan } from '@goesting/selfscan';

// Tags are typed by name.
const scan: GoestingSelfscan = document.createElement('goesting-selfscan');
const circle = document.querySelector('goesting-network-circle');
const hope = document.createElement('goesting-hope-scale');
const report = document.createElement('goesting-workability-report');
report.aggregate = await (await fetch('/api/report')).json();
// @ts-expect-error: the report takes a released aggregate, never individual results
report.responses = [];
scan.variant = 'full';
void report;
const mirror = document.createElement('goesting-selfscan-team');
mirror.aggregate = await (await fetch('/api/team-releases/latest')).json();
mirror.group = 'team-noord';
// @ts-expect-error: the team mirror takes a released aggregate, never self-scan results
mirror.results = [];
mirror.addEventListener('goesting-error', (event) => void event.detail.issues.length);
hope.mode = 'goal-hope';
hope.professional = true;
// @ts-expect-error: not a self-scan variant
scan.variant = 'long';

// Events are typed on every element and on document, and narrow on `detail.widget`.
scan.addEventListener('goesting-complete', (event) => {
  const pillars: Record<string, number | null> = event.detail.widget === 'selfscan' ? event.detail.result.pillars : {};
  // @ts-expect-error: a self-scan result has no subscales
  void event.detail.result.subscales;
  void pillars;
});
document.addEventListener('goesting-change', (event) => {
  if (event.detail.widget === 'network-circle') {
    const people: number = event.detail.value.people.length;
    void people;
  }
  if (event.detail.widget === 'hope-scale') {
    const scales: Record<string, number> = event.detail.value.scales;
    void scales;
  }
});
// The plan hands over people named in it, and its result carries the balance.
const plan = document.createElement('goesting-plan');
plan.network = circle?.value;
plan.addEventListener('goesting-person', (event) => {
  const role: 'network' | 'professional' = event.detail.person.role;
  void role;
});
document.addEventListener('goesting-complete', (event) => {
  if (event.detail.widget === 'plan') {
    const open: number = event.detail.result.balance.open;
    void open;
  }
});
// @ts-expect-error: not a plan mode
plan.mode = 'evaluation';

// The alliance check keeps each perspective's scores apart and asks for reflection cards.
const alliance = document.createElement('goesting-alliance-check');
alliance.fill = 'in-turn';
alliance.addEventListener('goesting-complete', (event) => {
  if (event.detail.widget === 'alliance-check') {
    const client: number | null | undefined = event.detail.result.perspectives['client']?.dimensions.bond;
    void client;
  }
});
alliance.addEventListener('goesting-reflect', (event) => {
  const pillar: string = event.detail.cell.pillar;
  void pillar;
});
// @ts-expect-error: not a way of filling in
alliance.fill = 'alone';

circle?.addEventListener('goesting-error', (event) => {
  const code: string = event.detail.code;
  // @ts-expect-error: issues are objects, not strings
  const first: string = event.detail.issues[0];
  void code;
  void first;
});
