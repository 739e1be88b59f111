package org.conflictkg.server.pages;

import java.util.Optional;

/**
 * A document path split from its format suffix: {@code entity/russia.ttl} is {@code entity/russia} in
 * Turtle. A path without a known suffix is kept whole, so {@code entity/russia.php} names no resource.
 *
 * @param stem   the path without the suffix
 * @param suffix the representation the suffix asks for, if it has one
 */
record SuffixedPath(String stem, Optional<Representation> suffix) {

    static SuffixedPath parse(String path) {
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<Representation> format = Representation.ofSuffix(path.substring(dot + 1));
            if (format.isPresent())
                return new SuffixedPath(path.substring(0, dot), format);
        }
        return new SuffixedPath(path, Optional.empty());
    }
}
