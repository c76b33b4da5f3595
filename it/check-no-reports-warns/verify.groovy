def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] xxgk：没有检查任何文件：')
assert log.contains('xxgk.failIfNoReports=true')
