package org.reluinr.cli;

/** A mistake in what the user typed or supplied; printed as one line, exit status 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
