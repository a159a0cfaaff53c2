/** Whose data a field holds: `employee`, `applicant`, `customer`… */
export interface DataSubject {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  /** Data of this subject is HR data. */
  readonly hr: boolean;
}
