import type { Driver, Session, SessionConfig, Transaction } from 'neo4j-driver';

/** Cypher queries sent to Neo4j by one request. */
export class RoundTripCounter {
  count = 0;
}

type Work<T> = (tx: Transaction) => Promise<T> | T;

/** A transaction whose `run` calls are counted; everything else is the real transaction's. */
function countingTransaction<T extends object>(tx: T, counter: RoundTripCounter): T {
  return new Proxy(tx, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === 'run' && typeof value === 'function') {
        return (...args: unknown[]) => {
          counter.count += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A session whose queries are counted, whether run directly or in (managed) transactions. */
function countingSession(session: Session, counter: RoundTripCounter): Session {
  return new Proxy(session, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const method = value as (...a: unknown[]) => unknown;
      switch (prop) {
        case 'run':
          return (...args: unknown[]) => {
            counter.count += 1;
            return method.apply(target, args);
          };
        case 'executeRead':
        case 'executeWrite':
          return <T>(work: Work<T>, config?: unknown) => method.call(target, (tx: Transaction) => work(countingTransaction(tx, counter)), config);
        case 'beginTransaction':
          return (...args: unknown[]) => countingTransaction(method.apply(target, args) as Transaction, counter);
        default:
          return method.bind(target);
      }
    },
  });
}

/**
 * The driver as one request sees it: every session it opens counts its queries in `counter`.
 * Both the peer (as its `executionContext`) and the floor use it, so round trips are counted
 * the same way for them as the executor counts them for our server.
 */
export function countingDriver(driver: Driver, counter: RoundTripCounter): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === 'session' && typeof value === 'function') {
        return (config?: SessionConfig) => countingSession(target.session(config), counter);
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
