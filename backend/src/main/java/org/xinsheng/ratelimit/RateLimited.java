package org.xinsheng.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public endpoint whose anonymous callers are counted per client address in the given buckets
 * ({@link RateLimitFilter}); over a bucket's limit they get 429 with Retry-After. Staff with a valid token are not
 * counted.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface RateLimited {

    Bucket[] value();
}
