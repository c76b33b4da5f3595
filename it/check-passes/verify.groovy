def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('共检查 2 个文件：错误 0 项，警告 2 项，提示 0 项。')
assert log.contains('5.属于三类内[部→容]事务信息')
def csv = new File(basedir, 'target/xxgk/findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '').readLines()
assert csv[0] == 'file,location,table,row,column,rule,severity,reported,expected,message'
assert csv.size() == 3
assert csv.every { it == csv[0] || it.startsWith('nanguan/2023.xlsx,') }
assert new File(basedir, 'target/xxgk/report.html').isFile()
assert new File(basedir, 'target/xxgk/report.md').isFile()
