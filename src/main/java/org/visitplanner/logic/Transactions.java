package org.visitplanner.logic;

import java.util.concurrent.Callable;

/**
 * Runs several repository calls as one transaction: all of them are committed, or none is.
 * Repository calls made inside {@code work} on the same thread join the transaction.
 */
public interface Transactions {

    <T> T inTransaction(Callable<T> work);

    /**
     * Runs repository reads as one consistent snapshot: every read in {@code work} sees the data as it was at the
     * first, even while another thread commits edits (a printed sheet never mixes states); nothing may be written.
     * Inside {@link #inTransaction} it joins that transaction. Safe on a thread other than the data thread.
     */
    default <T> T read(Callable<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
