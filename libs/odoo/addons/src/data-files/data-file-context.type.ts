import type { AddonModule } from '../manifest/addon-module.type';

/** The data file being read. */
export interface DataFileContext {
  readonly module: AddonModule;
  /** The path as opened. */
  readonly file: string;
  /** The path inside the addons path (`hr/security/hr_security.xml`), used in snapshot locations. */
  readonly moduleFile: string;
}
