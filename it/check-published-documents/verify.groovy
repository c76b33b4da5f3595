def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('共检查 4 个文件：')
def csv = new File(basedir, 'target/xxgk/findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '').readLines()
assert csv[0] == 'file,location,table,row,column,rule,severity,reported,expected,message'
// the web page (seed 002): （七）总计 165 where the results sum to 164, located in its table; no 「应为」 there
assert csv.any { it.startsWith('二道区人民政府-2022.html,表格') && it.contains(',sum-results-total,ERROR,165,,') }
// the pasted text (seed 004): located by line
assert csv.any { it.startsWith('宜春丰城高新区-2022.txt,line 337,表三,（七）总计,自然人,sum-results-total,ERROR,0,,') }
assert csv.any { it.startsWith('宜春丰城高新区-2022.txt,line 217,表三,1.本机关不掌握相关政府信息,自然人,suggested-correction,INFO,1,0,') }
assert csv.any { it.startsWith('宜春丰城高新区-2022.txt,line 343,,,,document-editing-artefact,WARNING,') }
// the Word report (seed 001): its two label typos, nothing else
assert csv.count { it.startsWith('南关区政府办公室-2023.docx,') } == 2
assert csv.count { it.startsWith('长春高新区-2022.xlsx,') } == 0
