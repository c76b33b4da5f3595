def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def baseline = new File(basedir, 'xxgk-baseline.csv').readLines('UTF-8')
assert baseline[0] == '\uFEFFfingerprint,file,location,rule,reported,expected,reason,until' // BOM: Excel/WPS read it as UTF-8
assert baseline.size() == 1 + 4 + 42 // two sums, two labels, the 42 candidate cells of seed 002's ambiguous correction
assert baseline.count { it.contains(',erdao-2022.xlsx,表三!D29,sum-results-total,165,,已发布，报告无法更改,2099-12-31') } == 1
assert baseline.drop(1).every { it.endsWith(',已发布，报告无法更改,2099-12-31') }
def html = new File(basedir, 'target/xxgk/report.html').getText('UTF-8')
assert html.contains('已列入基线')
