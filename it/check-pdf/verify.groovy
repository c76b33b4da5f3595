def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('共检查 2 个文件：错误 2 项')
// the Word report exported by Writer: its wrong totals, located by page and cell of the printed table
assert log.contains('二道区人民政府-2022.pdf 第5页 表格2!B27 （七）总计 × 自然人：填报 165，与各项之和 164 不符（相差 1）。')
assert log.contains('二道区人民政府-2022.pdf 第5页 表格2!H27 （七）总计 × 总计：填报 177，与各项之和 176 不符（相差 1）。')
assert !log.contains('应为 164')
def csv = new File(basedir, 'target/xxgk/findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '').readLines()
assert csv[0] == 'file,location,table,row,column,rule,severity,reported,expected,message'
assert csv.any { it.startsWith('二道区人民政府-2022.pdf,第5页 表格2!B27,表三,（七）总计,自然人,sum-results-total,ERROR,165,,') }
assert csv.any { it.startsWith('二道区人民政府-2022.pdf,第4页 表格2!A12,表三,5.属于三类内部事务信息,,label-mismatch,WARNING,5.属于三类内容事务信息,') }
// the workbook exported by Calc is correct: nothing on it
assert csv.count { it.startsWith('长春高新区-2022.pdf,') } == 0
// a PDF is never rewritten: its annotated copy is its section of report.html
def html = new File(basedir, 'target/xxgk/report.html').getText('UTF-8')
assert html.contains('二道区人民政府-2022.pdf') && html.contains('第5页 表格2!B27')
def annotated = new File(basedir, 'target/xxgk/annotated')
assert !annotated.exists() || annotated.listFiles().every { !it.name.endsWith('.pdf') }
assert new File(basedir, 'reports').list().sort() == ['二道区人民政府-2022.pdf', '长春高新区-2022.pdf']
