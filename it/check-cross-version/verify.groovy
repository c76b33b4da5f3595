import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('共检查 2 个文件：错误 2 项，警告 0 项，提示 1 项。')
// no version finding: each report is in the format of its year
assert !log.contains('format-version-mismatch')
// R6 across the format change: 2021 (2021 format, row 7) against 2020 (2019 format, row 28), matched by row and column id
assert log.contains('[错误] 南关区政府办公室/2021.xlsx 表三!D7 二、上年结转政府信息公开申请数量 × 自然人：填报 2，与 2020 年报告（南关区政府办公室/2020.xlsx 表三!D28）「四、结转下年度继续办理」的 3 不符（相差 -1）。二、上年结转政府信息公开申请数量（本年）= 四、结转下年度继续办理（上年）；请核对本年或上年的数字。 (carry-over-mismatch)')
assert log.contains('[错误] 南关区政府办公室/2021.xlsx 表三!J7 二、上年结转政府信息公开申请数量 × 总计：填报 2，与 2020 年报告（南关区政府办公室/2020.xlsx 表三!J28）')
// R7 needs 2020's 现行有效件数, which the 2019 format does not have: said once
assert log.contains('[提示] 南关区政府办公室/2021.xlsx 本报告按2021年版格式（国办公开办函〔2021〕30号）填写，上年报告 南关区政府办公室/2020.xlsx（南关区政府办公室 2020）按2019年版格式（国办公开办函〔2019〕60号）填写，跨报告核对只比较两种格式都有的 172 个单元格；以下 2 项只有一种格式有，未作比较：规章 × 现行有效件数（R7）、行政规范性文件 × 现行有效件数（R7）。 (across-not-compared)')
assert !log.contains('valid-count-continuity')

def out = new File(basedir, 'target/xxgk')
def csv = new File(out, 'findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '')
assert csv.readLines().size() == 4
assert csv.contains('南关区政府办公室/2021.xlsx,表三!D7,表三,二、上年结转政府信息公开申请数量,自然人,carry-over-mismatch,ERROR,2,,二、上年结转政府信息公开申请数量 × 自然人：填报 2，与 2020 年报告（南关区政府办公室/2020.xlsx 表三!D28）')
assert csv.contains(',across-not-compared,INFO,')

def json = new JsonSlurper().parse(new File(out, 'findings.json'), 'UTF-8')
def y2021 = json.files.find { it.file == '南关区政府办公室/2021.xlsx' }
assert y2021.identity.agency == '南关区政府办公室' && y2021.identity.year == 2021
def carry = y2021.findings.find { it.rule == 'carry-over-mismatch' }
assert carry.elsewhere == [[file: '南关区政府办公室/2020.xlsx', location: '表三!D28', value: '3']]
assert y2021.findings.find { it.rule == 'across-not-compared' }.elsewhere[0].file == '南关区政府办公室/2020.xlsx'
assert json.files.find { it.file == '南关区政府办公室/2020.xlsx' }.findings.isEmpty()

def sarif = new JsonSlurper().parse(new File(out, 'findings.sarif'), 'UTF-8')
def result = sarif.runs[0].results.find { it.ruleId == 'carry-over-mismatch' }
assert result.relatedLocations[0].physicalLocation.artifactLocation.uri.endsWith('/2020.xlsx')
assert result.relatedLocations[0].message.text == '南关区政府办公室/2020.xlsx 表三!D28 3'
