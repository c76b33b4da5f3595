import java.security.MessageDigest

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('共检查 3 个文件：错误 1 项，警告 2 项，提示 0 项。')
assert log.contains('b-truncated.xlsx 文件已损坏或无法打开')
assert !log.contains('Exception in thread')
def csv = new File(basedir, 'target/xxgk/findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '').readLines()
assert csv.count { it.startsWith('b-truncated.xlsx,,,,,file-unreadable,ERROR,') } == 1
assert csv.count { it.startsWith('c-nanguan-2023.xlsx,') } == 2
def html = new File(basedir, 'target/xxgk/report.html').getText('UTF-8')
assert html.contains('a-changchun-2022.xlsx：未发现问题。')
// the input is never written
def sha = { f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
assert new File(basedir, 'reports/b-truncated.xlsx').length() == 3000
