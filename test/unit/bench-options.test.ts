import { parseOptions } from '../../bench/options';
import { costCurveSection, withCostCurve } from '../../bench/report';

describe('npm run bench -- --scale', () => {
  it('reads the multiples of the synthetic layer, smallest first, and refuses anything else with a sentence', () => {
    expect(parseOptions(['--scale', '1,10,100'], {}).scales).toEqual([1, 10, 100]);
    expect(parseOptions([], { BENCH_SCALE: '2' }).scales).toEqual([2]);
    expect(parseOptions([], {}).scales).toEqual([]);
    expect(() => parseOptions(['--scale', '10,1'], {})).toThrow('--scale must list each multiple once, smallest first (1,10,100): the curve adds to the layer as it goes.');
    expect(() => parseOptions(['--scale', '0'], {})).toThrow('--scale must list whole numbers from 1 to 1000, but it has "0".');
  });

  it('keeps the cost curve as its own section of the results file, replaced by the next curve', () => {
    const first = withCostCurve('# Benchmark results\n\nhead-to-head', '## Cost curve\n\nN=1');
    expect(first.startsWith('# Benchmark results\n\nhead-to-head\n\n<!-- cost curve')).toBe(true);
    expect(costCurveSection(first)).toContain('N=1');
    const second = withCostCurve(first, '## Cost curve\n\nN=10');
    expect(costCurveSection(second)).toContain('N=10');
    expect(second).not.toContain('N=1\n');
    expect(costCurveSection('# no curve')).toBe('');
  });
});
