package org.xinsheng.db;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated method again, whole, when its write transaction loses to another (a deadlock, or a Galera
 * certification conflict: {@link WriteConflicts}), after a short random pause, a bounded number of times. Put it on
 * the method that opens the transaction and that is safe to run twice (idempotent, or nothing was committed): called
 * inside a transaction already open, it does not retry, since only the outer transaction can be run again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
@Type(RetryOnConflictInterceptor.class)
public @interface RetryOnConflict {
}
