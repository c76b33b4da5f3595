package io.github.xxgk.report.xlsx;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.Set;

/**
 * The workbook part of the annotated copy: the findings sheet first, open and printing its header row on every
 * page; names that belong to a sheet keep their sheet (their index moves by one).
 */
final class WorkbookPatch {

    /** Workbook children that come before definedNames, in the schema's order. */
    private static final Set<String> BEFORE_DEFINED_NAMES = Set.of("fileVersion", "fileSharing", "workbookPr",
            "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences");

    private WorkbookPatch() {
    }

    static void firstSheet(Element workbook, String name, String relationshipId) {
        Element sheets = Dom.child(workbook, "sheets");
        int max = 0;
        for (Element s : Dom.children(sheets, "sheet")) {
            try {
                max = Math.max(max, Integer.parseInt(s.getAttribute("sheetId")));
            } catch (NumberFormatException e) {
                // an unnumbered sheet takes no number from the new one
            }
        }
        Element sheet = Dom.create(workbook, "sheet");
        sheet.setAttribute("name", name);
        sheet.setAttribute("sheetId", Integer.toString(max + 1));
        String r = Dom.prefix(workbook, AnnotatedPackage.RELATIONSHIPS_NS, "r");
        sheet.setAttributeNS(AnnotatedPackage.RELATIONSHIPS_NS, r + ":id", relationshipId);
        sheets.insertBefore(sheet, sheets.getFirstChild());

        Element names = Dom.child(workbook, "definedNames");
        if (names == null) {
            names = Dom.create(workbook, "definedNames");
            Node after = null;
            for (Element child : Dom.children(workbook)) {
                if (BEFORE_DEFINED_NAMES.contains(child.getLocalName())) {
                    after = child;
                }
            }
            workbook.insertBefore(names, after == null ? workbook.getFirstChild() : after.getNextSibling());
        }
        for (Element n : Dom.children(names, "definedName")) {
            if (n.hasAttribute("localSheetId")) {
                try {
                    n.setAttribute("localSheetId", Integer.toString(Integer.parseInt(n.getAttribute("localSheetId")) + 1));
                } catch (NumberFormatException e) {
                    // left as it is: no sheet of that index to follow
                }
            }
        }
        Element titles = Dom.create(workbook, "definedName");
        titles.setAttribute("name", "_xlnm.Print_Titles");
        titles.setAttribute("localSheetId", "0");
        titles.setTextContent("'" + name.replace("'", "''") + "'!$1:$1");
        names.insertBefore(titles, names.getFirstChild());

        Element views = Dom.child(workbook, "bookViews");
        if (views != null) {
            for (Element view : Dom.children(views, "workbookView")) {
                view.setAttribute("activeTab", "0");
                view.removeAttribute("firstSheet");
            }
        }
    }
}
