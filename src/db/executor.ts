import neo4j from 'neo4j-driver';
import type { BookmarkManager, Driver, QueryResult, RecordShape, Session } from 'neo4j-driver';
import { toNeo4jParams, toPlain } from './convert';
import type { Plain } from './convert';
import type { CypherCatalog } from './cypher-catalog';
import { Neo4jAvailability, unavailableReason, within } from './availability';
import type { Neo4jHealth } from './availability';
import { mapNeo4jError } from './map-error';
import { PlanWarmer, warmUp } from './warm-up';
import type { PlanRequest, WarmUpReport } from './warm-up';
import { ServiceUnavailableError } from '../errors';

export type Params = Record<string, unknown>;

/** What `Executor.transaction` hands its work: a managed or an explicit transaction. */
interface TransactionLike {
  run(query: string, params: Params): Promise<QueryResult<RecordShape>>;
}

/**
 * Beyond the transaction timeout, how long a silent Neo4j is waited for before a request
 * gives up on it: Neo4j's timeout monitor wakes every 2 s by default, plus a second.
 */
const NO_ANSWER_GRACE_MS = 3_000;
export type Row = Record<string, Plain>;

/** One statement of a multi-statement write transaction (Executor.writeTogether). */
export interface WriteStep {
  readonly text: string;
  readonly params?: Params;
  /** Throws when the rows show the step went wrong; the transaction is then rolled back. */
  readonly verify?: (rows: Row[]) => void;
}

/** What `Executor.stream` hands its caller, in order: the column names once, then each row. */
export interface RowSink {
  /** Called once before any row (also when there are none), with the columns in order. */
  columns?(keys: string[]): void | Promise<void>;
  /** Called per row as it arrives; a returned promise is awaited, so a slow consumer slows the fetch. */
  row(row: Row): void | Promise<void>;
}

/** The end of a streamed result: how many rows came, and what a write changed. */
export interface StreamSummary {
  readonly rows: number;
  /** Non-zero update counters (`nodesCreated`, `propertiesSet`, ...); empty for a read. */
  readonly updates: Readonly<Record<string, number>>;
}

/** Counts the Cypher queries and transactions of one GraphQL request (exposed in the response's extensions). */
export class QueryStats {
  /** Cypher queries sent. */
  roundTrips = 0;
  /** Read transactions they were sent in: one per resolver level, see ReadWindow. */
  transactions = 0;
}

interface PendingRead {
  readonly text: string;
  readonly params: Params;
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

/**
 * Gathers the reads one request issues in the same turn of the event loop (the batches every
 * DataLoader of one resolver level dispatches together) and sends them in ONE read
 * transaction, pipelined on one connection: a session and a BEGIN/COMMIT per level instead of
 * per query, which measured about half of Neo4j's CPU per small query.
 */
class ReadWindow {
  private pending: PendingRead[] = [];

  constructor(private readonly flush: (batch: PendingRead[]) => Promise<void>) {}

  add(text: string, params: Params): Promise<Row[]> {
    return new Promise<Row[]>((resolve, reject) => {
      this.pending.push({ text, params, resolve, reject });
      if (this.pending.length === 1) {
        // setImmediate runs after every nextTick and promise job of this turn, so all the
        // DataLoader batches of a level are in the window when it closes.
        setImmediate(() => {
          const batch = this.pending;
          this.pending = [];
          void this.flush(batch);
        });
      }
    });
  }
}

/**
 * The one place the driver is called. Picks a read or write transaction, passes the
 * database, converts results to plain JS and maps Neo4j errors to the project's errors.
 * Queries are named (`regency/by-codes`) and come from the Cypher catalog.
 */
export class Executor {
  private readonly window: ReadWindow | undefined;
  private readonly availability: Neo4jAvailability;
  /** The reads requests served, to plan again when Neo4j comes back (src/db/warm-up.ts). */
  private readonly warmer: PlanWarmer;
  private warming: Promise<WarmUpReport> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly catalog: CypherCatalog,
    private readonly stats?: QueryStats,
    shared?: { readonly availability: Neo4jAvailability; readonly bookmarks: BookmarkManager; readonly warmer: PlanWarmer; readonly transactionTimeoutMs?: number },
  ) {
    this.window = stats ? new ReadWindow((batch) => this.readTogether(batch)) : undefined;
    this.availability = shared?.availability ?? new Neo4jAvailability(driver, database);
    this.bookmarks = shared?.bookmarks ?? neo4j.bookmarkManager();
    this.warmer = shared?.warmer ?? new PlanWarmer();
    this.transactionTimeoutMs = shared?.transactionTimeoutMs;
  }

  /**
   * Causal consistency across sessions: every session of this process reads after the writes
   * it has seen committed (against a cluster, a read replica waits until it has them too).
   */
  private readonly bookmarks: BookmarkManager;

  /** Neo4j stops this executor's transactions after this long; undefined: no limit (seed, researchers' command). */
  private readonly transactionTimeoutMs: number | undefined;

