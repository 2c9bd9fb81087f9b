import { useEffect, useId, useState } from 'react';
import type { TempoTeamView } from '../../../../shared/domain/team';
import { errorMessage } from '../../api-error';
import { plural } from '../../format';
import { Button } from '../../components/button';
import { useInstancesStore } from '../../stores/instances-store';
import { useToastStore } from '../../stores/toast-store';
import { readTempoTeams } from './team-api';
import { useTempoLinkStore } from './tempo-link-store';
import './tempo-team.css';


/**
 * "Import from Tempo team": beside "Add everyone seen in a period", for sites with a Tempo token.
 * Linking fills "my team" with the Tempo team's members (main keeps it in step at each sync of that
 * site); once linked this shows which team and offers to unlink (the members stay).
 */
export function ImportTempoTeam({ onError }: { onError(message: string | null): void }) {
  const sites = useInstancesStore((s) => s.items).filter((i) => i.tempo.tokenSaved);
  const { link, load, linkTo, unlink } = useTempoLinkStore();
  const [open, setOpen] = useState(false);
  const [siteId, setSiteId] = useState('');
  const [teams, setTeams] = useState<{ siteId: string; list: TempoTeamView[] } | null>(null);
  const [teamId, setTeamId] = useState('');
  const [busy, setBusy] = useState(false);
  const siteField = useId();
  const teamField = useId();
  const site = sites.find((s) => s.id === siteId) ?? sites[0];

  useEffect(() => {
    load().catch((e: unknown) => onError(errorMessage(e)));
    // onError is the dialog's setter: stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  // The chosen site's teams, read from Tempo when the picker opens or the site changes (a stale list
  // never shows: `list` below only takes the chosen site's, and opening clears it).
  useEffect(() => {
    if (!open || !site) return;
    let live = true;
    readTempoTeams(site.id).then(
      (list) => live && (setTeams({ siteId: site.id, list }), setTeamId(list[0] ? String(list[0].id) : '')),
      (e: unknown) => live && (setTeams({ siteId: site.id, list: [] }), onError(errorMessage(e))),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, site?.id]);

  if (link) {
    const linkedSite = sites.find((s) => s.id === link.instanceId);
    return (
      <section className="team-tempo team-tempo--linked" aria-label="Tempo team">
        <p className="team-tempo__status">
          Linked to Tempo team <strong>{link.teamName}</strong>
          {linkedSite && sites.length > 1 ? ` on ${linkedSite.name}` : ''} — kept in step at each sync.
        </p>
        <Button
          size="sm"
          pending={busy}
          onClick={() => {
            setBusy(true);
            onError(null);
            unlink().then(
              () => useToastStore.getState().show(`Unlinked from ${link.teamName}. Your team keeps its members.`),
              (e: unknown) => onError(errorMessage(e)),
            ).finally(() => setBusy(false));
          }}
        >
          Unlink
        </Button>
      </section>
    );
  }

  if (!site) return null;

  if (!open) {
    return (
      <section className="team-tempo" aria-label="Tempo team">
        <Button size="sm" onClick={() => (onError(null), setTeams(null), setOpen(true))}>
          Import from Tempo team
        </Button>
      </section>
    );
  }

  const list = teams?.siteId === site.id ? teams.list : null;
  const importTeam = async (): Promise<void> => {
    const chosen = list?.find((t) => String(t.id) === teamId);
    if (!chosen) {
      onError('Choose a Tempo team to import.');
      return;
    }
    setBusy(true);
    onError(null);
    try {
      const view = await linkTo(site.id, chosen.id);
      useToastStore.getState().show(`Imported ${view.teamName}: ${plural(view.members, 'member', 'members')}, ${plural(view.added, 'person', 'people')} added to your team.`);
      setOpen(false);
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="team-tempo team-tempo--picker">
      <legend className="field__label">Import from Tempo team</legend>
      <div className="team-tempo__bar">
        {sites.length > 1 && (
          <>
            <label className="visually-hidden" htmlFor={siteField}>
              Jira site
            </label>
            <select id={siteField} className="select team-tempo__select" value={site.id} onChange={(e) => setSiteId(e.target.value)}>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </>
        )}
        <label className="visually-hidden" htmlFor={teamField}>
          Tempo team
        </label>
        <select id={teamField} className="select team-tempo__select" value={teamId} disabled={!list || list.length === 0} onChange={(e) => setTeamId(e.target.value)}>
          {list === null ? (
            <option value="">Loading Tempo teams…</option>
          ) : list.length === 0 ? (
            <option value="">No Tempo teams on {site.name}</option>
          ) : (
            list.map((t) => (
              <option key={t.id} value={String(t.id)}>
                {t.name}
              </option>
            ))
          )}
        </select>
        <Button variant="primary" size="sm" pending={busy} disabled={!list || list.length === 0} onClick={() => void importTeam()}>
          Import
        </Button>
        <Button size="sm" variant="ghost" onClick={() => (onError(null), setOpen(false))}>
          Cancel
        </Button>
      </div>
      <p className="team-tempo__hint">Its members join your team with their commitment, and follow the Tempo team at each sync. People you added yourself always stay.</p>
    </fieldset>
  );
}
