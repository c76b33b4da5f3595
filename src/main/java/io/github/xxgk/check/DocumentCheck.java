package io.github.xxgk.check;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.bind.Labels;
import io.github.xxgk.template.Group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report document as a whole (text, Word, HTML only): the six parts of the format present and in order, their
 * numbering (「3、」 for 「三、」 is noted), and editing artefacts left in table cells.
 */
public final class DocumentCheck implements Check {

    private static final java.util.regex.Pattern TOP_LEVEL = java.util.regex.Pattern.compile("[一二三四五六七八九十\\d]+[、.]");

    @Override
    public void check(BoundReport report, Findings findings) {
        Grid grid = report.grid();
        if (grid == null || !grid.ragged()) {
            return;
        }
        for (Grid.TextLine a : grid.artefacts()) {
            findings.add(new Finding(Rule.DOCUMENT_EDITING_ARTEFACT, Rule.DOCUMENT_EDITING_ARTEFACT.severity(),
                    findings.file(), at(a.line()), null, null, null, "", a.text(), "", null, List.of(),
                    Map.of("text", a.text())));
        }
        if (grid.text().isEmpty()) {
            return;
        }
        int last = -1;
        for (Group part : report.format().parts()) {
            Grid.TextLine heading = heading(grid.text(), part);
            String printed = part.printed();
            if (heading == null) {
                findings.add(new Finding(Rule.DOCUMENT_PART_MISSING, Rule.DOCUMENT_PART_MISSING.severity(), findings.file(),
                        null, null, null, null, printed, "", printed, null, List.of(), Map.of("part", printed)));
                continue;
            }
            int index = grid.text().indexOf(heading);
            if (index < last) {
                findings.add(new Finding(Rule.DOCUMENT_PART_ORDER, Rule.DOCUMENT_PART_ORDER.severity(), findings.file(),
                        at(heading.line()), null, null, null, printed, heading.text(), printed, null, List.of(),
                        Map.of("part", printed, "found", heading.text())));
            }
            last = Math.max(last, index);
            String numbering = heading.text().strip();
            if (!Labels.normalize(numbering).startsWith(Labels.normalize(part.number()))) {
                findings.add(new Finding(Rule.DOCUMENT_PART_NUMBERING, Rule.DOCUMENT_PART_NUMBERING.severity(),
                        findings.file(), at(heading.line()), null, null, null, printed, heading.text(), printed, null,
                        List.of(), Map.of("part", printed, "found", heading.text())));
            }
        }
    }

    /** The first line that is the part's heading: its title, with any numbering, and little else. */
    private static Grid.TextLine heading(List<Grid.TextLine> lines, Group part) {
        String title = Labels.key(part.label());
        List<Grid.TextLine> candidates = new ArrayList<>();
        for (Grid.TextLine line : lines) {
            String key = Labels.key(line.text());
            if (key.length() <= title.length() + 4 && (key.equals(title) || Labels.similarity(line.text(), part.label()) >= 0.8
                    || key.endsWith(title) && key.length() <= title.length() + 4)) {
                candidates.add(line);
            }
        }
        // prefer the heading numbered as in the format, then any top-level numbering, over a sub-item 「（一）…」
        String number = Labels.normalize(part.number());
        return candidates.stream().filter(l -> Labels.normalize(l.text()).startsWith(number)).findFirst()
                .or(() -> candidates.stream().filter(l -> TOP_LEVEL.matcher(Labels.normalize(l.text())).lookingAt()).findFirst())
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    private static CellRef at(int line) {
        return new CellRef("正文", 0, 0, line);
    }
}
