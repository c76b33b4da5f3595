def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('xxgk.threads must not be negative (-3); 0 means one thread per processor.')
assert !new File(basedir, 'target/xxgk').exists()
