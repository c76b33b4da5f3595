def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
// the file by its path, the line as an editor counts it, what is missing
assert log =~ /文件 \S*xxgk-rollup\.csv 第 3 行只有 1 个值，缺少「member」：每一行都应与表头 parent,member 逐列对应/
assert !log.contains('无法核对')
// no report written (the run's lock file is all the output directory holds)
def written = new File(basedir, 'target/xxgk').listFiles()?.collect { it.name }?.findAll { it != '.xxgk-lock' } ?: []
assert written.isEmpty() : written
