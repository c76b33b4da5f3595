def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('xxgk：已跳过（xxgk.skip=true）。')
assert !new File(basedir, 'target/xxgk/findings.csv').exists()
