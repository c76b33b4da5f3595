// Builds the hostile files beside the two good workbooks (so the repository holds no hostile blobs), and records
// every input's SHA-256 to prove after the build that none was written.
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import java.util.zip.ZipEntry
import java.util.zip.ZipInputStream
import java.util.zip.ZipOutputStream

Path reports = basedir.toPath().resolve('reports')
Path good = reports.resolve('a-changchun-2022.xlsx')

def zip = { Map<String, byte[]> parts ->
    def out = new ByteArrayOutputStream()
    new ZipOutputStream(out).withCloseable { z ->
        parts.each { name, content -> z.putNextEntry(new ZipEntry(name)); z.write(content); z.closeEntry() }
    }
    out.toByteArray()
}
def partsOf = { Path p ->
    Map<String, byte[]> parts = new LinkedHashMap<>()
    new ZipInputStream(Files.newInputStream(p)).withCloseable { z ->
        for (ZipEntry e; (e = z.nextEntry) != null; ) { parts[e.name] = z.readAllBytes() }
    }
    parts
}
def utf8 = { String s -> s.getBytes('UTF-8') }
def W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def docx = { String body, String types ->
    zip(['[Content_Types].xml': utf8(types ?: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
         '_rels/.rels': utf8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
         'word/document.xml': utf8('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="' + W + '"><w:body>' + body + '</w:body></w:document>')])
}

// 2,000 nested tables in a .docx (a StackOverflowError and no outputs before) and in an HTML page
def random = new Random(13)
def nested = new StringBuilder()
2000.times { nested << '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>' << Long.toString(random.nextLong(), 36) << '</w:t></w:r></w:p>' }
2000.times { nested << '<w:p/></w:tc></w:tr></w:tbl>' }
Files.write(reports.resolve('h-nested.docx'), docx(nested.toString(), null))
Files.writeString(reports.resolve('h-nested.html'), '<html><body>' + '<table><tr><td>x' * 2000 + '</td></tr></table>' * 2000 + '</body></html>')
// a DTD in [Content_Types].xml (a stack trace at [ERROR] before)
Files.write(reports.resolve('h-doctype.docx'), docx('<w:p/>', '<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY x "y">]>'
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'))
// a DTD in a part's relationships, which POI parses (its parser's stack trace at [ERROR] before)
def rels = new LinkedHashMap<String, byte[]>()
new ZipInputStream(new ByteArrayInputStream(docx('<w:p/>', null))).withCloseable { z ->
    for (ZipEntry e; (e = z.nextEntry) != null; ) { rels[e.name] = z.readAllBytes() }
}
rels['word/_rels/document.xml.rels'] = utf8('<?xml version="1.0"?><!DOCTYPE Relationships [<!ENTITY x "y">]>'
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
Files.write(reports.resolve('h-doctype-rels.docx'), zip(rels))
// a lone surrogate, BEL and a right-to-left override in a label of a good workbook (the run aborted before)
def surrogate = partsOf(good)
surrogate['xl/sharedStrings.xml'] = utf8(new String(surrogate['xl/sharedStrings.xml'], 'UTF-8')
        .replaceFirst('（一）予以公开', '（一）予以公开_xD800__x0007_&#x202E;'))
Files.write(reports.resolve('h-surrogate.xlsx'), zip(surrogate))
// a DDE formula, and macros
def dde = partsOf(good)
dde['xl/worksheets/sheet1.xml'] = utf8(new String(dde['xl/worksheets/sheet1.xml'], 'UTF-8')
        .replaceFirst('</row>', '<c r="ZZ1"><f>cmd|\' /C calc\'!A0</f><v>0</v></c></row>'))
Files.write(reports.resolve('h-dde.xlsx'), zip(dde))
def macros = partsOf(good)
macros['xl/vbaProject.bin'] = utf8('VBA project')
Files.write(reports.resolve('h-macros.xlsm'), zip(macros))
// a megabyte of editing marks opened and never closed (minutes before)
Files.writeString(reports.resolve('h-artefacts.txt'), '\t' + '[comment' * 131072 + '\n')
// a link to a file outside the reports directory (followed and copied before), and a pipe (it would block a read)
Path outside = basedir.toPath().resolve('outside.xlsx')
Files.copy(good, outside)
Files.createSymbolicLink(reports.resolve('h-outside-link.xlsx'), outside)
def fifo = ['mkfifo', reports.resolve('h-pipe.xlsx').toString()].execute()
fifo.waitFor()

def sha = { Path f -> MessageDigest.getInstance('SHA-256').digest(Files.readAllBytes(f)).encodeHex().toString() }
def lines = []
Files.list(reports).sorted().each { p ->
    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) { lines << p.fileName.toString() + ' ' + sha(p) }
}
Files.write(basedir.toPath().resolve('inputs.sha256'), lines)
return true
