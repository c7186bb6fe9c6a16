package org.cdkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The article files named on a command line: files as given, directories walked, hidden files
 * skipped, in name order; a file named twice is listed once.
 */
public final class Corpus {
    private Corpus() {}

    public static List<Path> files(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) { out.add(root); continue; }
            if (!Files.isDirectory(root)) throw new IllegalArgumentException(root + " is neither a file nor a directory; check the path");
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !p.getFileName().toString().equals("index.txt"))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        // A file named twice (a directory and a file in it) is one article, read once.
        Set<Path> seen = new HashSet<>();
        out.removeIf(p -> !seen.add(p.toAbsolutePath().normalize()));
        return out;
    }
}
