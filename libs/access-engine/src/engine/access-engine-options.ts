export interface AccessEngineOptions {
  /**
   * Whether `base.group_no_one` ("Technical Features") counts in field `groups=`. Odoo counts it only
   * in debug mode, which any internal user can switch on: default true, the reach of a user.
   */
  readonly debugMode?: boolean;
}

export const DEFAULT_ENGINE_OPTIONS: Required<AccessEngineOptions> = { debugMode: true };
