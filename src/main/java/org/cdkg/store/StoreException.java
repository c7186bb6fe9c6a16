package org.cdkg.store;

/**
 * The graph store cannot do what was asked. The message is one line: what failed, on which
 * directory or file, and what to do about it.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
