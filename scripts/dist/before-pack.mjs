// electron-builder's beforePack hook (electron-builder.yml). It loads hooks with import(), so this
// file is plain JavaScript and hands over to the TypeScript module through tsx.
import { tsImport } from 'tsx/esm/api';

export default async function beforePack(context) {
  const { stageElectronBinding } = await tsImport('./stage-electron-binding.ts', import.meta.url);
  const { electronRebuild } = await tsImport('../native/electron-rebuild.ts', import.meta.url);
  await stageElectronBinding(context, { rebuild: electronRebuild });
}
