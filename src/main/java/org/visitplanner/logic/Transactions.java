package org.visitplanner.logic;

import java.util.concurrent.Callable;

/**
 * Runs several repository calls as one transaction: all of them are committed, or none is.
 * Repository calls made inside {@code work} on the same thread join the transaction.
 */
public interface Transactions {

    <T> T inTransaction(Callable<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
