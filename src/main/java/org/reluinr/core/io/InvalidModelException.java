package org.reluinr.core.io;

/** A model file that cannot be read: truncated, corrupted, from a newer version, or not a model at all. */
public final class InvalidModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidModelException(String message) {
        super(message);
    }
}
