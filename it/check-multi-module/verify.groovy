def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.count('xxgk：本模块没有报告目录') == 2
assert log.contains('共检查 1 个文件：错误 0 项，警告 0 项，提示 0 项。')
assert new File(basedir, 'annual-reports/target/xxgk/findings.csv').isFile()
assert !new File(basedir, 'site/target/xxgk').exists()
