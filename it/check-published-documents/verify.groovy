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
// the workbook (seed 000) is consistent; its title 「政府信息公开工作年度报告」 names neither agency nor year, so it
// is the one report of the run that cannot be compared with the others (identity-unknown, INFO), nothing else
assert csv.findAll { it.startsWith('长春高新区-2022.xlsx,') } == ['长春高新区-2022.xlsx,,,,,identity-unknown,INFO,,,无法确定本报告的单位和年度（封面、标题和文件路径中都没有写明），本报告不参加跨年度、跨单位的核对。请在封面填写机关名称和报告年度，或设置 xxgk.identityPattern。']
