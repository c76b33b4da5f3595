def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
['xxgk:check', 'xxgk:template', 'xxgk:baseline', 'xxgk:help', 'failIfNoReports', 'junitFailOn', '年度报告统计表-2021.xlsx'].each {
    assert log.contains(it) : it
}
assert !log.contains('&lt;')
