// Type test: React 19 JSX with the packages' `react` entries, generated from their manifests.
// `npm test` compiles this file.
import type {} from '@goesting/core/react.js';
import type {} from '@goesting/selfscan/react.js';
import type {} from '@goesting/network-circle/react.js';
import type {} from '@goesting/hope-scale/react.js';
import type {} from '@goesting/reflection-card/react.js';
import type {} from '@goesting/workability/react.js';
import type {} from '@goesting/plan/react.js';
import type {} from '@goesting/alliance-check/react.js';
import type { SelfscanValue } from '@goesting/selfscan';

export function Scan({ saved }: { saved: SelfscanValue }) {
  return (
    <goesting-selfscan
      name="scan"
      required
      variant="quick"
      value={saved}
      history={[saved]}
      strings={{ title: 'Onze teamscan' }}
      draft-key="team"
      ongoesting-complete={(event) => {
        const expertise: number | null = event.detail.result.pillars.expertise;
        void expertise;
      }}
      ongoesting-error={(event) => void event.detail.issues.length}
    />
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error: not a variant */}
      <goesting-selfscan variant="long" />
      <goesting-selfscan
        ongoesting-complete={(event) => {
          // @ts-expect-error: a self-scan result has no subscales
          void event.detail.result.subscales;
        }}
      />
      {/* @ts-expect-error: the provider's settings reach a widget through the provider only */}
      <goesting-selfscan settings={{ locale: 'en' }} />
      {/* @ts-expect-error: not a theme */}
      <goesting-provider theme="blue" />
    </>
  );
}

export function Provided({ saved }: { saved: SelfscanValue }) {
  return (
    <goesting-provider locale="fr-BE" theme="dark" storage="session" strings={{ title: 'Notre scan' }}>
      <goesting-selfscan value={saved} ongoesting-change={(event) => void event.detail.value.answers} />
    </goesting-provider>
  );
}

export function Others() {
  return (
    <>
      <goesting-network-circle view="list" ongoesting-change={(event) => void event.detail.value.people.length} />
      <goesting-hope-scale mode="goal-hope" variant="youth" ongoesting-complete={(event) => void event.detail.result.subscales} />
      <goesting-reflection-card template="gibbs" pillar="hope" print-size="a4" ongoesting-complete={(event) => void event.detail.value.action.text} />
      <goesting-workability-check variant="full" team="onthaal" ongoesting-complete={(event) => void event.detail.result} />
      <goesting-workability-report aggregate={undefined} reference ongoesting-error={(event) => void event.detail.code} />
      <goesting-selfscan-team aggregate={undefined} group="team-noord" ongoesting-error={(event) => void event.detail.code} />
      <goesting-plan
        mode="review"
        review-days={14}
        ongoesting-complete={(event) => void event.detail.result.balance.overloaded}
        ongoesting-person={(event) => void event.detail.person.label}
      />
      <goesting-alliance-check fill="separate" perspective="professional" client-ref="dossier-12" session={3} ongoesting-reflect={(event) => void event.detail.cell.dimension} />
      {/* @ts-expect-error: not a hope-scale mode */}
      <goesting-hope-scale mode="scale" />
      {/* @ts-expect-error: not a plan mode */}
      <goesting-plan mode="evaluation" />
      {/* @ts-expect-error: not a way of filling in */}
      <goesting-alliance-check fill="alone" />
    </>
  );
}
