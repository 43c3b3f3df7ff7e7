/** What the UI keeps after a create/rotate: the secret travels separately and only in component state. */
export interface IssuedSecret {
  tokenName: string;
  prefix: string;
  secret: string;
}
