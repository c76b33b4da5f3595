def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
// the 2020 report is checked as the 2019 format, chosen by its year: R3 with （六）其他处理 as one row
assert log.contains('2020-qu-tongjiju.txt line 51 （七）总计 × 自然人：填报 170，与各项之和 171 不符（相差 -1）。')
assert log.contains('+ （六）其他处理 12 = 171')
assert log.contains('（六）其他处理 × 自然人：应由 12 改为 11。')
// the 2022 report's table 二 is the 2019 one: one finding naming both versions, no label findings
assert log.contains('表二是按2019年版格式（国办公开办函〔2019〕60号）填写的')
assert log.contains('本报告（报告年度 2022）应使用2021年版格式（国办公开办函〔2021〕30号）')
def csv = new File(basedir, 'target/xxgk/findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '')
def rows = csv.readLines().drop(1)
assert rows.count { it.startsWith('2022-qu-tongjiju.txt,') } == 1
assert csv.contains('2022-qu-tongjiju.txt,line 9,表二,,,table-format-version,ERROR,gov-2019,gov-2021,')
assert !csv.contains('label-')
assert csv.contains('2020-qu-tongjiju.txt,line 51,表三,（七）总计,自然人,sum-results-total,ERROR,170,,')
