/** A complete HTTP answer, whatever its status. */
export interface HttpResponse {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}
