def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('共检查 1 个文件：错误 2 项，警告 2 项，提示 42 项。')
// the failure says which threshold was reached
assert log.contains('有 2 项级别达到 failOn=ERROR，构建失败。')
assert log.contains('财政局2024.XLSX 表三!D29')
