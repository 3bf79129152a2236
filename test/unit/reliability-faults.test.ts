import { faultOutcome } from '../../bench/reliability/faults';
import type { Answer } from '../../bench/reliability/faults';

/** The figures of one fault, read from the answers the load got (bench/reliability/faults.ts). */
describe('a fault outcome', () => {
  const answer = (sentAt: number, ms: number, status: number, code = String(status)): Answer => ({ sentAt, ms, status, code, wrong: false });
  // Fault at 1000, Neo4j back at 5000.
  const answers = [
    answer(0, 100, 200),
    answer(900, 2000, 503, 'SERVICE_UNAVAILABLE'), // in flight at the fault
    answer(1010, 300, 503, 'SERVICE_UNAVAILABLE'), // the next request sent
    answer(1400, 50, 503, 'SERVICE_UNAVAILABLE'),
    answer(5100, 700, 200),
  ];

  it('reads the first failure, the next request, the slowest failure and the recovery', () => {
    expect(faultOutcome('killed', answers, 1000, 5000, 40)).toEqual({
      fault: 'killed',
      firstFailureAfterMs: 310,
      nextRequest: { ms: 300, status: 503 },
      worstFailureMs: 2000,
      recoveredAfterMs: 800,
      healthAfterMs: 40,
      statuses: { '200': 1, '503 SERVICE_UNAVAILABLE': 3 },
      wrongAnswers: 0,
      answers: 4,
    });
  });
});
