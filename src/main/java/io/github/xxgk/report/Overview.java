package io.github.xxgk.report;

import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The files of a run in the order the reports list them: those with findings first, then the clean ones; each
 * keeps its number in the run (1-based, path order), which names its section ({@code file-3}).
 */
record Overview(List<Entry> withFindings, List<Entry> clean) {

    record Entry(int number, FileResult file) {
        String anchor() {
            return "file-" + number;
        }
    }

    static Overview of(CheckResult result) {
        List<Entry> withFindings = new ArrayList<>();
        List<Entry> clean = new ArrayList<>();
        for (int i = 0; i < result.files().size(); i++) {
            FileResult f = result.files().get(i);
            (f.findings().isEmpty() ? clean : withFindings).add(new Entry(i + 1, f));
        }
        return new Overview(List.copyOf(withFindings), List.copyOf(clean));
    }
}