  /**
   * An executor sharing the driver for one request: it counts the request's queries, sends
   * the reads of each resolver level in one transaction, and has Neo4j stop any transaction
   * running longer than `transactionTimeoutMs` (QUERY_TIMEOUT).
   */
  forRequest(stats: QueryStats, transactionTimeoutMs?: number): Executor {
    return new Executor(this.driver, this.database, this.catalog, stats, { availability: this.availability, bookmarks: this.bookmarks, warmer: this.warmer, transactionTimeoutMs });
  }

  /**
   * Plans the API's queries in Neo4j (see src/db/warm-up.ts), in the background, one query at
   * a time, each given `timeoutMs`: now, the catalog files `names` that need no compiled
   * slots, or only slots `fixed` fills (the page of a nested list, the same for every request);
   * each time Neo4j comes back, the reads served so far and only those, so the
   * warm-up does not compete for long with the clients' own first requests. `report` hears
   * how each warm-up went.
   */
  keepPlansWarm(names: readonly string[], timeoutMs: number, report: (result: WarmUpReport) => void, fixed: Readonly<Record<string, string>> = {}): void {
    const statements = names.filter((name) => this.catalog.slotsOf(name).every((slot) => slot in fixed)).map((name) => this.catalog.renderFixed(name, fixed));
    this.availability.onBack(() => void this.warmPlans([], timeoutMs).then(report));
    void this.warmPlans(statements, timeoutMs).then(report);
  }

  /** Resolves once no warm-up is running (a stopping server waits for it, so nothing runs on after). */
  async plansSettled(): Promise<void> {
    await this.warming?.catch(() => undefined);
  }

  /** One warm-up at a time: a second asked for meanwhile waits for the first and then runs. */
  warmPlans(statements: readonly string[], timeoutMs: number): Promise<WarmUpReport> {
    const previous = this.warming ?? Promise.resolve(undefined);
    const next = previous.then(() =>
      warmUp(this.warmer.plans(statements), (request) => this.explain(request, timeoutMs), () => this.availability.isUp()),
    );
    this.warming = next;
    return next;
  }

  private async explain(request: PlanRequest, timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(`EXPLAIN ${request.text}`, toNeo4jParams(request.params) as Params), { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  /** Runs a named read query from `cypher/` and returns its rows as plain objects. */
  read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readText(this.catalog.get(name), params);
  }

  /** Runs a named read query whose `{{slots}}` are filled with compiled fragments (see CypherCatalog.render). */
  readRendered(name: string, fragments: Readonly<Record<string, string>>, params: Params = {}): Promise<Row[]> {
    return this.readText(this.catalog.render(name, fragments), params);
  }

  /** Runs a named read query whose `{{slots}}` are filled with fragments fixed at start-up (see CypherCatalog.renderFixed). */
  readFixed(name: string, fragments: Readonly<Record<string, string>>, params: Params = {}): Promise<Row[]> {
    return this.readText(this.catalog.renderFixed(name, fragments), params);
  }

  /**
   * Runs read Cypher built for one request's selection (src/compile/): counted and sent in the
   * request's read window as the catalog's queries are. Its text depends only on the
   * selection's shape, never on values, so Neo4j's plan cache serves it.
   */
  readCompiled(text: string, params: Params = {}): Promise<Row[]> {
    return this.readText(text, params);
  }

  private readText(text: string, params: Params): Promise<Row[]> {
    if (!this.window || !this.stats) return this.run('READ', text, params);
    this.stats.roundTrips += 1;
    return this.window.add(text, params);
  }

  /** Sends a window of reads in one read transaction; if it fails, every read in it fails. */
  private async readTogether(batch: PendingRead[]): Promise<void> {
    if (this.stats) this.stats.transactions += 1;
    try {
      const results = await this.inSession('READ', (session) =>
        this.transaction(session, 'READ', (tx) => Promise.all(batch.map((read) => tx.run(read.text, toNeo4jParams(read.params) as Params)))),
      );
      results.forEach((result, i) => {
        this.warmer.record(batch[i].text, batch[i].params);
        batch[i].resolve(rowsOf(result));
      });
    } catch (error) {
      for (const read of batch) read.reject(error);
    }
  }

  /** Runs a named write query from `cypher/`. */
  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', this.catalog.get(name), params);
  }

  /**
   * Runs Cypher texts one after another in one write transaction: all of them or none. Each
   * step may check its rows (`verify` throws), which rolls the whole transaction back.
   */
  writeTogether(steps: readonly WriteStep[]): Promise<Row[][]> {
    if (this.stats) {
      this.stats.roundTrips += steps.length;
      this.stats.transactions += 1;
    }
    return this.inSession('WRITE', (session) =>
      this.transaction(session, 'WRITE', async (tx) => {
        const results: Row[][] = [];
        for (const step of steps) {
          const rows = rowsOf(await tx.run(step.text, toNeo4jParams(step.params ?? {}) as Params));
          step.verify?.(rows);
          results.push(rows);
        }
        return results;
      }),
    );
  }

