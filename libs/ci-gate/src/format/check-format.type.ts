export const CHECK_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;

export type CheckFormat = (typeof CHECK_FORMATS)[number];
