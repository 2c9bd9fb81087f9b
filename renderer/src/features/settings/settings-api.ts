/**
 * The Settings page's calls to main that are not app-wide state (the site list and the settings
 * document live in stores/): one thin, typed function per channel, so components never name a channel.
 */
import type { ChannelInput } from '../../../../shared/contract';
import type { DoctorReport } from '../../../../shared/domain/doctor';
import type { CredentialReport, InstanceView } from '../../../../shared/domain/instance';
import { call } from '../../api';

/** Tries a saved site ({id}) or a draft's credentials against Jira and Tempo, saving nothing. */
export const testSite = (input: ChannelInput<'instances.test'>): Promise<CredentialReport> => call('instances.test', input);

/** Saves a new Jira site (its tokens go to the keychain in main). */
export const addSite = (input: ChannelInput<'instances.add'>): Promise<InstanceView> => call('instances.add', input);

/** Saves a site's changed name, address, email or tokens. */
export const updateSite = (input: ChannelInput<'instances.update'>): Promise<InstanceView> => call('instances.update', input);

/** Removes a saved site (main also forgets its tokens). */
export const removeSite = async (id: string): Promise<void> => {
  await call('instances.remove', { id });
};

/** Runs the health checks (`doctor`). */
export const runDoctor = (): Promise<DoctorReport> => call('doctor.run');
