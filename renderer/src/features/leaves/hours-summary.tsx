import type { PersonHours } from '../../../../shared/domain/leaves';
import { diffTone, formatHours, signedHours } from '../../format';

export function HoursSummary({ report }: { report: readonly PersonHours[] }) {
  return (
    <section className="card lv-panel" aria-labelledby="lv-hours-title">
      <header className="lv-panel__head">
        <h2 id="lv-hours-title" className="lv-panel__title">
          Expected hours
        </h2>
      </header>
      <p className="lv-panel__text u-muted">Working days × 8 h, minus holidays and approved leaves, against the time logged in Jira this month.</p>
      {report.length === 0 ? (
        <p className="lv-empty-line u-muted">Nobody to report on yet. Sync worklogs on the Sync page first.</p>
      ) : (
        <div className="lv-table-wrap">
          <table className="data-table lv-table lv-hours" aria-label="Expected hours">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="num">
                  Expected
                </th>
                <th scope="col" className="num">
                  Logged
                </th>
                <th scope="col" className="num">
                  Leave
                </th>
                <th scope="col" className="num">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              {report.map((p) => {
                const diff = p.loggedSeconds - p.expectedSeconds;
                const tone = diffTone(diff);
                return (
                  <tr key={p.accountId} data-account-id={p.accountId}>
                    <td className="lv-table__name">{p.name}</td>
                    <td className="num" data-col="expected">
                      {formatHours(p.expectedSeconds)}
                    </td>
                    <td className="num" data-col="logged">
                      {formatHours(p.loggedSeconds)}
                    </td>
                    <td className="num" data-col="leave">
                      {p.leaveSeconds > 0 ? formatHours(p.leaveSeconds) : <span className="lv-muted">—</span>}
                    </td>
                    <td className="num" data-col="difference">
                      <span className={`lv-diff lv-diff--${tone}`}>{signedHours(diff)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
