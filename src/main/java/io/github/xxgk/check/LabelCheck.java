package io.github.xxgk.check;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.LabelObservation;
import io.github.xxgk.table.bind.Labels;

import java.util.Map;

/**
 * Labels that differ from the format. Width, spacing and numbering style do not count; a label of an earlier
 * format version is named as such; a label that names another category of the same table changes what the row
 * means and is an error.
 */
public final class LabelCheck implements Check {

    @Override
    public void check(BoundReport report, Findings findings) {
        for (BoundTable table : report.tables().values()) {
            for (LabelObservation label : table.labels()) {
                check(table, label, findings);
            }
        }
    }

    private static void check(BoundTable table, LabelObservation label, Findings findings) {
        if (Labels.same(label.found(), label.expected())) {
            return;
        }
        String found = Labels.printed(label.found());
        Map<String, String> args = Map.of("found", found, "expected", label.expected(),
                "diff", LabelDiff.of(Labels.normalize(label.expected()), Labels.normalize(label.found())));
        Rule rule;
        if (label.formerLabels().stream().anyMatch(f -> Labels.same(f, label.found()))) {
            rule = Rule.LABEL_OLD_FORMAT;
        } else if (label.otherLabels().stream().anyMatch(o -> Labels.same(o, label.found()))) {
            rule = Rule.LABEL_WRONG_CATEGORY;
        } else {
            rule = Rule.LABEL_MISMATCH;
        }
        String rowId = label.kind() == LabelObservation.Kind.ROW ? label.specId() : null;
        String columnId = label.kind() == LabelObservation.Kind.COLUMN ? label.specId() : null;
        findings.onCell(rule, table, label.at(), rowId, columnId, label.expected(), found, label.expected(), args);
    }
}
