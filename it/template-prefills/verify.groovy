import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('xxgk：按上年报告 last-year.xlsx 预填了封面（南关区政府办公室，2023 年度）和表三「二、上年结转」7 个单元格。')
def file = new File(basedir, 'target/nanguan-2023.xlsx')
assert file.isFile()
def zip = new ZipFile(file)
try {
    def strings = zip.getInputStream(zip.getEntry('xl/sharedStrings.xml')).getText('UTF-8')
    assert strings.contains('<t>南关区政府办公室</t>')
    def comments = zip.entries().findAll { it.name.startsWith('xl/comments') }
    assert comments.size() == 1
    def text = zip.getInputStream(comments[0]).getText('UTF-8')
    assert text.count('预填：取自上年报告（last-year.xlsx）「四、结转下年度继续办理」') == 7
} finally {
    zip.close()
}
