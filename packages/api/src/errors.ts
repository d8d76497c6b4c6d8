// The causes the router attaches to its TRPCErrors; the error formatter turns each into a stable
// `data` field that clients act on (resend, take a new client id, set a mutation aside, re-pull).

/** Carried as a TRPCError cause when pushed ids skip ahead; the client resends from `expected`. */
export class MutationGap extends Error {
  override name = 'MutationGap';
  constructor(readonly expected: number) {
    super(`mutation id gap: expected mutation ${expected} next`);
  }
}

/**
 * Carried as a TRPCError cause (CONFLICT) when a push's client id belongs to another device token:
 * two devices pushing as one client would skip each other's mutation ids and lose writes. The
 * client takes a new client id and pushes its queued mutations again under it.
 */
export class ClientIdTaken extends Error {
  override name = 'ClientIdTaken';
  constructor(readonly clientId: string) {
    super(
      `client id ${clientId} is in use by another device token; take a new client id and push again under it`,
    );
  }
}

/**
 * Carried as a TRPCError cause when a pushed mutation is refused for good (a stamp too far ahead,
 * a merged state over a cap): `path` names the field (`mutations.3.state.note.hlc`). The client
 * should set that mutation aside; resending it can never succeed.
 */
export class MutationRefused extends Error {
  override name = 'MutationRefused';
  readonly issues: Array<{ path: string[]; message: string }>;
  constructor(
    readonly id: number,
    readonly path: string,
    reason: string,
  ) {
    super(`mutation ${id} refused: ${reason} (${path})`);
    this.issues = [{ path: path.split('.'), message: reason }];
  }
}

/**
 * Carried as a TRPCError cause when a pull cursor is past the user's latest change: the database
 * was restored from an older backup, so the client must pull again from the start.
 */
export class CursorAhead extends Error {
  override name = 'CursorAhead';
  constructor(
    readonly cursor: number,
    readonly head: number,
  ) {
    super(
      `cursor ${cursor} is ahead of this collection (its latest change is ${head}): the server was restored from an older backup; pull again from the start`,
    );
  }
}
