import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('已生成年度报告统计表模板')
def file = new File(basedir, 'target/xxgk/年度报告统计表-2021.xlsx')
assert file.isFile()
assert file.length() > 10_000
def zip = new ZipFile(file)
try {
    def workbook = zip.getInputStream(zip.getEntry('xl/workbook.xml')).getText('UTF-8')
    ['封面', '表二', '表三', '表四'].each { assert workbook.contains("name=\"${it}\"") }
    assert workbook.contains('_xlnm.Print_Area')
    def strings = zip.getInputStream(zip.getEntry('xl/sharedStrings.xml')).getText('UTF-8')
    assert strings.contains('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')
    assert strings.contains('5.要求行政机关确认或重新出具已获取信息')
} finally {
    zip.close()
}
