// Hostile files beside good ones: the good files' findings complete, each hostile file a finding, every output
// well-formed, the inputs byte-identical, no stack trace in the log.
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.security.MessageDigest

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert !log.contains('Exception in thread')
assert !log.contains('StackOverflowError') && !log.contains('OutOfMemoryError')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/), 'no stack trace in the log'
def out = new File(basedir, 'target/xxgk')
def csvText = new File(out, 'findings.csv').getText('UTF-8').replaceFirst('^\uFEFF', '')
def rows = csvText.readLines().drop(1)
def rules = { String file -> rows.findAll { it.startsWith(file + ',') }.collect { it.split(',')[5] } }
// the good files: what check-bad-file sees of them, no more, no less
assert rules('a-changchun-2022.xlsx') == []
assert rules('c-nanguan-2023.xlsx').size() == 2
// each hostile file its finding
assert rules('h-nested.docx') == ['file-too-complex']
assert rules('h-nested.html') == ['file-too-complex']
assert rules('h-doctype.docx') == ['file-unreadable']
assert rules('h-doctype-rels.docx') == ['file-unreadable']
assert !log.contains('DOCTYPE is disallowed'), 'POI logs nothing'
assert !log.contains('org.apache.poi')
assert rules('h-dde.xlsx').contains('workbook-dde')
assert rules('h-macros.xlsm').contains('workbook-macros')
assert rules('h-outside-link.xlsx') == ['file-refused']
assert !rules('h-surrogate.xlsx').isEmpty()
assert !rules('h-artefacts.txt').isEmpty() && !rules('h-artefacts.txt').contains('file-time-limit')
if (new File(basedir, 'reports/h-pipe.xlsx').exists()) {
    assert rules('h-pipe.xlsx') == ['file-refused']
}
assert csvText.contains('\uFFFD') && !csvText.contains('\u202E')
// outputs well-formed and complete
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, 'junit.xml'))
assert junit.getElementsByTagName('testsuite').length >= 10
new JsonSlurper().parse(new File(out, 'findings.sarif'))
new JsonSlurper().parse(new File(out, 'findings.json'))
assert new File(out, '.xxgk-complete').text.startsWith('complete ')
def md = new File(out, 'report.md').getText('UTF-8')
assert !md.contains('\u0007') && !md.contains('\u202E')
// annotated copies: the good workbook with findings, never one with DDE or macros, never the file outside
assert new File(out, 'annotated/c-nanguan-2023.xlsx').isFile()
assert !new File(out, 'annotated/h-dde.xlsx').exists()
assert !new File(out, 'annotated/h-macros.xlsm').exists()
assert !new File(out, 'annotated/h-outside-link.xlsx').exists()
// the inputs are never written
def sha = { f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
new File(basedir, 'inputs.sha256').readLines().each { line ->
    def (name, digest) = line.split(' ')
    assert sha(new File(basedir, 'reports/' + name)) == digest : name + ' changed'
}
return true
