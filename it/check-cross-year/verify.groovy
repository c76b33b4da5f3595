import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('共检查 2 个文件：错误 2 项，警告 0 项，提示 0 项。')
// the carry-over error at the 2023 cell, naming the 2022 file and cell; 2023 has no cover: identity from the path
assert log.contains('[错误] 南关区政府办公室/2023.xlsx 表三!D6 二、上年结转政府信息公开申请数量 × 自然人：填报 2，与 2022 年报告（南关区政府办公室/2022.xlsx 表三!D29）「四、结转下年度继续办理」的 3 不符（相差 -1）。二、上年结转政府信息公开申请数量（本年）= 四、结转下年度继续办理（上年）；请核对本年或上年的数字。 (carry-over-mismatch)')
assert log.contains('[错误] 南关区政府办公室/2023.xlsx 表三!J6 二、上年结转政府信息公开申请数量 × 总计：填报 2，与 2022 年报告（南关区政府办公室/2022.xlsx 表三!J29）')
// 现行有效件数 12 + 3 − 1 = 14 holds: no continuity warning
assert !log.contains('valid-count-continuity')

def out = new File(basedir, 'target/xxgk')
def csv = new File(out, 'findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '')
assert csv.readLines().size() == 3
assert csv.contains('南关区政府办公室/2023.xlsx,表三!D6,表三,二、上年结转政府信息公开申请数量,自然人,carry-over-mismatch,ERROR,2,,二、上年结转政府信息公开申请数量 × 自然人：填报 2，与 2022 年报告（南关区政府办公室/2022.xlsx 表三!D29）')

def json = new JsonSlurper().parse(new File(out, 'findings.json'), 'UTF-8')
def y2023 = json.files.find { it.file == '南关区政府办公室/2023.xlsx' }
assert y2023.identity.agency == '南关区政府办公室' && y2023.identity.year == 2023 && y2023.identity.source == 'PATH'
assert json.files.find { it.file == '南关区政府办公室/2022.xlsx' }.identity.source == 'COVER'
assert y2023.findings[0].rule == 'carry-over-mismatch'
assert y2023.findings[0].elsewhere == [[file: '南关区政府办公室/2022.xlsx', location: '表三!D29', value: '3']]

def sarif = new JsonSlurper().parse(new File(out, 'findings.sarif'), 'UTF-8')
def result = sarif.runs[0].results.find { it.ruleId == 'carry-over-mismatch' }
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri.endsWith('/2023.xlsx')
assert result.relatedLocations[0].physicalLocation.artifactLocation.uri.endsWith('/2022.xlsx')
assert result.relatedLocations[0].message.text == '南关区政府办公室/2022.xlsx 表三!D29 3'

def junit = new File(out, 'junit.xml').getText('UTF-8')
assert junit.contains('<testcase name="表三 · carry-over-mismatch · 表三!D6" classname="xxgk.南关区政府办公室.2023_xlsx" time="0"><failure')
assert junit.contains('（南关区政府办公室/2022.xlsx 表三!D29）')

def md = new File(out, 'report.md').getText('UTF-8')
assert md.contains('| 南关区政府办公室 | 0 | [2](#file-2) |')
assert md.contains('| 错误 | 南关区政府办公室/2023.xlsx 表三!D6 | 南关区政府办公室/2022.xlsx 表三!D29 | [`carry-over-mismatch`]')
def html = new File(out, 'report.html').getText('UTF-8')
assert html.contains('<td class="n ERROR" title="南关区政府办公室/2023.xlsx"><a href="#file-2">2</a></td>')
assert html.contains('<h2 id="across">跨报告核对（跨年度、汇总、雷同）</h2>')
