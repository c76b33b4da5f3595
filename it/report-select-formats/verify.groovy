def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('1 files checked: 2 errors, 2 warnings, 42 notes.')
assert log.contains('表三!D29 （七）总计 × 自然人: 165 was reported; the result rows sum to 164 (difference 1).')
def out = new File(basedir, 'target/xxgk')
assert new File(out, 'findings.csv').isFile()
assert !new File(out, 'report.html').exists()
assert !new File(out, 'report.md').exists()
def junit = new File(out, 'junit.xml').getText('UTF-8')
assert junit.contains('<testsuite name="erdao-2022.xlsx"')
assert junit.contains('failures="2"')
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'findings.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.count { it.level == 'error' } == 2
// paths from the workspace root (the project base directory), as Warnings NG resolves them
def sum = sarif.runs[0].results.find { it.ruleId == 'sum-results-total' }
assert sum.locations[0].physicalLocation.artifactLocation.uri == 'reports/erdao-2022.xlsx'
assert sum.locations[0].physicalLocation.region.message.text.startsWith('表三!D29 ')
def json = new groovy.json.JsonSlurper().parse(new File(out, 'findings.json'))
assert json.summary.failing == 2
assert new File(out, 'annotated/erdao-2022.xlsx').length() > 5000
