// The public API only: no class of the ERP app refers to a class in an internal package of coo4j. A class file names
// every class it uses (as io/coo4j/.../Name) in its constant pool, so its bytes are searched.
def internal = ~/io\/coo4j\/[\w\/]*\/internal\/[\w$]+/
def found = []
new File(basedir, 'target/classes').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.name.endsWith('.class')) {
        (new String(file.bytes, 'ISO-8859-1') =~ internal).each { found << "${file.name}: ${it}" }
    }
}
if (!new File(basedir, 'target/classes/com/example/erp/ErpApp.class').isFile()) {
    throw new IllegalStateException('the ERP app was not compiled')
}
if (found) {
    throw new IllegalStateException("the ERP app uses coo4j internals: ${found}")
}
return true
