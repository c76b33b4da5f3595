import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('共检查 4 个文件：错误 3 项，警告 0 项，提示 1 项。')
// the changed member cell: the member's own totals no longer hold, the unique correction points back at it …
assert log.contains('[错误] 县民政局-2023.xlsx 表三!D28 （七）总计 × 自然人：填报 4，与各项之和 5 不符（相差 -1）。')
// … and the parent no longer equals the sum of its members, at that one cell, listing each member's value
assert log.contains('[错误] 某县人民政府-2023.xlsx 表三!D7 （一）予以公开 × 自然人：汇总报告填报 7，与 3 个所属单位之和 8 不符（相差 -1）：县财政局 1（县财政局-2023.xlsx 表三!D7） + 县教育局 2（县教育局-2023.xlsx 表三!D7） + 县民政局 5（县民政局-2023.xlsx 表三!D7） = 8。 (rollup-mismatch)')
assert log.count('(rollup-mismatch)') == 1

def out = new File(basedir, 'target/xxgk')
def csv = new File(out, 'findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '')
assert csv.contains('县民政局-2023.xlsx,表三!D7,表三,（一）予以公开,自然人,suggested-correction,INFO,5,4,')
assert csv.contains('某县人民政府-2023.xlsx,表三!D7,表三,（一）予以公开,自然人,rollup-mismatch,ERROR,7,,')

def json = new JsonSlurper().parse(new File(out, 'findings.json'), 'UTF-8')
def parent = json.files.find { it.file == '某县人民政府-2023.xlsx' }
assert parent.findings.collect { it.rule } == ['rollup-mismatch']
assert parent.findings[0].elsewhere.collect { it.file + ' ' + it.location + ' ' + it.value } ==
        ['县财政局-2023.xlsx 表三!D7 1', '县教育局-2023.xlsx 表三!D7 2', '县民政局-2023.xlsx 表三!D7 5']

def sarif = new JsonSlurper().parse(new File(out, 'findings.sarif'), 'UTF-8')
def result = sarif.runs[0].results.find { it.ruleId == 'rollup-mismatch' }
assert result.relatedLocations.size() == 3
assert result.relatedLocations[2].message.text == '县民政局-2023.xlsx 表三!D7 5'

def junit = new File(out, 'junit.xml').getText('UTF-8')
assert junit.contains('<testcase name="表三 · rollup-mismatch · 表三!D7" classname="xxgk.某县人民政府-2023_xlsx" time="0"><failure message="表三!D7 （一）予以公开 × 自然人：填报 7" type="rollup-mismatch">')

def md = new File(out, 'report.md').getText('UTF-8')
assert md.contains('| 错误 | 某县人民政府-2023.xlsx 表三!D7 | 县财政局-2023.xlsx 表三!D7、县教育局-2023.xlsx 表三!D7、县民政局-2023.xlsx 表三!D7 | [`rollup-mismatch`]')
def html = new File(out, 'report.html').getText('UTF-8')
assert html.contains('<tr><td>某县人民政府</td><td class="n ERROR" title="某县人民政府-2023.xlsx"><a href="#file-4">1</a></td></tr>')
assert html.contains('<tr><td>县教育局</td><td class="n" title="县教育局-2023.xlsx">0</td></tr>')
