import fs from 'node:fs';

/**
 * What a compiled Node addon (`.node`) says about the runtime it was built for, read from the
 * names it exports — the same names Node and Electron look up when they load it:
 * - `napi_register_module_v1`: an N-API module, loadable by any Node or Electron of its N-API level;
 * - `node_register_module_v<ABI>`: a module compiled against one runtime's headers, loadable only by
 *   a runtime with that NODE_MODULE_VERSION (Node 20 is 115; each Electron major has its own).
 * Export names are plain ASCII in ELF, Mach-O and PE files alike, so a byte search is enough and
 * the binary is never loaded (loading one of the wrong ABI is what we are trying to avoid).
 */
export interface AddonMarkers {
  napi: boolean;
  /** The NODE_MODULE_VERSION it was compiled for; null for a pure N-API module. */
  nodeAbi: number | null;
}

const NAPI = Buffer.from('napi_register_module_v1');
const NODE_ABI = /node_register_module_v(\d+)/;

export function readAddonMarkers(file: string): AddonMarkers {
  const bytes = fs.readFileSync(file);
  // latin1 maps every byte to one character, so offsets stay aligned and nothing is rejected.
  const match = NODE_ABI.exec(bytes.toString('latin1'));
  return { napi: bytes.includes(NAPI), nodeAbi: match ? Number(match[1]) : null };
}
