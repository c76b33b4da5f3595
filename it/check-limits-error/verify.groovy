def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('xxgk.limits "cells=5" is not valid: 「cells=5」 is not name=value with a name of [partBytes,')
assert log.contains('(example: gridCells=4000000,partBytes=256m; the defaults are in docs/security.md)')
assert !log.contains('at io.github.xxgk') // a configuration error, not a stack trace
assert !new File(basedir, 'target/xxgk').exists()
