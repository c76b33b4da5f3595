def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('共检查 2 个文件：错误 1 项，警告 0 项，提示 4 项。')
// the variant's own relation over its own rows, with its header note in the label
assert log.contains('2020-xiang.txt line 12 合计 × 本年新制作数量：勾稽关系「合计 = 规章 + 规范性文件 + 其他主动公开文件」不成立，两边相差 1。')
assert log.contains('规章（设区的市、自治州人民政府应提供相关数据） 16')
def csv = new File(basedir, 'target/xxgk/findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '')
// the report that fits the variant has no finding at all: not its extra rows, nor its notes, nor its 本年增/减 below 0
assert !csv.contains('2020-xian.txt')
assert csv.contains('2020-xiang.txt,line 12,表二,合计,本年新制作数量,balance-identity,ERROR,28,,')
