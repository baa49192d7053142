package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import io.coo4j.core.testing.GeneratedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 4, publishable: every public and protected type and member of an exported package carries Javadoc,
 * and every public record documents each of its components with {@code @param} (a record accessor's only
 * documentation). Javac's doclint "missing" group would also demand {@code @param} and {@code @return} on every builder
 * setter; this test asks for what a reader of the API needs, and runs on the sources, parse only, in about a second.
 * Methods marked {@code @Override} inherit their documentation and are not asked for more.
 */
class ApiDocumentationTest {
    /** The published SDK modules; the command line, benchmarks and test helpers are not API. */
    private static final List<String> MODULES = List.of("sdk-core", "sdk-rules", "sdk-client", "sdk-print",
            "sdk-excel", "sdk-testkit", "coo4j-spring-boot-starter");

    @Test
    void everyExportedDeclarationIsDocumented() throws IOException {
        List<String> missing = new ArrayList<>();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<Path> sources = apiSources();
            assertThat(sources).hasSizeGreaterThan(300);
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(sources));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                new Scanner(unit, docs, missing).scan(unit, null);
            }
        }
        assertThat(missing).as("public declarations without Javadoc (%d):%n%s", missing.size(),
                String.join(System.lineSeparator(), missing)).isEmpty();
    }

    private static List<Path> apiSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : MODULES) {
            Path root = GeneratedFiles.projectRoot().resolve(module).resolve("src/main/java");
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                        .filter(f -> PublicApiTest.isApiPackage(root.relativize(f.getParent()).toString()
                                .replace(f.getFileSystem().getSeparator(), ".")))
                        .forEach(sources::add);
            }
        }
        return sources;
    }

    /** Walks one file, descending only into types a user can see. */
    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final DocTrees docs;
        private final List<String> missing;

        Scanner(CompilationUnitTree unit, DocTrees docs, List<String> missing) {
            this.unit = unit;
            this.docs = docs;
            this.missing = missing;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (!visible(type.getModifiers(), getCurrentPath())) {
                return null;
            }
            DocCommentTree comment = require(type.getSimpleName().toString());
            if (comment != null && type.getKind() == Tree.Kind.RECORD) {
                Set<String> documented = comment.getBlockTags().stream()
                        .filter(t -> t.getKind() == DocTree.Kind.PARAM)
                        .map(t -> ((ParamTree) t).getName().getName().toString())
                        .collect(Collectors.toSet());
                type.getMembers().stream()
                        .filter(m -> m instanceof VariableTree v && !v.getModifiers().getFlags().contains(Modifier.STATIC))
                        .map(m -> ((VariableTree) m).getName().toString())
                        .filter(name -> !documented.contains(name))
                        .forEach(name -> report(type, "record component " + type.getSimpleName() + "." + name
                                + " has no @param"));
            }
            return super.visitClass(type, unused);
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            boolean inherited = method.getModifiers().getAnnotations().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
            // A record's compact constructor has the record's @param tags as its documentation.
            boolean compact = method.getName().contentEquals("<init>") && method.getParameters().isEmpty()
                    && getCurrentPath().getParentPath().getLeaf().getKind() == Tree.Kind.RECORD;
            if (!inherited && !compact && visible(method.getModifiers(), getCurrentPath())) {
                require(method.getName().contentEquals("<init>") ? "constructor" : method.getName() + "()");
            }
            return null;
        }

        @Override
        public Void visitVariable(VariableTree field, Void unused) {
            Tree owner = getCurrentPath().getParentPath().getLeaf();
            boolean recordComponent = owner.getKind() == Tree.Kind.RECORD
                    && !field.getModifiers().getFlags().contains(Modifier.STATIC);
            if (owner instanceof ClassTree && !recordComponent && visible(field.getModifiers(), getCurrentPath())) {
                require(field.getName().toString());
            }
            return null;
        }

        private DocCommentTree require(String what) {
            DocCommentTree comment = docs.getDocCommentTree(getCurrentPath());
            if (comment == null || comment.getFullBody().isEmpty() && comment.getBlockTags().isEmpty()) {
                report(getCurrentPath().getLeaf(), what + " has no Javadoc");
            }
            return comment;
        }

        private void report(Tree where, String what) {
            long line = unit.getLineMap().getLineNumber(docs.getSourcePositions().getStartPosition(unit, where));
            missing.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + " " + what);
        }

        /**
         * Public or protected, or implicitly public (interface members), inside visible types only. The parser marks
         * enum constants public itself.
         */
        private static boolean visible(ModifiersTree modifiers, TreePath path) {
            Tree owner = path.getParentPath().getLeaf();
            boolean implicitlyPublic = owner.getKind() == Tree.Kind.INTERFACE
                    || owner.getKind() == Tree.Kind.ANNOTATION_TYPE;
            Set<Modifier> flags = modifiers.getFlags();
            boolean own = flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED)
                    || implicitlyPublic && !flags.contains(Modifier.PRIVATE);
            if (!own) {
                return false;
            }
            for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
                if (p.getLeaf() instanceof ClassTree c && !visible(c.getModifiers(), p)) {
                    return false;
                }
            }
            return true;
        }
    }
}