  /**
   * Runs `work` in one write transaction in which later statements depend on what earlier
   * ones read (the curated layer: take its lock, read the sources the graph stores, then write):
   * all of it or none. Managed, so the driver retries it on a transient failure: `work` must
   * read again what it depends on, which it does by running everything through `run`.
   */
  writeWith<T>(work: (run: (text: string, params?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    if (this.stats) this.stats.transactions += 1;
    return this.inSession('WRITE', (session) =>
      this.transaction(session, 'WRITE', (tx) =>
        work(async (text, params = {}) => {
          if (this.stats) this.stats.roundTrips += 1;
          return rowsOf(await tx.run(text, toNeo4jParams(params) as Params));
        }),
      ),
    );
  }

  /** Runs Cypher text that is not in the catalog (seed batches, schema statements, researcher files). */
  runText(mode: 'READ' | 'WRITE', text: string, params: Params = {}): Promise<Row[]> {
    return this.run(mode, text, params);
  }

  /**
   * Runs Cypher text and hands each row to `sink` as it arrives, never holding the whole
   * result (the researchers' command prints all 83,763 villages this way). An auto-commit
   * transaction rather than a managed one: a retry would replay rows already handed on,
   * and `CALL { ... } IN TRANSACTIONS` only runs in auto-commit. In READ mode Neo4j itself
   * refuses any write, which surfaces as WriteInReadModeError.
   */
  async stream(mode: 'READ' | 'WRITE', text: string, params: Params, sink: RowSink): Promise<StreamSummary> {
    if (this.stats) this.stats.roundTrips += 1;
    return this.inSession(mode, async (session) => {
      const result = session.run(text, toNeo4jParams(params) as Params, this.txConfig());
      // Keys come before any record, so a header can be printed even for zero rows.
      if (sink.columns) await sink.columns(await result.keys());
      let rows = 0;
      for await (const record of result) {
        rows += 1;
        await sink.row(toPlain(record.toObject()) as Row);
      }
      const counters = (await result.summary()).counters.updates();
      const updates = Object.fromEntries(Object.entries(counters).filter(([, n]) => n > 0));
      return { rows, updates };
    });
  }

  /** Whether Neo4j answers now and, if not, why and since when (for /health). */
  health(): Promise<Neo4jHealth> {
    return this.availability.check();
  }

  private async run(mode: 'READ' | 'WRITE', text: string, params: Params): Promise<Row[]> {
    if (this.stats) {
      this.stats.roundTrips += 1;
      this.stats.transactions += 1;
    }
    const prepared = toNeo4jParams(params) as Params;
    const rows = await this.inSession(mode, async (session) => rowsOf(await this.transaction(session, mode, (tx) => tx.run(text, prepared))));
    // Only a request's reads: the seed's writes and the researchers' queries are not served again.
    if (mode === 'READ' && this.stats) this.warmer.record(text, params);
    return rows;
  }

  private txConfig(): { timeout?: number } {
    return this.transactionTimeoutMs === undefined ? {} : { timeout: this.transactionTimeoutMs };
  }

  /**
   * Runs `work` in one transaction. Without a timeout (seed, researchers' command) a managed
   * one, which the driver retries on transient failures (a deadlock between concurrent seeds).
   * A request's is tried once, with Neo4j's timeout: its client is answered at once with
   * SERVICE_UNAVAILABLE and Retry-After rather than held through the driver's retries.
   */
  private async transaction<T>(session: Session, mode: 'READ' | 'WRITE', work: (tx: TransactionLike) => Promise<T>): Promise<T> {
    if (this.transactionTimeoutMs === undefined) return mode === 'READ' ? session.executeRead(work) : session.executeWrite(work);
    const tx = session.beginTransaction(this.txConfig());
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (error) {
      // Not awaited: on a connection Neo4j dropped (killed, restarting) a rollback can wait a
      // long time for an answer that never comes, and the client should hear at once.
      void tx.rollback().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Opens a session in the access mode, runs `work`, maps Neo4j's errors, always closes it.
   * Fails at once while Neo4j is known down, and marks it down when it cannot be reached.
   * With a transaction timeout, Neo4j itself stops a slow query; a Neo4j that does not answer
   * at all (paused) is given up on NO_ANSWER_GRACE_MS after that, without waiting for the
   * session, and probed.
   */
  private inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    this.availability.assertUp();
    const running = this.runSession(mode, work);
    if (this.transactionTimeoutMs === undefined) return running;
    const giveUpMs = this.transactionTimeoutMs + NO_ANSWER_GRACE_MS;
    return within(running, giveUpMs, () => {
      this.availability.suspect();
      return new ServiceUnavailableError(`The graph database (Neo4j) did not answer within ${giveUpMs} ms; try again shortly.`);
    });
  }

  private async runSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    let session: Session | undefined;
    try {
      session = this.driver.session({
        database: this.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarkManager: this.bookmarks,
      });
      return await work(session);
    } catch (error) {
      const mapped = mapNeo4jError(error);
      if (mapped instanceof ServiceUnavailableError) this.availability.markDown(unavailableReason(error));
      throw mapped;
    } finally {
      if (session) await session.close().catch(() => undefined);
    }
  }
}

function rowsOf(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
