/** The case file's port on PostgreSQL (pg-store.ts): the working copy's, except erasing. */
import type { CloseFollowupsOpts, DueFollowup, FollowupRow, FollowupStatus, ForgetReport, NewFollowup, RequestsStore, TableRows } from '../../features/case-file/requests-port.js';

/** The case file's port: the working copy's, except erasing, which goes to PostgreSQL. */
export class PgRequests implements RequestsStore {
  constructor(
    private readonly local: RequestsStore,
    readonly erase: (userId: string) => Promise<ForgetReport>,
    readonly eraseChild: (userId: string, caseId: number) => Promise<ForgetReport>,
  ) {}
  followupDays(userId: string): number {
    return this.local.followupDays(userId);
  }
  setFollowupDays(userId: string, days: number, at: string): void {
    this.local.setFollowupDays(userId, days, at);
  }
  openFollowup(f: NewFollowup): FollowupRow {
    return this.local.openFollowup(f);
  }
  getFollowup(userId: string, id: number): FollowupRow | undefined {
    return this.local.getFollowup(userId, id);
  }
  listFollowups(userId: string, opts?: { status?: FollowupStatus | undefined; caseId?: number | undefined }): FollowupRow[] {
    return this.local.listFollowups(userId, opts);
  }
  dueFollowups(nowIso: string): DueFollowup[] {
    return this.local.dueFollowups(nowIso);
  }
  markReminded(id: number, at: string): void {
    this.local.markReminded(id, at);
  }
  closeFollowups(userId: string, status: Exclude<FollowupStatus, 'open'>, at: string, opts?: CloseFollowupsOpts): number {
    return this.local.closeFollowups(userId, status, at, opts);
  }
  exportAll(userId: string): TableRows {
    return this.local.exportAll(userId);
  }
  /** Erasing completes before `erase` resolves: nothing to settle later. */
  settleErase(): Promise<void> {
    return Promise.resolve();
  }
}
