def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def baseline = new File(basedir, 'xxgk-baseline.csv').readLines('UTF-8')
assert baseline[0] == 'fingerprint,file,location,rule,reported,expected,reason,until'
assert baseline.size() == 5
assert baseline.count { it.contains(',erdao-2022.xlsx,表三!D29,sum-results-total,165,164,') } == 1
def html = new File(basedir, 'target/xxgk/report.html').getText('UTF-8')
assert html.contains('已列入基线')
