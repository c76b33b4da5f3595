def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/xxgk/findings.csv').isFile()
assert new File(basedir, 'target/xxgk/report.html').isFile()
assert new File(basedir, 'target/xxgk/年度报告统计表-2021.xlsx').isFile()
assert !basedir.listFiles().any { it.name.contains('${') }
