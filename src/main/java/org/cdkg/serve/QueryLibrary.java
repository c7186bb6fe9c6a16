package org.cdkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The analysts' starting library: the {@code queries/*.rq} files packaged with cdkg. Each file
 * opens with comment lines saying what it answers; those become its description.
 */
final class QueryLibrary {
    static final String RESOURCE_DIR = "queries";

    /** One library query: its file name without {@code .rq}, its leading comments and its text. */
    record LibraryQuery(String name, List<String> description, String text) {}

    private final List<LibraryQuery> queries;

    private QueryLibrary(List<LibraryQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    List<LibraryQuery> queries() {
        return queries;
    }

    LibraryQuery byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst().orElse(null);
    }

    /** Reads the library from where this class was loaded: the classes directory or the cdkg jar. */
    static QueryLibrary packaged() {
        try {
            URI codeSource = QueryLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path location = Path.of(codeSource);
            if (Files.isDirectory(location)) return read(location.resolve(RESOURCE_DIR));
            FileSystem jar;
            URI jarUri = URI.create("jar:" + codeSource);
            try {
                jar = FileSystems.newFileSystem(jarUri, Map.of());
            } catch (FileSystemAlreadyExistsException open) {
                jar = FileSystems.getFileSystem(jarUri);
            }
            return read(jar.getPath(RESOURCE_DIR));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the packaged query library; rebuild cdkg", e);
        }
    }

    static QueryLibrary read(Path dir) {
        if (!Files.isDirectory(dir)) return new QueryLibrary(List.of());
        List<LibraryQuery> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                found.add(new LibraryQuery(name, leadingComments(text), text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library in " + dir, e);
        }
        return new QueryLibrary(found);
    }

    private static List<String> leadingComments(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            String comment = line.replaceFirst("^#+\\s*", "").strip();
            if (!comment.isEmpty()) lines.add(comment);
        }
        return lines;
    }
}
