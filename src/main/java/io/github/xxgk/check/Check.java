package io.github.xxgk.check;

import io.github.xxgk.table.BoundReport;

/** One kind of check over a bound report. Implementations are small and stateless. */
public interface Check {
    void check(BoundReport report, Findings findings);
}
