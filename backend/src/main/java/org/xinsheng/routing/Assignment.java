package org.xinsheng.routing;

import io.micronaut.serde.annotation.Serdeable;

/** A unit (township or bureau key) and the part it plays in a case: township, bureau, lead, police, ... */
@Serdeable
public record Assignment(String unit, String role) {
}
