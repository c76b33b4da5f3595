def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('共检查 1 个文件：错误 0 项，警告 0 项，提示 0 项。')
def text = new File(basedir, 'out/findings.csv').getText('UTF-8')
// a byte-order mark for Excel and WPS, then the contract header
assert text.startsWith('\uFEFF')
def csv = text.substring(1).readLines()
assert csv == ['file,location,table,row,column,rule,severity,reported,expected,message']
