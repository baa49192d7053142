package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.PackageTree;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 4, publishable: every public and protected type and member of an exported package carries Javadoc
 * with a description (a comment of block tags alone says nothing), every exported package has a documented
 * package-info, and every public record documents each of its components with {@code @param} (a record accessor's
 * only documentation). A public class needs an explicit, documented constructor: the implicit one would appear in
 * the Javadoc without a word. Javac's doclint "missing" group would also demand {@code @param} and {@code @return} on
 * every builder setter; this test asks for what a reader of the API needs. Methods marked {@code @Override} inherit
 * their documentation, unless all they override is an internal type's method, whose documentation is not published.
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
            // All of the modules' sources, internal ones included, so that overridden methods resolve; this class
            // path has the libraries of all of them but the starter's Spring, whose types stay unresolved (ignored).
            List<Path> sources = sources();
            assertThat(sources).hasSizeGreaterThan(300);
            JavacTask task = (JavacTask) compiler.getTask(null, files, new DiagnosticCollector<>(),
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path"),
                            "-XDshould-stop.ifError=PROCESS", "-XDshould-stop.ifNoError=PROCESS"), null,
                    files.getJavaFileObjectsFromPaths(sources));
            DocTrees docs = DocTrees.instance(task);
            List<TreePath> overrides = new ArrayList<>();
            Set<String> packages = new TreeSet<>();
            Set<String> documentedPackages = new TreeSet<>();
            // the trees as written: entering adds the implicit constructors to them
            for (CompilationUnitTree unit : task.parse()) {
                if (unit.getPackageName() != null && isApi(unit)) {
                    packages.add(unit.getPackageName().toString());
                    new Scanner(unit, docs, missing, overrides, documentedPackages).scan(unit, null);
                }
            }
            packages.removeAll(documentedPackages);
            packages.forEach(p -> missing.add(p + " has no documented package-info.java"));
            task.analyze(); // entering only (see the options): signatures suffice to match overrides
            int resolved = 0;
            for (TreePath method : overrides) {
                resolved += checkOverride(method, task, docs, missing) ? 1 : 0;
            }
            assertThat(resolved).as("@Override methods whose overridden method was found").isGreaterThan(50);
        }
        assertThat(missing).as("public declarations without Javadoc (%d):%n%s", missing.size(),
                String.join(System.lineSeparator(), missing)).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : MODULES) {
            try (Stream<Path> walk = Files.walk(GeneratedFiles.projectRoot().resolve(module).resolve("src/main/java"))) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }

    private static boolean isApi(CompilationUnitTree unit) {
        return PublicApiTest.isApiPackage(unit.getPackageName().toString());
    }

    /**
     * Reports {@code method} when every method it overrides is declared in an internal type: a user sees the override
     * and no inherited description. Returns whether any overridden method was found (false where types are unresolved).
     */
    private static boolean checkOverride(TreePath method, JavacTask task, DocTrees docs, List<String> missing) {
        if (!(docs.getElement(method.getParentPath()) instanceof TypeElement owner)) {
            return false;
        }
        owner.getEnclosedElements(); // completes the type: its methods' elements exist from here on
        if (!(docs.getElement(method) instanceof ExecutableElement m)) {
            return false;
        }
        Elements elements = task.getElements();
        Types types = task.getTypes();
        List<TypeElement> declaring = new ArrayList<>();
        List<TypeMirror> pending = new ArrayList<>(types.directSupertypes(owner.asType()));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            if (!(types.asElement(pending.remove(pending.size() - 1)) instanceof TypeElement s)
                    || !seen.add(s.getQualifiedName().toString())) {
                continue;
            }
            boolean declares = s.getEnclosedElements().stream().anyMatch(e -> e instanceof ExecutableElement other
                    && other.getSimpleName().equals(m.getSimpleName()) && elements.overrides(m, other, owner));
            if (declares) {
                declaring.add(s);
            }
            pending.addAll(types.directSupertypes(s.asType()));
        }
        if (!declaring.isEmpty() && declaring.stream().allMatch(t -> PublicApiTest.isInternal(
                elements.getPackageOf(t).getQualifiedName().toString()))) {
            CompilationUnitTree unit = method.getCompilationUnit();
            long line = unit.getLineMap().getLineNumber(docs.getSourcePositions().getStartPosition(unit, method.getLeaf()));
            missing.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + " " + m.getSimpleName()
                    + "() overrides only internal " + declaring.get(0).getQualifiedName() + ": document it");
        }
        return !declaring.isEmpty();
    }

    /** Walks one file, descending only into types a user can see. */
    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final DocTrees docs;
        private final List<String> missing;
        private final List<TreePath> overrides;
        private final Set<String> documentedPackages;

        Scanner(CompilationUnitTree unit, DocTrees docs, List<String> missing, List<TreePath> overrides,
                Set<String> documentedPackages) {
            this.unit = unit;
            this.docs = docs;
            this.missing = missing;
            this.overrides = overrides;
            this.documentedPackages = documentedPackages;
        }

        @Override
        public Void visitPackage(PackageTree declaration, Void unused) {
            if (Path.of(unit.getSourceFile().toUri()).getFileName().toString().equals("package-info.java")
                    && require("package " + declaration.getPackageName()) != null) {
                documentedPackages.add(declaration.getPackageName().toString());
            }
            return null;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (!visible(type.getModifiers(), getCurrentPath())) {
                return null;
            }
            DocCommentTree comment = require(type.getSimpleName().toString());
            if (type.getKind() == Tree.Kind.CLASS && type.getMembers().stream()
                    .noneMatch(m -> m instanceof MethodTree c && c.getName().contentEquals("<init>"))) {
                report(type, type.getSimpleName() + " has an implicit constructor, which Javadoc lists undocumented:"
                        + " declare it");
            }
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
            if (!visible(method.getModifiers(), getCurrentPath())) {
                return null;
            }
            if (inherited) {
                overrides.add(getCurrentPath());
            } else if (!compact) {
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

        /** The declaration's comment if it has a description, else null after reporting it. */
        private DocCommentTree require(String what) {
            DocCommentTree comment = docs.getDocCommentTree(getCurrentPath());
            if (comment == null) {
                report(getCurrentPath().getLeaf(), what + " has no Javadoc");
            } else if (comment.getFullBody().isEmpty()) {
                report(getCurrentPath().getLeaf(), what + " has block tags but no description");
                return null;
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
