package io.github.xxgk.identity;

import io.github.xxgk.read.Numbers;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report says of itself: the year a text states, and whether a text is the report's title and which agency
 * and year it names. The one reading of both for the year that chooses the format version
 * ({@code table.bind.ReportYear}) and for the identity that checks across reports compare ({@link IdentityResolver}),
 * so that a report never has a year for one and none, or another, for the other.
 *
 * <ul>
 *   <li>Texts are read through {@link Numbers#normalized}: full-width digits and brackets (「２０２０」「（2020）」) are
 *   read as half-width ones; spaces of any width are ignored. The agency is given as printed (full-width brackets
 *   stay), spaces removed, as {@link IdentityResolver#agencyName} gives the cover's.</li>
 *   <li>A <b>year</b> is four digits standing alone, not part of a longer number or of a run of letters and digits
 *   such as a date or a hash in a file name (「20210315」, 「a2019b」), from {@value #FIRST_YEAR} — the first year
 *   reported on under the regulation, in force since 1 May 2008 (the formats to check against are those of 2019 and
 *   2021) — to {@value #LAST_YEAR}. Other four digits (「1234」, 「9999」) are no year. A text that states two
 *   different years (「2021-2022」) states none: nothing is guessed.</li>
 *   <li>A <b>title</b> is the name of the report with its year, 「年」 or 「年度」 after it, the year in brackets or not,
 *   the agency before or after it: 「南关区政府办公室2022年政府信息公开工作年度报告」, 「2023年南关区政府办公室政府信息公开
 *   工作年度报告」, 「某局（2024）年度政府信息公开工作年度报告」, 「2022年政府信息公开工作年度报告」 (no agency). The name may be
 *   政府信息公开工作年度报告 or its variants 政府信息公开年度报告, 政府信息公开工作报告, 政府信息公开年度工作报告.</li>
 *   <li>A sentence that names the report (「现公布2022年度长春高新区政府信息公开年度报告。」) gives its year but no
 *   agency: where the agency's name begins in a sentence cannot be told. The words a title's sentence opens with
 *   are not the agency's (「现公布2022年度…报告」 names none, 「关于某市财政局2022年度…报告的公告」 names 某市财政局).</li>
 * </ul>
 *
 * @param agency the agency the title names as printed (spaces removed), null when it names none
 */
public record ReportTitle(String agency, int year) {

    /** The first year a report can be for: the regulation has applied since 1 May 2008. */
    public static final int FIRST_YEAR = 2008;
    /** The last year read as one; later four-digit numbers are taken for something else. */
    public static final int LAST_YEAR = 2099;
    /** Rows of each sheet (non-blank lines of a document) searched for the title. */
    public static final int TOP_ROWS = 40;
    /** Longest text read as a title; longer ones are prose, read only for a sentence naming the report. */
    static final int TITLE_LENGTH = 120;

    private static final String NAME = "政府信息公开(?:工作)?(?:年度)?(?:工作)?报告";
    private static final String YEAR_THEN = "\\(?(?<![0-9A-Za-z])(\\d{4})\\)?年度?";
    private static final String AGENCY = "[^。，,；;：:！!？?]";
    private static final Pattern YEAR = Pattern.compile("(?<![0-9A-Za-z])(\\d{4})(?![0-9A-Za-z])");
    private static final Pattern YEAR_FIRST = Pattern.compile(YEAR_THEN + "(" + AGENCY + "{0,50}?)" + NAME);
    private static final Pattern AGENCY_FIRST = Pattern.compile("(" + AGENCY + "{1,50}?)" + YEAR_THEN + NAME);
    private static final Pattern MENTION = Pattern.compile(YEAR_THEN + "[^\\d。，,；;：:]{0,20}?" + NAME);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u1680\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+");
    /**
     * The words a sentence that names the report opens with, before the agency if it names one: 「现公布2022年度…报告」,
     * 「关于某市财政局2022年度…报告的公告」, 「现将2022年…报告公布如下」, 「特此发布…」. They are cut from the agency, never
     * looked for inside it (「…预警信息发布中心」, 「新闻发布办公室」 are agencies).
     */
    private static final Pattern SENTENCE_START =
            Pattern.compile("^(?:关于|根据|按照|依据|依照|(?:现|特此|兹)(?:将|予)?(?:公布|发布|印发)|现将)+");
    private static final String OPENING_QUOTES = "《「“\"";
    private static final String CLOSING_QUOTES = "》」”\"";

    /** The one year the text states (a cover field, a file name, a path segment), if it states exactly one. */
    public static OptionalInt year(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalInt.empty();
        }
        int[] years = years(Numbers.normalized(text));
        return years.length == 1 ? OptionalInt.of(years[0]) : OptionalInt.empty();
    }

    /** The different years the text states, in order: four digits standing alone, of the years read. */
    private static int[] years(String text) {
        Matcher m = YEAR.matcher(text);
        return m.results().mapToInt(r -> Integer.parseInt(r.group(1))).filter(y -> y >= FIRST_YEAR && y <= LAST_YEAR)
                .distinct().toArray();
    }


    /** The title the text is, or the report a sentence names (agency null); most texts are neither. */
    public static Optional<ReportTitle> of(String text) {
        if (text == null || text.indexOf('报') < 0 || !hasDigit(text)) {
            return Optional.empty(); // most cells, a table's title among them: said without normalising or a regex
        }
        String printed = compress(text);
        if (!printed.contains("政府信息公开") || !printed.contains("报告")) {
            return Optional.empty();
        }
        String t = Numbers.normalizedInPlace(printed); // the agency is cut from the text as printed
        if (text.length() <= TITLE_LENGTH) {
            Matcher y = YEAR_FIRST.matcher(t);
            Matcher a = AGENCY_FIRST.matcher(t);
            int agency = y.lookingAt() ? 2 : a.lookingAt() ? 1 : 0;
            if (agency > 0) {
                Matcher m = agency == 2 ? y : a;
                if (hasYear(m.group(agency))) {
                    return Optional.empty(); // 「2021-2022年…报告」: no title of one report, nor 「2021-」 an agency
                }
                String named = SENTENCE_START.matcher(printed.substring(m.start(agency), m.end(agency))).replaceFirst("");
                return of(named, m.group(agency == 2 ? 1 : 2));
            }
        }
        Matcher m = MENTION.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        // the clause that names the report states its year only (「现公布2021年度、2022年度…报告」 states two)
        int clause = m.start();
        while (clause > 0 && "。，,；;：:".indexOf(t.charAt(clause - 1)) < 0) {
            clause--;
        }
        return year(t.substring(clause, m.end())).isPresent() ? of(null, m.group(1)) : Optional.empty();
    }

    /** Whether the text has a year of its own (a four-digit number, standing alone, of the years read). */
    private static boolean hasYear(String text) {
        return years(text).length > 0;
    }



    private static Optional<ReportTitle> of(String agency, String digits) {
        int y = Integer.parseInt(digits);
        return y < FIRST_YEAR || y > LAST_YEAR ? Optional.empty()
                : Optional.of(new ReportTitle(agency == null || agency.isEmpty() ? null : agency, y));
    }

    /**
     * The first title near the top of the grid: a document's first {@value #TOP_ROWS} non-blank lines (a title broken
     * over two lines, 「…2022年政府信息公开」「工作年度报告」, joined), then the first {@value #TOP_ROWS} rows of each sheet.
     */
    public static Optional<ReportTitle> find(Grid grid) {
        List<String> lines = grid.text().stream().map(l -> l.text().strip()).filter(t -> !t.isEmpty()).limit(TOP_ROWS)
                .toList();
        for (int i = 0; i < lines.size(); i++) {
            Optional<ReportTitle> t = of(lines.get(i));
            if (t.isEmpty() && i + 1 < lines.size() && !lines.get(i).contains("报告")) {
                t = of(lines.get(i) + lines.get(i + 1));
            }
            if (t.isPresent()) {
                return t;
            }
        }
        for (GridSheet sheet : grid.sheets()) {
            for (int r = 0; r < Math.min(sheet.rows(), TOP_ROWS); r++) {
                for (GridCell cell : sheet.row(r)) {
                    Optional<ReportTitle> t = of(cell.text());
                    if (t.isPresent()) {
                        return t;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text has a digit, half- or full-width: every title and sentence naming the report has its year. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text as printed, spaces of any width removed, title brackets and quotes stripped from its ends. In one pass
     * each: a regex stripping a run at the end ({@code [》」]+$}) tries the run again from each of its characters, and
     * a cell of 80,000 「》」 took 27 s.
     */
    static String compress(String text) {
        String t = SPACES.matcher(text).replaceAll("");
        int from = 0;
        int to = t.length();
        while (from < to && OPENING_QUOTES.indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && CLOSING_QUOTES.indexOf(t.charAt(to - 1)) >= 0) {
            to--;
        }
        return t.substring(from, to);
    }
}
