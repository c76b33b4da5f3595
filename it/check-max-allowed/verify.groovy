def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] 共检查 1 个文件：错误 2 项，警告 2 项，提示 42 项。')
assert !log.contains('[ERROR] 共检查')
assert log.contains('[ERROR] [错误] erdao-2022.xlsx 表三!D29') // the findings themselves keep their level
