package org.xinsheng.staff;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A route someone forgot to secure: it must answer 401, not open up. */
@Controller("/api/v1/forgotten")
class UnannotatedTestController {

    @Get
    String secret() {
        return "{\"secret\":true}";
    }
}
