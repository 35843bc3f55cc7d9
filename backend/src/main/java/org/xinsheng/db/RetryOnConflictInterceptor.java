package org.xinsheng.db;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@link RetryOnConflict}: up to {@code xinsheng.db.conflict-retries} more runs, each after a random pause of up to
 * twice the last (25, 50, 100 ms ...), so two nodes that collided do not collide again in step.
 */
@Singleton
@InterceptorBean(RetryOnConflict.class)
public class RetryOnConflictInterceptor implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(RetryOnConflictInterceptor.class);
    private static final long FIRST_PAUSE_MILLIS = 25;

    private final TransactionOperations<Connection> transactions;
    private final int retries;

    public RetryOnConflictInterceptor(TransactionOperations<Connection> transactions,
                                      @Value("${xinsheng.db.conflict-retries:6}") int retries) {
        this.transactions = transactions;
        this.retries = retries;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return context.proceed(this); // the rest of the chain again, from this interceptor on
            } catch (RuntimeException e) {
                if (attempt >= retries || !WriteConflicts.isConflict(e)) {
                    throw e;
                }
                long pause = ThreadLocalRandom.current().nextLong(FIRST_PAUSE_MILLIS << Math.min(attempt, 6)) + 1;
                LOG.info("{}.{} lost a write conflict; running it again in {} ms",
                        context.getDeclaringType().getSimpleName(), context.getMethodName(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
