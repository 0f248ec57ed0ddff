/** Constructors of another realm, as a page passing values out of an iframe would use them. */
export interface OtherRealm {
  readonly Object: ObjectConstructor;
  readonly Date: DateConstructor;
  /** Removes the iframe. */
  readonly close: () => void;
}

export function openOtherRealm(): OtherRealm {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const realm = frame.contentWindow as unknown as { Object: ObjectConstructor; Date: DateConstructor };
  return { Object: realm.Object, Date: realm.Date, close: () => frame.remove() };
}
