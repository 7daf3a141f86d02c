package org.reluinr.fiji;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.scijava.util.FileUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Fiji ships, as the pom-scijava BOM (this project's parent) lists it, and which Maven
 * artifact a jar of an install folder is. Jar names are compared as Fiji's updater compares
 * them: with scijava-common's {@link FileUtils#stripFilenameVersion}, which the updater uses.
 */
final class FijiArtifacts {

    /** A Maven artifact; classifier is "" when it has none. */
    record Artifact(String groupId, String artifactId, String version, String classifier) {

        String key() {
            return groupId + ":" + artifactId;
        }
    }

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private FijiArtifacts() {
    }

    /** The artifacts pom-scijava manages, "groupId:artifactId" to version (its properties resolved). */
    static Map<String, String> managedByPomScijava() throws Exception {
        Path bom = Path.of(System.getProperty("reluinr.pom-scijava", "(reluinr.pom-scijava is not set)"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bom.toFile());
        Element project = doc.getDocumentElement();
        Map<String, String> properties = new HashMap<>();
        Element props = child(project, "properties");
        NodeList list = props.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e) {
                properties.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        Map<String, String> managed = new HashMap<>();
        NodeList deps = child(child(project, "dependencyManagement"), "dependencies").getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            managed.put(text(d, "groupId") + ":" + text(d, "artifactId"), resolve(text(d, "version"), properties));
        }
        if (managed.size() < 100) {
            throw new IllegalStateException(bom + " lists only " + managed.size() + " artifacts");
        }
        return managed;
    }

    /** The Maven artifact of a jar of the test class path whose content equals that of jar, if any. */
    static Optional<Artifact> identify(Path jar) throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path candidate = Path.of(entry).toAbsolutePath().normalize();
            if (entry.endsWith(".jar") && candidate.startsWith(repository()) && Files.isRegularFile(candidate)
                    && Files.size(candidate) == Files.size(jar)
                    && Files.mismatch(candidate, jar) == -1) {
                return Optional.of(ofRepositoryFile(candidate));
            }
        }
        return Optional.empty();
    }

    /** The artifact a file of the local Maven repository is (…/group/path/artifactId/version/file.jar). */
    static Artifact ofRepositoryFile(Path file) {
        Path relative = repository().relativize(file.toAbsolutePath().normalize());
        int n = relative.getNameCount();
        List<String> group = new ArrayList<>();
        for (int i = 0; i < n - 3; i++) {
            group.add(relative.getName(i).toString());
        }
        String artifactId = relative.getName(n - 3).toString();
        String version = relative.getName(n - 2).toString();
        String name = relative.getFileName().toString();
        String stem = artifactId + "-" + version;
        String rest = name.substring(stem.length(), name.length() - ".jar".length());
        return new Artifact(String.join(".", group), artifactId, version, rest.startsWith("-") ? rest.substring(1) : rest);
    }

    private static Path repository() {
        return Path.of(System.getProperty("reluinr.local-repository", "(reluinr.local-repository is not set)"))
                .toAbsolutePath().normalize();
    }

    /** A file name as Fiji's updater files it: without its version ("guava-1.0.0-M2.1.jar" is "guava.jar"). */
    static String updaterName(String fileName) {
        return FileUtils.stripFilenameVersion(fileName);
    }

    /** The file name Fiji would give an artifact of pom-scijava, with the given classifier. */
    static String fijiFileName(String artifactId, String version, String classifier) {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar";
    }

    /** Every jar under a folder, at any depth. */
    static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static String resolve(String value, Map<String, String> properties) {
        for (int depth = 0; depth < 10; depth++) {
            Matcher m = PROPERTY.matcher(value);
            if (!m.find()) {
                return value;
            }
            value = m.replaceAll(r -> Matcher.quoteReplacement(properties.getOrDefault(r.group(1), r.group())));
        }
        return value;
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        throw new IllegalStateException("no <" + tag + "> in <" + parent.getTagName() + ">");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
