package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.List;

/** The spec's rules for file, folder and path names: which characters survive and what the rest become. */
final class Names {
    static final int MAX_FOLDER_DEPTH = 50;

    private Names() {
    }

    /** Upload {@code fileName} and rename {@code newFileName}: letters, digits, {@code . _ -}; anything else becomes {@code _}. */
    static String fileName(String name) {
        return name.replaceAll("[^\\p{L}\\p{M}\\p{N}._-]", "_");
    }

    /** Create-folder {@code folderName}: every character except letters and digits becomes {@code _}. */
    static String folderName(String name) {
        return name.replaceAll("[^\\p{L}\\p{M}\\p{N}]", "_");
    }

    /** Rename-folder {@code newFolderName}: letters, digits and {@code -} survive. */
    static String renamedFolder(String name) {
        return name.replaceAll("[^\\p{L}\\p{M}\\p{N}-]", "_");
    }

    /**
     * A folder path as the store keeps it: {@code /a/b/}, from {@code a/b}, {@code /a/b} or {@code /a/b/}.
     * Upload's {@code folder} allows letters, digits, {@code / _ -}; others become {@code _}.
     * {@code .} and {@code ..} segments and nesting deeper than 50 are refused.
     */
    static String folderPath(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw ApiError.reason(400, "INVALID_FOLDER_PATH", "The folder path '" + path + "' is not valid.");
            }
            segments.add(segment.replaceAll("[^\\p{L}\\p{M}\\p{N}_-]", "_"));
        }
        if (segments.size() > MAX_FOLDER_DEPTH) {
            throw ApiError.reason(400, "INVALID_FOLDER_PATH", "Folders may be nested at most " + MAX_FOLDER_DEPTH + " levels deep.");
        }
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments) + "/";
    }

    /** Splits {@code /a/b/c.jpg} into folder {@code /a/b/} and name {@code c.jpg}. */
    static String[] split(String filePath) {
        String path = filePath.startsWith("/") ? filePath : "/" + filePath;
        int slash = path.lastIndexOf('/');
        return new String[] {path.substring(0, slash + 1), path.substring(slash + 1)};
    }
}
